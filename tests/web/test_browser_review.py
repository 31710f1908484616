"""What a new user saw in the dashboard (review findings, round 3): undated events unmentioned, a one-event
filter left at world view, the detail panel opened scrolled past its summary, bad URL parameters named one
at a time, the Documents search missing from the shareable URL, and the control date past the newest event."""

from __future__ import annotations

import pytest

from sitroom.api import open_store
from sitroom.store.testing import event, extraction, published, source
from sitroom.web import create_app

from .browser import CHROMIUM, chromium_context, live_server, open_ready, screenshot
from .demo_data import fill_demo_store

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip("headless Chromium (/usr/bin/chromium) is not installed", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")

from playwright.sync_api import expect  # noqa: E402

UNDATED = "Gunmen attacked a checkpoint in Kunduz, officials said."


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "review.db"
    store = open_store(str(path))
    fill_demo_store(store)
    # A report with no date the extractor could read: its event is stored undated.
    store.add_document(source(UNDATED, uri="test://undated", title="Checkpoint attacked", source="Wire"),
                       published(None), "en",
                       extraction(events=[event(UNDATED, UNDATED, "Battles", "Armed clash", actor1="Unidentified Armed Group",
                                                where="Kunduz")]))
    store.close()
    with live_server(create_app(str(path))) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    with chromium_context() as ctx:
        yield ctx


def test_the_timeline_says_how_many_undated_events_it_leaves_out(context, base_url):
    page = open_ready(context, base_url)
    expect(page.locator("#timeline-undated")).to_have_text("1 undated not shown")
    page.close()


def test_a_filter_matching_one_place_fits_the_map_to_it(context, base_url):
    page = open_ready(context, base_url)
    before = float(page.locator("#map").get_attribute("data-zoom"))
    page.fill("#filter-form [name=place]", "Lashkar Gah")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#map")).to_have_attribute("data-markers", "1")
    # Zoomed in on the one event, as far as a fit goes (zoom 7), not left where all events were.
    expect(page.locator("#map")).to_have_attribute("data-zoom", "7")
    assert before < 7
    screenshot(page, "review-one-place-fitted")
    page.close()
    # The same filter from a shared link.
    page = open_ready(context, base_url + "?place=Lashkar%20Gah")
    expect(page.locator("#map")).to_have_attribute("data-zoom", "7")
    page.close()


def test_the_detail_panel_opens_at_its_summary_with_the_evidence_sentence_under_it(context, base_url):
    page = open_ready(context, base_url)
    page.set_viewport_size({"width": 1400, "height": 800})
    page.locator("#event-table tbody tr", has_text="Air/drone strike").click()
    quote = page.locator("#detail .evidence-quote")
    quote.wait_for()
    assert quote.inner_text() == "An airstrike in Lashkar Gah killed five militants on 7 July."
    assert page.evaluate("document.getElementById('detail').scrollTop") == 0
    # The summary and the sentence are both in view without scrolling.
    for selector in ("#detail .detail-head", "#detail .facts", "#detail .evidence-quote"):
        box = page.locator(selector).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 800, selector
    # Table cells wrap between words, never inside one ("Protest ers").
    assert page.evaluate("getComputedStyle(document.querySelector('#event-table td:nth-child(4)')).overflowWrap") == "break-word"
    screenshot(page, "review-detail-summary-first")
    page.close()


def test_every_bad_parameter_of_the_url_is_named(context, base_url):
    page = context.new_page()
    page.goto(base_url + "?since=2021-13-01&event_type=Nonsense&country=ZZ")
    banner = page.locator("#error-banner")
    expect(banner).to_contain_text("country: unknown country code 'ZZ'")
    text = banner.inner_text()
    assert "since: '2021-13-01' is not a real date: month must be in 1..12" in text
    assert "event_type: 'Nonsense' is not one of Battles" in text
    assert "country: unknown country code 'ZZ'" in text
    page.close()


def test_the_documents_search_is_part_of_the_shareable_url(context, base_url):
    page = open_ready(context, base_url + "?tab=documents")
    page.fill("#doc-search [name=q]", "hundreds of residents")
    page.press("#doc-search [name=q]", "Enter")
    rows = page.locator("#doc-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Protest in Kunduz")
    assert "q=hundreds+of+residents" in page.url and "tab=documents" in page.url
    shared = page.url
    page.close()
    page = open_ready(context, shared)
    assert page.input_value("#doc-search [name=q]") == "hundreds of residents"
    expect(page.locator("#doc-table tbody tr")).to_have_count(1)
    expect(page.locator("#doc-table tbody tr").first).to_contain_text("Protest in Kunduz")
    page.close()


def test_the_control_date_is_the_newest_event_not_the_end_of_its_week(context, base_url):
    # Weekly bars: the newest event (15 July 2021, a Thursday) sits in the bar ending Sunday 18 July.
    page = open_ready(context, base_url + "?tab=control&interval=week")
    expect(page.locator("#control-asof")).to_contain_text(
        "Who controls each place as of 2021-07-15 (the newest event matching the filters)")
    page.close()
