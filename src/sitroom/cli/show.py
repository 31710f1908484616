"""`sitroom show DOC`: a stored document with its extractions highlighted in the terminal."""

from __future__ import annotations

from typing import Optional

import typer

from ..lang.en.wording import count
from . import app, fail
from ._store_cli import DB_OPTION, open_existing, safe

# One style per kind of record; a legend under the text names them.
STYLES = {
    "event evidence": "on grey23",
    "claim": "italic magenta",
    "place": "bold green",
    "place (unresolved)": "green",
    "actor": "bold cyan",
    "person": "cyan",
    "content flag": "bold red",
}


@app.command()
def show(
    doc: str = typer.Argument(..., help="Document id (see `sitroom events` or the dashboard), or its path/URL as ingested."),
    db: Optional[str] = DB_OPTION,
):
    """Print a document with its places, actors, event evidence and claims highlighted."""
    from ..store import EventFilter
    from ..validate import MAX_SQL_INT

    if doc.isdigit() and not 1 <= int(doc) <= MAX_SQL_INT:
        raise fail(f"no document {doc!r}: ids run from 1 to {MAX_SQL_INT}")
    with open_existing(db) as store:
        doc_id = int(doc) if doc.isdigit() else _find_by_uri(store, doc)
        view = store.document(doc_id) if doc_id is not None else None
        incidents = {i.id: i for i in store.incidents(EventFilter(document_id=doc_id), limit=None)} if view else {}
    if view is None:
        raise fail(f"no document {doc!r} in the store; list them with `sitroom events` or give an id")
    render(view, incidents)


def _find_by_uri(store, uri: str) -> Optional[int]:
    for row in store.documents(limit=20, q=uri):
        if uri in (row.uri, row.url):
            return row.id
    return None


def highlighted(view):
    """The document text as a rich Text with every extracted span styled."""
    from rich.text import Text

    text = Text(safe(view.text))
    # Wider spans first, so names inside an evidence sentence keep their own style on top.
    for e in view.events:
        text.stylize(STYLES["event evidence"], e.evidence_start, e.evidence_end)
    for c in view.claims:
        text.stylize(STYLES["claim"], c.start, c.end)
    for p in view.places:
        text.stylize(STYLES["place" if p.name and p.lat is not None else "place (unresolved)"], p.start, p.end)
    for a in view.actors:
        text.stylize(STYLES["actor" if a.kind == "group" else "person"], a.start, a.end)
    for f in view.flags:
        text.stylize(STYLES["content flag"], f.start, f.end)
    return text


def corroboration(event, incidents: dict) -> str:
    """How many independent sources report this event's incident, and what the others say."""
    incident = incidents.get(event.incident_id)
    if incident is None or incident.sources <= 1:
        copies = f", {count(incident.reports - 1, 'copy')}" if incident and incident.reports > 1 else ""
        return f"single source{copies}"
    others = [d for d in incident.details if d.document_id != event.document_id]
    said = sorted({f"{d.fatalities} killed" for d in others if d.fatalities is not None})
    extra = f"; others report {', '.join(said)}" if said and incident.fatalities_conflict else ""
    return f"{incident.sources} independent sources (incident {incident.id}){extra}"


def render(view, incidents: dict | None = None) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    console = Console(highlight=False)
    d = view.document
    published = f"{view.published.value or 'unknown'} ({view.published.source})"
    if view.published.note:
        published += f" — {view.published.note}"
    head = Text()
    head.append(safe(d.title or d.uri), style="bold")
    for label, value in (("source", d.source), ("url", d.url), ("published", published),
                         ("language", d.language), ("extractor", d.extractor_version or "not extracted")):
        if value:
            head.append(f"\n{label}: ", style="dim")
            head.append(safe(value))
    if d.duplicate_of:
        head.append(f"\nnear-duplicate of document {d.duplicate_of}", style="yellow")
    console.print(Panel(head, title=f"document {d.id}", expand=True))
    console.print(highlighted(view))
    legend = Text("\nlegend: ")
    for label, style in STYLES.items():
        legend.append(label, style=style)
        legend.append("  ")
    console.print(legend)
    if view.events:
        console.print(f"\n[bold]events ({len(view.events)})[/bold]")
        for i, e in enumerate(view.events, 1):
            actors = e.actors_marked() or "no actor"
            where = e.location_name or "no place"
            when = e.date_start or "no date"
            if e.date_end and e.date_end != e.date_start:
                when += f"..{e.date_end}"
            if e.date_from_publication:
                when += f" ({e.date_from_publication})"
            extra = f", {e.fatalities} killed" if e.fatalities is not None else ""
            console.print(Text(f"E{i} {e.event_type}: {e.sub_event_type} — {safe(actors)} — {safe(where)} — {when}"
                               f"{extra} — {e.modality}, confidence {e.confidence:.2f} [{e.evidence_start}:{e.evidence_end}]"
                               f" — {corroboration(e, incidents or {})}"))
    if view.claims:
        console.print(f"\n[bold]claims ({len(view.claims)})[/bold]")
        for i, c in enumerate(view.claims, 1):
            who = c.speaker or c.speaker_organisation or "unattributed"
            deadline = f", deadline {c.deadline}" if c.deadline else ""
            console.print(Text(f"C{i} {c.kind} — {safe(who)} ({c.modality}{deadline}): “{safe(c.quote)}”"))
    if view.flags:
        console.print("\n[bold]content warnings[/bold]: " + ", ".join(sorted({f.flag for f in view.flags})))
