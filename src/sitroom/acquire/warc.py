"""Web archives (WARC, WARC.gz): one document per HTML response record."""

from __future__ import annotations

import io
import re
import zlib
from typing import Iterator, Optional

from ..errors import InputError, InputSkipped
from ..records import SourceDocument
from .fetch import describe_size
from .html import html_document
from .options import AcquireOptions

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(data: bytes, uri: str, opts: Optional[AcquireOptions] = None) -> Iterator[SourceDocument | InputError]:
    """Yield a document (or an InputError) for each HTML response record in ``data``; error responses are
    skipped one by one, and 2xx responses that are no page (images, JSON) in one line for the archive.

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
    stop = None
    if data.startswith(b"\x1f\x8b"):
        # warcio inflates what it is given and reads whatever follows a record to its next line
        # break: a gzip member holding more than its record declares would be read whole.
        end, stop = _check_members(data, opts.max_inflated_bytes)
        data = data[:end]
    from warcio.exceptions import ArchiveLoadFailed

    complete = 0
    html_seen = 0
    inflated = 0  # declared sizes of the records so far
    end = 0  # offset just past the last complete record
    seen_ids: set[str] = set()
    other_types: dict[str, int] = {}  # responses that are no page (images, scripts, JSON), by media type
    try:
        archive = _quiet_iterator(io.BytesIO(data))
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
            error = _error_status(record)
            if error:
                # A crawl records the error pages it met: no report, but the user is told which were passed over.
                yield InputSkipped(record_id, f"HTTP {error} response, not a page; skipped")
                continue
            if not is_html:
                if _is_success(record):  # a redirect passes silently: the page it leads to is its own record
                    media = _media_type(record)
                    other_types[media] = other_types.get(media, 0) + 1
                continue
            html_seen += 1
            yield _page_document(record, body, record_id, target, opts)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, AttributeError, TypeError) as exc:
        # warcio reports a file that ends inside headers with whatever its parser hit first.
        yield InputError(uri, f"WARC cut mid-record or corrupt after {complete} complete records "
                              f"({type(exc).__name__}: {_short_detail(exc)})")
        return
    if stop is not None:
        yield InputError(uri, f"{stop}; the {complete} records before it were read")
        return
    if other_types and html_seen:  # (with no page at all, the error below says so)
        # One line for all of them: a crawl holds many images and scripts, and none is a report.
        n = sum(other_types.values())
        kinds = ", ".join(f"{media} {count}" for media, count in sorted(other_types.items()))
        yield InputSkipped(uri, f"{n} response{'s' if n != 1 else ''} not HTML ({kinds}), not "
                                f"{'pages' if n != 1 else 'a page'}; skipped")
    problem = _ending_problem(data[end:], complete, html_seen)
    if problem:
        yield InputError(uri, problem)


def _is_success(record) -> bool:
    """A 2xx response record."""
    return (record.rec_type == "response" and record.http_headers is not None
            and (record.http_headers.get_statuscode() or "").startswith("2"))


def _media_type(record) -> str:
    """The response's media type ("application/json"), or "no content type"."""
    value = record.http_headers.get_header("Content-Type", "") or ""
    return value.split(";")[0].strip().lower()[:60] or "no content type"


def _page_document(record, body: bytes, record_id: str, target: str,
                   opts: AcquireOptions) -> SourceDocument | InputError:
    """The document of one HTML response record, or why it was skipped."""
    if len(body) > opts.max_record_bytes:
        return InputError(record_id, f"page too large once inflated: over the limit of "
                                     f"{describe_size(opts.max_record_bytes)}; skipped")
    try:
        charset = record.http_headers.get_header("Content-Type", "")
        declared = charset.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in charset else None
        return html_document(body, record_id, url=target or None, declared=declared, fmt="warc")
    except InputError as exc:
        return exc


def _ending_problem(tail: bytes, complete: int, html_seen: int) -> Optional[str]:
    """What is wrong with how the archive ended, if anything: bytes that form no record (warcio stops quietly
    when the file ends inside the headers of the next record), no records, or no HTML among them."""
    if tail.strip(b"\r\n"):
        return (f"WARC cut mid-record: {len(tail):,} bytes after record {complete} do not form a "
                f"complete record; the {complete} records before them were read")
    if complete == 0:
        return "not a WARC archive: no records found"
    if html_seen == 0:
        return f"WARC has {complete} records but no HTML responses"
    return None


