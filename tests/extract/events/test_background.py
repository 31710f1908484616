"""Precision on real-news phrasings: history told as background is not a current event, and who
condemns an attack is not its perpetrator."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

TEXT = ("The town has been tense since 34 people were killed there on May 1, 1977. Only two months ago, "
        "more than 300 students were kidnapped in Kaduna.\n\n"
        "The Nigerian government condemned the attack in which gunmen killed 12 villagers in Zamfara on Tuesday.")


@pytest.fixture(scope="module")
def events(pipeline):
    return pipeline.run_batch([DocumentIn(id="bg", text=TEXT, published="2024-03-07")])[0].events


def test_event_decades_before_publication_is_not_emitted(events):
    assert not [e for e in events if "1977" in e.evidence.text]


def test_event_told_as_months_ago_has_low_confidence(events):
    old = [e for e in events if "two months ago" in e.evidence.text]
    assert all(e.confidence <= 0.5 for e in old), [(e.sub_event_type, e.confidence) for e in old]


def test_condemning_government_is_not_the_attacker(events):
    attack = [e for e in events if "Zamfara" in e.evidence.text and e.event_type == "Violence against civilians"]
    assert attack, [(e.sub_event_type, e.evidence.text) for e in events]
    assert attack[0].actor1 is not None and "Government" not in attack[0].actor1.name
    assert attack[0].date.start == "2024-03-05"
