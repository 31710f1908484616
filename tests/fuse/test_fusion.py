"""Fusion: incidents from several reports, control as of a date, the ledger of promises."""

from __future__ import annotations

import pytest

from sitroom import api
from sitroom.fuse.incidents import report_of, same_incident
from sitroom.store import EventFilter
from sitroom.store import testing as T

CLASH = "Taliban fighters attacked an army post in Garmsir, killing 5 soldiers."
CLASH_B = "Twelve soldiers died when the Taliban stormed a checkpoint in Garmsir district."
CLASH_COPY = "Taliban fighters attacked an army post in Garmsir, killing 5 soldiers!"  # a syndicated copy
OTHER = "Islamic State fighters attacked an army post in Garmsir."
LATER = "Taliban fighters attacked an army post in Garmsir again."


def _add(store, text, uri, ev_kwargs, published="2021-07-12", duplicate_of=None, claims=()):
    x = T.extraction(published=published, events=[T.event(text, **ev_kwargs)] if ev_kwargs else [], claims=claims)
    return store.add_document(T.source(text, uri=uri, source=uri), T.published(published), "en", x,
                              duplicate_of=duplicate_of)


def _clash(evidence, date="2021-07-11", actor1="Taliban", fatalities=None, where="Garmsir", sub="Armed clash"):
    return dict(evidence=evidence, event_type="Battles", sub_event_type=sub, actor1=actor1,
                actor2="Military Forces of Afghanistan", where=where, date=date, fatalities=fatalities)


def test_reports_of_one_clash_become_one_incident_with_both_figures(store):
    a = _add(store, CLASH, "wire-a", _clash("attacked an army post in Garmsir", fatalities=5))
    _add(store, CLASH_B, "local-b", _clash("stormed a checkpoint in Garmsir district", date="2021-07-12", fatalities=12))
    _add(store, CLASH_COPY, "mirror", _clash("attacked an army post in Garmsir", fatalities=5), duplicate_of=a)
    [incident] = store.incidents()
    assert incident.reports == 3
    assert incident.sources == 2  # the syndicated copy is not independent
    assert incident.fatalities == [5, 12] and incident.fatalities_conflict
    assert {d.fatalities for d in incident.details} == {5, 12}
    assert (incident.date_start, incident.date_end) == ("2021-07-11", "2021-07-12")
    assert len(store.incidents(min_sources=2)) == 1 and store.incidents(min_sources=3) == []


def test_rebuilding_incidents_gives_the_same_fusion(store):
    a = _add(store, CLASH, "wire-a", _clash("attacked an army post in Garmsir", fatalities=5))
    _add(store, CLASH_B, "local-b", _clash("stormed a checkpoint in Garmsir district", date="2021-07-12", fatalities=12))
    _add(store, CLASH_COPY, "mirror", _clash("attacked an army post in Garmsir", fatalities=5), duplicate_of=a)
    _add(store, LATER, "wire-c", _clash("attacked an army post in Garmsir again", date="2021-07-20"))
    before = [(i.reports, i.sources, i.fatalities) for i in store.incidents()]
    assert store.rebuild_incidents() == 2
    assert [(i.reports, i.sources, i.fatalities) for i in store.incidents()] == before == [(1, 1, []), (3, 2, [5, 12])]


def test_a_store_opened_without_fusion_stores_events_but_makes_no_incidents(tmp_path):
    # The store persists; fusion decides: sitroom.store.open_store alone fuses nothing.
    from sitroom.errors import StoreError
    from sitroom.store import open_store

    with open_store(str(tmp_path / "plain.db")) as plain:
        _add(plain, CLASH, "wire-a", _clash("attacked an army post in Garmsir", fatalities=5))
        assert len(plain.events()) == 1 and plain.events()[0].incident_id is None
        assert plain.incidents() == []
        with pytest.raises(StoreError, match="without fusion"):
            plain.rebuild_incidents()


