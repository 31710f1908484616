"""Sentences written to break this stop's rules against false events (review46a): real, fresh acts the rules must
keep."""

import pytest

from sitroom.extract.events.irrealis import irrealis


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # a thing avoided whose relative clause tells what it did: it happened, whoever escaped it
    ("A military convoy narrowly avoided a roadside bomb that killed two bystanders near the town.", "bomb", None),
    ("The editor fled abroad to avoid arrest after the raid on his newspaper.", "arrest", "negated"),
])
def test_a_thing_avoided_that_struck_others_happened(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.text == word)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # a permission's tensed clause below it tells what happened
    ("The video, filmed on Friday, enables investigators to establish that soldiers fired live ammunition at the "
     "crowd.", "fired", None),
    ("Satellite imagery allows researchers to confirm that government forces burned 20 villages in March.", "burned",
     None),
    # the rule itself stays hypothetical
    ("The law allows police to arrest people without warrants.", "arrest", "hypothetical"),
])
def test_what_a_permission_lets_one_establish_happened(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.text == word)) == expected


def test_a_hazard_of_its_own_matter_is_a_disaster():
    from sitroom.extract.events.disasters import NATURAL, disaster_told

    assert disaster_told(NATURAL, "A sudden flood of water and mud swept through a displacement camp on Tuesday, "
                                  "killing nine people.") == NATURAL
    assert disaster_told(NATURAL, "An avalanche of snow buried the army post on Sunday, killing 11 soldiers.") == NATURAL
    assert disaster_told(NATURAL, "The war has sent a flood of refugees across the border.") is None


@pytest.mark.slow
@pytest.mark.parametrize("text, told", [
    # harm done in the course of an arrest is the act told
    ("The video shows officers kicking the student during his arrest.", False),
    ("The activist was badly injured during his arrest, his lawyer said.", False),
    # anything else done during it leaves the arrest told
    ("Video posted online showed the lawyer shouting slogans during his arrest by security agents on Monday.", True),
    ("Dozens of neighbours gathered to watch during the arrest of the opposition leader at his home on Wednesday.",
     True),
])
def test_only_harm_makes_an_arrest_the_time_of_another_act(nlp, text, told):
    from sitroom.extract.events.rules import no_taking_told

    assert no_taking_told("Strategic developments / Arrests", nlp(text)[:], released=False) is (not told)



@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # a chance or a right used in the past: the act was done
    ("Insurgents seized the opportunity to storm the prison on Sunday, freeing hundreds of inmates.", "storm", None),
    ("Militants took advantage of the chaos and used the chance to attack an army base on Tuesday.", "attack", None),
    ("Thousands of people exercised their right to protest in the capital on Saturday.", "protest", None),
    # one only had, or to be used, names no act done
    ("People have the right to protest peacefully.", "protest", "hypothetical"),
    ("The rebels could use the chance to attack the base.", "attack", "hypothetical"),
])
def test_a_chance_used_to_act_was_acted_on(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.text == word)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # the feared act that a relative clause tells done happened
    ("Thousands of villagers fled their homes in fear of the shelling, which killed 12 people on Monday.", "shelling",
     None),
    ("Many reporters now work in fear of arrest by the security services.", "arrest", "hypothetical"),
])
def test_a_feared_act_told_done_happened(nlp, sentence, word, expected):
    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.text == word)) == expected


def test_storming_a_place_is_no_storm():
    from sitroom.extract.events.disasters import NATURAL, disaster_told

    assert disaster_told(NATURAL, "Insurgents seized the opportunity to storm the prison on Sunday.") is None
    assert disaster_told(NATURAL, "A storm hit the coast on Sunday, killing four fishermen.") == NATURAL
