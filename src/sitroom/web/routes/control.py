"""/api/control: who controls each place as of a date, with the events and claims behind it."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ... import api
from ...store import ControlRow
from ...errors import ParameterError, StoreError
from ...lang.en.placenames import place_key, query_keys
from ...store.queries import country_code
from ..params import IsoDate, SearchText, get_store

router = APIRouter(tags=["control"])


class ControlResponse(BaseModel):
    as_of: str
    items: list[ControlRow]


@router.get("/control", response_model=ControlResponse)
def control(
    as_of: Optional[IsoDate] = Query(None, description="Date (YYYY-MM-DD); today when absent."),
    place: Optional[SearchText] = Query(None, description="Part of the place, district or province name, in any spelling."),
    country: Optional[SearchText] = Query(None, description="ISO alpha-2 code or country name."),
    admin1: Optional[SearchText] = Query(None, description="Province (admin1) name in any spelling, or the province itself."),
    store=Depends(get_store),
) -> ControlResponse:
    """Per place: the controller as of ``as_of``, since when, whether contested or only claimed, and the evidence.

    ``since`` is the first day of the earliest evidence in the run of evidence naming that controller: an
    event's first day (``since_end`` its last when it is dated to a range, so the answer does not move
    with ``as_of``), a claim's document's date; ``since_inferred`` when that date rests on a publication
    date guessed from the text, ``since_label`` all three as the CLI and the brief show them. Each piece of
    evidence gives the outlet (``source``) and whom it cites (``cited``)."""
    day = as_of or dt.date.today().isoformat()
    code = None
    if country:
        try:
            code = country_code(country)  # an unknown country is a 422, as on /api/events
        except StoreError as exc:
            raise ParameterError("country", str(exc)) from None
    rows = api.control(store, day, place=place or None)
    if code:
        rows = [r for r in rows if r.country == code]
    if admin1:  # the whole province name, in any spelling (Paktya: Paktiyā)
        keys = query_keys(admin1)
        rows = [r for r in rows if place_key(r.admin1) in keys or place_key(r.place) in keys] if keys else []
    return ControlResponse(as_of=day, items=rows)
