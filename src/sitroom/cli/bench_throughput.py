"""`sitroom bench throughput`: extract speed against bare spaCy on the same texts."""

from __future__ import annotations

from typing import Optional

import typer

from .bench import bench_app


@bench_app.command("throughput")
def throughput(
    docs: int = typer.Option(200, "--docs", min=1, help="Number of documents (the corpus is repeated if smaller)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes for both spaCy and sitroom."),
    corpus: Optional[str] = typer.Option(None, "--corpus", help="JSONL file or folder of .txt/.jsonl (default: the bundled samples)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help="Cut each article at a sentence end before this many characters (e.g. 2000)."),
):
    """Articles/s of the full pipeline vs bare spaCy parsing, the ratio, and peak memory."""
    from rich.console import Console
    from rich.table import Table

    from ..evaluation.throughput import load_corpus, run_throughput

    documents = load_corpus(corpus, docs, max_chars)
    result = run_throughput(documents, jobs=jobs)
    table = Table(title=f"throughput: {len(documents)} documents, mean {result.sitroom.chars // len(documents)} chars, --jobs {jobs}")
    for col in ("run", "seconds", "articles/s", "chars/s", "peak memory MB (PSS)"):
        table.add_column(col, justify="right" if col != "run" else "left")
    for p in (result.baseline, result.sitroom):
        table.add_row(p.name, f"{p.seconds:.1f}", f"{p.docs_per_s:.1f}", f"{p.chars / p.seconds:,.0f}", f"{p.peak_rss_mb:,.0f}")
    Console().print(table)
    typer.echo(f"ratio sitroom/spaCy: {result.ratio:.2f}")
