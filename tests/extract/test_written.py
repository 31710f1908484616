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


# Word lists against single tokens: a hyphenated word of a list ("no-one", "post-mortem", "long-term") is named by
# the word the token is a part of (written.listed), and the typographic apostrophe ("they’ll") is listed as the
# straight one is.

from sitroom.extract.events.arrest_background import is_taking_named_only  # noqa: E402
from sitroom.extract.events.demonstrations import _period_practice  # noqa: E402
from sitroom.extract.events.irrealis import irrealis  # noqa: E402
from sitroom.extract.events.reactions import is_reaction_to  # noqa: E402
from sitroom.extract.written import listed, whole_word  # noqa: E402


def _tok(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.text == word)


def test_whole_word_spans_the_hyphens_as_written(nlp):
    doc = nlp("The so-called commander ordered post-mortems - then left.")
    assert whole_word(doc[1]) == whole_word(doc[3]) == "so-called"
    assert whole_word(doc[8], lemma=True) == "post-mortem"  # by the lemma of its last part
    assert whole_word(doc[4]) == "commander"
    assert whole_word(doc[10]) == "then"  # a dash between spaces joins no word
    assert listed(doc[3], {"called"}) and listed(doc[3], {"so-called"}) and not listed(doc[3], {"so"})


@pytest.mark.parametrize("sentence, word, check, expected", [
    ("No-one was arrested during the march in the capital.", "arrested", irrealis, "negated"),
    ("Doctors carried out a post-mortem into the killing of the teacher.", "killing", is_reaction_to, True),
    ("Rights groups condemned the long-term detention of activists in the capital.", "detention",
     is_taking_named_only, True),
    ("Rights groups condemned the detention of activists in the capital.", "detention", is_taking_named_only, False),
    ("The rebels say they\u2019ll attack the town within days.", "attack", irrealis, "planned"),
])
def test_listed_words_meet_the_tokens(nlp, sentence, word, check, expected):
    assert check(_tok(nlp, sentence, word)) == expected


@pytest.mark.parametrize("aux", ["'ve", "\u2019ve"])
def test_the_perfect_with_either_apostrophe(nlp, aux):
    tok = _tok(nlp, f"We{aux} been cracking down on demonstrations since October.", "demonstrations")
    assert _period_practice(tok)


def test_word_end_walks_forward_through_the_hyphens(nlp):
    from sitroom.extract.written import word_end

    doc = nlp("Two pro-government-backed units - then more.")
    assert word_end(doc[1]) == word_end(doc[3]) == 5 and doc[5].text == "backed"
    assert word_end(doc[6]) == 6  # "units": no hyphen after it
    assert word_end(doc[7]) == 7  # a dash between spaces joins no word


def test_anti_before_a_hyphenated_word_names_what_it_is_against(nlp):
    from sitroom.extract.events.discourse import _after_anti

    doc = nlp("The anti-drug-trafficking unit and the anti-kidnapping squad met the anti - war marchers.")
    assert [t.text for t in doc if _after_anti(t)] == ["drug", "trafficking", "kidnapping"]


@pytest.mark.parametrize("sentence, unit", [
    ("The governor said 12 al-Shabaab-linked fighters surrendered.", "al-Shabaab-linked fighters"),
    ("The mayor said 30 pro-government armed militias were deployed.", "pro-government armed militias"),
    ("The minister said 40 anti-riot police officers were deployed.", "anti-riot police officers"),
])
def test_a_quantity_counts_a_hyphenated_word_as_one_word(nlp, sentence, unit):
    from sitroom.extract.claims.quantities import _unit_after

    doc = nlp(sentence)
    number = next(t for t in doc if t.like_num)
    assert _unit_after(doc, number.idx + len(number), vague=False)[0] == unit
