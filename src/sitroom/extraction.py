"""Running the pipeline over documents: the extraction engine (processes on this machine, or actors on a Ray
cluster) and JSON Lines in and out (`sitroom extract`)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Optional

from .records import DocumentIn
from .settings import Settings

# Extracted documents wait at most this long to be stored with the next ones (a batch of
# Settings.store_batch goes sooner): a slow stream still shows progress and loses little to a kill.
STORE_SECONDS = 2.0


@contextmanager
def extraction_engine(settings: Settings, stages: Optional[Iterable[str]] = None):
    """The engine ``settings.engine`` names, for the length of the block: a function from documents to
    their extractions, in input order (processes on this machine, or actors on a Ray cluster).
    RAISES ConfigError: the Ray engine without Ray installed, or its cluster unreachable.
    """
    from .pipeline import DEFAULT_STAGES, extract_stream  # imports every stage: only when extracting

    stages = tuple(stages or DEFAULT_STAGES)
    if settings.engine == "ray":
        from .cluster import ray_session

        with ray_session(settings) as job:
            job.stages = stages
            yield job.documents
        return
    yield lambda docs: extract_stream(docs, jobs=settings.jobs, stages=stages, actors=settings.actors)


@dataclass
class BatchStats:
    ok: int = 0
    errors: list[str] = field(default_factory=list)


def read_jsonl_documents(src: IO[str], stats: BatchStats, name: str = "input",
                         default_published: Optional[str] = None) -> Iterator[DocumentIn]:
    """Yield DocumentIn from JSONL lines; bad lines are recorded in ``stats`` and skipped."""
    from .acquire.dumps import parse_json, record_document

    first_line: dict[str, int] = {}  # id -> the line that used it first
    for lineno, line in enumerate(src, 1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line)
        except ValueError as exc:
            stats.errors.append(f"{name}:{lineno}: line is not JSON ({exc})")  # as `ingest` says it
            continue
        try:
            doc = record_document(obj, default_published)
        except ValueError as exc:
            stats.errors.append(f"{name}:{lineno}: {str(exc).splitlines()[0]}")
            continue
        if doc.id in first_line:
            # The output is joined back to the input by id: a second line with one id would be ambiguous.
            stats.errors.append(f"{name}:{lineno}: id {doc.id!r} repeats line {first_line[doc.id]}'s; "
                                "ids must be unique, this line is not extracted")
            continue
        first_line[doc.id] = lineno
        yield doc


def extract_jsonl(src: IO[str], dst: IO[str], settings: Optional[Settings] = None) -> BatchStats:
    """Run the pipeline over JSONL documents and write one JSON line per document.

    settings (Settings | None): jobs, the default publication date and user actor catalogues.
    """
    settings = settings or Settings()
    stats = BatchStats()
    docs = read_jsonl_documents(src, stats, getattr(src, "name", "input"), settings.default_published)
    with extraction_engine(settings) as run:
        for result in run(docs):
            dst.write(result.model_dump_json() + "\n")
            if result.error:
                stats.errors.append(f"{result.id}: {result.error}")
            else:
                stats.ok += 1
    dst.flush()
    return stats
