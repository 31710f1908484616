"""What the store commands share: the --db option, event filter options checked up front, safe terminal text."""

from __future__ import annotations

import re
from typing import Optional

import typer

from ..environment import ENV
from . import USAGE, fail

DB_OPTION = typer.Option(None, "--db", envvar=ENV["db"],
                         help="Database URL or SQLite path (default: ./sitroom.db).")

# Document text is untrusted: escape sequences in it must not reach the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: Optional[str]) -> str:
    """``text`` with control characters replaced one for one (offsets stay valid)."""
    return _CONTROL.sub("\ufffd", text or "")


# The filter options' names on the command line, for error messages.
FILTER_OPTION_NAMES = {"since": "--since", "until": "--until", "event_type": "--type", "actor": "--actor",
                       "place": "--place", "country": "--country", "min_confidence": "--min-confidence"}


def event_filter(since: Optional[str], until: Optional[str], types: Optional[list[str]], actor: Optional[str],
                 place: Optional[str], country: Optional[str], min_confidence: Optional[float]):
    """An EventFilter from the shared command-line options, checked and with names spelled as stored
    (``--type battles`` is Battles, ``--country afghanistan`` is AF); a bad value fails with one line."""
    from ..errors import ParameterError
    from ..store import EventFilter
    from ..validate import check_event_filter

    f = EventFilter(since=since, until=until, event_type=types or None, actor=actor or None, place=place or None,
                    country=country or None, min_confidence=min_confidence)
    try:
        return check_event_filter(f, FILTER_OPTION_NAMES)
    except ParameterError as exc:
        raise fail(str(exc), USAGE) from None


def checked(name: str, check, value):
    """``check(value)``, or the one-line error ``name: reason`` and exit status 2 (for options typer cannot
    check itself)."""
    if value is None:
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise fail(f"{name}: {exc}", USAGE) from None


def format_option(value: str, formats) -> str:
    """The --format value as listed in ``formats``, given in any case."""
    from ..validate import choice

    return checked("--format", lambda v: choice(v, formats), value)


def open_existing(db: Optional[str]):
    """The store at ``db`` for a command that reads it: a path with no database there is an error,
    not a new empty store (see :func:`sitroom.api.open_store`)."""
    from ..api import open_store

    return open_store(db, create=False)


def filter_options():
    """The filter options, as a dict of typer parameters shared by `events` and `export`."""
    return {
        "since": typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD)."),
        "until": typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD)."),
        "types": typer.Option(None, "--type", "-t", help="Event type, e.g. Battles (repeat for several)."),
        "actor": typer.Option(None, "--actor", help="Actor name contains this (either side)."),
        "place": typer.Option(None, "--place", help="Location, district or province contains this, in any spelling (Faryab finds Fāryāb)."),
        "country": typer.Option(None, "--country", help="Country: ISO code (AF) or name."),
        "min_confidence": typer.Option(None, "--min-confidence", help="Lowest extraction confidence (0 to 1)."),
    }
