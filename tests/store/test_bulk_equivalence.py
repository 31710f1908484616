"""The bulk path stores exactly what one document at a time stores: the same rows in every table (ids
aside), the same incidents, the same roll-up, on real documents run through the whole pipeline; and a
batch that fails is stored document by document, naming the bad one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from sitroom.records import DocumentIn, SourceDocument
from sitroom.store.schema import (
    actors, claims, documents, duplicates, event_actor_days, event_actor_weeks, event_confidence_weeks, event_days, event_place_weeks, event_source_weeks,
    event_weeks, events, flags, incidents, places, provenance,
)

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "sitroom" / "data" / "samples"
RECORD_TABLES = {"place": places, "actor": actors, "claim": claims, "flag": flags, "event": events}


@pytest.fixture(scope="module")
def extracted(pipeline, seed_text):
    """(SourceDocument, Extraction) for the seed article, a second report of it, and sample news."""
    docs = [DocumentIn(id="seed", text=seed_text, title="seed", published="2021-07-12"),
            # another outlet's copy of the seed's first paragraphs: its events fuse with the seed's
            DocumentIn(id="seed-copy", text=seed_text[:1500] + "\n\nMore follows.", title="copy",
                       published="2021-07-13")]
    for line in (SAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines()[:8]:
        d = json.loads(line)
        docs.append(DocumentIn(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published", "")[:10] or None))
    out = []
    for d in docs:
        x = pipeline.extract(d)
        src = SourceDocument(uri=f"test://{d.id}", text=d.text, title=d.title, published=d.published, format="text",
                             content_hash=hashlib.sha256(d.text.encode()).hexdigest())
        out.append((src, x.published, x.language, x))
    assert sum(len(x.events) for *_r, x in out) > 10
    return out


def _snapshot(store) -> dict:
    """Every stored row without its ids: records by their document's hash, provenance by its record,
    events by incident membership, incidents by their events."""
    with store.engine.connect() as conn:
        hashes = dict(conn.execute(select(documents.c.id, documents.c.content_hash)).all())
        out = {"documents": sorted(
            tuple(sorted((k, str(v)) for k, v in r.items() if k not in ("id", "ingested_at")))
            for r in conn.execute(select(documents)).mappings())}
        canon = {}
        for kind, table in RECORD_TABLES.items():
            rows = []
            for r in conn.execute(select(table)).mappings():
                row = tuple(sorted((k, json.dumps(v, sort_keys=True, default=str)) for k, v in r.items()
                                   if k not in ("id", "document_id", "incident_id")))
                canon[(kind, r["id"])] = (hashes[r["document_id"]], row)
                rows.append(canon[(kind, r["id"])])
            out[kind] = sorted(rows)
        out["provenance"] = sorted(
            (canon[(r["record_kind"], r["record_id"])], hashes[r["document_id"]],
             tuple(sorted((k, str(v)) for k, v in r.items() if k not in ("id", "document_id", "record_id"))))
            for r in conn.execute(select(provenance)).mappings())
        members = {}
        for r in conn.execute(select(events.c.id, events.c.incident_id)):
            members.setdefault(r.incident_id, []).append(canon[("event", r.id)])
        out["incidents"] = sorted(
            (tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in r.items() if k != "id")), sorted(members.get(r["id"], [])))
            for r in conn.execute(select(incidents)).mappings())
        for rollup in (event_weeks, event_place_weeks, event_actor_weeks, event_source_weeks, event_days,
                       event_confidence_weeks, event_actor_days):
            out[rollup.name] = sorted(tuple(r) for r in conn.execute(select(rollup).where(rollup.c.n != 0)))
        out["duplicates"] = sorted((r.uri, hashes[r.document_id]) for r in conn.execute(select(duplicates)))
    return out


def _empty(store) -> None:
    with store._writer.begin() as conn:
        for table in (duplicates, documents, incidents):
            conn.execute(delete(table))


def test_bulk_path_stores_the_same_rows_as_one_at_a_time(store, extracted):
    for item in extracted:
        store.add_document(*item)
    one_by_one = _snapshot(store)
    assert len(one_by_one["incidents"]) < len(one_by_one["event"])  # the copy's events fused with the seed's
    _empty(store)
    outcomes = store.store_documents(extracted[:5]) + store.store_documents(extracted[5:])
    assert [o.created for o in outcomes] == [True] * len(extracted)
    assert _snapshot(store) == one_by_one
    # idempotent: a re-run stores nothing; another name for a stored text is logged as a duplicate
    again = store.store_documents(extracted + [(extracted[0][0].model_copy(update={"uri": "test://elsewhere"}),
                                                *extracted[0][1:])])
    assert [o.id for o in again] == [o.id for o in outcomes] + [outcomes[0].id]
    assert not any(o.created for o in again)
    snap = _snapshot(store)
    assert snap["duplicates"] == [("test://elsewhere", extracted[0][0].content_hash)]
    assert {k: v for k, v in snap.items() if k != "duplicates"} == {k: v for k, v in one_by_one.items() if k != "duplicates"}


def test_a_failed_batch_is_stored_document_by_document(store, extracted):
    # an event the database refuses (model_copy skips validation): no type
    bad_event = extracted[2][3].events[0].model_copy(update={"event_type": None})
    bad = (extracted[2][0], extracted[2][1], extracted[2][2],
           extracted[2][3].model_copy(update={"events": [bad_event]}))
    batch = [extracted[0], extracted[1], bad, extracted[3]]
    outcomes = store.store_documents(batch)
    assert [o.created for o in outcomes] == [True, True, False, True]
    assert outcomes[2].id is None
    assert "event_type" in outcomes[2].error and ("null" in outcomes[2].error.lower())
    stored = {d.uri for d in store.documents(limit=None)}
    assert stored == {extracted[i][0].uri for i in (0, 1, 3)}


def test_batches_built_ahead_store_the_same_rows_and_name_a_bad_document(store, extracted):
    """Store.store_batches builds each batch's rows while the one before is written: the same rows as
    one at a time, and a document the database refuses fails alone, named, in whichever batch."""
    for item in extracted:
        store.add_document(*item)
    one_by_one = _snapshot(store)
    _empty(store)
    results = list(store.store_batches([extracted[:3], extracted[3:6], extracted[6:]]))
    assert [len(r) for r in results] == [3, 3, len(extracted) - 6]
    assert all(o.created and o.error is None for r in results for o in r)
    assert _snapshot(store) == one_by_one
    _empty(store)
    bad_event = extracted[0][3].events[0].model_copy(update={"event_type": None})
    bad = (*extracted[0][:3], extracted[0][3].model_copy(update={"events": [bad_event]}))
    results = list(store.store_batches([extracted[1:4], [extracted[4], bad, extracted[5]]]))
    assert [o.created for r in results for o in r] == [True, True, True, True, False, True]
    assert results[1][1].id is None and "event_type" in results[1][1].error
    assert {d.uri for d in store.documents(limit=None)} == {extracted[i][0].uri for i in (1, 2, 3, 4, 5)}