def test_other_attacker_or_later_date_is_another_incident(store):
    _add(store, CLASH, "wire-a", _clash("attacked an army post in Garmsir"))
    _add(store, OTHER, "wire-b", _clash("attacked an army post in Garmsir", actor1="Islamic State Khorasan Province"))
    _add(store, LATER, "wire-c", _clash("attacked an army post in Garmsir again", date="2021-07-20"))
    assert store.summary().incidents == 3
    events = store.events(EventFilter(place="Garmsir"))
    assert len({e.incident_id for e in events}) == 3


@pytest.mark.parametrize("b_kwargs, same", [
    (dict(date_start="2021-07-13"), True),  # within two days
    (dict(date_start="2021-07-14"), False),  # three days apart
    (dict(location_name="Helmand", level="admin1", admin2=None, lat=31.0, lon=64.0), True),  # the province holds it
    (dict(location_name="Kandahar", level="populated place", admin1="Kandahar", admin2="Kandahar",
          lat=31.61, lon=65.71), False),  # 150 km away
    (dict(location_name="Afghanistan", level="country", admin1=None, admin2=None), False),  # too vague to tie
    (dict(actor1="Military Forces of Afghanistan", actor2="Taliban"), True),  # told from the other side
    (dict(actor1=None, actor2=None), True),  # a report naming nobody
])
def test_same_incident_rules(b_kwargs, same):
    base = dict(date_start="2021-07-11", location_name="Garmsir", level="admin2", country="AF", admin1="Helmand",
                admin2="Garmsir", lat=31.11, lon=64.2, actor1="Taliban", actor2="Military Forces of Afghanistan")
    a = report_of("Battles", "Armed clash", **base)
    b = report_of("Battles", "Non-state actor overtakes territory", **{**base, **b_kwargs})
    assert same_incident(a, b) is same


def _kidnap(**kw):
    base = dict(date_start="2021-02-17", location_name="Nigeria", level="country", country="NG",
                actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)")
    return report_of("Violence against civilians", "Abduction/forced disappearance", **{**base, **kw})


def test_country_only_reports_of_kidnappings_do_not_fuse_on_type_date_and_country_alone():
    # Issue 14: five different kidnappings in Nigeria became one incident.
    assert not same_incident(_kidnap(), _kidnap(date_start="2021-02-18"))
    assert not same_incident(_kidnap(actor1=None, actor2=None), _kidnap())
    # Other evidence that agrees ties them: the same figure, or the same specific actors.
    assert same_incident(_kidnap(arrested=None, fatalities=1), _kidnap(fatalities=1))
    assert same_incident(_kidnap(actor1="Boko Haram"), _kidnap(actor1="Boko Haram", date_start="2021-02-18"))
    assert not same_incident(_kidnap(fatalities=1), _kidnap(fatalities=3))


def test_a_province_only_report_needs_corroboration_to_join_a_town_report():
    kagara = dict(location_name="Kagara", level="populated place", admin1="Niger", admin2="Rafi", lat=10.2, lon=6.25)
    niger_state = dict(location_name="Niger", level="admin1", admin1="Niger", lat=10.0, lon=6.0)
    assert not same_incident(_kidnap(**kagara), _kidnap(**niger_state))
    assert same_incident(_kidnap(**kagara, fatalities=1), _kidnap(**niger_state, fatalities=1))
    # Two reports that name only the province, on overlapping dates, are one incident; a day apart, they
    # need a clue.
    assert same_incident(_kidnap(**niger_state), _kidnap(**niger_state))
    assert not same_incident(_kidnap(**niger_state), _kidnap(**niger_state, date_start="2021-02-18"))
    # Two precise reports of one town need nothing more.
    assert same_incident(_kidnap(**kagara), _kidnap(**{**kagara, "lat": 10.21, "lon": 6.26}))
    # A town 60 km away, in another district, is another incident.
    tegina = dict(location_name="Tegina", level="populated place", admin1="Niger", admin2="Mariga", lat=10.72, lon=6.0)
    assert not same_incident(_kidnap(**kagara), _kidnap(**tegina))


