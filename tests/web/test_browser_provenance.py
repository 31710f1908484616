"""What a new user saw in the dashboard (review 2, items 16, 21, 22, 24): ?last=7d on an older store left the
timeline drawing every year and gave no hint where the events are; a long document title ran under the close
button; the drill-down showed a guessed publication date as a plain date; an actor the report does not name
looked like the report's own."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.api import open_store
from sitroom.records import Published
from sitroom.store.testing import event, extraction, source
from sitroom.web import create_app

from .browser import CHROMIUM, chromium_context, live_server, open_ready, screenshot
from .demo_data import fill_demo_store

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip("headless Chromium (/usr/bin/chromium) is not installed", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")

from playwright.sync_api import expect  # noqa: E402

SEIZED = "Taliban fighters seized Garmsir district on 11 July 2021, in a report whose title is long."
LONG_TITLE = "Turkey detains dozens after May Day clashes in Istanbul as Taliban fighters seize Garmsir district"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("provenance") / "p.db"
    store = open_store(str(path))
    fill_demo_store(store)  # events of July 2021: years before any ?last=7d
    ev = event(SEIZED, "Taliban fighters seized Garmsir district on 11 July 2021", "Battles",
               "Non-state actor overtakes territory", actor1="Taliban", actor2="Military Forces of Afghanistan",
               where="Garmsir", date="2021-07-11")
    # The state's forces are ACLED's convention for who lost the district: no words of the report name them.
    ev = ev.model_copy(update={"actor2": ev.actor2.model_copy(update={"text": None})})
    guessed = Published(value="2021-07-12", source="inferred", inferred=True)
    store.add_document(source(SEIZED, uri="/srv/feeds/news.jsonl#7", title=LONG_TITLE), guessed, "en",
                       extraction(published="2021-07-12", events=[ev]))
    store.close()
    with live_server(create_app(str(path))) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    with chromium_context() as ctx:
        yield ctx


def test_last_days_on_an_older_store_says_where_the_events_are_and_the_timeline_shows_those_days(context, base_url):
    page = open_ready(context, base_url + "?last=7d")
    today = dt.date.today()
    first = today - dt.timedelta(days=6)
    expect(page.locator("#event-table tbody")).to_contain_text("No events match these filters.")
    note = page.locator("#range-empty")
    expect(note).to_contain_text(f"No events from {first} to {today}: the newest event matching the filters is "
                                 "dated 2021-07-15.")
    # The timeline spans the same seven days as the table, empty, with every event counted before them.
    timeline = page.locator("#timeline")
    expect(timeline).to_have_attribute("data-first", first.isoformat())
    expect(timeline).to_have_attribute("data-last", today.isoformat())
    expect(page.locator("#timeline .tl-empty")).to_have_text(f"no events from {first} to {today}")
    expect(page.locator("#timeline .tl-outlier[data-side=before]")).to_have_text("◂ 8 earlier")  # every dated event
    assert page.locator("#timeline .tl-bars rect").count() == 0
    screenshot(page, "provenance-last7-older-store")
    # The offer shows the last seven days of the data: the table and the timeline agree again.
    note.get_by_role("button").click()
    expect(page.locator("#range-label")).to_have_text("2021-07-09 → 2021-07-15")
    # The table reloads after the click: on a loaded machine that can take a few seconds.
    expect(page.locator("#event-table tbody tr").first).to_contain_text("2021-07-15", timeout=20_000)
    expect(note).to_be_hidden()
    expect(timeline).not_to_have_attribute("data-first", first.isoformat())
    page.close()


def test_a_long_document_title_wraps_before_the_close_button(context, base_url):
    page = open_ready(context, base_url)
    page.locator("#doc-table, #event-table")  # the dashboard is up
    doc_id = page.evaluate("fetch('api/documents?q=Turkey detains').then(r => r.json()).then(d => d.items[0].id)")
    page.goto(base_url + f"#/document/{doc_id}")
    title = page.locator("#detail .detail-head h2")
    expect(title).to_have_text(LONG_TITLE)
    close = page.locator("#detail-close").bounding_box()
    # The right end of the title's longest line, and of the block it wraps in: both left of the ✕.
    text_right = page.evaluate("""() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#detail .detail-head h2'));
        return Math.max(...[...range.getClientRects()].map((r) => r.right));
    }""")
    box = title.bounding_box()
    assert text_right <= close["x"] and box["x"] + box["width"] <= close["x"], (text_right, box, close)
    assert box["height"] > 30  # it wraps onto a second line rather than running on
    screenshot(page, "provenance-document-title")
    page.close()


def test_the_drill_down_marks_a_guessed_date_and_an_actor_supplied_by_rule(context, base_url):
    page = open_ready(context, base_url)
    # Only the actor no words of a report name is marked; the demo's named actors are not.
    expect(page.locator("#event-table .by-rule")).to_have_count(1)
    row = page.locator("#event-table tbody tr", has_text="2021-07-11")
    expect(row.locator(".by-rule")).to_have_text("by rule")
    row.click()
    facts = page.locator("#detail .facts")
    expect(facts).to_contain_text("published 2021-07-12 (inferred)")
    expect(facts).to_contain_text("Military Forces of Afghanistan (inter 1) by rule, not named in the report")
    screenshot(page, "provenance-drill-down")
    page.close()
