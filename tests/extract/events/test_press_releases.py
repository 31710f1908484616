"""Military press releases ("KABUL, Afghanistan - A combined Afghan and coalition security force detained ...
during an operation in X district, Y province, yesterday"): one event each, at the district, on the day told."""

import pytest

from sitroom.extract.events.patterns import find_cues
from sitroom.records import DocumentIn


def test_an_explosive_being_placed_is_no_cue_of_an_explosion():
    labels = [c.label for c in find_cues("Soldiers shot a militant who was planting a roadside bomb near the bridge.")]
    assert not any(label.endswith("IED") for label in labels)
    # a bomb that went off still is
    labels = [c.label for c in find_cues("A roadside bomb struck a patrol near the bridge.")]
    assert any(label.endswith("IED") for label in labels)


@pytest.mark.parametrize("text, sub_event, place, day", [
    ("KABUL, Afghanistan - Afghan and coalition forces killed an insurgent who was emplacing a roadside bomb in "
     "Garmsir district, Helmand province, yesterday.", "Armed clash", "Garm", "2011-10-04"),
    ("KABUL, Afghanistan - Coalition service members detained two gunmen in Khoshi district, Logar province, "
     "yesterday after the men fired on a patrol.", "Arrests", "Kh", "2011-10-04"),
])
def test_a_press_release_gives_its_district_and_day(pipeline, text, sub_event, place, day):
    evs = pipeline.extract(DocumentIn(id="pr", text=text, published="2011-10-05")).events
    assert [e.sub_event_type for e in evs] == [sub_event]
    assert evs[0].location.admin2 and evs[0].location.admin2.startswith(place) and str(evs[0].date.start) == day


def test_an_air_weapons_team_engaging_insurgents_is_an_air_strike():
    from sitroom.extract.events.family import remote_means

    sentence = "A coalition air weapons team engaged insurgents in Gereshk district, Helmand province, killing three."
    assert remote_means("Battles / Armed clash", sentence).endswith("Air/drone strike")
