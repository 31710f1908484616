"""Words that mark a report as another incident (lang/en/events/separate.py)."""

import pytest

from sitroom.lang.en.events.separate import ANOTHER, SEPARATE, SERIES, another_incident, incident_mark, separate_incident


@pytest.mark.parametrize("sentence", [
    "In a separate incident, gunmen shot dead two traders in Zaria on Friday.",
    "Another car bomb went off near a checkpoint in Mosul, killing three policemen.",
    "Elsewhere, insurgents ambushed a supply convoy near Baidoa.",
    "Meanwhile, in Goma, soldiers fired on a crowd of youths.",
    "In a second attack, a drone struck a vehicle in Marib.",
    "Police arrested two reporters in a separate raid on a newspaper office.",
])
def test_a_report_told_as_another_incident(sentence):
    assert separate_incident(sentence)


@pytest.mark.parametrize("sentence", [
    "The head of another civic group joined the march on Tuesday.",
    "The attack was condemned by the provincial governor.",
    "The blast also wounded two passers-by.",
    "In a separate statement, the ministry condemned the arrests.",
    "Elsewhere in the city, shops stayed shut as the protest went on.",
    "Meanwhile, police said the suspects had fled.",
])
def test_no_mark_of_another_incident(sentence):
    assert not separate_incident(sentence)


def test_a_series_of_incidents():
    assert SERIES.search("Gunmen carried out a series of attacks across the north on Sunday.")
    assert not SERIES.search("Gunmen attacked a village on Sunday.")


@pytest.mark.parametrize("sentence", [
    "Gunmen also killed a farmer in a similar fashion near the market.",
    "A further two civilians were wounded in Bossaso.",
    "Police said another man was found dead in the river.",
    "Again in the capital, police fired teargas at the marchers.",
])
def test_a_looser_word_of_another_incident(sentence):
    # the same event only at one place on one day (same_event.same_incident), and no retelling of the act before it
    assert incident_mark(sentence) == ANOTHER and another_incident(sentence) and not separate_incident(sentence)


@pytest.mark.parametrize("sentence", [
    "The attack was condemned by the provincial governor.",
    "Troops fired on a fourth person trying to cross the checkpoint.",
    "Some were beaten in custody and detained again.",
])
def test_no_word_of_another_incident(sentence):
    assert incident_mark(sentence) is None and not another_incident(sentence)


def test_an_outright_mark_is_the_strong_one():
    assert incident_mark("In a separate raid, troops detained six suspects.") == SEPARATE


def test_the_mark_is_read_once_per_sentence():
    sentence = "Elsewhere, soldiers shelled a market in Kidal on Friday."
    before = incident_mark.cache_info().hits
    assert incident_mark(sentence) == incident_mark(sentence) == SEPARATE
    assert incident_mark.cache_info().hits == before + 1
