"""Search keys of stored place names: written with each row, and rewritten when the folding changes.

Every place name a row holds (an event's location, admin1 and admin2; a place mention's name and
admin1) is stored beside its key, :func:`sitroom.lang.en.placenames.place_key`, so a search for
"Faryab" compares keys and finds "Fāryāb" with one indexed column, on SQLite and PostgreSQL alike.
The keys are only as good as the folding that made them: the store records a digest of the
folding's source in ``store_meta`` and, when a newer sitroom folds differently (a spelling
variant added), rewrites the keys that changed on the next open, in one transaction.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Optional

from sqlalchemy import Column, Connection, MetaData, Table, Text, delete, insert, select, update

from ..lang.en import placenames
from ..lang.en.placenames import MIN_PART_KEY, place_key, query_keys
from .schema import events, places, store_meta

__all__ = ["MIN_PART_KEY", "event_keys", "place_mention_keys", "query_keys", "refresh_keys", "keys_current", "keys_version"]

META_NAME = "place_keys"
# Names sent per round trip when rekeying.
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


def keys_current(conn: Connection) -> bool:
    """Whether the stored keys were made by this folding (a read: no lock is taken)."""
    return conn.scalar(select(store_meta.c.value).where(store_meta.c.name == META_NAME)) == keys_version()


def refresh_keys(conn: Connection) -> int:
    """Rewrite the stored keys that another folding (or none) made differently; return the rows rekeyed."""
    if keys_current(conn):
        return 0
    c, p = events.c, places.c
    n = _rekey(conn, events, [(c.location_name, c.location_key), (c.admin1, c.admin1_key), (c.admin2, c.admin2_key)])
    n += _rekey(conn, places, [(p.name, p.name_key), (p.admin1, p.admin1_key)])
    conn.execute(delete(store_meta).where(store_meta.c.name == META_NAME))
    conn.execute(insert(store_meta).values(name=META_NAME, value=keys_version()))
    return n


def _rekey(conn: Connection, table, pairs: list[tuple]) -> int:
    """Set each (name, key) column pair's key to the key of its name where it differs.

    A key depends on the name alone, so the keys are computed per distinct name, not per row, and only
    the rows of names whose key changed are written, by one UPDATE ... FROM a temporary table of
    (name, new key) per column: at a million events the row-by-row rewrite took ~14 minutes, with
    every row written and, on PostgreSQL, the roll-up triggers run for each."""
    stored = conn.execute(select(*[col for pair in pairs for col in pair]).distinct()).all()
    done = 0
    for i, (name_col, key_col) in enumerate(pairs):
        changed = {}
        for row in stored:
            name, key = row[2 * i], row[2 * i + 1]
            if name is not None and key != (place_key(name) or None):
                changed[name] = place_key(name) or None
        if not changed:
            continue
        new = Table(f"sitroom_rekey_{table.name}_{i}", MetaData(), Column("name", Text), Column("new_key", Text),
                    prefixes=["TEMPORARY"])
        new.create(conn)
        for k in range(0, len(changed), CHUNK):
            conn.execute(insert(new), [{"name": n, "new_key": v} for n, v in list(changed.items())[k:k + CHUNK]])
        done += conn.execute(update(table).where(name_col == new.c.name, key_col.is_distinct_from(new.c.new_key))
                             .values({key_col.name: new.c.new_key})).rowcount
        new.drop(conn)
    return done
