"""End to end on the seed article: the claims and content flags an analyst would note."""

import json
from pathlib import Path

import pytest

from sitroom.extract.claims.evaluate import score_claims

pytestmark = pytest.mark.slow  # runs the whole pipeline

FLOORS = json.loads((Path(__file__).resolve().parent / "floors.json").read_text(encoding="utf-8"))


def _claim_at(extraction, quote_words: str):
    found = [c for c in extraction.claims if quote_words in c.quote.text]
    assert found, f"no claim quoting {quote_words!r}"
    return found[0]


def test_aggregate_control_claim_of_the_taliban(seed_extraction):
    c = _claim_at(seed_extraction, "174 areas, 85% of the territory of Afghanistan")
    assert c.kind == "territorial control" and c.controller == "Taliban"
    assert c.speaker.organisation == "Taliban" and c.modality == "claimed"
    assert {(q.value, q.unit) for q in c.quantities} == {(174, "areas"), (85, "percent")}


def test_per_province_control_asserted_by_the_author(seed_extraction):
    c = _claim_at(seed_extraction, "most areas of Kunduz")
    assert c.kind == "territorial control" and c.controller == "Taliban"
    assert c.speaker.name == "author" and c.modality == "asserted"
    assert len(c.places) == 6 and all(p.country == "AF" for p in c.places)


def test_spokesman_commitment_until_september_11(seed_extraction):
    c = _claim_at(seed_extraction, "would not attack provincial capitals until September 11")
    assert c.kind == "commitment"
    assert (c.speaker.name, c.speaker.role, c.speaker.organisation) == ("Zabihullah Mujahid", "spokesman", "Taliban")
    assert c.deadline.end == "2021-09-11" and c.modality == "claimed"


def test_withdrawal_deadline_decided_on_june_8(seed_extraction):
    c = _claim_at(seed_extraction, "should be completed on August 31, 2021")
    assert c.kind == "policy decision" and c.speaker.name == "Joe Biden"
    assert c.deadline.end == "2021-08-31" and c.statement_date.start == "2021-06-08"


def test_author_prediction_one_month_horizon(seed_extraction):
    c = _claim_at(seed_extraction, "Kabul forces have not more than a month left")
    assert c.kind == "prediction" and c.speaker.name == "author" and c.modality == "predicted"
    assert c.deadline.end == "2021-08-12"


def test_graphic_violence_flag_with_its_cues(seed_extraction):
    cues = {f.cue for f in seed_extraction.flags if f.flag == "graphic violence"}
    assert {"18+", "shocking footage", "shooting of surrendered soldiers"} <= cues


def test_every_claim_carries_provenance(seed_extraction, seed_text):
    assert seed_extraction.claims
    for c in seed_extraction.claims:
        assert seed_text[c.quote.start:c.quote.end] == c.quote.text
        assert c.start <= c.quote.start and c.quote.end <= c.end
        assert c.extractor.split("@")[0] == "sitroom.claims.v1"


@pytest.mark.gate
def test_gate_seed_gold_claims(seed_extraction, seed_text, seed_gold):
    score = score_claims(seed_extraction.claims, seed_gold["claims"], seed_text, seed_gold["place_variants"])
    measured = score.as_dict()
    low = {k: (measured[k], FLOORS[k]) for k in ("found", "core_correct", "correct", "attributes") if measured[k] < FLOORS[k]}
    assert not low, f"claims below their floors (measured, floor): {low}; failures: {score.failures()}"
