"""Actors of stop 44 (sentences of our own): the subject of a clause that holds the event comes before the
subject of a clause beside it (who demanded or reacted is no doer)."""

from __future__ import annotations

import pytest

from sitroom.records import ActorMention

pytestmark = pytest.mark.slow  # parses with spaCy

ARRESTS = "Strategic developments / Arrests"


def _mention(text: str, sentence: str, name: str, inter=1) -> ActorMention:
    start = sentence.index(text)
    return ActorMention(text=text, start=start, end=start + len(text), name=name, known=True, inter=inter)


@pytest.mark.parametrize("sentence", [
    "After the State Department demanded action, the Kenyan government launched raids to arrest dozens of suspects.",
    "When Washington pressed for a crackdown, the Kenyan government began operations to arrest dozens of suspects.",
])
def test_who_demanded_the_act_is_not_its_doer(sentence):
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    us = "the State Department" if "State" in sentence else "Washington"
    mentions = [_mention(us, sentence, "Government of the United States"),
                _mention("Kenyan government", sentence, "Government of Kenya")]
    a1, _ = pick_actors(get_nlp()(sentence), mentions, sentence.index("arrest"), sentence, label=ARRESTS)
    assert a1 is not None and a1.name == "Government of Kenya"


CLASH = "Battles / Armed clash"


@pytest.mark.parametrize("sentence, verb", [
    ("Soldiers killed four rebels who attacked a checkpoint near the border on Monday.", "killed"),
    ("Police shot dead two bandits who opened fire on a patrol in the north.", "shot"),
    ("Soldiers killed three rebels who ambushed them near the river.", "killed"),
])
def test_the_side_that_attacked_first_initiates_the_fighting(sentence, verb):
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    force = "Soldiers" if "Soldiers" in sentence else "Police"
    other = "rebels" if "rebels" in sentence else "bandits"
    mentions = [_mention(force, sentence, "Military Forces of Chad"),
                _mention(other, sentence, "Unidentified Armed Group (Chad)", inter=2)]
    a1, a2 = pick_actors(get_nlp()(sentence), mentions, sentence.index(verb), sentence, label=CLASH)
    assert (a1.name, a2.name) == ("Unidentified Armed Group (Chad)", "Military Forces of Chad")


def test_the_side_that_only_answers_stays_the_target():
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    sentence = "Soldiers killed four rebels who were hiding in a forest near the border."
    mentions = [_mention("Soldiers", sentence, "Military Forces of Chad"),
                _mention("rebels", sentence, "Unidentified Armed Group (Chad)", inter=2)]
    a1, _ = pick_actors(get_nlp()(sentence), mentions, sentence.index("killed"), sentence, label=CLASH)
    assert a1.name == "Military Forces of Chad"


def test_a_riot_merged_with_a_clash_report_takes_the_force_as_its_other_side():
    # "The toll of the food riots has risen" (the rioters, no other side) and "clashes between police and
    # protesters" (police first by the grammar): the riot is the crowd's with the police.
    from sitroom.extract.events.merging import merge_reports
    from sitroom.extract.events.taxonomy import typed_fields
    from sitroom.records import ActorRef, DateValue, Event, Evidence

    def riot(a1, a2, sentence):
        return Event(**typed_fields("Riots / Violent demonstration"), confidence=0.8, actor1=a1, actor2=a2,
                     date=DateValue(), evidence=Evidence(sentence=sentence, start=sentence * 100,
                                                         end=sentence * 100 + 50, text="x"))

    rioters = ActorRef(name="Rioters (Chile)", actor_type="rioters", inter=5, country="CL")
    police = ActorRef(name="Police Forces of Chile", actor_type="state forces", inter=1, country="CL")
    crowd = ActorRef(name="Protesters (Chile)", actor_type="protesters", inter=6, country="CL")
    merged = merge_reports(riot(rioters, None, 0), riot(police, crowd, 1))
    assert merged.actor1.name == "Rioters (Chile)" and merged.actor2.name == "Police Forces of Chile"


@pytest.mark.parametrize("sentence", [
    "Soldiers killed two rebels who had attacked a girls' school in the town last month.",
    "Police shot dead two gunmen who opened fire on worshippers at a mosque.",
])
def test_a_side_that_attacked_someone_else_did_not_start_this_fight(sentence):
    # what the relative clause attacked is neither armed nor the other side's: another event, no initiation
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    force = "Soldiers" if "Soldiers" in sentence else "Police"
    other = "rebels" if "rebels" in sentence else "gunmen"
    mentions = [_mention(force, sentence, "Military Forces of Chad"),
                _mention(other, sentence, "Unidentified Armed Group (Chad)", inter=2)]
    verb = "killed" if "killed" in sentence else "shot"
    a1, _ = pick_actors(get_nlp()(sentence), mentions, sentence.index(verb), sentence, label=CLASH)
    assert a1.name == "Military Forces of Chad"
