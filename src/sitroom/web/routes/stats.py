"""/api/stats (events per day or week by type, for the timeline) and /api/summary (store counts)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ...store import EventFilter, Summary
from ..params import LowerCase, event_filter, get_store

router = APIRouter(tags=["stats"])


class StatItem(BaseModel):
    period: str  # the day, or the Monday starting the ISO week
    start: str   # first day of the period
    end: str     # last day of the period
    event_type: str
    count: int


class StatsResponse(BaseModel):
    interval: Literal["day", "week"]
    items: list[StatItem]


@router.get("/stats", response_model=StatsResponse)
def event_stats(
    interval: Annotated[Literal["day", "week"], LowerCase, Query(description="day or week, any case.")] = "day",
    f: EventFilter = Depends(event_filter),
    store=Depends(get_store),
) -> StatsResponse:
    """Counts of dated events per period and event type, oldest first."""
    span = dt.timedelta(days=6 if interval == "week" else 0)
    items = []
    for row in store.stats(interval, f):
        start = dt.date.fromisoformat(row["period"])
        items.append(StatItem(period=row["period"], start=start.isoformat(), end=(start + span).isoformat(),
                              event_type=row["event_type"], count=row["count"]))
    return StatsResponse(interval=interval, items=items)


@router.get("/summary", response_model=Summary)
def summary(store=Depends(get_store)) -> Summary:
    """What the store holds: documents, duplicates, events by type, places, claims, failures, date range."""
    return store.summary()
