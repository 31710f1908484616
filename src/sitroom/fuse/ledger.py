"""A ledger of commitments and predictions with deadlines, marked against later events.

For each claim whose kind is a commitment or a prediction and which has a deadline:

1. read what it is about from its quote: an *action* (attack, capture, withdraw),
   whether it is promised *not* to happen ("would not attack ... until September 11"),
   and a *target* (provincial capitals, cities, or the places the claim names);
2. find the events that match: the action's event types, by the speaker's
   organisation when it has one, at the target, dated from the day the claim was
   published up to the deadline;
3. mark it: a promise not to act is *broken* by a matching event and *kept* once
   the deadline has passed without one; a promise or prediction that something will
   happen is *kept* by a matching event and *broken* once the deadline has passed
   without one. Until the deadline lies before the newest stored event (or the
   ``as_of`` date), it is *open*. When the quote names no action sitroom can match,
   a passed deadline leaves it *undetermined*, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from ..records import NON_FACTUAL
from ..store.models import ClaimFilter, ClaimRow, EventFilter, EventRow, LedgerRow

if TYPE_CHECKING:
    from ..store.store import Store

LEDGER_KINDS = ("commitment", "prediction", "promise", "pledge", "policy")

_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# action -> (cue in the quote, event types, sub-event types or None for all of the types)
ACTIONS: dict[str, tuple[re.Pattern, tuple[str, ...], Optional[tuple[str, ...]]]] = {
    "capture": (re.compile(r"\b(?:captur\w*|seiz\w*|tak(?:e|es|ing|en) (?:over|control)|overr\w*|fall\w*|fell)\b", re.I),
                ("Battles", "Strategic developments"),
                ("Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory")),
    "attack": (re.compile(r"\b(?:attack\w*|strik\w*|shell\w*|bomb\w*|target\w*|assault\w*|fight\w*|offensive|"
                          r"hostilit\w*|ceasefire|cease-fire|violence)\b", re.I), _VIOLENT, None),
    "withdraw": (re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing)? out|leave|leaving|exit)\b", re.I),
                 ("Strategic developments",), None),
}
_NEGATION = re.compile(r"\b(?:not|never|no|refrain\w*|stop\w*|cease\w*|halt\w*|end|won't|wouldn't|will not)\b", re.I)
# "ceasefire" promises no attacks even without a "not".
_IMPLICIT_NEGATIVE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.I)
_TARGETS = {
    "provincial capital": re.compile(r"\b(?:provincial|regional|district) (?:capital|centre|center)s?\b", re.I),
    "city": re.compile(r"\b(?:cit(?:y|ies)|towns?|capitals?)\b", re.I),
}


@dataclass
class Reading:
    """What a commitment or prediction is about."""

    action: Optional[str]
    negative: bool
    target: Optional[str]  # a key of _TARGETS, or None
    places: list[str]


def read_quote(claim: ClaimRow) -> Reading:
    """The action, polarity and target of a claim's quote."""
    quote = claim.quote
    action, at = None, len(quote)
    for name, (cue, _types, _subs) in ACTIONS.items():
        m = cue.search(quote)
        if m and m.start() < at:
            action, at = name, m.start()
    negative = bool(_NEGATION.search(quote[:at])) or bool(_IMPLICIT_NEGATIVE.search(quote))
    if _IMPLICIT_NEGATIVE.search(quote):
        action = "attack"
    target = next((t for t, rx in _TARGETS.items() if rx.search(quote)), None)
    return Reading(action, negative, target, [p.name for p in claim.places if p.name])


# A gazetteer look-up: is the entry with this id the seat of its province? None when it cannot say.
SeatLookup = Callable[[str], Optional[bool]]


def is_provincial_capital(e: EventRow, seat: Optional[SeatLookup] = None) -> bool:
    """Whether an event happened in the seat of a province.

    Asks ``seat`` (the gazetteer's seat flag, as :func:`sitroom.api.ledger` passes it) when given,
    else, or when it cannot say, takes the common case of a seat named after its province
    (Kunduz, Kandahar, Ghazni).
    """
    if e.level != "populated place" or not e.location_name:
        return False
    known = seat(e.gazetteer_id) if seat is not None and e.gazetteer_id else None
    if known is not None:
        return known
    return bool(e.admin1 and e.location_name.casefold() == e.admin1.casefold())


def _target_matches(reading: Reading, e: EventRow, capital: Callable[[EventRow], bool]) -> bool:
    if reading.places:
        names = {n.casefold() for n in reading.places}
        if not any((v or "").casefold() in names for v in (e.location_name, e.admin1, e.admin2)):
            return False
    if reading.target == "provincial capital":
        return capital(e)
    if reading.target == "city":
        return e.level == "populated place"
    return True


def _speaker_side_matches(claim: ClaimRow, e: EventRow) -> bool:
    """A commitment binds the speaker's side: the event's actor1 must be it."""
    party = claim.speaker_organisation or (claim.speaker if claim.speaker and " " not in claim.speaker else None)
    if not party:
        return True  # an unattributed commitment: anyone acting breaks or keeps it
    p = party.casefold()
    return bool(e.actor1 and (p in e.actor1.casefold() or e.actor1.casefold() in p))


def _named_in(quote: str, e: EventRow) -> bool:
    q = quote.casefold()
    return any(a and a.casefold() in q for a in (e.actor1, e.actor1_text))


