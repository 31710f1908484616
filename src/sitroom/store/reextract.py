"""Re-running the current pipeline over stored documents, without re-ingesting them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .store import Store


@dataclass
class ReextractReport:
    version: str
    updated: int = 0
    failed: list[str] = field(default_factory=list)


def reextract(store: Store, jobs: int = 1, stages: Optional[Iterable[str]] = None,
              progress: Optional[Callable[[int], None]] = None) -> ReextractReport:
    """Extract again every English document whose stored extractor version differs from the pipeline's.

    Each document's old records are swapped for the new ones in one transaction, so an
    interrupted run leaves every document either old or new, and a re-run finishes it.
    RETURNS (ReextractReport): the version applied, documents updated, and failures.
    """
    from ..pipeline import DEFAULT_STAGES, extract_stream, extractor_version

    stages = tuple(stages or DEFAULT_STAGES)
    report = ReextractReport(version=extractor_version(stages))
    # Worker processes are forked: hand them no open database connections.
    store.engine.dispose()
    docs = (doc for _id, doc in store.documents_needing_extraction(report.version))
    for result in extract_stream(docs, jobs=jobs, stages=stages):
        if result.error:
            report.failed.append(f"document {result.id}: {result.error}")
        store.replace_extraction(int(result.id), result)
        report.updated += 1
        if progress:
            progress(report.updated)
    return report
