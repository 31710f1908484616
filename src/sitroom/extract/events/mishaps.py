"""A vehicle's mishap with no death, no injury and no loss of the craft is no disaster (the guide's decisions v1.4,
"Aircraft and ship accidents": "a yacht's broken rudder" is not coded).

A Man-made disaster all of whose reports (its evidence and those merged into it) tell, as their disaster, only a
vehicle turned over, stuck in soft ground, aground or broken down (VEHICLE_MISHAP: "their vehicle sank in sand", "I
saw four trucks which had been overturned"), and none of which tells a death or anyone hurt (a stated zero, "no one
was injured", tells none), is dropped. A vessel
that sank or capsized, a crash or a derailment loses the craft, and a report that tells one keeps the event; so
does any other disaster word (a fire, an explosion, an accident) beside the mishap.
"""

from __future__ import annotations

from ...lang.en.events.disasters import DEATHS, HARMED, KILLED, KILLING, MAN_MADE, VEHICLE_MISHAP
from ...lang.en.figures import NONE_HURT, NONE_INJURED, NONE_KILLED
from .taxonomy import MAN_MADE_DISASTER, label_of


def mishap_only(ev, reports=()):
    """``ev`` unless it is a Man-made disaster whose reports tell only a vehicle's mishap, with nobody dead or hurt."""
    if label_of(ev) != MAN_MADE_DISASTER:
        return ev
    texts = [r.evidence.text for r in (ev, *reports)]
    if not any(VEHICLE_MISHAP.search(t) for t in texts):  # the cheap test first: most disasters tell no mishap
        return ev
    # (a stated zero is no harm: "no one was injured", "there were no casualties")
    told = [NONE_HURT.sub(" ", NONE_INJURED.sub(" ", NONE_KILLED.sub(" ", t))) for t in texts]
    if any(rx.search(t) for rx in (KILLED, KILLING, DEATHS, HARMED) for t in told):
        return ev
    if any(MAN_MADE.search(VEHICLE_MISHAP.sub(" ", t)) for t in texts):
        return ev  # another disaster's words, or a loss of the craft ("the ferry sank"), beside the mishap
    return None
