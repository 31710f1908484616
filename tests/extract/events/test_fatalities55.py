"""Fatalities (fatal55): the attacker killed at the scene, told in the sentence after his attack's, is one more death of
that event (the guide counts an attacker killed in his own attack). Sentences written for these tests, not from the
corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events import figures
from sitroom.lang.en.figures import ATTACKER_LATER_DEATH
from sitroom.records import Event, Evidence


def _event(sentence, text, fatalities=None, label="Violence against civilians / Attack", paragraph=0):
    t, s = label.split(" / ")
    return Event(event_type=t, sub_event_type=s, confidence=0.8, fatalities=fatalities,
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text),
                                   text=text, paragraph=paragraph))


class _Unit:
    def __init__(self, sentence, text, paragraph=0):
        self.sentence, self.text, self.paragraph = sentence, text, paragraph


@pytest.mark.parametrize("text, told", [
    ("The gunman was shot dead by police minutes later.", True),
    ("The attacker was wounded in the exchange and was later killed by guards.", True),
    ("The militant was quickly gunned down by two soldiers.", True),
    # not his death, or not the one attacker of the incident told before
    ("The gunman was arrested at the scene.", False),
    ("The gunman fled on a motorbike.", False),
    ("Police said a gunman was killed in a separate raid.", False),
])
def test_the_attackers_death_told_after_his_attack(text, told):
    assert bool(ATTACKER_LATER_DEATH.search(text)) is told


def test_the_attackers_death_adds_one_to_his_victims():
    attack = _event(0, "A gunman opened fire in a market in the town, killing two traders.", fatalities=2)
    out = figures.victims_of_next_sentence([attack], [_Unit(1, "The gunman was shot dead by police.")], set())
    assert out[0].fatalities == 3
    # none told before: his death is the one
    attack = _event(0, "A bomber tried to blow up a bus, wounding four passengers.",
                    label="Explosions/Remote violence / Suicide bomb")
    once = figures.victims_of_next_sentence([attack], [_Unit(1, "The bomber was later shot dead by guards.")], set())
    assert once[0].fatalities == 1
    # read once, though both passes see the sentence
    report = _event(1, "The bomber was later shot dead by guards.", fatalities=1,
                    label="Explosions/Remote violence / Suicide bomb")
    joined = figures.absorb_victims([attack, report], set())
    again = figures.victims_of_next_sentence(joined, [_Unit(1, "The bomber was later shot dead by guards.")], set())
    assert [e.fatalities for e in again] == [1]


def test_an_attacker_already_counted_or_another_paragraph_adds_nothing():
    counted = _event(0, "A gunman killed two guards before he was shot dead.", fatalities=3)
    out = figures.victims_of_next_sentence([counted], [_Unit(1, "The gunman was shot dead by police.")], set())
    assert out[0].fatalities == 3
    apart = _event(0, "A gunman opened fire in a market, killing two traders.", fatalities=2)
    out = figures.victims_of_next_sentence([apart], [_Unit(1, "The gunman was shot dead by police.", 1)], set())
    assert out[0].fatalities == 2


@pytest.mark.parametrize("text, n", [
    # a plural told killed with no figure: deaths without a number, coded 3 as "several" (annotation guide)
    ("Witnesses said the youths were taken to a farm, where they were executed.", 3),
    ("The villagers were shot dead as they fled the raid.", 3),
    # a figure of their own wins; no death, none
    ("The two herders were shot dead as they fled the raid.", 2),
    ("The students were detained and they were later released.", None),
])
def test_a_plural_killed_without_a_figure(text, n):
    assert figures.read(text, "Violence against civilians", "Violence against civilians / Attack").fatalities == n
