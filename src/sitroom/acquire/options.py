"""Options for reading inputs: limits, network policy and dump field names, in one object."""

from __future__ import annotations

from dataclasses import dataclass

# 20 MB holds any news article with its page furniture many times over; larger
# inputs are almost always archives or media sent by mistake.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_USER_AGENT = "sitroom/0.1 (+https://example.invalid/sitroom)"
# Inflated sizes inside compressed archives (WARC.gz): a 1 MB file can inflate to gigabytes.
# The largest news pages are about 2 MB of HTML; 5 MB leaves room and keeps trafilatura's
# tree of one page near 100 MB. A 20 MB WARC.gz of HTML inflates to about 100-150 MB.
DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class AcquireOptions:
    """How :func:`sitroom.acquire.iter_documents` reads its inputs.

    max_bytes (int): largest file or download accepted, in bytes.
    max_record_bytes (int): largest page inside an archive, once inflated; larger ones are skipped.
    max_inflated_bytes (int): most bytes one archive may inflate to; reading stops there.
    allow_private (bool): allow URLs resolving to private, loopback, link-local,
        multicast or reserved addresses (off by default: a server-side fetch must
        not reach into the network it runs in).
    timeout (float): seconds allowed for a whole fetch: connecting, redirects and the body.
    max_redirects (int): redirect hops followed; each hop's address is re-checked.
    user_agent (str): the User-Agent header sent with every request.
    fetch_feed_entries (bool): fetch the page behind each feed entry (else use the
        entry's own content or summary).
    *_field (str): column or key names of JSONL and CSV article dumps; ``id_field``
        names a record within its dump (``dump.jsonl#<id>``; the line number when absent).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    max_inflated_bytes: int = DEFAULT_MAX_INFLATED_BYTES
    allow_private: bool = False
    timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    fetch_feed_entries: bool = True
    id_field: str = "id"
    text_field: str = "text"
    title_field: str = "title"
    url_field: str = "url"
    published_field: str = "published"
    source_field: str = "source"
