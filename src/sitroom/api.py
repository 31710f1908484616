"""The library API that the CLI and the web app call. Nothing here prints."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from .extraction import STORE_SECONDS, BatchStats, extract_jsonl, extraction_engine, read_jsonl_documents
from .ingest import IngestReport, ingest, ingest_documents, ingest_text
from .settings import Settings

if TYPE_CHECKING:
    from .fuse.brief import Brief
    from .store import ControlRow, LedgerRow, Store

# Running the pipeline (extraction.py) and ingesting (ingest.py) are part of this API too.
__all__ = ["open_store", "control", "ledger", "brief", "ReextractReport", "reextract", "STORE_SECONDS",
           "extraction_engine", "BatchStats", "read_jsonl_documents", "extract_jsonl", "IngestReport", "ingest",
           "ingest_documents", "ingest_text"]


# --- the store, with fusion: the store persists, fusion decides ------------------------------


def open_store(url: Optional[str] = None, create: bool = True) -> "Store":
    """Open (creating or upgrading) the database at ``url``, fusing stored events into incidents.

    url (str | None): a SQLAlchemy URL, ``postgresql://...``, or a plain file path (SQLite);
        None means $SITROOM_DB, else ``./sitroom.db``.
    create (bool): False refuses a SQLite file that does not exist yet (commands that only read).
    RETURNS (Store): the open store; close it with ``store.close()`` or use it in ``with``.
    RAISES StoreError: the database cannot be reached or created, or (``create=False``) does not exist.
    """
    from .fuse.assign import IncidentFusion
    from .store import open_store as open_plain

    return open_plain(url, fusion=IncidentFusion(), create=create)


def control(store: "Store", as_of: "dt.date | str", place: Optional[str] = None) -> "list[ControlRow]":
    """Who controls each place as of ``as_of``, from the stored territory events and control claims."""
    from .fuse.control import control_as_of

    return control_as_of(store, as_of, place)


def ledger(store: "Store", as_of: "Optional[dt.date | str]" = None) -> "list[LedgerRow]":
    """Stored commitments and predictions with deadlines, each marked kept, broken, open or undetermined;
    provincial seats are read from the gazetteer index when it is built."""
    from functools import partial

    from .extract.places.seats import is_seat
    from .fuse.ledger import is_provincial_capital, ledger as mark_all

    return mark_all(store, as_of, partial(is_provincial_capital, seat=is_seat))


def brief(store: "Store", since: "dt.date", until: "dt.date", limit: Optional[int] = None) -> "Brief":
    """The morning brief over the days ``since`` to ``until``: new events by place and type, control changes,
    single-source claims, and commitments whose deadline fell in the window, as the ledger marks them
    as of ``until``. limit (int | None): most lines per section (the totals count them all)."""
    from .fuse.brief import build_brief

    return build_brief(store, since, until, ledger(store, as_of=until), limit)


@dataclass
class ReextractReport:
    version: str
    updated: int = 0
    failed: list[str] = field(default_factory=list)


def reextract(store: "Store", settings: Optional[Settings] = None, stages: Optional[Iterable[str]] = None,
              progress: Optional[Callable[[int], None]] = None) -> ReextractReport:
    """Extract again every English document whose stored extractor version differs from the pipeline's.

    Each document's old records are swapped for the new ones in one transaction, so an
    interrupted run leaves every document either old or new, and a re-run finishes it.
    settings (Settings | None): jobs and user actor catalogues; defaults when None.
    RETURNS (ReextractReport): the version applied, documents updated, and failures.
    """
    from .pipeline import DEFAULT_STAGES, extractor_version

    settings = settings or Settings()
    stages = tuple(stages or ()) or tuple(DEFAULT_STAGES)
    report = ReextractReport(version=extractor_version(stages, actors=settings.actors))
    # Worker processes are forked: hand them no open database connections.
    store.engine.dispose()
    docs = (doc for _id, doc in store.documents_needing_extraction(report.version))
    batch: list = []

    def flush() -> None:
        # One transaction for the batch; a batch the database refuses goes document by document.
        for result, error in zip(batch, store.replace_extractions([(int(r.id), r) for r in batch])):
            if error:  # this document keeps its old records; the others go on
                report.failed.append(f"document {result.id}: could not be stored: {error}")
                continue
            if result.error:  # stored with its error (so a later run tries it again), counted as failed only
                continue
            report.updated += 1
            if progress:
                progress(report.updated)
        batch.clear()

    with extraction_engine(settings, stages) as run:
        last = time.monotonic()
        for result in run(docs):
            if result.error:
                report.failed.append(f"document {result.id}: {result.error}")
            batch.append(result)
            if len(batch) >= settings.store_batch or time.monotonic() - last >= STORE_SECONDS:
                flush()
                last = time.monotonic()
        flush()
    return report
