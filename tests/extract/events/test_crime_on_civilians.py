"""A killing of civilians by an armed group that the typer read as organised crime is an Attack (the guide: when a
report fits two types, Violence against civilians wins over the extra types). Probe 34a, Nigeria."""

from __future__ import annotations

from sitroom.extract.events.rules import ATTACK, ORGANISED_CRIME, crime_on_civilians
from sitroom.records import ActorRef

BANDITS = ActorRef(name="Unidentified Armed Group (Nigeria)", text="Bandits", inter=3, country="NG")


def test_bandits_killing_a_traditional_ruler_is_an_attack():
    s = ("Bandits killed the traditional ruler of Gatawa in Sokoto state after holding him captive for nearly "
         "three weeks, police said on Monday.")
    assert crime_on_civilians(ORGANISED_CRIME, s, None, BANDITS) == ATTACK


def test_criminal_violence_among_criminals_or_without_a_killing_stays_crime():
    gang = ActorRef(name="Unidentified Armed Group (Nigeria)", text="Cultists", inter=3, country="NG")
    assert crime_on_civilians(ORGANISED_CRIME, "Cultists killed two rival gang members in Port Harcourt.", None,
                              gang) == ORGANISED_CRIME
    assert crime_on_civilians(ORGANISED_CRIME, "Bandits smuggled 40 cattle across the border into Niger.", None,
                              BANDITS) == ORGANISED_CRIME
    assert crime_on_civilians(ORGANISED_CRIME, "Bandits killed three soldiers at a checkpoint in Zamfara.", None,
                              BANDITS) == ORGANISED_CRIME
    # no organised armed doer told: left as typed
    assert crime_on_civilians(ORGANISED_CRIME, "Two traders were killed in a robbery in Kano.", None,
                              None) == ORGANISED_CRIME
