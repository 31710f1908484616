"""What a commitment or prediction is about, and whether an event or a later claim bears on it.

The ledger (:mod:`sitroom.fuse.ledger`) reads each quote once into a :class:`Reading` (an action,
its polarity, a target) and asks the predicates here whether a stored event or claim is evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..records import NON_FACTUAL
from ..store.models import ClaimRow, EventRow

_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# action -> (cue in the quote, event types, sub-event types or None for all of the types)
ACTIONS: dict[str, tuple[re.Pattern, tuple[str, ...], Optional[tuple[str, ...]]]] = {
    "capture": (re.compile(r"\b(?:captur\w*|seiz\w*|tak(?:e|es|ing|en) (?:over|control)|overr\w*|fall\w*|fell)\b", re.I),
                ("Battles", "Strategic developments"),
                ("Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory")),
    "attack": (re.compile(r"\b(?:attack\w*|strik\w*|shell\w*|bomb\w*|target\w*|assault\w*|fight\w*|offensive|"
                          r"hostilit\w*|ceasefire|cease-fire|violence)\b", re.I), _VIOLENT, None),
    "withdraw": (re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|ing)? out|leave|leaving|exit\w*)\b", re.I),
                 ("Strategic developments",), None),
}
# An event is a withdrawal only when its own sentence says so (Strategic developments is wide).
_WITHDRAWAL_EVIDENCE = re.compile(r"withdr|pull(?:ed|ing|s)? out", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|refrain\w*|stop\w*|cease\w*|halt\w*|end|won't|wouldn't|will not|"
                       r"didn't|did not|hasn't|has not|haven't|have not|without)\b", re.I)
# "ceasefire" promises no attacks even without a "not".
_IMPLICIT_NEGATIVE = re.compile(r"\b(?:ceasefire|cease-fire|truce)\b", re.I)
# A claim that looks ahead ("will withdraw", "plans to attack") reports nothing that happened.
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|going to|plan\w*|intend\w*|expect\w*|could|may|might|"
                          r"threat\w*|vow\w*|promis\w*|pledg\w*|warn\w*|if|unless|until)\b", re.I)
_TARGETS = {
    "provincial capital": re.compile(r"\b(?:provincial|regional|district) (?:capital|centre|center)s?\b", re.I),
    "city": re.compile(r"\b(?:cit(?:y|ies)|towns?|capitals?)\b", re.I),
}
# In a report, only the plain verbs count: "leaving weapons behind" is no withdrawal.
_REPORTED_ACTION = {
    "capture": re.compile(r"\b(?:captur\w*|seiz\w*|took (?:over|control)|taken (?:over|control)|overr[au]n|fell)\b", re.I),
    "attack": re.compile(r"\b(?:attack\w*|struck|strikes?|shell\w*|bomb\w*|assault\w*)\b", re.I),
    "withdraw": re.compile(r"\b(?:withdr[ae]w\w*|pulled out)\b", re.I),
}
# Claims that report what happened, as opposed to what someone wants, plans or foresees.
REPORTING_KINDS = ("statement", "accusation", "denial", "territorial control")


_NOUNS = {"capture": "capture", "attack": "attack", "withdraw": "withdrawal"}


@dataclass
class Reading:
    """What a commitment or prediction is about."""

    action: Optional[str]
    negative: bool
    target: Optional[str]  # a key of _TARGETS, or None
    places: list[str]

    def describe(self) -> str:
        """In words, for the ledger's reasons: "attack on provincial capitals in Kunduz"."""
        return (_NOUNS[self.action] + (f" on {self.target}s" if self.target else "")
                + (f" in {', '.join(self.places)}" if self.places else ""))


def _first_action(quote: str) -> tuple[Optional[str], int]:
    action, at = None, len(quote)
    for name, (cue, _types, _subs) in ACTIONS.items():
        m = cue.search(quote)
        if m and m.start() < at:
            action, at = name, m.start()
    return action, at


def read_quote(claim: ClaimRow) -> Reading:
    """The action, polarity and target of a claim's quote."""
    quote = claim.quote
    action, at = _first_action(quote)
    negative = bool(_NEGATION.search(quote[:at])) or bool(_IMPLICIT_NEGATIVE.search(quote))
    if _IMPLICIT_NEGATIVE.search(quote):
        action = "attack"
    target = next((t for t, rx in _TARGETS.items() if rx.search(quote)), None)
    # A country named is the claim's scope (the ledger's business), not a place events must name.
    return Reading(action, negative, target, [p.name for p in claim.places if p.name and p.level != "country"])


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


def party_of(claim: ClaimRow) -> Optional[str]:
    """The side a commitment binds: the speaker's organisation, or a one-word speaker ("Taliban")."""
    return claim.speaker_organisation or (claim.speaker if claim.speaker and " " not in claim.speaker else None)


def event_does(reading: Reading, e: EventRow, capital: Callable[[EventRow], bool]) -> bool:
    """Whether an event is the action a reading is about, at its target (side and place aside)."""
    _cue, types, subs = ACTIONS[reading.action]
    if e.event_type not in types or (subs and e.sub_event_type not in subs):
        return False
    if reading.action == "withdraw" and not _WITHDRAWAL_EVIDENCE.search(e.evidence_text):
        return False
    if e.modality in NON_FACTUAL:
        return False
    if reading.places:
        names = {n.casefold() for n in reading.places}
        if not any((v or "").casefold() in names for v in (e.location_name, e.admin1, e.admin2)):
            return False
    if reading.target == "provincial capital":
        return capital(e)
    if reading.target == "city":
        return e.level == "populated place"
    return True


def event_by_party(claim: ClaimRow, e: EventRow) -> bool:
    """Whether an event's initiator is the side a commitment binds (the speaker's); any side if unnamed."""
    party = party_of(claim)
    if not party:
        return True
    p = party.casefold()
    return bool(e.actor1 and (p in e.actor1.casefold() or e.actor1.casefold() in p))


def named_in(quote: str, e: EventRow) -> bool:
    """Whether a quote names the event's initiator ("the Taliban would capture ...")."""
    q = quote.casefold()
    return any(a and a.casefold() in q for a in (e.actor1, e.actor1_text))


@dataclass
class ClaimEvidence:
    """A later claim read against a commitment: whether it says the action happened."""

    happened: bool


def claim_reports(reading: Reading, commitment: ClaimRow, c: ClaimRow) -> Optional[ClaimEvidence]:
    """Whether a later claim reports that the action happened (or did not); None when it says neither.

    Only claims that report (statements, accusations, denials, control claims), asserted without a
    hedge, that name the action at the reading's target and places, and do not look ahead.
    """
    if c.id == commitment.id or c.kind not in REPORTING_KINDS or c.hedges or c.modality in NON_FACTUAL:
        return None
    verb = _REPORTED_ACTION[reading.action].search(c.quote)
    if not verb:
        return None
    before = c.quote[:verb.start()]
    if _LOOKS_AHEAD.search(before):
        return None
    q = c.quote.casefold()
    if reading.target and not _TARGETS[reading.target].search(c.quote):
        return None
    named = {p.name.casefold() for p in c.places if p.name}
    if reading.places and not any(p.casefold() in q or p.casefold() in named for p in reading.places):
        return None
    party = party_of(commitment)
    if party and party.casefold() not in q and (c.speaker_organisation or "").casefold() != party.casefold():
        return None
    return ClaimEvidence(happened=not _NEGATION.search(before))
