"""Review of stop 40 (sentences of our own): a release's captor named only as the agent of the taking ("held by
X", "kidnapped by X") is the release's actor1; a body that talks of an event through its spokesman is no party
to it."""

from __future__ import annotations

import pytest

from sitroom.records import ActorMention, DocumentIn

pytestmark = pytest.mark.slow  # parses with spaCy


def _releases(pipeline, text):
    evs = pipeline.extract(DocumentIn(id="t", published="2024-03-08", text=text)).events
    return [e for e in evs if e.sub_event_type == "Other"]


@pytest.mark.parametrize("text, captor, held", [
    ("Ten hostages held by Al-Shabaab were freed on Sunday in Mogadishu.", "Al-Shabaab", "Civilians (Somalia)"),
    ("Three aid workers kidnapped by ISWAP were released in Borno State on Sunday.",
     "ISIS - West Africa Province", "Civilians (Nigeria)"),
])
def test_the_captor_named_by_its_taking_frees_the_held(pipeline, text, captor, held):
    freed = _releases(pipeline, text)
    assert freed and freed[0].actor1 is not None and freed[0].actor1.name == captor
    assert freed[0].actor2 is not None and freed[0].actor2.name == held


def test_a_release_by_named_captors_keeps_them():
    from sitroom.extract.events.releases import captor_first
    from sitroom.records import ActorRef

    group = ActorRef(name="Boko Haram", inter=2)
    police = ActorRef(name="Police Forces of Nigeria", inter=1)
    assert captor_first(None, group) == (group, None)
    assert captor_first(None, police) == (None, police)  # a state force's detainees: no captor swapped in
    assert captor_first(group, None) == (group, None)


@pytest.mark.parametrize("sentence, who", [
    ("A Taliban spokesman commented on the suicide bombing in Kabul that killed 12 people on Monday.", "Taliban"),
    ("A spokesman for the interior ministry spoke about the bombing of the market in Kabul on Monday.", "ministry"),
])
def test_a_body_that_talks_of_an_event_through_its_spokesman_is_no_party(sentence, who):
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    start = sentence.index(who)
    name = "Taliban" if who == "Taliban" else "Government of Afghanistan"
    mention = ActorMention(text=who, start=start, end=start + len(who), name=name, known=True, inter=2)
    a1, a2 = pick_actors(get_nlp()(sentence), [mention], sentence.index("bombing"), sentence,
                         label="Explosions/Remote violence / Suicide bomb")
    assert a1 is None and a2 is None


def test_the_doers_spokesman_on_its_own_attack_is_not_silenced():
    """Only the talk verb's subject is a source: a body told as the doer in the clause talked of keeps its part."""
    from sitroom.extract.events.actor_roles import pick_actors
    from sitroom.read.nlp import get_nlp

    sentence = "A police spokesman commented on the raid in which police arrested six men in Kano."
    start = sentence.index("police arrested")
    mention = ActorMention(text="police", start=start, end=start + 6, name="Police Forces of Nigeria", known=True,
                           inter=1)
    from sitroom.extract.events.taxonomy import ARRESTS

    a1, _ = pick_actors(get_nlp()(sentence), [mention], sentence.index("arrested"), sentence, label=ARRESTS)
    assert a1 is not None and a1.name == "Police Forces of Nigeria"
