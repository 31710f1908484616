"""Which reader an input needs: by file extension first, by its first bytes otherwise."""

from __future__ import annotations

import gzip
import io
import re
from typing import Optional

# Formats the readers understand. "xml" is resolved to "feed" by sniffing.
_EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",
    ".warc": "warc", ".warc.gz": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
}
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.IGNORECASE | re.DOTALL)
_HEAD = 4096


def format_from_name(name: str) -> Optional[str]:
    """Format named by the extension of ``name`` (a path or URL path), or None."""
    lower = name.lower().split("?", 1)[0].split("#", 1)[0]
    for ext in sorted(_EXTENSIONS, key=len, reverse=True):  # ".warc.gz" before ".gz"
        if lower.endswith(ext):
            return _EXTENSIONS[ext]
    return None


def format_from_content_type(content_type: Optional[str]) -> Optional[str]:
    """Format named by an HTTP Content-Type header, or None when it says nothing useful."""
    if not content_type:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if mime in ("application/xml", "text/xml"):
        return "xml"
    if mime == "text/markdown":
        return "markdown"
    if mime == "text/plain":
        return "text"
    if mime in ("application/warc", "application/x-warc"):
        return "warc"
    if mime in ("application/jsonl", "application/x-ndjson", "application/json"):
        return "jsonl"
    if mime == "text/csv":
        return "csv"
    return None


def sniff_format(head: bytes) -> str:
    """Format guessed from the first bytes of an input; "text" when nothing more specific fits."""
    head = head[:_HEAD]
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = gzip.GzipFile(fileobj=io.BytesIO(head)).read(16)
        except (OSError, EOFError):
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "binary"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or _FEED_ROOT.match(stripped):
        return resolve_xml(head)
    if _HTML_START.match(stripped):
        return "html"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "text"


def resolve_xml(head: bytes) -> str:
    """An XML document is a feed when its root element is rss, feed or RDF; else XHTML or other XML."""
    if _FEED_ROOT.search(head[:_HEAD]):
        return "feed"
    if re.search(rb"<html\b", head[:_HEAD], re.IGNORECASE):
        return "html"
    return "xml"
