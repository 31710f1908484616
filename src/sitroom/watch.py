"""`sitroom watch`: poll feeds and pages, ingest what is new, remember what was seen in the store.

One poll of one URL, in order:

1. ask the server for it, conditionally on the ETag and Last-Modified kept from the last poll
   (:func:`sitroom.acquire.poll.poll_url`); a 304 ends the poll there;
2. a feed: keep the entries not handled before (by their guid or id), and read only those
   (their pages are fetched with the usual address checks); a page: its document, new when its
   text changed;
3. ingest them through the same path as `sitroom ingest` (:func:`sitroom.api.ingest_documents`):
   duplicates skipped, near-duplicates linked, one transaction per document;
4. mark each item handled in the store, and save the server's new validators.

A watch killed at any point loses nothing: items are marked only once their documents are stored,
and an item found stored already on the next poll is simply marked. An entry that cannot be read is
tried again on later polls, :data:`MAX_ATTEMPTS` times in all; the validators of a poll with such a
failure are not saved, so the next poll fetches the feed in full and retries it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .acquire import AcquireOptions
from .acquire.poll import PollResult, entry_item, page_item_id, poll_url
from .errors import InputError
from .records import SourceDocument
from .settings import Settings

# Reading an entry is tried this many times (across polls) before it is left alone.
MAX_ATTEMPTS = 3
# Polling more often than this is unkind to the servers polled, and news does not move that fast.
MIN_INTERVAL_S = 10


@dataclass
class FeedReport:
    """What one poll of one URL did. ``status``: new, unchanged, not modified or failed."""

    url: str
    status: str
    kind: Optional[str] = None  # feed or page
    new: int = 0  # items never seen before
    retried: int = 0  # items that failed at an earlier poll, read again
    ingested: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (item, reason, with the attempt it was)
    given_up: int = 0  # entries failed for the last time in this poll: not tried again
    error: Optional[str] = None  # the URL itself failed
    document_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.failed


def parse_interval(value: str) -> int:
    """Seconds in an interval such as ``15m``, ``90s``, ``1h``, ``1h30m`` or ``900``.

    RAISES ValueError: naming the value and the forms accepted.
    """
    text = value.strip().lower()
    if text.isdigit():
        seconds = int(text)
    else:
        parts = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text)
        if not text or not parts:
            raise ValueError(f"interval {value!r} is not a duration: use e.g. 15m, 90s, 1h or 1h30m")
        h, m, s = (int(p or 0) for p in parts.groups())
        seconds = h * 3600 + m * 60 + s
    if seconds < MIN_INTERVAL_S:
        raise ValueError(f"interval {value!r} is shorter than {MIN_INTERVAL_S} s")
    return seconds


def poll_all(urls: list[str], store, acquire: Optional[AcquireOptions] = None, settings: Optional[Settings] = None,
             progress: Optional[Callable[[str, str], None]] = None) -> list[FeedReport]:
    """Poll every URL once, in order; one URL failing does not stop the others."""
    return [poll_one(url, store, acquire, settings, progress) for url in urls]


def poll_one(url: str, store, acquire: Optional[AcquireOptions] = None, settings: Optional[Settings] = None,
             progress: Optional[Callable[[str, str], None]] = None) -> FeedReport:
    """Poll ``url`` once and ingest what is new (see the module's steps)."""
    acquire = acquire or AcquireOptions()
    state = store.feeds.ensure(url)
    try:
        result = poll_url(url, acquire, state.etag, state.last_modified)
    except InputError as exc:
        store.record_failure(url, exc.reason)
        store.feeds.record_poll(state.id, "failed", error=exc.reason, keep_validators=True)
        return FeedReport(url=url, status="failed", error=exc.reason)
    if result.kind == "not modified":
        store.feeds.record_poll(state.id, "not modified", keep_validators=True)
        store.clear_failures([url])
        return FeedReport(url=url, status="not modified")
    report = FeedReport(url=url, status="unchanged", kind=result.kind)
    pending = _new_items(result, state.id, store, acquire)
    if result.kind == "page" and result.items and not pending and not any(page_item_id(i) for i in result.items):
        # The page itself could not be read (binary, empty...): that is the URL failing.
        reason = "; ".join(i.reason for i in result.items if isinstance(i, InputError))
        store.record_failure(url, reason)
        store.feeds.record_poll(state.id, "failed", error=reason, keep_validators=True)
        return FeedReport(url=url, status="failed", kind="page", error=reason)
    store.clear_failures([url])  # the URL itself was read: an earlier failure of it no longer stands
    if pending:
        report.status = "new"
        report.retried = sum(p.attempt > 1 for p in pending)
        report.new = len(pending) - report.retried
        _ingest(pending, state.id, store, settings, progress, report)
    store.feeds.record_poll(state.id, report.status, etag=result.etag, last_modified=result.last_modified,
                            # the old validators make the next poll read the feed again, for a retry;
                            # entries given up are not retried
                            title=result.title, keep_validators=len(report.failed) > report.given_up)
    return report


@dataclass
class _Pending:
    item_id: str
    link: Optional[str]
    title: Optional[str]
    item: SourceDocument | InputError
    attempt: int = 1  # this reading's number, counting the failed ones before it


def _new_items(result: PollResult, feed_id: int, store, acquire: AcquireOptions) -> list[_Pending]:
    if result.kind == "feed":
        states = store.feeds.item_states(feed_id, [e.id for e in result.entries])
        todo = [e for e in result.entries if _due(states.get(e.id))]
        return [_Pending(e.id, e.link, e.title, entry_item(result, e, acquire), _attempt(states.get(e.id)))
                for e in todo]
    ids = [page_item_id(i) for i in result.items]
    states = store.feeds.item_states(feed_id, [i for i in ids if i])
    return [_Pending(i, result.url, item.title, item, _attempt(states.get(i))) for i, item in zip(ids, result.items)
            if i and _due(states.get(i))]


def _attempt(state: Optional[tuple[bool, int]]) -> int:
    return 1 + (state[1] if state else 0)


def attempt_note(attempt: int) -> str:
    """What a failed reading means for the next polls, said after its reason."""
    if attempt >= MAX_ATTEMPTS:
        return f"attempt {attempt} of {MAX_ATTEMPTS}, the last: given up, not tried again"
    return f"attempt {attempt} of {MAX_ATTEMPTS}; tried again at the next poll"


def _due(state: Optional[tuple[bool, int]]) -> bool:
    """Whether an item still needs handling: never seen, or failed fewer than MAX_ATTEMPTS times."""
    return state is None or (not state[0] and state[1] < MAX_ATTEMPTS)


def _ingest(pending: list[_Pending], feed_id: int, store, settings: Optional[Settings], progress,
            report: FeedReport) -> None:
    from .api import ingest_documents

    ingest = ingest_documents([p.item for p in pending], store, settings, progress)
    report.ingested += ingest.ingested
    report.duplicates += ingest.duplicates + ingest.already_stored  # not stored again, whatever the name
    failed_reasons = dict(ingest.failed)

    def failed(item: str, reason: str, p: _Pending) -> None:
        report.failed.append((item, f"{reason} ({attempt_note(p.attempt)})"))
        report.given_up += p.attempt >= MAX_ATTEMPTS
        store.feeds.mark_item(feed_id, p.item_id, link=p.link, title=p.title, error=reason)

    for p in pending:
        if isinstance(p.item, InputError):
            failed(p.item.source, p.item.reason, p)
            continue
        doc_id = store.find_by_hash(p.item.content_hash)
        if doc_id is None:  # not stored: extraction and storing failed
            failed(p.item.uri, failed_reasons.get(p.item.uri, "not stored"), p)
            continue
        # A document stored with an extraction error is stored all the same: `sitroom reextract` redoes it.
        if p.item.uri in failed_reasons:
            report.failed.append((p.item.uri, failed_reasons[p.item.uri]))
        report.document_ids.append(doc_id)
        store.feeds.mark_item(feed_id, p.item_id, link=p.link, title=p.title, document_id=doc_id)


def next_poll(started: dt.datetime, every_s: int, now: dt.datetime) -> float:
    """Seconds to wait after a round of polls begun at ``started`` (never negative: a slow round starts the
    next at once)."""
    return max(0.0, (started + dt.timedelta(seconds=every_s) - now).total_seconds())

