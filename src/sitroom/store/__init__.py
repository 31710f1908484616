"""Storage: one SQLAlchemy schema on SQLite (default) or PostgreSQL, behind the :class:`Store` class.

Nothing else in sitroom imports SQLAlchemy: stages, the CLI and the web app call
:func:`open_store` and the Store's methods, and get pydantic row models back.
"""

from __future__ import annotations

from typing import Optional

from .engine import DEFAULT_URL, make_engine, resolve_url, upgrade
from .models import (
    ActorSummary, ClaimFilter, ClaimRow, DocumentRow, DocumentView, EventFilter, EventRow, FailureRow,
    PlaceSummary, Summary,
)
from .feeds import FeedRow, FeedTable
from .fused_models import ControlEvidence, ControlRow, IncidentRow, LedgerRow, ReportDetail
from .incidents import Fusion
from .store import Store

__all__ = [
    "open_store", "Store", "EventFilter", "ClaimFilter", "DocumentRow", "DocumentView", "EventRow", "ClaimRow",
    "PlaceSummary", "ActorSummary", "Summary", "FailureRow", "IncidentRow", "ReportDetail", "ControlRow",
    "ControlEvidence", "LedgerRow", "resolve_url", "DEFAULT_URL", "Fusion", "FeedRow", "FeedTable",
]


def open_store(url: Optional[str] = None, fusion: Optional[Fusion] = None, create: bool = True) -> Store:
    """Open (creating or upgrading) the database at ``url``.

    Events are fused into incidents only when ``fusion`` is given: :func:`sitroom.api.open_store`
    gives sitroom's own (:class:`sitroom.fuse.assign.IncidentFusion`).

    url (str | None): a SQLAlchemy URL, ``postgresql://...``, or a plain file path (SQLite);
        None means $SITROOM_DB, else ``./sitroom.db``.
    fusion (Fusion | None): called in each write transaction to keep the incidents table current.
    create (bool): False refuses a SQLite file that does not exist (read commands), instead of creating it.
    RETURNS (Store): the open store; close it with ``store.close()`` or use it in ``with``.
    RAISES StoreError: the database cannot be reached or created.
    """
    engine = make_engine(resolve_url(url), create)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(engine, fusion)
