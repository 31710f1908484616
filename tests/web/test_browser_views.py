"""Views as URLs, the district-level basemap, control areas and the timeline's dense range, in real
headless Chromium (issue 15 items 1-3 and 6). Screenshots land in artifacts/screenshots/."""

from __future__ import annotations

import csv as csvlib
import io
import re
from urllib.parse import parse_qs, urlparse

import pytest

from sitroom.api import open_store
from sitroom.store.testing import event, extraction, published, source
from sitroom.web import create_app

from .browser import CHROMIUM, chromium_context, live_server, screenshot
from .demo_data import fill_demo_store

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip("headless Chromium (/usr/bin/chromium) is not installed", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
from playwright.sync_api import expect  # noqa: E402

CLASHES = " ".join(f"Clashes broke out in Kandahar on {d} July 2021." for d in range(1, 15))
HELMAND = "The Taliban took control of Helmand province on 12 July 2021."
OLD = "Fighters clashed in Kandahar on 3 March 2011."


@pytest.fixture(scope="module")
def views_db(tmp_path_factory):
    """The demo store plus 14 July clashes, one report dated ten years early, and Helmand taken."""
    path = tmp_path_factory.mktemp("views") / "views.db"
    store = open_store(str(path))
    ids = fill_demo_store(store)
    store.add_document(source(CLASHES, uri="test://clashes", title="Clashes", source="Wire"), published("2021-07-15"), "en",
                       extraction(published="2021-07-15", events=[
                           event(CLASHES, f"Clashes broke out in Kandahar on {d} July 2021.", "Battles", "Armed clash",
                                 actor1="Taliban", where="Kandahar", date=f"2021-07-{d:02d}") for d in range(1, 15)]))
    ids["helmand"] = store.add_document(
        source(HELMAND, uri="test://helmand", title="Helmand falls", source="Wire"), published("2021-07-12"), "en",
        extraction(published="2021-07-12", events=[event(HELMAND, HELMAND, "Battles", "Non-state actor overtakes territory",
                                                         actor1="Taliban", where="Helmand", date="2021-07-12")]))
    store.add_document(source(OLD, uri="test://old", title="Old clash", source="Archive"), published("2011-03-04"), "en",
                       extraction(published="2011-03-04", events=[
                           event(OLD, OLD, "Battles", "Armed clash", actor1="Taliban", where="Kandahar", date="2011-03-03")]))
    store.record_failure("/srv/feeds/dump.csv:5", "field 'published': '2021-02-30' is not a real date")
    store.record_failure("https://news.example/gone", "HTTP 404")
    store.close()
    return path, ids


@pytest.fixture(scope="module")
def base_url(views_db):
    with live_server(create_app(str(views_db[0]))) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    with chromium_context() as ctx:
        yield ctx


def open_page(context, url):
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(url)
    tab.wait_for_selector("body[data-ready=true]", timeout=30_000)
    return tab


def query_of(page) -> dict:
    return parse_qs(urlparse(page.url).query)


def map_bounds(page) -> list[float]:
    return [float(x) for x in query_of(page)["bounds"][0].split(",")]


def test_filters_tab_and_map_bounds_go_into_the_url_and_a_shared_link_restores_them(context, base_url):
    page = open_page(context, base_url)
    page.locator("#type-filter input[value='Battles']").check()
    page.fill("#filter-form [name=admin1]", "Kandahar")
    page.click("#filter-form button[type=submit]")
    expect(page.locator("#event-table")).to_have_attribute("data-total", "16")
    page.click(".tabs [data-tab=documents]")
    # The user zooms the map: its bounds join the URL.
    page.locator("#map").hover()
    page.mouse.wheel(0, -300)
    expect(page).to_have_url(re.compile(r"[?&]bounds="))
    q = query_of(page)
    assert q["event_type"] == ["Battles"] and q["admin1"] == ["Kandahar"] and q["tab"] == ["documents"]
    shared, bounds = page.url, map_bounds(page)
    page.close()

    # The link, opened anew (a colleague, a reload): same filters, tab, rows and map area.
    other = open_page(context, shared)
    assert other.locator("#type-filter input[value='Battles']").is_checked()
    assert not other.locator("#type-filter input[value='Protests']").is_checked()
    assert other.input_value("#filter-form [name=admin1]") == "Kandahar"
    expect(other.locator(".tabs [data-tab=documents]")).to_have_class("active")
    expect(other.locator("#tab-documents")).to_be_visible()
    expect(other.locator("#doc-table tbody tr")).to_have_count(3)  # only documents reporting Battles in Kandahar
    # The map shows the same area (to a pixel's worth of rounding).
    view = [float(x) for x in other.locator("#map").get_attribute("data-bounds").split(",")]
    assert all(abs(a - b) < 0.2 for a, b in zip(view, bounds)), (view, bounds)
    # The same view as rows from the API, linked on the page.
    json_href = other.get_attribute("#view-json", "href")
    assert "/api/events?" in json_href and "event_type=Battles" in json_href and "admin1=Kandahar" in json_href
    rows = other.request.get(json_href).json()
    assert rows["total"] == 16 and {r["event_type"] for r in rows["items"]} == {"Battles"}
    csv = other.request.get(other.get_attribute("#view-csv", "href"))
    assert csv.status == 200 and len(list(csvlib.DictReader(io.StringIO(csv.text())))) == 16
    screenshot(other, "shared-view-restored")
    assert other.errors == []
    other.close()


def row_ids(page) -> list[str]:
    return page.locator("#event-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")


def test_sort_open_event_and_zoom_are_in_the_url_at_once_and_a_fresh_tab_shows_the_same_view(context, base_url):
    """Review-3 #21: filter, sort by fatalities, open the 2nd row, zoom with "+": every step is in the
    address bar as soon as it is made, and the link opened in a new tab (the dashboard keeps no state
    but the URL: no storage, no cookies) shows the same view."""
    page = open_page(context, base_url)
    page.fill("#filter-form [name=actor]", "Taliban")
    page.click("#filter-form button[type=submit]")
    expect(page).to_have_url(re.compile(r"[?&]actor=Taliban"))
    page.click("#event-table th[data-sort=fatalities]")
    expect(page).to_have_url(re.compile(r"[?&]sort=-fatalities"))
    expect(page.locator("#event-table th[data-sort=fatalities]")).to_have_attribute("aria-sort", "descending")
    # The re-sorted rows are in: fatalities descending, the empty ones last.
    page.wait_for_function("""() => {
        const f = [...document.querySelectorAll('#event-table tbody tr')].map(r => r.children[6].textContent);
        const n = f.map(x => x === '' ? -1 : Number(x));
        return n.length > 2 && n[0] > 0 && n.every((x, i) => i === 0 || n[i - 1] >= x);
    }""")
    order = row_ids(page)
    page.locator("#event-table tbody tr").nth(1).click()
    expect(page).to_have_url(re.compile(rf"#/event/{order[1]}$"))
    before = query_of(page).get("bounds", [None])[0]
    zoom = float(page.locator("#map").get_attribute("data-zoom"))
    page.click(".leaflet-control-zoom-in")
    expect(page.locator("#map")).to_have_attribute("data-zoom", str(zoom + 1).removesuffix(".0"))
    # The zoomed extent is in the address bar once the zoom ends, with no other interaction.
    page.wait_for_function("(before) => new URLSearchParams(location.search).get('bounds') !== before", arg=before)
    shared, bounds = page.url, map_bounds(page)
    view = [float(x) for x in page.locator("#map").get_attribute("data-bounds").split(",")]
    assert all(abs(a - b) < 0.002 for a, b in zip(view, bounds)), (view, bounds)
    assert page.errors == []
    page.close()
    other = open_page(context, shared)
    assert other.input_value("#filter-form [name=actor]") == "Taliban"
    expect(other.locator("#event-table th[data-sort=fatalities]")).to_have_attribute("aria-sort", "descending")
    expect(other.locator("#event-table th[data-sort=date]")).not_to_have_attribute("aria-sort", "descending")
    assert row_ids(other) == order
    other.locator("#detail .hl-focus").wait_for()
    assert not other.locator("#detail").is_hidden()
    view = [float(x) for x in other.locator("#map").get_attribute("data-bounds").split(",")]
    assert all(abs(a - b) < 0.2 for a, b in zip(view, bounds)), (view, bounds)
    screenshot(other, "shared-sort-zoom-restored")
    assert other.url == shared  # opening it changes nothing: the view is exactly the link
    assert other.errors == []
    other.close()


def test_selected_event_and_date_range_in_the_url(context, base_url, views_db):
    page = open_page(context, base_url + "?since=2021-07-06&until=2021-07-07&event_type=Battles")
    expect(page.locator("#event-table")).to_have_attribute("data-total", "4")
    assert page.locator("#range-label").inner_text() == "2021-07-06 → 2021-07-07"
    page.locator("#event-table tbody tr", has_text="Garmsir").first.click()
    page.locator("#detail .hl-focus").wait_for()
    url = page.url
    assert "#/event/" in url and "since=2021-07-06" in url
    page.close()
    again = open_page(context, url)
    again.locator("#detail .hl-focus").wait_for()
    assert "Garmsir" in again.locator("#detail .facts").inner_text()
    expect(again.locator("#event-table")).to_have_attribute("data-total", "4")
    again.close()


def test_a_last_n_days_link_stays_relative_to_today(context, base_url):
    """?last=2d is "yesterday and today" whenever the link is opened; brushing turns it into fixed dates."""
    import datetime as dt

    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.clock.set_fixed_time(dt.datetime(2021, 7, 7, 9, 0))  # the browser's today: 7 July 2021
    tab.goto(base_url + "?last=2d&event_type=Battles")
    tab.wait_for_selector("body[data-ready=true]", timeout=30_000)
    expect(tab.locator("#range-label")).to_have_text("2021-07-06 → 2021-07-07")
    expect(tab.locator("#event-table")).to_have_attribute("data-total", "4")  # as the fixed dates give
    assert query_of(tab)["last"] == ["2d"] and "since" not in query_of(tab)  # the URL stays relative
    tab.click("#clear-brush")
    expect(tab.locator("#range-label")).to_have_text("")
    assert "last" not in query_of(tab)
    assert tab.errors == []
    tab.close()


def test_facet_counts_follow_the_filters_and_set_them(context, base_url):
    page = open_page(context, base_url + "?country=AF")
    battles = page.locator("#type-filter label.check", has_text="Battles").locator(".facet-count")
    expect(battles).to_have_text("20")
    page.locator("#facets [data-facet=admin1] button", has_text="Helmand").click()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "5")
    assert query_of(page)["admin1"] == ["Helmand"]
    expect(battles).to_have_text("4")
    # Each type is counted under the other filters, not its own: ticking Protests (none in Helmand) leaves
    # Battles' count as it was, so the analyst sees what the other types would give (review-3 #25).
    page.locator("#type-filter input[value='Protests']").check()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "0")
    expect(battles).to_have_text("4")
    page.locator("#type-filter input[value='Protests']").uncheck()
    expect(page.locator("#event-table")).to_have_attribute("data-total", "5")
    # The other tabs honour the same filters.
    page.click(".tabs [data-tab=claims]")
    expect(page.locator("#claim-table tbody tr")).to_have_count(1)
    expect(page.locator("#claim-pager .pager-info")).to_have_text("1–1 of 1")  # how many match (review-3 #20)
    assert "controls Garmsir" in page.locator("#claim-table tbody").inner_text()
    page.close()


