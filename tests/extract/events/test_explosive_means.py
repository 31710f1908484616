"""The means decides the family (ACLED: Explosions/Remote violence whoever the victims): an attack the sentence
retells by a definite noun after its paragraph told its explosive means is the explosion
(means.explosive_means_first); one told with its weapon in its own sentence is typed so by family.remote_means, and
'bombings' in the plural is a word of an explosion. Own sentences."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import remote_means
from sitroom.extract.events.means import explosive_means_first
from sitroom.extract.events.taxonomy import AIR_STRIKE, ATTACK, IED, SHELLING, SUICIDE_BOMB

RANKED = [ATTACK, "Battles / Armed clash", AIR_STRIKE, IED, SHELLING, SUICIDE_BOMB]


@pytest.mark.parametrize("before, sentence, label", [
    ("A suicide bomber struck a wedding party in Kabul on Saturday.", "The attack killed 63 guests, officials said.",
     SUICIDE_BOMB),
    ("Militants fired rockets at a camp for displaced people near Goma on Tuesday.",
     "At least nine displaced people were killed in the attack.", SHELLING),
    ("A car bomb went off outside a busy café in Mogadishu.", "Saturday's attack left 14 customers dead.", IED),
])
def test_an_attack_retold_after_its_means_is_the_explosion(before, sentence, label):
    assert explosive_means_first(RANKED, [], sentence, before + " " + sentence)[0] == label


@pytest.mark.parametrize("before, sentence", [
    # no means told before: the attack stays
    ("Gunmen stormed a village near Maiduguri on Sunday.", "The attack left four farmers dead."),
    # the sentence says it is another act
    ("A bomb exploded outside a bank in Quetta on Monday.", "In a separate attack, gunmen shot dead three traders."),
    # no act retold by a definite noun: a killing of its own beside the bombing
    ("A bomb exploded in Quetta on Monday.", "Gunmen then killed three passers-by at the scene."),
])
def test_no_explosion_without_the_act_retold_after_its_means(before, sentence):
    assert explosive_means_first(RANKED, [], sentence, before + " " + sentence) == RANKED


def test_only_an_attack_the_typer_put_first_is_retyped():
    ranked = ["Violence against civilians / Abduction/forced disappearance", ATTACK, IED]
    before, sentence = "A bomb exploded near the school.", "Two pupils were seized during the attack."
    assert explosive_means_first(ranked, [], sentence, before + " " + sentence) == ranked


@pytest.mark.parametrize("sentence", [
    "Two schoolteachers were also killed in targeted bombings during the offensive.",
    "The first night of bombings left 40 villagers dead.",
])
def test_an_attack_told_with_bombings_is_an_explosion(sentence):
    assert remote_means(ATTACK, sentence).startswith("Explosions/Remote violence")


def test_bombing_words_do_not_make_a_bomber_jacket_an_explosion():
    assert remote_means(ATTACK, "Gunmen in bomber jackets killed two farmers.") == ATTACK


@pytest.mark.slow
def test_a_bombing_and_its_toll_are_one_explosion(pipeline):
    from sitroom.records import DocumentIn

    text = "A suicide bomber struck a wedding party in Kabul on Saturday. The attack killed 63 guests, officials said."
    events = pipeline.run_batch([DocumentIn(id="t", text=text, published="2023-05-10")])[0].events
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
