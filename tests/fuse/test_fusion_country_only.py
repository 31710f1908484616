"""Issue 14: five different kidnappings in one country were fused into one incident.

The ledes are real (HRDsAttack articles bundled in the samples); each reports another kidnapping.
Stored as a geoparser that found only the country would store them, on dates within fusion's
two-day window, they stay five incidents; two reports of one kidnapping that give the same
figure are one.
"""

from __future__ import annotations

import pytest

from sitroom.store import testing as T

NIGERIA = dict(name="Nigeria", level="country", country="NG", lat=10.0, lon=8.0, geo_precision=3,
               gazetteer_id="2328926")
LEDES = [
    ("kagara", "Gunmen from a suspected criminal gang stormed a school in central Nigeria on Wednesday, killing one "
               "student and kidnapping dozens of other pupils, teachers and relatives.", "kidnapping dozens", 1),
    ("tegina", "A large number of students were abducted Sunday and one person was killed at a school in Nigeria's "
               "north central Niger State, a police spokesman said.", "students were abducted", None),
    ("kebbi", "Around 100 students and staff members were abducted from a school in broad daylight in Nigeria.",
     "were abducted from a school", None),
    ("foreigners", "More than 50 foreign nationals have been kidnapped for ransom in Nigeria, Daily Trust reports.",
     "kidnapped for ransom", None),
    ("kankara", "Gunmen abducted hundreds of boys from a secondary school in Nigeria on Friday night.",
     "abducted hundreds of boys", None),
]


@pytest.fixture
def nigeria(monkeypatch):
    monkeypatch.setitem(T.PLACES, "Nigeria", NIGERIA)


def _store_kidnapping(store, uri, text, evidence, fatalities, date, published):
    ev = T.event(text, evidence, "Violence against civilians", "Abduction/forced disappearance",
                 actor1=None, actor2=None, where="Nigeria", date=date, fatalities=fatalities)
    store.add_document(T.source(text, uri=uri, source=uri), T.published(published), "en",
                       T.extraction(published=published, events=[ev]))


def test_five_kidnappings_told_country_wide_are_five_incidents(store, nigeria):
    for n, (uri, text, evidence, killed) in enumerate(LEDES):
        _store_kidnapping(store, uri, text, evidence, killed, f"2021-02-1{5 + n % 3}", f"2021-02-1{6 + n % 3}")
    assert store.summary().incidents == 5
    assert store.rebuild_incidents() == 5


def test_two_reports_of_one_kidnapping_with_the_same_figure_are_one_incident(store, nigeria):
    uri, text, evidence, killed = LEDES[0]
    _store_kidnapping(store, uri, text, evidence, killed, "2021-02-17", "2021-02-17")
    other = "The gunmen killed one student and kidnapped dozens at the Government Science College in Nigeria."
    _store_kidnapping(store, "other-outlet", other, "kidnapped dozens", 1, "2021-02-17", "2021-02-18")
    [incident] = store.incidents()
    assert (incident.reports, incident.sources, incident.fatalities) == (2, 2, [1])
