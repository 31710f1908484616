"""`sitroom extract`: the pipeline as a stateless JSONL filter, no database."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from ..lang.en.wording import count
from . import app, fail
from ._extract_cli import ACTORS_OPTION, ADDRESS_OPTION, ENGINE_OPTION, JOBS_HELP, engine_options, load_settings


@app.command()
def extract(
    input: str = typer.Option("-", "--input", "-i", help="JSONL file of documents (id, text, and optionally published, title, url, source); - for stdin. With --engine ray: JSONL or Parquet shards, as a file, a folder or a glob."),
    output: str = typer.Option("-", "--output", "-o", help="JSONL file to write; - for stdout. With --engine ray, a folder (ending in /, or existing) gets one JSONL shard per input shard."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help=JOBS_HELP),
    publication_date: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none."),
    actors: Optional[list[str]] = ACTORS_OPTION,
    engine: str = ENGINE_OPTION,
    address: Optional[str] = ADDRESS_OPTION,
):
    """Extract places, actors, events and claims from JSONL documents into JSONL."""
    settings = load_settings(actors=actors, default_published=publication_date, **engine_options(engine, address, jobs))
    if settings.engine == "ray" and input != "-":
        return _extract_on_ray(input, output, settings)
    from ..api import extract_jsonl

    src = sys.stdin if input == "-" else _open(input, "r")
    dst = sys.stdout if output == "-" else _open(output, "w")
    try:
        stats = extract_jsonl(src, dst, settings)
    finally:
        if dst is not sys.stdout:
            dst.close()
    _finish(stats.ok, stats.errors)


def _extract_on_ray(input: str, output: str, settings) -> None:
    import os

    from ..cluster import extract_shards

    folder = output.endswith(("/", os.sep)) or os.path.isdir(output)
    dst = None if folder else (sys.stdout if output == "-" else _open(output, "w"))
    try:
        report = extract_shards(input, settings, output=output if folder else None, dst=dst)
    finally:
        if dst is not None and dst is not sys.stdout:
            dst.close()
    if report.workers.docs:
        typer.echo(report.workers.summary(), err=True)
    if report.skipped_shards:
        typer.echo(f"skipped {count(report.skipped_shards, 'shard')} already in {output}", err=True)
    _finish(report.ok, report.errors)


def _finish(ok: int, errors: list[str]) -> None:
    for line in errors:
        typer.echo(f"Error: {line}", err=True)
    typer.echo(f"extracted {count(ok, 'document')}, {len(errors)} failed", err=True)
    if errors:
        raise typer.Exit(1)


def _open(path: str, mode: str):
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror}")
