"""The place of an event is the most specific place of its own clause (issue 11, data/annotated/GUIDE.md):
of two towns in coordinated clauses, the arrest takes the one its clause names, not the nearer one."""

from __future__ import annotations

import pytest

from sitroom.extract.events.arguments import clause_side, event_anchor, pick_location
from sitroom.records import PlaceMention

pytestmark = pytest.mark.slow

TWO_CLAUSES = ("Police searched the offices of the group in Yekaterinburg and detained a journalist in Khabarovsk.")


def _town(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level="populated place", country="RU")


def _clause_pick(text: str, trigger: str, names: list[str]):
    from sitroom.read.nlp import get_nlp

    doc = get_nlp()(text)
    places = [_town(text, n) for n in names]
    trig = text.index(trigger)
    clause = frozenset(clause_side(doc, event_anchor(doc, trig), [p.start for p in places]))
    return pick_location(places, text, trig, clause=clause)


def test_the_arrest_takes_the_town_of_its_own_clause_not_the_nearer_one():
    assert _clause_pick(TWO_CLAUSES, "detained", ["Yekaterinburg", "Khabarovsk"]).name == "Khabarovsk"


def test_the_search_takes_the_town_of_its_own_clause():
    assert _clause_pick(TWO_CLAUSES, "searched", ["Yekaterinburg", "Khabarovsk"]).name == "Yekaterinburg"


def test_a_clause_that_names_no_place_shares_the_sentences_nearest():
    # negative: nothing in the arrest's clause, so the nearest place of the sentence stands
    text = "Police searched the offices of the group in Yekaterinburg and detained a journalist."
    assert _clause_pick(text, "detained", ["Yekaterinburg"]).name == "Yekaterinburg"


def test_without_a_clause_the_nearest_place_wins():
    # negative: no parse, no clause preference: the nearest of two equally specific places
    places = [_town(TWO_CLAUSES, n) for n in ("Yekaterinburg", "Khabarovsk")]
    assert pick_location(places, TWO_CLAUSES, TWO_CLAUSES.index("detained")).name == "Yekaterinburg"
