"""Review of stop 40 (sentences of our own): a release's captor named only as the agent of the taking ("held by
X", "kidnapped by X") is the release's actor1."""

from __future__ import annotations

import pytest

from sitroom.records import DocumentIn

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
