"""`sitroom serve`: the dashboard and JSON API over a store."""

from __future__ import annotations

import errno
import socket
from typing import Optional

import typer

from ..environment import ENV, from_environment
from . import USAGE, app, fail

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", envvar=ENV["db"], help="Database URL or SQLite path (default ./sitroom.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default keeps the app on this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    max_upload_mb: float = typer.Option(10.0, "--max-upload-mb", help="Largest upload or pasted text accepted, in megabytes."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", metavar="NAME",
                                                   help="Also answer requests for this host name (the machine's DNS name, "
                                                        "a reverse proxy's); repeatable. Others get 421."),
):
    """Serve the web dashboard and the JSON API (/api/, OpenAPI at /openapi.json).

    Ingest through the API needs the token in the environment variable SITROOM_TOKEN; without it the app is read-only.
    Requests must name this server as localhost, 127.0.0.1, [::1], the --host address or an --allow-host name
    (a page on another name that a DNS-rebinding attack points here is refused with 421).
    """
    import uvicorn

    from ..validate import MAX_TEXT, finite
    from ..web import create_app
    from ._extract_cli import load_settings
    from ._store_cli import checked, open_existing

    # Up to 1 GiB: uploads are held in memory while they are read.
    max_upload_mb = checked("--max-upload-mb", lambda v: finite(v, 0.01, 1024), max_upload_mb)
    for name in allow_host or ():
        if not name.strip() or len(name) > MAX_TEXT or "/" in name or " " in name.strip():
            raise fail(f"--allow-host: {name!r} is not a host name (give a name such as sitroom.example.org, no port)", USAGE)
    token = from_environment("token")
    # Bind before anything is said or opened: a port in use is one line and exit 1, not
    # "serving…" followed by uvicorn's bind error.
    sock = _bind(host, port)
    settings = load_settings(db=db)  # documents ingested through the API use $SITROOM_ACTORS's catalogues
    try:
        open_existing(settings.db).close()  # a mistyped --db is an error, not a new empty store
        web_app = create_app(settings.db, token, max_upload_bytes=int(max_upload_mb * 1024 * 1024), settings=settings,
                             host=host, allow_hosts=allow_host or ())
    except BaseException:
        sock.close()
        raise
    mode = "ingest enabled with SITROOM_TOKEN" if token else "read-only (set SITROOM_TOKEN to allow ingest)"
    typer.echo(f"sitroom serving {web_app.state.store.url} on http://{_url_host(host)}:{port}/ — {mode}", err=True)
    if host not in LOOPBACK:
        typer.echo(f"Warning: listening on {host}: anyone who can reach this address can read the store.", err=True)
    server = uvicorn.Server(uvicorn.Config(web_app, host=host, port=port, log_level="warning"))
    server.run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a one-line error naming the address and the reason."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise fail(f"cannot listen on {host}:{port}: unknown host ({exc.strerror})")
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    # Like uvicorn: a port left in TIME_WAIT by a stopped server may be reused, one in use may not.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise fail(f"cannot listen on {host}:{port}: {reason}; stop the other server or choose another --port")
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
