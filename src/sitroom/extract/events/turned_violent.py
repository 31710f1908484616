"""A demonstration that turned violent is a riot (the guide: "A protest that turns violent is a riot"), also when
the crowd's violence is told in the sentences after the one that tells the demonstration:

    In the southern city of Eindhoven, police fired tear gas to disperse a crowd of several hundred.
    Several vehicles were burned and businesses at Eindhoven's central train station were looted.

family.violent_crowd reads one sentence; the sentences that go on about the same demonstration are often typed
as arrests or property destruction of their own and never merged into it (their places are vague: "in the
city"). So a demonstration kept as peaceful or met by the police becomes a violent demonstration when one of
the few sentences after its evidence tells the crowd's own violence (family's CROWD_VIOLENCE: stones thrown,
vehicles torched, shops looted), reading on only while the sentences name no other place than the
demonstration's, no date of their own, no armed group and no doer told unknown (then the violence may be another
incident's, or not the crowd's). The violence is the crowd's when no state force is told doing it ("officers
torched the stalls") and, after a peaceful protest, when the crowd is named in it ("shops were looted during the
night" tells no one's doing; after a crowd the police had to disperse it is that crowd's unrest). The sentence of that violence, coded on its own as property destruction, as
arrests or as a riot, is the riot's own doing and its intervention (the guide: one event per type, place and day; arrests at a protest belong to it): no event of
its own.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...lang.en.events.family import CROWD_ANAPHOR, CROWD_VIOLENCE, UNKNOWN_DOERS
from ...lang.en.events.rules import ARMED, ARMED_VICTIMS, CROWD
from ...records import Event, PlaceMention
from .conventions import conventional_actors
from .taxonomy import ARRESTS, INTERVENTION, LOOTING, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, label_of, typed_fields
from .units import Unit
from .where_when import in_unit

# The demonstrations a later sentence's violence makes a riot ("Excessive force" stays: the worse type).
_CALM = (PEACEFUL_PROTEST, INTERVENTION)
# How many sentences after a demonstration's evidence still tell it (the fuller reports of one protest in the
# corpus run over three or four sentences).
FOLLOW_SENTENCES = 4


def turned_violent(events: list[Event], units: Sequence[Unit], places: Sequence[PlaceMention],
                   times: Sequence = ()) -> list[Event]:
    """``events`` with each peaceful or dispersed demonstration whose following sentences tell its crowd's
    violence retyped a Violent demonstration: the rioters its actor1, the police that met it (if any) its
    actor2; less the property destruction, arrests or riot coded from the sentence of that violence (``places``,
    ``times``: the document's place and time mentions). Run on the events kept."""
    out, told, retyped = [], set(), set()
    for e in events:
        at = _violence_after(e, units, places, times) if label_of(e) in _CALM else None
        if at is not None:
            force = next((a for a in (e.actor2, e.actor1) if a is not None and a.inter == 1), None)
            # the riot coded from the violence's own sentence is this one (one event per type, place and day)
            own = next((k for k in events if k.evidence.sentence == at and label_of(k) == VIOLENT_DEMONSTRATION), None)
            if force is None and own is not None and own.actor2 is not None and own.actor2.inter == 1:
                force = own.actor2
            a1, a2 = conventional_actors(VIOLENT_DEMONSTRATION, None, force, e.location, e.evidence.text)
            e = e.model_copy(update={**typed_fields(VIOLENT_DEMONSTRATION), "actor1": a1, "actor2": a2})
            told.add(at)
            retyped.add(id(e))
        out.append(e)
    return [e for e in out if id(e) in retyped
            or not (e.evidence.sentence in told and label_of(e) in (LOOTING, ARRESTS, VIOLENT_DEMONSTRATION))]


def _violence_after(e: Event, units: Sequence[Unit], places: Sequence[PlaceMention], times: Sequence) -> Optional[int]:
    """The sentence after ``e``'s evidence that tells its crowd's violence, or None."""
    own = _place_names(e)
    after = [u for u in units if e.evidence.sentence < u.sentence <= e.evidence.sentence + FOLLOW_SENTENCES]
    for u in after:
        named = {m.name or m.text for m in in_unit(places, u)}
        if named - own or in_unit(times, u) or ARMED.search(u.text) or UNKNOWN_DOERS.search(u.text):
            return None  # another place's or another day's report, an armed group's or unknown people's doing
        m = CROWD_VIOLENCE.search(u.text)
        if m is None:
            continue
        before = u.text[:m.start()]
        if ARMED_VICTIMS.search(before) and not CROWD.search(before):
            return None  # "Officers later torched the traders' stalls": the police's doing, not the crowd's
        if label_of(e) == INTERVENTION or CROWD.search(u.text) or CROWD_ANAPHOR.search(before):
            return u.sentence  # after a crowd the police dispersed, violence told with no doer is that crowd's
    return None


def _place_names(e: Event) -> set:
    loc = e.location
    if loc is None:
        return set()
    return {n for n in (loc.name, loc.text) if n}
