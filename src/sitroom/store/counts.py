"""Counting the store's events: totals (exact, or estimated on PostgreSQL when a count would take too long),
facets and counts per period and type, from the roll-ups (rollup.py) when the filter allows.

:class:`EventCounts` is a part of :class:`~.reads.StoreReads`: it reads ``self.engine`` and the event
queries' ``_event_select`` and ``_conditions``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import NamedTuple, Optional

from sqlalchemy import func

from ..errors import StoreError
from ._db_errors import wrap_public
from .models import EventFilter
from .queries import needs_documents
from .schema import events

# How long the dashboard's and the API's totals may count events a roll-up cannot answer before they
# are estimated instead (count_events_within): well inside the 200 ms a query may take.
COUNT_BUDGET_MS = 100
# A count the planner costs above this (in its units: ~one 8 kB page read each; a sequential read of
# ~8 GB) takes seconds on any machine: estimated at once instead of spending the budget first.
COUNT_COST_CERTAINLY_OVER = 1_000_000


class EventCount(NamedTuple):
    """A count of events, and whether it is exact (False: an estimate, see EventCounts.estimate_events)."""

    n: int
    exact: bool


class EventCounts:
    """Counts of the events matching a filter (mixed into the store's reads)."""

    # Whether counts come from the roll-ups when the filter allows (rollup.py), and the actor and place
    # filters match the names the roll-ups hold (names.py); the tests turn it off to check the answers
    # against the events themselves.
    use_rollup = True

    def _rollup(self, f: Optional[EventFilter], by: tuple[str, ...] = ()) -> bool:
        from . import rollup

        return self.use_rollup and rollup.answers(f, by)

    def _rollup_counts(self, f: Optional[EventFilter], by: tuple[str, ...]) -> Counter:
        from . import rollup

        with self.engine.connect() as conn:
            return rollup.counts(conn, f, by, self.engine.dialect.name)

    def count_events(self, f: Optional[EventFilter] = None) -> int:
        if self._rollup(f):
            return self._rollup_counts(f, ())[()]
        with self.engine.connect() as conn:
            stmt = self._event_select(func.count(), join=needs_documents(f)).where(*self._conditions(f))
            return conn.scalar(stmt) or 0

    def count_events_within(self, f: Optional[EventFilter] = None, budget_ms: Optional[float] = None,
                            at_least: int = 0) -> EventCount:
        """How many events match ``f``: exact when a roll-up answers (:mod:`.rollup`) or the count over the
        events ends within ``budget_ms`` (default :data:`COUNT_BUDGET_MS`; the dashboard's and the API's
        totals must not wait seconds; a count the planner costs above :data:`COUNT_COST_CERTAINLY_OVER`
        is not tried); past it, on PostgreSQL, an **estimate**, returned with
        ``exact=False`` (:meth:`estimate_events`). ``at_least``: how many the caller knows match (a full
        page), the estimate's floor. SQLite counts exactly, whatever it takes."""
        if self._rollup(f) or self.engine.dialect.name != "postgresql":
            return EventCount(self.count_events(f), True)
        from sqlalchemy.exc import OperationalError

        stmt = self._event_select(func.count(), join=needs_documents(f)).where(*self._conditions(f))
        if self._plan(stmt)["Total Cost"] > COUNT_COST_CERTAINLY_OVER:  # no need to try: it cannot end in time
            return self.estimate_events(f, at_least)
        try:
            with self.engine.connect() as conn, conn.begin():
                budget = COUNT_BUDGET_MS if budget_ms is None else budget_ms
                # No parallel workers: cancelling a parallel scan waits for them to stop (~0.5 s measured at
                # 10M events on 2 busy cores), and a count given 0.1 s gains little from starting them.
                conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
                conn.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(budget))}")
                return EventCount(conn.scalar(stmt) or 0, True)
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "57014":  # not the timeout: a real failure
                raise
        return self.estimate_events(f, at_least)

    def estimate_events(self, f: Optional[EventFilter], at_least: int = 0) -> EventCount:
        """An estimate of how many events match ``f`` (PostgreSQL), marked ``exact=False``: the exact count
        of the widest filter a roll-up answers among ``f``'s parts (``base``) times the share of it the
        planner's statistics expect the whole filter to keep, within ``at_least`` and that exact count
        (``f`` keeps a subset of ``base``'s events). Reads no event: ~10 ms whatever the store's size."""
        from . import rollup

        base = rollup.widest_answered(f)
        upper = self.count_events(base)
        if upper == 0:
            return EventCount(0, True)
        full, wide = self._planned_rows(f), self._planned_rows(base)
        n = round(upper * min(1.0, full / wide)) if wide > 0 else upper
        return EventCount(max(at_least, min(upper, n)), False)

    def _planned_rows(self, f: Optional[EventFilter]) -> float:
        """The rows PostgreSQL's planner expects the events matching ``f`` to be (EXPLAIN; nothing run)."""
        stmt = self._event_select(events.c.id, join=needs_documents(f)).where(*self._conditions(f))
        return float(self._plan(stmt)["Plan Rows"])

    def _plan(self, stmt) -> dict:
        """PostgreSQL's plan for ``stmt``, its top node (EXPLAIN: nothing run)."""
        import json

        sql = str(stmt.compile(self.engine, compile_kwargs={"literal_binds": True}))
        with self.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql).scalar()
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return plan[0]["Plan"]

    def more_events_than(self, f: Optional[EventFilter], n: int) -> bool:
        """Whether more than ``n`` events match ``f``: reads at most n + 1 index entries, where a count
        of a filter outside the roll-up (located, a box) reads every matching event."""
        with self.engine.connect() as conn:
            stmt = (self._event_select(events.c.id, join=needs_documents(f)).where(*self._conditions(f))
                    .offset(n).limit(1))
            return conn.execute(stmt).first() is not None

    def facet_counts(self, column: str, f: Optional[EventFilter] = None, limit: int = 20) -> list[tuple[str, int]]:
        """The most frequent values of an event column (``event_type``, ``actor``: actor 1 or 2,
        ``admin1``, ``source``) among events matching ``f``, as ``(value, count)``."""
        groups = ("actor1", "actor2") if column == "actor" else (column,)
        if column in ("event_type", "admin1", "actor", "source") and all(self._rollup(f, (g,)) for g in groups):
            counts = Counter()
            for g in groups:
                counts.update({k[0]: n for k, n in self._rollup_counts(f, (g,)).items() if k[0] and n})
            return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        cols = {"actor": (events.c.actor1, events.c.actor2)}.get(column) or (getattr(events.c, column),)
        counts: Counter = Counter()
        with self.engine.connect() as conn:
            for col in cols:
                stmt = (self._event_select(col, func.count(), join=needs_documents(f))
                        .where(col.is_not(None), col != "", *self._conditions(f)).group_by(col))
                for value, n in conn.execute(stmt):
                    counts[value] += n
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def facet_counts_within(self, column: str, f: Optional[EventFilter] = None, limit: int = 20,
                            budget_ms: Optional[float] = None):
        """:meth:`facet_counts` as the dashboard and the API ask for it: exact from a roll-up or from a count
        over the events that ends within ``budget_ms`` (default :data:`COUNT_BUDGET_MS`); past it, on
        PostgreSQL, estimates marked ``exact=False`` (:mod:`.facets`). RETURNS facets.FacetCounts."""
        from . import facets

        return facets.within(self, column, f, limit, budget_ms)

    def stats(self, interval: str = "day", f: Optional[EventFilter] = None) -> list[dict]:
        """Event counts per period and type: ``[{"period", "event_type", "count"}]``, oldest first.

        ``interval`` is ``day`` or ``week`` (periods named by the Monday that starts them).
        Undated events are left out.
        """
        if interval not in ("day", "week"):
            raise StoreError(f"interval must be day or week, not {interval!r}")
        if self._rollup(f, (interval, "event_type")):
            rolled = self._rollup_counts(f, (interval, "event_type"))
            return [{"period": p, "event_type": t, "count": n} for (p, t), n in sorted(rolled.items()) if n]
        stmt = (self._event_select(events.c.date_start, events.c.event_type, func.count(), join=needs_documents(f))
                .where(events.c.date_start.is_not(None), *self._conditions(f))
                .group_by(events.c.date_start, events.c.event_type))
        counts: Counter = Counter()
        with self.engine.connect() as conn:
            for day, event_type, n in conn.execute(stmt):
                counts[(_period(day, interval), event_type)] += n
        return [{"period": p, "event_type": t, "count": n} for (p, t), n in sorted(counts.items())]


def _period(day: str, interval: str) -> str:
    if interval == "day":
        return day
    d = dt.date.fromisoformat(day[:10])
    return (d - dt.timedelta(days=d.weekday())).isoformat()


wrap_public(EventCounts)  # every public count reports database failures as StoreError (as StoreReads' queries)
