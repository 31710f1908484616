"""Filters to SQL conditions, shared by event listings, counts, stats and exports."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import and_, false, func, literal, or_, select

from ..errors import StoreError
from .models import ClaimFilter, EventFilter
from .placekeys import MIN_PART_KEY, query_keys
from .schema import claims, documents, events

EVENT_SORTS = {
    "date": (events.c.date_start,),
    "confidence": (events.c.confidence,),
    "fatalities": (events.c.fatalities,),
    "type": (events.c.event_type, events.c.sub_event_type),
    "country": (events.c.country,),
    "id": (events.c.id,),
    "evidence": (events.c.document_id, events.c.evidence_start),
}


def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a country name ("AF", "afg", "Afghanistan")."""
    import pycountry

    value = value.strip()
    if len(value) == 2 and value.isalpha():
        # XK: Kosovo, which GeoNames (and so the gazetteer) codes outside ISO 3166.
        if value.upper() == "XK" or pycountry.countries.get(alpha_2=value.upper()):
            return value.upper()
        raise StoreError(f"unknown country code {value!r}; give an ISO 3166 code (AF) or a name (Afghanistan)")
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(value)[0].alpha_2
        except LookupError:
            raise StoreError(f"unknown country {value!r}; give an ISO code (AF) or a name (Afghanistan)") from None


def contains(col, value: str, dialect: str):
    """Case-insensitive substring match. SQLite's LIKE ignores ASCII case already, and is
    much faster on a bare column than lower(col) LIKE lower(?)."""
    if dialect == "sqlite":
        return col.contains(value, autoescape=True)
    return col.icontains(value, autoescape=True)


def contains_lower(key, value: str):
    """What ``contains(col, value, "postgresql")`` answers, over ``key`` holding ``lower(col)``: on a UTF-8
    database PostgreSQL's ILIKE is lower() of the value and of the pattern, compared as LIKE compares them;
    here lower() runs once on the pattern instead of once per row (the roll-ups' actor keys, 0016)."""
    escaped = value.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return key.like(literal("%") + func.lower(literal(escaped, type_=key.type)) + literal("%"), escape="/")


def place_match(key_cols: tuple, name_cols: tuple, query: str, dialect: str):
    """A place name typed by a user, matched against the stored names' search keys, so accents and
    transliteration variants do not matter ("Faryab", "Paktya" find "Fāryāb", "Paktiyā").
    A query with no letters or digits to fold matches the names themselves."""
    keys = query_keys(query)
    if not keys:
        return or_(*[contains(col, query, dialect) for col in name_cols])
    return or_(*[key_condition(col, keys) for col in key_cols])


def key_condition(col, keys: list[str]):
    """Whether search-key column ``col`` matches one of a query's ``keys`` (:func:`place_match`)."""
    # Keys are lowercase ASCII already: a plain LIKE, the same on both back ends; as key_matches does.
    return or_(*[col.contains(k, autoescape=True) if len(k) >= MIN_PART_KEY else col == k for k in keys])


def needs_documents(f: Optional[EventFilter]) -> bool:
    """Whether filtering by ``f`` needs the documents table joined."""
    return bool(f and f.source)


