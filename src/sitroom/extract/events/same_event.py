"""Whether two reports are of one event (ACLED's rules 3, 4 and 5): same type, or an air/artillery strike beside a
Battles report that tells no fighting (it retells the strike's armed victims; a strike inside fighting stays its own
event, as the guide says), or a riot and its dispersal as one demonstration, or a riot and the looting or burning told at its place and
day; at one place and on one day (place_day.py), unless the later report tells another incident ("another", "four
more")."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.rules import (ALSO_MORE, BACK_REFERENCE, COUNT, DEMO, DEMO_SEVERITY, FURTHER_COUNT, TOLL_RISING,
                                     TWO_SIDED)
from ...lang.en.events.separate import SEPARATE, SERIES, device_kinds, incident_mark, other_place
from ...records import Event
from .merged_slots import own_place
from .within_city import placed_at
from .place_day import NEAR, by_then_retold, date_key, dates_overlap, place_key, places_compatible, same_own_day
from .taxonomy import (ARRESTS, CROWD_INTER, DIPLOMATIC_CONTACT, LOOTING, MOB_VIOLENCE, REMOTE_VIOLENCE, VIOLENT_DEMONSTRATION,
                       label_of)

RIOTS = (VIOLENT_DEMONSTRATION, MOB_VIOLENCE)  # the Riots sub-event labels


def _detailed_next(a: Event, b: Event) -> bool:
    """Whether ``b``, the next sentence after ``a``'s in the same country, opens on who ``a`` told of ("The two
    were arrested in a house in Lapu Lapu City" after "Cebu police announced that they had arrested two Chinese
    nationals"): it details that incident at its finer (or another named) place."""
    la, lb = a.location, b.location
    return (label_of(a) == label_of(b) and 0 < b.evidence.sentence - a.evidence.sentence <= 1
            and la is not None and lb is not None and la.country is not None and la.country == lb.country
            and bool(BACK_REFERENCE.match(b.evidence.text.strip())))


def _demo_pair(a: Event, b: Event) -> bool:
    """Rule 5: two reports of one demonstration (a riot and its dispersal). Arrests stay their own event:
    who was detained is what readers (and HRDsAttack's "arbitrary detention") look for."""
    return label_of(a) in DEMO and label_of(b) in DEMO


def _riot_looting(a: Event, b: Event) -> bool:
    """Rule 5: a riot and property looted or burned with no doer of its own ("Several vehicles were burned and
    businesses were looted" in a riot story): the crowd's destruction, one event of the riot's type (the guide: one
    event per type, place and day; Riots come before Strategic developments). Looting by a named armed doer
    ("soldiers looted the shops") is another actor pair: its own event."""
    la, lb = label_of(a), label_of(b)
    if la == LOOTING and lb in RIOTS:
        a, b = b, a
    elif not (lb == LOOTING and la in RIOTS):
        return False
    doer = b.actor1
    return doer is None or doer.inter in CROWD_INTER


def demo_type(a: Event, b: Event) -> Optional[str]:
    """The type of a demonstration reported as ``a`` and ``b``: the most severe of the two (a riot's, beside the
    looting it did)."""
    labels = {label_of(a), label_of(b)}
    if _riot_looting(a, b):
        return next(l for l in labels if l != LOOTING)
    if not labels & set(DEMO_SEVERITY):
        return None
    return next(l for l in DEMO_SEVERITY if l in labels)

