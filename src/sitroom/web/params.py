"""Query parameters shared by the routes, checked before any query runs, and the event filter dependency.

Names follow :class:`sitroom.store.EventFilter` (and so the CLI's options):
``event_type`` and ``modality`` repeat (``?event_type=Battles&event_type=Protests``),
``bbox`` is ``min_lon,min_lat,max_lon,max_lat``. Every value is checked here, by the same
functions as the CLI's options (:mod:`sitroom.validate`): a bad one is a 422 naming it, before a
query runs or an export starts streaming; names (event types, modalities, intervals) are taken in any case.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional, get_args, get_origin

from fastapi import HTTPException, Query, Request
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from .. import validate
from ..errors import ParameterError
from ..store import EventFilter

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"

# A real calendar date, YYYY-MM-DD.
IsoDate = Annotated[str, AfterValidator(validate.iso_date), WithJsonSchema({"type": "string", "format": "date"})]
# A date checked with the other filters (validate.check_event_filter), so one answer names every bad one.
FilterDate = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
# A confidence checked with the other filters: nan is "not a number", not "should be at most 1".
Confidence = Annotated[float, WithJsonSchema({"type": "number", "minimum": 0, "maximum": 1})]
# A search string of reasonable length (see validate.MAX_TEXT).
SearchText = Annotated[str, AfterValidator(validate.text), WithJsonSchema({"type": "string", "maxLength": validate.MAX_TEXT})]
# Ids of stored rows, and offsets: what a 64-bit database integer holds.
RowId = Annotated[int, Field(ge=1, le=validate.MAX_SQL_INT)]
Offset = Annotated[int, Field(ge=0, le=validate.MAX_SQL_INT)]


def lower(value: Any) -> Any:
    """For enum parameters given in any case (``interval=DAY``)."""
    return value.strip().lower() if isinstance(value, str) else value


LowerCase = BeforeValidator(lower)


def event_filter(
    since: Optional[FilterDate] = Query(None, description="Events ending on or after this date (YYYY-MM-DD)."),
    until: Optional[FilterDate] = Query(None, description="Events starting on or before this date (not before since)."),
    event_type: Optional[list[str]] = Query(None, description="ACLED event type, any case; repeat for several."),
    sub_event_type: Optional[str] = Query(None, description="Sub-event type, any case."),
    actor: Optional[SearchText] = Query(None, description="Substring of actor 1 or actor 2, any case."),
    place: Optional[SearchText] = Query(None, description="Part of the location name, admin1 or admin2, in any spelling (Faryab finds Fāryāb)."),
    country: Optional[SearchText] = Query(None, description="ISO alpha-2 code or country name."),
    admin1: Optional[SearchText] = Query(None, description="Province (admin1) name, in any spelling (Paktia, Paktya: Paktiyā)."),
    min_confidence: Optional[Confidence] = Query(None, description="Lowest confidence, 0 to 1."),
    modality: Optional[list[str]] = Query(None, description="asserted, reported, alleged, claimed, denied, …; repeat for several."),
    source: Optional[SearchText] = Query(None, description="Substring of the reporting source or outlet."),
    document_id: Optional[RowId] = Query(None),
    incident_id: Optional[RowId] = Query(None),
    bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
) -> EventFilter:
    """Build an EventFilter from the query string, every value checked (FastAPI dependency)."""
    box, bad_box = None, None
    if bbox:
        try:
            parts = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            parts = ()
        if len(parts) != 4:
            bad_box = ParameterError("bbox", f"{bbox[:100]!r} is not min_lon,min_lat,max_lon,max_lat")
        else:
            box = parts
    f = EventFilter(
        since=since, until=until, event_type=event_type or None, sub_event_type=sub_event_type or None,
        actor=actor or None, place=place or None, country=country or None, admin1=admin1 or None,
        min_confidence=min_confidence, modality=modality or None, source=source or None,
        document_id=document_id, incident_id=incident_id, bbox=box,
    )
    try:
        checked = validate.check_event_filter(f)
    except ParameterError as exc:
        raise ParameterError.several([exc, bad_box] if bad_box else [exc]) from None
    if bad_box:
        raise bad_box
    return checked


def get_store(request: Request):
    """The store the app was created over (FastAPI dependency)."""
    return request.app.state.store


def json_body(raw: bytes) -> Any:
    """The JSON document a POST body holds, or a 422 saying why not (bad JSON, nested too deep, a lone
    surrogate escape that no text column can store)."""
    try:
        value = json.loads(raw or b"{}")
    except RecursionError:
        raise HTTPException(422, "invalid JSON body: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, integers of 4,300+ digits
        raise HTTPException(422, f"invalid JSON body: {str(exc).splitlines()[0][:200]}") from None
    _check_strings(value)
    return value


def _check_strings(value: Any) -> None:
    # json.loads keeps "\ud800" as a lone surrogate: valid JSON, but not text UTF-8 (or a database) can hold.
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if validate.SURROGATE.search(v):
                raise HTTPException(422, "invalid JSON body: a string holds a lone surrogate (\\ud800-\\udfff), "
                                         "which is not text; send UTF-8")
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


_ALLOWED: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _repeats(annotation: Any) -> bool:
    """Whether a parameter of this type takes several values (``Optional[list[str]]``)."""
    origin = get_origin(annotation)
    if origin in (list, tuple, set, frozenset):
        return True
    return any(_repeats(arg) for arg in get_args(annotation))


def _query_names(dependant) -> tuple[set[str], set[str]]:
    names = {p.alias for p in dependant.query_params}
    many = {p.alias for p in dependant.query_params if _repeats(p.field_info.annotation)}
    for sub in dependant.dependencies:
        sub_names, sub_many = _query_names(sub)
        names |= sub_names
        many |= sub_many
    return names, many


def _allowed_parameters(route) -> tuple[frozenset[str], frozenset[str]]:
    """The query parameters a route takes, and those of them that may repeat."""
    key = id(route)
    if key not in _ALLOWED:
        names, many = _query_names(route.dependant)
        _ALLOWED[key] = (frozenset(names), frozenset(many))
    return _ALLOWED[key]


def known_parameters(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take (router dependency).

    A misspelt filter (``?plcae=Kabul``) would otherwise be ignored and answer every event with a 200,
    which reads as "this is what matches".
    A single-valued parameter given twice is refused too.
    RAISES ParameterError: naming the first unknown parameter and the ones the endpoint takes.
    """
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    allowed, many = _allowed_parameters(route)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) if allowed else "no query parameters"
        raise ParameterError(unknown[0][:100], f"unknown parameter; this endpoint takes {takes}")
    # ?limit=10&limit=500 would silently answer with one of them; which one is the framework's choice.
    seen: set[str] = set()
    for name, _ in request.query_params.multi_items():
        if name in seen and name not in many:
            raise ParameterError(name[:100], "given more than once; it takes one value")
        seen.add(name)
