"""`sitroom bench scale`: documents/s on 1 and 2 local processes (``--jobs``) and on 1 and 2 Ray workers,
on the same documents in one run, with scaling efficiency and peak memory per worker.

Every run is timed from its start to its last document, so each includes loading the pipeline in its
workers (processes or actors) once; the Ray runtime itself is started before the Ray runs and not timed,
as a cluster is up before jobs are sent to it. The four outputs are compared line by line.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..pipeline import extract_stream
from ..records import DocumentIn
from .engine import ClusterJob, shard_chunks
from .runtime import ray_runtime


@dataclass
class ScaleRun:
    engine: str  # "local" or "ray"
    workers: int
    seconds: float
    docs: int
    peak_mb_per_worker: float
    cpu_s: float  # CPU seconds of the workers (the process itself for --jobs 1), loading included
    output: list[str]

    @property
    def cpu_s_per_doc(self) -> float:
        return self.cpu_s / self.docs if self.docs else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def name(self) -> str:
        return f"--jobs {self.workers}" if self.engine == "local" else f"ray, {self.workers} worker{'s' * (self.workers > 1)}"


@dataclass
class ScaleResult:
    runs: list[ScaleRun]

    def run(self, engine: str, workers: int) -> ScaleRun:
        return next(r for r in self.runs if r.engine == engine and r.workers == workers)

    def efficiency(self, engine: str, workers: int) -> float:
        """Speed-up over one worker of the same engine, divided by the workers."""
        one = self.run(engine, 1).docs_per_s
        return self.run(engine, workers).docs_per_s / one / workers if one else 0.0

    def ray_overhead(self, workers: int) -> float:
        """How much slower Ray is than as many local processes (0.1: 10% fewer documents/s)."""
        local = self.run("local", workers).docs_per_s
        return 1 - self.run("ray", workers).docs_per_s / local if local else 0.0

    @property
    def identical(self) -> bool:
        return all(r.output == self.runs[0].output for r in self.runs)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _local(docs: list[DocumentIn], jobs: int) -> ScaleRun:
    # One process: this one's figures; a pool: its (finished, reaped) workers' (the largest peak).
    who = resource.RUSAGE_SELF if jobs == 1 else resource.RUSAGE_CHILDREN
    cpu0, t0 = _cpu(who), time.perf_counter()
    output = [r.model_dump_json() for r in extract_stream(docs, jobs=jobs)]
    seconds = time.perf_counter() - t0
    return ScaleRun("local", jobs, seconds, len(docs), resource.getrusage(who).ru_maxrss / 1024,
                    _cpu(who) - cpu0, output)


def _ray(shard: Path, workers: int) -> ScaleRun:
    job = ClusterJob(workers=workers)
    t0 = time.perf_counter()
    output = [row.result for row in job.shards(shard_chunks(str(shard)))]
    seconds = time.perf_counter() - t0
    peak = max(job.stats.peak_mb.values(), default=0.0)
    return ScaleRun("ray", workers, seconds, len(output), peak, sum(job.stats.cpu_s.values()), output)


def run_scale(docs: list[DocumentIn], address: Optional[str] = None, workers: tuple[int, ...] = (1, 2)) -> ScaleResult:
    """Time ``--jobs N`` and N Ray workers for each N in ``workers`` on ``docs`` (Ray: a local runtime with
    max(workers) CPUs, or the cluster at ``address``)."""
    runs = [_local(docs, n) for n in workers]
    with tempfile.TemporaryDirectory() as tmp:
        shard = Path(tmp) / "docs.jsonl"
        shard.write_text("".join(json.dumps(d.model_dump(mode="json")) + "\n" for d in docs), encoding="utf-8")
        with ray_runtime(address, max(workers)):
            runs += [_ray(shard, n) for n in workers]
    return ScaleResult(runs)
