"""A report whose text opens with its title on a line of its own (review 3 #7): the title stays the
document's title, and no sentence spans it, so the first event's evidence and the first claim's quote
begin with the report's first sentence, not the headline."""

from __future__ import annotations

import pytest

from sitroom.api import ingest
from sitroom.read.title import title_line_end

# The reviewer's in/page.html: trafilatura keeps the <h1> that repeats the <title> as the text's first line.
PAGE = ("<html><head><title>Attack in Mogadishu</title>"
        '<meta property="article:published_time" content="2022-02-09T08:00:00Z">'
        '<meta property="og:site_name" content="Garowe Online"></head><body><nav>Home World Africa</nav>'
        "<article><h1>Attack in Mogadishu</h1><p>MOGADISHU - Al-Shabaab militants attacked a military base near "
        "Mogadishu on Tuesday, killing seven soldiers, a Somali army officer said.</p><p>The group claimed "
        "responsibility in a statement, saying it had killed 20 soldiers.</p></article></body></html>")


@pytest.mark.slow
def test_a_pages_headline_is_its_title_and_begins_no_evidence_or_quote(store, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    report = ingest([str(path)], store)
    assert report.failed == [] and report.ingested == 1
    [doc] = store.documents(limit=10)
    view = store.document(doc.id)
    assert view.document.title == "Attack in Mogadishu"
    assert view.text.startswith("Attack in Mogadishu\nMOGADISHU - Al-Shabaab militants")  # the page's text, unchanged
    first = min(view.events, key=lambda e: e.evidence_start)
    assert first.evidence_text.startswith("MOGADISHU - Al-Shabaab militants attacked a military base")
    assert first.evidence_start == len("Attack in Mogadishu\n")
    assert view.claims and not any(c.quote.startswith("Attack in Mogadishu") for c in view.claims)


@pytest.mark.slow
def test_a_plain_texts_title_line_is_its_own_sentence(pipeline):
    from sitroom.records import DocumentIn

    text = ("Gunmen kill two policemen in Kano\nGunmen shot dead two policemen at a checkpoint in Kano on Friday, "
            "police said.\n")
    out = pipeline.extract(DocumentIn(id="t", text=text, title="Gunmen kill two policemen in Kano",
                                      published="2021-03-06"))
    assert out.events
    assert all(e.evidence.text.startswith("Gunmen shot dead") for e in out.events), [e.evidence.text for e in out.events]


def test_where_the_title_line_ends():
    text = "Attack in Mogadishu\n\nMOGADISHU - Militants attacked a base."
    assert title_line_end(text, "Attack in Mogadishu") == text.index("MOGADISHU")
    # a page's <title> with the site's name after a bar is still the line
    assert title_line_end(text, "Attack in Mogadishu | Garowe Online") == text.index("MOGADISHU")
    assert title_line_end("  attack in  MOGADISHU\nTroops ...", "Attack in Mogadishu") == len("  attack in  MOGADISHU\n")


def test_no_break_where_the_first_line_is_not_the_title_or_a_sentence_wraps():
    assert title_line_end("Attack in Mogadishu\nMilitants attacked a base.", None) is None
    assert title_line_end("Attack in Mogadishu\nMilitants attacked a base.", "Another headline") is None
    # a sentence wrapped at the line's end: the next line goes on in lower case
    assert title_line_end("Gunmen shot dead two policemen in the\nnorthern town on Friday.",
                          "Gunmen shot dead two policemen in the") is None
    assert title_line_end("Attack in Mogadishu", "Attack in Mogadishu") is None  # the title alone: no body
