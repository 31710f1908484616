"""Perpetrators described but not named ("two men riding a motorcycle", "masked men", "men in plain clothes") are
the guide's unnamed perpetrators, the Unidentified Armed Group (extract/actors/unnamed.py)."""

from __future__ import annotations

import pytest

from sitroom.lang.en.actors.unnamed import UNNAMED_DOERS
from sitroom.records import DocumentIn

UAG = "Unidentified Armed Group"


def _doers(pipeline, text: str) -> list[str]:
    out = pipeline.extract(DocumentIn(id="t", published="2024-03-14", text=text))
    return [a.text for a in out.actors if a.name.startswith(UAG)]


@pytest.mark.parametrize("phrase", [
    "two men riding a motorcycle", "attackers on a motorbike", "motorcycle-borne gunmen",
    "a group of men armed with knives and iron bars", "masked men", "hooded assailants", "unknown persons",
    "men dressed in civilian clothes", "plain-clothes men",
])
def test_described_perpetrators_are_found(phrase):
    assert UNNAMED_DOERS.search(phrase), phrase


@pytest.mark.parametrize("phrase", [
    "the men were farmers", "men in uniform", "women riding a bus", "plainclothes police officers arrived",
])
def test_other_people_are_no_unnamed_perpetrators(phrase):
    assert not UNNAMED_DOERS.search(phrase), phrase


@pytest.mark.slow
@pytest.mark.parametrize("text, words", [
    ("A trade unionist was shot dead by two men riding a motorcycle in Davao City on Tuesday.", "men riding a motorcycle"),
    ("Masked men beat a newspaper editor outside his home in Lahore on Sunday.", "Masked men"),
    ("The lawyer was abducted by men in plain clothes in Harare on Wednesday night.", "men in plain clothes"),
    ("A village chief was hacked to death by a group of men armed with machetes in Kasese on Friday.",
     "men armed with machetes"),
])
def test_the_described_doer_is_an_unidentified_armed_group(pipeline, text, words):
    assert words in _doers(pipeline, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the men so described are the victims, not a band
    "Two men riding a motorcycle were shot dead by soldiers at a checkpoint in Cotabato on Monday.",
    "Police killed three men on a motorbike near Garissa on Friday.",
    # a crowd of men, the guide's mob
    "The mayor has been attacked by mobs of men armed with sticks in Maidan Shar.",
])
def test_described_victims_or_a_mob_are_no_armed_group(pipeline, text):
    assert _doers(pipeline, text) == []
