"""/api/documents: list and read stored documents; POST ingests a report (token required).

A POST takes one of three things:
- JSON ``{"text": "...", "title", "url", "source", "published"}``: pasted text;
- JSON ``{"url": "https://..."}`` without text: the page is fetched and read by acquire;
- multipart form with a ``file`` field (plus optional ``published``): an uploaded file
  (text, HTML, feed, WARC, JSONL/CSV dump), read by its extension like a file on disk.
Bodies above the app's upload limit are refused with 413 before extraction starts.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from ...store.models import DocumentRow, DocumentView
from ... import validate
from ...errors import ParameterError
from ...store import EventFilter
from ..params import IsoDate, Offset, RowId, SearchText, event_filter, get_store, json_body
from ..public import public_document, public_view
from ..security import require_write

router = APIRouter(tags=["documents"])


class DocumentPage(BaseModel):
    limit: int
    offset: int
    has_more: bool
    items: list[DocumentRow]


class IngestRequest(BaseModel):
    """Pasted text, or a URL to fetch when no text is given."""

    text: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    published: Optional[IsoDate] = None


class IngestFailure(BaseModel):
    source: str
    reason: str


class IngestResult(BaseModel):
    ok: bool
    ingested: int
    already_stored: int
    duplicates: int
    near_duplicates: int
    non_english: int
    document_ids: list[int]
    # The stored documents that inputs skipped as duplicates or already stored have the text of, each once:
    # GET /api/documents/{id} shows what was found.
    duplicate_of: list[int] = []
    failed: list[IngestFailure]


@router.get("/documents", response_model=DocumentPage)
def list_documents(
    limit: int = Query(50, ge=1, le=500),
    offset: Annotated[Offset, Query()] = 0,
    q: Optional[SearchText] = Query(None, description="Substring of the title, text, source, URL or path, in any case."),
    f: EventFilter = Depends(event_filter),
    store=Depends(get_store),
) -> DocumentPage:
    """Documents, newest first; the event filters (as on /api/events) keep those that report a matching event."""
    rows = store.documents(limit=limit + 1, offset=offset, q=q or None, events_filter=f)
    return DocumentPage(limit=limit, offset=offset, has_more=len(rows) > limit,
                        items=[public_document(r) for r in rows[:limit]])


@router.get("/documents/{document_id}", response_model=DocumentView)
def get_document(document_id: RowId, store=Depends(get_store)) -> DocumentView:
    """A document with its text and every record extracted from it, each with its character span."""
    view = store.document(document_id)
    if view is None:
        raise HTTPException(404, f"no document {document_id}")
    return public_view(view)


INGEST_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": IngestRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"},
                               "published": {"type": "string", "format": "date"}},
                "required": ["file"],
            }},
        },
    },
}


@router.post("/documents", response_model=IngestResult, status_code=201, openapi_extra=INGEST_BODY_DOC,
             dependencies=[Depends(require_write)],
             responses={200: {"description": "nothing new: every input already stored or a duplicate"},
                        207: {"description": "some inputs stored, some failed (`ok` false, `failed` says which)"},
                        400: {"description": "nothing stored: every input failed"},
                        401: {"description": "no or wrong token"}, 413: {"description": "body too large"},
                        415: {"description": "body neither JSON nor a multipart upload"}})
async def ingest_document(request: Request, store=Depends(get_store)):
    """Ingest one report: extract it and store it with everything found in it, in one transaction."""
    limit = request.app.state.max_upload_bytes
    body = await _read_capped(request, limit)
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        request._body = body  # let Starlette's form parser read the body already taken
        form = await request.form()
        upload = form.get("file")
        if upload is None or not hasattr(upload, "read"):
            raise HTTPException(422, "multipart upload needs a `file` field")
        published = _date_or_none(form.get("published"))
        data = await upload.read()
        report = await run_in_threadpool(_ingest_file, store, data, upload.filename or "upload.txt", published, limit,
                                          request.app.state.settings)
    else:
        _check_json_media_type(content_type)
        value = json_body(body)
        if isinstance(value, dict):
            unknown = sorted(set(value) - set(IngestRequest.model_fields))
            if unknown:
                raise HTTPException(422, f"invalid JSON body: unknown field{'s' if len(unknown) > 1 else ''} "
                                         f"{', '.join(repr(k[:100]) for k in unknown[:10])}; it takes "
                                         f"{', '.join(IngestRequest.model_fields)}")
        try:
            req = IngestRequest.model_validate(value)
        except ValidationError as exc:
            raise HTTPException(422, f"invalid JSON body: {_first_line(exc)}; send {{\"text\": \"...\"}} or {{\"url\": \"https://...\"}}") from None
        if req.text and req.text.strip():
            report = await run_in_threadpool(_ingest_text, store, req, request.app.state.settings)
        elif req.url:
            if not re.match(r"^https?://", req.url):
                raise HTTPException(422, f"url {req.url[:200]!r} must start with http:// or https://")
            _check_url(req.url)
            report = await run_in_threadpool(_ingest_url, store, req, limit, request.app.state.settings)
        else:
            raise HTTPException(422, "nothing to ingest: give `text`, `url`, or upload a `file`")
    return _result(report)


def _check_json_media_type(content_type: str) -> None:
    """415 unless the body is declared JSON (or not declared at all): a text/plain body would otherwise be
    parsed as JSON and answered "Expecting value", which does not say what to send."""
    media = content_type.split(";")[0].strip().lower()
    if media and media != "application/json" and not media.endswith("+json"):
        raise HTTPException(415, f"unsupported content type {media[:100]!r}: send application/json "
                                 "({\"text\": \"...\"} or {\"url\": \"https://...\"}) or a multipart/form-data "
                                 "upload with a `file` field")


async def _read_capped(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it grows past ``limit`` (Content-Length may be absent)."""
    declared = request.headers.get("content-length")
    too_large = HTTPException(413, f"request body larger than the upload limit of {limit // 1024} KiB; "
                                   "split the input or ingest it with `sitroom ingest`")
    if declared and declared.isdigit() and int(declared) > limit + 64 * 1024:  # multipart framing slack
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit + 64 * 1024:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest_text(store, req: IngestRequest, settings):
    from ...api import ingest_text

    return ingest_text(store, req.text, title=req.title, url=req.url, source=req.source, published=req.published,
                       settings=settings)