def same_incident(a: Event, b: Event) -> bool:
    """Same type (or an air/artillery strike beside a battle report that tells no fighting, or one demonstration), same place and day
    (unknowns are compatible). ``a`` is the earlier report. The later report's mark of another incident
    (lang/en/events/separate.py) is read here once: told outright, never ``a``'s event (``_set_apart``); a looser
    word, the same event only at one place on one day."""
    mark = incident_mark(b.evidence.text)
    if (mark == SEPARATE or other_place(b.evidence.text)) and _set_apart(a, b):
        return False
    la, lb = label_of(a), label_of(b)
    kinds = {a.event_type, b.event_type}
    battle_with_strike = kinds == {"Battles", REMOTE_VIOLENCE} and (
        "Air/drone strike" in (a.sub_event_type, b.sub_event_type)
        or "Shelling/artillery/missile attack" in (a.sub_event_type, b.sub_event_type)) and not any(
        e.event_type == "Battles" and fighting_told(e) for e in (a, b))  # the guide: "An air strike or shelling that
    # is part of a battle is still its own Explosions event" (train gold: lee-bg-44, lee-bg-268 code both)
    demo = la != lb and (_demo_pair(a, b) or _riot_looting(a, b))
    # One incident retold in nearby sentences with another sub-event type of the same event type ("seized
    # the town" then "fought for the town") is one event; far apart, they are two.
    retold = la != lb and a.event_type == b.event_type and (abs(a.evidence.sentence - b.evidence.sentence) <= NEAR
                                                             or same_own_day(a, b))
    if retold and a.event_type in SEPARATE_DOERS and _other_doers(a, b):
        # "government forces shelled Sarmada ... Russian warplanes also carried out strikes": two events. (Not for
        # reports of one sub-event type: a report's doer is not yet settled here, and "Egyptian security forces
        # inspect the scene of a bomb explosion" would stand as a second bombing.)
        retold = False
    if la == lb == DIPLOMATIC_CONTACT and _other_doers(a, b):
        # A contact is its parties' (one event per type, actor pair, place and day): the Egyptian foreign minister's
        # visit is not the contact told of Hamas before, though the context places both in Gaza with no day. (Each
        # side of one meeting, "Blinken met Lavrov" and "Lavrov told Blinken", names the other as its target.)
        return False
    if la == lb and a.event_type == REMOTE_VIOLENCE and _other_devices(a, b):  # (other sub-types: ``retold``)
        return False
    if la == lb == ARRESTS and _other_forces(a, b):
        # "Police arrested 12 suspected robbers in Lagos ... Soldiers also arrested four militants": one event per
        # actor pair (the guide), and two forces taking two groups are two pairs.
        return False
    if la != lb and not battle_with_strike and not demo and not retold:
        return False
    pa, pb, da, db = place_key(a), place_key(b), date_key(a), date_key(b)
    if not ((places_compatible(a, b) or _detailed_next(a, b)) and (dates_overlap(da, db) or by_then_retold(a, b))):
        return False
    if retold and not demo and _spot_of_other(a, b) and not (own_place(a) and own_place(b)):
        # Reports of two sub-event types join as one incident at a town and a spot of it the gazetteer lacks only when
        # each names its place: a place the context lends one report ("inflicted on him in detention", placed in the
        # story's city) says nothing of the other's ("arrested in Kisasi, Kampala").
        return False
    if battle_with_strike:  # rule 3 only when the battle report clearly retells the strike: same place and day,
        # told near it (a battle told far on in the text is another part of the story)
        return pa is not None and pa == pb and da == db and abs(a.evidence.sentence - b.evidence.sentence) <= NEAR
    if mark:  # "another ...": the same event only when place and day agree
        return pa is not None and pa == pb and da == db
    if further_count(b.evidence.text):  # "four more were arrested": only on the day the first count was told
        return pa is not None and pa == pb and da == db and a.date.precision == b.date.precision == "day"
    if demo:  # a riot and a dispersal, arrests or looting are one demonstration when told at one place or together
        return (pa is not None and pa == pb) or abs(a.evidence.sentence - b.evidence.sentence) <= 1
    return True


