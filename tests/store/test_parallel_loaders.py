"""Several loaders storing into one PostgreSQL store at once (the bulk path, `sitroom load --loaders N`):
every document stored exactly once, and the same rows in every table as one loader stores, when their
inputs overlap; no deadlock."""

from __future__ import annotations

import threading

import pytest

from sitroom.api import open_store
from tests.store.test_bulk_equivalence import _empty, _snapshot, extracted  # noqa: F401

pytestmark = pytest.mark.postgres


def _run_together(jobs) -> list:
    """Run each job in its own thread, all at once; their results (a job's exception re-raised)."""
    results: list = [None] * len(jobs)

    def run(k, job):
        try:
            results[k] = job()
        except BaseException as exc:  # noqa: BLE001  re-raised in the test's thread
            results[k] = exc

    threads = [threading.Thread(target=run, args=(k, job)) for k, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a loader is stuck"
    for r in results:
        if isinstance(r, BaseException):
            raise r
    return results


def test_two_loaders_with_overlapping_input_store_each_document_once(pg_store, extracted):  # noqa: F811
    for k in range(0, len(extracted), 3):
        list(pg_store.store_batches([extracted[k:k + 3]]))
    one_loader = _snapshot(pg_store)
    _empty(pg_store)
    url = pg_store.engine.url.render_as_string(hide_password=False)
    # Each loader has its own connections; their inputs overlap in the middle, in opposite orders.
    first, second = extracted[:8], list(reversed(extracted[3:]))
    with open_store(url) as a, open_store(url) as b:
        out_a, out_b = _run_together([
            lambda: [o for r in a.store_batches([first[k:k + 3] for k in range(0, len(first), 3)]) for o in r],
            lambda: [o for r in b.store_batches([second[k:k + 3] for k in range(0, len(second), 3)]) for o in r]])
    assert all(o.error is None for o in out_a + out_b)
    ids = {}
    for (src, *_rest), o in [*zip(first, out_a), *zip(second, out_b)]:
        assert ids.setdefault(src.content_hash, o.id) == o.id  # both loaders name the same stored document
    # each document created by exactly one of them
    created = [src.content_hash for (src, *_r), o in [*zip(first, out_a), *zip(second, out_b)] if o.created]
    assert sorted(created) == sorted(src.content_hash for src, *_r in extracted)
    # every row the same; incidents the same groups of events (their summaries follow the order in
    # which reports were fused, which differs here: the second loader runs backwards)
    together = _snapshot(pg_store)
    assert {k: v for k, v in together.items() if k != "incidents"} == \
        {k: v for k, v in one_loader.items() if k != "incidents"}
    assert sorted(m for _i, m in together["incidents"]) == sorted(m for _i, m in one_loader["incidents"])


def test_loaders_meeting_the_same_batch_store_it_once(pg_store, extracted, monkeypatch):  # noqa: F811
    """Both loaders look the batch up (not stored), write its records, then insert its documents: the
    one that inserts second finds them stored, drops the records it wrote, and returns the stored ids."""
    import sitroom.store._load as load

    for k in range(0, len(extracted), 4):
        pg_store.store_documents(extracted[k:k + 4])
    one_loader = _snapshot(pg_store)
    _empty(pg_store)
    both_written = threading.Barrier(2, timeout=60)
    real = load.serialise

    def serialise_when_both_have_written(conn):
        both_written.wait()  # both have written their records and provenance; now one takes the lock
        real(conn)

    monkeypatch.setattr(load, "serialise", serialise_when_both_have_written)
    url = pg_store.engine.url.render_as_string(hide_password=False)
    with open_store(url) as a, open_store(url) as b:
        out_a, out_b = _run_together([lambda: a.store_documents(extracted[:4]),
                                      lambda: b.store_documents(extracted[:4])])
    assert [o.id for o in out_a] == [o.id for o in out_b]
    assert sorted([o.created for o in out_a + out_b]) == [False] * 4 + [True] * 4
    assert {o.created for o in out_a} in ({True}, {False})  # the whole batch by one loader, not a mix
    monkeypatch.setattr(load, "serialise", real)
    pg_store.store_documents(extracted[4:8])
    pg_store.store_documents(extracted[8:])
    assert _snapshot(pg_store) == one_loader


def test_loaders_storing_two_reports_of_one_event_at_once_fuse_them(pg_store, extracted, monkeypatch):  # noqa: F811
    """Fusion one loader at a time: the second report's events join the incident the first's made, as
    with one loader, even when both reach the database at the same moment (else each would make its own:
    neither sees the other's uncommitted incident)."""
    import sitroom.store._load as load

    seed, copy = extracted[0], extracted[1]  # another outlet's copy of the seed's first paragraphs
    # extracted by another version (a store loaded while re-extracted): the two documents' rows share no
    # count (document_counts is kept per version), so nothing but the store's lock orders the loaders
    copy = (*copy[:3], copy[3].model_copy(update={"extractor_version": "0.other"}))
    pg_store.store_documents([seed])
    pg_store.store_documents([copy])
    one_loader = _snapshot(pg_store)
    shared = [m for _i, m in one_loader["incidents"] if len({doc for doc, _row in m}) == 2]
    assert shared, "no incident has events of both reports"
    _empty(pg_store)
    both_written = threading.Barrier(2, timeout=60)
    real = load.serialise

    def serialise_when_both_have_written(conn):
        both_written.wait()
        real(conn)

    monkeypatch.setattr(load, "serialise", serialise_when_both_have_written)
    url = pg_store.engine.url.render_as_string(hide_password=False)
    with open_store(url) as a, open_store(url) as b:
        out = _run_together([lambda: a.store_documents([seed]), lambda: b.store_documents([copy])])
    assert [o.created for r in out for o in r] == [True, True]
    together = _snapshot(pg_store)
    assert sorted(members for _incident, members in together["incidents"]) == \
        sorted(members for _incident, members in one_loader["incidents"])
    assert {k: v for k, v in together.items() if k != "incidents"} == \
        {k: v for k, v in one_loader.items() if k != "incidents"}
