"""Ray's own CPU cost with no pipeline in it: the local runtime `--engine ray` starts, and the same Ray Data
actor pool `sitroom extract --engine ray` runs (every actor started before the first task, two tasks in
flight per actor, no prefetching), but each task only sleeps. What the processes use in the steady state is then the engine's fixed cost: Ray Data's
executor and consumer loops in the driver, Ray Data's helper actors, the raylet, GCS, log monitor and
the idle actors' own threads.

    .venv/bin/python bench/ray_overhead_probe.py --workers 2 --tasks 30 --task-seconds 3
    RAY_enable_metrics_collection=0 .venv/bin/python bench/ray_overhead_probe.py   # a Ray setting to try
    .venv/bin/python bench/ray_overhead_probe.py --context enable_per_node_metrics=false   # a DataContext one

    .venv/bin/python bench/ray_overhead_probe.py --in-flight 1 --no-wait   # the engine before December 2026

Prints the CPU seconds of each part (the driver by thread, the other processes by name, the sleeping
actors as MapWorker) and their sum
in cores (CPU seconds per wall second), from the moment every actor has finished a task to the last,
and how long an actor waited between two of its tasks (the time dispatching the next one took).
Needs the cluster extra (Ray, psutil).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sitroom.cluster import engine  # noqa: E402
from sitroom.cluster.process_cpu import ThreadMeter, snapshot  # noqa: E402
from sitroom.cluster.runtime import ray_runtime  # noqa: E402


class Sleeper:
    """Stands in for the pipeline actor: each task sleeps for as long as a batch of articles takes."""

    def __init__(self, seconds: float, load_seconds: float):
        self.seconds = seconds
        time.sleep(load_seconds)  # loading the pipeline: Ray Data's helper actors start meanwhile

    def __call__(self, batch):
        import pyarrow as pa

        start = time.time()
        time.sleep(self.seconds)
        n = batch.num_rows  # when the task ran, by which actor: the driver reads the gaps between tasks
        return pa.table({"pid": [os.getpid()] * n, "start": [start] * n, "end": [time.time()] * n})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tasks", type=int, default=30)
    parser.add_argument("--task-seconds", type=float, default=3.0, help="one task's length (16 articles: ~3 s)")
    parser.add_argument("--context", action="append", default=[], metavar="NAME=JSON",
                        help="a Ray Data DataContext attribute to set, e.g. enable_per_node_metrics=false")
    parser.add_argument("--load-seconds", type=float, default=5.0, help="an actor's start (the pipeline loads in ~5-10 s)")
    parser.add_argument("--in-flight", type=int, default=engine.TASKS_IN_FLIGHT, help="tasks handed to an actor at a time")
    parser.add_argument("--no-wait", action="store_true", help="hand out tasks before every actor has started")
    args = parser.parse_args()
    if args.tasks <= args.workers:
        parser.error("--tasks must be more than --workers (the steady state starts after each actor's first task)")

    with ray_runtime(None, args.workers):
        import ray

        ctx = ray.data.DataContext.get_current()
        ctx.wait_for_min_actors_s = -1 if args.no_wait else engine.ACTORS_START_S  # as the engine runs its pool
        for item in args.context:
            name, _, value = item.partition("=")
            if not hasattr(ctx, name):
                parser.error(f"--context {item}: DataContext has no attribute {name!r}")
            setattr(ctx, name, json.loads(value))
        ds = ray.data.from_items([{"task": k} for k in range(args.tasks)], override_num_blocks=args.tasks)
        ds = ds.map_batches(Sleeper, batch_size=1, batch_format="pyarrow", num_cpus=1,
                            fn_constructor_kwargs={"seconds": args.task_seconds, "load_seconds": args.load_seconds},
                            compute=ray.data.ActorPoolStrategy(size=args.workers, max_tasks_in_flight_per_actor=args.in_flight))
        threads = ThreadMeter()

        def mark():
            snap = snapshot("ray")
            snap.threads = threads.read()
            return time.perf_counter(), snap

        done, warm, ran = 0, None, []
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0):
            ran += batch.to_pylist()
            threads.read()  # a thread that ends (the executor's, at the job's end) keeps its time
            done += 1
            if done == args.workers:
                warm = mark()
        end = mark()

    seconds = end[0] - warm[0]
    use = end[1].since(warm[1])
    print(f"steady state: {seconds:.1f} s, {args.tasks - args.workers} tasks of {args.task_seconds:g} s on "
          f"{args.workers} actors; load average {os.getloadavg()[0]:.1f}")
    for name, cpu in sorted(end[1].parts_since(warm[1]).items(), key=lambda kv: -kv[1]):
        print(f"  {cpu:6.2f} CPU s  {cpu / seconds:6.1%} of a core  {name}")
    # The sleeping actors are not titled after the pipeline actor: they count among Ray's processes
    # (as "MapWorker"), with what an idle actor's own threads use.
    print(f"  total {use.total:.2f} CPU s: {use.total / seconds:.3f} cores "
          f"(driver {use.driver / seconds:.3f}, Ray's processes and the idle actors {use.system / seconds:.3f})")
    # An actor idles between two of its tasks while the next one is dispatched to it.
    by_actor: dict[int, list[tuple[float, float]]] = {}
    for task in ran:
        by_actor.setdefault(task["pid"], []).append((task["start"], task["end"]))
    gaps = [b[0] - a[1] for spans in by_actor.values() for a, b in zip(sorted(spans), sorted(spans)[1:])]
    if gaps:
        print(f"  between an actor's tasks: {sum(gaps) / len(gaps) * 1000:.0f} ms on average, at most "
              f"{max(gaps) * 1000:.0f} ms ({args.in_flight} in flight); tasks per actor: "
              f"{', '.join(str(len(spans)) for spans in by_actor.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