def _spot_of_other(a: Event, b: Event) -> bool:
    """Whether one report's place is a spot placed at the other's town (within_city.placed_at)."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and (placed_at(la, lb) or placed_at(lb, la))


def told_apart(a: Event, b: Event) -> bool:
    """Whether ``b``, told in a later sentence than ``a``, says it is another incident ("In a separate incident,
    ...", "Another roadside bomb killed ...", "Elsewhere, ..."): never ``a``'s event, even at its place and on its
    day (which the context often lends it). Not when both name one actor pair at one place on one day: the guide
    codes one event per type, actor pair, place and day."""
    return (incident_mark(b.evidence.text) == SEPARATE or other_place(b.evidence.text)) and _set_apart(a, b)


def _set_apart(a: Event, b: Event) -> bool:
    """Whether ``b``, whose sentence marks it as another incident, is told apart from ``a`` (told_apart)."""
    if b.evidence.sentence <= a.evidence.sentence:
        return False
    if SERIES.search(a.evidence.text):
        return False  # "a series of attacks in central Jordan" tells each incident too
    if other_place(b.evidence.text):  # "In a nearby village, ...": the place the context lends it is not its own
        return True
    return not (place_key(a) is not None and place_key(a) == place_key(b) and date_key(a) == date_key(b)
                and _name(a.actor1) is not None and _name(a.actor1) == _name(b.actor1)
                and _name(a.actor2) is not None and _name(a.actor2) == _name(b.actor2))


def _name(actor) -> Optional[str]:
    return actor.name if actor is not None else None


def further_count(text: str) -> bool:
    """Whether a report tells more of what was counted before ("Four more persons were arrested after visiting the
    family"): a count with "more" and no count before it in the sentence ("killed 13 and wounded 56 more" is one act),
    not of more dead of it ("three more people died in hospital": its toll rising), nor more that the doers "also" took
    in the telling of the act ("They also kidnapped 12 more")."""
    m = FURTHER_COUNT.search(text)
    return (m is not None and not COUNT.search(text, 0, m.start()) and not TOLL_RISING.search(text)
            and not ALSO_MORE.search(text))


# The event types where two reports whose doers are named and differ are two events (one side fires at the other's
# side; in a battle both sides are its parties, whichever the sentence makes the doer).
SEPARATE_DOERS = frozenset({REMOTE_VIOLENCE})


def _other_doers(a: Event, b: Event) -> bool:
    """Both reports name their doer, the doers differ (an unidentified armed group names none), and neither is the
    other report's target."""
    d1, d2 = a.actor1, b.actor1
    if d1 is None or d2 is None or d1.name == d2.name:
        return False
    if d1.name.startswith("Unidentified") or d2.name.startswith("Unidentified"):
        return False
    return not (a.actor2 is not None and a.actor2.name == d2.name) and not (b.actor2 is not None and b.actor2.name == d1.name)


def _other_devices(a: Event, b: Event) -> bool:
    """Reports in two sentences that each name a kind of explosive device, none in common ("A roadside bomb killed
    three soldiers" then "A car bomb exploded at a hotel"): two blasts (lang/en/events/separate.py)."""
    if a.evidence.sentence == b.evidence.sentence:
        return False
    ka, kb = device_kinds(a.evidence.text), device_kinds(b.evidence.text)
    return bool(ka) and bool(kb) and not ka & kb


def _other_forces(a: Event, b: Event) -> bool:
    """Two arrests by two named state forces of two named groups: neither retells the other (a retelling names the
    same force or the same people taken)."""
    d1, d2, t1, t2 = a.actor1, b.actor1, a.actor2, b.actor2
    if None in (d1, d2, t1, t2) or not (_force(d1) and _force(d2)):
        return False
    # Each names its force in its own words: a force only inferred ("the man was arrested", whose doer is the
    # country's police by convention) may well be the other report's.
    if not (_named_in(a, d1) and _named_in(b, d2)):
        return False
    return d1.name != d2.name and t1.name != t2.name


def _force(actor) -> bool:
    """A state's armed or police force (not its government, which "the arrests" may name beside them)."""
    return actor.actor_type == "state forces" and not actor.name.startswith("Government")


def _named_in(report: Event, actor) -> bool:
    return bool(actor.text) and actor.text.lower() in report.evidence.text.lower()


def fighting_told(battle: Event) -> bool:
    """Whether a Battles report tells fighting (rules' TWO_SIDED words): then a strike beside it is a strike inside
    the battle, its own event (rule 3). A report typed as a battle for its armed dead alone ("the number of US forces
    killed rose to three", after "killed by a stray US bomb") retells the strike and merges with it."""
    return bool(TWO_SIDED.search(battle.evidence.text))