def test_a_report_dated_only_to_a_year_ties_nothing_by_its_date():
    # Train/dev corpus: arrests in Minsk dated only "2020" were fused with arrests of 7 September 2020.
    minsk = dict(location_name="Minsk", level="populated place", country="BY", admin1="Horad Minsk", lat=53.9,
                 lon=27.57, actor1="Police Forces of Belarus")
    year = report_of("Strategic developments", "Arrests", date_start="2020-01-01", date_end="2020-12-31", **minsk)
    day = report_of("Strategic developments", "Arrests", date_start="2020-09-07", **minsk)
    assert not same_incident(year, day)
    told_again = "Police detained Viktar Sazonau and Aleh Matskevich in Minsk."
    assert same_incident(report_of("Strategic developments", "Arrests", date_start="2020-01-01", date_end="2020-12-31",
                                   evidence_text=told_again, **minsk),
                         report_of("Strategic developments", "Arrests", date_start="2020-09-07",
                                   evidence_text=told_again.upper(), **minsk))


def test_merged_incidents_keep_their_clues():
    from sitroom.fuse.incidents import merge_into

    merged = merge_into(_kidnap(fatalities=1), _kidnap(injured=4))
    assert merged.clues == ["killed:1", "injured:4"]


def test_a_report_dated_to_a_month_does_not_swallow_the_month():
    from sitroom.fuse.incidents import merge_into

    where = dict(location_name="Garmsir", level="admin2", country="AF", admin2="Garmsir", actor1="Taliban")
    vague = report_of("Battles", "Armed clash", date_start="2021-07-01", date_end="2021-07-31", **where)
    first = report_of("Battles", "Armed clash", date_start="2021-07-11", **where)
    incident = merge_into(vague, first)
    assert (incident.date_start, incident.date_end) == ("2021-07-11", "2021-07-11")
    assert merge_into(incident, vague).date_end == "2021-07-11"
    later = report_of("Battles", "Armed clash", date_start="2021-07-25", **where)
    assert same_incident(vague, later) and not same_incident(incident, later)


def test_an_airstrike_and_a_clash_are_different_incidents():
    where = dict(date_start="2021-07-11", location_name="Garmsir", level="admin2", country="AF", admin2="Garmsir")
    assert not same_incident(report_of("Battles", "Armed clash", **where),
                             report_of("Explosions/Remote violence", "Air/drone strike", **where))


TAKEN = "The Taliban took control over Garmsir district."
RETAKEN = "Afghan forces regained Garmsir district after two days."
CLAIMED = "The Taliban say Kunduz and Helmand are under their control."


def test_control_follows_captures_recaptures_and_claims(store):
    _add(store, TAKEN, "a", _clash("took control over Garmsir district", sub="Non-state actor overtakes territory"))
    _add(store, RETAKEN, "b", dict(evidence="regained Garmsir district", event_type="Battles",
                                    sub_event_type="Government regains territory",
                                    actor1="Military Forces of Afghanistan", actor2="Taliban", where="Garmsir",
                                    date="2021-07-20"), published="2021-07-21")
    claim = T.claim(CLAIMED, "Kunduz and Helmand are under their control", "territorial control",
                    speaker="Zabihullah Mujahid", organisation="Taliban", places=("Kunduz", "Helmand"),
                    controller="Taliban")
    _add(store, CLAIMED, "c", None, published="2021-07-15", claims=[claim])

    overall = "The Taliban say they control 85% of Afghanistan."
    aggregate = T.claim(overall, "they control 85% of Afghanistan", "territorial control",
                        places=("Afghanistan",), controller="Taliban")
    _add(store, overall, "d", None, published="2021-07-15", claims=[aggregate])

    before = {r.place: r for r in api.control(store, "2021-07-10")}
    assert before == {}
    mid = {r.place: r for r in api.control(store, "2021-07-16")}
    assert "Afghanistan" not in mid  # a whole country is not a place whose control a map can show
    assert mid["Garmsir"].controller == "Taliban" and not mid["Garmsir"].claimed_only
    assert mid["Garmsir"].evidence[0].text == "took control over Garmsir district"
    assert mid["Kunduz"].controller == "Taliban" and mid["Kunduz"].claimed_only
    assert mid["Kunduz"].evidence[0].kind == "claim" and mid["Kunduz"].since == "2021-07-15"
    after = {r.place: r for r in api.control(store, "2021-07-25")}
    assert after["Garmsir"].controller == "Military Forces of Afghanistan"
    assert after["Garmsir"].since == "2021-07-20"
    assert [e.controller for e in after["Garmsir"].evidence] == ["Military Forces of Afghanistan", "Taliban"]
    assert [r.place for r in api.control(store, "2021-07-25", place="helmand")] == ["Garmsir", "Helmand"]
    # The news' spellings find the place (issue 13): "Garmser", "Hilmand" as users type them.
    assert [r.place for r in api.control(store, "2021-07-25", place="Garmser")] == ["Garmsir"]
    assert [r.place for r in api.control(store, "2021-07-25", place="Hilmand province")] == ["Garmsir", "Helmand"]


