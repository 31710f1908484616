"""Values users give, checked before any work starts: dates, ids, counts, sizes, names of things in any case.

The command line and the web API share these checks, so ``--since 2021-13-01`` and ``?since=2021-13-01``
are refused for the same reason, before a query runs or an export starts streaming. The small checks raise
``ValueError`` with the reason (pydantic turns it into a 422 in the API; the CLI prints it after the
option's name); :func:`check_event_filter` and :func:`check_claim_filter` name the parameter in a
:class:`~sitroom.errors.ParameterError`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Iterable, Mapping, Optional, get_args

from .errors import ParameterError, StoreError
from .records import Modality
from .store import ClaimFilter, EventFilter

# SQLite's INTEGER and PostgreSQL's bigint: a larger id, offset or limit cannot even be compared.
MAX_SQL_INT = 2**63 - 1
# Substring filters (actor, place, quote...): names and phrases, not documents. SQLite refuses LIKE
# patterns over 50,000 bytes; a cap far below that keeps every filter a cheap, answerable query.
MAX_TEXT = 500
# A filter value repeated more often than there are names to choose from is a mistake or an attack.
MAX_REPEAT = 50
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SURROGATE = re.compile(r"[\ud800-\udfff]")

MODALITIES: tuple[str, ...] = get_args(Modality)


def iso_date(value: str) -> str:
    """``value`` if it is a real calendar date written YYYY-MM-DD (2021-02-30 is not)."""
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a real date: {exc}") from None
    return value


def sql_int(value: int, minimum: int = 0) -> int:
    """``value`` if it lies between ``minimum`` and the largest integer the database holds."""
    if not minimum <= value <= MAX_SQL_INT:
        raise ValueError(f"{value} is out of range ({minimum} to {MAX_SQL_INT})")
    return value


def finite(value: float, minimum: Optional[float] = None, maximum: Optional[float] = None) -> float:
    """``value`` if it is a finite number within the bounds given."""
    if math.isnan(value):
        raise ValueError(f"{value} is not a number")
    if not math.isfinite(value):
        raise ValueError(f"{value} is not a finite number")
    if minimum is not None and value < minimum or maximum is not None and value > maximum:
        low = "" if minimum is None else f"at least {minimum:g}"
        high = "" if maximum is None else f"at most {maximum:g}"
        raise ValueError(f"{value:g} must be {' and '.join(x for x in (low, high) if x)}")
    return value


def text(value: str) -> str:
    """A search string: at most :data:`MAX_TEXT` characters, valid Unicode, no NUL."""
    if len(value) > MAX_TEXT:
        raise ValueError(f"{len(value)} characters is too long a search (at most {MAX_TEXT})")
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    if SURROGATE.search(value):
        # What undecodable bytes on a command line become (surrogateescape); the database cannot hold them.
        raise ValueError("holds bytes that are not UTF-8 text")
    return value


def choice(value: str, choices: Iterable[str]) -> str:
    """The entry of ``choices`` that ``value`` names, in any case and with surrounding spaces ignored."""
    choices = tuple(choices)
    wanted = value.strip().casefold()
    for c in choices:
        if c.casefold() == wanted:
            return c
    raise ValueError(f"{value!r} is not one of {', '.join(choices)}")


def choices(values: Iterable[str], allowed: Iterable[str]) -> list[str]:
    """Each value's canonical name (see :func:`choice`), each once, in the order given."""
    allowed = tuple(allowed)
    values = list(values)
    if len(values) > MAX_REPEAT:
        raise ValueError(f"{len(values)} values given; at most {MAX_REPEAT}")
    out: list[str] = []
    for v in values:
        c = choice(v, allowed)
        if c not in out:
            out.append(c)
    return out


@lru_cache(maxsize=1)
def claim_kinds() -> tuple[str, ...]:
    """Every kind claims are stored with (the extractor's kinds, "demand" among the forward-looking ones)."""
    from .extract.claims import FORWARD_KINDS
    from .extract.claims.kinds import KINDS

    return tuple(dict.fromkeys([*KINDS, *sorted(FORWARD_KINDS)]))


def claim_kind(value: str) -> str:
    """``value`` if it is part of a claim kind, in any case (``control`` finds territorial control); a value no
    kind holds would match nothing, which reads as "no such claims"."""
    wanted = value.strip().casefold()
    if not any(wanted in k.casefold() for k in claim_kinds()):
        raise ValueError(f"{value[:100]!r} is not a claim kind (or part of one): {', '.join(claim_kinds())}")
    return value


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """Every event type events are stored with: ACLED's six, then sitroom's extra ones."""
    from .extract.events.taxonomy import SUB_EVENT_TYPES

    return tuple(dict.fromkeys(t.event_type for t in SUB_EVENT_TYPES))


