"""Text rebuilt from tokens as the article wrote it (extract/written.py): the patterns of lang/en are written for
text, and spaCy splits hyphenated words and contractions ("one - and - a - half", "did n't"), so tokens joined by
spaces escape them. The checks below go through the events stage's own readers of a clause (not_news), not only
the pattern on raw text."""

import datetime as dt

import pytest

from sitroom.extract.events import discourse
from sitroom.extract.written import as_written

pytestmark = pytest.mark.slow

PUB = dt.date(2020, 12, 20)
LEAD = "Insecurity has spread across the region. "  # the habitual reading is not asked of a first sentence


@pytest.mark.parametrize("text", [
    "Rebels have held the town for the last one-and-a-half months.",
    "The governor didn't say whether the pro-government militia's fighters were to blame.",
    "Police fired tear gas (and rubber bullets) at 24/7 sit-ins on Monday, witnesses said.",
])
def test_a_whole_sentence_reads_as_written(nlp, text):
    assert as_written(nlp(text)) == text


def test_runs_apart_are_joined_by_one_space_in_token_order(nlp):
    doc = nlp("The so-called commander didn't return after the raid.")
    words = [doc[8], doc[9], doc[0], doc[1], doc[2], doc[3], doc[4]]  # any order, with a gap
    assert as_written(words) == "The so-called commander after the"
    assert as_written([]) == ""


def test_a_line_break_reads_as_one_space(nlp):
    doc = nlp("Gunmen attacked the\n\nvillage on Monday.")
    assert as_written(doc) == "Gunmen attacked the village on Monday."


def _why(nlp, sentence, word):
    doc = nlp(LEAD + sentence)
    tok = next(t for t in doc if t.text == word and t.idx >= len(LEAD))
    return discourse.not_news(tok, PUB)


@pytest.mark.parametrize("sentence, word, why", [
    # "since the <a word or two> crisis" (GENERIC's "[\w-]+"): a hyphenated word is one of them, as written
    ("Since the post-election crisis, gunmen have abducted villagers in the north.", "abducted", "generic"),
    ("Since the anti-government protests, police have detained activists in the capital.", "detained", "generic"),
    # a day still makes it news
    ("Since the post-election crisis, gunmen abducted 12 villagers on Monday.", "abducted", None),
])
def test_hyphenated_words_of_a_clause_meet_the_patterns(nlp, sentence, word, why):
    assert _why(nlp, sentence, word) == why
