"""`sitroom bench scale`: --jobs 1/2 against 1/2 Ray workers on the same documents, in one run.

Each run is measured over two stretches, both reported, wall time and CPU time alike:

- **whole**: from nothing to the last document out, so it includes starting the workers and loading the
  pipeline in each (Ray without ``--address``: also starting the local Ray runtime, which is also given
  on its own);
- **steady**: from the moment every worker has delivered its first batch to the last document out,
  with everything loaded: what a long job costs per document.

CPU time is summed over the whole process tree (the driver, the workers, and Ray's own processes:
GCS, raylet, agents, Ray Data's helper actors), so Ray's overhead is read as Ray's CPU per document
over --jobs' CPU per document, which other jobs on the machine barely change. Against a cluster at
``--address`` only the driver and the actors (as they report themselves) are counted, and no steady
CPU figure is given. The four outputs are compared line by line.

Wall time on a shared machine says more about the other jobs than about the engines, so the steady
state is also read **at full speed**: what each run would do with the machine to itself, from two
figures the load barely changes: the workers' CPU seconds per document, and the engine's own CPU per
wall second (driver and Ray's processes, in cores: polling loops that run whatever the work), which
is taken off the machine's cores first. Each run also keeps the load average at its start and end.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..pipeline import BATCH_SIZE, extract_stream
from ..records import DocumentIn
from .engine import ClusterJob, shard_chunks
from .process_cpu import CpuSnapshot, CpuUse, ThreadMeter, snapshot
from .runtime import ray_runtime


@dataclass
class ActorUse:
    """What Ray's pipeline actors reported for a stretch: CPU seconds in the pipeline itself, CPU
    seconds of their processes in all (the rest is Ray's work around the pipeline: taking tasks,
    converting and storing their outputs; over the whole run, loading the pipeline too), and wall
    seconds running tasks, over ``actors`` actors (the rest of their time they waited for a task)."""

    pipeline_cpu: float
    process_cpu: float
    busy: float
    actors: int

    def as_dict(self, docs: int, seconds: float) -> dict:
        around = self.process_cpu - self.pipeline_cpu
        return {"pipeline_cpu_s_per_doc": round(self.pipeline_cpu / docs, 4) if docs else None,
                "around_pipeline_cpu_s_per_doc": round(around / docs, 4) if docs else None,
                "around_over_pipeline": round(around / self.pipeline_cpu, 3) if self.pipeline_cpu else None,
                "busy": round(self.busy / (self.actors * seconds), 3) if self.actors and seconds > 0 else None}


@dataclass
class Stretch:
    """One stretch of a run: wall seconds, documents out, CPU used (None: not measured)."""

    seconds: float
    docs: int
    cpu: Optional[CpuUse]
    parts: dict[str, float] = field(default_factory=dict)  # the driver's threads' and system processes' CPU
    actors: Optional[ActorUse] = None  # Ray runs: what the pipeline actors reported

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_s_per_doc(self) -> Optional[float]:
        return self.cpu.total / self.docs if self.cpu is not None and self.docs else None

    @property
    def worker_cpu_per_doc(self) -> Optional[float]:
        return self.cpu.workers / self.docs if self.cpu is not None and self.docs and self.cpu.workers else None

    @property
    def engine_cores(self) -> Optional[float]:
        """The driver's and the system processes' CPU per wall second (0.1: a tenth of a core)."""
        return (self.cpu.driver + self.cpu.system) / self.seconds if self.cpu is not None and self.seconds > 0 else None

    def full_speed(self, workers: int, cores: int) -> Optional[float]:
        """Documents/s with the machine to itself: the engine's own cores come off the machine's, the
        workers share the rest (at most one core each) at their CPU seconds per document. Dispatch
        gaps (a worker waiting for its next task) are not in it."""
        per_doc, engine = self.worker_cpu_per_doc, self.engine_cores
        if per_doc is None or engine is None:
            return None
        return max(0.0, min(float(workers), cores - engine)) / per_doc

    @property
    def around_workers(self) -> Optional[float]:
        """The driver's and the system processes' CPU over the workers' (0.1: 10% on top of the pipeline),
        the engine's own cost read within one run, so free of the run-to-run noise of the workers' CPU."""
        return (self.cpu.driver + self.cpu.system) / self.cpu.workers if self.cpu and self.cpu.workers else None

    def as_dict(self) -> dict:
        def rounded(value: Optional[float], digits: int) -> Optional[float]:
            return None if value is None else round(value, digits)

        return {"seconds": round(self.seconds, 2), "docs": self.docs, "docs_per_s": round(self.docs_per_s, 3),
                "cpu_s": self.cpu.as_dict() if self.cpu else None,
                "cpu_s_per_doc": rounded(self.cpu_s_per_doc, 4),
                "worker_cpu_s_per_doc": rounded(self.worker_cpu_per_doc, 4),
                "engine_cores": rounded(self.engine_cores, 3),
                "around_workers": rounded(self.around_workers, 3),
                "actors": self.actors.as_dict(self.docs, self.seconds) if self.actors else None,
                "engine_parts_cpu_s": {name: round(cpu, 2) for name, cpu in sorted(self.parts.items(), key=lambda kv: -kv[1])}}


@dataclass
class ScaleRun:
    engine: str  # "local" or "ray"
    workers: int
    whole: Stretch
    steady: Optional[Stretch]  # None: too few documents for every worker to have finished a batch first
    peak_mb_per_worker: float
    output: list[str]
    runtime_start: Optional[Stretch] = None  # Ray's local runtime coming up (part of ``whole``)
    load: tuple[float, float] = (0.0, 0.0)  # the machine's 1-minute load average at the run's start and end

    @property
    def name(self) -> str:
        return f"--jobs {self.workers}" if self.engine == "local" else f"ray, {self.workers} worker{'s' * (self.workers > 1)}"


@dataclass
class ScaleResult:
    runs: list[ScaleRun]
    address: Optional[str] = None
    load_before: float = 0.0  # the machine's 1-minute load average around the runs
    load_after: float = 0.0
    cores: int = 1  # the machine's CPUs, for the full-speed figures

    def run(self, engine: str, workers: int) -> ScaleRun:
        return next(r for r in self.runs if r.engine == engine and r.workers == workers)

    def stretch(self, engine: str, workers: int, which: str) -> Optional[Stretch]:
        return getattr(self.run(engine, workers), which)

    def speedup(self, engine: str, workers: int, which: str = "whole") -> Optional[float]:
        """documents/s over one worker of the same engine (None: a stretch not measured)."""
        one, many = self.stretch(engine, 1, which), self.stretch(engine, workers, which)
        return many.docs_per_s / one.docs_per_s if one and many and one.docs_per_s else None

    def ray_overhead(self, workers: int, which: str = "whole") -> Optional[float]:
        """How much slower Ray is than as many local processes, in documents/s (0.1: 10% fewer)."""
        local, ray = self.stretch("local", workers, which), self.stretch("ray", workers, which)
        return 1 - ray.docs_per_s / local.docs_per_s if local and ray and local.docs_per_s else None

    def ray_cpu_ratio(self, workers: int, which: str = "whole") -> Optional[float]:
        """Ray's CPU seconds per document over --jobs' (1.1: Ray spends 10% more CPU per document)."""
        local, ray = self.stretch("local", workers, which), self.stretch("ray", workers, which)
        if not local or not ray or not local.cpu_s_per_doc or ray.cpu_s_per_doc is None:
            return None
        return ray.cpu_s_per_doc / local.cpu_s_per_doc

    def full_speed(self, engine: str, workers: int) -> Optional[float]:
        """Steady-state documents/s with the machine to itself (see :meth:`Stretch.full_speed`)."""
        steady = self.stretch(engine, workers, "steady")
        return steady.full_speed(workers, self.cores) if steady else None

    def full_speedup(self, engine: str, workers: int) -> Optional[float]:
        one, many = self.full_speed(engine, 1), self.full_speed(engine, workers)
        return many / one if one and many is not None else None

    def full_speed_overhead(self, workers: int) -> Optional[float]:
        """How much slower Ray would be than as many local processes at full speed (0.1: 10% fewer documents/s)."""
        local, ray = self.full_speed("local", workers), self.full_speed("ray", workers)
        return 1 - ray / local if local and ray is not None else None

    @property
    def identical(self) -> bool:
        return all(r.output == self.runs[0].output for r in self.runs)


class _Marks:
    """Wall time and process-tree CPU at the start of a run and at the moments that close its stretches."""

    def __init__(self, kind: str):
        self.kind = kind
        self.at: dict[str, tuple[float, CpuSnapshot]] = {}
        self.load: dict[str, float] = {}
        self.threads = ThreadMeter() if kind == "ray" else None
        self.job: Optional[ClusterJob] = None  # Ray runs: the job whose actors' reports are kept at each mark
        self.reported: dict[str, tuple[dict[int, float], ...]] = {}
        self.mark("start")

    def tick(self) -> None:
        """Read the driver's threads again (each output row), so one that ends keeps its time."""
        if self.threads:
            self.threads.read()

    def mark(self, name: str) -> None:
        snap = snapshot(self.kind)
        if self.threads:
            snap.threads = self.threads.read()
        self.at[name] = (time.perf_counter(), snap)
        self.load[name] = os.getloadavg()[0]
        if self.job is not None:
            stats = self.job.stats
            self.reported[name] = (dict(stats.pipeline_cpu_s), dict(stats.cpu_s), dict(stats.busy_s))

    def stretch(self, first: str, last: str, docs: int, cpu: bool = True) -> Optional[Stretch]:
        if first not in self.at or last not in self.at:
            return None
        (t0, c0), (t1, c1) = self.at[first], self.at[last]
        return Stretch(t1 - t0, docs, c1.since(c0) if cpu else None, c1.parts_since(c0) if cpu else {},
                       self._actors(first, last))

    def _actors(self, first: str, last: str) -> Optional[ActorUse]:
        if last not in self.reported:
            return None
        before = self.reported.get(first, ({}, {}, {}))
        # Running totals per actor: what each reported at the last mark less what it had at the first.
        used = [sum(now - then.get(pid, 0.0) for pid, now in totals.items())
                for then, totals in zip(before, self.reported[last])]
        return ActorUse(*used, actors=self.job.workers if self.job else 0)


