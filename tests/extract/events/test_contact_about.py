"""A contact told before and named again by a definite noun whose verb says what it was about ("The meeting focused
on ...") retells it (strategic.retells_contact): merging joins it to that contact, whatever place its topic names."""

import pytest

from sitroom.extract.events import rules
from sitroom.extract.events.strategic import retells_contact
from sitroom.records import DateValue, Event, Evidence, PlaceMention

CONTACT = "Diplomacy / Diplomatic contact"


def _contact(text, sentence=1, place="Ankara"):
    return Event(**rules.typed_fields(CONTACT), confidence=0.8, date=DateValue(),
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="TR"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))


@pytest.mark.parametrize("text", [
    "The meeting focused on the refugee crisis along the border with Syria, the ministry said.",
    "The talks also covered grain exports through the port of Odesa.",
    "Tuesday's phone call centred on the ceasefire in Idlib.",
])
def test_a_named_contact_whose_topic_is_told_retells_it(text):
    assert retells_contact(_contact(text))


@pytest.mark.parametrize("text", [
    "The two ministers met in Ankara on Monday and focused on trade.",  # the contact told, with its own verb
    "The meeting was held in Doha on Monday.",  # a contact told, not its topic
    "Officials focused on the talks with Iran.",  # the talks are the topic of another act
])
def test_a_contact_told_in_its_own_words_is_not_a_retelling(text):
    assert not retells_contact(_contact(text))


def test_the_topic_place_does_not_make_another_meeting():
    met = _contact("The foreign minister met his Iraqi counterpart in Ankara.", 0)
    about = _contact("The meeting focused on the campaign to retake Mosul.", 1, place="Mosul")
    assert len(rules.merge_events([met, about], retold=frozenset({id(about)}))) == 1