PROMISE = "Taliban spokesman Zabihullah Mujahid said they would not attack provincial capitals until September 11."
FORECAST = "The governor said the Taliban would capture Lashkar Gah within weeks."
ATTACK = "Taliban fighters attacked Kunduz city on Sunday."
ATTACK_DISTRICT = "Taliban fighters attacked Garmsir district."


def _promise(store, published="2021-07-12"):
    c = T.claim(PROMISE, "would not attack provincial capitals until September 11", "commitment",
                speaker="Zabihullah Mujahid", organisation="Taliban", deadline="2021-09-11")
    _add(store, PROMISE, "promise", None, published=published, claims=[c])


def test_commitment_broken_by_an_attack_on_a_provincial_capital(store):
    _promise(store)
    _add(store, ATTACK_DISTRICT, "d", _clash("attacked Garmsir district", date="2021-07-20"))  # not a capital
    [row] = api.ledger(store)
    assert row.status == "open"  # the newest event (July 20) is before the deadline
    _add(store, ATTACK, "k", _clash("attacked Kunduz city", where="Kunduz", date="2021-08-01"))
    [row] = api.ledger(store)
    assert row.status == "broken" and "Kunduz on 2021-08-01" in row.reason
    assert len(row.evidence_event_ids) == 1


def test_a_quiet_deadline_is_undetermined_not_kept(store):
    # Issue 14: no stored attack is no evidence that none happened.
    _promise(store)
    _add(store, ATTACK_DISTRICT, "d", _clash("attacked Garmsir district", date="2021-09-20"))
    [row] = api.ledger(store)
    assert row.status == "undetermined" and row.evidence_event_ids == []
    assert row.reason == ("deadline 2021-09-11 passed: the store's reports of events naming Taliban reach 2021-09-20, "
                          "but none reports the attack on provincial capitals between 2021-07-12 and 2021-09-11, "
                          "nor that none happened; no report is not evidence either way")
    # Asked as of a date before the deadline, the same record is still open.
    assert api.ledger(store, as_of="2021-08-01")[0].status == "open"


def test_a_promise_not_to_attack_is_kept_by_a_report_after_the_deadline_that_none_happened(store):
    _promise(store)
    _add(store, ATTACK_DISTRICT, "d", _clash("attacked Garmsir district", date="2021-09-20"))
    text = "A UN envoy said the Taliban did not attack any provincial capitals before the September deadline."
    report = T.claim(text, "the Taliban did not attack any provincial capitals before the September deadline",
                     "statement", speaker="UN envoy", places=())
    _add(store, text, "un", _clash("attack any provincial capitals", date="2021-09-13",
                                   where="Afghanistan", sub="Armed clash") | {"modality": "negated"},
         published="2021-09-14", claims=[report])
    [row] = api.ledger(store)
    assert row.status == "kept"
    assert row.reason.startswith("UN envoy said on 2021-09-14: “the Taliban did not attack")
    assert row.evidence_claim_ids and row.evidence_event_ids == []


def test_prediction_kept_by_the_event_it_foresaw(store):
    c = T.claim(FORECAST, "the Taliban would capture Lashkar Gah within weeks", "prediction",
                speaker="governor", organisation="Government of Afghanistan", deadline="2021-08-31", places=("Lashkar Gah",))
    _add(store, FORECAST, "f", None, published="2021-07-12", claims=[c])
    text = "The Taliban took control over Lashkar Gah."
    _add(store, text, "lg", _clash("took control over Lashkar Gah", where="Lashkar Gah", date="2021-08-13",
                                   sub="Non-state actor overtakes territory"))
    other = "Islamic State fighters took control over Lashkar Gah."
    _add(store, other, "is", _clash("took control over Lashkar Gah", where="Lashkar Gah", date="2021-08-10",
                                    actor1="Islamic State Khorasan Province", sub="Non-state actor overtakes territory"))
    [row] = api.ledger(store)
    assert row.status == "kept" and "2021-08-13" in row.reason  # not the capture by another group