def event_conditions(f: Optional[EventFilter], dialect: str = "postgresql", c=None, names=None) -> list:
    """SQL conditions for ``f`` over ``events`` (joined with ``documents`` when :func:`needs_documents`);
    ``c``: the columns of another table holding the events' columns by the same names (a roll-up);
    ``names``: the names the actor and place filters match, looked up in the roll-ups (names.NameSets),
    matched by equality instead of the substring (over ``events`` only)."""
    if f is None:
        return []
    c = events.c if c is None else c
    actor_names = names.actor if names is not None else None
    place_names = names.place if names is not None else None
    source_names = names.source if names is not None else None
    conds = []
    if f.since:
        conds.append(c.date_end >= f.since)
    if f.until:
        conds.append(c.date_start <= f.until)
    if f.event_type:
        conds.append(c.event_type.in_(f.event_type))
    if f.sub_event_type:
        conds.append(c.sub_event_type == f.sub_event_type)
    if f.actor and actor_names is not None:
        conds.append(_in_any(c, actor_names))
    elif f.actor and dialect == "postgresql" and "actor1_key" in c:  # a roll-up holding lower(actor)
        conds.append(or_(contains_lower(c.actor1_key, f.actor), contains_lower(c.actor2_key, f.actor)))
    elif f.actor:
        conds.append(or_(contains(c.actor1, f.actor, dialect), contains(c.actor2, f.actor, dialect)))
    if f.place and place_names is not None:
        conds.append(_in_any(c, place_names))
    elif f.place:
        conds.append(place_match((c.location_key, c.admin1_key, c.admin2_key),
                                 (c.location_name, c.admin1, c.admin2), f.place, dialect))
    if f.country:
        conds.append(c.country == country_code(f.country))
    if f.admin1:
        keys = query_keys(f.admin1)
        conds.append(c.admin1_key.in_(keys) if keys else c.admin1 == f.admin1)
    if f.min_confidence is not None:
        conds.append(c.confidence >= f.min_confidence)
    if f.modality:
        conds.append(c.modality.in_(f.modality))
    if f.source and source_names is not None:
        conds.append(_in_any(c, source_names))
    elif f.source:
        conds.append(or_(contains(c.source, f.source, dialect),
                         contains(documents.c.source, f.source, dialect)))
    if f.document_id is not None:
        conds.append(c.document_id == f.document_id)
    if f.incident_id is not None:
        conds.append(c.incident_id == f.incident_id)
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        conds.append(and_(c.lon >= min_lon, c.lon <= max_lon, c.lat >= min_lat, c.lat <= max_lat))
    if f.located is True:
        conds.append(and_(c.lat.is_not(None), c.lon.is_not(None)))
    elif f.located is False:
        conds.append(or_(c.lat.is_(None), c.lon.is_(None)))
    return conds


def _in_any(c, values: dict):
    """Whether any of the columns named in ``values`` holds one of its values (false when none has any)."""
    parts = [c[name].in_(sorted(vals)) for name, vals in values.items() if vals]
    return or_(*parts) if parts else false()


def event_order(sort: str) -> list:
    """ORDER BY for a sort key such as ``-date`` (descending) or ``confidence``; undated last."""
    descending = sort.startswith("-")
    key = sort.lstrip("-+").lower()
    if key not in EVENT_SORTS:
        raise StoreError(f"cannot sort events by {sort!r}; use one of {', '.join(sorted(EVENT_SORTS))} (prefix - for descending)")
    cols = EVENT_SORTS[key]
    order = [(col.desc() if descending else col.asc()).nulls_last() for col in cols]
    order.append(events.c.id.desc() if descending else events.c.id.asc())
    return order


def claim_conditions(f: Optional[ClaimFilter]) -> list:
    if f is None:
        return []
    c = claims.c
    conds = []
    if f.kind:
        conds.append(c.kind.icontains(f.kind, autoescape=True))
    if f.speaker:
        conds.append(or_(c.speaker.icontains(f.speaker, autoescape=True),
                         c.speaker_organisation.icontains(f.speaker, autoescape=True)))
    if f.modality:
        conds.append(c.modality.in_(f.modality))
    if f.q:
        conds.append(c.quote.icontains(f.q, autoescape=True))
    if f.document_id is not None:
        conds.append(c.document_id == f.document_id)
    if f.has_deadline is True:
        conds.append(c.deadline_start.is_not(None))
    elif f.has_deadline is False:
        conds.append(c.deadline_start.is_(None))
    if f.since:
        conds.append(documents.c.published >= f.since)
    if f.until:
        conds.append(documents.c.published <= f.until)
    if f.events is not None:
        conds += reporting_documents(claims.c.document_id, f.events)
    return conds


def reporting_documents(document_id, f: Optional[EventFilter], dialect: str = "postgresql") -> list:
    """``document_id IN (documents reporting an event matching f)``; no condition when f filters nothing."""
    if f is None or not f.model_dump(exclude_none=True):
        return []
    if needs_documents(f):
        base = select(events.c.document_id).select_from(events.join(documents, events.c.document_id == documents.c.id))
    else:
        base = select(events.c.document_id)
    return [document_id.in_(base.where(*event_conditions(f, dialect)))]
