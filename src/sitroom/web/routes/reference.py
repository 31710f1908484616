"""/api/places and /api/actors: the distinct places and actors found across documents."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from ...store import ActorSummary, PlaceSummary
from ..params import get_store

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
    q: Optional[str] = Query(None, description="Part of the place or province name, in any spelling (Faryab finds Fāryāb)."),
    country: Optional[str] = Query(None, description="ISO alpha-2 code or country name."),
    limit: int = Query(100, ge=1, le=5000),
    offset: int = Query(0, ge=0),
    store=Depends(get_store),
) -> PlacePage:
    """Distinct resolved places, most mentioned first."""
    return PlacePage(limit=limit, offset=offset, items=store.places(q=q or None, country=country or None, limit=limit, offset=offset))


@router.get("/actors", response_model=ActorPage)
def list_actors(
    q: Optional[str] = Query(None, description="Substring of the actor's name."),
    kind: Optional[str] = Query(None, pattern="^(group|person)$"),
    limit: int = Query(100, ge=1, le=5000),
    offset: int = Query(0, ge=0),
    store=Depends(get_store),
) -> ActorPage:
    """Distinct actors and people, most mentioned first."""
    return ActorPage(limit=limit, offset=offset, items=store.actors(q=q or None, kind=kind, limit=limit, offset=offset))
