"""The real-news claims benchmark (sitroom.evaluation.claims_real): its scorer, and floors measured on the
dev articles of the annotated corpus (data/annotated; the test split is only reported, never tested here)."""

import json
from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.evaluation import claims_real as cr
from sitroom.records import Claim, DateValue, Span, Speaker

CORPUS = Path(__file__).resolve().parents[3] / "data" / "annotated"
# Measured on the 8 dev articles annotated for claims (52 gold claims), 2026-12-03 (issue 11 item 7): precision
# 0.925, recall 0.712, speaker 0.784, kind 0.703, hedge 0.946 (before: 0.889, 0.615, 0.719, 0.625, 0.938).
# Speakers then rose to 0.811 (a body's verbatim words are the person who signed its statement; a ruling or a
# video speaks for its maker; "the spokesman for X" is the spokesman named before), then to 0.865 (a pronoun
# inside what a speaker says is that speaker; "he" is the subject of the last sentence, not a man it only
# mentions; a "READ MORE:" line is no one's speech), then to 0.892 (a stray "Ad" line is not the speaker), then to 0.946 ("they" after
# people who spoke together; "it" after a body the last sentence is about).
# Then (2026-12-04, branch claims) speaker 0.973 and kind 0.757 (joined verbs share a subject, a body's own
# "we", quoted demands, a speaker's own "would" is a condition).
# Floors a little below, so that a small change of the parser passes.
FLOORS = {"precision": 0.9, "recall": 0.69, "speaker_accuracy": 0.95, "kind_accuracy": 0.73, "hedge_accuracy": 0.92}


def _claim(text, quote, speaker="Sue Kelly", kind="statement", modality="claimed", hedges=(), deadline=None):
    start = text.index(quote)
    return Claim(kind=kind, speaker=Speaker(name=speaker, text=speaker), modality=modality, hedges=list(hedges),
                 quote=Span(text=quote, start=start, end=start + len(quote), sentence=0), sentence=0, start=start,
                 end=start + len(quote),
                 deadline=DateValue(start=deadline, end=deadline, precision="day", text="on Tuesday") if deadline else None)


def test_spans_match_when_each_covers_enough_of_the_other():
    assert cr.spans_match((0, 100), (10, 100))
    assert not cr.spans_match((0, 100), (0, 20))  # a fragment
    assert not cr.spans_match((0, 20), (0, 100))  # the whole paragraph


def test_one_to_one_matching_counts_duplicates():
    text = "We will stay here until the end, she said."
    gold = [cr.GoldClaim(0, "Sue Kelly", "We will stay here until the end", "commitment", "asserted", None, 0, 31)]
    matched, dups = cr.match_claims(gold, [_claim(text, "We will stay here until the end"),
                                           _claim(text, "We will stay here until the end,")])
    assert len(matched) == 1 and len(dups) == 1


@pytest.mark.parametrize("gold, name, ok", [
    ("Dr. Jeffrey Schwimmer", "Jeffrey Schwimmer", True),
    ("The group (ISIL)", "ISIL", True),
    ("International Lawyers Assisting Workers Network (Nigerian Chapter)", "ILAW", True),
    ("Niger state government", "Government of Nigeria", False),
    ("Lina al-Hathloul", "Loujain al-Hathloul", False),
])
def test_lenient_speaker_names(gold, name, ok):
    c = _claim("x said y", "y", speaker=name)
    assert cr.speaker_right(gold, c) is ok


def test_hedges_read_as_the_guide_does():
    text = "She said it was over."
    assert cr.hedge_as_gold(_claim(text, "it was over")) == "asserted"  # "said": the speaker asserts
    assert cr.hedge_as_gold(_claim(text, "it was over", hedges=["claimed"])) == "claimed"
    assert cr.hedge_as_gold(_claim(text, "it was over", modality="denied")) == "denied"


def test_deadlines_compare_days_or_words():
    text = "It will be published on Tuesday."
    assert cr.deadline_right("2020-08-11", _claim(text, "It will be published on Tuesday", deadline="2020-08-11"))
    assert not cr.deadline_right("2020-08-12", _claim(text, "It will be published on Tuesday", deadline="2020-08-11"))


def test_a_test_split_with_other_ids_is_refused(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "articles.jsonl").write_text(json.dumps(
        {"id": "a", "text": "x", "split": "test", "sentences": [[0, 1]]}) + "\n", encoding="utf-8")
    (tmp_path / "SPLIT_HASHES.json").write_text(json.dumps({"test_article_ids_sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(ConfigError):
        cr.load_claim_articles(tmp_path, ["test"])
    with pytest.raises(ConfigError):
        cr.run_benchmark(tmp_path, ["test"], show_errors=True)


@pytest.mark.slow
@pytest.mark.skipif(not (CORPUS / "articles.jsonl").exists(), reason="the annotated corpus is not in this checkout")
def test_dev_articles_meet_their_floors():
    figures = cr.run_benchmark(CORPUS, ["dev"])
    assert figures["articles"] == 8 and figures["gold"] == 52
    low = {k: (round(figures[k], 3), v) for k, v in FLOORS.items() if figures[k] < v}
    assert not low, f"claims on the dev articles below their floors (measured, floor): {low}"
    # Deadlines (measured 2026-12-03: all 4 gold deadlines set and right, "next week" dated by the day the
    # article gives inside it; 1 set where the gold has none, a request made earlier "until next week").
    dl = figures["deadlines"]
    assert (dl["gold_matched"], dl["right"]) == (4, 4) and dl["spurious"] <= 1, dl
