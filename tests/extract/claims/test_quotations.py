"""Quotations that run over several sentences or paragraphs speak with the voice that introduces them."""

import pytest

from sitroom.extract.claims.quotes import find_quotations, paragraphs

pytestmark = pytest.mark.slow  # loads spaCy and the gazetteer


def _by_quote(claims, words):
    found = [c for c in claims if words in c.quote.text]
    assert found, f"no claim quoting {words!r} in {[c.quote.text for c in claims]}"
    return found[0]


def test_passages_close_at_their_mark_or_at_the_end_of_their_paragraph():
    text = "He said: \u201cWe will stay. We will fight.\n\n\u201cNobody will leave.\u201d\n\nShe called it \"a farce\"."
    quotes = [text[q.start:q.end] for q in find_quotations(text, paragraphs(text))]
    assert quotes == ["We will stay. We will fight.", "Nobody will leave.", "a farce"]


def test_every_sentence_of_a_quotation_is_claimed_by_its_speaker(claims_of):
    text = ("\u201cWe are usually so careful. We feel really disappointed in ourselves. I was violently ill "
            "with vomiting,\u201d Sue Kelly said on Friday.")
    claims = claims_of(text)
    for words in ("We are usually so careful", "We feel really disappointed", "I was violently ill"):
        assert _by_quote(claims, words).speaker.name == "Sue Kelly"


def test_a_quotation_continued_in_the_next_paragraph_keeps_its_speaker(claims_of):
    text = ("Army spokesman Onyema Nwachukwu said: \u201cTroops arrested the actor while he was inciting the public.\n\n"
            "\u201cThe ongoing exercises are on course and will rid the region of all forms of criminality.\u201d")
    c = _by_quote(claims_of(text), "The ongoing exercises")
    assert c.speaker.name == "Onyema Nwachukwu"
    assert c.kind == "prediction"


def test_statement_introduced_by_a_colon_speaks_for_its_paragraphs(claims_of):
    text = ("The Foreign Secretary, Boris Johnson, said:\n\n"
            "The use of chemical weapons is horrific, and a breach of international law. "
            "We are seeing heartbreaking scenes.\n\nThe UK will continue to work with its partners.")
    claims = claims_of(text)
    for words in ("The use of chemical weapons is horrific", "We are seeing heartbreaking scenes",
                  "The UK will continue to work"):
        assert _by_quote(claims, words).speaker.name == "Boris Johnson"


def test_released_statement_introduces_the_quotation(claims_of):
    text = ("Gen. Joseph Votel released the following statement today:\n\n"
            "\u201cWe mourn the loss of one of our own, who was killed yesterday in northern Iraq.\u201d")
    assert _by_quote(claims_of(text), "We mourn the loss").speaker.name == "Joseph Votel"


def test_scare_quotes_and_unattributed_quotes_are_not_claims(claims_of):
    assert claims_of("Heavily armed gangs known locally as \u201cbandits\u201d have stepped up attacks.") == []
    assert claims_of("The village was quiet on Sunday.\n\n\u201cThe water is rising fast in the lower streets.\u201d") == []


def test_the_dateline_is_no_part_of_what_was_said(claims_of):
    claims = claims_of("GAZA CITY (AP) — An explosion at a hospital in Gaza City killed hundreds of people on "
                       "Tuesday, the Health Ministry said.")
    assert [c.quote.text for c in claims] == [
        "An explosion at a hospital in Gaza City killed hundreds of people on Tuesday"]


def test_an_introduced_statement_runs_on_past_the_speakers_own_frames(claims_of):
    text = ("The envoy commented on the truce.\n\nEnvoy Maria Lopez said:\n\nWe are worried by reports of "
            "shelling and call on all sides to respect the truce. Thousands of families still have no water.\n\n"
            "It is vital that the guarantors use their influence to stop the fighting.")
    claims = claims_of(text)
    for words in ("Thousands of families", "It is vital"):
        assert _by_quote(claims, words).speaker.name == "Maria Lopez"


def test_a_break_in_mid_sentence_is_no_new_paragraph():
    text = "\u201cResidents are asked to please\n\nstay indoors tonight. They are urged to report any looting.\u201d"
    assert paragraphs(text) == [(0, len(text))]
    text2 = "The army spoke.\n\nlater, residents returned."  # a sentence ends before the break: two paragraphs
    assert len(paragraphs(text2)) == 2
