"""Web archives (WARC, WARC.gz): one document per HTML response record."""

from __future__ import annotations

import io
import zlib
from typing import Iterator

from ..errors import InputError
from ..records import SourceDocument
from .html import html_document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(data: bytes, uri: str) -> Iterator[SourceDocument | InputError]:
    """Yield a document (or an InputError) for each HTML response record in ``data``.

    Records are read in order; an archive cut mid-record yields the complete
    records before the cut and then one InputError saying where it was cut.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    complete = 0
    html_seen = 0
    end = 0  # offset just past the last complete record
    seen_ids: set[str] = set()
    try:
        archive = ArchiveIterator(io.BytesIO(data))
        for record in archive:
            target = record.rec_headers.get_header("WARC-Target-URI") or ""
            record_id = f"{uri}#{target or record.rec_headers.get_header('WARC-Record-ID')}"
            if record_id in seen_ids:  # the same page captured twice: keep the names distinct
                record_id = f"{record_id}@{complete + 1}"
            seen_ids.add(record_id)
            declared_length = int(record.rec_headers.get_header("Content-Length") or 0)
            is_html = record.rec_type == "response" and _is_html_response(record)
            body = record.content_stream().read() if is_html else b""
            archive.read_to_end(record)  # drain the rest so a short record shows up below
            if not declared_length or _short(record):
                yield InputError(uri, f"WARC cut mid-record: record {complete + 1} ({target or 'no target URI'}) "
                                      f"is incomplete; the {complete} records before it were read")
                return
            complete += 1
            end = archive.get_record_offset() + archive.get_record_length()
            if not is_html:
                continue
            html_seen += 1
            try:
                charset = record.http_headers.get_header("Content-Type", "")
                declared = charset.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in charset else None
                yield html_document(body, record_id, url=target or None, declared=declared, fmt="warc")
            except InputError as exc:
                yield exc
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, AttributeError, TypeError) as exc:
        # warcio reports a file that ends inside headers with whatever its parser hit first.
        yield InputError(uri, f"WARC cut mid-record or corrupt after {complete} complete records "
                              f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'})")
        return
    # warcio stops quietly when the file ends inside the headers of the next record.
    tail = data[end:]
    if tail.strip(b"\r\n"):
        yield InputError(uri, f"WARC cut mid-record: {len(tail):,} bytes after record {complete} do not form a "
                              f"complete record; the {complete} records before them were read")
        return
    if complete == 0:
        yield InputError(uri, "not a WARC archive: no records found")
    elif html_seen == 0:
        yield InputError(uri, f"WARC has {complete} records but no HTML responses")


def _is_html_response(record) -> bool:
    if record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)


def _short(record) -> bool:
    """True when the record block ended before its declared Content-Length."""
    # warcio reads the block through a LimitReader whose `limit` counts down the
    # bytes still owed; after draining, anything left means the file ended early.
    limit = getattr(record.raw_stream, "limit", None)
    return limit is not None and limit > 0
