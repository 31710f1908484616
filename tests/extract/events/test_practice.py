"""An act told as a practice (practice.py): the simple present, a verb of continuing, a past progressive passive on a
bare plural subject; no day or place in its clause, never the headline."""

import pytest

from sitroom.extract.events.practice import told_as_practice


def _token(nlp, text, word):
    doc = nlp("A first sentence stands for the headline. " + text)
    return next(t for t in doc if t.text == word and t.sent.start > 0)


@pytest.mark.parametrize("text, word, practice", [
    ("Armed gangs roam the hills, and they rob, abduct and rape the villagers.", "abduct", True),
    ("Nurses and teachers continue to be detained for criticising the junta.", "detained", True),
    ("Reporters keep disappearing without trace.", "disappearing", True),
    ("By then, farmers were being abducted and killed because nobody guarded the roads.", "abducted", True),
    # one act told: the past, a counted subject, a day or a place in the clause
    ("Armed men abducted four farmers near the river.", "abducted", False),
    ("The two guards were being held by the rebels when the army arrived.", "held", False),
    ("Gunmen kill five villagers on Monday.", "kill", False),
    ("Protesters in Lagos light candles for the victims of the shooting.", "light", False),
    ("Police are arresting the organisers.", "arresting", False),
    # news told in the present: a counted participant is one act's
    ("Police arrest 20 protesters as rallies spread.", "arrest", False),
    ("Gunmen kill five villagers as attacks spread across the state.", "kill", False),
    # ... an act kept up against one target is fighting going on, not a trend
    ("Soldiers continue to shell the town, residents said.", "shell", False),
    ("Journalists continue to be detained across the region.", "detained", True),
    # ... a past progressive framing a point in the past is one occasion's scene
    ("Protesters were being beaten by police when reporters arrived.", "beaten", False),
    ("Civilians were being shot as they fled, witnesses said.", "shot", False),
])
def test_an_act_told_as_a_practice(nlp, text, word, practice):
    assert told_as_practice(_token(nlp, text, word)) is practice


def test_a_headline_in_the_present_reports(nlp):
    doc = nlp("Gunmen abduct villagers. The attack happened at dawn.")
    assert told_as_practice(doc[1]) is False


def test_a_noun_under_a_verb_in_the_present_is_not_its_act(nlp):
    tok = _token(nlp, "The videos reportedly show the shooting of captured soldiers by the militants.", "shooting")
    assert told_as_practice(tok) is False


@pytest.mark.parametrize("text, word, practice", [
    # a place or day of the saying (a verb of saying, its speaker or its setting) does not set the act at one place
    ("Speaking in Geneva, she said that journalists were being abducted because nobody protected them.", "abducted", True),
    ("Officials in Lagos say gangs kidnap travellers for ransom.", "kidnap", True),
    ("He compared Kenya to Somalia: \u201cBack then, Christians were being abducted and murdered.\u201d", "abducted", True),
    # ... but one in the act's own clause does
    ("She said that Christians were being abducted in Jos.", "abducted", False),
    ("Witnesses in Maiduguri said soldiers were being deployed to Lagos.", "deployed", False),
    ("The spokesman said in Abuja that gangs kidnap travellers near Kaduna.", "kidnap", False),
])
def test_a_place_of_the_saying_is_not_the_acts(nlp, text, word, practice):
    assert told_as_practice(_token(nlp, text, word)) is practice
