"""Ingest: acquire -> dedup -> extract -> store, each new document in its own transaction (`sitroom ingest`,
`sitroom watch`, the web app's uploads and pasted texts)."""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .extraction import STORE_SECONDS, extraction_engine
from .settings import Settings


@dataclass
class IngestReport:
    """What an ingest did. ``failed`` holds (input, reason) pairs.

    Counts are of this run: ``ingested`` documents it stored; ``already_stored`` inputs found stored
    under the same name (a re-run, or another run storing them at the same time); ``duplicates``
    inputs whose text is stored under another name, or came earlier in this batch.
    """

    ingested: int = 0
    already_stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    non_english: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, reason): no report in it, no failure
    document_ids: list[int] = field(default_factory=list)
    # The stored documents whose text the skipped inputs (duplicates, already stored) have, each once.
    duplicate_of: list[int] = field(default_factory=list)

    def skipped_for(self, document_id: int) -> None:
        if document_id not in self.duplicate_of:
            self.duplicate_of.append(document_id)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(inputs: list[str], store, acquire=None, progress=None, settings: Optional[Settings] = None,
           rename: Optional[Callable[[str], str]] = None) -> IngestReport:
    """Read ``inputs`` (paths, folders, URLs), extract, and store each new document in its own transaction.

    Exact duplicates (same content hash, in the store or earlier in this batch) are skipped;
    near-duplicates are stored linked to their first copy. A killed run can simply be run
    again: what was stored is found by its hash and skipped, so nothing is stored twice.
    acquire (AcquireOptions | None): how inputs are read (sizes, private URLs, dump fields); defaults when None.
    progress: if given, called as progress(event, detail) for each input handled.
    settings (Settings | None): jobs, the default publication date and user actor catalogues.
    rename: if given, maps every input name as read (a stored document's uri, a failure's source) to the
        name stored and reported: an upload read from the server's temporary file is stored under the
        name its sender gave it.
    """
    from .acquire import AcquireOptions, iter_documents

    settings = settings or Settings()
    items = iter_documents(list(inputs), acquire or AcquireOptions())
    return _ingest_items(_renamed(items, rename) if rename else items, store, settings, IngestReport(), progress)


def _renamed(items, rename: Callable[[str], str]):
    """``items`` (read documents and input errors) with their input names passed through ``rename``."""
    from .errors import InputError

    for item in items:
        if isinstance(item, InputError):
            item.source, item.reason = rename(item.source), rename(item.reason)
            yield item
        else:
            yield item.model_copy(update={"uri": rename(item.uri), "failure_source":
                                          rename(item.failure_source) if item.failure_source else None})


def ingest_documents(items: Iterable, store, settings: Optional[Settings] = None, progress=None) -> IngestReport:
    """Extract and store documents already read (:class:`SourceDocument`, or :class:`InputError` to record).

    The same path as :func:`ingest` after reading: duplicates skipped, near-duplicates linked, each
    document in its own transaction. `sitroom watch` reads its feeds itself and hands the new entries here.
    settings (Settings | None): jobs, the default publication date and user actor catalogues.
    """
    return _ingest_items(iter(items), store, settings or Settings(), IngestReport(), progress)


def ingest_text(store, text: str, *, title: Optional[str] = None, url: Optional[str] = None,
                source: Optional[str] = None, published: Optional[str] = None,
                settings: Optional[Settings] = None) -> IngestReport:
    """Ingest one pasted text (the web API's path); same checks as a file.

    settings (Settings | None): jobs and user actor catalogues; defaults when None.
    """
    from .acquire import source_from_text

    item = source_from_text(text, uri=url or "pasted text", title=title, url=url, source=source, published=published)
    return _ingest_items(iter([item]), store, settings or Settings(), IngestReport(), None)


