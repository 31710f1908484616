"""Second reading of stop 51's fatality rules: near misses where they must not fire.

- a "since" inside a relative clause on the victims tells how long they were wanted or missing, no running total;
- an act told "after <a time> in an attack that killed N" is the sentence's own act, its toll no earlier act's;
- a sentence that tells the revision of a figure ("revising an earlier toll") holds the revised figure, though it
  names the earlier one."""

from __future__ import annotations

import pytest

from sitroom.extract.events import figures
from sitroom.extract.events.counts import count
from sitroom.records import Event, Evidence


@pytest.mark.parametrize("text, n", [
    ("Police killed two men who had been wanted since 2019.", 2),
    ("Soldiers shot dead three suspected rebels who had been on the run since March.", 3),
    ("Gunmen killed four guards whose families had lived in the village since the war.", 4),
])
def test_since_in_a_relative_clause_on_the_victims_keeps_the_toll(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Security forces have killed 400 people since the coup.",
    "At least 30 protesters have died since October.",
    "Thousands of people have been killed since 2011.",
])
def test_a_running_total_since_a_time_stays_no_toll(text):
    assert count("fatalities", text) is None


def _toll(text, word):
    return figures.read(figures.own_toll_text(text, text.index(word)), "Battles", "Battles / Armed clash").fatalities


@pytest.mark.parametrize("text, word, n", [
    ("Militants stormed the hotel after midnight in an attack that killed 20 people.", "stormed", 20),
    ("Gunmen opened fire on the crowd after the match in an attack that left 12 dead.", "opened", 12),
    ("Troops raided the camp after dark in an operation that killed 15 rebels.", "raided", 15),
])
def test_the_acts_own_phrase_after_a_time_keeps_its_toll(text, word, n):
    assert _toll(text, word) == n


@pytest.mark.parametrize("text, word", [
    ("Following the bus ambush which killed 10 settlers, jets struck targets in the city.", "struck"),
    ("Troops shelled the town after clashes in Kano which killed 10 soldiers.", "shelled"),
    ("Police raided the camp after an attack which killed four officers.", "raided"),
])
def test_an_earlier_acts_toll_is_still_not_the_main_acts(text, word):
    assert _toll(text, word) is None


def _event(sentence, text, fatalities):
    return Event(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                 confidence=0.8, fatalities=fatalities,
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text,
                                   paragraph=0))


@pytest.mark.parametrize("old_text, old_n, new_text, new_n", [
    ("A bomb exploded at a mosque in Kabul on Tuesday, killing 12 people, police said.", 12,
     "The explosion killed at least 18 people, a hospital official said later, revising an earlier toll.", 18),
    ("Gunmen killed five villagers in the raid, police said.", 5,
     "The toll rose from five initially reported to nine, officials said.", 9),
    ("Six people died in the shelling, residents said.", 6,
     "The updated toll, up from earlier reports, is ten dead.", 10),
])
def test_the_sentence_telling_the_revision_holds_the_revised_figure(old_text, old_n, new_text, new_n):
    old, new = _event(0, old_text, old_n), _event(1, new_text, new_n)
    assert figures.merged(old, new, other_is_evidence=True)["fatalities"] == new_n
    assert figures.merged(new, old, other_is_evidence=False)["fatalities"] == new_n


def test_a_figure_told_as_earlier_still_gives_way():
    old = _event(1, "Police had earlier said that 12 people were killed in the explosion.", 12)
    new = _event(0, "A bomb exploded at a mosque in Kabul on Tuesday, killing 18 people, police said.", 18)
    assert figures.merged(new, old, other_is_evidence=False)["fatalities"] == 18
