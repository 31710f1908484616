"""A date that names another thing ("the disputed August 9, 2020 elections") sets no time for what follows."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.extract.events.named_times import names_other_thing

pytestmark = pytest.mark.slow


def _named(nlp, sentence, words):
    at = sentence.index(words)
    return names_other_thing(nlp(sentence), sentence, SimpleNamespace(start=at, end=at + len(words)))


def test_a_date_naming_an_election_names_another_thing(nlp):
    s = "The searches were linked to protests that followed the disputed August 9, 2020 presidential elections."
    assert _named(nlp, s, "August 9, 2020")


def test_a_date_naming_an_act_or_dating_the_sentence_does_not(nlp):
    # the paragraphs after "the 2014 abduction" may go on telling that abduction
    assert not _named(nlp, "Warrants were issued over the 2014 abduction of 43 students.", "2014")
    assert not _named(nlp, "On July 14 police detained 12 activists in Minsk.", "July 14")
    assert not _named(nlp, "The raids took place this Monday in Minsk.", "Monday")
