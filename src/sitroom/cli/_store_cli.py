"""What the store commands share: the --db option, event filter options, safe terminal text."""

from __future__ import annotations

import re
from typing import Optional

import typer

from . import fail

DB_OPTION = typer.Option(None, "--db", envvar="SITROOM_DB",
                         help="Database URL or SQLite path (default: ./sitroom.db).")

# Document text is untrusted: escape sequences in it must not reach the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: Optional[str]) -> str:
    """``text`` with control characters replaced one for one (offsets stay valid)."""
    return _CONTROL.sub("\ufffd", text or "")


def event_filter(since: Optional[str], until: Optional[str], types: Optional[list[str]], actor: Optional[str],
                 place: Optional[str], country: Optional[str], min_confidence: Optional[float]):
    """An EventFilter from the shared command-line options; bad dates fail with one line."""
    import datetime as dt

    from ..store import EventFilter

    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise fail(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None
    return EventFilter(since=since, until=until, event_type=types or None, actor=actor, place=place,
                       country=country, min_confidence=min_confidence)


def filter_options():
    """The filter options, as a dict of typer parameters shared by `events` and `export`."""
    return {
        "since": typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD)."),
        "until": typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD)."),
        "types": typer.Option(None, "--type", "-t", help="Event type, e.g. Battles (repeat for several)."),
        "actor": typer.Option(None, "--actor", help="Actor name contains this (either side)."),
        "place": typer.Option(None, "--place", help="Location, district or province contains this, in any spelling (Faryab finds Fāryāb)."),
        "country": typer.Option(None, "--country", help="Country: ISO code (AF) or name."),
        "min_confidence": typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Lowest extraction confidence."),
    }
