"""Fusing stored events into incidents: the rules of :mod:`sitroom.fuse.incidents` applied to the store.

:class:`IncidentFusion` is what :func:`sitroom.api.open_store` gives the store: the store calls it
inside each document's write transaction with an
:class:`~sitroom.store.incidents.IncidentTable`, and fusion decides which incident each new
event joins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Mapping, Optional

from .incidents import (
    CLAIM_FAMILY,
    DATE_GAP_DAYS,
    VAGUE_SPAN_DAYS,
    Report,
    best_match,
    merge_into,
    related_families,
    report_of,
    span_days,
)

if TYPE_CHECKING:
    from ..store.incidents import IncidentTable

_REPORT_FIELDS = tuple(f.name for f in dataclasses.fields(Report))

# Incidents whose date window spans more than this are "wide" (a report dated to a month, not yet
# narrowed by a precise one). The others start at most this many days before they end, so the
# candidates for a new event lie in a bounded, indexed range of start dates.
NARROW_SPAN_DAYS = VAGUE_SPAN_DAYS
# Events fused per batch when re-fusing the whole store: each batch also compares its events with
# the incidents it made itself, in memory, so the batch size bounds that work.
REBUILD_BATCH = 200


def is_wide(rep: Report) -> bool:
    """Whether an incident's window spans more than :data:`NARROW_SPAN_DAYS` (see the ``wide`` column)."""
    return bool(rep.dated and (span_days(rep) or 0) > NARROW_SPAN_DAYS)


def _incident_values(rep: Report) -> dict:
    return {**{f: getattr(rep, f) for f in _REPORT_FIELDS}, "wide": is_wide(rep)}


# What report_of reads of an event (the store's EVENT_FIELDS but the types) and its document's date.
_REPORT_INPUTS = ("date_start", "date_end", "published", "location_name", "level", "country", "admin1", "admin2",
                  "lat", "lon", "actor1", "actor2", "fatalities", "injured", "arrested", "evidence_text")


def _event_report(r: Mapping) -> Report:
    fields = {f: r[f] for f in _REPORT_INPUTS}
    return report_of(r["event_type"], r["sub_event_type"], **fields)


def _incident_report(r: Mapping) -> Report:
    # Incidents stored before clues were kept (revision 0006) have none.
    return Report(**{f: r[f] for f in _REPORT_FIELDS if f != "clues"}, clues=r.get("clues") or [])


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()


def _windows(rep: Report) -> list[tuple]:
    """The look-ups of stored incidents of ``rep``'s family (and those it may join, see
    :func:`~sitroom.fuse.incidents.related_families`) and (if known) country whose window is within the
    date gap: (family, country, lo, lo_start, hi) for IncidentTable.candidates."""
    lo = _shift(rep.date_start, -DATE_GAP_DAYS)
    hi = _shift(rep.date_end or rep.date_start, DATE_GAP_DAYS)
    return [(fam, rep.country, lo, _shift(lo, -NARROW_SPAN_DAYS), hi) for fam in related_families(rep.family)]


