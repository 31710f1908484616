"""A bare "army" or "troops" is the one state's forces the story names, wherever they act."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def _events(pipeline, text, published="2023-03-06"):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published)).events


def _forces(events):
    return {a.name for e in events for a in (e.actor1, e.actor2) if a is not None and a.name.startswith("Military")}


def test_a_bare_army_is_the_state_the_story_names(pipeline):
    text = ("Turkish troops crossed into northern Iraq on Monday, officials said. In Zakho, army helicopters bombed "
            "a house on Tuesday, killing three people, residents said.")
    assert _forces(_events(pipeline, text)) == {"Military Forces of Turkey"}


def test_a_bare_army_stays_the_places_when_the_story_names_two_states(pipeline):
    text = ("Turkish and Iranian troops massed on the border on Monday, officials said. In Zakho, army helicopters "
            "bombed a house on Tuesday, killing three people, residents said.")
    assert "Military Forces of Turkey" not in _forces([e for e in _events(pipeline, text)
                                                        if e.sub_event_type == "Air/drone strike"])


def test_a_bare_army_named_before_another_states_forces_stays_its_countrys(pipeline):
    # English points back: "French troops" told after the report is no referent of its "army"
    text = ("The army said on Tuesday its soldiers killed 30 militants near Mopti. "
            "French troops withdrew from Mali last year.")
    assert "Military Forces of France" not in _forces(_events(pipeline, text))