def test_unreadable_commitment_is_undetermined_after_its_deadline(store):
    text = "Officials said the road would be reopened by August 1. Taliban fighters attacked Garmsir district."
    c = T.claim(text, "the road would be reopened by August 1", "commitment", deadline="2021-08-01")
    _add(store, text, "r", _clash("attacked Garmsir district", date="2021-08-10"), claims=[c])
    [row] = api.ledger(store)
    assert row.status == "undetermined"


def test_a_month_dated_report_in_the_store_still_meets_a_precise_one_weeks_later(store):
    # The stored incident spans July (a "wide" window), so only the date_end look-up can find it.
    _add(store, CLASH, "wire-a", {**_clash("attacked an army post in Garmsir"), "date": "2021-07-01",
                                  "date_end": "2021-07-31", "precision": "month"})
    _add(store, CLASH_B, "local-b", _clash("stormed a checkpoint in Garmsir district", date="2021-07-20"))
    _add(store, OTHER, "wire-b", _clash("attacked an army post in Garmsir", actor1="Islamic State Khorasan Province",
                                        date="2021-07-20"))
    [isk, taliban] = sorted(store.incidents(), key=lambda i: i.reports)
    assert (taliban.reports, taliban.date_start, taliban.date_end) == (2, "2021-07-20", "2021-07-20")
    assert isk.reports == 1
    assert store.rebuild_incidents() == 2


def test_reports_from_elsewhere_do_not_close_a_commitment(store):
    # The promise is about Afghanistan; only a report from Texas reaches past its deadline,
    # which says nothing about whether it was kept.
    text = PROMISE + " Afghanistan"
    c = T.claim(text, "would not attack provincial capitals until September 11", "commitment",
                speaker="Zabihullah Mujahid", organisation="Taliban", deadline="2021-09-11", places=("Afghanistan",))
    _add(store, text, "promise", None, claims=[c])
    dallas = "Gunmen attacked Garmsir district near Dallas."
    _add(store, dallas, "tx", _clash("attacked Garmsir district", where="Dallas", date="2021-10-01"))
    [row] = api.ledger(store)
    assert row.status == "open" and row.countries == ["AF"] and row.known_until is None
    assert "the store has no dated reports from AF (named in the claim)" in row.reason
    _add(store, ATTACK_DISTRICT, "af", _clash("attacked Garmsir district", date="2021-09-20"))
    [row] = api.ledger(store)
    assert (row.status, row.known_until) == ("undetermined", "2021-09-20")


def test_a_withdrawal_not_reported_is_not_a_broken_policy(store):
    # Issue 14: "withdrawal completed by August 31" was marked broken because no withdrawal event was stored.
    text = "US officials said the withdrawal of the troops should be completed on August 31, 2021, in Afghanistan."
    c = T.claim(text, "the withdrawal of the troops should be completed on August 31, 2021", "policy decision",
                speaker="US officials", deadline="2021-08-31", places=("Afghanistan",))
    _add(store, text, "policy", None, claims=[c])
    _add(store, ATTACK_DISTRICT, "af", _clash("attacked Garmsir district", date="2021-10-01"))
    [row] = api.ledger(store)
    assert row.status == "undetermined" and "none reports the withdrawal" in row.reason
    done = "The last US troops withdrew from Afghanistan on Monday."
    _add(store, done, "done", dict(evidence="The last US troops withdrew from Afghanistan", where="Afghanistan",
                                   event_type="Strategic developments", sub_event_type="Other", date="2021-08-30"),
         published="2021-08-31")
    [row] = api.ledger(store)
    assert row.status == "kept" and row.reason == "Other in Afghanistan on 2021-08-30"


