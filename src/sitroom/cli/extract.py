"""`sitroom extract`: the pipeline as a stateless JSONL filter, no database."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import app, fail
from ._extract_cli import ACTORS_OPTION, load_settings


@app.command()
def extract(
    input: str = typer.Option("-", "--input", "-i", help="JSONL file of documents (id, text, [published, title, url, source]); - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="JSONL file to write; - for stdout."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (use your core count)."),
    publication_date: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none."),
    actors: Optional[list[str]] = ACTORS_OPTION,
):
    """Extract places, actors, events and claims from JSONL documents into JSONL."""
    from ..api import extract_jsonl

    settings = load_settings(actors=actors, jobs=jobs, default_published=publication_date)
    src = sys.stdin if input == "-" else _open(input, "r")
    dst = sys.stdout if output == "-" else _open(output, "w")
    try:
        stats = extract_jsonl(src, dst, settings)
    finally:
        if dst is not sys.stdout:
            dst.close()
    for line in stats.errors:
        typer.echo(f"Error: {line}", err=True)
    typer.echo(f"extracted {stats.ok} documents, {len(stats.errors)} failed", err=True)
    if stats.errors:
        raise typer.Exit(1)


def _open(path: str, mode: str):
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror}")
