"""`sitroom bench scale`: documents/s on 1 and 2 local processes and 1 and 2 Ray workers, in one run."""

from __future__ import annotations

import json
from typing import Optional

import typer

from . import fail
from .bench import bench_app


@bench_app.command("scale")
def bench_scale(
    docs: int = typer.Option(100, "--docs", min=1, help="Number of documents (the corpus is repeated if smaller)."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="JSONL file or folder of .txt/.jsonl (default: the bundled samples)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help="Cut each article at a sentence end before this many characters."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR", help="Ray cluster to use (default: a local Ray runtime with 2 CPUs)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """--jobs 1/2 against 1/2 Ray workers on the same documents: documents/s, scaling efficiency, Ray's
    overhead, peak memory per worker; the outputs are compared line by line."""
    from ..cluster.bench import run_scale
    from ..evaluation.throughput import load_corpus

    try:
        documents = load_corpus(corpus, docs, max_chars)
    except (OSError, ValueError) as exc:
        raise fail(f"bench scale: {exc}")
    result = run_scale(documents, address)
    chars = sum(len(d.text) for d in documents) // len(documents)
    if as_json:
        typer.echo(json.dumps({
            "docs": len(documents), "mean_chars": chars, "identical": result.identical,
            "runs": [{"engine": r.engine, "workers": r.workers, "seconds": round(r.seconds, 2),
                      "docs_per_s": round(r.docs_per_s, 2), "peak_mb_per_worker": round(r.peak_mb_per_worker),
                      "cpu_s_per_doc": round(r.cpu_s_per_doc, 3)}
                     for r in result.runs],
            "efficiency": {"local": round(result.efficiency("local", 2), 3), "ray": round(result.efficiency("ray", 2), 3)},
            "ray_overhead_vs_jobs2": round(result.ray_overhead(2), 3)}))
    else:
        typer.echo(f"{len(documents)} documents, mean {chars} characters; each run includes loading the pipeline in its workers")
        typer.echo(f"  {'run':<18}{'seconds':>9}{'docs/s':>9}{'speed-up':>10}{'efficiency':>12}{'peak MB/worker':>16}{'CPU s/doc':>11}")
        for r in result.runs:
            one = result.run(r.engine, 1).docs_per_s
            speedup = r.docs_per_s / one if one else 0.0
            typer.echo(f"  {r.name:<18}{r.seconds:9.1f}{r.docs_per_s:9.2f}{speedup:9.2f}x"
                       f"{speedup / r.workers:12.0%}{r.peak_mb_per_worker:16,.0f}{r.cpu_s_per_doc:11.2f}")
        typer.echo("CPU s/doc: the workers' CPU time (loading the pipeline included) per document, which a busy "
                   "machine does not inflate as it does wall time")
        typer.echo(f"Ray's overhead against --jobs 2: {result.ray_overhead(2):.0%} fewer documents/s")
        typer.echo(f"outputs identical across the four runs: {'yes' if result.identical else 'NO'}")
    if not result.identical:
        raise typer.Exit(1)
