"""One JSON shape for every API error: {"ok": false, "status": 404, "error": "…", "errors": [...]}."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, StoreError


def error_response(status: int, message: str, errors: list | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "status": status, "error": message, "errors": errors or []},
                        status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError):
        errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return error_response(422, "invalid request: " + "; ".join(errors), errors)

    # Bad filter values the store rejects (unknown country, unknown sort key) are the caller's error.
    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError):
        return error_response(400, str(exc))

    @app.exception_handler(InputError)
    async def input_error(_request: Request, exc: InputError):
        return error_response(400, str(exc))
