"""/api/failures: the inputs that could not be ingested (the header's "9 failed inputs"), newest first."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ...store import FailureRow
from ..params import get_store
from ..public import public_uri

router = APIRouter(tags=["failures"])


class FailurePage(BaseModel):
    total: int  # failed inputs stored, all of them
    items: list[FailureRow]  # source (file name and line or record, or URL), reason, when (UTC)


@router.get("/failures", response_model=FailurePage)
def list_failures(limit: int = Query(100, ge=1, le=1000), store=Depends(get_store)) -> FailurePage:
    """Inputs that failed (a bad row of a dump, a page that could not be fetched), with the reason and
    when; a file is named by its name and line, never by its path on the server."""
    rows = store.failures(limit=limit)
    total = len(rows) if len(rows) < limit else store.summary().failures
    items = []
    for r in rows:
        shown = public_uri(r.source)
        items.append(r.model_copy(update={"source": shown, "reason": r.reason.replace(r.source, shown)}))
    return FailurePage(total=total, items=items)
