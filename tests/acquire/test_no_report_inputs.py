"""Inputs that hold no report are said to, honestly: a WARC's error pages are reported as skipped, a text
of a word or two is refused as no main text, a date from a page's body is not its metadata."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest

from sitroom.acquire import AcquireOptions, iter_documents
from sitroom.acquire.text import main_text_problem
from sitroom.errors import InputError, InputSkipped
from sitroom.records import SourceDocument

PAGE = ("<html><head><title>Clashes</title></head><body><article><p>Taliban fighters attacked a police post in "
        "Kunduz on 3 July 2021, killing four policemen, officials said.</p></article></body></html>")


def _warc(path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    records = [("https://example.org/a.html", "200 OK", "text/html; charset=utf-8", PAGE),
               ("https://example.org/missing", "404 Not Found", "text/html", "<html><body>Not here</body></html>"),
               ("https://example.org/old", "301 Moved Permanently", "text/html", ""),
               ("https://example.org/logo.png", "200 OK", "image/png", "\x89PNG"),
               ("https://example.org/broken", "503 Service Unavailable", "text/html", "<p>down</p>")]
    for n, (url, status, kind, body) in enumerate(records):
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        fixed = {"WARC-Date": "2021-07-12T00:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-00000000000{n}>"}
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                      http_headers=headers, warc_headers_dict=fixed))
    path.write_bytes(buf.getvalue())


def test_a_warcs_error_responses_are_skipped_with_their_status_and_the_pages_read(tmp_path):
    _warc(tmp_path / "crawl.warc.gz")
    items = list(iter_documents([str(tmp_path / "crawl.warc.gz")], AcquireOptions()))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert [d.url for d in docs] == ["https://example.org/a.html"]
    skipped = [(i.source, i.reason) for i in items if isinstance(i, InputSkipped)]
    base = str(tmp_path / "crawl.warc.gz")
    assert skipped == [(f"{base}#https://example.org/missing", "HTTP 404 Not Found response, not a page; skipped"),
                       (f"{base}#https://example.org/broken",
                        "HTTP 503 Service Unavailable response, not a page; skipped"),
                       (base, "1 response not HTML (image/png 1), not a page; skipped")]
    assert not [i for i in items if isinstance(i, InputError) and not isinstance(i, InputSkipped)]


@pytest.mark.parametrize("text, words", [("x", 1), ("Home World", 2), ("  \n", 0)])
def test_a_word_or_two_is_no_report(text, words):
    problem = main_text_problem(text)
    if words == 0:
        assert problem == "empty text"
    else:
        assert problem == f"no main text: {words} word{'' if words == 1 else 's'} ({text!r}), too few to be a report"


@pytest.mark.parametrize("text", ["Rebels seized Bambari.", "Explosion in Kabul", "军队占领了城镇。", "Военные заняли город."])
def test_a_short_report_in_any_script_is_text(text):
    assert main_text_problem(text) is None


def test_a_date_in_a_pages_body_is_not_its_metadata(tmp_path):
    from sitroom.acquire.html import html_document

    table = (b"<html><body><table><tr><td>Date</td><td>Event</td></tr><tr><td>2022-01-03</td><td>Two soldiers "
             b"were killed when an IED exploded near Gao, the army said.</td></tr></table></body></html>")
    assert html_document(table, "table.html").published is None
    body = PAGE.encode()
    meta = body.replace(b"<head>", b'<head><meta property="article:published_time" content="2021-07-04T08:00:00Z">')
    assert html_document(meta, "meta.html").published == "2021-07-04"
    byline = body.replace(b"<article>", b'<article><p class="byline-date">Posted 2021-07-05</p>')
    assert html_document(byline, "byline.html").published == "2021-07-05"
    time_el = body.replace(b"<article>", b'<article><time datetime="2021-07-06">6 July</time>')
    assert html_document(time_el, "time.html").published == "2021-07-06"


def sitroom(*args: str):
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_ingest_says_what_it_skipped_refuses_what_holds_no_report_and_marks_body_dates_inferred(tmp_path):
    _warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>")
    (tmp_path / "tiny.txt").write_text("x")
    (tmp_path / "table.html").write_text(
        "<html><body><table><tr><td>Date</td><td>Event</td></tr><tr><td>2022-01-03</td><td>Two soldiers were killed "
        "when an IED exploded near Gao, the army said.</td></tr></table></body></html>")
    db = tmp_path / "s.db"
    paths = [str(tmp_path / n) for n in ("crawl.warc.gz", "nav.html", "tiny.txt", "table.html")]
    run = sitroom("ingest", "--quiet", *paths, "--db", str(db))
    assert run.returncode == 1  # the two texts with no report failed; a skipped error page is no failure
    assert run.stdout.strip().endswith("failed 2, skipped 3")
    err = run.stderr.strip().splitlines()
    assert f"Skipped: {paths[0]}: 1 response not HTML (image/png 1), not a page; skipped" in err
    assert f"Skipped: {paths[0]}#https://example.org/missing: HTTP 404 Not Found response, not a page; skipped" in err
    assert f"Error: {paths[2]}: no main text: 1 word ('x'), too few to be a report" in err
    assert any(line.startswith(f"Error: {paths[1]}: no main text: ") for line in err)
    with sqlite3.connect(db) as con:
        rows = con.execute("select uri, published, published_source from documents order by uri").fetchall()
    assert rows == [(f"{paths[0]}#https://example.org/a.html", "2021-07-04", "inferred"),
                    (paths[3], "2022-01-04", "inferred")]


@pytest.mark.slow
def test_extract_refuses_what_ingest_refuses_and_flags_a_repeated_id(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": "Rebels attacked Gao on 2 February 2022, killing three soldiers."},
             {"id": "a", "text": "Rebels attacked Mopti on 3 February 2022."},
             {"id": "b", "text": ""},
             {"id": "c", "text": "x"}]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = sitroom("extract", "-i", str(src), "-o", str(out))
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"Error: {src}:2: id 'a' repeats line 1's; ids must be unique, this line is not extracted",
        f"Error: {src}:3: text field 'text' is empty or not a string",
        f"Error: {src}:4: no main text: 1 word ('x'), too few to be a report",
        "extracted 1 document, 3 failed",
    ]
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a"]
