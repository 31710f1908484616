"""Streaming reads while others write: iter_events (exports, the brief, the control view),
documents_needing_extraction (re-extraction) and signatures (ingest) yield every row stored before
they began exactly once, and nothing stored after, whatever the loaders do meanwhile.

On PostgreSQL each loader's connection draws ids from its own cached block of the sequences (0015),
so two loaders commit ids out of order: loader A's document gets ids below loader B's and may commit
after it. A scan paged by id passes A's ids before A commits them."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from sitroom.api import open_store
from sitroom.store import reads, store as store_module
from sitroom.store.models import EventFilter
from sitroom.store.schema import documents, events
from sitroom.store.testing import event, extraction, published, source

# Small chunks, so that a few documents make several pages (or cursor fetches).
CHUNK = 1


def _item(n: int, day: str = "2021-07-12") -> tuple:
    """A document with three events, all on ``day``."""
    text = (f"Report {n}. Taliban fighters attacked Garmsir. An airstrike hit Kandahar. "
            f"Civilians were killed in Kunduz.")
    x = extraction(str(n), day, events=[
        event(text, "Taliban fighters attacked Garmsir", "Battles", "Armed clash", actor1="Taliban",
              where="Garmsir", date=day),
        event(text, "An airstrike hit Kandahar", "Explosions/Remote violence", "Air/drone strike", where="Kandahar",
              date=day),
        event(text, "Civilians were killed in Kunduz", "Violence against civilians", "Attack", where="Kunduz",
              date=day)])
    return source(text, uri=f"test://report-{n}"), published(day), "en", x


def _event_ids(store, doc_ids) -> set[int]:
    with store.engine.connect() as conn:
        return set(conn.scalars(select(events.c.id).where(events.c.document_id.in_(list(doc_ids)))))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(reads, "STREAM_CHUNK", CHUNK)
    monkeypatch.setattr(store_module, "STREAM_CHUNK", CHUNK)


@pytest.mark.postgres
def test_a_scan_by_id_misses_nothing_two_loaders_commit_out_of_order(pg_store, small_chunks):
    url = pg_store.engine.url.render_as_string(hide_password=False)
    with open_store(url) as a, open_store(url) as b:
        a1 = a.add_document(*_item(1))
        b1 = b.add_document(*_item(2))
        before = _event_ids(pg_store, [a1, b1])
        # The loaders' ids come from their own cached blocks: A's below B's.
        assert max(_event_ids(pg_store, [a1])) < min(_event_ids(pg_store, [b1]))
        scan = pg_store.iter_events(EventFilter(), sort="id")
        seen = [next(scan).id]
        # While the scan runs: A commits ids below the ones it has passed, then B commits above them.
        a2 = a.add_document(*_item(3))
        b2 = b.add_document(*_item(4))
        assert min(_event_ids(pg_store, [a2])) < max(_event_ids(pg_store, [b1]))
        seen += [e.id for e in scan]
    # Exactly the events stored when the scan began, each once: neither B's later document without
    # A's (stored before it), nor a document's events in part.
    assert sorted(seen) == sorted(before)
    assert seen == sorted(seen)
    # A new scan sees everything.
    assert sorted(e.id for e in pg_store.iter_events(EventFilter(), sort="id")) == \
        sorted(before | _event_ids(pg_store, [a2, b2]))


def test_an_export_while_an_earlier_event_is_stored_repeats_and_skips_nothing(store, small_chunks):
    """Ordered by date, an event stored mid-export with an earlier date shifted every later page by one
    (OFFSET paging): the export repeated an event."""
    for n, day in enumerate(("2021-07-10", "2021-07-11", "2021-07-12"), 1):
        store.add_document(*_item(n, day))
    before = [e.id for e in store.events(EventFilter(), limit=None, sort="date")]
    scan = store.iter_events(EventFilter(), sort="date")
    seen = [next(scan).id for _ in range(3)]
    store.add_document(*_item(9, "2021-07-01"))  # sorts first
    seen += [e.id for e in scan]
    assert seen == before
    assert len(seen) == len(set(seen)) == 9


def test_a_scan_stops_cleanly_when_the_caller_stops_early(store, small_chunks):
    for n in range(3):
        store.add_document(*_item(n))
    first = next(store.iter_events(EventFilter(), sort="id"))
    assert first.id == min(e.id for e in store.events(EventFilter(), limit=None))
    # The connection went back to the pool: a write and a full read still go through.
    store.add_document(*_item(7))
    assert len(list(store.iter_events(EventFilter(), sort="-date"))) == 12


@pytest.mark.postgres
def test_reextraction_and_ingest_scans_see_the_documents_stored_when_they_began(pg_store, small_chunks, monkeypatch):
    """A bulk loader draws its documents' ids before it takes the write lock, so a loader that commits
    later can hold a lower id: loader A draws id 3 and waits; B stores id 4; the scans begin and pass 4; A
    commits 3, then B stores 5. Paged by id, the scans went on to 5 (stored after 3) without 3."""
    import sitroom.store._load as load

    url = pg_store.engine.url.render_as_string(hide_password=False)
    real, drawn, go = load.serialise, threading.Event(), threading.Event()

    def serialise(conn):
        if threading.current_thread().name == "loader-a":  # A has drawn its ids: hold it before the lock
            drawn.set()
            assert go.wait(60)
        real(conn)

    monkeypatch.setattr(load, "serialise", serialise)
    with open_store(url) as a, open_store(url) as b:
        first = [o.id for o in a.store_documents([_item(1), _item(2)])]
        with a._writer.begin() as conn:  # as ingest stores them
            conn.execute(documents.update().values(signature=b"\x01" * 8))
        late = threading.Thread(target=lambda: a.store_documents([_item(3)]), name="loader-a")
        late.start()
        assert drawn.wait(60)
        middle = [o.id for o in b.store_documents([_item(4, "2021-07-13")])]
        with b._writer.begin() as conn:
            conn.execute(documents.update().values(signature=b"\x01" * 8))
        due = pg_store.documents_needing_extraction("another version")
        sigs = pg_store.signatures()
        # both scans pass id 4 before A commits id 3
        seen_due, seen_sigs = [next(due)[0] for _ in range(3)], [next(sigs)[0] for _ in range(3)]
        go.set()
        late.join(60)
        last = [o.id for o in b.store_documents([_item(5)])]
        with b._writer.begin() as conn:
            conn.execute(documents.update().values(signature=b"\x01" * 8))
        seen_due += [i for i, _doc in due]
        seen_sigs += [i for i, _sig in sigs]
    with pg_store.engine.connect() as conn:
        a_late = conn.scalar(select(documents.c.id).where(documents.c.uri == "test://report-3"))
    assert first[-1] < a_late < middle[0] < last[0]
    assert seen_due == seen_sigs == first + middle
    # the next run finds the rest
    assert [i for i, _doc in pg_store.documents_needing_extraction("another version")] == \
        first + [a_late] + middle + last


@pytest.mark.postgres
def test_scans_beside_two_busy_loaders_see_whole_documents_once(pg_store, small_chunks):
    """Two loaders store documents (batches of two) as fast as they can while scans run one after another:
    each scan yields each event once, each document's three events or none, and every document whose
    store had returned before the scan began."""
    url = pg_store.engine.url.render_as_string(hide_password=False)
    done: list[int] = []  # ids of documents whose store returned, in order
    lock, stop = threading.Lock(), threading.Event()
    errors: list[BaseException] = []

    def load(first: int) -> None:
        try:
            with open_store(url) as s:
                for n in range(first, first + 60, 2):
                    out = s.store_documents([_item(n), _item(n + 1)])
                    with lock:
                        done.extend(o.id for o in out)
        except BaseException as exc:  # noqa: BLE001  re-raised in the test's thread
            errors.append(exc)
        finally:
            stop.set()

    loaders = [threading.Thread(target=load, args=(k,)) for k in (0, 1000)]
    for t in loaders:
        t.start()
    scans = 0
    while not stop.is_set() or scans < 3:
        with lock:
            committed = set(done)
        rows = list(pg_store.iter_events(EventFilter(), sort="id"))
        ids = [e.id for e in rows]
        assert len(ids) == len(set(ids))
        per_doc: dict[int, int] = {}
        for e in rows:
            per_doc[e.document_id] = per_doc.get(e.document_id, 0) + 1
        assert set(per_doc.values()) <= {3}
        assert committed <= set(per_doc)
        scans += 1
    for t in loaders:
        t.join(timeout=120)
    assert not errors, errors
    assert scans >= 3
