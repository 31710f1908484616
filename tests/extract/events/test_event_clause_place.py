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


def _topics(text: str, names: list[str]) -> set[str]:
    from sitroom.extract.events.arguments import topic_side
    from sitroom.read.nlp import get_nlp

    doc = get_nlp()(text)
    return {text[s:].split()[0].strip(".,") for s in topic_side(doc, [text.index(n) for n in names])}


def test_the_topic_of_talks_is_not_where_they_were_held():
    text = ("The Foreign Secretary joined international partners in Paris on 10 December for talks on the "
            "humanitarian situation in Aleppo and across Syria.")
    assert _topics(text, ["Paris", "Aleppo", "Syria"]) == {"Aleppo", "Syria"}


def test_what_was_discussed_is_a_topic():
    text = ("The Foreign Secretary met the Iraqi Foreign Minister to discuss a range of issues including the "
            "ongoing fight against Daesh in Mosul.")
    assert _topics(text, ["Mosul"]) == {"Mosul"}


def test_an_attack_on_a_place_is_no_topic():
    # negative: "on" after a word that is no talk is the target of the act, where it happened
    text = "Gunmen launched an attack on a market in Maiduguri and on a village near Kano."
    assert _topics(text, ["Maiduguri", "Kano"]) == set()


def test_a_topic_place_is_not_picked_the_others_are():
    text = "Talks on the situation in Aleppo were held in Paris."
    places = [PlaceMention(text=n, start=text.index(n), end=text.index(n) + len(n), name=n,
                           level="populated place", country=c) for n, c in (("Paris", "FR"), ("Aleppo", "SY"))]
    trig = text.index("Talks")
    assert pick_location(places, text, trig).name == "Aleppo"  # the nearer, without the topic known
    assert pick_location(places, text, trig, topic=frozenset({text.index("Aleppo")})).name == "Paris"
