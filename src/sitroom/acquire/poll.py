"""One poll of a watched URL: a conditional GET, then the feed's entries or the page's documents.

`sitroom watch` polls each URL again and again, so it asks the server only for what changed
(``If-None-Match`` with the last ETag, ``If-Modified-Since`` with the last Last-Modified) and
reads a feed's entry list without fetching any entry's page: the caller decides which entries
are new and asks for those alone (:func:`entry_item`). A URL that is not a feed is a page:
its documents are read at once, and their content hash is their id, so a page is new each
time its text changes. Fetching goes through :func:`fetch_url`, with its address checks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

from ..errors import InputError
from ..records import SourceDocument
from .feeds import entry_document, xml_problem
from .fetch import fetch_url, is_url
from .options import AcquireOptions
from .sniff import resolve_xml
from .sources import bytes_documents, fetched_format


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: its stable id (the feed's guid or id, else its link, else a digest)."""

    id: str
    link: Optional[str]
    title: Optional[str]
    raw: Any = field(repr=False, compare=False)  # the feedparser entry, read again by entry_item


@dataclass(frozen=True)
class PollResult:
    """What one poll found. ``kind`` is "not modified" (304), "feed" (``entries``) or "page" (``items``)."""

    url: str
    kind: str
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    title: Optional[str] = None
    encoding: str = "utf-8"
    entries: list[FeedEntry] = field(default_factory=list)
    items: list[SourceDocument | InputError] = field(default_factory=list)


def poll_url(url: str, opts: AcquireOptions, etag: Optional[str] = None,
             last_modified: Optional[str] = None) -> PollResult:
    """Fetch ``url`` unless unchanged since ``etag``/``last_modified`` and read what it holds.

    RAISES InputError: the URL cannot be fetched (refused address, timeout, HTTP error), or it is a
        feed that cannot be read (not XML, no entries).
    """
    if not is_url(url):
        raise InputError(url, "not an http(s) URL: watch polls feeds and pages on the web")
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    page = fetch_url(url, opts, headers)
    if page.status == 304:
        return PollResult(url=url, kind="not modified", etag=etag, last_modified=last_modified)
    fmt = fetched_format(page)
    if fmt == "xml":
        fmt = resolve_xml(page.content)
    validators = dict(etag=page.etag, last_modified=page.last_modified)
    if fmt == "feed":
        title, encoding, entries = _feed_entries(page.content, url)
        return PollResult(url=url, kind="feed", title=title, encoding=encoding, entries=entries, **validators)
    items = list(bytes_documents(page.content, url, fmt, opts, declared=page.charset, url=page.url))
    return PollResult(url=url, kind="page", items=items, **validators)


def entry_item(result: PollResult, entry: FeedEntry, opts: AcquireOptions) -> SourceDocument | InputError:
    """The document of one feed entry: its page fetched (address checks and all), else its own content."""
    link = entry.link if entry.link and is_url(entry.link) else None  # a guid taken for a link is none
    return entry_document(entry.raw, link or f"{result.url}#{entry.id}", result.title, result.encoding, opts)


def page_item_id(item: SourceDocument | InputError) -> Optional[str]:
    """The id of a page's document in the watch state: its content hash (None for an error)."""
    return None if isinstance(item, InputError) else f"sha256:{item.content_hash}"


def _feed_entries(data: bytes, url: str) -> tuple[Optional[str], str, list[FeedEntry]]:
    import feedparser

    problem = xml_problem(data)  # entities, DTDs and the network are off (see xml_problem)
    if problem:
        raise InputError(url, f"not a feed: the file is not XML ({problem})")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("version", "") == "" and not parsed.entries:
        raise InputError(url, "not a feed: XML without an RSS or Atom root element")
    entries = [FeedEntry(id=_entry_id(e), link=e.get("link"), title=e.get("title"), raw=e) for e in parsed.entries]
    return parsed.feed.get("title"), parsed.get("encoding") or "utf-8", entries


def _entry_id(entry) -> str:
    # RSS guid and Atom id are the publisher's stable ids; a link is the next best thing.
    for key in ("id", "link"):
        value = (entry.get(key) or "").strip()
        if value:
            return value
    basis = "\n".join(str(entry.get(k) or "") for k in ("title", "published", "updated", "summary"))
    return "digest:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()