def matching_events(store: "Store", claim: ClaimRow, reading: Reading, made_on: str, deadline: str,
                    capital: Callable[[EventRow], bool] = is_provincial_capital) -> list[EventRow]:
    """Events from ``made_on`` to ``deadline`` that do what the claim is about."""
    _cue, types, subs = ACTIONS[reading.action]
    out = []
    for e in store.iter_events(EventFilter(since=made_on, until=deadline, event_type=list(types))):
        if subs and e.sub_event_type not in subs:
            continue
        if reading.action == "withdraw" and not re.search(r"withdr|pull", e.evidence_text, re.I):
            continue
        if e.modality in NON_FACTUAL:
            continue
        if (e.date_start or "") < made_on:
            continue
        if _target_matches(reading, e, capital):
            out.append(e)
    if "prediction" in claim.kind.casefold():
        # A prediction is about whoever its quote names ("the Taliban would capture..."), if it names one.
        named = [e for e in out if _named_in(claim.quote, e)]
        return named or out
    return [e for e in out if _speaker_side_matches(claim, e)]


def _known_until(store: "Store", claim: ClaimRow, newest: Optional[str]) -> Optional[str]:
    """The date up to which the store has reports from the claim's country.

    A deadline is only "passed" for the ledger when reports from where the claim is about reach
    beyond it; reports from elsewhere say nothing about whether it was kept. The country is the
    one of the claim's places, else the one most events of its own document happen in.
    """
    countries = {p.country for p in claim.places if p.country}
    if not countries:
        # The document's focus: the country most of its own events happen in.
        own = [e.country for e in store.iter_events(EventFilter(document_id=claim.document_id)) if e.country]
        countries = {max(set(own), key=own.count)} if own else set()
    if not countries:
        return newest
    dates = []
    for country in countries:
        rows = store.events(EventFilter(country=country, until=newest), limit=1, sort="-date")
        if rows and (rows[0].date_end or rows[0].date_start):
            dates.append(rows[0].date_end or rows[0].date_start)
    return max(dates) if dates else None


def mark(store: "Store", claim: ClaimRow, newest: Optional[str],
         capital: Callable[[EventRow], bool] = is_provincial_capital) -> LedgerRow:
    """The ledger row of one claim; ``newest`` is the date up to which events are known."""
    deadline = claim.deadline_end or claim.deadline_start
    made_on = claim.document_published or "0001-01-01"
    newest = _known_until(store, claim, newest)
    base = dict(claim_id=claim.id, document_id=claim.document_id, kind=claim.kind, speaker=claim.speaker,
                speaker_organisation=claim.speaker_organisation, quote=claim.quote,
                made_on=claim.document_published, deadline=deadline)
    passed = bool(newest and deadline and newest > deadline)
    reading = read_quote(claim)
    if reading.action is None:
        if passed:
            return LedgerRow(**base, status="undetermined",
                             reason="the deadline has passed, but the quote names no action sitroom can match to events")
        return LedgerRow(**base, status="open", reason=f"deadline {deadline} is after the newest event ({newest})")
    # Events after the as-of date are not known yet.
    hits = matching_events(store, claim, reading, made_on, min(deadline, newest) if newest else deadline, capital)
    what = f"{reading.action}" + (f" on {reading.target}s" if reading.target else "") + (
        f" in {', '.join(reading.places)}" if reading.places else "")
    ids = [e.id for e in hits]
    if hits:
        first = min(hits, key=lambda e: (e.date_start or "", e.id))
        where = first.location_name or "an unknown place"
        if reading.negative:
            return LedgerRow(**base, status="broken", evidence_event_ids=ids,
                             reason=f"{first.sub_event_type} in {where} on {first.date_start}, before {deadline}")
        return LedgerRow(**base, status="kept", evidence_event_ids=ids,
                         reason=f"{first.sub_event_type} in {where} on {first.date_start}")
    if not passed:
        return LedgerRow(**base, status="open",
                         reason=f"no {what} yet; deadline {deadline} is after the newest event ({newest})")
    if reading.negative:
        return LedgerRow(**base, status="kept", reason=f"no {what} between {made_on} and {deadline}")
    return LedgerRow(**base, status="broken", reason=f"no {what} between {made_on} and {deadline}")


def ledger(store: "Store", as_of: Optional[dt.date | str] = None,
           capital: Callable[[EventRow], bool] = is_provincial_capital) -> list[LedgerRow]:
    """Every commitment and prediction with a deadline, marked kept, broken, open or undetermined.

    as_of: the date up to which events count as known; default the newest stored event date.
    """
    newest = (as_of.isoformat() if isinstance(as_of, dt.date) else as_of) or _newest_event_date(store)
    rows = []
    for kind in LEDGER_KINDS:
        offset = 0
        while True:
            page = store.claims(ClaimFilter(kind=kind, has_deadline=True), limit=500, offset=offset)
            rows.extend(page)
            if len(page) < 500:
                break
            offset += 500
    unique = {c.id: c for c in rows}
    return [mark(store, c, newest, capital) for c in sorted(unique.values(), key=lambda c: (c.deadline_start or "", c.id))]


def _newest_event_date(store: "Store") -> Optional[str]:
    summary_range = store.summary().date_range
    return summary_range[1] if summary_range else None
