"""Words that mark a report as another incident (lang/en/events/separate.py)."""

import pytest

from sitroom.lang.en.events.separate import SERIES, separate_incident


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
