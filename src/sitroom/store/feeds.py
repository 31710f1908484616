"""What `sitroom watch` remembers between polls and restarts: each feed's validators and the items handled.

A feed (or a plain page) is a row of ``feeds`` keyed by its URL; each entry handled is a row of
``feed_items`` keyed by a digest of the entry's id. An item is *done* once its document is in the
store (stored now, or found stored already); an item that could not be read is kept with its error
and attempt count, so the next polls try it again, up to a limit the caller sets.
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Optional

from sqlalchemy import Engine, func, insert, select, update

from ._db_errors import db_errors
from ._rows import now_iso
from .models import Row
from .schema import feed_items, feeds


class FeedRow(Row):
    """A watched feed or page, as of its last poll."""

    id: int
    url: str
    title: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    added_at: str
    last_polled: Optional[str] = None
    last_status: Optional[str] = None
    last_error: Optional[str] = None
    polls: int = 0
    items: int = 0  # items handled (done)


def item_key(item_id: str) -> str:
    """The stored key of a feed entry's id (ids can be long URLs): its sha256."""
    return hashlib.sha256(item_id.encode("utf-8")).hexdigest()


class FeedTable:
    """The watch state in a store: ``store.feeds``."""

    def __init__(self, engine: Engine, writer: Engine):
        self.engine = engine
        self._writer = writer

    @property
    def url(self) -> str:  # named in database errors, as the store's own are
        return self.engine.url.render_as_string(hide_password=True)

    @db_errors
    def get(self, url: str) -> Optional[FeedRow]:
        """The feed watched at ``url``, or None when it was never polled."""
        return next((f for f in self._select(feeds.c.url == url)), None)

    @db_errors
    def list(self) -> list[FeedRow]:
        """Every watched feed, in the order they were added."""
        return self._select()

    def _select(self, *where) -> list[FeedRow]:
        done = (select(func.count()).where(feed_items.c.feed_id == feeds.c.id, feed_items.c.done.is_(True))
                .scalar_subquery().label("items"))
        with self.engine.connect() as conn:
            rows = conn.execute(select(feeds, done).where(*where).order_by(feeds.c.id)).mappings()
            return [FeedRow(**r) for r in rows]

    @db_errors
    def ensure(self, url: str) -> FeedRow:
        """The feed at ``url``, added when new."""
        with self._writer.begin() as conn:
            if conn.scalar(select(feeds.c.id).where(feeds.c.url == url)) is None:
                conn.execute(insert(feeds).values(url=url, added_at=now_iso(), polls=0))
        return self.get(url)

    @db_errors
    def record_poll(self, feed_id: int, status: str, *, etag: Optional[str] = None,
                    last_modified: Optional[str] = None, title: Optional[str] = None,
                    error: Optional[str] = None, keep_validators: bool = False) -> None:
        """Note a poll: its outcome and, unless ``keep_validators``, the server's new ETag and Last-Modified."""
        values = dict(last_polled=now_iso(), last_status=status, last_error=error, polls=feeds.c.polls + 1)
        if not keep_validators:
            values.update(etag=etag, last_modified=last_modified)
        if title:
            values["title"] = title
        with self._writer.begin() as conn:
            conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))

    @db_errors
    def item_states(self, feed_id: int, item_ids: Iterable[str]) -> dict[str, tuple[bool, int]]:
        """For the ids already known: id -> (done, failed attempts)."""
        by_key = {item_key(i): i for i in item_ids}
        found: dict[str, tuple[bool, int]] = {}
        keys = list(by_key)
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                rows = conn.execute(select(feed_items.c.item_key, feed_items.c.done, feed_items.c.attempts)
                                    .where(feed_items.c.feed_id == feed_id,
                                           feed_items.c.item_key.in_(keys[start:start + 500])))
                for key, done, attempts in rows:
                    found[by_key[key]] = (bool(done), attempts)
        return found

    @db_errors
    def mark_item(self, feed_id: int, item_id: str, *, link: Optional[str] = None, title: Optional[str] = None,
                  document_id: Optional[int] = None, error: Optional[str] = None) -> None:
        """Record an item as done (its document stored) or, with ``error``, as failed once more."""
        key = item_key(item_id)
        with self._writer.begin() as conn:
            row = conn.execute(select(feed_items.c.id, feed_items.c.attempts).where(
                feed_items.c.feed_id == feed_id, feed_items.c.item_key == key)).first()
            values = dict(done=error is None, document_id=document_id, error=error)
            if row is None:
                conn.execute(insert(feed_items).values(
                    feed_id=feed_id, item_key=key, item_id=item_id, link=link, title=title, first_seen=now_iso(),
                    attempts=1 if error else 0, **values))
            else:
                conn.execute(update(feed_items).where(feed_items.c.id == row.id).values(
                    attempts=row.attempts + (1 if error else 0), **values))
