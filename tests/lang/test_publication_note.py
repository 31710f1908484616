"""A note of where and when a text first appeared is page furniture (BOILERPLATE), not a report: the day it names is
the text's, and must not date an act merged with it ("This statement was originally published on cpj.org on 31
December 2021" merged into "three others had been arrested and remained in custody as of December 31")."""

import pytest

from sitroom.lang.en.events.discourse import BOILERPLATE

NOTES = [
    "This statement was originally published on amnesty.org on 4 March 2023.",
    "This article first appeared in the Daily Observer.",
    "The interview was first published by Radio Tamazuj on Friday.",
    "This story has been originally posted on the union's website.",
]
NOT_NOTES = [
    "The virus first appeared in the city of Wuhan in December.",  # no text's publication
    "Police said the leaflets first appeared in the market on Tuesday.",
    "The report was published after soldiers raided the office on Monday.",  # a report's publication, told as news
    "He first published the photos of the beaten detainees last week.",
    "Gunmen originally abducted 40 students from the school.",
]


@pytest.mark.parametrize("text", NOTES)
def test_a_publication_note_is_boilerplate(text):
    assert BOILERPLATE.search(text)


@pytest.mark.parametrize("text", NOT_NOTES)
def test_other_sentences_are_not(text):
    assert not BOILERPLATE.search(text)
