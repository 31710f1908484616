"""Inputs to documents: files, folders and URLs, each routed to the reader for its format.

Everything yields; nothing raises. A bad input becomes an :class:`InputError`
in the stream so a batch of a thousand files carries on past one broken file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import InputError
from ..records import SourceDocument
from .decode import binary_kind, decode_bytes
from .dumps import csv_documents, jsonl_documents
from .feeds import feed_documents
from .fetch import FetchResult, describe_size, fetch_url, is_url
from .html import html_document
from .options import AcquireOptions
from .sniff import format_from_content_type, format_from_name, resolve_xml, sniff_format
from .text import text_document
from .warc import warc_documents

Item = SourceDocument | InputError


def iter_documents(inputs: Iterable[str | os.PathLike], opts: Optional[AcquireOptions] = None) -> Iterator[Item]:
    """Yield a :class:`SourceDocument` or an :class:`InputError` for everything in ``inputs``.

    inputs: file paths, folder paths (read recursively in sorted order, hidden
        files and folders skipped) and http(s) URLs, in any mix.
    opts (AcquireOptions): limits, network policy and dump field names.
    """
    opts = opts or AcquireOptions()
    for item in inputs:
        name = os.fspath(item)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        if is_url(name):
            yield from url_documents(name, opts)
            continue
        path = Path(name)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as exc:  # a name too long, or holding a NUL byte
            yield InputError(display_name(name), f"cannot read: {getattr(exc, 'strerror', None) or exc}")
            continue
        if is_dir:
            for file in walk_folder(path):
                if isinstance(file, InputError):
                    yield file
                else:
                    yield from file_documents(file, opts)
        elif exists:
            yield from file_documents(path, opts)
        elif "://" in name:
            yield InputError(display_name(name), "unsupported URL scheme: only http and https are fetched")
        else:
            yield InputError(display_name(name), "no such file or folder")


def display_name(name: str | os.PathLike) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 shown as \\xNN.

    os.fsdecode keeps such bytes as lone surrogates, which neither a terminal nor a
    database accepts; the escaped form still tells the user which file it was.
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")


# Files that describe a folder rather than report on anything: datasets and archives of
# reports come with them. Skipped when walking a folder; read when named directly.
_FOLDER_NOTES = re.compile(r"^(?:README|LICEN[CS]E|COPYING|NOTICE|ATTRIBUTION|CHANGELOG)(?:\.[\w.]+)?$",
                           re.IGNORECASE)


def walk_folder(folder: Path) -> Iterator[Path | InputError]:
    """Files under ``folder``, recursively, in sorted order; an InputError for each sub-folder
    that cannot be read.

    Hidden files and folders are skipped, and so are the README, LICENSE and
    ATTRIBUTION files that describe a folder.
    """
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        while unreadable:  # os.walk reports a folder it cannot list through onerror, then skips it
            exc = unreadable.pop(0)
            yield InputError(display_name(exc.filename or root), f"cannot read folder: {exc.strerror or exc}; "
                                                                 "its files were skipped")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not _FOLDER_NOTES.match(name):
                yield Path(root) / name
    for exc in unreadable:
        yield InputError(display_name(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}; "
                                                               "its files were skipped")


def file_documents(path: Path, opts: AcquireOptions) -> Iterator[Item]:
    """Documents in one file, whatever its format."""
    uri = display_name(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(uri, "empty file (0 bytes)")
            return
        if size > opts.max_bytes:
            yield InputError(uri, f"file too large: {describe_size(size)}, over the limit of "
                                  f"{describe_size(opts.max_bytes)} (raise it with --max-mb)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(uri, f"cannot read file: {exc.strerror or exc}")
        return
    fmt = format_from_name(path.name) or sniff_format(data)
    yield from bytes_documents(data, uri, fmt, opts)


def url_documents(url: str, opts: AcquireOptions) -> Iterator[Item]:
    """Documents behind one URL: a page, a feed, an archive or a dump."""
    try:
        page = fetch_url(url, opts)
    except InputError as exc:
        yield exc
        return
    yield from bytes_documents(page.content, url, fetched_format(page), opts, declared=page.charset, url=page.url)


def fetched_format(page: FetchResult) -> str:
    """The format of a fetched resource, from its declared type, its URL's name and its content."""
    fmt = format_from_content_type(page.content_type) or format_from_name(page.url) or sniff_format(page.content)
    if fmt == "text" and sniff_format(page.content) in ("html", "feed"):
        fmt = sniff_format(page.content)  # servers label pages text/plain more often than they should
    return fmt


def bytes_documents(data: bytes, uri: str, fmt: str, opts: AcquireOptions, declared: Optional[str] = None,
                    url: Optional[str] = None) -> Iterator[Item]:
    """Route ``data`` to the reader for ``fmt``; errors, expected or not, become InputErrors."""
    try:
        yield from _route(data, uri, fmt, opts, declared, url)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a reader bug must not stop the batch; the message says where
        yield InputError(uri, f"could not be read ({type(exc).__name__}: {exc}); please report this as a bug")


def _route(data: bytes, uri: str, fmt: str, opts: AcquireOptions, declared: Optional[str],
           url: Optional[str]) -> Iterator[Item]:
    if not data.strip():
        raise InputError(uri, "empty file (only whitespace)")
    if fmt == "xml":
        fmt = resolve_xml(data)
        if fmt == "xml":
            raise InputError(uri, "XML that is not an RSS or Atom feed")
    if fmt == "binary":
        raise InputError(uri, f"binary file ({binary_kind(data) or 'unknown format'}), not text")
    if fmt == "warc":
        yield from warc_documents(data, uri, opts)
    elif fmt == "feed":
        yield from feed_documents(data, uri, opts)
    elif fmt == "html":
        yield html_document(data, uri, url=url, declared=declared)
    else:
        text, encoding = decode_bytes(data, uri, declared)
        if fmt == "jsonl":
            yield from jsonl_documents(text, uri, opts, encoding)
        elif fmt == "csv":
            yield from csv_documents(text, uri, opts, encoding)
        else:
            doc = text_document(text, uri, encoding, fmt="markdown" if fmt == "markdown" else "text")
            yield doc.model_copy(update={"url": url}) if url else doc
