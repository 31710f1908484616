"""What the API shows of where a document came from: never a path on the server.

A document read from a file is stored under the path it was read from (``/srv/feeds/news.jsonl#id-249``),
which says how the server's disk is laid out. The API shows the file's name and the record or line
within it (``news.jsonl#id-249``), enough to find the source; URLs and ``pasted text`` are shown as
stored. The CLI, run by the store's owner, still shows the full path.
"""

from __future__ import annotations

import re

from ..store.models import DocumentRow, DocumentView

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_WINDOWS_DRIVE = re.compile(r"^[a-z]:[\\/]", re.IGNORECASE)


def public_uri(uri: str) -> str:
    """``uri`` without the server's directories: a file's name and its ``#record``; URLs unchanged."""
    if _URL.match(uri) and not uri.lower().startswith("file://"):
        return uri
    path, sep, record = uri.partition("#")
    if path.lower().startswith("file://"):
        path = path[len("file://"):]
    if not (path.startswith(("/", "~", "\\")) or _WINDOWS_DRIVE.match(path) or ".." in path.replace("\\", "/").split("/")):
        return uri  # a name relative to where it was ingested from ("reports/a.html"), as the user gave it
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1] or path
    return name + sep + record


def public_document(row: DocumentRow) -> DocumentRow:
    return row.model_copy(update={"uri": public_uri(row.uri)})


def public_view(view: DocumentView) -> DocumentView:
    return view.model_copy(update={"document": public_document(view.document)})
