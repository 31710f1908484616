"""Facet counts within a time budget: the most frequent values of a column (type, actor, province,
source) among the events matching a filter, as `/api/events/facets` shows them beside the filters.

A filter a roll-up holds is counted from it, exact (:mod:`.rollup`). Any other was grouped over every
matching event: seconds at 10 million events, for each of the four facets. On PostgreSQL it is now
grouped under a statement timeout (the API's count budget, shared by the facet's statements) and, past
it, **estimated** as the API's totals are (EventCounts.estimate_events): the facet's counts under the
filter's widest part a roll-up holds, exact, each scaled by the share of that part the planner
expects the whole filter to keep. So every value's estimate is at most its exact count under that
part, values missing from the part are never shown, and the answer says it is an estimate.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple, Optional

from sqlalchemy import func

from .models import EventFilter
from .queries import needs_documents
from .schema import events

if TYPE_CHECKING:
    from .counts import EventCounts as StoreReads


class FacetCounts(NamedTuple):
    """``(value, count)`` pairs, most frequent first, and whether the counts are exact (False: estimates)."""

    values: list[tuple[str, int]]
    exact: bool


def groups(column: str) -> tuple[str, ...]:
    """The events' columns a facet counts: actor 1 and actor 2 for ``actor``."""
    return ("actor1", "actor2") if column == "actor" else (column,)


def statements(reads: "StoreReads", column: str, f: Optional[EventFilter]) -> list:
    """The grouped counts over the events that make the facet, one per column of :func:`groups`."""
    return [reads._event_select(col, func.count(), join=needs_documents(f))
            .where(col.is_not(None), col != "", *reads._conditions(f)).group_by(col)
            for col in (getattr(events.c, g) for g in groups(column))]


def top(counts: Counter, limit: int) -> list[tuple[str, int]]:
    return sorted(((v, n) for v, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0]))[:limit]


def within(reads: "StoreReads", column: str, f: Optional[EventFilter], limit: int,
           budget_ms: Optional[float]) -> FacetCounts:
    """See EventCounts.facet_counts_within."""
    from sqlalchemy.exc import OperationalError

    from . import counts as settings

    if reads.engine.dialect.name != "postgresql" or all(reads._rollup(f, (g,)) for g in groups(column)):
        return FacetCounts(reads.facet_counts(column, f, limit), True)
    budget = settings.COUNT_BUDGET_MS if budget_ms is None else budget_ms
    if budget < 1:
        return estimate(reads, column, f, limit)
    stmts = statements(reads, column, f)
    if any(reads._plan(s)["Total Cost"] > settings.COUNT_COST_CERTAINLY_OVER for s in stmts):
        return estimate(reads, column, f, limit)  # cannot end in time on any machine: not tried
    deadline = time.perf_counter() + budget / 1000
    counts: Counter = Counter()
    try:
        with reads.engine.connect() as conn, conn.begin():
            # No parallel workers, as for the totals: cancelling a parallel scan waits for them to stop.
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
            for stmt in stmts:
                left = (deadline - time.perf_counter()) * 1000
                if left < 1:
                    return estimate(reads, column, f, limit)
                conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(left)}")
                for value, n in conn.execute(stmt):
                    counts[value] += n
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != "57014":  # not the timeout: a real failure
            raise
        return estimate(reads, column, f, limit)
    return FacetCounts(top(counts, limit), True)


def estimate(reads: "StoreReads", column: str, f: Optional[EventFilter], limit: int) -> FacetCounts:
    """The facet's counts under the widest part of ``f`` a roll-up holds, scaled by the share of that part
    the planner expects ``f`` to keep (two EXPLAINs: no event is read). Exact (and unscaled) when that
    part is ``f`` itself."""
    from . import rollup

    gs = groups(column)
    base = rollup.widest_answered(f, gs)
    counts: Counter = Counter()
    for g in gs:
        counts.update({k[0]: n for k, n in reads._rollup_counts(base, (g,)).items() if k[0] and n})
    full, wide = reads._planned_rows(f), reads._planned_rows(base)
    share = min(1.0, full / wide) if wide > 0 else 1.0
    return FacetCounts(top(Counter({v: round(n * share) for v, n in counts.items()}), limit), False)