def _ingest_url(store, req: IngestRequest, limit: int, settings):
    from ...acquire import AcquireOptions
    from ...api import ingest

    # acquire refuses private and loopback addresses by default: the server cannot be made to probe its network.
    return ingest([req.url], store, AcquireOptions(max_bytes=limit),
                  settings=settings.model_copy(update={"default_published": req.published}))


def _ingest_file(store, data: bytes, filename: str, published: Optional[str], limit: int, settings):
    from ...acquire import AcquireOptions
    from ...api import ingest

    if len(data) > limit:
        raise HTTPException(413, f"{filename}: file larger than the upload limit of {limit // 1024} KiB")
    # Keep only a plain extension: acquire picks the reader by it; the name itself is untrusted.
    suffix = Path(filename).suffix.lower()
    suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix or "") else ".txt"
    # Stored and reported under the sender's file name, not the server's temporary path: a failure
    # ("dump.csv:5") is then cleared when the fixed file is uploaded again, and no server path shows.
    name = _upload_name(filename, suffix)
    with tempfile.TemporaryDirectory(prefix="sitroom-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        return ingest([str(path)], store, AcquireOptions(max_bytes=limit),
                      settings=settings.model_copy(update={"default_published": published}),
                      rename=lambda text: text.replace(str(path), name))


def _upload_name(filename: str, suffix: str) -> str:
    """The uploaded file's own name, without folders or control characters, or ``upload.EXT``."""
    name = re.sub(r"[\x00-\x1f\x7f]", "", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip()[:200]
    return name if name not in ("", ".", "..") else f"upload{suffix}"


def _result(report) -> JSONResponse:
    result = IngestResult(
        ok=report.ok, ingested=report.ingested, already_stored=report.already_stored, duplicates=report.duplicates,
        near_duplicates=report.near_duplicates, non_english=report.non_english,
        document_ids=report.document_ids, duplicate_of=report.duplicate_of,
        failed=[IngestFailure(source=s, reason=r) for s, r in report.failed],
    )
    if report.failed and not report.document_ids and not report.duplicates and not report.already_stored:
        reasons = "; ".join(f"{f.source}: {f.reason}" for f in result.failed)
        return JSONResponse({"ok": False, "status": 400, "error": f"nothing ingested: {reasons}", "errors": [],
                             **result.model_dump(exclude={"ok"})}, status_code=400)
    if report.failed:
        # Some inputs stored, some refused (a dump with two bad rows): 207 Multi-Status, not a plain success,
        # as the CLI exits 1 for the same file; `failed` names each refused input and why.
        return JSONResponse({"status": 207, **result.model_dump()}, status_code=207)
    return JSONResponse(result.model_dump(), status_code=201 if report.document_ids else 200)


def _date_or_none(value) -> Optional[str]:
    if not value:
        return None
    try:
        return validate.iso_date(str(value))
    except ValueError as exc:
        raise ParameterError("published", str(exc)) from None


def _check_url(url: str) -> None:
    """422 for a URL that cannot be parsed (``http://[::1``), before anything tries to fetch it."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (parses the port: "http://x:y/" raises here)
    except ValueError as exc:
        raise ParameterError("url", f"{url[:200]!r} is not a valid URL: {exc}") from None
    if not parts.hostname:
        raise ParameterError("url", f"{url[:200]!r} is not a valid URL: no host name")


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"field {'.'.join(str(p) for p in err['loc'])}: {err['msg'].removeprefix('Value error, ')}"
    return str(exc).splitlines()[0]
