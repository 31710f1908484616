"""A sentence lends its date to the next one that tells the same act undated; a time in the possessive ("last
month's clashes", "Sunday's attack") names another act, so the sentence's other time is lent."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

PUB = "2024-09-08"  # a Sunday
CASES = [
    ("Hundreds of people marched through the centre of Dhaka on Saturday demanding justice for a student killed "
     "during last month's clashes. The protesters, carrying banners and photos of the victim, chanted slogans "
     "against the police.", "2024-09-07"),
    ("Traders in Kano shut their shops on Friday in protest over last month's killing of a shopkeeper. The "
     "demonstrators blocked the main road into the market.", "2024-09-06"),
    ("Thousands of students rallied in Nairobi on Thursday against last week's police raid on a campus. They "
     "chanted slogans and waved placards outside parliament.", "2024-09-05"),
]


@pytest.fixture(scope="module")
def events(pipeline):
    docs = [DocumentIn(id=f"p{i}", text=t, published=PUB) for i, (t, _) in enumerate(CASES)]
    return [r.events for r in pipeline.run_batch(docs)]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_no_event_takes_the_possessive_time(events, i):
    assert events[i], CASES[i][0]
    protests = [e for e in events[i] if e.event_type == "Protests"]
    assert protests, [(e.sub_event_type, e.date) for e in events[i]]
    assert all(e.date.start == CASES[i][1] for e in protests), [(e.evidence.sentence, e.date) for e in protests]


def test_the_possessive_mark_follows_the_time():
    from sitroom.extract.events.where_when import POSSESSIVE_S
    assert POSSESSIVE_S.match("'s clashes") and not POSSESSIVE_S.match(" clashes")
