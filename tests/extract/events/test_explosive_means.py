"""The means decides the family (ACLED: Explosions/Remote violence whoever the victims): an attack whose victims
the sentence tells harmed by an explosive means, or that it retells after its paragraph told the means, is the
explosion (means.explosive_means_first). Own sentences."""

from __future__ import annotations

import pytest

from sitroom.extract.events.means import explosive_means_first
from sitroom.extract.events.patterns import Cue
from sitroom.extract.events.taxonomy import AIR_STRIKE, ATTACK, IED, SHELLING

RANKED = [ATTACK, "Battles / Armed clash", AIR_STRIKE, IED, SHELLING]


@pytest.mark.parametrize("sentence", [
    "Two schoolteachers were also killed in targeted bombings during the offensive.",
    "Five shoppers died in a car bomb explosion at a market in Mogadishu on Sunday.",
    "Three farmers were wounded by a grenade thrown into their hut near Bunia.",
    "A family of six was killed when a rocket hit their house in Kharkiv.",
])
def test_victims_harmed_by_an_explosive_means_make_the_explosion(sentence):
    ranked = explosive_means_first(RANKED, [], sentence)
    assert ranked[0].startswith("Explosions/Remote violence") and ATTACK in ranked


def test_the_cued_means_comes_first():
    sentence = "Five shoppers died in a car bomb explosion at a market in Mogadishu on Sunday."
    cue = Cue(IED, 1.0, 24, 32, "car bomb")
    assert explosive_means_first(RANKED, [cue], sentence)[0] == IED


def test_an_attack_retold_after_its_means_is_the_explosion():
    first = "A suicide bomber struck a wedding party in Kabul on Saturday."
    sentence = "The attack killed 63 guests, officials said."
    assert explosive_means_first(RANKED, [], sentence, first + " " + sentence)[0].startswith("Explosions")


@pytest.mark.parametrize("sentence, said", [
    # no means told: the attack stays
    ("Gunmen killed four farmers in an attack on a village near Maiduguri on Sunday.", ""),
    # a means told beside the act, not its own ("killed ... days after a bombing")
    ("Gunmen killed four farmers in a village days after a bombing in the town.", ""),
    # harmed in the mines: no explosive
    ("Twelve miners were killed in the mines near Kolwezi when a tunnel collapsed.", ""),
    # another act than the one the sentence before told by its means
    ("In a separate attack, gunmen shot dead three traders.",
     "A bomb exploded outside a bank in Quetta on Monday. In a separate attack, gunmen shot dead three traders."),
])
def test_no_explosion_without_its_means(sentence, said):
    assert explosive_means_first(RANKED, [], sentence, said) == RANKED


def test_only_an_attack_the_typer_put_first_is_retyped():
    ranked = ["Violence against civilians / Abduction/forced disappearance", ATTACK, IED]
    assert explosive_means_first(ranked, [], "Two aid workers were seized in a raid after a bombing.") == ranked


@pytest.mark.slow
def test_a_bombing_and_its_toll_are_one_explosion(pipeline):
    from sitroom.records import DocumentIn

    text = "A suicide bomber struck a wedding party in Kabul on Saturday. The attack killed 63 guests, officials said."
    events = pipeline.run_batch([DocumentIn(id="t", text=text, published="2023-05-10")])[0].events
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("sentence", [
    "The first night of bombings left 40 villagers dead.",
    "Two journalists were killed in targeted bombings on Tuesday.",
    "Repeated bombings of the port destroyed three warehouses.",
])
def test_bombings_in_the_plural_are_a_word_of_an_explosion(sentence):
    from sitroom.extract.events.patterns import find_cues

    assert any(c.label.startswith("Explosions/Remote violence") and c.text.lower() == "bombings"
               for c in find_cues(sentence, 0))


def test_bombing_words_do_not_make_a_bomber_jacket_an_explosion():
    from sitroom.extract.events.patterns import find_cues

    assert not any(c.label.startswith("Explosions") for c in find_cues("He wore a leather bomber jacket.", 0))
