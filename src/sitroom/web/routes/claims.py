"""/api/claims: who says what, with the ledger status of commitments and predictions."""

from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ... import api
from ... import validate
from ...store import ClaimFilter, ClaimRow, EventFilter
from ..params import IsoDate, Offset, RowId, SearchText, event_filter, get_store

router = APIRouter(tags=["claims"])


class ClaimItem(ClaimRow):
    """A claim plus, for commitments and predictions with a deadline, whether it was kept."""

    status: Optional[str] = None  # kept, broken, open, undetermined; None when not in the ledger
    status_reason: Optional[str] = None


class ClaimPage(BaseModel):
    total: int  # claims matching the filters, all pages
    limit: int
    offset: int
    has_more: bool
    items: list[ClaimItem]


@router.get("/claims", response_model=ClaimPage)
def list_claims(
    kind: Optional[SearchText] = Query(None, description="Substring of the kind: territorial control, commitment, prediction, …"),
    speaker: Optional[SearchText] = Query(None, description="Substring of the speaker or their organisation."),
    modality: Optional[list[str]] = Query(None, description="asserted, reported, claimed, …, any case; repeat for several."),
    q: Optional[SearchText] = Query(None, description="Substring of the quote."),
    document_id: Optional[RowId] = Query(None),
    has_deadline: Optional[bool] = Query(None),
    since: Optional[IsoDate] = Query(None, description="Document published on or after (YYYY-MM-DD)."),
    until: Optional[IsoDate] = Query(None),
    limit: int = Query(50, ge=1, le=1000),
    offset: Annotated[Offset, Query()] = 0,
    scope: EventFilter = Depends(event_filter),
    store=Depends(get_store),
) -> ClaimPage:
    """Claims, newest document first. The event filters of /api/events (event_type, actor, country, admin1,
    place, source, …) keep the claims in documents that report a matching event; since/until and modality
    here apply to the claim (its document's publication date, its modality)."""
    # since, until and modality are the claim's own: they are not passed on to the events.
    scope = scope.model_copy(update={"since": None, "until": None, "modality": None})
    f = validate.check_claim_filter(ClaimFilter(
        kind=kind, speaker=speaker, modality=modality or None, q=q, document_id=document_id,
        has_deadline=has_deadline, since=since, until=until, events=scope))
    rows = store.claims(f, limit=limit + 1, offset=offset)
    page = rows[:limit]
    status = {}
    if any(r.deadline for r in page):
        # The ledger judges every commitment at once; only worth it when this page shows one.
        status = {row.claim_id: row for row in api.ledger(store)}
    items = []
    for r in page:
        entry = status.get(r.id)
        items.append(ClaimItem(**r.model_dump(exclude={"deadline"}), status=entry.status if entry else None,
                               status_reason=entry.reason if entry else None))
    # Skip the count query when this page already shows the end of the list.
    total = offset + len(page) if len(rows) <= limit and (page or offset == 0) else store.count_claims(f)
    return ClaimPage(total=total, limit=limit, offset=offset, has_more=len(rows) > limit, items=items)
