"""The actor, place and source filters over the events, by the names they match.

The three filters match a substring (the actor's name, any case; the place's search keys; the event's source
or its document's outlet). Over the events that is a scan: a page newest first reads the events through the
date index until it has a page, so a name few events carry, or none, reads every event (in PostgreSQL at 1M
events 0.8 s for an actor no event has, 0.6 s for a place, 1.0 s for a source). ``event_actor_names`` and
``event_place_names`` (migration 0017), ``event_source_names`` and ``document_source_names`` (0018) hold
every distinct actor pair, place, source and outlet the events and documents carry, kept by triggers in the
writer's transaction: the names matching the filter are looked up there, among a few thousand rows, and
the events are matched by equality on them (an outlet: on its documents' ids), which the events' indexes
answer (actor1, actor2, admin1_key, location_key, admin2_key, source, document_id). The events matched are
the same: every name an event or document carries is in those tables.

When more than MAX_NAMES names of a column match, or a source's outlets have more than MAX_DOCUMENTS
documents, the substring stays: such a filter matches many events, and the date index finds a page of them
at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Connection, select

from .models import EventFilter
from .placekeys import query_keys
from .queries import contains, contains_lower, key_condition
from .schema import document_source_names, documents, event_actor_names, event_place_names, event_source_names

# Above this many names in one column, the filter keeps its substring (see the module's docstring).
MAX_NAMES = 64
# Above this many documents from the outlets a source filter matches, it keeps its substring.
MAX_DOCUMENTS = 5000


@dataclass(frozen=True)
class NameSets:
    """For each filtered column, the exact values (as stored in ``events``) that match the filter."""
    actor: Optional[dict[str, frozenset[str]]] = None  # actor1, actor2
    place: Optional[dict[str, frozenset[str]]] = None  # location_key, admin1_key, admin2_key
    # source: the events' own sources ("source") and the ids of the documents whose outlet matches ("document_id")
    source: Optional[dict[str, frozenset]] = None


def _distinct(conn: Connection, col, cond) -> Optional[frozenset[str]]:
    """The distinct values of roll-up column ``col`` meeting ``cond``, or None when over MAX_NAMES."""
    rows = conn.execute(select(col).where(cond).group_by(col).limit(MAX_NAMES + 1)).scalars().all()
    return None if len(rows) > MAX_NAMES else frozenset(r for r in rows if r)


def _actor_names(conn: Connection, actor: str, dialect: str) -> Optional[dict[str, frozenset[str]]]:
    w = event_actor_names.c
    out = {}
    for name, key in (("actor1", w.actor1_key), ("actor2", w.actor2_key)):
        # The match the events' filter makes (queries.event_conditions), over the roll-up's copy of the name.
        cond = contains_lower(key, actor) if dialect == "postgresql" else contains(w[name], actor, dialect)
        values = _distinct(conn, w[name], cond)
        if values is None:
            return None
        out[name] = values
    return out


def _place_names(conn: Connection, place: str) -> Optional[dict[str, frozenset[str]]]:
    keys = query_keys(place)
    if not keys:  # matched against the names themselves (queries.place_match): left as it is
        return None
    w = event_place_names.c
    out = {}
    for name in ("location_key", "admin1_key", "admin2_key"):
        values = _distinct(conn, w[name], key_condition(w[name], keys))
        if values is None:
            return None
        out[name] = values
    return out


def _source_names(conn: Connection, source: str, dialect: str) -> Optional[dict[str, frozenset]]:
    """The events' sources matching ``source`` and the ids of the documents whose outlet does (the filter matches
    either: queries.event_conditions)."""
    own = _distinct(conn, event_source_names.c.source, contains(event_source_names.c.source, source, dialect))
    outlets = _distinct(conn, document_source_names.c.source, contains(document_source_names.c.source, source, dialect))
    if own is None or outlets is None:
        return None
    ids: list = []
    if outlets:
        ids = conn.execute(select(documents.c.id).where(documents.c.source.in_(sorted(outlets)))
                           .limit(MAX_DOCUMENTS + 1)).scalars().all()
        if len(ids) > MAX_DOCUMENTS:
            return None
    return {"source": own, "document_id": frozenset(ids)}


def name_sets(conn: Connection, f: Optional[EventFilter], dialect: str) -> Optional[NameSets]:
    """The names matching ``f``'s actor, place and source filters, looked up in the names tables (None: nothing
    to look up)."""
    if f is None or not (f.actor or f.place or f.source):
        return None
    actor = _actor_names(conn, f.actor, dialect) if f.actor else None
    place = _place_names(conn, f.place) if f.place else None
    source = _source_names(conn, f.source, dialect) if f.source else None
    if actor is None and place is None and source is None:
        return None
    return NameSets(actor=actor, place=place, source=source)
