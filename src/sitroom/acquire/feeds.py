"""RSS and Atom feeds: one document per entry, from the entry's page or its own content."""

from __future__ import annotations

from typing import Iterator, Optional

from ..errors import InputError
from ..records import SourceDocument
from .dedup import content_hash
from .fetch import fetch_url, is_url
from .html import html_document, html_to_text
from .options import AcquireOptions


def feed_documents(data: bytes, uri: str, opts: AcquireOptions) -> Iterator[SourceDocument | InputError]:
    """Yield a document (or an InputError) for each entry of the feed in ``data``.

    Each entry's linked page is fetched when ``opts.fetch_feed_entries`` is set;
    when the page cannot be fetched or read, the entry's content or summary is used.
    The feed's own title names the outlet when the page gives no site name.
    """
    import feedparser

    problem = xml_problem(data)
    if problem:
        yield InputError(uri, f"not a feed: the file is not XML ({problem})")
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("version", "") == "" and not parsed.entries:
        yield InputError(uri, "not a feed: XML without an RSS or Atom root element")
        return
    if not parsed.entries:
        yield InputError(uri, "feed has no entries")
        return
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        yield entry_document(entry, f"{uri}#entry{number}", outlet, parsed.get("encoding") or "utf-8", opts)


def entry_document(entry, entry_uri: str, outlet: Optional[str], encoding: str,
                   opts: AcquireOptions) -> SourceDocument | InputError:
    """The document of one feedparser entry: its page when it can be fetched, else its own content.

    outlet (str | None): the feed's title, the source when the page names none.
    """
    link = entry.get("link")
    # An RSS guid is a permalink unless it says otherwise, so feedparser makes "g4" the link: only a
    # URL is one (the brief and the dashboard link to it).
    link = link if link and is_url(link) else None
    published = entry.get("published") or entry.get("updated") or entry.get("created")
    page: SourceDocument | InputError | None = None
    if link and opts.fetch_feed_entries:
        page = _fetched_page(link, entry_uri, opts)
    doc = page if isinstance(page, SourceDocument) else _entry_content(entry, entry_uri, encoding)
    if doc is None:
        # Say why the page failed (404, refused address, timeout...): the user can act on that.
        why = f"its page could not be fetched ({page.reason})" if isinstance(page, InputError) else (
            "no link to its page" if not link else "its page is not fetched")
        return InputError(entry_uri, f"feed entry {entry.get('title', '')!r} has no content and {why}")
    return doc.model_copy(update={
        "title": doc.title or entry.get("title"),
        "url": doc.url or link,
        "source": doc.source or outlet,
        # The feed's date is the publisher's statement; the page's may be a guess from its URL.
        "published": published or doc.published,
    })


def xml_problem(data: bytes) -> Optional[str]:
    """Why ``data`` is not well-formed XML, or None when it is."""
    from lxml import etree

    # No entities, no DTDs, no network: a hostile feed must not read local files.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        etree.fromstring(data.lstrip(), parser)
    except etree.XMLSyntaxError as exc:
        return str(exc).splitlines()[0] if str(exc) else "syntax error"
    return None


def _fetched_page(link: str, entry_uri: str, opts: AcquireOptions) -> SourceDocument | InputError:
    """The entry's page, or why it could not be had (the caller falls back to the entry's own content)."""
    try:
        page = fetch_url(link, opts)
        return html_document(page.content, entry_uri, url=page.url, declared=page.charset, fmt="feed")
    except InputError as exc:
        return exc


def _entry_content(entry, entry_uri: str, encoding: str) -> Optional[SourceDocument]:
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    for html in sorted(candidates, key=len, reverse=True):
        text = html_to_text(html) if html else ""
        if text.strip():
            text = text.strip() + "\n"
            return SourceDocument(uri=entry_uri, text=text, title=entry.get("title"), format="feed",
                                  encoding=encoding, content_hash=content_hash(text))
    return None
