"""Storage: one SQLAlchemy schema on SQLite (default) or PostgreSQL, behind the :class:`Store` class.

Nothing else in sitroom imports SQLAlchemy: stages, the CLI and the web app call
:func:`open_store` and the Store's methods, and get pydantic row models back.
"""

from __future__ import annotations

from typing import Optional

from .engine import DEFAULT_URL, make_engine, resolve_url, upgrade
from .models import (
    ActorSummary, ClaimFilter, ClaimRow, ControlEvidence, ControlRow, DocumentRow, DocumentView, EventFilter,
    EventRow, FailureRow, IncidentRow, LedgerRow, PlaceSummary, ReportDetail, Summary,
)
from .store import Store

__all__ = [
    "open_store", "Store", "EventFilter", "ClaimFilter", "DocumentRow", "DocumentView", "EventRow", "ClaimRow",
    "PlaceSummary", "ActorSummary", "Summary", "FailureRow", "IncidentRow", "ReportDetail", "ControlRow",
    "ControlEvidence", "LedgerRow", "resolve_url", "DEFAULT_URL",
]


def open_store(url: Optional[str] = None) -> Store:
    """Open (creating or upgrading) the database at ``url``.

    url (str | None): a SQLAlchemy URL, ``postgresql://...``, or a plain file path (SQLite);
        None means $SITROOM_DB, else ``./sitroom.db``.
    RETURNS (Store): the open store; close it with ``store.close()`` or use it in ``with``.
    RAISES StoreError: the database cannot be reached or created.
    """
    engine = make_engine(resolve_url(url))
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(engine)
