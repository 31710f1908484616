"""An act told as the time of a person's earlier stage of life ("she was a schoolgirl at the time when soldiers burned
her village") lies in that person's past: background, not the report's news (told_from.told_at_an_age)."""

import pytest

from sitroom.extract.events.discourse import clause_head
from sitroom.extract.events.told_from import told_at_an_age


def _told(nlp, sentence, word):
    doc = nlp(sentence)
    return told_at_an_age(clause_head(next(t for t in doc if t.text == word)))


@pytest.mark.parametrize("sentence, word", [
    ("She was a schoolgirl at the time when soldiers burned her village.", "burned"),
    ("He was a student activist at the time when the army abducted and tortured two organisers.", "abducted"),
    ("Amina was a nursing student when gunmen abducted her.", "abducted"),
])
def test_an_act_timing_an_earlier_stage_of_life_is_background(nlp, sentence, word):
    assert _told(nlp, sentence, word)


@pytest.mark.parametrize("sentence, word", [
    ("He was at home at the time when soldiers raided the village on Monday.", "raided"),
    ("The student activist was arrested at the time when the protest began.", "arrested"),
    ("Soldiers raided the camp at a time when the students were asleep.", "raided"),
    ("He was a student activist, and police arrested him on Monday.", "arrested"),
])
def test_an_act_at_a_time_of_no_stage_of_life_stays(nlp, sentence, word):
    assert not _told(nlp, sentence, word)
