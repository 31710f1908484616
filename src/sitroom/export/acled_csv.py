"""ACLED-compatible CSV: ACLED's column names, codes and conventions for every column it has.

Conventions followed (ACLED codebook):

- ``event_id_cnty``: ISO alpha-3 and a number (``AFG123``, the sitroom event id);
- ``event_date`` as YYYY-MM-DD and ``time_precision`` 1 (the day is known), 2 (a day within a
  week, a range of days, part of a month) or 3 (a month or wider); for a range, ``event_date`` is its
  first day (the codebook as summarised in shared/ACLED-RULES.md does not say which day a range is
  coded at) and ``sitroom_date_end`` its last; an event its text does not date (stored with precision
  "publication": the week up to publication, or a month-only publication's month) takes its report's
  publication date with precision 3 and the tag ``date from publication`` (``(itself inferred from
  the text)`` when the publication date is a guess, ``(only its month is known, from the URL)``);
- ``disorder_type`` from the event type; the actors, ``inter1``/``inter2`` and
  ``civilian_targeting`` by ACLED's rules (:mod:`sitroom.export.acled_rules`: an unnamed
  perpetrator is an *Unidentified Armed Group*, the target of violence against civilians is
  *Civilians*...), and ``interaction`` the two codes, lower first (``12``; ``60`` for
  protesters alone);
- ``iso`` numeric, ``country`` by ACLED's name, ``region`` ACLED's region;
- ``location``, ``admin1``, ``admin2`` in ASCII (Fāryāb -> Faryab, Mūsá Qal‘ah -> Musa Qal'ah), admin1
  by ACLED's own name where it differs from GeoNames' (Paktiyā -> Paktya, Ḩalab -> Aleppo,
  Kharkivska oblast -> Kharkiv; ``lang.en.placenames.ACLED_ADMIN1``); the GeoNames id stays in
  ``sitroom_gazetteer_id``;
- ``geo_precision`` 1 town, 2 district or near a town, 3 province or wider;
- ``fatalities`` the stored figure; empty when the report gives none, with ``sitroom_fatalities_note``
  saying so (ACLED writes 0 there, but the store cannot tell "no one died" from "not said", and a 0
  would be summed as a count); a 0 the report states ("no one was hurt") is written, and
  ``sitroom_fatalities_note`` also says how a figure was read when it is not the report's own number
  ("'several' coded as 3 (ACLED convention)", deaths told together with the injured);
- ``source`` the outlet that published the report (its name, else its web site), never the
  people it quotes: they are in ``sitroom_cited``;
- ``notes`` is the evidence sentence; ``timestamp`` the Unix time of the export.

Events outside ACLED's six types (diplomacy, disasters...) are left out unless asked
for. After ACLED's columns come sitroom's provenance columns (``sitroom_*``): the
event and document ids, the evidence span, the GeoNames id of the place, the URL, the confidence
and the modality, so every row can be traced to its sentence; ``sitroom_by_rule`` says which columns came from
ACLED's conventions rather than the text (an actor the report does not name included), and
``sitroom_incomplete`` what a row lacks (no country,
no date, no location), so such rows are exported, never silently dropped, and counted. Tools that
read ACLED by column name ignore them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from ..lang.en.placenames import acled_admin1, ascii_name
from ..store.models import EventRow, outlet_of, publication_date_tag
from .acled_rules import acled_actors, incomplete_reason
from .countries import country_info

if TYPE_CHECKING:
    from .report import ExportReport

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
PROVENANCE_COLUMNS = [
    "sitroom_event_id", "sitroom_document_id", "sitroom_incident_id", "sitroom_evidence_start",
    "sitroom_evidence_end", "sitroom_gazetteer_id", "sitroom_url", "sitroom_confidence", "sitroom_modality",
    "sitroom_extractor",
    "sitroom_cited", "sitroom_by_rule", "sitroom_incomplete", "sitroom_date_end", "sitroom_fatalities_note",
]
# An empty fatalities cell: the report gives no figure, which is not a report that no one died.
_NO_FIGURE = "no figure in the report"
COLUMNS = ACLED_COLUMNS + PROVENANCE_COLUMNS


def fatalities_note(e: EventRow) -> str:
    """How the figures were read: the extractor's note (an ACLED convention for a vague amount, a stated
    zero, deaths told with the injured), and for an empty fatalities cell that the report gives none."""
    note = e.fatalities_note or ""
    if e.fatalities is None:
        return f"{_NO_FIGURE}; {note}" if note else _NO_FIGURE
    return note

ACLED_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments")
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations", "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_BY_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
_GEO_PRECISION_BY_LEVEL = {"populated place": 1, "admin2": 2, "border area": 2, "other": 2, "admin1": 3, "country": 3}


def time_precision(precision: str, start: Optional[str], end: Optional[str]) -> int:
    """ACLED's time precision code for a sitroom date precision: 1 one day; 2 a day within a week or a range
    of days reported (so a "day" that spans two, "in the past 24 hours", is 2); 3 only the month is known."""
    if precision == "part of month":
        return 2
    if precision in ("day", "range") and start and end:
        days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days
        return 1 if days <= 0 else 2 if days <= 14 else 3
    if precision == "day":
        return 1
    return 3


def interaction(inter1: Optional[int], inter2: Optional[int]) -> str:
    """ACLED's interaction code: both actor codes, lower first; a lone actor's code then 0."""
    if not inter1 and not inter2:
        return ""
    if not inter1 or not inter2:
        return f"{inter1 or inter2}0"
    lo, hi = sorted((inter1, inter2))
    return f"{lo}{hi}"


def disorder_type(event_type: str, sub_event_type: str) -> str:
    return _DISORDER_BY_SUB.get(sub_event_type) or _DISORDER.get(event_type, "")


def outlet(e: EventRow) -> str:
    """The outlet that published an event's report: its name, else its web site's host."""
    return outlet_of(e.document_source, e.document_url) or ""


def acled_record(e: EventRow, timestamp: int) -> dict:
    """One ACLED row (plus sitroom's provenance columns) for an event."""
    name, numeric, alpha3, region = country_info(e.country)
    tags = []
    from_publication = e.date_from_publication
    if from_publication:
        # Dated by nothing in the text: its report's publication date, precision 3 (ACLED's loosest), the
        # window the store keeps (the week up to publication, or a month-only publication's month) after it.
        date, precision = e.document_published or e.date_start, 3
        date_end = e.date_end or date
        tags.append(from_publication)
    elif e.date_start:
        date, precision = e.date_start, time_precision(e.date_precision, e.date_start, e.date_end)
        date_end = e.date_end or date
    else:
        date, precision = e.document_published, 3
        date_end = date
        if date:
            tags.append(publication_date_tag(date, "publication", None, e.document_published_source,
                                             e.document_published_inferred, e.document_published_note))
    if e.modality != "asserted":
        tags.append(f"{e.modality}" + (f" ({', '.join(e.hedges)})" if e.hedges else ""))
    geo = e.geo_precision or _GEO_PRECISION_BY_LEVEL.get(e.level or "", None)
    actors = acled_actors(e, name)
    return {
        "event_id_cnty": f"{alpha3 or 'XXX'}{e.id}", "event_date": date or "",
        "year": date[:4] if date else "", "time_precision": precision if date else "",
        "disorder_type": disorder_type(e.event_type, e.sub_event_type),
        "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "actor1": actors.actor1, "assoc_actor_1": actors.assoc_actor_1, "inter1": actors.inter1 or "",
        "actor2": actors.actor2, "assoc_actor_2": actors.assoc_actor_2, "inter2": actors.inter2 or "",
        "interaction": interaction(actors.inter1, actors.inter2),
        "civilian_targeting": "Civilian targeting" if actors.civilian_targeting else "",
        "iso": numeric if numeric is not None else "", "region": region, "country": name,
        "admin1": acled_admin1(e.country, e.admin1), "admin2": ascii_name(e.admin2), "admin3": "",
        "location": acled_admin1(e.country, e.location_name) if e.level == "admin1" else ascii_name(e.location_name),
        "latitude": _coord(e.lat), "longitude": _coord(e.lon), "geo_precision": geo or "",
        "source": outlet(e), "source_scale": "", "notes": e.evidence_text,
        "fatalities": "" if e.fatalities is None else e.fatalities, "tags": "; ".join(tags), "timestamp": timestamp,
        "sitroom_event_id": e.id, "sitroom_document_id": e.document_id, "sitroom_incident_id": e.incident_id or "",
        "sitroom_evidence_start": e.evidence_start, "sitroom_evidence_end": e.evidence_end,
        "sitroom_gazetteer_id": e.gazetteer_id or "", "sitroom_url": e.document_url or "",
        "sitroom_confidence": round(e.confidence, 3),
        "sitroom_modality": e.modality, "sitroom_extractor": e.extractor,
        "sitroom_cited": e.source or "", "sitroom_by_rule": "; ".join(actors.by_rule),
        "sitroom_incomplete": incomplete_reason(e),
        "sitroom_date_end": date_end if date_end != date else "",
        "sitroom_fatalities_note": fatalities_note(e),
    }


def _coord(v: Optional[float]) -> str:
    return "" if v is None else f"{v:.4f}"  # ACLED gives four decimals


def is_acled_type(e: EventRow) -> bool:
    return e.event_type in ACLED_EVENT_TYPES


def iter_acled_csv(events: Iterable[EventRow], *, all_types: bool = False, timestamp: Optional[int] = None,
                   report: Optional["ExportReport"] = None) -> Iterator[str]:
    """CSV text in chunks: the header, then one line per event; ``report`` counts what was written and why not."""
    stamp = int(time.time()) if timestamp is None else timestamp
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        if all_types or is_acled_type(e):
            writer.writerow(acled_record(e, stamp))
            if report is not None:
                report.wrote(e)
        elif report is not None:
            report.leave_out("not of ACLED's event types", e.event_type)
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
