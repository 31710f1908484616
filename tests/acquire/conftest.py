"""Fixtures for acquire tests: the fixture folders and a local HTTP server.

The server runs in a thread on 127.0.0.1, so fetching from it needs
``allow_private=True`` — which is itself what the refusal tests rely on.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sitroom.acquire import AcquireOptions

DATA = Path(__file__).resolve().parents[1] / "data"
REPORTS = DATA / "reports"
BAD = DATA / "bad_inputs"


class _Handler(BaseHTTPRequestHandler):
    """Routes: /reports/<file>, /redirect/<n> (n hops then the page), /big, /big-chunked,
    /slow, /drip and /drip-headers (the body or the whole answer a byte at a time), /missing, /feed.rss (entries pointing back at this server), /ua (echoes the User-Agent)."""

    seen_user_agents: list[str] = []
    drips_finished: list[str] = []  # paths of /drip* answers sent to the end

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.path.split("?", 1)[0]
        type(self).seen_user_agents.append(self.headers.get("User-Agent", ""))
        if path.startswith("/reports/"):
            file = REPORTS / path[len("/reports/"):]
            if file.is_file():
                kind = {"html": "text/html; charset=utf-8", "rss": "application/rss+xml",
                        "txt": "text/plain; charset=utf-8"}.get(file.suffix.lstrip("."), "application/octet-stream")
                return self._send(200, file.read_bytes(), kind)
        if path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{hops - 1}" if hops > 1 else "/reports/eswatini-raids.html"
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/big":
            return self._send(200, b"<p>" + b"x" * 5000 + b"</p>", "text/html")
        if path == "/big-chunked":  # no Content-Length: the cap must count bytes as they arrive
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
            self.close_connection = True
            return None
        if path == "/slow":
            time.sleep(2)
            return self._send(200, b"late", "text/plain")
        if path in ("/drip", "/drip-headers"):  # a byte every 0.1 s: each read is quick, the whole takes 30 s
            return self._drip(path)
        if path == "/feed.rss":
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            feed = (REPORTS / "feed.rss").read_text(encoding="utf-8")
            feed = feed.replace("http://127.0.0.1:9/articles/50", f"{host}/reports/eswatini-raids.html")
            feed = feed.replace("http://127.0.0.1:9/articles/80", f"{host}/missing")
            return self._send(200, feed.encode(), "application/rss+xml")
        if path == "/ua":
            return self._send(200, f"Your agent: {self.headers.get('User-Agent')}\n".encode(), "text/plain")
        return self._send(404, b"not found", "text/plain")

    def _drip(self, path: str):
        body = b"<p>" + b"z" * 293 + b"</p>"
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n")
        data = head + body if path == "/drip-headers" else body
        if path == "/drip":
            self.wfile.write(head)
            self.wfile.flush()
        try:
            for i in range(len(data)):
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:  # the client hung up, as it should
            return None
        type(self).drips_finished.append(path)
        return None

    def _send(self, status: int, body: bytes, content_type: str):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The size-cap and timeout tests hang up on purpose; a handler thread that outlives its
        # test would otherwise print the broken pipe into whatever test captures stderr next.
        pass


@pytest.fixture(scope="session")
def server():
    """Base URL of a local HTTP server serving the fixtures."""
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def local_opts() -> AcquireOptions:
    """Options that may fetch from the local test server."""
    return AcquireOptions(allow_private=True, timeout=5.0)
