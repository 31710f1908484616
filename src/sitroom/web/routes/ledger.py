"""/api/ledger: commitments and predictions with deadlines, each marked kept, broken, open or undetermined."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ... import api
from ...store import LedgerRow
from ...store.fused_models import LedgerStatus
from ..params import IsoDate, LowerCase, get_store

router = APIRouter(tags=["ledger"])


class LedgerResponse(BaseModel):
    as_of: Optional[str]  # the date judged against; None: the newest stored event's date
    counts: dict[str, int]  # rows per status
    items: list[LedgerRow]


@router.get("/ledger", response_model=LedgerResponse)
def ledger(
    as_of: Optional[IsoDate] = Query(None, description="Judge deadlines as of this date (YYYY-MM-DD)."),
    status: Optional[list[Annotated[LedgerStatus, LowerCase]]] = Query(
        None, description="kept, broken, open or undetermined, any case; repeat for several."),
    store=Depends(get_store),
) -> LedgerResponse:
    """The same ledger as `sitroom ledger`: the verdict rules live in sitroom.fuse.ledger."""
    rows = api.ledger(store, as_of)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    if status:
        rows = [r for r in rows if r.status in status]
    return LedgerResponse(as_of=as_of, counts=counts, items=rows)
