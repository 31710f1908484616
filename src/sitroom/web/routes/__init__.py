"""API routers, one module per resource; app.py mounts them all under /api."""

from . import brief, claims, control, documents, events, export, incidents, ledger, reference, stats

ROUTERS = [
    documents.router, events.router, reference.router, claims.router,
    incidents.router, stats.router, control.router, export.router, ledger.router, brief.router,
]
