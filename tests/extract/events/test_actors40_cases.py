"""Actors of stop 40 (sentences of our own): who talks of an event or looks into it is no party to it; a building
or a road named as a name is a site, no party; a band named by words of a kind only is an unnamed armed group; a
release typed so at once has the abduction's sides."""

from __future__ import annotations

import pytest

from sitroom.records import ActorMention, DocumentIn

pytestmark = pytest.mark.slow  # parses with spaCy

BOMB = "Explosions/Remote violence / Remote explosive/landmine/IED"
AIR = "Explosions/Remote violence / Air/drone strike"


def _events(pipeline, text, published="2024-03-08"):
    return pipeline.extract(DocumentIn(id="t", published=published, text=text)).events


def _mention(text: str, sentence: str, name: str, known: bool = True, inter=1) -> ActorMention:
    start = sentence.index(text)
    return ActorMention(text=text, start=start, end=start + len(text), name=name, known=known, inter=inter)


def test_who_speaks_about_a_bombing_is_no_party_to_it(pipeline):
    evs = _events(pipeline, "On Wednesday the Kenyan president spoke about the bombing of a bus in Mandera, which "
                            "killed 12 passengers.")
    bombs = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(e.actor1 is None or not e.actor1.name.startswith("Government") for e in bombs)


@pytest.mark.parametrize("sentence, trigger", [
    ("The defence minister commented on the bombing of the market in Kandahar.", "bombing"),
    ("A senior diplomat wrote about the bombing of the embassy in a column on Friday.", "bombing"),
])
def test_the_topic_of_a_verb_of_talking_is_talked_of(sentence, trigger):
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    who = sentence.split(" ", 1)[1].split(" ")[:2]
    words = " ".join(who)
    mentions = [_mention(words, sentence, "Government of Afghanistan")]
    a1, a2 = pick_actors(get_nlp()(sentence), mentions, sentence.index(trigger), sentence, label=BOMB)
    assert a1 is None and a2 is None


def test_the_doer_talked_of_stays_the_doer():
    """Only the talker is a source: a doer the talked-of clause names keeps its part."""
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    sentence = "Police commented on the attack in which gunmen bombed a market in Kano."
    mentions = [_mention("Police", sentence, "Police Forces of Nigeria"),
                _mention("gunmen", sentence, "Unidentified Armed Group (Nigeria)", inter=3)]
    a1, _ = pick_actors(get_nlp()(sentence), mentions, sentence.index("bombed"), sentence, label=BOMB)
    assert a1 is not None and a1.name == "Unidentified Armed Group (Nigeria)"


def test_who_inspects_a_blast_does_not_carry_it():
    """"Investigators examined the blast": the verb that takes the event as its object only looks into it."""
    from sitroom.extract.events.parse_roles import predicates, token_at
    from sitroom.read.nlp import get_nlp

    sentence = "Investigators examined the bomb blast at the church in Cairo."
    doc = get_nlp()(sentence)
    preds = predicates(token_at(doc, sentence.index("blast")), BOMB)
    assert [t.text for t in preds.values()] == ["blast"]


@pytest.mark.parametrize("site", ["the Al-Noor Tower", "Jackson Highway", "the Grand Central Hotel"])
def test_a_building_or_road_named_as_a_name_is_no_party(site):
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    sentence = f"An Israeli airstrike hit {site} in Gaza City on Saturday."
    mentions = [_mention(site, sentence, site.removeprefix("the "), known=False, inter=None)]
    _, a2 = pick_actors(get_nlp()(sentence), mentions, sentence.index("airstrike"), sentence, label=AIR)
    assert a2 is None


def test_members_of_an_unnamed_gang_arrested_are_an_unidentified_armed_group(pipeline):
    evs = _events(pipeline, "Police in Kano said they arrested members of a notorious gang on Tuesday.")
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and all(e.actor2 is not None and e.actor2.name == "Unidentified Armed Group (Nigeria)"
                           for e in arrests)


def test_members_of_a_named_party_arrested_are_the_party(pipeline):
    evs = _events(pipeline, "Police arrested members of the Samajwadi Party in Lucknow on Monday.")
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor2 is not None and arrests[0].actor2.name == "Samajwadi Party"


def test_a_release_typed_at_once_has_the_captors_and_the_held(pipeline):
    evs = _events(pipeline, "Two hostages were released on Sunday, the spokesman for Haiti's National Police, "
                            "Gary Desrosiers, confirmed to reporters.")
    freed = [e for e in evs if e.sub_event_type == "Other"]
    assert freed
    assert freed[0].actor1 is not None and freed[0].actor1.name == "Unidentified Armed Group (Haiti)"
    assert freed[0].actor2 is not None and freed[0].actor2.name == "Civilians (Haiti)"


def test_an_anti_kidnapping_squad_tells_no_abduction(pipeline):
    """"anti-kidnapping" names what a police unit is against, never an abduction that happened."""
    evs = _events(pipeline, "Police in Kaduna said the command has deployed an armed anti-kidnapping squad to the "
                            "school on Monday.")
    assert [e for e in evs if e.sub_event_type == "Abduction/forced disappearance"] == []


def test_a_body_named_in_a_policy_demanded_is_no_party():
    """"demand law enforcement reform": the police named in the policy are not the other side of the rally."""
    from sitroom.extract.events.not_parties import not_a_party
    from sitroom.read.nlp import get_nlp

    sentence = "Activists rallied in Atlanta on Friday to demand law enforcement reform."
    doc = get_nlp()(sentence)
    tok = next(t for t in doc if t.text == "enforcement")
    assert not_a_party(tok, "Protests / Peaceful protest")
    own = get_nlp()("Riot police dispersed the rally in Atlanta on Friday.")
    assert not not_a_party(next(t for t in own if t.text == "police"), "Protests / Protest with intervention")
