"""A diplomatic contact is between governments, officials or envoys (the guide): a meeting or visit whose sentence
names no one who speaks for a state or an international body is none."""

import pytest

from sitroom.extract.events.strategic import contact_of_officials
from sitroom.records import ActorMention, DocumentIn, Event, Evidence

TEXT = "The two men met in a hotel in Nairobi on Monday."


def _contact(text=TEXT):
    return Event(event_type="Diplomacy", sub_event_type="Diplomatic contact", confidence=0.6,
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text, paragraph=0))


def _mention(kind, name, start, **kw):
    return ActorMention(text=name, start=start, end=start + len(name), name=name, kind=kind, **kw)


def test_an_official_named_in_the_sentence_makes_it_a_contact():
    ev = _contact()
    minister = _mention("person", "Jane Doe", 0, role="foreign minister")
    government = _mention("group", "Kenya", 0, actor_type="government", inter=1)
    assert contact_of_officials(ev, [minister]) is ev
    assert contact_of_officials(ev, [government]) is ev


@pytest.mark.parametrize("text", ["The minister met the ambassador in a hotel in Nairobi on Monday.",
                                  "President Okello travelled to Kampala on Sunday for talks."])
def test_an_official_named_by_role_words_the_catalogue_misses_makes_it_a_contact(text):
    ev = _contact(text)
    assert contact_of_officials(ev, []) is ev


def test_no_official_named_is_no_contact():
    ev = _contact()
    assert contact_of_officials(ev, []) is None
    assert contact_of_officials(ev, [_mention("person", "John Roe", 0, role="activist")]) is None
    # an official named in another sentence does not take part in this one
    far = _mention("person", "Jane Doe", len(TEXT) + 5, role="president")
    assert contact_of_officials(ev, [far]) is None


def test_other_types_are_left_alone():
    ev = Event(event_type="Protests", sub_event_type="Peaceful protest", confidence=0.6,
               evidence=Evidence(sentence=0, start=0, end=len(TEXT), text=TEXT, paragraph=0))
    assert contact_of_officials(ev, []) is ev


@pytest.mark.slow
@pytest.mark.parametrize("text, contact", [
    ("Foreign Minister Naledi Pandor met her Kenyan counterpart in Nairobi on Monday.", True),
    ("On Monday, the victim's brother and the family's lawyer visited the shop in Nairobi where he was shot.", False),
])
def test_through_the_pipeline(pipeline, text, contact):
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2023-05-09")])[0]
    assert any(e.sub_event_type == "Diplomatic contact" for e in doc.events) is contact
