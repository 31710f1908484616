"""A claim of responsibility joins the attack it claims (review 2, item 15): the Taliban's "twelve policemen"
stands beside the five the others report, as a conflict, in one incident. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from sitroom.fuse.incidents import report_of, same_incident
from sitroom.store import testing as T

ATTACK = "Taliban fighters attacked a police checkpoint in Garmsir on Monday night, killing five policemen."
CLAIM = "Taliban fighters attacked a police checkpoint in Garmsir on Monday night, killing twelve policemen, " \
        "a Taliban spokesman claimed on Twitter."
WHERE = dict(location_name="Garmsir", level="admin2", country="AF", admin1="Helmand", admin2="Garmsir")


def _add(store, text, uri, event_type, sub, fatalities):
    ev = T.event(text, text, event_type, sub, actor1="Taliban", actor2="Military Forces of Afghanistan",
                 where="Garmsir", date="2021-08-02", fatalities=fatalities)
    store.add_document(T.source(text, uri=uri, source=uri), T.published("2021-08-03"), "en",
                       T.extraction(published="2021-08-03", events=[ev]))


@pytest.mark.parametrize("claim_first", [False, True])
def test_a_claim_of_responsibility_joins_the_attack_with_its_figure_in_conflict(store, claim_first):
    reports = [(ATTACK, "reuters", "Battles", "Armed clash", 5),
               (CLAIM, "taliban-twitter", "Statements", "Claim of responsibility", 12)]
    for args in (reversed(reports) if claim_first else reports):
        _add(store, *args)
    [incident] = store.incidents()
    # Whichever came first, the incident is the attack, with both figures side by side.
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert set(incident.sub_event_types) == {"Armed clash", "Claim of responsibility"}
    assert incident.fatalities == [5, 12] and incident.fatalities_conflict
    assert store.rebuild_incidents() == 1
    [rebuilt] = store.incidents()
    assert (rebuilt.sub_event_type, rebuilt.fatalities) == ("Armed clash", [5, 12])


def test_a_claim_joins_only_an_attack_it_can_be_about():
    claim = report_of("Statements", "Claim of responsibility", date_start="2021-08-02", actor1="Taliban", **WHERE)
    assert same_incident(claim, report_of("Battles", "Armed clash", date_start="2021-08-02", actor1="Taliban",
                                          **WHERE))
    assert same_incident(report_of("Explosions/Remote violence", "Suicide bomb", date_start="2021-08-03",
                                   actor1="Taliban", **WHERE), claim)
    # Not a protest, not another group's attack, not an attack a week later.
    assert not same_incident(claim, report_of("Protests", "Peaceful protest", date_start="2021-08-02", **WHERE))
    assert not same_incident(claim, report_of("Battles", "Armed clash", date_start="2021-08-02", actor1="ISKP",
                                              actor2="Military Forces of Afghanistan", **WHERE))
    assert not same_incident(claim, report_of("Battles", "Armed clash", date_start="2021-08-09", actor1="Taliban",
                                              **WHERE))
