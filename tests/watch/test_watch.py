"""`sitroom watch` against a local news site: first poll, unchanged polls, restarts, new items, failures."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from sitroom.cli import _register, app
from sitroom.watch import MAX_ATTEMPTS, next_poll, parse_interval

_register()
pytestmark = pytest.mark.slow


def watch(db, *args: str):
    result = CliRunner().invoke(app, ["watch", "--db", str(db), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def titles(db) -> list[str]:
    with sqlite3.connect(db) as con:
        return sorted(r[0] for r in con.execute("select title from documents"))


def test_once_ingests_the_rss_and_atom_entries_then_a_second_poll_ingests_nothing(news_site, tmp_path):
    db = tmp_path / "w.db"
    rss, atom = f"{news_site.base}/news/rss.xml", f"{news_site.base}/news/atom.xml"
    first = watch(db, rss, atom, "--once", "--allow-private")
    assert first.exit_code == 0, first.output
    assert f"{rss}: 2 new, ingested 2, duplicates skipped 0, failed 0" in first.stdout
    assert f"{atom}: 2 new, ingested 2, duplicates skipped 0, failed 0" in first.stdout
    assert titles(db) == sorted(news_site.articles[s].title for s in news_site.rss_items + news_site.atom_items)
    assert news_site.article_requests() == 4
    with sqlite3.connect(db) as con:
        # Each entry's page was read, not only the feed's one-paragraph summary.
        seed = con.execute("select text, url, published from documents where title like 'Escalation%'").fetchone()
        assert "Garmser" in seed[0] or "Garmsir" in seed[0]
        assert seed[1] == f"{news_site.base}/articles/afghanistan-escalation"
        assert seed[2] == "2021-07-12"
        assert con.execute("select count(*) from events").fetchone()[0] > 0

    second = watch(db, rss, atom, "--once", "--allow-private")
    assert second.exit_code == 0
    assert f"{rss}: not modified" in second.stdout and f"{atom}: not modified" in second.stdout
    assert news_site.article_requests() == 4  # no entry page fetched again
    assert len(titles(db)) == 4


def test_a_restarted_watch_remembers_the_entries_even_when_the_server_sends_no_validators(news_site, tmp_path):
    db = tmp_path / "w.db"
    rss = f"{news_site.base}/news/rss.xml"
    news_site.conditional = False  # no ETag, no Last-Modified: the feed comes back whole every time
    assert watch(db, rss, "--once", "--allow-private").exit_code == 0
    fetched = news_site.article_requests()
    again = watch(db, rss, "--once", "--allow-private")  # a new process would open the same store
    assert again.exit_code == 0
    assert f"{rss}: nothing new" in again.stdout
    assert news_site.article_requests() == fetched
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2
        assert con.execute("select polls, last_status from feeds").fetchall() == [(2, "unchanged")]
        assert con.execute("select count(*) from feed_items where done").fetchone()[0] == 2


def test_a_new_item_is_the_only_one_ingested(news_site, tmp_path):
    db = tmp_path / "w.db"
    rss = f"{news_site.base}/news/rss.xml"
    assert watch(db, rss, "--once", "--allow-private").exit_code == 0
    before = news_site.requests.copy()
    news_site.rss_items.insert(0, "centcom-abu-jandal")
    result = watch(db, rss, "--once", "--allow-private")
    assert result.exit_code == 0
    assert f"{rss}: 1 new, ingested 1, duplicates skipped 0, failed 0" in result.stdout
    assert news_site.requests["/articles/centcom-abu-jandal"] == 1
    assert news_site.requests["/articles/afghanistan-escalation"] == before["/articles/afghanistan-escalation"]
    assert "Death of Abu Jandal al-Kuwaiti" in titles(db) and len(titles(db)) == 3


def test_an_entry_already_stored_by_ingest_is_marked_not_stored_twice(news_site, tmp_path):
    from sitroom.acquire import AcquireOptions
    from sitroom.api import ingest, open_store

    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        ingest([f"{news_site.base}/articles/hrds-50"], store, AcquireOptions(allow_private=True))
    result = watch(db, f"{news_site.base}/news/rss.xml", "--once", "--allow-private")
    assert "2 new, ingested 1, duplicates skipped 1, failed 0" in result.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 2
        assert con.execute("select count(*) from feed_items where done and document_id is not null").fetchone()[0] == 2


def test_an_unreadable_entry_falls_back_to_the_feed_summary(news_site, tmp_path):
    db = tmp_path / "w.db"
    news_site.missing.add("hrds-50")
    result = watch(db, f"{news_site.base}/news/rss.xml", "--once", "--allow-private")
    assert result.exit_code == 0
    with sqlite3.connect(db) as con:
        text = con.execute("select text from documents where title like 'Gunmen kidnap%'").fetchone()[0]
    assert text.startswith("Gunmen from a suspected criminal gang stormed a school")


def test_an_entry_without_page_or_content_is_retried_then_left_alone(news_site, tmp_path, monkeypatch):
    from sitroom.acquire import AcquireOptions
    from sitroom.api import open_store
    from sitroom.watch import poll_one

    db = tmp_path / "w.db"
    news_site.rss_items = ["centcom-abu-jandal"]
    news_site.missing.add("centcom-abu-jandal")
    # An entry with a link and no description: nothing to fall back on while its page is missing.
    monkeypatch.setattr(news_site.articles["centcom-abu-jandal"], "paragraphs", [""])
    url = f"{news_site.base}/news/rss.xml"
    opts = AcquireOptions(allow_private=True)
    with open_store(str(db)) as store:
        reports = [poll_one(url, store, opts) for _ in range(MAX_ATTEMPTS - 1)]
        # Review 3, item 5: the entry is new once; later polls read it again as a retry, not as news.
        assert [(r.new, r.retried) for r in reports] == [(1, 0)] + [(0, 1)] * (MAX_ATTEMPTS - 2)
        page = f"{news_site.base}/articles/centcom-abu-jandal"
        assert reports[0].failed[0][1] == ("feed entry 'Death of Abu Jandal al-Kuwaiti' has no content and its page "
                                           f"could not be fetched (HTTP 404 Not Found from {page}) "
                                           f"(attempt 1 of {MAX_ATTEMPTS}; tried again at the next poll)")
        assert store.summary().documents == 0
    # The last attempt says so, and the poll that gives up fails (exit 1 for cron).
    last = watch(db, url, "--once", "--allow-private")
    assert last.exit_code == 1
    assert last.stderr.strip() == (f"Error: {page}: feed entry 'Death of Abu Jandal al-Kuwaiti' has no content and "
                                   f"its page could not be fetched (HTTP 404 Not Found from {page}) "
                                   f"(attempt {MAX_ATTEMPTS} of {MAX_ATTEMPTS}, the last: given up, not tried again)")
    assert f"{url}: 0 new, 1 retried, ingested 0, duplicates skipped 0, failed 1 (1 given up)" in last.stdout
    assert news_site.requests["/articles/centcom-abu-jandal"] == MAX_ATTEMPTS
    result = watch(db, url, "--once", "--allow-private")
    assert result.exit_code == 0 and f"{url}: not modified" in result.stdout
    assert news_site.requests["/articles/centcom-abu-jandal"] == MAX_ATTEMPTS


def test_a_failed_entry_is_ingested_once_its_page_is_back(news_site, tmp_path, monkeypatch):
    db = tmp_path / "w.db"
    news_site.rss_items = ["centcom-abu-jandal"]
    news_site.missing.add("centcom-abu-jandal")
    monkeypatch.setattr(news_site.articles["centcom-abu-jandal"], "paragraphs",
                        [""] + news_site.articles["centcom-abu-jandal"].paragraphs)
    url = f"{news_site.base}/news/rss.xml"
    failed = watch(db, url, "--once", "--allow-private")
    assert failed.exit_code == 1
    assert f"Error: {news_site.base}/articles/centcom-abu-jandal: feed entry" in failed.stderr
    news_site.missing.clear()
    # The feed is unchanged (same ETag), but the failed poll kept no validators: it is read again.
    ok = watch(db, url, "--once", "--allow-private")
    assert ok.exit_code == 0, ok.output
    assert f"{url}: 0 new, 1 retried, ingested 1" in ok.stdout
    assert titles(db) == ["Death of Abu Jandal al-Kuwaiti"]
    with sqlite3.connect(db) as con:  # the entry's failure is cleared once it is stored
        assert con.execute("select count(*) from failures").fetchone()[0] == 0


def test_a_plain_page_is_ingested_once_and_again_only_when_its_text_changes(news_site, tmp_path):
    db = tmp_path / "w.db"
    page = f"{news_site.base}/pages/eswatini"
    news_site.conditional = False
    assert "1 new, ingested 1" in watch(db, page, "--once", "--allow-private").stdout
    assert f"{page}: nothing new" in watch(db, page, "--once", "--allow-private").stdout
    assert titles(db) == ["eSwatini opposition leaders, activists targeted in police raids"]


def test_loopback_feeds_are_refused_without_allow_private(news_site, tmp_path):
    db = tmp_path / "w.db"
    rss = f"{news_site.base}/news/rss.xml"
    result = watch(db, rss, "--once")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {rss}: refused: 127.0.0.1 resolves to loopback address 127.0.0.1 "
                                     "(use --allow-private to fetch from it)")
    assert sum(news_site.requests.values()) == 0
    with sqlite3.connect(db) as con:
        assert con.execute("select source from failures").fetchall() == [(rss,)]
    # Once the feed is read, its refusal no longer stands: `sitroom stats` lists the failures that do.
    assert watch(db, rss, "--once", "--allow-private").exit_code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from failures").fetchone()[0] == 0


def test_one_failing_url_does_not_stop_the_others(news_site, tmp_path):
    db = tmp_path / "w.db"
    missing, rss = f"{news_site.base}/news/gone.xml", f"{news_site.base}/news/rss.xml"
    result = watch(db, missing, "ftp://example.org/feed", rss, "--once", "--allow-private")
    assert result.exit_code == 1
    assert f"Error: {missing}: HTTP 404 Not Found from {missing}" in result.stderr
    assert "Error: ftp://example.org/feed: not an http(s) URL: watch polls feeds and pages on the web" in result.stderr
    assert f"{rss}: 2 new, ingested 2" in result.stdout


@pytest.mark.parametrize("value, seconds", [("15m", 900), ("90s", 90), ("1h", 3600), ("1h30m", 5400), ("600", 600)])
def test_intervals(value, seconds):
    assert parse_interval(value) == seconds


def test_the_next_poll_is_counted_from_the_start_of_the_last():
    import datetime as dt

    start = dt.datetime(2021, 7, 12, 8, 0, tzinfo=dt.timezone.utc)
    assert next_poll(start, 900, start + dt.timedelta(seconds=60)) == 840
    assert next_poll(start, 900, start + dt.timedelta(seconds=1000)) == 0  # a slow round: the next one at once


@pytest.mark.parametrize("value, message", [
    ("soon", "interval 'soon' is not a duration: use e.g. 15m, 90s, 1h or 1h30m"),
    ("5s", "interval '5s' is shorter than 10 s"),
])
def test_a_bad_interval_is_one_line_and_exit_2(tmp_path, value, message):
    result = watch(tmp_path / "w.db", "http://example.org/feed", "--every", value)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: --every: {message}"


def test_ctrl_c_stops_the_watch_cleanly(news_site, tmp_path):
    db = tmp_path / "w.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "sitroom", "watch", f"{news_site.base}/news/atom.xml",
                             "--every", "10m", "--allow-private", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 300
        line = ""
        while "next poll at" not in line:  # the first round is done and the watch sleeps
            assert time.monotonic() < deadline and proc.poll() is None, "the watch did not finish its first poll"
            line = proc.stderr.readline()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "watch stopped after 1 poll; what was seen is kept in the store" in err
    assert "Traceback" not in err
    assert "2 new, ingested 2" in out
    assert len(titles(db)) == 2