class IncidentFusion:
    """Keeps the incidents table current as events are stored and removed."""

    def assign(self, table: "IncidentTable", event_ids: list[int]) -> None:
        """Attach each stored event to the incident it reports, creating incidents as needed."""
        if not event_ids:
            return
        fields = table.event_fields(event_ids)
        table.link(list(zip(event_ids, self.place(table, fields))))

    def place(self, table: "IncidentTable", fields: list[Mapping]) -> list[int]:
        """The incident each event joins, in order, creating and updating incidents as needed; the events
        are given by their fields (``event_type``, ``sub_event_type``, EVENT_FIELDS and ``published``), so
        a writer can fuse a batch before inserting its events, with their incident already set.

        Each event's candidates are the stored incidents an indexed look-up finds near its date
        (same family and country), plus the incidents this batch created or changed; the cost per
        event stays flat as the store grows. Writes go out as two executemany statements.
        """
        if not fields:
            return []
        reports = [(k, r["event_type"], r["sub_event_type"], _event_report(r)) for k, r in enumerate(fields)]
        pool: dict[tuple[str, int], Report] = {}  # incidents seen by this batch: ("old", id) / ("new", n) -> summary
        kinds: dict[int, tuple[str, str]] = {}  # new incident position -> (event type, sub-event type)
        touched: dict[str, list[tuple[str, int]]] = defaultdict(list)  # family -> incidents this batch made or changed
        pool_touched: set[tuple[str, int]] = set()
        # (start, end) of each incident this batch made or changed (None when undated), kept with pool:
        # every event of the batch tests all of them, so no summary is looked up in that loop.
        reach: dict[tuple[str, int], Optional[tuple[str, str]]] = {}
        changed: set[int] = set()
        assignment: list[tuple[int, tuple[str, int]]] = []  # event position -> ("old", id) or ("new", position)
        # The stored candidates of every event, fetched at once: this batch writes nothing before the end.
        dated = [rep for *_ids, rep in reports if rep.dated]
        windows = [_windows(rep) for rep in dated]
        found_all = table.candidates_many([w for ws in windows for w in ws])
        per_report, at = [], 0
        for ws in windows:
            per_report.append([r for rows in found_all[at:at + len(ws)] for r in rows])
            at += len(ws)
        stored = iter(per_report)
        retyped: dict[int, tuple[str, str]] = {}  # stored incident id -> its new (event type, sub-event type)
        for event_id, event_type, sub_event_type, rep in reports:
            match = None
            if rep.dated:
                keys = set()
                for r in next(stored):
                    key = ("old", r["id"])
                    pool.setdefault(key, _incident_report(r))
                    keys.add(key)
                # An incident this batch made or widened may reach this event though no stored window does.
                lo, hi = _shift(rep.date_start, -DATE_GAP_DAYS), _shift(rep.date_end or rep.date_start, DATE_GAP_DAYS)
                for fam in related_families(rep.family):
                    keys.update([k for k in touched[fam] if (w := reach[k]) is not None and w[0] <= hi and w[1] >= lo])
                keys = sorted(keys, key=lambda k: (k[0] == "new", k[1]))
                found = best_match(rep, ((n, pool[k]) for n, k in enumerate(keys)))
                match = keys[found] if found is not None else None
            if match is None:
                match = ("new", len(kinds))
                kinds[match[1]] = (event_type, sub_event_type)
                pool[match] = rep
            else:
                if pool[match].family == CLAIM_FAMILY and rep.family != CLAIM_FAMILY:
                    # A claim of responsibility was first: the incident is the attack now reported.
                    touched[CLAIM_FAMILY] = [k for k in touched[CLAIM_FAMILY] if k != match]
                    pool_touched.discard(match)
                    if match[0] == "new":
                        kinds[match[1]] = (event_type, sub_event_type)
                    else:
                        retyped[match[1]] = (event_type, sub_event_type)
                pool[match] = merge_into(pool[match], rep)
                if match[0] == "old":
                    changed.add(match[1])
            summary = pool[match]  # the match's window: what later events of the batch test it by
            reach[match] = (summary.date_start, summary.date_end or summary.date_start) if summary.dated else None
            if match not in pool_touched:
                pool_touched.add(match)
                touched[pool[match].family].append(match)
            assignment.append((event_id, match))
        new_ids: list[int] = []
        if kinds:
            new_ids = table.insert([{"event_type": t, "sub_event_type": st, **_incident_values(pool[("new", n)])}
                                    for n, (t, st) in sorted(kinds.items())])
        table.update({k: _incident_values(pool[("old", k)]) for k in sorted(changed)})
        for incident_id, (t, st) in sorted(retyped.items()):
            table.set_summary(incident_id, {"event_type": t, "sub_event_type": st})
        return [key[1] if key[0] == "old" else new_ids[key[1]] for _k, key in assignment]

    def refresh(self, table: "IncidentTable", incident_ids: Iterable[int]) -> None:
        """After events were removed: delete incidents left empty, re-summarise the others."""
        for incident_id in incident_ids:
            remaining = table.events_of(incident_id)
            if not remaining:
                table.delete(incident_id)
                continue
            reports = [_event_report(r) for r in table.event_fields(remaining)]
            summary = reports[0]
            for rep in reports[1:]:
                summary = merge_into(summary, rep)
            table.set_summary(incident_id, _incident_values(summary))

    def rebuild(self, table: "IncidentTable", event_ids: list[int]) -> None:
        """Fuse every event again into an empty incidents table, in batches of :data:`REBUILD_BATCH`."""
        for start in range(0, len(event_ids), REBUILD_BATCH):
            self.assign(table, event_ids[start:start + REBUILD_BATCH])
