"""members.py: members of a body arrested are coded as the body (the guide: "for a named person, their body");
civilians, members of civil society and people merely near a body's name stay as they were."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.extract.events.members import arrested, arrested_body, member_bodies
from sitroom.records import ActorMention, ActorRef, Event, Evidence, PlaceMention

_POLICE = ActorRef(name="Police Forces of India", actor_type="state forces", inter=1, country="IN")
_CIVILIANS = ActorRef(name="Civilians (India)", actor_type="civilians", inter=7, country="IN")
_PLACE = PlaceMention(text="Mahoba", start=0, end=6, name="Mahoba", country="IN")


def _nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


def _mention(text: str, words: str, name: str = None, **kw) -> ActorMention:
    start = text.index(words)
    return ActorMention(text=words, start=start, end=start + len(words), name=name or words,
                        known=kw.pop("known", False), **kw)


def _trigger(doc, cue: str):
    start = doc.text.rindex(cue)
    return next(t for t in doc if t.idx == start)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, cue, who", [
    ("Some SP leaders in Mahoba were under house arrest from Monday.", "arrest", ["leaders"]),
    ("Police arrested two teenagers in Aschaffenburg.", "arrested", ["teenagers"]),
    ("SP leader Arvind Singh Gope told PTI that he has been put under house arrest.", "arrest", ["Gope"]),
    ("He has been arrested along with many party workers in Mathura.", "arrested", ["workers"]),
    ("Congress leaders and workers were put under house arrest in Gorakhpur.", "arrest", ["leaders", "workers"]),
])
def test_arrested(sentence, cue, who):
    doc = _nlp()(sentence)
    assert [t.text for t in arrested(_trigger(doc, cue))] == who


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, mentions, body", [
    # an acronym spelled out by a name the story gave before
    ("Samajwadi Party workers protested in Lucknow. Some SP leaders in Mahoba were under house arrest.", "arrest",
     [("Samajwadi Party", {})], "Samajwadi Party"),
    # the speaker of his own arrest, a leader of a party the actors stage found
    ("Senior Congress leader Pradeep Mathur said that he has been arrested in Mathura.", "arrested",
     [("Congress", {})], "Congress"),
    # "the party": the one named last
    ("Police raided the opposition party Dalfa-Umurinzi on Monday. Régine Kadoyimana, an administrative assistant "
     "in the party, was arrested at her home.", "arrested", [("Dalfa-Umurinzi", {})], "Dalfa-Umurinzi"),
    ("Marcel Nahimana, the party's secretary-general, was arrested after police raided the Umurinzi Party.",
     "arrested", [("Umurinzi Party", {})], None),  # the party named after: no antecedent
    # a body the catalogue knows
    ("Government officials were arrested by the military in Naypyidaw.", "arrested",
     [("Government officials", {"name": "Government of Myanmar", "known": True, "inter": 1,
                                 "actor_type": "state forces", "country": "MM"})], "Government of Myanmar"),
    # no body: civilians, civil society, or a party that is not the arrested's
    ("Five trade union members were arrested over children's books.", "arrested", [], None),
    ("Xu Zhiyong was detained after criticising the Communist Party's response.", "detained",
     [("the Communist Party", {})], None),
    ("He and other UNPACU activists were detained last weekend.", "detained", [("UNPACU", {})], None),
    ("Three Ryanair workers were arrested at the airport.", "arrested", [("Ryanair", {})], None),
    ("Some leaders in Mahoba were under house arrest from Monday.", "arrest", [], None),
])
def test_arrested_body(text, cue, mentions, body):
    doc = _nlp()(text)
    found = arrested_body(_trigger(doc, cue), [_mention(text, w, **kw) for w, kw in mentions])
    assert (found.name if found is not None else None) == body


def _event(doc, cue: str, actor1=_POLICE, actor2=_CIVILIANS, sub="Arrests") -> Event:
    e = Event(event_type="Strategic developments", sub_event_type=sub, confidence=0.9, actor1=actor1, actor2=actor2,
              location=_PLACE, evidence=Evidence(sentence=0, start=0, end=len(doc.text), text=doc.text))
    e._trigger_start = doc.text.rindex(cue)
    return e


@pytest.mark.slow
def test_member_bodies_renames_actor2_only():
    text = "Senior Congress leader Pradeep Mathur said that he has been arrested in Mathura."
    doc = _nlp()(text)
    ctx = SimpleNamespace(doc=doc, actors=[_mention(text, "Congress")])
    before = _event(doc, "arrested")
    (after,) = member_bodies([before], ctx)
    assert after.actor2.name == "Congress" and after.actor2.country == "IN"
    assert after.model_dump(exclude={"actor2"}) == before.model_dump(exclude={"actor2"})


@pytest.mark.slow
def test_member_bodies_never_makes_actor2_actor1():
    text = "Government officials were arrested in Naypyidaw."
    doc = _nlp()(text)
    gov = ActorRef(name="Government of Myanmar", actor_type="state forces", inter=1, country="MM")
    ctx = SimpleNamespace(doc=doc, actors=[_mention(text, "Government officials", name=gov.name, known=True, inter=1,
                                                    actor_type="state forces", country="MM")])
    (e,) = member_bodies([_event(doc, "arrested", actor1=gov)], ctx)
    assert e.actor2.name == "Civilians (India)"


@pytest.mark.slow
def test_member_bodies_leaves_other_events_and_named_groups():
    text = "Senior Congress leader Pradeep Mathur said that he has been arrested in Mathura."
    doc = _nlp()(text)
    ctx = SimpleNamespace(doc=doc, actors=[_mention(text, "Congress")])
    taliban = ActorRef(name="Taliban", actor_type="rebel group", inter=2)
    kept = [_event(doc, "arrested", sub="Other"), _event(doc, "arrested", actor2=taliban)]
    assert member_bodies(kept, ctx) == kept


def _located(e: Event, iso: str) -> Event:
    e.location = PlaceMention(text="x", start=0, end=1, name="x", country=iso)
    return e


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, actor2, iso, want", [
    # a body named beside the arrest, not as who is arrested: what they spoke or acted against
    ("Xu Zhiyong has been detained since February 15, after criticising the Communist Party's response.",
     "detained", ActorRef(name="the Communist Party's", text="the Communist Party's"), "CN", "Civilians (China)"),
    ("He and other activists were detained for attempting a protest against the government.", "detained",
     ActorRef(name="Government of Cuba", text="the government", actor_type="state forces", inter=1, country="CU"),
     "CU", "Civilians (Cuba)"),
    # a body named as who is arrested stays; words told elsewhere are not judged (a gang: test_an_armed_band)
    ("Police arrested SWAT commanders in Lagos.", "arrested", ActorRef(name="SWAT", text="SWAT"), "NG", "SWAT"),
    ("Xu Zhiyong has been detained since February 15.", "detained",
     ActorRef(name="the Communist Party's", text="the Communist Party's"), "CN", "the Communist Party's"),
])
def test_civilians_beside_the_body(text, cue, actor2, iso, want):
    doc = _nlp()(text)
    ctx = SimpleNamespace(doc=doc, actors=[])
    police = ActorRef(name="Police Forces of X", actor_type="state forces", inter=1)
    (e,) = member_bodies([_located(_event(doc, cue, actor1=police, actor2=actor2), iso)], ctx)
    assert e.actor2.name == want


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, actor2, want", [
    # armed men or a criminal band arrested, named by no body: ACLED's unidentified armed group
    ("The gang members arrested last week led operatives of SWAT to the hideouts.", "arrested",
     ActorRef(name="SWAT", text="SWAT"), "Unidentified Armed Group (Nigeria)"),
    ("Three suspected kidnappers were arrested in Lagos.", "arrested",
     ActorRef(name="Civilians (Nigeria)", actor_type="civilians", inter=7), "Unidentified Armed Group (Nigeria)"),
    # who tells or makes the arrest is not who is arrested
    ("The army confirmed the arrest of a veteran actor in Onitsha.", "arrest",
     ActorRef(name="Civilians (Nigeria)", actor_type="civilians", inter=7), "Civilians (Nigeria)"),
    ("Soldiers arrested two farmers in Onitsha.", "arrested",
     ActorRef(name="Civilians (Nigeria)", actor_type="civilians", inter=7), "Civilians (Nigeria)"),
])
def test_an_armed_band_arrested(text, cue, actor2, want):
    doc = _nlp()(text)
    police = ActorRef(name="Police Forces of Nigeria", actor_type="state forces", inter=1)
    (e,) = member_bodies([_located(_event(doc, cue, actor1=police, actor2=actor2), "NG")],
                         SimpleNamespace(doc=doc, actors=[]))
    assert e.actor2.name == want


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, civilians", [
    # the police named as the source or the place of holding, not as those arrested: the arrested are civilians
    ("Records from the state police showed that nine people were detained in raids across Pune.", "detained", True),
    ("The two teachers were taken into custody and held at a police station in Nagpur.", "custody", True),
    # policemen, armed men, a gang or a body's members arrested are no civilians by the rule
    ("Three police constables were arrested in Pune on Friday.", "arrested", False),
    ("Four armed men were detained near Nagpur.", "detained", False),
    ("Five gang members were arrested in Pune.", "arrested", False),
])
def test_an_arrest_left_without_actor2_names_its_arrested_as_civilians(text, cue, civilians):
    doc = _nlp()(text)
    ctx = SimpleNamespace(doc=doc, actors=[])
    (e,) = member_bodies([_event(doc, cue, actor2=None)], ctx)
    assert (e.actor2 is not None and e.actor2.name == "Civilians (India)") == civilians
    assert e.actor1.name == "Police Forces of India"


@pytest.mark.slow
def test_an_arrest_by_no_state_force_gets_no_civilians_by_this_rule():
    text = "Nine people were detained in raids across Pune."
    doc = _nlp()(text)
    gang = ActorRef(name="Unidentified Armed Group (India)", actor_type="political militia", inter=3, country="IN")
    (e,) = member_bodies([_event(doc, "detained", actor1=gang, actor2=None)], SimpleNamespace(doc=doc, actors=[]))
    assert e.actor2 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, group", [
    # those told as plotting an armed attack are would-be attackers: an unidentified armed group, no civilians
    ("Police arrested three men suspected of plotting a bomb attack on a market in Pune.", "arrested", True),
    ("Two terror suspects were detained in Nagpur on Friday.", "detained", True),
    # a plot that is no attack leaves them civilians
    ("Police arrested three clerks suspected of plotting a fraud in Pune.", "arrested", False),
])
def test_an_arrested_plotting_an_attack_are_an_armed_group(text, cue, group):
    doc = _nlp()(text)
    (e,) = member_bodies([_event(doc, cue)], SimpleNamespace(doc=doc, actors=[]))
    assert (e.actor2.name == "Unidentified Armed Group (India)") == group


@pytest.mark.slow
@pytest.mark.parametrize("text, cue, group", [
    # suspects named by a band's crime are the band's members: an unidentified armed group, no civilians
    ("Police said three of the kidnap suspects were arrested in a forest near Pune.", "arrested", True),
    ("Two armed robbery suspects were detained in Nagpur on Sunday.", "detained", True),
    ("Officers arrested five kidnapping suspects at a hideout outside Pune.", "arrested", True),
    # suspects of no band's crime, or a kidnapping only told of, leave the arrested civilians
    ("Police arrested two fraud suspects in Pune on Monday.", "arrested", False),
    ("Police arrested a teacher in Pune a week after the kidnapping of a trader.", "arrested", False),
])
def test_suspects_named_by_a_bands_crime_are_an_armed_group(text, cue, group):
    doc = _nlp()(text)
    (e,) = member_bodies([_event(doc, cue)], SimpleNamespace(doc=doc, actors=[]))
    assert (e.actor2.name == "Unidentified Armed Group (India)") == group