# Bytes a gzip member may hold past its record's declared block: the WARC header (up to 64 KB here)
# and the two line breaks that end a record.
_MEMBER_SLACK = 65536
_CONTENT_LENGTH = re.compile(rb"\r?\ncontent-length:[ \t]*(\d{1,18})[ \t]*\r?\n", re.IGNORECASE)


def _check_members(data: bytes, max_inflated: int) -> tuple[int, Optional[str]]:
    """Inflate each gzip member of a WARC.gz once, counting and discarding: (offset up to which the
    members are sound, why reading must stop there, or None).

    A member is unsound when it inflates to more than its record's WARC header and declared block,
    or when the archive's inflated size passes ``max_inflated``. Memory stays at one 1 MB chunk.
    """
    pos = total = 0
    number = 0
    while pos < len(data) and data.startswith(b"\x1f\x8b", pos):
        number += 1
        inflater = zlib.decompressobj(wbits=31)
        head = b""
        size = 0
        read_to = pos
        while not inflater.eof:
            chunk = inflater.unconsumed_tail
            if not chunk:
                if read_to >= len(data):
                    return len(data), None  # a cut member: warcio reports where
                chunk = data[read_to:read_to + 65536]
                read_to += len(chunk)
            try:
                out = inflater.decompress(chunk, 1 << 20)
            except zlib.error:
                return len(data), None  # corrupt: warcio reports it
            size += len(out)
            total += len(out)
            if len(head) < _MEMBER_SLACK:
                head += out[:_MEMBER_SLACK - len(head)]
            if total > max_inflated:
                return pos, (f"archive inflates to more than {describe_size(max_inflated)}: reading stopped at "
                             f"record {number}")
            header_end = head.find(b"\r\n\r\n")
            declared = _CONTENT_LENGTH.search(head, 0, header_end + 2) if header_end >= 0 else None
            if declared and size > header_end + 4 + int(declared.group(1)) + _MEMBER_SLACK:
                return pos, (f"WARC record {number} inflates to more than its Content-Length of "
                             f"{int(declared.group(1)):,} bytes says (corrupt or hostile, or its records were "
                             f"not compressed one by one): reading stopped there")
        pos = read_to - len(inflater.unused_data)
    return len(data), None


# Longest line read between records: warcio reads to the next line break, however far it is.
_MAX_LINE = 65536


def _quiet_iterator(stream):
    """warcio's ArchiveIterator, except between records: a line is read to at most _MAX_LINE bytes, and
    a record whose Content-Length is wrong is not printed to stderr (warcio writes the whole remainder)."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):
        def _consume_blanklines(self):  # warcio 1.8: returns (first non-blank line or None, blank bytes)
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline(_MAX_LINE)
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    self.err_count += len(line.rstrip()) != 0
                    first_line = False
                    continue
                return line, empty_size

    return QuietIterator(stream)


def _starts_like_warc(data: bytes) -> bool:
    """True when ``data``, or its first gzip member, opens with a WARC record header."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = zlib.decompressobj(wbits=31).decompress(data[:4096], 16)
        except zlib.error:
            return False
    return data.lstrip(b"\r\n").startswith(b"WARC/")


def _short_detail(exc: Exception, limit: int = 80) -> str:
    """The first line of an exception's message, cut to ``limit`` characters (warcio quotes whole lines)."""
    line = str(exc).splitlines()[0] if str(exc) else "no detail"
    return line if len(line) <= limit else line[:limit] + "..."


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


def _error_status(record) -> Optional[str]:
    """The status line of a response record that is an HTTP error (4xx, 5xx), else None. Redirects and
    non-HTML responses (images, scripts) are a crawl's ordinary records and pass silently."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = (record.http_headers.get_statuscode() or "")
    if status[:1] in ("4", "5"):
        return " ".join(record.http_headers.statusline.split()) or status
    return None


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
