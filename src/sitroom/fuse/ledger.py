"""A ledger of commitments and predictions with deadlines, judged only on what the store supports.

For each claim whose kind is a commitment or a prediction and which has a deadline:

1. read what it is about from its quote (:mod:`sitroom.fuse.ledger_reading`): an *action*
   (attack, capture, withdraw), whether it is promised *not* to happen, and a *target*;
2. place it: the countries its quote names, else the country its own report's events happen in.
   The store's *coverage* there is the date of the newest stored event from those countries
   (up to ``as_of``): the deadline has *passed* for the ledger only when coverage reaches beyond it.
   Reports from elsewhere say nothing about whether it was kept;
3. look for positive evidence, in its place and window:
   - an event that does the action, by the speaker's side (a commitment) or by whoever the
     prediction names, dated from the day the claim was made to the deadline: it *keeps* a
     promise or prediction that something will happen, and *breaks* a promise not to act;
   - for something promised to happen by the deadline, the same action first reported after
     the deadline (up to the store's coverage): *broken*, it came late;
   - a later report (a statement, accusation, denial or control claim, asserted, unhedged) saying
     the action happened, published within the window, or saying it did not happen, published on
     or after the deadline (within :data:`LATE_REPORT_DAYS`).
   Evidence both ways leaves it *undetermined*, with both shown;
4. without evidence nothing is concluded: *open* while the deadline lies beyond the coverage (or
   the ``as_of`` date), *undetermined* once it has passed, each with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

from ..store.fused_models import LedgerRow
from ..store.models import ClaimFilter, ClaimRow, EventFilter, EventRow
from .ledger_reading import (
    ACTIONS, REPORTING_KINDS, Reading, SeatLookup, claim_reports, event_by_party, event_does, is_provincial_capital, named_in,
    party_of, read_quote,
)

if TYPE_CHECKING:
    from ..store.store import Store

__all__ = ["LEDGER_KINDS", "ledger", "mark", "is_provincial_capital", "SeatLookup", "read_quote", "Reading"]

LEDGER_KINDS = ("commitment", "prediction", "promise", "pledge", "policy")
# A report that something did not happen by a deadline is written after it: within a month it
# still speaks of the deadline; later ones speak of other things.
LATE_REPORT_DAYS = 31


@dataclass
class Scope:
    """Where a claim is judged and how far the store's reports from there reach."""

    countries: list[str]
    how: str  # "named in the claim", "where its report's events are", or "" when unplaced
    known_until: Optional[str] = None


@dataclass
class _Context:
    """What one ledger run reads once: the as-of date and per-document and per-country look-ups."""

    store: "Store"
    as_of: Optional[str]
    capital: Callable[[EventRow], bool]
    focus: dict[int, Optional[str]] = field(default_factory=dict)
    coverage: dict[str, Optional[str]] = field(default_factory=dict)
    _reports: Optional[list[ClaimRow]] = None

    def reports(self) -> list[ClaimRow]:
        """Every claim that reports what happened (statements, denials...), read once per run."""
        if self._reports is None:
            found: dict[int, ClaimRow] = {}
            for kind in REPORTING_KINDS:
                for c in self.store.claims(ClaimFilter(kind=kind, until=self.as_of), limit=None):
                    if c.kind in REPORTING_KINDS:
                        found[c.id] = c
            self._reports = list(found.values())
        return self._reports

    def document_country(self, document_id: int) -> Optional[str]:
        """The country most of a document's events happen in (its focus), cached."""
        if document_id not in self.focus:
            own = [e.country for e in self.store.iter_events(EventFilter(document_id=document_id)) if e.country]
            self.focus[document_id] = max(sorted(set(own)), key=own.count) if own else None
        return self.focus[document_id]

    def country_known_until(self, country: str) -> Optional[str]:
        """The newest stored event date from ``country`` (not after as_of)."""
        if country not in self.coverage:
            rows = self.store.events(EventFilter(country=country, until=self.as_of), limit=1, sort="-date")
            day = (rows[0].date_end or rows[0].date_start) if rows else None
            self.coverage[country] = min(day, self.as_of) if day and self.as_of else day
        return self.coverage[country]


