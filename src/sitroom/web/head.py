"""HEAD for every GET route (pages, API, exports): link checkers and `curl -I` expect 200, not 405.

FastAPI registers GET routes only; this middleware answers a HEAD by running the GET and
sending its status and headers without the body (RFC 9110 §9.3.2).
"""

from __future__ import annotations


class HeadAsGetMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_headers_only(message):
            if message["type"] == "http.response.body":
                # Drop the body but keep the stream's end, so the server finishes the response.
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
