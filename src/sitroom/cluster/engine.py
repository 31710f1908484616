"""Extraction on Ray Data: shards read by the workers (`sitroom extract --engine ray`), or documents sent by
the driver (`ingest` and `reextract`, which dedup and store on the driver), both through one pool of
:class:`~.actor.PipelineActor` s.

Ray Data retries a task whose actor died on a restarted actor, and the driver takes each task's output
once, in input order: a killed worker costs time, never a lost or doubled document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional

from ..pipeline import BATCH_SIZE, DEFAULT_STAGES
from ..records import DocumentIn, Extraction
from ..lang.en.wording import count
from .actor import PipelineActor, task_for_chunk, task_for_docs
from .runtime import import_ray
from .shards import Chunk, list_shards, plan_chunks

# Documents the driver holds at a time when it feeds the cluster itself (ingest, reextract): each
# window is one Ray Data run, so the actors load the pipeline once per window.
WINDOW = 20_000
# Tasks handed to an actor at a time: with 2 an actor starts its next task as soon as one ends, instead
# of idling until the driver's executor loop (it wakes every 0.1 s) sees the end and sends the next.
TASKS_IN_FLIGHT = 2
# How long the job waits for every actor to have loaded the pipeline before it hands out any task. Without
# the wait the first actor up took two tasks while the others still loaded (on 64 articles at load 3, 2
# workers did 1.10x one); a pool that cannot start in this time fails the job with Ray's reason.
ACTORS_START_S = 600


@dataclass
class Row:
    """One document's output: its extraction as a JSON line (None for a record that is not a document),
    the error line to report (None when it went well), and the worker that made it."""

    task: int
    id: Optional[str]
    result: Optional[str]
    error: Optional[str]
    pid: int
    peak_mb: float
    cpu_s: float
    pipeline_cpu_s: float = 0.0
    busy_s: float = 0.0


@dataclass
class WorkerStats:
    """Documents per worker process, each worker's peak memory (MB), the CPU seconds it used (loading
    the pipeline included), of which in the pipeline itself, and its wall seconds running tasks."""

    docs: dict[int, int] = field(default_factory=dict)
    peak_mb: dict[int, float] = field(default_factory=dict)
    cpu_s: dict[int, float] = field(default_factory=dict)
    pipeline_cpu_s: dict[int, float] = field(default_factory=dict)
    busy_s: dict[int, float] = field(default_factory=dict)

    def summary(self) -> str:
        """``Ray: 2 worker processes (pid 41: 100 documents, peak 702 MB; ...)``."""
        parts = [f"pid {pid}: {count(n, 'document')}, peak {self.peak_mb[pid]:,.0f} MB" for pid, n in sorted(self.docs.items())]
        return f"Ray: {count(len(self.docs), 'worker process')} ({'; '.join(parts)})"

    def add(self, row: Row) -> None:
        # A record that was no document (a line that is not JSON) is reported, not counted as one.
        self.docs[row.pid] = self.docs.get(row.pid, 0) + (row.id is not None)
        self.peak_mb[row.pid] = max(self.peak_mb.get(row.pid, 0.0), row.peak_mb)
        for name in ("cpu_s", "pipeline_cpu_s", "busy_s"):  # running totals: the latest is the largest
            totals = getattr(self, name)
            totals[row.pid] = max(totals.get(row.pid, 0.0), getattr(row, name))


@dataclass
class ClusterJob:
    """What one run on the cluster uses: the pipeline's stages and config, user actor catalogues,
    the default publication date, and how many actors to run."""

    workers: int
    stages: tuple[str, ...] = DEFAULT_STAGES
    actors: tuple[str, ...] = ()
    config: Optional[dict] = None
    default_published: Optional[str] = None
    stats: WorkerStats = field(default_factory=WorkerStats)

    def run(self, tasks: list[dict[str, Any]]) -> Iterator[Row]:
        """Each task's output rows, task after task in the order given."""
        if not tasks:
            return
        ray = import_ray()
        ray.data.DataContext.get_current().wait_for_min_actors_s = ACTORS_START_S
        ds = ray.data.from_items(tasks, override_num_blocks=min(len(tasks), 20_000))
        # Every actor loaded before the first task (ACTORS_START_S), then TASKS_IN_FLIGHT each: Ray Data's
        # default (4 in flight, no wait) let the first actor up take most of a short job while the others
        # still loaded the pipeline, and run them back to back while another idled at the end.
        ds = ds.map_batches(
            PipelineActor, batch_size=1, batch_format="pyarrow", num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(tasks)), max_tasks_in_flight_per_actor=TASKS_IN_FLIGHT),
            fn_constructor_kwargs=dict(stages=tuple(self.stages), actors=tuple(self.actors), config=self.config,
                                       default_published=self.default_published))
        # No prefetching: with it each task's rows wait until the next task has finished too.
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0):
            for values in batch.to_pylist():
                row = Row(**values)
                self.stats.add(row)
                yield row

    def shards(self, chunks: list[Chunk]) -> Iterator[Row]:
        """Extract the documents of ``chunks`` (read by the workers), in order."""
        return self.run([task_for_chunk(k, c) for k, c in enumerate(chunks)])

    def documents(self, docs: Iterable[DocumentIn], batch_size: int = BATCH_SIZE,
                  window: int = WINDOW) -> Iterator[Extraction]:
        """Extract ``docs`` sent from the driver, in order (the same contract as ``pipeline.extract_stream``)."""
        batch: list[DocumentIn] = []
        tasks: list[dict[str, Any]] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                tasks.append(task_for_docs(len(tasks), batch))
                batch = []
            if len(tasks) * batch_size >= window:
                yield from self._extractions(tasks)
                tasks = []
        if batch:
            tasks.append(task_for_docs(len(tasks), batch))
        yield from self._extractions(tasks)

    def _extractions(self, tasks: list[dict[str, Any]]) -> Iterator[Extraction]:
        for row in self.run(tasks):
            yield Extraction.model_validate_json(row.result)


def shard_chunks(spec: str, per_chunk: int = BATCH_SIZE) -> list[Chunk]:
    """The chunks of every shard ``spec`` names (see :func:`.shards.list_shards`)."""
    return list(plan_chunks(list_shards(spec), per_chunk))


ExtractFn = Callable[[Iterable[DocumentIn]], Iterator[Extraction]]
