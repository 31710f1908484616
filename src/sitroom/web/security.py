"""Write access by bearer token, and the headers that keep untrusted document text inert."""

from __future__ import annotations

import hmac
from typing import Optional

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

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


class SecurityHeadersMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


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