def test_a_province_at_district_level_shows_boundaries_labels_and_its_controller_as_an_area(context, base_url):
    page = open_page(context, base_url + "?admin1=Helmand&event_type=Battles&since=2021-07-06&until=2021-07-12&map=control")
    expect(page.locator("#event-table")).to_have_attribute("data-total", "4")
    # The province filter fitted the map to the province: zoomed in, province boundaries and labels drawn.
    assert int(page.locator("#map").get_attribute("data-admin1")) > 4000
    assert float(page.locator("#map").get_attribute("data-zoom")) >= 6
    labels = page.locator(".map-label")
    expect(labels.filter(has_text="Helmand")).to_have_count(1)
    assert labels.filter(has_text="Lashkar G").count() == 1  # a town
    assert labels.filter(has_text="Kandah").count() >= 1  # the neighbouring province or its city
    # Control: Helmand itself is shaded; Garmsir (a district, no boundary shipped) is a point; the legend says so.
    expect(page.locator("#map")).to_have_attribute("data-control-areas", "1")
    assert int(page.locator("#map").get_attribute("data-control-points")) >= 1
    legend = page.locator(".map-legend").inner_text()
    assert "Control as of 2021-07-12" in legend and "shaded area: a province" in legend and "point: a town or district" in legend
    screenshot(page, "helmand-province-control")
    assert page.errors == []
    page.close()


