"""`sitroom bench scale`: documents/s and CPU per document on 1 and 2 local processes and 1 and 2 Ray
workers, in one run, over the whole run (loading included) and in the steady state."""

from __future__ import annotations

import json
from typing import Optional

import typer

from . import fail
from .bench import bench_app

PARTS_SHOWN = 8  # the driver's threads and Ray's processes that used the most CPU

STRETCHES = (("whole", "from the start to the last document (starting the workers and loading the pipeline included)"),
             ("steady", "steady state: after every worker's first batch, to the last document"))


def _x(value: Optional[float], fmt: str = "{:.2f}x") -> str:
    return "—" if value is None else fmt.format(value)


@bench_app.command("scale")
def bench_scale(
    docs: int = typer.Option(100, "--docs", min=1, help="Number of documents (the corpus is repeated if smaller)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="JSONL file or folder of .txt/.jsonl (default: the bundled samples)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help="Cut each article at a sentence end before this many characters."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR", help="Ray cluster to use (default: a local Ray runtime per run, with as many CPUs as workers)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """--jobs 1/2 against 1/2 Ray workers on the same documents: documents/s (wall) and CPU seconds per
    document summed over every process of each engine, over the whole run and in the steady state;
    scaling, Ray's overhead, peak memory per worker; the same at full speed (from the CPU figures, which
    other jobs on the machine barely change); the outputs are compared line by line."""
    from ..cluster.bench import run_scale
    from ..cluster.runtime import import_ray
    from ..errors import ConfigError
    from ..evaluation.throughput import load_corpus

    try:
        import_ray()  # before minutes of --jobs runs
    except ConfigError as exc:
        raise fail(f"bench scale: {exc}")
    try:
        documents = load_corpus(corpus, docs, max_chars)
    except (OSError, ValueError) as exc:
        raise fail(f"bench scale: {exc}")
    try:
        result = run_scale(documents, address)
    except ConfigError as exc:  # Ray missing, the cluster unreachable, or a local runtime that did not come up
        raise fail(f"bench scale: {exc}")
    chars = sum(len(d.text) for d in documents) // len(documents)
    if as_json:
        typer.echo(json.dumps(_figures(result, len(documents), chars)))
    else:
        _print(result, len(documents), chars)
    if not result.identical:
        raise typer.Exit(1)


def _figures(result, n_docs: int, chars: int) -> dict:
    def rounded(value: Optional[float]) -> Optional[float]:
        return None if value is None else round(value, 3)

    return {
        "docs": n_docs, "mean_chars": chars, "identical": result.identical, "address": result.address,
        "cpu_counted": "driver and actors" if result.address else "every process of the engine",
        "load_average": [round(result.load_before, 1), round(result.load_after, 1)], "cores": result.cores,
        "runs": [{"engine": r.engine, "workers": r.workers, "peak_mb_per_worker": round(r.peak_mb_per_worker),
                  "load_average": [round(x, 1) for x in r.load],
                  "whole": r.whole.as_dict(), "steady": r.steady.as_dict() if r.steady else None,
                  "runtime_start": r.runtime_start.as_dict() if r.runtime_start else None}
                 for r in result.runs],
        **{which: {"speedup": {engine: rounded(result.speedup(engine, 2, which)) for engine in ("local", "ray")},
                   "ray_cpu_per_doc_over_jobs": {str(n): rounded(result.ray_cpu_ratio(n, which)) for n in (1, 2)},
                   "ray_overhead_vs_jobs2": rounded(result.ray_overhead(2, which))}
           for which, _ in STRETCHES},
        "full_speed": {"docs_per_s": {f"{r.engine}:{r.workers}": rounded(result.full_speed(r.engine, r.workers))
                                      for r in result.runs},
                       "speedup": {engine: rounded(result.full_speedup(engine, 2)) for engine in ("local", "ray")},
                       "ray_overhead_vs_jobs2": rounded(result.full_speed_overhead(2))},
    }


def _print(result, n_docs: int, chars: int) -> None:
    typer.echo(f"{n_docs} documents, mean {chars} characters; load average {result.load_before:.1f} before, "
               f"{result.load_after:.1f} after")
    for which, title in STRETCHES:
        typer.echo(f"{which}: {title}")
        typer.echo(f"  {'run':<18}{'seconds':>9}{'docs':>6}{'docs/s':>9}{'speed-up':>10}{'CPU s/doc':>11}"
                   f"{'driver':>8}{'workers':>9}{'system':>8}{'+engine':>9}{'cores':>7}{'load':>11}")
        for r in result.runs:
            s = getattr(r, which)
            if s is None:
                typer.echo(f"  {r.name:<18}  (too few documents)")
                continue
            cpu = s.cpu.as_dict() if s.cpu else {}
            typer.echo(f"  {r.name:<18}{s.seconds:9.1f}{s.docs:6d}{s.docs_per_s:9.2f}"
                       f"{_x(result.speedup(r.engine, r.workers, which)):>10}{_x(s.cpu_s_per_doc, '{:.3f}'):>11}"
                       + "".join(f"{_x(cpu.get(k), '{:.1f}'):>{w}}" for k, w in (("driver", 8), ("workers", 9), ("system", 8)))
                       + f"{_x(s.around_workers, '{:.0%}'):>9}{_x(s.engine_cores, '{:.2f}'):>7}"
                       + f"{r.load[0]:>6.1f}-{r.load[1]:<4.1f}")
        for r in result.runs:
            s = getattr(r, which)
            if which == "steady" and r.engine == "ray" and s is not None and s.actors and s.docs:
                a = s.actors.as_dict(s.docs, s.seconds)
                typer.echo(f"  {r.name}, the actors: {a['pipeline_cpu_s_per_doc']:.3f} CPU s/doc in the pipeline, "
                           f"{a['around_pipeline_cpu_s_per_doc']:.3f} around it ({_x(a['around_over_pipeline'], '{:.0%}')}), "
                           f"running tasks {_x(a['busy'], '{:.0%}')} of the time")
        for r in result.runs:
            s = getattr(r, which)
            if which == "steady" and r.engine == "ray" and s is not None and s.parts:
                top = sorted(s.parts.items(), key=lambda kv: -kv[1])[:PARTS_SHOWN]
                typer.echo(f"  {r.name}, the engine's own CPU s: " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in top))
        typer.echo(f"  Ray's CPU per document over --jobs': 1 worker {_x(result.ray_cpu_ratio(1, which))}, "
                   f"2 workers {_x(result.ray_cpu_ratio(2, which))}; Ray's overhead against --jobs 2 in documents/s: "
                   f"{_x(result.ray_overhead(2, which), '{:.0%}')}")
    speeds = ", ".join(f"{r.name} {_x(result.full_speed(r.engine, r.workers), '{:.2f}')}" for r in result.runs)
    typer.echo(f"at full speed (steady state, the machine's {result.cores} cores to itself: the engine's own cores "
               f"taken off, the workers at their CPU s per document): documents/s {speeds}; 2 Ray workers "
               f"{_x(result.full_speedup('ray', 2))} one (--jobs 2: {_x(result.full_speedup('local', 2))} --jobs 1); "
               f"Ray's overhead against --jobs 2: {_x(result.full_speed_overhead(2), '{:.0%}')}")
    for r in result.runs:
        if r.runtime_start:
            typer.echo(f"starting the local Ray runtime ({r.name}): {r.runtime_start.seconds:.1f} s, "
                       f"{r.runtime_start.cpu.total:.1f} CPU s (part of the whole run)")
    typer.echo("CPU seconds are summed over the engine's processes: "
               + ("the driver and the actors (the cluster's own processes run elsewhere)" if result.address else
                  "driver, workers, and Ray's own (system: GCS, raylet, agents, Ray Data's helper actors)")
               + "; a busy machine inflates them far less than wall time. +engine: the driver's and system CPU "
               "on top of the workers', read within one run; cores: the same per wall second (it runs whatever "
               "the work, so it weighs more the slower the workers go); load: the 1-minute load average at the "
               "run's start and end")
    typer.echo("peak MB per worker: " + ", ".join(f"{r.name} {r.peak_mb_per_worker:,.0f}" for r in result.runs))
    typer.echo(f"outputs identical across the four runs: {'yes' if result.identical else 'NO'}")
