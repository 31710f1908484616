"""A NUL character in a JSONL field: SQLite would store it and PostgreSQL refuse it, so acquire reads it as
U+FFFD and both back ends store the same document (the reviewer's nul.jsonl, issue 14's 'nothing lost')."""

from __future__ import annotations

import json

import pytest

from sitroom.api import ingest

TEXT = "Gunmen attacked Kagara \u0000on Monday, police said, and abducted 27 students from a school."


@pytest.mark.slow
def test_a_nul_in_text_or_title_is_stored_on_every_back_end(store, tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text(json.dumps({"id": "kagara", "text": TEXT, "title": "Kagara\u0000 school attack",
                                "published": "2021-02-17"}) + "\n", encoding="utf-8")
    report = ingest([str(path)], store)
    assert report.failed == [] and report.ingested == 1
    [doc] = store.documents(limit=10)
    view = store.document(doc.id)
    assert view.text == TEXT.replace("\u0000", "\ufffd")  # one character for one: offsets hold
    assert view.document.title == "Kagara\ufffd school attack"
    assert view.events and all("\u0000" not in (e.evidence_text or "") for e in view.events)
