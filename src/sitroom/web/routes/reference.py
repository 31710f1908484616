"""/api/places and /api/actors: the distinct places and actors found across documents."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ...store import ActorSummary, PlaceSummary
from ...errors import ParameterError, StoreError
from ...store.queries import country_code
from ..params import LowerCase, Offset, SearchText, get_store

router = APIRouter(tags=["places and actors"])


class PlacePage(BaseModel):
    limit: int
    offset: int
    items: list[PlaceSummary]


class ActorPage(BaseModel):
    limit: int
    offset: int
    items: list[ActorSummary]


@router.get("/places", response_model=PlacePage)
def list_places(
    q: Optional[SearchText] = Query(None, description="Part of the place or province name, in any spelling (Faryab finds Fāryāb)."),
    country: Optional[SearchText] = Query(None, description="ISO alpha-2 code or country name."),
    limit: int = Query(100, ge=1, le=5000),
    offset: Annotated[Offset, Query()] = 0,
    store=Depends(get_store),
) -> PlacePage:
    """Distinct resolved places, most mentioned first."""
    if country:
        try:
            country = country_code(country)
        except StoreError as exc:
            raise ParameterError("country", str(exc)) from None
    return PlacePage(limit=limit, offset=offset, items=store.places(q=q or None, country=country or None, limit=limit, offset=offset))


@router.get("/actors", response_model=ActorPage)
def list_actors(
    q: Optional[SearchText] = Query(None, description="Substring of the actor's name."),
    kind: Optional[Annotated[Literal["group", "person"], LowerCase]] = Query(None, description="group or person, any case."),
    limit: int = Query(100, ge=1, le=5000),
    offset: Annotated[Offset, Query()] = 0,
    store=Depends(get_store),
) -> ActorPage:
    """Distinct actors and people, most mentioned first."""
    return ActorPage(limit=limit, offset=offset, items=store.actors(q=q or None, kind=kind, limit=limit, offset=offset))