def scope_of(ctx: _Context, claim: ClaimRow) -> Scope:
    """The countries a claim is about and the store's coverage of them (see the module docstring, 2)."""
    named = sorted({p.country for p in claim.places if p.country})
    if named:
        scope = Scope(named, "named in the claim")
    else:
        focus = ctx.document_country(claim.document_id)
        scope = Scope([focus], "where its report's events are") if focus else Scope([], "")
    if not scope.countries and party_of(claim):
        # Unplaced but bound to a side: the store covers it as far as it reports that side's actions.
        party = party_of(claim)
        rows = ctx.store.events(EventFilter(actor=party, until=ctx.as_of), limit=1, sort="-date")
        day = (rows[0].date_end or rows[0].date_start) if rows else None
        scope.how, scope.known_until = f"events naming {party}", min(day, ctx.as_of) if day and ctx.as_of else day
        return scope
    dates = [d for d in (ctx.country_known_until(c) for c in scope.countries) if d]
    scope.known_until = max(dates) if dates else None
    return scope


def _event_evidence(ctx: _Context, claim: ClaimRow, reading: Reading, scope: Scope, since: str,
                    until: str) -> list[EventRow]:
    """Events from ``since`` to ``until`` that do what the claim is about, in its place, by its side."""
    if not scope.countries and not party_of(claim):
        return []  # nothing ties an event anywhere to an unplaced, unattributed claim
    _cue, types, _subs = ACTIONS[reading.action]
    found: list[EventRow] = []
    for country in scope.countries or [None]:
        f = EventFilter(since=since, until=until, event_type=list(types), country=country)
        found.extend(e for e in ctx.store.iter_events(f)
                     if (e.date_start or "") >= since and event_does(reading, e, ctx.capital))
    if "prediction" in claim.kind.casefold():
        # A prediction is about whoever its quote names ("the Taliban would capture..."), if it names one.
        named = [e for e in found if named_in(claim.quote, e)]
        return named or found
    return [e for e in found if event_by_party(claim, e)]


def _claim_evidence(ctx: _Context, claim: ClaimRow, reading: Reading, scope: Scope, since: str,
                    deadline: str) -> tuple[list[ClaimRow], list[ClaimRow]]:
    """Later reports that the action happened (published in the window) or did not (after the deadline)."""
    if not scope.countries and not party_of(claim):
        return [], []
    late = (dt.date.fromisoformat(deadline[:10]) + dt.timedelta(days=LATE_REPORT_DAYS)).isoformat()
    until = min(late, ctx.as_of) if ctx.as_of else late
    happened, not_happened = [], []
    for c in ctx.reports():
        if not (since <= (c.document_published or "") <= until):
            continue
        countries = {p.country for p in c.places if p.country} or {ctx.document_country(c.document_id)}
        if scope.countries and not countries & set(scope.countries):
            continue  # (an unplaced commitment's reports must name its side: claim_reports checks)
        if c.document_id == claim.document_id:
            continue  # the commitment's own report tells what came before it, not what followed
        said = claim_reports(reading, claim, c)
        if said is None:
            continue
        on = c.document_published or ""
        if said.happened and since < on <= deadline:
            happened.append(c)
        elif not said.happened and on >= deadline:
            not_happened.append(c)
    return happened, not_happened


def _where(scope: Scope) -> str:
    return ", ".join(scope.countries) if scope.countries else "no place"


def _not_passed(deadline: str, horizon: str, coverage: str) -> str:
    """Why the deadline has not passed for the ledger: the calendar (as of ``horizon``) may be past it while
    the reports are not, and "not passed" alone would then contradict the --as-of date the user gave."""
    if horizon > deadline:
        return (f"deadline {deadline} is past as of {horizon}, but not for the store: {coverage}, "
                "so nothing reported yet can say whether it was kept")
    return f"deadline {deadline} not passed: {coverage}"