def test_a_province_controlled_is_shaded_even_when_the_provinces_load_after_the_control_rows(context, base_url):
    """The control rows can come in before the provinces' outlines (a slow network, a loaded machine): the
    province must still be drawn as a shaded area once they arrive, not left as a point."""
    import time

    page = context.new_page()

    def slow(route):
        time.sleep(2)
        route.continue_()

    page.route("**/static/basemap/admin1.json", slow)
    page.goto(base_url + "?admin1=Helmand&event_type=Battles&since=2021-07-06&until=2021-07-12&map=control")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    expect(page.locator("#map")).to_have_attribute("data-control-areas", "1")
    page.close()


def test_control_as_of_comes_from_the_filtered_events(context, base_url):
    # Kunduz's newest event is 15 July; the store's newest is 15 July too, so narrow to Garmsir's reports (8 July).
    page = open_page(context, base_url + "?place=Garmsir&tab=control")
    expect(page.locator("#control-asof")).to_contain_text("as of 2021-07-08")
    page.close()


def test_the_timeline_spans_the_dense_range_and_marks_the_outlier(context, base_url):
    page = open_page(context, base_url)
    tl = page.locator("#timeline")
    expect(tl).to_have_attribute("data-outside", "1")
    assert tl.get_attribute("data-first") >= "2021-06-01"  # not stretched back to 2011
    assert page.locator("#timeline .tl-outlier").text_content() == "◂ 1 earlier"
    page.click("#timeline-all")
    expect(tl).to_have_attribute("data-outside", "0")
    assert tl.get_attribute("data-first") <= "2011-03-07"
    page.close()
    # Sixteen events, one of them ten years early: 95% of 16 is all 16, yet the stray date stays off the axis.
    few = open_page(context, base_url + "?admin1=Kandahar&event_type=Battles")
    expect(few.locator("#timeline")).to_have_attribute("data-outside", "1")
    assert few.locator("#timeline").get_attribute("data-first") >= "2021-06-01"
    assert few.input_value("#interval") == "day"
    few.close()


