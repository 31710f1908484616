"""The morning brief: what the store learned about a window of days, each line with its evidence.

Four sections, over the days ``since`` to ``until`` (inclusive; events carry dates, not times):

1. **new events by place and type**: events that start in the window, or that a document published
   in the window reports (an attack "on Tuesday" reported today is news today); records that say
   something did not or may yet happen (negated, denied, planned, threatened, predicted,
   hypothetical) are left out. Each shows how many independent sources its incident has.
2. **places whose control changed**: the controller as of the window's last day differs from the one
   as of the day before it began (:func:`sitroom.fuse.control.control_as_of`), with the newest evidence.
   A place with no controller known before the window counts only when a territory event in the window
   tells it changing hands: a first claim that someone holds it ("government troops were only holding
   the capital Kabul") tells who holds it, not that it changed hands.
3. **single-source claims**: claims in documents published in the window that no independent document
   (another outlet, not a syndicated copy) repeats: same kind, same speaker, and a shared place or
   most of the same words, published within :data:`CORROBORATION_DAYS` before the window or in it.
4. **deadlines passed**: commitments and predictions whose deadline falls in the window, as the
   ledger marks them as of its last day. The ledger's rows are given by the caller
   (:func:`sitroom.api.brief` calls :func:`sitroom.api.ledger`): the verdicts are the ledger's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Optional

from ..records import NON_FACTUAL
from ..store.fused_models import ControlEvidence, LedgerRow
from ..store.models import ClaimFilter, ClaimRow, DocumentRow, EventFilter, EventRow
from .brief_rows import Brief, BriefEvent, ControlChange, DeadlinePassed, Evidence, PlaceGroup, SingleSourceClaim
from .control import control_as_of, place_key

if TYPE_CHECKING:
    from ..store.store import Store

# A claim repeated by an independent source within this many days before the window corroborates it.
CORROBORATION_DAYS = 7
_BULLETS = "•●▪◦·*"
# Two quotes say the same when this share of their content words is shared (Jaccard), with the same speaker...
SAME_WORDS_SPEAKER = 0.3
# ...or this share when a speaker is unknown.
SAME_WORDS_ANONYMOUS = 0.5
# Claim kinds in the order an analyst reads them: checkable assertions first, statements last.
CLAIM_KIND_ORDER = ("territorial control", "accusation", "denial", "commitment", "prediction", "demand",
                    "policy decision", "request", "statement")
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def build_brief(store: "Store", since: dt.date, until: dt.date, ledger_rows: list[LedgerRow],
                limit: Optional[int] = None) -> Brief:
    """The brief over the days ``since`` to ``until``; ``ledger_rows`` are the ledger's verdicts as of ``until``.

    limit (int | None): most lines per section (events: per brief); the totals count them all.
    """
    first, last = since.isoformat(), until.isoformat()
    documents = {d.id: d for d in store.documents_published(first, last)}
    events = _new_events(store, first, last, documents)
    changes = _control_changes(store, since, until)
    claims = _single_source_claims(store, since, until, documents)
    deadlines = _deadlines(store, first, last, ledger_rows)
    places = _by_place(events)
    totals = {"events": len(events), "places": len(places), "control_changes": len(changes),
              "single_source_claims": len(claims), "deadlines": len(deadlines), "documents": len(documents)}
    if limit is not None:
        places = _first_events(places, limit)
        changes, claims, deadlines = changes[:limit], claims[:limit], deadlines[:limit]
    return Brief(since=first, until=last, generated_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                 places=places, control_changes=changes, single_source_claims=claims, deadlines=deadlines,
                 totals=totals)


# --- 1. new events ------------------------------------------------------------------------------


def _new_events(store: "Store", first: str, last: str, documents: dict[int, DocumentRow]) -> list[BriefEvent]:
    found: dict[int, EventRow] = {}
    for e in store.iter_events(EventFilter(since=first, until=last)):
        if e.date_start and e.date_start >= first:
            found[e.id] = e
    for doc_id in documents:
        for e in store.events(EventFilter(document_id=doc_id), limit=None):
            found.setdefault(e.id, e)
    factual = [e for e in found.values() if e.modality not in NON_FACTUAL]
    sources = _incident_sources(store, factual)
    return [BriefEvent(event_id=e.id, incident_id=e.incident_id, event_type=e.event_type,
                       sub_event_type=e.sub_event_type, date_start=e.date_start, date_end=e.date_end,
                       date_from_publication=e.date_from_publication, location=e.location_name, admin1=e.admin1, country=e.country, actor1=e.actor1,
                       actor2=e.actor2, actor1_by_rule=e.actor1_by_rule, actor2_by_rule=e.actor2_by_rule,
                       fatalities=e.fatalities, modality=e.modality,
                       sources=sources.get(e.incident_id, 1), evidence=_event_evidence(e))
            for e in factual]


def _incident_sources(store: "Store", events: list[EventRow]) -> dict[int, int]:
    out: dict[int, int] = {}
    for incident_id in {e.incident_id for e in events if e.incident_id is not None}:
        rows = store.incidents(EventFilter(incident_id=incident_id), limit=1)
        if rows:
            out[incident_id] = rows[0].sources
    return out


def _event_evidence(e: EventRow) -> Evidence:
    return Evidence(document_id=e.document_id, document_title=e.document_title, document_url=e.document_url,
                    published=e.document_published, published_inferred=e.document_published_inferred,
                    sentence=e.evidence_sentence, start=e.evidence_start,
                    end=e.evidence_end, text=e.evidence_text, event_id=e.id)


def _by_place(events: list[BriefEvent]) -> list[PlaceGroup]:
    groups: dict[tuple, list[BriefEvent]] = defaultdict(list)
    for e in events:
        groups[(e.location or e.admin1 or "unknown place", e.admin1, e.country)].append(e)
    out = []
    for (place, admin1, country), items in groups.items():
        items.sort(key=lambda e: (e.event_type, e.date_start or "", e.event_id))
        by_type = dict(sorted(Counter(e.event_type for e in items).items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(PlaceGroup(place=place, admin1=admin1 if admin1 != place else None, country=country,
                              by_type=by_type, events=items))
    # Busiest places first; then the deadliest; then by name, so the order is stable.
    out.sort(key=lambda g: (-len(g.events), -sum(e.fatalities or 0 for e in g.events), g.place.casefold()))
    return out


def _first_events(groups: list[PlaceGroup], limit: int) -> list[PlaceGroup]:
    out, left = [], limit
    for g in groups:
        if left <= 0:
            break
        out.append(g.model_copy(update={"events": g.events[:left]}))
        left -= len(g.events)
    return out


# --- 2. control changes ---------------------------------------------------------------------------


def _control_changes(store: "Store", since: dt.date, until: dt.date) -> list[ControlChange]:
    # The day before the window (a window from 0001-01-01 has none: nothing was controlled before it).
    day_before = since - dt.timedelta(days=1) if since > dt.date.min else None
    before = {place_key(r.place, r.gazetteer_id, r.country, r.admin1): r
              for r in (control_as_of(store, day_before) if day_before else ())}
    out = []
    for r in control_as_of(store, until):
        old = before.get(place_key(r.place, r.gazetteer_id, r.country, r.admin1))
        if old is not None and old.controller.casefold() == r.controller.casefold():
            continue
        if old is None and not _taken_in_window(r, since.isoformat()):
            continue
        out.append(ControlChange(place=r.place, admin1=r.admin1, country=r.country,
                                 before=old.controller if old else None, after=r.controller, since=r.since,
                                 since_label=r.since_label,
                                 contested=r.contested, claimed_only=r.claimed_only, partial=r.partial,
                                 evidence=_control_evidence(store, r.evidence[0])))
    return out


def _taken_in_window(r, first: str) -> bool:
    """Whether a territory event dated in the window gives the place to its controller."""
    return any(e.kind == "event" and e.date and (e.date_end or e.date) >= first
               and e.controller.casefold() == r.controller.casefold() for e in r.evidence)


def _control_evidence(store: "Store", ev: ControlEvidence) -> Evidence:
    if ev.kind == "event":
        e = store.event(ev.id)
        if e is not None:
            return _event_evidence(e)
    claim = next((c for c in store.claims(ClaimFilter(document_id=ev.document_id), limit=None) if c.id == ev.id), None)
    if claim is not None:
        return _claim_evidence(claim, _DocumentTexts(store))
    return Evidence(document_id=ev.document_id, text=ev.text)


def _claim_evidence(c: ClaimRow, texts: Optional["_DocumentTexts"] = None) -> Evidence:
    """The claim's evidence: its clause with the speaker and the verb when the document's text is at hand
    ("The Taliban guaranteed a safe withdrawal for the American troops"), not only the words claimed ("a
    safe withdrawal for the American troops", unreadable as a commitment); else the words claimed."""
    text, start, end = c.quote, c.quote_start, c.quote_end
    clause = texts.clause(c) if texts is not None else None
    if clause is not None:
        text, start, end = clause, c.start, c.end
    return Evidence(document_id=c.document_id, document_title=c.document_title, published=c.document_published,
                    published_inferred=c.document_published_inferred, sentence=c.sentence, start=start, end=end,
                    text=text, claim_id=c.id)


class _DocumentTexts:
    """Documents' texts read from the store once each, for the claims' clauses."""

    def __init__(self, store: "Store"):
        self.store = store
        self.texts: dict[int, Optional[str]] = {}

    def clause(self, c: ClaimRow) -> Optional[str]:
        """The claim's words from its speaker to its end, when they hold the quote and stay in one paragraph."""
        if not (c.start <= c.quote_start and c.quote_end <= c.end) or (c.start, c.end) == (c.quote_start, c.quote_end):
            return None
        if c.document_id not in self.texts:
            view = self.store.document(c.document_id)
            self.texts[c.document_id] = view.text if view is not None else None
        text = self.texts[c.document_id]
        if not text or c.end > len(text) or "\n\n" in text[c.start:c.end]:
            return None
        return text[c.start:c.end].strip().lstrip(_BULLETS).strip() or None  # (a list item's bullet is layout)


# --- 3. single-source claims ----------------------------------------------------------------------


def _single_source_claims(store: "Store", since: dt.date, until: dt.date,
                          documents: dict[int, DocumentRow]) -> list[SingleSourceClaim]:
    # Clamped: a window opening on 0001-01-01 has no earlier days to look back on.
    early = (since - min(dt.timedelta(days=CORROBORATION_DAYS), since - dt.date.min)).isoformat()
    pool_docs = {d.id: d for d in store.documents_published(early, until.isoformat())}
    pool = _all_claims(store, ClaimFilter(since=early, until=until.isoformat()))
    by_kind: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in pool:
        by_kind[c.kind.casefold()].append(c)
    out = []
    texts = _DocumentTexts(store)
    for c in pool:
        doc = documents.get(c.document_id)
        if doc is None or doc.duplicate_of is not None:
            continue  # before the window, or a copy: only a corroborating source (copies not even that)
        if any(_same_claim(c, o) and _independent(pool_docs.get(c.document_id), pool_docs.get(o.document_id))
               for o in by_kind[c.kind.casefold()] if o.id != c.id):
            continue
        out.append(SingleSourceClaim(claim_id=c.id, kind=c.kind, speaker=c.speaker or c.speaker_organisation,
                                     quote=c.quote, modality=c.modality, source=doc.source,
                                     evidence=_claim_evidence(c, texts).model_copy(update={"document_url": doc.url})))
    rank = {k: i for i, k in enumerate(CLAIM_KIND_ORDER)}
    out.sort(key=lambda c: (rank.get(c.kind.casefold(), len(rank)), c.evidence.published or "", c.claim_id))
    return out


def _all_claims(store: "Store", f: ClaimFilter) -> list[ClaimRow]:
    out, offset = [], 0
    while True:
        page = store.claims(f, limit=500, offset=offset)
        out.extend(page)
        if len(page) < 500:
            return out
        offset += 500


def _speaker(c: ClaimRow) -> Optional[str]:
    name = c.speaker_organisation or c.speaker
    return name.casefold() if name else None


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _same_claim(a: ClaimRow, b: ClaimRow) -> bool:
    """Whether two claims say the same thing: same kind and speaker, and a place or most words in common."""
    sa, sb = _speaker(a), _speaker(b)
    if sa and sb and sa != sb:
        return False
    wa, wb = _words(a.quote), _words(b.quote)
    overlap = len(wa & wb) / len(wa | wb) if wa and wb else 0.0
    if sa and sb:
        places = {p.name.casefold() for p in a.places if p.name} & {p.name.casefold() for p in b.places if p.name}
        return bool(places) or overlap >= SAME_WORDS_SPEAKER
    return overlap >= SAME_WORDS_ANONYMOUS


def _independent(a: Optional[DocumentRow], b: Optional[DocumentRow]) -> bool:
    """Two documents are independent sources: different documents, neither a copy of the other, other outlets."""
    if a is None or b is None:
        return False
    if (a.duplicate_of or a.id) == (b.duplicate_of or b.id):  # copies link to the first copy
        return False
    return not (a.source and b.source and a.source.casefold() == b.source.casefold())


# --- 4. deadlines ---------------------------------------------------------------------------------


def _deadlines(store: "Store", first: str, last: str, ledger_rows: list[LedgerRow]) -> list[DeadlinePassed]:
    out = []
    texts = _DocumentTexts(store)
    claims_of: dict[int, dict[int, ClaimRow]] = {}
    for row in ledger_rows:
        if not row.deadline or not (first <= row.deadline[:10] <= last):
            continue
        if row.document_id not in claims_of:
            claims_of[row.document_id] = {c.id: c for c in store.claims(ClaimFilter(document_id=row.document_id),
                                                                       limit=None)}
        claim = claims_of[row.document_id].get(row.claim_id)
        evidence = _claim_evidence(claim, texts) if claim else Evidence(document_id=row.document_id, text=row.quote,
                                                                 claim_id=row.claim_id)
        out.append(DeadlinePassed(claim_id=row.claim_id, kind=row.kind,
                                  speaker=row.speaker or row.speaker_organisation, quote=row.quote,
                                  made_on=row.made_on, made_on_inferred=row.made_on_inferred, deadline=row.deadline, status=row.status, reason=row.reason,
                                  evidence_event_ids=row.evidence_event_ids, evidence=evidence))
    out.sort(key=lambda d: (d.deadline or "", d.claim_id))
    return out


# --- the window -----------------------------------------------------------------------------------


def parse_since(value: str, now: dt.datetime, until: Optional[dt.date] = None) -> dt.date:
    """The first day of a brief from ``yesterday``, ``today``, ``24h``/``48h`` (hours back from ``now``),
    ``7d`` (the last 7 days, the end day included, as the dashboard's ``last=7d``) or a date (YYYY-MM-DD).

    until (date | None): the last day the user asked for; the relative forms then count back from it
    (``--since 7d --until 2021-07-14`` is the week to 2021-07-14), as from the end of that day.
    RAISES ValueError: naming the value and the forms accepted.
    """
    text = value.strip().lower()
    if until is not None:
        now = dt.datetime.combine(until, dt.time.max, tzinfo=now.tzinfo)
    today = now.date()
    if text == "today":
        return today
    if text == "yesterday":
        return today - dt.timedelta(days=1)
    m = re.fullmatch(r"(\d{1,4})([hd])", text)
    if m:
        n = int(m.group(1))
        if n == 0:
            raise ValueError(f"{value!r} is an empty span: use 1h or more, 1d or more")
        return (now - dt.timedelta(hours=n)).date() if m.group(2) == "h" else today - dt.timedelta(days=n - 1)
    return _iso_day(value, text, "use YYYY-MM-DD, yesterday, today, or a span such as 24h or 7d")


def parse_until(value: Optional[str], now: dt.datetime) -> dt.date:
    """The last day of a brief: a date (YYYY-MM-DD), ``today`` or ``yesterday``; today when None."""
    if value is None or value.strip().lower() == "today":
        return now.date()
    if value.strip().lower() == "yesterday":
        return now.date() - dt.timedelta(days=1)
    return _iso_day(value, value.strip(), "use YYYY-MM-DD, today or yesterday")


def _iso_day(value: str, text: str, hint: str) -> dt.date:
    """``text`` as a calendar day; a YYYY-MM-DD that is no real day says why, as every other command does."""
    from ..validate import iso_date

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(iso_date(text))
        except ValueError as exc:
            raise ValueError(str(exc).replace(repr(text), repr(value), 1)) from None
    raise ValueError(f"{value!r} is not a date: {hint}")
