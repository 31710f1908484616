"""Write access by bearer token, the headers that keep untrusted document text inert, and the Host guard."""

from __future__ import annotations

import hmac
import ipaddress
import re
from typing import Iterable, Optional

from fastapi import HTTPException, Request
from starlette.datastructures import Headers, MutableHeaders

# Scripts and styles only from our own origin: an injected <script> or inline
# handler in a report cannot run even if some rendering path slipped. Leaflet
# positions map panes through the CSSOM (element.style), which style-src does
# not restrict, so no 'unsafe-inline' is needed.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
])

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


# Names the app answers to besides the address it binds: a page on another name that a DNS-rebinding
# attack points at 127.0.0.1 sends its own name in Host, and is refused.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# Bound to every interface, the server is reached by whatever address the machine has; an address typed
# as an IP literal cannot come from a rebound DNS name, so any IP literal is allowed then.
WILDCARD_BINDS = ("0.0.0.0", "::", "")


def host_name(header: str) -> Optional[str]:
    """The name in a Host header, lower case, without port or brackets (``[::1]:8000`` -> ``::1``);
    None when the header is malformed."""
    value = header.strip().lower()
    if value.startswith("["):
        name, sep, rest = value[1:].partition("]")
        if not sep or (rest and not re.fullmatch(r":\d{1,5}", rest)):
            return None
        return name
    name, _, port = value.partition(":")
    if port and not port.isdigit():
        return None
    return name.rstrip(".") or None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostPolicy:
    """Which Host headers the app answers: the bound address, loopback names, and names allowed explicitly."""

    def __init__(self, bind_host: str = "127.0.0.1", allow: Iterable[str] = ()):
        # Names as given to --host/--allow-host: no port; IPv6 with or without brackets.
        self.names = {h.strip().strip("[]").lower().rstrip(".") for h in (*LOOPBACK_NAMES, bind_host, *allow)} - {""}
        self.any_ip = bind_host.strip().strip("[]") in WILDCARD_BINDS

    def allows(self, header: Optional[str]) -> bool:
        if header is None:
            return True  # HTTP/1.0 without Host: not a browser, so not a rebinding page
        name = host_name(header)
        if name is None:
            return False
        return name in self.names or (self.any_ip and _is_ip(name))


class Guard:
    """The outermost layer of the app (plain ASGI, so it also sees what a handler does not catch):

    - a request whose Host is not allowed gets 421, before any route runs;
    - every response, errors and 500s included, gets the security headers;
    - an exception no handler turned into a response becomes a 500 in the API's error shape, logged,
      with no traceback or path in the body.
    """

    def __init__(self, app, hosts: HostPolicy):
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from .errors import INTERNAL_ERROR, error_response, log

        started = False

        async def send_secured(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        host = Headers(scope=scope).get("host")
        if not self.hosts.allows(host):
            shown = repr(host[:100])
            response = error_response(421, f"host {shown} is not served here (a guard against DNS rebinding); open it as "
                                           "localhost or 127.0.0.1, or start `sitroom serve --allow-host NAME`")
            await response(scope, receive, send_secured)
            return
        try:
            await self.app(scope, receive, send_secured)
        except Exception:
            log.exception("%s %s failed", scope.get("method"), scope.get("path"))
            if started:
                raise  # the status line is gone; the server closes the connection
            await error_response(500, INTERNAL_ERROR)(scope, receive, send_secured)


class WriteAccess:
    """Checks the bearer token of write requests. Without a configured token, nothing may write."""

    def __init__(self, token: Optional[str]):
        self.token = token or None

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def check(self, authorization: Optional[str]) -> None:
        challenge = {"WWW-Authenticate": "Bearer"}
        if not self.enabled:
            raise HTTPException(401, "this server is read-only: start `sitroom serve` with SITROOM_TOKEN set to allow ingest",
                                headers=challenge)
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "missing token: send the header `Authorization: Bearer <SITROOM_TOKEN>`",
                                headers=challenge)
        # Constant-time comparison: response timing must not reveal how much of the token matched.
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPException(401, "wrong token", headers=challenge)


def require_write(request: Request) -> None:
    """FastAPI dependency for routes that change the store."""
    request.app.state.write_access.check(request.headers.get("authorization"))
