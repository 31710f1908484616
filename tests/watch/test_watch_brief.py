"""From a feed to the morning brief: `sitroom watch` ingests the local site's feeds, and the brief, in the
terminal and on the dashboard (real Chromium), lists the events of the article it fetched."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from sitroom import api
from sitroom.cli import _register, app

from .conftest import serve_site

_register()
pytestmark = pytest.mark.slow
SEED_SLUG = "afghanistan-escalation"
WINDOW = ("2021-07-10", "2021-07-14")


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    """A store filled by one `sitroom watch --once` over the RSS and Atom feeds; (db path, site base URL)."""
    db = tmp_path_factory.mktemp("watched") / "w.db"
    with serve_site() as site:
        result = CliRunner().invoke(app, ["watch", "--db", str(db), f"{site.base}/news/rss.xml",
                                          f"{site.base}/news/atom.xml", "--once", "--allow-private"])
        assert result.exit_code == 0, result.output
        yield db, site.base


def seed_events(db, base):
    """The brief's events whose evidence is the seed article fetched from the feed."""
    with api.open_store(str(db)) as store:
        brief = api.brief(store, *(dt.date.fromisoformat(d) for d in WINDOW))
    return brief, [(g, e) for g in brief.places for e in g.events
                   if e.evidence.document_url == f"{base}/articles/{SEED_SLUG}"]


def test_the_brief_lists_the_events_of_the_article_the_watch_ingested(watched):
    db, base = watched
    brief, events = seed_events(db, base)
    assert events, "no event of the watched article in the brief"
    places = {g.place for g, _e in events}
    assert any(p.startswith("Garms") for p in places), places  # the Taliban's capture of Garmsir district
    result = CliRunner().invoke(app, ["brief", "--db", str(db), "--since", WINDOW[0], "--until", WINDOW[1],
                                      "--format", "md"])
    assert result.exit_code == 0
    group, event = next((g, e) for g, e in events if g.place.startswith("Garms"))
    assert f"### {group.place}" in result.stdout
    assert f"(<{base}/articles/{SEED_SLUG}>) (document {event.evidence.document_id}, sentence " \
           f"{event.evidence.sentence}, published 2021-07-12)" in result.stdout


@pytest.mark.browser
def test_the_dashboard_brief_shows_the_watched_event_and_opens_its_drill_down(watched):
    from tests.web.browser import CHROMIUM, chromium_context, live_server, screenshot

    if not CHROMIUM.exists():
        pytest.skip("headless Chromium (/usr/bin/chromium) is not installed")
    pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
    from playwright.sync_api import expect

    from sitroom.web import create_app

    db, base = watched
    _brief, events = seed_events(db, base)
    group, event = next((g, e) for g, e in events if g.place.startswith("Garms"))
    with live_server(create_app(str(db))) as url, chromium_context(viewport=(1300, 1100)) as ctx:
        page = ctx.new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        # From the dashboard's navigation to the brief, then to the watched window.
        page.goto(url)
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        page.click("nav.pages >> text=Morning brief")
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        page.fill("input[name=since]", WINDOW[0])
        page.fill("input[name=until]", WINDOW[1])
        page.click("#brief-window button[type=submit]")
        expect(page.locator("#brief-title")).to_have_text(f"Morning brief: {WINDOW[0]} to {WINDOW[1]}")
        assert page.url.endswith(f"brief?since={WINDOW[0]}&until={WINDOW[1]}")
        # The summary line reads as the Markdown brief's does ("1 document", not "1 documents").
        summary = page.locator("#brief-summary").inner_text()
        markdown = page.request.get(f"{url}api/brief.md?since={WINDOW[0]}&until={WINDOW[1]}").text()
        assert summary and summary in " ".join(markdown.split()), (summary, markdown[:400])
        line = page.locator(f"#brief-events li[data-event-id='{event.event_id}']")
        expect(line).to_have_count(1)
        assert event.sub_event_type in line.inner_text()
        assert " ".join(event.evidence.text.split()) in " ".join(line.inner_text().split())
        assert page.locator("#brief-events h4", has_text=group.place).count() == 1
        original = line.locator("a", has_text="original")
        assert original.get_attribute("href") == f"{base}/articles/{SEED_SLUG}"
        screenshot(page, "brief")
        # The event's link opens its drill-down on the dashboard: the evidence sentence highlighted.
        line.locator("a.event-link").click()
        page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        assert page.url.endswith(f"#/event/{event.event_id}")
        detail = page.locator("#detail")
        expect(detail).to_be_visible(timeout=20_000)
        expect(detail).to_contain_text(event.evidence.text.split(".")[0][:40])
        screenshot(page, "brief-drill-down")
        assert errors == []
