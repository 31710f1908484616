"""The FastAPI application: JSON API under /api/, the dashboard at /, OpenAPI at /openapi.json.

The app holds one opened store for its lifetime. Routes never touch SQL: they
call :class:`sitroom.store.Store` methods and return its pydantic rows, so the
CLI and the API serialise records the same way.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Iterable, Optional

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .errors import install_error_handlers
from .head import HeadAsGetMiddleware
from .params import known_parameters
from .routes import ROUTERS
from .security import Guard, HostPolicy, WriteAccess

STATIC_DIR = Path(__file__).parent / "static"
# Uploads and pasted texts above this are refused with 413: a news report is a few tens of kB.
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def create_app(store_url: Optional[str] = None, token: Optional[str] = None, *,
               store=None, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES, settings=None,
               host: str = "127.0.0.1", allow_hosts: Iterable[str] = ()) -> FastAPI:
    """Build the web app over the store at ``store_url``.

    store_url (str | None): database URL or SQLite path; None means $SITROOM_DB or ./sitroom.db.
    token (str | None): the bearer token that writes (ingest) require; None makes the app read-only.
    store (Store | None): an already opened store to serve instead (tests); the app will not close it.
    max_upload_bytes (int): the largest upload or pasted text accepted.
    settings (Settings | None): what documents ingested through the API are extracted with (user actor
        catalogues); defaults when None.
    host (str): the address the server binds; requests must name it, localhost, 127.0.0.1 or [::1] in
        their Host header (any IP literal when it binds every interface), or get 421.
    allow_hosts (iterable of str): more names to answer to (the server's DNS name, a reverse proxy's).
    RETURNS (FastAPI): the application, ready for uvicorn or TestClient.
    RAISES StoreError: when the database cannot be opened.
    """
    owns_store = store is None
    if store is None:
        from ..api import open_store

        store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        try:
            yield
        finally:
            if owns_store:
                store.close()

    app = FastAPI(
        title="sitroom",
        version=__version__,
        description="Events and claims extracted from conflict reports, each traceable to its sentence and source. "
                    "Reads are open; writes (POST /api/documents) need `Authorization: Bearer <SITROOM_TOKEN>`.",
        lifespan=lifespan,
        docs_url=None,  # the Swagger page loads scripts from a CDN; the dashboard stays offline
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_access = WriteAccess(token)
    app.state.max_upload_bytes = max_upload_bytes
    if settings is None:
        from ..settings import Settings

        settings = Settings()
    app.state.settings = settings
    app.add_middleware(Guard, hosts=HostPolicy(host, allow_hosts))
    # The basemap's boundaries are 2.6 MB of JSON, 0.8 MB gzipped.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.add_middleware(HeadAsGetMiddleware)  # outermost: HEAD runs as GET through every layer
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router, prefix="/api", dependencies=[Depends(known_parameters)])
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/brief", include_in_schema=False)
    def brief_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "brief.html", media_type="text/html")

    return app