def _collect(lines: Iterable[Optional[str]], total: int, warm: int, marks: _Marks) -> list[str]:
    """Take every output line, marking when the first ``warm`` are out (every worker has delivered a
    batch) and when the last is, before the engine is torn down."""
    output: list[str] = []
    for line in lines:
        marks.tick()
        output.append(line or "")
        if len(output) == warm < total:
            marks.mark("warm")
        if len(output) == total:
            marks.mark("end")
    return output


def _local(docs: list[DocumentIn], jobs: int) -> ScaleRun:
    marks = _Marks("pool" if jobs > 1 else "alone")
    warm = min(len(docs), jobs * BATCH_SIZE)
    output = _collect((r.model_dump_json() for r in extract_stream(docs, jobs=jobs)), len(docs), warm, marks)
    # One process: this one's peak; a pool: the largest of its (finished, reaped) workers'.
    who = resource.RUSAGE_SELF if jobs == 1 else resource.RUSAGE_CHILDREN
    return ScaleRun("local", jobs, marks.stretch("start", "end", len(docs)),
                    marks.stretch("warm", "end", len(docs) - warm), resource.getrusage(who).ru_maxrss / 1024, output,
                    load=(marks.load["start"], marks.load["end"]))


def _ray(shard: Path, n_docs: int, workers: int, address: Optional[str]) -> ScaleRun:
    marks = _Marks("ray")
    warm = min(n_docs, workers * BATCH_SIZE)
    with ray_runtime(address, workers):
        marks.mark("up")
        job = ClusterJob(workers=workers)
        marks.job = job
        output = _collect((row.result for row in job.shards(shard_chunks(str(shard)))), n_docs, warm, marks)
    end_time, end_cpu = marks.at["end"]
    # An actor stopped before the last document took its CPU time with it: count what it last reported.
    marks.at["end"] = (end_time, end_cpu.with_ended(job.stats.cpu_s))
    whole = marks.stretch("start", "end", n_docs)
    steady = marks.stretch("warm", "end", n_docs - warm, cpu=address is None)
    if address and whole.cpu is not None:
        # The cluster's processes are not below this one: count the actors as they report themselves.
        whole.cpu = CpuUse(driver=whole.cpu.driver, workers=sum(job.stats.cpu_s.values()))
    return ScaleRun("ray", workers, whole, steady, max(job.stats.peak_mb.values(), default=0.0), output,
                    runtime_start=None if address else marks.stretch("start", "up", 0),
                    load=(marks.load["start"], marks.load["end"]))


def run_scale(docs: list[DocumentIn], address: Optional[str] = None, workers: tuple[int, ...] = (1, 2)) -> ScaleResult:
    """Run ``--jobs N`` and N Ray workers for each N in ``workers`` on ``docs``; each Ray run starts its
    own local runtime with N CPUs (counted in its whole stretch), or joins the cluster at ``address``."""
    load_before = os.getloadavg()[0]
    runs = [_local(docs, n) for n in workers]
    with tempfile.TemporaryDirectory() as tmp:
        shard = Path(tmp) / "docs.jsonl"
        shard.write_text("".join(json.dumps(d.model_dump(mode="json")) + "\n" for d in docs), encoding="utf-8")
        runs += [_ray(shard, len(docs), n, address) for n in workers]
    return ScaleResult(runs, address, load_before, os.getloadavg()[0], os.cpu_count() or 1)

