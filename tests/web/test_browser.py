"""The dashboard in real headless Chromium over the demo store: map, brush, detail panel, hostile report.

Screenshots land in artifacts/screenshots/. Skipped when /usr/bin/chromium or
Playwright is missing (in CI, where they must be there, a skip counts as a failure).
"""

from __future__ import annotations

import pytest

from sitroom.web import create_app

from .browser import CHROMIUM, chromium_context, live_server, screenshot

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip("headless Chromium (/usr/bin/chromium) is not installed", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
from playwright.sync_api import expect  # noqa: E402


@pytest.fixture(scope="module")
def base_url(demo_db):
    with live_server(create_app(str(demo_db[0]))) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    with chromium_context() as ctx:
        yield ctx


@pytest.fixture
def page(context, base_url):
    """A fresh tab on the dashboard, with page errors and dialogs recorded (any dialog is a failure)."""
    tab = context.new_page()
    tab.errors, tab.dialogs = [], []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    # CSP violations and failed requests show up as console errors.
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(base_url)
    tab.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield tab
    tab.close()


def table_rows(page) -> list[str]:
    return page.locator("#event-table tbody tr").all_inner_texts()


def test_map_shows_the_events_as_markers(page):
    # 7 stored events, all located: 7 markers, drawn as clusters and canvas circles over the country outlines.
    expect(page.locator("#map")).to_have_attribute("data-markers", "7")
    assert page.locator("#map-status").inner_text().startswith("7 events on the map")
    # The country outlines are drawn on a canvas of their own pane; markers may all sit in clusters.
    expect(page.locator("#map .leaflet-basemap-pane canvas")).to_have_count(1)
    assert page.locator(".cluster-disc").count() >= 1
    assert len(table_rows(page)) == 7
    screenshot(page, "dashboard")
    assert page.errors == []


def test_brush_on_the_timeline_filters_the_table_and_map(page):
    box = page.locator("#timeline .tl-overlay").bounding_box()
    # Ten days (6-15 July) fill the plot: drag across the first two bars, 6 and 7 July.
    day = box["width"] / 10
    page.mouse.move(box["x"] + day * 0.3, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + day * 1.6, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "3")
    assert page.locator("#range-label").inner_text() == "2021-07-06 → 2021-07-07"
    rows = table_rows(page)
    assert len(rows) == 3 and all("2021-07-06" in r or "2021-07-07" in r for r in rows)
    expect(page.locator("#map")).to_have_attribute("data-markers", "3")
    screenshot(page, "timeline-brush")
    # Double-click clears the selection.
    page.locator("#timeline .tl-overlay").dblclick()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "7")


def test_filters_narrow_the_table(page):
    page.locator("#type-filter input[value='Protests']").check()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "1")
    assert "Kunduz" in table_rows(page)[0]
    page.locator("#type-filter input[value='Protests']").uncheck()
    page.fill("#filter-form [name=admin1]", "Helmand")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#event-table")).to_have_attribute("data-total", "4")


def test_detail_panel_highlights_the_evidence_sentence(page):
    page.locator("#event-table tbody tr", has_text="Air/drone strike").click()
    focus = page.locator("#detail .hl-focus")
    focus.wait_for()
    assert focus.inner_text() == "An airstrike in Lashkar Gah killed five militants on 7 July."
    facts = page.locator("#detail .facts").inner_text()
    assert "reported" in facts and "Lashkar Gah" in facts and "Military Forces of Afghanistan" in facts
    screenshot(page, "event-detail")


def test_detail_panel_lists_other_reports_of_the_incident(page):
    page.locator("#event-table tbody tr", has_text="Armed clash").filter(has_text="Garmsir").first.click()
    page.locator("#detail .others li").first.wait_for()
    others = page.locator("#detail .others").inner_text()
    assert "Garmsir" in others and ("fatalities 12" in others or "fatalities 5" in others)


def test_document_view_highlights_every_extraction(page, demo_ids):
    page.evaluate(f"location.hash = '#/document/{demo_ids['garmsir_a']}'")
    page.locator("#detail .doc-text").wait_for()
    assert page.locator("#detail .hl-event").count() >= 3
    assert page.locator("#detail .hl-place", has_text="Lashkar Gah").count() >= 1
    assert page.locator("#detail .hl-claim", has_text="controls Garmsir").count() >= 1
    screenshot(page, "document-view")


def test_claims_and_control_views(page):
    page.click(".tabs [data-tab=claims]")
    page.locator("#claim-table tbody tr", has_text="the governor").wait_for()
    assert "open" in page.locator("#claim-table tbody tr", has_text="the governor").inner_text()
    # One deadline, the day the API gives, not a date range.
    assert page.locator("#claim-table tbody tr", has_text="the governor").locator("td.deadline").inner_text() == "2021-07-31"
    page.click(".tabs [data-tab=control]")
    row = page.locator("#control-table tbody tr", has_text="Garmsir")
    row.wait_for()
    assert "Taliban" in row.inner_text()
    page.click(".map-mode [data-mode=control]")
    screenshot(page, "control-view")


def test_hostile_report_stays_inert_everywhere(page, demo_ids):
    """Script tags, onerror/onload handlers, javascript: links and CSS in a report must never run."""
    pwned = "window.__pwned === undefined"
    # Every view that shows document text, titles, names or quotes.
    page.locator("#event-table tbody tr", has_text="Kandahar").first.click()
    page.locator("#detail .hl-focus").wait_for()
    page.evaluate(f"location.hash = '#/document/{demo_ids['hostile']}'")
    page.locator("#detail .doc-text").wait_for()
    page.locator("#detail .hl-event", has_text="Witnesses said").first.click()  # the event whose evidence is the <img onerror>
    page.locator("#detail .hl-focus", has_text="onerror").wait_for()
    page.click(".tabs [data-tab=claims]")
    page.locator("#claim-table tbody tr", has_text="Read more").wait_for()
    page.click(".tabs [data-tab=documents]")
    page.locator("#doc-table tbody tr", has_text="<b>bold</b>").wait_for()
    page.mouse.move(10, 10)
    page.wait_for_timeout(300)

    assert page.evaluate(pwned), page.evaluate("window.__pwned")
    assert page.dialogs == []
    # The markup shows as text, and no element from it exists in the page.
    assert "<script>window.__pwned = 'script'</script>" in page.locator("#detail").inner_text() or \
        page.locator("#detail .hl-focus").inner_text().startswith("<img")
    assert page.evaluate("document.querySelectorAll('#detail script, #detail img, #detail iframe, #detail svg, #detail style').length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror], [onload], a[href^=\"javascript\"]').length") == 0
    assert page.evaluate("getComputedStyle(document.body).display") != "none"
    # The document's javascript: URL is not turned into a link.
    page.evaluate(f"location.hash = '#/document/{demo_ids['hostile']}'")
    page.locator("#detail .facts", has_text="javascript:").wait_for()
    assert page.locator("#detail .facts a", has_text="javascript:").count() == 0
    screenshot(page, "hostile-report")
    assert page.evaluate(pwned)
    assert page.errors == []
