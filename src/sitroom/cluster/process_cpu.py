"""CPU time used by a process and every process below it, split by role, for `sitroom bench scale`.

CPU seconds, unlike wall time, barely change when other jobs share the cores, so they compare engines
fairly on a busy machine. A local Ray runtime is a tree under the driver (GCS, raylet, agents, helper
actors and the pipeline actors below the raylet); a ``--jobs`` pool is the driver's forked children.
Each process counts its own user+system time and that of its children it has already reaped (a worker
the raylet stopped), so a snapshot taken while the engine still runs misses nothing it did.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from typing import Optional

ROLES = ("driver", "workers", "system")

# The process title Ray gives a pipeline actor's worker process ("ray::MapWorker(MapBatches(PipelineActor))").
ACTOR_MARK = "PipelineActor"


@dataclass
class CpuUse:
    """CPU seconds by role: ``driver`` (the command's own process), ``workers`` (the processes running
    the pipeline: --jobs workers or Ray pipeline actors) and ``system`` (everything else in the tree:
    Ray's GCS, raylet, dashboard and runtime-env agents, log monitor, Ray Data's helper actors)."""

    driver: float = 0.0
    workers: float = 0.0
    system: float = 0.0

    @property
    def total(self) -> float:
        return self.driver + self.workers + self.system

    def as_dict(self) -> dict[str, float]:
        return {role: round(getattr(self, role), 2) for role in ROLES} | {"total": round(self.total, 2)}


@dataclass
class CpuSnapshot:
    """CPU seconds so far of each process of the tree: pid -> (role, seconds); the name of each process
    of the ``system`` role, and the CPU seconds of each of the root process's threads by name."""

    seconds: dict[int, tuple[str, float]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    threads: dict[str, float] = field(default_factory=dict)

    def with_ended(self, reported: dict[int, float], role: str = "workers") -> "CpuSnapshot":
        """This snapshot plus the processes of ``reported`` (pid -> CPU seconds they last reported) that
        are no longer running: Ray Data stops an actor as soon as no task is left for it, and the raylet
        does not keep the CPU time of the workers it reaps."""
        ended = {pid: (role, cpu) for pid, cpu in reported.items() if pid not in self.seconds}
        return CpuSnapshot({**self.seconds, **ended}, self.names, self.threads)

    def since(self, before: "CpuSnapshot") -> CpuUse:
        """What each role used between ``before`` and this snapshot (a process new since then counts whole)."""
        use = CpuUse()
        for pid, (role, now) in self.seconds.items():
            then = before.seconds.get(pid, (role, 0.0))[1]
            setattr(use, role, getattr(use, role) + max(0.0, now - then))
        return use

    def parts_since(self, before: "CpuSnapshot") -> dict[str, float]:
        """Where the driver's and the system processes' CPU went between ``before`` and this snapshot:
        ``driver: <thread>`` for the root process's threads, the process's name for the others."""
        parts: dict[str, float] = {}
        for name, now in self.threads.items():
            parts[f"driver: {name}"] = now - before.threads.get(name, 0.0)
        for pid, (role, now) in self.seconds.items():
            if role == "system":
                name = self.names.get(pid, "other")
                parts[name] = parts.get(name, 0.0) + max(0.0, now - before.seconds.get(pid, (role, 0.0))[1])
        return {name: cpu for name, cpu in parts.items() if cpu > 0}


KINDS = ("alone", "pool", "ray")


def _role_of(pid: int, root: int, cmdline: str, kind: str) -> str:
    if pid == root:
        return "workers" if kind == "alone" else "driver"
    if kind == "pool" or ACTOR_MARK in cmdline:
        return "workers"
    return "system"


def process_name(cmdline: list[str]) -> str:
    """A Ray process's short name: ``ray::_StatsActor.update_metrics`` -> ``_StatsActor``, a binary's
    file name (``raylet``, ``gcs_server``), a Python script's (``log_monitor.py``)."""
    if not cmdline:
        return "other"
    first = cmdline[0]
    if first.startswith("ray::"):
        return re.split(r"[.(\s]", first[5:], maxsplit=1)[0] or "ray worker"
    if "python" in os.path.basename(first):
        script = next((a for a in cmdline[1:] if a.endswith(".py")), None)
        return os.path.basename(script) if script else "python"
    return os.path.basename(first)


def _thread_name(name: str) -> str:
    """A thread's name without its run's id (``StreamingExecutor-dataset_0358..._0`` -> ``StreamingExecutor``)."""
    return re.sub(r"[-_][0-9A-Za-z_]*[0-9][0-9A-Za-z_]*$", "", name) or name


class ThreadMeter:
    """CPU seconds of each thread of this process, by name, read as often as :meth:`read` is called: a
    thread that has ended keeps the time it had at the last reading (Ray Data's executor and consumer
    threads end with their job, just before its last rows are taken)."""

    def __init__(self) -> None:
        self.seen: dict[int, tuple[str, float]] = {}  # thread id -> (name, CPU seconds at the last reading)

    def read(self) -> dict[str, float]:
        import psutil

        named = {t.native_id: t.name for t in threading.enumerate()}
        try:
            threads = psutil.Process().threads()
        except psutil.Error:
            threads = []
        for t in threads:
            name = named.get(t.id)
            if name is None:  # a thread of Ray's C++ core: the kernel's name for it
                try:
                    with open(f"/proc/self/task/{t.id}/comm", encoding="utf-8") as f:
                        name = f.read().strip()
                except OSError:
                    continue
            self.seen[t.id] = (_thread_name(name), t.user_time + t.system_time)
        out: dict[str, float] = {}
        for name, cpu in self.seen.values():
            out[name] = out.get(name, 0.0) + cpu
        return out


def snapshot(kind: str, root: Optional[int] = None) -> CpuSnapshot:
    """The CPU seconds so far of the process ``root`` (default: this one) and all its descendants.

    kind: "alone" (the process runs the pipeline itself: --jobs 1), "pool" (its descendants are the
    pipeline workers: --jobs N) or "ray" (Ray's pipeline actors are the workers, its other processes
    are Ray's system processes).
    """
    import psutil

    root = root or os.getpid()
    top = psutil.Process(root)
    snap = CpuSnapshot()
    for proc in [top, *top.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            argv = proc.cmdline() if proc.pid != root else []
        except psutil.Error:  # ended between the listing and the read: its parent's reaped time has it
            continue
        used = times.user + times.system + times.children_user + times.children_system
        role = _role_of(proc.pid, root, " ".join(argv), kind)
        snap.seconds[proc.pid] = (role, used)
        if role == "system":
            snap.names[proc.pid] = process_name(argv)
    return snap
