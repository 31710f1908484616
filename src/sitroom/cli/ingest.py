"""`sitroom ingest PATH|URL ...`: read reports, extract, and store them."""

from __future__ import annotations

import json
import math
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer

from ..environment import ENV
from . import USAGE, app, fail
from ._interrupt import interruptible
from ._extract_cli import ACTORS_OPTION, ADDRESS_OPTION, ENGINE_OPTION, JOBS_HELP, engine_options, load_settings


# A cap above 4 GB is no cap: the file is read into memory whole.
MAX_MB_LIMIT = 4096.0


def _check_max_mb(value: float) -> None:
    """--max-mb must be a finite size above 0 (nan compares false with everything, so test it first)."""
    if not math.isfinite(value) or not 0 < value <= MAX_MB_LIMIT:
        raise fail(f"--max-mb {value:g} is not a size: give a number of megabytes above 0 and "
                   f"at most {MAX_MB_LIMIT:g}, e.g. --max-mb 50", USAGE)


@contextmanager
def _stdin_as_file(inputs: list[str], max_bytes: int):
    """``inputs`` with ``-`` read from standard input into a temporary file (JSONL when every line is a JSON
    object, HTML when it opens with a tag, plain text otherwise), and the rename that calls it ``stdin``."""
    if "-" not in inputs:
        yield inputs, None
        return
    data = sys.stdin.buffer.read(max_bytes + 1)
    if not data.strip():
        raise fail("-: standard input is empty: pipe a report into it, e.g. `cat report.txt | sitroom ingest -`")
    with tempfile.TemporaryDirectory(prefix="sitroom-stdin-") as tmp:
        path = Path(tmp) / f"stdin{_stdin_kind(data)}"
        path.write_bytes(data)  # over --max-mb, acquire refuses it as it refuses a file
        yield [str(path) if i == "-" else i for i in inputs], lambda text: text.replace(str(path), "stdin")


def _stdin_kind(data: bytes) -> str:
    """The file extension that makes acquire read ``data`` as what it is."""
    head = data.lstrip()[:200].lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>", b"<div")):
        return ".html"
    lines = [line for line in data.splitlines() if line.strip()]
    try:
        if lines and all(isinstance(json.loads(line), dict) for line in lines):
            return ".jsonl"
    except ValueError:
        pass
    return ".txt"


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursively), URLs, feeds, WARCs, JSONL/CSV dumps; - for standard input."),
    db: Optional[str] = typer.Option(None, "--db", envvar=ENV["db"], help="Database URL or SQLite path (default: ./sitroom.db)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help=JOBS_HELP),
    engine: str = ENGINE_OPTION,
    address: Optional[str] = ADDRESS_OPTION,
    max_mb: float = typer.Option(20.0, "--max-mb",
                                 help="Refuse inputs larger than this many megabytes (more than 0, at most 4096)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on private, loopback or link-local addresses."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none."),
    text_field: str = typer.Option("text", help="Dump field holding the article text."),
    title_field: str = typer.Option("title", help="Dump field holding the title."),
    url_field: str = typer.Option("url", help="Dump field holding the URL."),
    published_field: str = typer.Option("published", help="Dump field holding the publication date."),
    source_field: str = typer.Option("source", help="Dump field holding the outlet name."),
    actors: Optional[list[str]] = ACTORS_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Ingest reports into the store: each new document is extracted and stored completely or not at all."""
    _check_max_mb(max_mb)
    settings = load_settings(actors=actors, **engine_options(engine, address, jobs), default_published=published, db=db)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..acquire import AcquireOptions
    from ..api import ingest as run_ingest
    from ..api import open_store

    err = Console(stderr=True)
    acquire = AcquireOptions(
        max_bytes=int(max_mb * 1024 * 1024), allow_private=allow_private,
        text_field=text_field, title_field=title_field, url_field=url_field,
        published_field=published_field, source_field=source_field,
    )
    store = open_store(settings.db)
    stored = [0]

    def said() -> str:
        n = stored[0]
        return f"{n} document{'s' if n != 1 else ''} stored by this run; run the same command again to resume"

    try:
        with interruptible(said), Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True, disable=quiet) as bar:
            task = bar.add_task("", total=None)

            def progress(event: str, detail: str) -> None:
                if event == "ingested":
                    stored[0] += 1
                bar.update(task, advance=1, description=f"{event}: {detail[-60:]}")

            with _stdin_as_file(inputs, acquire.max_bytes) as (paths, rename):
                report = run_ingest(paths, store, acquire, progress=progress, settings=settings, rename=rename)
    finally:
        store.close()
    for source, reason in report.skipped:
        typer.echo(f"Skipped: {source}: {reason}", err=True)
    for source, reason in report.failed:
        typer.echo(f"Error: {source}: {reason}", err=True)
    skipped = f", skipped {len(report.skipped)}" if report.skipped else ""
    typer.echo(
        f"ingested {report.ingested}, already stored {report.already_stored}, duplicates skipped {report.duplicates}, "
        f"near-duplicates linked {report.near_duplicates}, non-English stored {report.non_english}, "
        f"failed {len(report.failed)}{skipped}"
    )
    if report.failed:
        raise typer.Exit(1)
