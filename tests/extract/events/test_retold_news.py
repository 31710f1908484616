"""retold.py's rules on news of other kinds (own sentences): the acts that happened stay news."""

import datetime as dt
from types import SimpleNamespace

import pytest

from sitroom.extract.events.retold import named_not_told, not_yet, undated_in_long_text, year_named_incident

ATTACK = "Violence against civilians / Attack"
CLASH = "Battles / Armed clash"
AGREEMENT = "Strategic developments / Agreement"
CONTACT = "Diplomacy / Diplomatic contact"


def _span(sentence, word):
    i = sentence.index(word)
    return i, i + len(word)


@pytest.mark.parametrize("sentence, word, label", [
    ("They were about to pray when gunmen opened fire on the mosque.", "opened fire", ATTACK),
    ("The country is on the brink of war after clashes killed 20 people in the north.", "clashes", CLASH),
    ("The minister, who will retire next month, flew to Delhi on Tuesday for talks with his counterpart.", "talks",
     CONTACT),
])
def test_an_act_told_beside_a_plan_happened(sentence, word, label):
    assert not not_yet(sentence, *_span(sentence, word), label)


def test_a_plan_in_the_acts_own_clause_stays_planned():
    s = "The two sides are about to sign a ceasefire."
    assert not_yet(s, *_span(s, "sign"), AGREEMENT)
    s = "The minister will fly to Delhi next week for talks with his counterpart."
    assert not_yet(s, *_span(s, "talks"), CONTACT)


def test_a_company_named_beside_an_agreement_is_no_party():
    s = "The government and the rebels signed a peace agreement, ending fighting that had shut the company's mines."
    assert not named_not_told(AGREEMENT, s, s.index("signed"))
    s = "The government reached an agreement with the mining company over royalties."
    assert named_not_told(AGREEMENT, s, s.index("reached"))
    s = "The company behind the pipeline signed a deal with the province."
    assert named_not_told(AGREEMENT, s, s.index("signed"))


def _event(place, start):
    return SimpleNamespace(location=SimpleNamespace(name=place), date=SimpleNamespace(precision="publication"),
                           evidence=SimpleNamespace(start=start))


def test_a_fresh_attack_compared_with_an_old_one_of_its_place_stays():
    text = ("A grenade attack on a bus in Marsabit killed three people, police said. It was the deadliest attack in "
            "the town since the 2009 Marsabit market bombing.")
    assert not year_named_incident(_event("Marsabit", 0), (), text, dt.date(2015, 3, 1))


def test_a_long_report_whose_lead_is_dated_to_its_day_tells_its_news():
    # a live report of 60 sentences: the lead says "today", the updates carry no day
    pub = dt.date(2021, 6, 30)
    ctx = SimpleNamespace(pub_date=pub, times=[SimpleNamespace(sentence=0, date=SimpleNamespace(end="2021-06-30"))],
                          scratch={})
    units = [SimpleNamespace(sentence=i) for i in range(60)]
    assert not undated_in_long_text(_event("Harare", 500), ctx, units)
    ctx = SimpleNamespace(pub_date=pub, times=[SimpleNamespace(sentence=30, date=SimpleNamespace(end="2021-06-30"))],
                          scratch={})
    assert undated_in_long_text(_event("Harare", 500), ctx, units)  # one dated sentence deep in a long text
