"""Control claims state only what the text supports (review 2, items 10 and 36)."""

import pytest

pytestmark = pytest.mark.slow  # loads spaCy and the gazetteer


def test_a_denied_capture_is_a_denial_not_control(claims_of):
    # "did not capture" names no controller of Chora.
    claims = claims_of("Taliban fighters did not capture Chora district in Uruzgan, officials said on Monday, "
                       "denying reports that the district had fallen.")
    assert [c for c in claims if c.kind == "territorial control"] == []
    assert any(c.kind == "denial" and "did not capture Chora" in c.quote.text and c.controller is None for c in claims)


def test_a_district_the_gazetteer_lacks_keeps_its_level(claims_of):
    claims = claims_of("Officials said Taliban fighters captured Chora district in Uruzgan on Monday.")
    [c] = [c for c in claims if c.kind == "territorial control"]
    chora = next(p for p in c.places if p.name == "Chora")
    assert (chora.level, chora.admin1, chora.admin2, chora.gazetteer_id) == ("admin2", "Uruzgān", "Chora", None)


def test_kabul_held_by_the_government_is_part_of_the_taliban_claim(seed_extraction):
    # "claimed that ..., highlighting that government troops were only holding the capital Kabul".
    [c] = [c for c in seed_extraction.claims if "only holding the capital Kabul" in c.quote.text]
    assert c.kind == "territorial control" and c.speaker.organisation == "Taliban"
    assert (c.modality, c.stance) == ("claimed", "doubtful") and "claimed" in c.hedges


def test_claiming_control_of_ground_is_a_control_claim_of_the_claimant(claims_of):
    [c] = claims_of("The rebels claimed full control of Kunduz on Monday.")
    assert c.kind == "territorial control" and c.modality == "claimed"
    assert "rebel" in (c.controller or "").lower() or "rebel" in c.speaker.name.lower()


def test_what_a_blast_claims_is_lives_not_a_claim(claims_of):
    assert claims_of("The blast in Kunduz claimed 12 lives on Monday.") == []
    [c] = claims_of("The Islamic State group claimed responsibility for the bombing in Kunduz.")
    assert c.kind == "statement" and c.modality == "claimed"
