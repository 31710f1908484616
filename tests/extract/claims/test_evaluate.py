"""The gold scorer behind the claims gate: it must notice what is wrong."""

from sitroom.extract.claims.evaluate import gold_kind, score_claims
from sitroom.records import Claim, DateValue, Span, Speaker

TEXT = "Taliban spokesman Zabihullah Mujahid said the militants would not attack provincial capitals until September 11."
GOLD = [{"id": "C3", "core": True, "kind": "commitment with a deadline",
         "quote": "would not attack provincial capitals until September 11",
         "speaker": "Zabihullah Mujahid (Taliban spokesman)", "deadline": "2021-09-11", "modality": "claimed"}]


def _claim(quote: str, speaker: str = "Zabihullah Mujahid", deadline: str = "2021-09-11", kind: str = "commitment"):
    start = TEXT.index(quote)
    return Claim(kind=kind, speaker=Speaker(name=speaker), quote=Span(text=quote, start=start, end=start + len(quote), sentence=0),
                 modality="claimed", deadline=DateValue(start=deadline, end=deadline, precision="day"),
                 sentence=0, start=start, end=start + len(quote))


def test_right_claim_is_correct():
    score = score_claims([_claim("the militants would not attack provincial capitals until September 11")], GOLD, TEXT)
    assert score.as_dict() == {"found": 1.0, "correct": 1.0, "core_correct": 1.0, "attributes": 1.0}


def test_wrong_speaker_and_deadline_are_reported():
    score = score_claims([_claim("the militants would not attack provincial capitals until September 11",
                                 speaker="author", deadline="2020-09-11")], GOLD, TEXT)
    assert score.found == 1.0 and score.correct == 0.0
    assert score.failures() == ["C3: wrong speaker, deadline"]


def test_whole_sentence_quote_does_not_match():
    # The quote must be the claim, not the paragraph: 4x the gold length is the most a match may take.
    long_text = TEXT + " " + "x" * 300
    wide = Claim(kind="commitment", speaker=Speaker(name="Zabihullah Mujahid"),
                 quote=Span(text=long_text, start=0, end=len(long_text), sentence=0), sentence=0, start=0, end=len(long_text))
    assert score_claims([wide], GOLD, long_text).found == 0.0


def test_gold_kinds_map_to_claim_kinds():
    assert gold_kind("territorial control (aggregate)") == "territorial control"
    assert gold_kind("commitments (list)") == "commitment"
    assert gold_kind("policy decision with a deadline") == "policy decision"
