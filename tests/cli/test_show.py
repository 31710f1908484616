"""`sitroom show`: the document with its extractions highlighted."""

from __future__ import annotations

from tests.cli._filled_db import GARMSIR, run, run_process


def test_show_prints_text_records_and_legend(db):
    result = run("show", "1", "--db", db)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # the terminal wraps lines at 80 columns
    assert "Garmsir falls" in out and "published: 2021-07-12 (metadata)" in out
    assert "legend:" in out and "event evidence" in out and "claim" in out
    assert "E1 Battles: Non-state actor overtakes territory — Taliban vs Military Forces of Afghanistan — Garmsir" in out
    assert "C1 commitment — Zabihullah Mujahid (claimed, deadline 2021-09-11)" in out
    assert "single source" in out


def test_show_highlights_the_spans(db):
    from sitroom.cli.show import STYLES, highlighted
    from sitroom.api import open_store

    with open_store(db) as store:
        view = store.document(1)
    text = highlighted(view)
    styled = {(span.start, span.end): str(span.style) for span in text.spans}
    place = view.places[0]
    assert styled[(place.start, place.end)] == STYLES["place"]
    ev = view.events[0]
    assert styled[(ev.evidence_start, ev.evidence_end)] == STYLES["event evidence"]
    assert text.plain == GARMSIR


def test_show_by_path_and_escape_sequences_are_neutralised(db):
    result = run("show", "kunduz.txt", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Kunduz retaken" in result.output
    assert "\x1b[31m" not in result.output  # the document's own escape codes never reach the terminal


def test_show_unknown_document_fails_with_one_line(db):
    proc = run_process("show", "99", "--db", db)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error: no document '99' in the store")


def test_show_says_who_else_reports_the_incident(tmp_path):
    from sitroom.api import open_store
    from sitroom.store import testing as T

    path = str(tmp_path / "two.db")
    texts = {"a": "Taliban fighters attacked an army post in Garmsir, killing 5 soldiers.",
             "b": "Twelve soldiers died when the Taliban stormed a checkpoint in Garmsir."}
    with open_store(path) as store:
        for uri, (text, evidence, dead) in {"a": (texts["a"], "attacked an army post in Garmsir", 5),
                                            "b": (texts["b"], "stormed a checkpoint in Garmsir", 12)}.items():
            ev = T.event(text, evidence, "Battles", "Armed clash", actor1="Taliban", where="Garmsir",
                         date="2021-07-11", fatalities=dead)
            store.add_document(T.source(text, uri=uri), T.published("2021-07-12"), "en",
                               T.extraction(published="2021-07-12", events=[ev]))
    out = " ".join(run("show", "1", "--db", path).output.split())
    assert "2 independent sources (incident 1); others report 12 killed" in out