def test_the_timeline_draws_every_chosen_day_empty_ones_included(context, base_url):
    """Review-3 #22: Helmand battles in the week 6-12 July: seven days on the axis, not one bar across it."""
    page = open_page(context, base_url + "?admin1=Helmand&event_type=Battles&since=2021-07-06&until=2021-07-12")
    tl = page.locator("#timeline")
    expect(tl).to_have_attribute("data-first", "2021-07-06")
    expect(tl).to_have_attribute("data-last", "2021-07-12")
    days = page.locator("#timeline .tl-bars rect").evaluate_all(
        "rs => [...new Set(rs.map(r => r.querySelector('title').textContent.slice(0, 10)))].sort()")
    assert days == ["2021-07-06", "2021-07-08", "2021-07-12"], days  # the days with battles, each its own bar
    widths = {float(w) for w in page.locator("#timeline .tl-bars rect").evaluate_all("rs => rs.map(r => r.getAttribute('width'))")}
    plot = float(page.locator("#timeline .tl-overlay").get_attribute("width"))
    assert all(w <= plot / 7 for w in widths), (widths, plot)  # a seventh of the axis, at most
    # The selection covers the whole chosen week; the day labels start at its first day.
    assert float(page.locator("#timeline .tl-selection").get_attribute("width")) >= plot * 0.99
    screenshot(page, "timeline-chosen-week")
    # A range wider than the data: the axis reaches the chosen ends, empty days included.
    page.goto(base_url + "?admin1=Helmand&event_type=Battles&since=2021-06-20&until=2021-07-31")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    expect(tl).to_have_attribute("data-first", "2021-06-20")
    expect(tl).to_have_attribute("data-last", "2021-07-31")
    assert page.errors == []
    page.close()


def test_the_failed_inputs_in_the_header_open_a_list_of_them(context, base_url):
    """Review-3 #26: "2 failed inputs" is a button; it lists each input (by file name, not server path),
    the reason and when."""
    page = open_page(context, base_url)
    toggle = page.locator("#failures-toggle")
    expect(toggle).to_have_text("2 failed inputs")
    toggle.click()
    panel = page.locator("#failures")
    expect(panel).to_be_visible()
    expect(page.locator("#failures-title")).to_have_text("2 failed inputs")
    rows = page.locator("#failure-table tbody tr")
    expect(rows).to_have_count(2)
    cells = [r.split("\t") for r in rows.evaluate_all("rs => rs.map(r => [...r.children].map(c => c.textContent).join('\\t'))")]
    assert cells[0][:2] == ["https://news.example/gone", "HTTP 404"]
    assert cells[1][:2] == ["dump.csv:5", "field 'published': '2021-02-30' is not a real date"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", cells[1][2]), cells[1][2]
    assert "/srv/feeds" not in panel.inner_text()
    screenshot(page, "failed-inputs")
    page.click("#failures-close")
    expect(panel).to_be_hidden()
    assert page.errors == []
    page.close()


def test_a_place_that_matches_nothing_is_named_in_the_empty_table(context, base_url):
    """Review-3 #18: ?place=Atlantis says no place matches, not only "No events match these filters"."""
    page = open_page(context, base_url + "?place=Atlantis")
    expect(page.locator("#event-table tbody td.empty")).to_have_text(
        "No events match these filters. Note: no place matches 'Atlantis'.")
    page.close()
