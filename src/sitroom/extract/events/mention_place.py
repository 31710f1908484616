"""Whether a report that only refers to an event (a mention: "the attack", "the kidnapped missionaries") refers
back to an earlier event of its type, or tells another incident: its own place that none of the earlier events can
be (rule 4), or its own earlier day."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.demonstrations import ORIGIN_PREPOSITIONS, PARTICIPATION
from ...records import Event
from .place_day import places_compatible
from .taxonomy import label_of
from ..pos import VERBAL


def another_day(mention: Event, kept: Event) -> bool:
    """Whether a mention states in its own words a day before the earlier event's date: "On May 23, ... was
    followed by the arrest of" tells an older arrest than the one reported in the week before publication, not
    a reference back to it (a later day may be when the event was told or followed up: no such evidence)."""
    d = mention.date
    return (d.precision == "day" and bool(d.text) and d.text in mention.evidence.text
            and bool(kept.date.start) and d.start < kept.date.start)


def placed_apart(ev: Event, tok, earlier: list[Event]) -> bool:
    """Whether a report that only refers to an event (a mention, trigger token ``tok``) names its own place
    where it happened ("the flash floods in Indore", "died ... after landslides in Puge county": _place_of_act)
    and that place can be none of the earlier events of its type (``earlier``): rule 4's one event per place
    makes it another incident, not a reference back."""
    loc = ev.location
    if loc is None or loc.country is None or not loc.text or tok is None:
        return False
    if not (ev.evidence.start <= loc.start and loc.end <= ev.evidence.end):
        return False  # a place lent by another sentence
    same = [k for k in earlier if label_of(k) == label_of(ev)]
    # (an event placed only at a region of several countries, "southeast Asia", holds no place a city lies in)
    return bool(same) and place_of_act(tok, loc) and not any(places_compatible(ev, k) and not _region_only(k)
                                                              for k in same)


def _region_only(ev: Event) -> bool:
    """Whether the event is placed at a region the geoparser puts in no country ("southeast Asia", "the Sahel")."""
    loc = ev.location
    return loc is not None and loc.country is None and loc.level == "other"


def refers_back(ev: Event, tok, earlier: list[Event], apart: Optional[dict] = None) -> bool:
    """Whether a mention refers back to an earlier event (not placed_apart); one at a place of its own is
    recorded in ``apart`` with the report of its type it is told after (whose date it may take: place_list)."""
    if not placed_apart(ev, tok, earlier):
        return True
    if apart is not None:
        apart[id(ev)] = [k for k in earlier if label_of(k) == label_of(ev)][-1]
    return False


def place_of_act(tok, loc) -> bool:
    """Whether the place ``loc`` is said of the act whose trigger is ``tok``: attached to the trigger, or to a
    verb that governs it (or to a clause joined to one). A place that describes another noun ("Protests in Detroit over the killing of Floyd",
    "a Buenaventura teacher") is not where the mentioned act happened."""
    place = next((t for t in tok.sent if t.idx == loc.start), None)
    if place is None:
        return False
    for a in place.ancestors:
        if a.i == tok.i:
            return True
        if loc.start <= a.idx < loc.end:
            continue  # the place's own words ("Puge county of Sichuan province")
        if a.pos_ in VERBAL:
            if any(t.i == tok.i for t in a.subtree):
                return True
            if a.dep_ not in ("conj", "advcl"):  # ("died while four others were injured in Puge county")
                return False
        elif a.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return _joins_act(a, tok) and not _origin(place, a)
    return False


def _joins_act(noun, tok) -> bool:
    """Whether ``noun`` (which a place describes) is the subject of a verb of taking part whose object tells the
    act ``tok``: "Youth in Anambra joined the protest", "Ebonyi students joined the protests". Who joins takes
    part where they are, so the place of the participants is the place of their part of the act (rule 4: another
    place, another event); other subjects only talk about it ("officials in Abuja condemned the attack")."""
    verb = noun.head
    return (noun.dep_ == "nsubj" and verb.pos_ in VERBAL and verb.lemma_.lower() in PARTICIPATION
            and any(t.i == tok.i for t in verb.subtree))


def _origin(place, noun) -> bool:
    """Whether ``place`` hangs on ``noun`` by a preposition of origin ("students from Kano joined the protest"):
    where the participants come from, not where they took part (they may have travelled to the protest)."""
    step = next((a for a in place.ancestors if a.head.i == noun.i), None)
    return step is not None and step.dep_ == "prep" and step.lower_ in ORIGIN_PREPOSITIONS

