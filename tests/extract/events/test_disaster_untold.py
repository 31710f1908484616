"""A killing by armed men that the typer reads as a disaster (probe 34a): "Boko Haram militants killed at
least 15 fishermen in Borno state" was typed a Man-made disaster, which tells no disaster words, and the
report was dropped. A disaster the report tells stays one, and a death toll with no armed men is no attack."""

from __future__ import annotations

import pytest

from sitroom.extract.events.disasters import MAN_MADE_DISASTER, untold_disaster
from sitroom.extract.events.patterns import find_cues


def test_a_killing_by_militants_is_no_disaster_the_report_does_not_tell():
    s = "Boko Haram militants killed at least 15 fishermen in Borno state on Saturday, a local official said."
    assert untold_disaster(MAN_MADE_DISASTER, find_cues(s, 0), s)


@pytest.mark.parametrize("s", [
    "A boat carrying 80 fishermen capsized on Lake Chad on Saturday, killing at least 15 fishermen.",
    "A fire at a market in Maiduguri killed at least 15 traders on Saturday, a local official said.",
])
def test_a_disaster_told_or_no_armed_men_keeps_the_disaster_label(s):
    assert not untold_disaster(MAN_MADE_DISASTER, find_cues(s, 0), s)


@pytest.mark.slow
def test_the_killing_of_fishermen_is_an_attack_by_its_doer():
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    text = ("MAIDUGURI, Nigeria, Sept 3 (Reuters) - Boko Haram militants killed at least 15 fishermen in the "
            "Kukawa area of Borno state on Saturday, a local official said. \"We recovered 15 bodies,\" said "
            "Babakura Kolo, a leader of the anti-jihadist militia that assists the military.")
    evs = Pipeline().run_batch([DocumentIn(id="t", text=text, published="2023-09-03")])[0].events
    attacks = [e for e in evs if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].actor1.name == "Boko Haram"
    assert attacks[0].actor2.name == "Civilians (Nigeria)" and attacks[0].fatalities == 15
