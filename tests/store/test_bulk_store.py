"""Store.add_documents, the bulk path: several documents in one transaction, the same rows as one at a time."""

from __future__ import annotations

import pytest

from sitroom.store import testing as T
from tests.store.test_store import GARMSIR, KUNDUZ, _garmsir_extraction, _kunduz_extraction



def _rows(store):
    out = []
    for doc in sorted(store.documents(limit=None), key=lambda d: d.title):
        view = store.document(doc.id)
        out.append((doc.title, [(e.event_type, e.evidence_text, e.date_start) for e in view.events],
                    [p.text for p in view.places], [a.text for a in view.actors], [c.quote for c in view.claims]))
    return out


def test_a_batch_stores_what_one_at_a_time_stores(store, tmp_path):
    from sitroom.api import open_store

    batch = [(T.source(GARMSIR, uri="g.txt", title="Garmsir"), T.published("2021-07-12"), "en", _garmsir_extraction()),
             (T.source(KUNDUZ, uri="k.txt", title="Kunduz"), T.published("2021-08-03"), "en", _kunduz_extraction())]
    ids = store.add_documents(batch)
    assert len(set(ids)) == 2
    with open_store(str(tmp_path / "one.db")) as one:
        for src, pub, lang, x in batch:
            one.add_document(src, pub, lang, x)
        assert _rows(store) == _rows(one)
        assert store.summary().incidents == one.summary().incidents == 3  # one per event: none fuse here
    # stored again (and twice within one batch): the stored ids, nothing added
    again = store.add_documents(batch + batch[:1])
    assert again == ids + ids[:1]
    assert store.summary().documents == 2


def test_a_failed_batch_leaves_nothing_behind(store, monkeypatch):
    import sitroom.store._load as load_module
    import sitroom.store.store as store_module

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk full")

    real_copy = load_module.copy_kind

    def boom_at_events(conn, kind_rows, *args):
        # PostgreSQL's path fails once its documents, mentions and provenance are written
        if kind_rows.kind == "event":
            raise RuntimeError("disk full")
        return real_copy(conn, kind_rows, *args)

    monkeypatch.setattr(store_module, "write_records", boom)
    monkeypatch.setattr(load_module, "copy_kind", boom_at_events)
    with pytest.raises(RuntimeError):
        store.add_documents([(T.source(GARMSIR), T.published("2021-07-12"), "en", _garmsir_extraction())])
    assert store.summary().documents == 0
    from sqlalchemy import func, select

    from sitroom.store.schema import places, provenance
    with store.engine.connect() as conn:
        assert [conn.scalar(select(func.count()).select_from(t)) for t in (places, provenance)] == [0, 0]


def test_deleting_a_document_deletes_its_records(store):
    """On PostgreSQL the mention tables have no key to documents (migration 0013): a trigger does what
    ON DELETE CASCADE does on SQLite."""
    from sqlalchemy import delete, func, select

    from sitroom.store.schema import actors, claims, documents, events, flags, places, provenance

    tables = (places, actors, claims, flags, provenance, events)
    ids = store.add_documents([
        (T.source(GARMSIR, uri="g.txt"), T.published("2021-07-12"), "en", _garmsir_extraction()),
        (T.source(KUNDUZ, uri="k.txt"), T.published("2021-08-03"), "en", _kunduz_extraction())])

    def counts(doc_id):
        with store.engine.connect() as conn:
            return [conn.scalar(select(func.count()).select_from(t).where(t.c.document_id == doc_id)) for t in tables]

    kept = counts(ids[1])
    assert all(counts(ids[0])[:3]) and counts(ids[0])[4] > 0
    with store._writer.begin() as conn:
        conn.execute(delete(documents).where(documents.c.id == ids[0]))
    assert counts(ids[0]) == [0] * len(tables)
    assert counts(ids[1]) == kept


def test_a_batch_keeps_the_signature_and_the_near_duplicate_link(store):
    """What ingest passes besides the extraction (the MinHash signature's bytes, the first copy's id)
    goes in as one at a time stores it (PostgreSQL: COPY's bytea text)."""
    from sqlalchemy import select

    from sitroom.store.schema import documents

    first = store.add_document(T.source(GARMSIR, uri="g.txt"), T.published("2021-07-12"), "en", _garmsir_extraction())
    signature = bytes(range(256)) * 2  # every byte value, backslash and tab included
    [outcome] = store.store_documents([(T.source(KUNDUZ, uri="k.txt"), T.published("2021-08-03"), "en",
                                        _kunduz_extraction(), signature, first)])
    assert outcome.created and outcome.error is None
    with store.engine.connect() as conn:
        row = conn.execute(select(documents.c.signature, documents.c.duplicate_of)
                           .where(documents.c.id == outcome.id)).one()
    assert bytes(row.signature) == signature and row.duplicate_of == first
