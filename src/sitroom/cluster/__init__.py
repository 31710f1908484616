"""Extraction on a Ray cluster (Ray Data), the optional ``sitroom[cluster]`` extra.

``sitroom extract --engine ray`` reads JSONL/Parquet shards on the workers (:func:`extract_shards`);
``ingest`` and ``reextract`` keep reading, deduplicating and storing on the driver and send the documents
to the cluster (:func:`ray_session`). Nothing here imports Ray until a command asks for the Ray engine.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Iterator, Optional

from ..settings import Settings
from .engine import ClusterJob, WorkerStats, shard_chunks
from .output import FolderSink, StreamSink
from .runtime import INSTALL_HINT, import_ray, ray_runtime
from .shards import list_shards

__all__ = ["ClusterJob", "INSTALL_HINT", "ShardReport", "extract_shards", "import_ray", "ray_session"]


@dataclass
class ShardReport:
    """What `extract --engine ray` did: documents extracted, error lines, shards skipped as already
    written, and the workers' share of the documents with their peak memory."""

    ok: int = 0
    errors: list[str] = field(default_factory=list)
    skipped_shards: int = 0
    workers: WorkerStats = field(default_factory=WorkerStats)


@contextmanager
def ray_session(settings: Settings) -> Iterator[ClusterJob]:
    """A :class:`ClusterJob` on the cluster ``settings.ray_address`` names (or a local runtime) with
    ``settings.ray_workers`` actors (None: one per CPU of the cluster), for the length of the block."""
    with ray_runtime(settings.ray_address, settings.ray_workers) as workers:
        yield ClusterJob(workers=workers, actors=settings.actors, default_published=settings.default_published)


def extract_shards(spec: str, settings: Settings, output: Optional[str] = None,
                   dst: Optional[IO[str]] = None) -> ShardReport:
    """Extract every document of the shards ``spec`` names (a file, a folder or a glob of JSONL/Parquet)
    on Ray, writing the JSON lines to ``dst`` (a text stream) or, with ``output``, to one JSONL shard per
    input shard in that folder (shards already there are skipped: a killed run is finished by running it
    again).
    RAISES ConfigError: no shards, Ray missing, or the cluster unreachable.
    """
    shards = list_shards(spec)
    chunks = shard_chunks(spec)
    sink = FolderSink(output, shards) if output else StreamSink(dst)
    todo = sink.pending(chunks)
    report = ShardReport(skipped_shards=len({c.path for c in chunks}) - len({c.path for c in todo}))
    try:
        with ray_session(settings) as job:
            report.workers = job.stats
            for row in job.shards(todo):
                sink.write(todo[row.task], row.result)
                if row.error:
                    report.errors.append(row.error)
                else:
                    report.ok += 1
    finally:
        sink.close()
    return report
