"""A group's act done "in protest" is their demonstration; one person's act in protest, or a group's act only
threatened or refused, is no demonstration (lone_protest.motive, irrealis._in_protest_of)."""

import pytest

from sitroom.extract.events.demonstrations import demonstration_told
from sitroom.extract.events.irrealis import irrealis


@pytest.mark.parametrize("sentence,told", [
    # a group's act in protest: a demonstration, even when its verb is one of refusal ("boycotted")
    ("A number of teachers in Gulu boycotted classes on Monday in protest over delayed wages.", True),
    ("Employees of the state bus company wore black armbands on Friday in protest against the privatisation plan.",
     True),
    ("Opposition lawmakers walked out of parliament on Tuesday in protest.", True),
    ("Dock workers in Mombasa stayed away from the port on Thursday in protest against the new levy.", True),
    # one person's act, a body's, or a group's act only threatened or possible: a motive, no demonstration
    ("In protest, the mayor resigned on Monday.", False),
    ("Smith quit the board on Friday in protest.", False),
    ("The ministry recalled its ambassador in protest against the remarks.", False),
    ("The nurses may refuse to work in protest.", False),
    ("Workers threatened to boycott the canteen in protest against the cuts.", False),
])
def test_a_groups_act_in_protest_is_a_demonstration(nlp, sentence, told):
    doc = nlp(sentence)
    assert demonstration_told(doc[:], peaceful=True) is told


@pytest.mark.parametrize("sentence,expected", [
    ("The employees boycotted lunch on Friday in protest against the sale.", None),  # the boycott is the protest
    ("The teachers refused to join the protest on Monday.", "negated"),  # the protest is what they refused
    ("Students boycotted the protest called by the union.", "negated"),
])
def test_a_verb_of_refusal_does_not_deny_the_protest_it_is_done_in(nlp, sentence, expected):
    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.lower_ == "protest")) == expected


@pytest.mark.parametrize("sentence,told", [
    # states and bodies: their act in protest is a step of policy, no demonstration (second reading, stop 51)
    ("Several European countries recalled their ambassadors from Minsk on Monday in protest against the landing.",
     False),
    ("Opposition parties boycotted the parliamentary vote on Sunday in protest against the rules.", False),
    ("Both governments suspended trade talks on Friday in protest at the shelling.", False),
    # a group of people still demonstrates so
    ("Doctors at public hospitals stayed away from work on Monday in protest over pay.", True),
    ("Union members downed tools on Tuesday in protest against the layoffs.", True),
])
def test_a_bodys_act_in_protest_is_no_demonstration(nlp, sentence, told):
    doc = nlp(sentence)
    assert demonstration_told(doc[:], peaceful=True) is told
