"""ACLED: a battle needs two organised armed sides. An unnamed armed group's killing or beating of one civilian
("a woman", "an elderly farmer", "a teacher") is violence against civilians, an Attack, not an armed clash with one
side, even when the report's source is the police (", police said": who tells it, not whom it hit); gunmen on a
police post or armed men fighting soldiers stay a battle."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import armed_attack_typed
from sitroom.extract.events.taxonomy import ATTACK, CLASH, MOB_VIOLENCE
from sitroom.records import DocumentIn


def types(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2024-03-01")])[0]
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in doc.events]


@pytest.mark.parametrize("text, want", [
    # the source after the act is not its target
    ("Gunmen beat a trader to death in Bauchi on Monday, police said.", ATTACK),
    ("Gunmen set fire to a widow's house and beat her, a police spokesman told reporters.", ATTACK),
    ("Armed men whipped a shopkeeper in the market, according to army officials.", ATTACK),
    # an armed target told after the act stays a clash
    ("Gunmen attacked a police post in Zamfara, police said.", CLASH),
    ("Armed men ambushed a military convoy near Gao, the army said.", CLASH),
])
def test_source_is_not_the_target(text, want):
    assert armed_attack_typed(MOB_VIOLENCE, text, None, None) == want


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Unidentified men set fire to the house of a woman accused of witchcraft in Jos on Sunday and beat her to "
    "death, police said.",
    "Unknown gunmen shot dead an elderly farmer in his field near Makurdi on Tuesday.",
    "Masked men stabbed a teacher to death outside a school in Kaduna on Friday.",
])
def test_unnamed_group_on_one_civilian_is_attack(pipeline, text):
    got = types(pipeline, text)
    assert got and got[0][0] == "Attack", got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Unidentified gunmen attacked a police post in Zamfara on Monday, killing two officers.",
    "Armed men clashed with soldiers near Maiduguri on Wednesday, leaving a man dead.",
])
def test_armed_target_stays_battle(pipeline, text):
    got = types(pipeline, text)
    assert got and got[0][0] == "Armed clash", got
