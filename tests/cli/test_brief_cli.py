"""`sitroom brief`: the morning brief in the terminal, as Markdown and as HTML, and its errors."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from sitroom.api import open_store
from sitroom.cli import _register, app
from tests.web.demo_data import fill_demo_store

_register()
WINDOW = ["--since", "2021-07-06", "--until", "2021-07-16"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("brief") / "demo.db"
    with open_store(str(path)) as store:
        fill_demo_store(store)
    return path


def brief(db, *args):
    return CliRunner().invoke(app, ["brief", "--db", str(db), *args])


def test_the_text_brief_lists_events_by_place_with_their_evidence(demo):
    result = brief(demo, *WINDOW)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("MORNING BRIEF: 2021-07-06 TO 2021-07-16\n")
    assert "New events by place and type (7)" in out
    assert "  Garmsir, Helmand, AF: Battles 3\n" in out
    # Two outlets report the Garmsir clash: its incident has two sources.
    assert "    - Armed clash, 2021-07-06: Taliban vs Military Forces of Afghanistan (12 killed, 2 sources)\n" in out
    assert ('      > Taliban fighters attacked government positions in Garmsir district on 6 July 2021.\n'
            "      Taliban attack Garmsir (document 1, sentence 0) https://example.org/garmsir\n") in out
    assert "Places whose control changed (1)" in out
    assert "    - Garmsir, Helmand, AF: no controller known → Taliban since 2021-07-08" in out


def test_markdown_and_html_escape_what_the_reports_say(demo, tmp_path):
    md = brief(demo, *WINDOW, "--format", "md")
    assert md.exit_code == 0
    assert md.stdout.startswith("# Morning brief: 2021-07-06 to 2021-07-16\n")
    assert "## Single-source claims (" in md.stdout
    assert "- Armed clash, 2021-07-06: Taliban vs Military Forces of Afghanistan (12 killed, 2 sources)" in md.stdout
    assert "— [Taliban attack Garmsir](<https://example.org/garmsir>) (document 1, sentence 0, published 2021-07-08)" \
        in md.stdout
    # Markup in the reports is escaped (\<script\> shows as text in every Markdown renderer).
    assert "\\<script\\>" in md.stdout and not re.search(r"(?<!\\)<(?:script|img)", md.stdout)
    out = tmp_path / "brief.html"
    html = brief(demo, *WINDOW, "--format", "html", "-o", str(out))
    assert html.exit_code == 0 and html.stderr.strip() == f"brief written to {out}"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<h2>New events by place and type (7)</h2>" in page
    assert "<script" not in page and "<img" not in page
    assert set(re.findall(r'href="([^"]*)"', page)) == {"https://example.org/garmsir"}  # never javascript:
    assert '<a href="https://example.org/garmsir" rel="noopener noreferrer">Taliban attack Garmsir</a>' in page


def test_an_empty_window_says_so(demo):
    result = brief(demo, "--since", "2020-01-01", "--until", "2020-01-02")
    assert result.exit_code == 0
    assert result.stdout.count("  none in this window") == 4
    later = brief(demo, "--since", "2022-01-01", "--until", "2022-01-02")
    assert later.stdout.count("  none in this window") == 4
    assert later.stderr.strip() == ("Nothing in this window: the newest event in the store is dated 2021-07-15; "
                                    "try --since 2021-07-14 --until 2021-07-15")


def test_until_alone_or_with_a_span_counts_back_from_it(demo):
    # The default --since (yesterday) and spans such as 7d count back from --until, not from today.
    alone = brief(demo, "--until", "2021-07-16", "--format", "md")
    assert alone.exit_code == 0, alone.output
    assert alone.stdout.startswith("# Morning brief: 2021-07-15 to 2021-07-16\n")
    week = brief(demo, "--since", "7d", "--until", "2021-07-16", "--format", "md")
    assert week.exit_code == 0, week.output
    assert week.stdout.startswith("# Morning brief: 2021-07-10 to 2021-07-16\n")


@pytest.mark.parametrize("args, message", [
    (["--since", "someday"], "Error: --since 'someday' is not a date: use YYYY-MM-DD, yesterday, today, or a span "
                             "such as 24h or 7d"),
    (["--since", "2021-07-10", "--until", "2021-07-01"], "Error: --since 2021-07-10 is after --until 2021-07-01"),
    (["--until", "tomorrow"], "Error: --until 'tomorrow' is not a date: use YYYY-MM-DD, today or yesterday"),
    (["--format", "pdf"], "Error: --format 'pdf': use one of md, html, text"),
])
def test_bad_options_are_one_line_and_exit_2(demo, args, message):
    result = brief(demo, *args)
    assert result.exit_code == 2
    assert result.stderr.strip() == message


@pytest.mark.parametrize("n, summary", [
    (1, "1 new event in 1 place (from 1 document published in the window), 1 control change, "
        "1 single-source claim, 1 deadline passed."),
    (2, "2 new events in 2 places (from 2 documents published in the window), 2 control changes, "
        "2 single-source claims, 2 deadlines passed."),
])
def test_the_summary_line_counts_in_words_that_agree(n, summary):
    from sitroom.export.brief import render_brief
    from sitroom.fuse.brief import Brief

    keys = ("events", "places", "documents", "control_changes", "single_source_claims", "deadlines")
    made = Brief(since="2021-07-11", until="2021-07-12", generated_at="2021-07-12T08:00:00+00:00",
                 totals={k: n for k in keys})
    assert f"Made 2021-07-12T08:00:00+00:00: {summary}" in render_brief(made, "text").splitlines()


def test_the_text_brief_quotes_evidence_that_opens_with_a_quotation_once():
    # Review finding 16: wrapping the evidence in quotation marks gave '""They came ..." Sangare said."'.
    from sitroom.export.brief import render_brief
    from sitroom.fuse.brief import Brief, BriefEvent, Evidence, PlaceGroup

    said = '"They came at night and burned the market," Sangare said.'
    event = BriefEvent(event_id=1, event_type="Violence against civilians", sub_event_type="Attack",
                       date_start="2024-03-12", location="Mopti", sources=1,
                       evidence=Evidence(document_id=4, sentence=2, text=said))
    b = Brief(since="2024-03-12", until="2024-03-13", generated_at="2024-03-13T06:00:00Z",
              places=[PlaceGroup(place="Mopti", by_type={"Violence against civilians": 1}, events=[event])],
              totals={"events": 1, "places": 1, "documents": 1})
    out = render_brief(b, "text")
    assert "    - Attack, 2024-03-12: unknown actors (1 source)\n" in out
    assert f"      > {said}\n      document 4 (document 4, sentence 2)\n" in out
    assert '""' not in out
    assert "1 new event in 1 place (from 1 document published in the window), 0 control changes" in out
