"""/api/brief: the morning brief as JSON, and /api/brief.md, .html, .txt rendered as `sitroom brief` renders it."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from ... import api
from ...errors import ParameterError
from ...export.brief import render_brief
from ...fuse.brief import Brief, parse_since, parse_until
from ..params import get_store

router = APIRouter(tags=["brief"])

_MEDIA = {"md": ("md", "text/markdown; charset=utf-8"), "html": ("html", "text/html; charset=utf-8"),
          "txt": ("text", "text/plain; charset=utf-8")}
# The rendered HTML has its own inline style and no script at all: allow the one, forbid everything else.
_HTML_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")

SINCE = Query("yesterday", description="First day: yesterday, today, 24h, 7d (back from until when given) or "
                                       "YYYY-MM-DD.")
UNTIL = Query(None, description="Last day (YYYY-MM-DD, today or yesterday); today when absent.")
LIMIT = Query(100, ge=1, le=1000, description="Most lines per section; `totals` counts them all.")


def _window(since: str, until: Optional[str]) -> tuple[dt.date, dt.date]:
    now = dt.datetime.now().astimezone()
    try:
        last = parse_until(until, now)
    except ValueError as exc:
        raise ParameterError("until", str(exc)) from None
    try:
        # yesterday (the default), 24h or 7d count back from until when it is given.
        first = parse_since(since, now, last if until is not None else None)
    except ValueError as exc:
        raise ParameterError("since", str(exc)) from None
    if first > last:
        raise ParameterError("since", f"{first} is after until {last}; nothing can match")
    return first, last


@router.get("/brief", response_model=Brief)
def brief(since: str = SINCE, until: Optional[str] = UNTIL, limit: int = LIMIT, store=Depends(get_store)) -> Brief:
    """New events by place and type, places whose control changed, single-source claims and commitments whose
    deadline passed, over the days ``since`` to ``until``, each with its evidence (document and sentence)."""
    first, last = _window(since, until)
    return api.brief(store, first, last, limit=limit)


@router.get("/brief.{fmt}", response_class=Response,
            responses={200: {"content": {m: {} for _f, m in _MEDIA.values()}}})
def brief_rendered(fmt: str, since: str = SINCE, until: Optional[str] = UNTIL, limit: int = LIMIT,
                   store=Depends(get_store)) -> Response:
    """The brief rendered: ``md`` (Markdown), ``html`` or ``txt``."""
    if fmt not in _MEDIA:
        raise HTTPException(404, f"no brief format {fmt!r}: use brief.md, brief.html or brief.txt")
    first, last = _window(since, until)
    name, media = _MEDIA[fmt]
    text = render_brief(api.brief(store, first, last, limit=limit), name)
    headers = {"Content-Security-Policy": _HTML_POLICY} if fmt == "html" else {}
    return Response(text, media_type=media, headers=headers)