def _ingest_items(items, store, settings: Settings, report: IngestReport, progress) -> IngestReport:
    from collections import deque

    from .acquire.dedup import NearDuplicateIndex, minhash_signature
    from .acquire.text import main_text_problem
    from .errors import InputError, InputSkipped
    from .read.dateline import wire_agency

    near = NearDuplicateIndex()
    for doc_id, sig in store.signatures():
        near.add(str(doc_id), sig)
    seen_hashes: set[str] = set()
    resolved: list[str] = []  # failure sources of inputs stored, to clear at the next flush
    batch_duplicates: list[tuple[str, str]] = []
    pending: deque = deque()
    given: dict[str, Optional[str]] = {}  # content hash -> the publication date its input gave

    def note(event: str, detail: str) -> None:
        if progress:
            progress(event, detail)

    def to_extract():
        for item in items:
            if isinstance(item, InputSkipped):
                report.skipped.append((item.source, item.reason))
                note("skipped", item.source)
                continue
            if isinstance(item, InputError):
                fail(item.source, item.reason)
                continue
            try:
                doc_in = admit(item)
            except Exception as exc:  # this input fails; the batch goes on
                fail(item.uri, _unexpected(exc))
                continue
            if doc_in is not None:
                yield doc_in

    def admit(item):
        """The item's DocumentIn for extraction, or None when it is a duplicate (counted and logged here) or
        no report (failed here)."""
        problem = main_text_problem(item.text)
        if problem:
            fail(item.failure_source or item.uri, problem)
            return None
        if item.content_hash in seen_hashes:
            report.duplicates += 1
            batch_duplicates.append((item.uri, item.content_hash))  # logged once its first copy is stored
            note("duplicate", item.uri)
            return None
        existing = store.find_stored(item.content_hash)
        if existing is not None:
            stored_id, stored_uri = existing
            report.skipped_for(stored_id)
            if stored_uri == item.uri:  # the same input stored by an earlier run: nothing to log
                report.already_stored += 1
                note("already stored", item.uri)
            else:
                report.duplicates += 1
                store.record_duplicate(item.uri, stored_id)
                note("duplicate", item.uri)
            resolved.extend(item.failure_sources)
            return None
        seen_hashes.add(item.content_hash)
        if not item.source:  # no outlet given: a wire report is the agency's ("BAMAKO, ... (Reuters) -")
            item = item.model_copy(update={"source": wire_agency(item.text)})
        sig = minhash_signature(item.text)
        # Extraction reads ahead of storing, so a copy later in this same batch must find
        # the first copy now: index it under its hash and map hash -> id once stored.
        first = near.query(sig)
        near.add(f"new:{item.content_hash}", sig)
        pending.append((item, sig, first))
        given[item.content_hash] = item.published
        return item.to_document_in(item.content_hash).model_copy(
            update={"published": item.published or copy_published(first) or settings.default_published})

    def copy_published(first: Optional[str]) -> Optional[str]:
        """The publication date a near-duplicate without one of its own takes from its first copy (an
        updated page read again without the feed that dated it), so its events fuse with the first copy's
        incidents, the changed figure beside the first; a guessed date is not passed on."""
        if not first:
            return None
        if first.startswith("new:"):
            return given.get(first[4:])
        view = store.document(int(first))
        pub = view.published if view is not None else None
        return pub.value if pub is not None and pub.value and not pub.inferred else None

    def fail(source: str, reason: str) -> None:
        report.failed.append((source, reason))
        note("failed", source)
        try:
            store.record_failure(source, reason)
        except Exception:  # noqa: S110  the failure is in the report; the log of failures is a convenience
            pass

    stored_ids: dict[str, int] = {}
    batch: list = []  # (item, signature, near-duplicate key, result), extracted and not yet stored

    def flush() -> None:
        if batch:
            with _interrupts_held():
                _store_results(store, report, stored_ids, note, fail, batch, resolved)
            batch.clear()
        if resolved:
            # An input stored now (or found stored) no longer fails: its earlier failures are cleared.
            try:
                store.clear_failures(list(dict.fromkeys(resolved)))
            except Exception:  # noqa: S110  the log of failures is a convenience, as in fail()
                pass
            resolved.clear()

    with extraction_engine(settings) as run:
        last = time.monotonic()
        for result in run(to_extract()):
            item, sig, first = pending.popleft()
            if first and first.startswith("new:") and any(b[0].content_hash == first[4:] for b in batch):
                flush()  # its near-duplicate's first copy must be stored, to know its id
            batch.append((item, sig, first, result))
            if len(batch) >= settings.store_batch or time.monotonic() - last >= STORE_SECONDS:
                flush()
                last = time.monotonic()
        flush()
    for uri, content_hash in batch_duplicates:
        if content_hash in stored_ids:
            store.record_duplicate(uri, stored_ids[content_hash])
            report.skipped_for(stored_ids[content_hash])
    return report


def _store_results(store, report: IngestReport, stored_ids: dict[str, int], note, fail, batch: list,
                   resolved: list[str]) -> None:
    """Store extracted items (or their failures) in one batch and count them; each item's ``first`` is its
    near-duplicate's key. A document the store cannot take fails alone."""
    todo = []
    for item, sig, first, result in batch:
        dup_of = stored_ids.get(first[4:]) if first and first.startswith("new:") else (int(first) if first else None)
        todo.append((item, result.published, result.language, None if result.error else result, sig, dup_of))
    try:
        outcomes = store.store_documents(todo)
    except Exception as exc:  # not even one at a time (the database is gone): every item fails, the run goes on
        from .store.store import StoreOutcome

        outcomes = [StoreOutcome(None, False, _unexpected(exc))] * len(todo)
    for (item, _sig, _first, result), (*_values, dup_of), (doc_id, created, error) in zip(batch, todo, outcomes):
        if error:
            fail(item.uri, f"could not be stored: {error}")
            continue
        stored_ids[item.content_hash] = doc_id
        if not created:  # another run stored the same text while this one was extracting it
            report.already_stored += 1
            report.skipped_for(doc_id)
            note("already stored", item.uri)
            resolved.extend(item.failure_sources)
            continue
        if result.error:
            fail(item.uri, result.error)
        else:
            resolved.extend(item.failure_sources)
        report.document_ids.append(doc_id)
        if not result.error:
            report.ingested += 1
        if dup_of is not None:
            report.near_duplicates += 1
        if result.language and result.language != "en":
            report.non_english += 1
        note("ingested", item.uri)


@contextmanager
def _interrupts_held():
    """Ctrl-C and SIGTERM wait while a batch is stored and counted (milliseconds): landing between the
    commit and the count, they made "interrupted: N documents stored by this run" say fewer than the run
    stored. A handler of the block's own records them, and the handlers before it get them when the block
    ends. (Blocking them in the main thread's signal mask did not hold them in a process with other threads:
    the kernel hands a process's signal to any thread that does not block it, and Python then runs the
    handler in the main thread at once.) Only the main thread can install handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum, _frame) -> None:
        held.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
        for s in dict.fromkeys(held):
            handler = previous[s]
            if callable(handler):
                handler(s, None)
            elif handler in (signal.SIG_DFL, None):
                signal.raise_signal(s)


def _unexpected(exc: Exception) -> str:
    """An unexpected error as one line: its type and first line."""
    detail = str(exc).splitlines()[0] if str(exc) else "no detail"
    return f"{type(exc).__name__}: {detail}"
