"""`sitroom brief --since yesterday [--format md|html|text]`: the morning brief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

from . import app, fail
from ._store_cli import DB_OPTION, safe


@app.command()
def brief(
    since: str = typer.Option("yesterday", "--since",
                              help="First day: yesterday, today, 24h, 7d (back from --until when given) or a date "
                                   "(YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Last day (YYYY-MM-DD); today when absent."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, md (Markdown) or html."),
    limit: int = typer.Option(50, "--limit", min=1, help="Most lines per section (the counts cover them all)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of the terminal."),
    db: Optional[str] = DB_OPTION,
):
    """The morning brief: new events by place and type, places whose control changed, single-source claims,
    and commitments whose deadline passed, each line with its evidence (document and sentence)."""
    from ..export.brief import FORMATS, render_brief
    from ..fuse.brief import parse_since, parse_until

    if fmt not in FORMATS:
        raise fail(f"--format {fmt!r}: use one of {', '.join(FORMATS)}", 2)
    now = dt.datetime.now().astimezone()
    try:
        last = parse_until(until, now)
    except ValueError as exc:
        raise fail(f"--until {exc}", 2) from None
    try:
        # --since yesterday (the default), 24h or 7d count back from --until when it is given.
        first = parse_since(since, now, last if until is not None else None)
    except ValueError as exc:
        raise fail(f"--since {exc}", 2) from None
    if first > last:
        raise fail(f"--since {first} is after --until {last}", 2)
    from ..api import brief as make_brief
    from ..api import open_store

    store = open_store(db, create=False)  # a read command: a mistyped --db is an error, not a new store
    try:
        made = make_brief(store, first, last, limit=limit)
        text = render_brief(made, fmt, store_name=store.url)
        newest = store.summary().date_range if not any(made.totals.values()) else None
    finally:
        store.close()
    if newest and newest[1] and newest[1] < first.isoformat():
        # An empty brief over a store whose news is older: say where the news ends.
        day = dt.date.fromisoformat(newest[1][:10])
        typer.echo(f"Nothing in this window: the newest event in the store is dated {newest[1]}; "
                   f"try --since {day - dt.timedelta(days=1)} --until {day}", err=True)
    if output is None:
        # Document text is untrusted: no escape sequence reaches the terminal (newlines are the brief's own).
        typer.echo("\n".join(safe(line) for line in text.split("\n")), nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    typer.echo(f"brief written to {output}", err=True)
