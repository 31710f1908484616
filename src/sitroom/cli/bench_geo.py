"""`sitroom bench geo FILE.xml`: geoparsing quality and speed on GeoVirus / TR-News."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import fail
from .bench import bench_app


@bench_app.command("geo")
def bench_geo(
    corpus: Path = typer.Argument(..., help="GeoVirus.xml or TR-News.xml (toponyms marked with coordinates)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N articles."),
    demonyms: bool = typer.Option(False, "--demonyms", help="Count nationality words (role origin) as toponyms, as TR-News marks them."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Recognition P/R/F1 by span overlap, accuracy within 161 km (recognised and end to end),
    median error, and the places stage's time against the bare spaCy parse."""
    from ..evaluation.geo import read_corpus, run_benchmark

    if not corpus.exists():
        raise fail(f"no such corpus file: {corpus}")
    docs = read_corpus(str(corpus))[:limit]
    roles = ("location", "metonym", "origin") if demonyms else ("location", "metonym")
    scores = run_benchmark(docs, roles=roles)
    figures = scores.as_dict()
    if as_json:
        typer.echo(json.dumps(figures))
        return
    typer.echo(f"{corpus.name}: {figures['documents']} documents, {figures['gold_toponyms']} gold toponyms, "
               f"{figures['predicted']} predicted")
    typer.echo(f"recognition  P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    typer.echo(f"accuracy@161km  recognised {figures['accuracy_161km_recognised']:.3f}  "
               f"end to end {figures['accuracy_161km_end_to_end']:.3f}  median error {figures['median_error_km']:.1f} km")
    typer.echo(f"speed  spaCy parse {figures['parse_seconds']:.2f} s  places stage {figures['places_seconds']:.2f} s  "
               f"overhead {100 * figures['places_overhead']:.1f}%")


@bench_app.command("geo-speed")
def bench_geo_speed(
    documents: Path = typer.Argument(..., help="JSONL of documents (a 'text' field each)."),
    limit: int = typer.Option(100, help="Only the first N documents."),
) -> None:
    """Time of the places stage against the bare spaCy parse of the same documents."""
    from ..evaluation.geo import measure_speed

    if not documents.exists():
        raise fail(f"no such file: {documents}")
    texts = []
    with open(documents, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and len(texts) < limit:
                texts.append(json.loads(line)["text"])
    figures = measure_speed(texts).as_dict()
    typer.echo(json.dumps(figures))
