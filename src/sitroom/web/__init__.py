"""The web dashboard and JSON HTTP API over the store (`sitroom serve`)."""

from .app import create_app

__all__ = ["create_app"]
