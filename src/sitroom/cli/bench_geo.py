"""`sitroom bench geo FILE.xml`: geoparsing quality and speed on GeoVirus / TR-News."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import USAGE, fail
from .bench import bench_app


@bench_app.command("geo")
def bench_geo(
    corpus: Path = typer.Argument(..., help="GeoVirus.xml or TR-News.xml (toponyms marked with coordinates)."),
    limit: Optional[int] = typer.Option(None, min=1, help="Only the first N articles."),
    demonyms: Optional[bool] = typer.Option(
        None, "--demonyms/--no-demonyms",
        help="Count nationality words (role origin) as toponyms; default: as the corpus marks them (TR-News does, GeoVirus does not)."),
    half: Optional[str] = typer.Option(
        None, "--half", help="Only the even- or odd-indexed articles (even|odd): develop on one half, check on the other."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Recognition P/R/F1 by span overlap, accuracy within 161 km (recognised and end to end),
    median error, and the places stage's time against the bare spaCy parse."""
    from ..evaluation.geo import HALVES, half_of, read_corpus, run_benchmark

    if not corpus.exists():
        raise fail(f"no such corpus file: {corpus}")
    if half is not None and half.lower() not in HALVES:
        raise fail(f"--half: {half!r} is not even or odd", USAGE)
    docs = half_of(read_corpus(str(corpus))[:limit], half.lower() if half else None)
    roles = None if demonyms is None else ("location", "metonym", "origin") if demonyms else ("location", "metonym")
    scores = run_benchmark(docs, roles=roles)
    figures = scores.as_dict()
    if as_json:
        typer.echo(json.dumps(figures))
        return
    which = f" ({half.lower()} half)" if half else ""
    counted = "nationality words counted" if (demonyms if demonyms is not None else any(d.marks_demonyms for d in docs)) \
        else "nationality words not counted"
    typer.echo(f"{corpus.name}{which}: {figures['documents']} documents, {figures['gold_toponyms']} gold toponyms, "
               f"{figures['predicted']} predicted; {counted}")
    typer.echo(f"recognition  P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}")
    typer.echo(f"accuracy@161km  recognised {figures['accuracy_161km_recognised']:.3f}  "
               f"end to end {figures['accuracy_161km_end_to_end']:.3f}  median error {figures['median_error_km']:.1f} km")
    typer.echo(f"speed  spaCy parse {figures['parse_seconds']:.2f} s  places stage {figures['places_seconds']:.2f} s  "
               f"overhead {100 * figures['places_overhead']:.1f}%")


@bench_app.command("geo-speed")
def bench_geo_speed(
    documents: Path = typer.Argument(..., help="JSONL of documents (a 'text' field each)."),
    limit: int = typer.Option(100, min=1, help="Only the first N documents."),
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
