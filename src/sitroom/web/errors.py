"""One JSON shape for every API error: {"ok": false, "status": 404, "error": "…", "errors": [...]}.

Messages name the parameter and the reason, never a file path, the database's path or host, or a
traceback: driver errors are answered by kind (too complex: 400, busy: 503, else 500) and logged in full.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DatabaseError, InputError, ParameterError, StoreError

log = logging.getLogger("sitroom.web")

INTERNAL_ERROR = "internal error: the server could not answer this request; its log has the details"
_DATABASE_ERRORS = {
    "too complex": (400, "query too complex for the database; use fewer or shorter filter values"),
    "busy": (503, "the database is busy (another process is writing); try again in a moment"),
    "failed": (500, "the database failed on this request; the server's log has the details"),
}


def error_response(status: int, message: str, errors: list | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "status": status, "error": message, "errors": errors or []},
                        status_code=status, headers=headers)


def _validation_message(error: dict) -> str:
    """``since: '2021-13-01' is not a real date: month must be in 1..12`` from a pydantic error."""
    loc = [str(p) for p in error.get("loc", ())]
    if loc and loc[0] in ("query", "path", "header", "cookie"):
        loc = loc[1:]  # the parameter's name is what the caller knows
    msg = str(error.get("msg", "invalid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    return f"{'.'.join(loc) or 'request'}: {msg}"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        # A 422 always lists what is wrong, as the parameter checks do (here: a bad request body).
        errors = [str(exc.detail)] if exc.status_code == 422 else None
        return error_response(exc.status_code, str(exc.detail), errors, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError):
        # dict.fromkeys: a parameter two dependencies share (since on /api/claims) is named once.
        errors = list(dict.fromkeys(_validation_message(e) for e in exc.errors()))
        return error_response(422, "invalid request: " + "; ".join(errors), errors)

    @app.exception_handler(ParameterError)
    async def parameter_error(_request: Request, exc: ParameterError):
        return error_response(422, f"invalid request: {exc}", exc.problems)

    # Bad filter values the store rejects (unknown sort key, interval) are the caller's error; driver
    # failures are answered by kind, without the message (it names the database).
    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        if isinstance(exc, DatabaseError):
            status, message = _DATABASE_ERRORS.get(exc.kind, _DATABASE_ERRORS["failed"])
            log.error("%s %s: %s", request.method, request.url.path, exc)
            return error_response(status, message)
        return error_response(400, str(exc))

    @app.exception_handler(InputError)
    async def input_error(_request: Request, exc: InputError):
        return error_response(400, str(exc))
