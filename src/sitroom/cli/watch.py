"""`sitroom watch FEED|URL ... --every 15m`: poll feeds and pages, ingest what is new, until stopped."""

from __future__ import annotations

import datetime as dt
import signal
import time
from typing import Optional

import typer

from . import app, fail
from ._extract_cli import ACTORS_OPTION, load_settings
from ._store_cli import DB_OPTION, safe


@app.command()
def watch(
    urls: list[str] = typer.Argument(..., help="RSS/Atom feeds and pages (http or https URLs)."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 15m, 90s, 1h, 1h30m or seconds."),
    once: bool = typer.Option(False, "--once", help="Poll each URL once and exit (for cron); exit 1 if anything failed."),
    db: Optional[str] = DB_OPTION,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for extraction."),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Refuse pages and feeds larger than this many megabytes."),
    timeout: float = typer.Option(20.0, "--timeout", min=1.0, help="Seconds allowed to connect and for each read."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Allow URLs on private, loopback or link-local addresses."),
    actors: Optional[list[str]] = ACTORS_OPTION,
):
    """Poll feeds and pages, and ingest each entry not seen before; what was seen is kept in the store.

    Each poll asks the server only for what changed since the last (ETag, Last-Modified), and reads
    only the feed entries not handled before, so a restarted watch carries on where it stopped.
    One line per URL and poll. Ctrl-C (or SIGTERM) stops it between two documents; nothing is half-stored.
    """
    from ..watch import parse_interval

    try:
        every_s = parse_interval(every)
    except ValueError as exc:
        raise fail(f"--every: {exc}", 2) from None
    settings = load_settings(actors=actors, jobs=jobs, db=db)
    from ..acquire import AcquireOptions
    from ..api import open_store

    acquire = AcquireOptions(max_bytes=int(max_mb * 1024 * 1024), allow_private=allow_private, timeout=timeout)
    store = open_store(settings.db)
    # SIGTERM (a service manager stopping the watch) ends it as Ctrl-C does.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    rounds = 0
    try:
        while True:
            started = dt.datetime.now(dt.timezone.utc)
            ok = _poll_round(urls, store, acquire, settings)
            rounds += 1
            if once:
                if not ok:
                    raise typer.Exit(1)
                return
            from ..watch import next_poll

            wait = next_poll(started, every_s, dt.datetime.now(dt.timezone.utc))
            typer.echo(f"next poll at {_stamp(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=wait))}",
                       err=True)
            time.sleep(wait)
    except KeyboardInterrupt:
        typer.echo(f"watch stopped after {rounds} poll{'s' if rounds != 1 else ''}; "
                   "what was seen is kept in the store", err=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()


def _poll_round(urls: list[str], store, acquire, settings) -> bool:
    from ..watch import poll_one

    ok = True
    for url in urls:
        report = poll_one(url, store, acquire, settings)
        ok = ok and report.ok
        stamp = _stamp(dt.datetime.now(dt.timezone.utc))
        if report.error:
            typer.echo(f"Error: {safe(url)}: {' '.join(safe(report.error).split())}", err=True)
            continue
        for item, reason in report.failed:
            typer.echo(f"Error: {safe(item)}: {' '.join(safe(reason).split())}", err=True)
        if report.status == "not modified":
            typer.echo(f"{stamp} {safe(url)}: not modified")
        elif report.status == "unchanged":
            typer.echo(f"{stamp} {safe(url)}: nothing new")
        else:
            given_up = f" ({report.given_up} given up)" if report.given_up else ""
            retried = f", {report.retried} retried" if report.retried else ""
            typer.echo(f"{stamp} {safe(url)}: {report.new} new{retried}, ingested {report.ingested}, "
                       f"duplicates skipped {report.duplicates}, failed {len(report.failed)}{given_up}")
    return ok


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
