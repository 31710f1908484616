"""Search keys of stored place names: written with each row, and rewritten when the folding changes.

Every place name a row holds (an event's location, admin1 and admin2; a place mention's name and
admin1) is stored beside its key, :func:`sitroom.lang.en.placenames.place_key`, so a search for
"Faryab" compares keys and finds "Fāryāb" with one indexed column, on SQLite and PostgreSQL alike.
The keys are only as good as the folding that made them: the store records a digest of the
folding's source in ``store_meta`` and, when a newer sitroom folds differently (a spelling
variant added), rewrites every key on the next open, in one transaction.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Optional

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from ..lang.en import placenames
from ..lang.en.placenames import MIN_PART_KEY, place_key, query_keys
from .schema import events, places, store_meta

__all__ = ["MIN_PART_KEY", "event_keys", "place_mention_keys", "query_keys", "refresh_keys", "keys_version"]

META_NAME = "place_keys"
# Rows rekeyed per round trip.
CHUNK = 2000


@lru_cache(maxsize=1)
def keys_version() -> str:
    """A digest of the folding code and its variant table: another folding, another version."""
    return hashlib.sha1(Path(placenames.__file__).read_bytes()).hexdigest()[:16]


def event_keys(location_name: Optional[str], admin1: Optional[str], admin2: Optional[str]) -> dict[str, Optional[str]]:
    """The key columns of an event row."""
    return {"location_key": place_key(location_name) or None, "admin1_key": place_key(admin1) or None,
            "admin2_key": place_key(admin2) or None}


def place_mention_keys(name: Optional[str], admin1: Optional[str]) -> dict[str, Optional[str]]:
    """The key columns of a place mention row."""
    return {"name_key": place_key(name) or None, "admin1_key": place_key(admin1) or None}


def refresh_keys(conn: Connection) -> int:
    """Rewrite every stored key when the keys were made by another folding (or none); return the rows rekeyed."""
    version = keys_version()
    stored = conn.scalar(select(store_meta.c.value).where(store_meta.c.name == META_NAME))
    if stored == version:
        return 0
    n = _rekey(conn, events, (events.c.location_name, events.c.admin1, events.c.admin2), event_keys)
    n += _rekey(conn, places, (places.c.name, places.c.admin1), place_mention_keys)
    conn.execute(delete(store_meta).where(store_meta.c.name == META_NAME))
    conn.execute(insert(store_meta).values(name=META_NAME, value=version))
    return n


def _rekey(conn: Connection, table, sources: tuple, keys) -> int:
    names = list(keys(*[None] * len(sources)))
    stmt = (update(table).where(table.c.id == bindparam("row_id"))
            .values({n: bindparam(f"new_{n}") for n in names}))
    last, done = 0, 0
    while True:
        chunk = conn.execute(select(table.c.id, *sources).where(table.c.id > last)
                             .order_by(table.c.id).limit(CHUNK)).all()
        if not chunk:
            return done
        params = [{"row_id": r[0], **{f"new_{k}": v for k, v in keys(*r[1:]).items()}} for r in chunk]
        conn.execute(stmt, params)
        done += len(chunk)
        last = chunk[-1][0]
