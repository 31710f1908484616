"""A contact or an agreement named but not held (strategic._tells_none): a bid, plan, offer, call or invitation to
meet, a meeting denied or missed, a private visit to family, an agreement still to come. The guide v1.4: offers,
invitations and calls for talks are no contact; only an agreement reached is one."""

import pytest

from sitroom.extract.events.strategic import strategic_told
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, Event, Evidence

CONTACT = "Diplomacy / Diplomatic contact"
AGREEMENT = "Strategic developments / Agreement"


def _event(label, text):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text))


@pytest.mark.parametrize("label, text", [
    (CONTACT, "Belgrade turned down the premier's request to pay a visit to Pristina next week."),
    (CONTACT, "The foreign minister invited his Ghanaian counterpart to visit Abuja."),
    (CONTACT, "The council urged both governments to hold talks on the border dispute."),
    (CONTACT, "The opposition leader said she did not attend the meeting in Geneva."),
    (CONTACT, "The Chancellor cancelled her visit to Warsaw after the storm."),
    (CONTACT, "A retired teacher was visiting relatives in Lyon when she fell ill."),
    (AGREEMENT, "The two rebel factions are close to signing a ceasefire, a mediator said."),
    (AGREEMENT, "Officials said the government hopes to sign a truce with the rebels before the rains."),
])
def test_contact_or_agreement_not_held(label, text):
    assert strategic_told(_event(label, text)) is None


@pytest.mark.parametrize("label, text", [
    (CONTACT, "The Kenyan president met the Somali prime minister in Nairobi on Tuesday."),
    (CONTACT, "After weeks of calls for talks, the two foreign ministers finally met in Doha on Sunday."),
    (CONTACT, "The envoy visited the president in Juba and called the talks productive."),
    (CONTACT, "The Chancellor paid a visit to Warsaw on Monday."),
    (AGREEMENT, "The two rebel factions signed a ceasefire in Addis Ababa on Friday, a mediator said."),
])
def test_contact_or_agreement_held(label, text):
    assert strategic_told(_event(label, text)) is not None


@pytest.mark.parametrize("text, held", [
    # "spoke" with no one spoken with is a speech or a statement
    ("The president spoke on Friday morning after returning to Cairo from New York.", False),
    ("The foreign minister spoke at a forum in Geneva on Tuesday.", False),
    # with someone, or on the phone, it is a contact
    ("The secretary of state spoke Monday by phone with the opposition leader.", True),
    ("The two presidents spoke to each other on Tuesday.", True),
])
def test_spoke_is_a_contact_only_with_someone(text, held):
    assert (strategic_told(_event(CONTACT, text)) is not None) is held


GROUP = "Strategic developments / Change to group/activity"


@pytest.mark.parametrize("text, told", [
    # a media outlet closed is no conflict actor's change
    ("On Thursday the independent radio station was closed and a TV station suspended operations.", False),
    ("The opposition newspaper ceased operations after its assets were frozen.", False),
    # an armed group's change stays, and so does another change told beside a closing
    ("The rebel group announced it had disbanded its armed wing.", True),
    ("The junta dissolved parliament and closed two newspapers.", True),
])
def test_a_media_outlet_closed_is_no_group_change(text, told):
    assert (strategic_told(_event(GROUP, text)) is not None) is told
