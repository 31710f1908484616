"""End to end on the seed article: every core event with the type, actors, place, date and modality an
analyst would record (gold: seed_gold_events.json, publication date 2021-07-12)."""

import pytest

pytestmark = pytest.mark.slow


def _event(extraction, quote_part, sub_event_type):
    for e in extraction.events:
        if e.sub_event_type == sub_event_type and quote_part in e.evidence.text:
            return e
    found = [(e.sub_event_type, e.evidence.text[:60]) for e in extraction.events]
    raise AssertionError(f"no {sub_event_type} event on {quote_part!r}; found {found}")


def test_e1_garmsir_district_taken_by_the_taliban(seed_extraction):
    e = _event(seed_extraction, "took control over Garmsir", "Non-state actor overtakes territory")
    assert e.event_type == "Battles"
    assert (e.actor1.name, e.actor2.name) == ("Taliban", "Military Forces of Afghanistan")
    assert "Garms" in e.location.name
    assert (e.location.level, e.location.country) == ("admin2", "AF")
    assert "Helmand" in (e.location.admin1 or "")
    assert (e.date.start, e.date.end, e.date.precision) == ("2021-07-11", "2021-07-12", "day")
    assert e.modality == "asserted"
    assert (e.plover_type, e.cameo_root) == ("FIGHT", "19")


def test_e2_faryab_executions_of_surrendered_soldiers(seed_extraction):
    e = _event(seed_extraction, "shooting of surrendered soldiers", "Attack")
    assert e.event_type == "Violence against civilians"
    assert e.actor1.name == "Taliban"
    assert e.actor2.name == "Civilians (Afghanistan)"  # hors de combat: coded as civilians
    assert (e.location.text, e.location.level, e.location.country) == ("Faryab", "admin1", "AF")
    assert (e.date.start, e.date.end, e.date.precision) == ("2021-07-01", "2021-07-10", "part of month")
    assert e.modality == "alleged"
    assert e.hedges == ["allegedly", "reportedly"]


def test_e4_taliban_delegation_in_moscow(seed_extraction):
    e = _event(seed_extraction, "arrived on July 8", "Diplomatic contact")
    assert e.event_type == "Diplomacy"
    assert (e.actor1.name, e.actor2.name) == ("Taliban", "Government of Russia")
    assert (e.location.name, e.location.country) == ("Moscow", "RU")
    assert (e.date.start, e.date.precision) == ("2021-07-08", "day")
    assert e.modality == "asserted"


def test_evidence_points_into_the_text(seed_extraction, seed_text):
    assert seed_extraction.events
    for e in seed_extraction.events:
        assert seed_text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert 0.0 <= e.confidence <= 1.0
        assert e.extractor.split("@")[0] == "sitroom.events.hybrid.v1"


def test_aggregate_claims_are_not_coded_as_events(seed_extraction):
    texts = [e.evidence.text for e in seed_extraction.events if e.event_type == "Battles"]
    assert not any("a number of strategic border regions" in t or "most areas of Kunduz" in t for t in texts)
