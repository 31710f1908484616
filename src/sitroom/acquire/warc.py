"""Web archives (WARC, WARC.gz): one document per HTML response record."""

from __future__ import annotations

import io
import zlib
from typing import Iterator, Optional

from ..errors import InputError
from ..records import SourceDocument
from .fetch import describe_size
from .html import html_document
from .options import AcquireOptions

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(data: bytes, uri: str, opts: Optional[AcquireOptions] = None) -> Iterator[SourceDocument | InputError]:
    """Yield a document (or an InputError) for each HTML response record in ``data``.

    Records are read in order; an archive cut mid-record yields the complete
    records before the cut and then one InputError saying where it was cut.
    Inflation is bounded: a page larger than ``opts.max_record_bytes`` once inflated
    is skipped with an error, and reading stops when the records' declared sizes
    pass ``opts.max_inflated_bytes``, before they are inflated.
    """
    opts = opts or AcquireOptions()
    if not _starts_like_warc(data):
        yield InputError(uri, "not a WARC archive: it does not start with a WARC/1.x record header")
        return
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    complete = 0
    html_seen = 0
    inflated = 0  # declared sizes of the records so far
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
            inflated += declared_length
            if inflated > opts.max_inflated_bytes:
                yield InputError(uri, f"archive inflates to more than {describe_size(opts.max_inflated_bytes)}: "
                                      f"reading stopped at record {complete + 1} ({target or 'no target URI'}); "
                                      f"the {complete} records before it were read")
                return
            is_html = record.rec_type == "response" and _is_html_response(record)
            # Read one byte past the cap: the HTTP payload may itself be gzip-encoded (a bomb within a bomb).
            body = _read_up_to(record.content_stream(), opts.max_record_bytes + 1) if is_html else b""
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
            if len(body) > opts.max_record_bytes:
                yield InputError(record_id, f"page too large once inflated: over the limit of "
                                            f"{describe_size(opts.max_record_bytes)}; skipped")
                continue
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


def _starts_like_warc(data: bytes) -> bool:
    """True when ``data``, or its first gzip member, opens with a WARC record header."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = zlib.decompressobj(wbits=31).decompress(data[:4096], 16)
        except zlib.error:
            return False
    return data.lstrip(b"\r\n").startswith(b"WARC/")


def _read_up_to(stream, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream`` (warcio's readers may return less than asked for per call)."""
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


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