def mark(ctx: _Context, claim: ClaimRow) -> LedgerRow:
    """The ledger row of one claim (see the module docstring)."""
    deadline = claim.deadline
    made_on = claim.document_published or "0001-01-01"
    scope = scope_of(ctx, claim)
    horizon = ctx.as_of or dt.date.today().isoformat()
    base = dict(claim_id=claim.id, document_id=claim.document_id, kind=claim.kind, speaker=claim.speaker,
                speaker_organisation=claim.speaker_organisation, quote=claim.quote,
                made_on=claim.document_published, made_on_inferred=claim.document_published_inferred,
                deadline=deadline, countries=scope.countries,
                known_until=scope.known_until)
    if scope.how:
        passed = bool(scope.known_until and scope.known_until > deadline)
        source = f"from {_where(scope)} ({scope.how})" if scope.countries else f"of {scope.how}"
        coverage = (f"the store's reports {source} reach {scope.known_until}"
                    if scope.known_until else f"the store has no dated reports {source}")
    else:
        passed = horizon > deadline
        coverage = "the claim names no place and its report has no located events, so no report can be tied to it"
    reading = read_quote(claim)
    if reading.action is None:
        if passed:
            return LedgerRow(**base, status="undetermined",
                             reason=f"deadline {deadline} passed ({coverage}), but the quote names no action "
                                    "sitroom can match to events")
        return LedgerRow(**base, status="open", reason=_not_passed(deadline, horizon, coverage))
    what = reading.describe()
    until = min(deadline, horizon)
    in_window = _event_evidence(ctx, claim, reading, scope, made_on, until)
    late_events: list[EventRow] = []
    if not reading.negative and not in_window and passed:
        after = (dt.date.fromisoformat(deadline[:10]) + dt.timedelta(days=1)).isoformat()
        late_events = _event_evidence(ctx, claim, reading, scope, after, scope.known_until or horizon)
    said_happened, said_not = _claim_evidence(ctx, claim, reading, scope, made_on, deadline)

    # For (kept) and against (broken): each a list of (reason, event ids, claim ids).
    pro, con = [], []
    if in_window:
        first = min(in_window, key=lambda e: (e.date_start or "", e.id))
        line = (f"{first.sub_event_type} in {first.location_name or 'an unknown place'} on {first.date_start}"
                + (f", before the deadline {deadline}" if reading.negative else ""))
        (con if reading.negative else pro).append((line, [e.id for e in in_window], []))
    if late_events:
        first = min(late_events, key=lambda e: (e.date_start or "", e.id))
        con.append((f"first {what} reported after the deadline {deadline}: {first.sub_event_type} in "
                    f"{first.location_name or 'an unknown place'} on {first.date_start}",
                    [e.id for e in late_events], []))
    for claims_, happened in ((said_happened, True), (said_not, False)):
        if claims_:
            c = claims_[0]
            line = (f"{c.speaker or c.speaker_organisation or 'a report'} said on {c.document_published}: "
                    f"\u201c{c.quote}\u201d")
            side = pro if happened != reading.negative else con
            side.append((line, [], [x.id for x in claims_]))
    events = sorted({i for _l, ids, _c in pro + con for i in ids})
    claims = sorted({i for _l, _e, ids in pro + con for i in ids})
    if pro and con:
        return LedgerRow(**base, status="undetermined", evidence_event_ids=events, evidence_claim_ids=claims,
                         reason="the evidence conflicts: " + "; ".join(x[0] for x in pro + con))
    if pro or con:
        return LedgerRow(**base, status="kept" if pro else "broken", evidence_event_ids=events,
                         evidence_claim_ids=claims, reason="; ".join(x[0] for x in pro or con))
    if not passed:
        return LedgerRow(**base, status="open", reason=f"no {what} reported yet, and {_not_passed(deadline, horizon, coverage)}")
    return LedgerRow(**base, status="undetermined",
                     reason=f"deadline {deadline} passed: {coverage}, but none reports the {what} "
                            f"between {made_on if claim.document_published else 'the claim'} and {deadline}, "
                            f"nor that none happened; no report is not evidence either way")


def ledger(store: "Store", as_of: Optional[dt.date | str] = None,
           capital: Callable[[EventRow], bool] = is_provincial_capital) -> list[LedgerRow]:
    """Every commitment and prediction with a deadline, marked kept, broken, open or undetermined.

    as_of: the date up to which events count as known; default: everything stored.
    RETURNS (list[LedgerRow]): one row per claim, by deadline, each with its reason and evidence.
    """
    day = as_of.isoformat() if isinstance(as_of, dt.date) else as_of
    ctx = _Context(store, day, capital)
    rows: dict[int, ClaimRow] = {}
    for kind in LEDGER_KINDS:
        for c in store.claims(ClaimFilter(kind=kind, has_deadline=True), limit=None):
            rows[c.id] = c
    return [mark(ctx, c) for c in sorted(rows.values(), key=lambda c: (c.deadline or "", c.id))]
