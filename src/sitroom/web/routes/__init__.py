"""API routers, one module per resource; app.py mounts them all under /api."""

from . import brief, claims, control, documents, events, export, failures, incidents, ledger, reference, stats

ROUTERS = [
    documents.router, events.router, reference.router, claims.router,
    incidents.router, failures.router, stats.router, control.router, export.router, ledger.router, brief.router,
]
