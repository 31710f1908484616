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


@pytest.mark.parametrize("text, word, practice", [
    # an act named only as the means of what a present verb tells: the way of a practice
    ("Dissent is crushed through mass arrests and beatings.", "arrests", True),
    ("The junta silences its critics via abductions and killings.", "abductions", True),
    ("Control of the villages is kept through killings and kidnappings.", "kidnappings", True),
    # ... not a past act's means, nor one act named by a determiner or an owner
    ("The town was taken through heavy shelling.", "shelling", False),
    ("The rebels are weakened through the arrest of their leader.", "arrest", False),
    ("The group is crushed through arrests in Harare.", "arrests", False),
])
def test_an_act_told_as_the_means_of_a_practice(nlp, text, word, practice):
    assert told_as_practice(_token(nlp, text, word)) is practice


@pytest.mark.parametrize("text, word, practice", [
    # a present progressive on a bare plural taken for a kind of conduct: those it takes are a class
    ("Soldiers are arresting students for sharing videos online.", "arresting", True),
    ("Authorities are detaining women for not wearing veils.", "detaining", True),
    ("The militia is abducting farmers for refusing to pay.", "abducting", True),
    # ... not an act going on against one group, nor one with a place, a count or a past tense
    ("Police are arresting protesters outside the parliament.", "arresting", False),
    ("Police are arresting students for sharing videos in Yangon.", "arresting", False),
    ("Police were arresting students for sharing videos.", "arresting", False),
    ("Police are arresting 12 students for sharing videos.", "arresting", False),
])
def test_a_progressive_on_a_class_taken_for_its_conduct(nlp, text, word, practice):
    assert told_as_practice(_token(nlp, text, word)) is practice


def _reports(text, triggers):
    """One Arrests report per sentence of ``text`` (split at ". "), with the trigger word given for it (or None)."""
    from sitroom.extract.events.rules import typed_fields
    from sitroom.records import DateValue, Event, Evidence

    out, start = [], 0
    for k, (sentence, trigger) in enumerate(zip(text.split(". "), triggers)):
        end = start + len(sentence) + (0 if sentence.endswith(".") else 1)
        out.append(Event(**typed_fields("Strategic developments / Arrests"), confidence=0.9, date=DateValue(),
                         extractor="t", trigger=trigger,
                         evidence=Evidence(sentence=k, start=start, end=end, text=text[start:end])))
        start = end + 1
    return out


@pytest.mark.parametrize("text, triggers, kept", [
    # a merged report with no word of the act (the typer's type alone) is not judged: the habit drops the event
    ("The statement was first published on the group's website. Soldiers are arresting students for sharing videos.",
     (None, "arresting"), False),
    # ... nor one whose word of taking tells nobody taken ("issued a warrant for his arrest")
    ("A court issued a warrant for his arrest. The junta continues to detain students.", ("arrest", "detain"),
     False),
    # a report that tells one arrest keeps it
    ("Police arrested the editor on Monday. The junta continues to detain students.", ("arrested", "detain"), True),
    # no report judged: kept
    ("The statement was first published on the group's website. Reporters were briefed.", (None, None), True),
])
def test_only_reports_that_tell_the_act_by_a_word_are_judged(nlp, text, triggers, kept):
    from sitroom.extract.events.practice import practice_told

    doc = nlp(text)
    reports = _reports(text, triggers)
    ev = reports[-1]
    assert (practice_told(ev, doc, reports[:-1]) is ev) is kept