def test_a_withdrawal_first_reported_after_its_deadline_is_late(store):
    text = "US officials said the withdrawal of the troops should be completed on August 31, 2021, in Afghanistan."
    c = T.claim(text, "the withdrawal of the troops should be completed on August 31, 2021", "policy decision",
                speaker="US officials", deadline="2021-08-31", places=("Afghanistan",))
    _add(store, text, "policy", None, claims=[c])
    late = "The last US troops withdrew from Afghanistan on Friday."
    _add(store, late, "late", dict(evidence="The last US troops withdrew from Afghanistan", where="Afghanistan",
                                   event_type="Strategic developments", sub_event_type="Other", date="2021-09-10"),
         published="2021-09-11")
    [row] = api.ledger(store)
    assert row.status == "broken"
    assert row.reason == "first withdrawal reported after the deadline 2021-08-31: Other in Afghanistan on 2021-09-10"


def test_an_attack_elsewhere_does_not_break_a_promise_about_afghanistan(store):
    text = PROMISE + " Afghanistan"
    c = T.claim(text, "would not attack provincial capitals until September 11", "commitment",
                speaker="Zabihullah Mujahid", organisation="Taliban", deadline="2021-09-11", places=("Afghanistan",))
    _add(store, text, "promise", None, claims=[c])
    dallas = "Taliban fighters attacked Dallas."
    _add(store, dallas, "tx", _clash("attacked Dallas", where="Dallas", date="2021-08-01"))
    [row] = api.ledger(store)
    assert row.status == "open" and row.evidence_event_ids == []


def test_evidence_both_ways_is_undetermined(store):
    _promise(store)
    _add(store, ATTACK, "k", _clash("attacked Kunduz city", where="Kunduz", date="2021-08-01"))
    text = "Zabihullah Mujahid said Taliban fighters did not attack any provincial capitals."
    denial = T.claim(text, "Taliban fighters did not attack any provincial capitals", "denial",
                     speaker="Zabihullah Mujahid", organisation="Taliban")
    _add(store, text, "denial", None, published="2021-09-12", claims=[denial])
    _add(store, ATTACK_DISTRICT, "af", _clash("attacked Garmsir district", date="2021-09-20"))
    [row] = api.ledger(store)
    assert row.status == "undetermined" and row.reason.startswith("the evidence conflicts: ")
    assert "Armed clash in Kunduz on 2021-08-01" in row.reason and "Zabihullah Mujahid said on 2021-09-12" in row.reason


def test_show_and_ledger_give_one_deadline(store):
    from sitroom.records import DateValue

    text = "The governor said the Taliban would capture Lashkar Gah within weeks."
    c = T.claim(text, "the Taliban would capture Lashkar Gah within weeks", "prediction", speaker="governor",
                places=("Lashkar Gah",))
    c.deadline = DateValue(start="2021-07-12", end="2021-08-12", precision="range")
    _add(store, text, "f", None, claims=[c])
    [claim] = store.claims()
    [row] = api.ledger(store)
    assert claim.deadline == row.deadline == "2021-08-12"
    assert claim.model_dump()["deadline"] == "2021-08-12"


def test_two_stories_from_one_outlet_are_one_source(store):
    """Two wire stories of one clash from the same agency corroborate nothing: one source, two reports;
    a third outlet makes two. A copy carried by another outlet still counts with its original."""
    a = _add(store, CLASH, "Reuters", _clash("attacked an army post in Garmsir", fatalities=5))
    _add(store, CLASH_B, "reuters ", _clash("stormed a checkpoint in Garmsir district", date="2021-07-12"))
    _add(store, CLASH_COPY, "mirror", _clash("attacked an army post in Garmsir", fatalities=5), duplicate_of=a)
    [incident] = store.incidents()
    assert (incident.reports, incident.sources) == (3, 1)
    assert store.incidents(min_sources=2) == []
    _add(store, "Afghan officials said Taliban fighters stormed the Garmsir checkpoint.", "Pajhwok",
         _clash("stormed the Garmsir checkpoint", date="2021-07-12"))
    [incident] = store.incidents(min_sources=2)
    assert (incident.reports, incident.sources) == (4, 2)
