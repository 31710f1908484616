"""A vehicle's mishap with no death, no injury and no loss of the craft is no disaster (mishaps.py; the guide's
decisions v1.4)."""

import pytest

from sitroom.extract.events.mishaps import mishap_only
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, Event, Evidence

MAN_MADE = "Disasters / Man-made disaster"


def _event(text, label=MAN_MADE):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text))


@pytest.mark.parametrize("texts, kept", [
    # a vehicle turned over, stuck, aground or broken down, nobody hurt: not coded
    (["A delivery van overturned on the coastal highway early on Sunday."], False),
    (["Rangers towed out a family whose car became bogged in mud near the lake."], False),
    (["The fishing boat ran aground off the island and no one was injured."], False),
    (["A yacht with a broken rudder drifted for two days before coastguards reached it.",
      "The crew of four were brought ashore."], False),
    # ... but someone killed or hurt, in any report of the event, makes it a disaster
    (["A delivery van overturned on the coastal highway.", "The driver was taken to hospital with head injuries."],
     True),
    (["A minibus overturned near the border, killing three passengers."], True),
    # ... and so does a craft lost, or another disaster's words beside the mishap
    (["A ferry capsized and sank off the island with 40 people aboard."], True),
    (["A tanker overturned and exploded on the motorway."], True),
    (["A military plane crashed into the sea after take-off."], True),
])
def test_a_mishap_with_nobody_hurt_and_no_craft_lost_is_not_coded(texts, kept):
    ev, *reports = [_event(t) for t in texts]
    assert (mishap_only(ev, reports) is ev) is kept


def test_another_type_is_left_alone():
    ev = _event("Rebels overturned two army trucks and set them alight.", "Strategic developments / Looting/property destruction")
    assert mishap_only(ev) is ev
