"""A bomb in a vehicle its driver blows up is a suicide bomb whatever the vehicle ("a suicide truck bomb", "a
suicide motorcycle bomber"); a vehicle bomb with no suicide attacker stays a remote explosive. Written for these
tests."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, sub", [
    ("A suicide truck bomb killed at least 80 pilgrims at a petrol station near Hilla on Thursday, officials said.",
     "Suicide bomb"),
    ("A suicide motorcycle bomber struck a police checkpoint in Kabul on Thursday, killing four officers.",
     "Suicide bomb"),
    ("A suicide lorry bomb exploded at the gate of an army base in Kandahar on Monday, killing six soldiers.",
     "Suicide bomb"),
    # not: a vehicle bomb with no suicide attacker
    ("A truck bomb exploded outside a police station in Kabul on Thursday, killing four officers.",
     "Remote explosive/landmine/IED"),
    ("A car bomb parked near a market exploded in Baghdad on Friday, killing 12 shoppers.",
     "Remote explosive/landmine/IED"),
])
def test_the_vehicle_does_not_decide_the_suicide(pipeline, text, sub):
    out = pipeline.extract(DocumentIn(id="t", text=text, published="2016-11-25"))
    assert [e.sub_event_type for e in out.events] == [sub]