@lru_cache(maxsize=1)
def sub_event_types() -> tuple[str, ...]:
    from .extract.events.taxonomy import SUB_EVENT_TYPES

    return tuple(dict.fromkeys(t.sub_event_type for t in SUB_EVENT_TYPES))


def sort_key(value: str, keys: Iterable[str]) -> str:
    """A sort such as ``-Date`` as the store spells it (``-date``); the key in any case."""
    value = value.strip()
    descending = value.startswith("-")
    key = choice(value.lstrip("-+"), sorted(keys))
    return ("-" if descending else "") + key


def _field(name: str, names: Mapping[str, str], check, value):
    try:
        return check(value)
    except ValueError as exc:
        raise ParameterError(names.get(name, name), str(exc)) from None


def check_event_filter(f: EventFilter, names: Mapping[str, str] = {}) -> EventFilter:  # noqa: B006 (read only)
    """``f`` with every value checked and names spelled as stored (``battles`` -> ``Battles``, ``Afghanistan``
    -> ``AF``), so a bad value fails here, before any query, count or export starts.

    names (mapping): field -> the parameter's name as the user gave it (``event_type`` -> ``--type``).
    RAISES ParameterError: naming every parameter with a bad value and the reason, and a ``since`` after
    ``until``.
    """
    from .store.queries import country_code

    update: dict = {}
    errors: list[ParameterError] = []

    def field(key: str, check, value):
        try:
            return _field(key, names, check, value)
        except ParameterError as exc:
            errors.append(exc)
            return value

    for key in ("since", "until"):
        if getattr(f, key):
            update[key] = field(key, iso_date, getattr(f, key))
    if f.event_type:
        update["event_type"] = field("event_type", lambda v: choices(v, event_types()), f.event_type)
    if f.sub_event_type:
        update["sub_event_type"] = field("sub_event_type", lambda v: choice(v, sub_event_types()), f.sub_event_type)
    if f.modality:
        update["modality"] = field("modality", lambda v: choices(v, MODALITIES), f.modality)
    for key in ("actor", "place", "country", "admin1", "source"):
        if getattr(f, key):
            field(key, text, getattr(f, key))
    if f.country and not any(e.name == names.get("country", "country") for e in errors):
        try:
            update["country"] = country_code(f.country)
        except StoreError as exc:
            errors.append(ParameterError(names.get("country", "country"), str(exc)))
    if f.min_confidence is not None:
        field("min_confidence", lambda v: finite(v, 0, 1), f.min_confidence)
    for key in ("document_id", "incident_id"):
        if getattr(f, key) is not None:
            field(key, lambda v: sql_int(v, 1), getattr(f, key))
    if f.bbox:
        field("bbox", check_bbox, f.bbox)
    if not errors:
        _check_order(f.since, f.until, names)
    if errors:
        raise ParameterError.several(errors)
    return f.model_copy(update=update)


class InvertedRange(ParameterError):
    """``since`` after ``until``: a usage error (the command line exits 2, as ``sitroom brief`` does)."""


def _check_order(since: Optional[str], until: Optional[str], names: Mapping[str, str]) -> None:
    """A range that ends before it starts matches nothing: a mistake, not an empty answer."""
    if since and until and since > until:
        raise InvertedRange(names.get("since", "since"), f"{since} is after {names.get('until', 'until')} {until}; nothing can match")


def check_bbox(box) -> tuple[float, float, float, float]:
    """min_lon, min_lat, max_lon, max_lat: finite, on the globe, minimums not above maximums."""
    min_lon, min_lat, max_lon, max_lat = (float(x) for x in box)
    for v in (min_lon, min_lat, max_lon, max_lat):
        finite(v)
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ValueError("longitudes must lie in -180..180 and latitudes in -90..90 (min_lon,min_lat,max_lon,max_lat)")
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError("the minimum longitude and latitude must not exceed the maximums (min_lon,min_lat,max_lon,max_lat)")
    return (min_lon, min_lat, max_lon, max_lat)


def check_claim_filter(f: ClaimFilter, names: Mapping[str, str] = {}) -> ClaimFilter:  # noqa: B006 (read only)
    """``f`` checked like :func:`check_event_filter`: dates, ids, search strings, modalities in any case."""
    update: dict = {}
    for key in ("since", "until"):
        if getattr(f, key):
            update[key] = _field(key, names, iso_date, getattr(f, key))
    for key in ("kind", "speaker", "q"):
        if getattr(f, key):
            _field(key, names, text, getattr(f, key))
    if f.kind:
        _field("kind", names, claim_kind, f.kind)
    if f.modality:
        update["modality"] = _field("modality", names, lambda v: choices(v, MODALITIES), f.modality)
    if f.document_id is not None:
        _field("document_id", names, lambda v: sql_int(v, 1), f.document_id)
    _check_order(update.get("since"), update.get("until"), names)
    if f.events is not None:
        update["events"] = check_event_filter(f.events, names)
    return f.model_copy(update=update)
