"""The morning brief's four sections over hand-built reports, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom import api
from sitroom.fuse.brief import parse_since, parse_until
from sitroom.store import testing as T

A = ("Taliban fighters captured Garmsir district on 10 July 2021. "
     "Zabihullah Mujahid said the Taliban now control Garmsir. "
     "The governor promised that the Taliban would be driven out of Kunduz by 12 July 2021.")
B = ("The Taliban said they now control all of Garmsir. "
     "An airstrike in Lashkar Gah killed five militants on 11 July 2021. "
     "Residents protested in Kunduz on 2 July 2021 against the fighting. "
     "Officials denied that fighters attacked Kandahar on 11 July 2021.")
C = "A commander said Kandahar would fall within a week, according to a statement on Sunday."
OLD = "Fighters attacked a checkpoint in Kandahar on 1 June 2021."
WEEK = (dt.date(2021, 7, 10), dt.date(2021, 7, 12))


@pytest.fixture
def ids(store):
    out = {}
    out["a"] = store.add_document(
        T.source(A, uri="test://a", title="Taliban take Garmsir", source="Pajhwok", url="https://example.org/a"),
        T.published("2021-07-10"), "en", T.extraction(published="2021-07-10", events=[
            T.event(A, "Taliban fighters captured Garmsir district on 10 July 2021.", "Battles",
                    "Non-state actor overtakes territory", actor1="Taliban", actor2="Military Forces of Afghanistan",
                    where="Garmsir", date="2021-07-10")],
            claims=[T.claim(A, "the Taliban now control Garmsir", "territorial control", speaker="Zabihullah Mujahid",
                            organisation="Taliban", places=("Garmsir",), controller="Taliban"),
                    T.claim(A, "the Taliban would be driven out of Kunduz by 12 July 2021", "commitment",
                            speaker="the governor", deadline="2021-07-12", modality="asserted")]))
    out["b"] = store.add_document(
        T.source(B, uri="test://b", title="Air strike in Lashkar Gah", source="Tolo News"),
        T.published("2021-07-11"), "en", T.extraction(published="2021-07-11", events=[
            T.event(B, "An airstrike in Lashkar Gah killed five militants on 11 July 2021.",
                    "Explosions/Remote violence", "Air/drone strike", actor1="Military Forces of Afghanistan",
                    actor2="Taliban", where="Lashkar Gah", date="2021-07-11", fatalities=5),
            T.event(B, "Residents protested in Kunduz on 2 July 2021 against the fighting.", "Protests",
                    "Peaceful protest", actor1="Civilians (Afghanistan)", where="Kunduz", date="2021-07-02"),
            T.event(B, "fighters attacked Kandahar on 11 July 2021", "Battles", "Armed clash", actor1="Taliban",
                    where="Kandahar", date="2021-07-11", modality="denied")],
            claims=[T.claim(B, "they now control all of Garmsir", "territorial control", speaker="Taliban",
                            organisation="Taliban", places=("Garmsir",), controller="Taliban")]))
    out["c"] = store.add_document(T.source(C, uri="test://c", source="Ariana"), T.published("2021-07-12"), "en",
                                  T.extraction(published="2021-07-12", claims=[
                                      T.claim(C, "Kandahar would fall within a week", "prediction",
                                              speaker="A commander")]))
    # A syndicated copy of C: it repeats the claim, but is no second source.
    copy = C + " (Reprinted.)"
    out["c_copy"] = store.add_document(T.source(copy, uri="test://c-copy", source="Ariana Mirror"),
                                       T.published("2021-07-12"), "en",
                                       T.extraction(published="2021-07-12", claims=[
                                           T.claim(copy, "Kandahar would fall within a week", "prediction",
                                                   speaker="A commander")]), duplicate_of=out["c"])
    out["old"] = store.add_document(T.source(OLD, uri="test://old"), T.published("2021-06-02"), "en",
                                    T.extraction(published="2021-06-02", events=[
                                        T.event(OLD, OLD, "Battles", "Armed clash", actor1="Taliban",
                                                where="Kandahar", date="2021-06-01")]))
    return out


def test_new_events_are_those_dated_or_reported_in_the_window_grouped_by_place(store, ids):
    brief = api.brief(store, *WEEK)
    events = {e.sub_event_type: e for g in brief.places for e in g.events}
    # The protest of 2 July is news: a document published in the window reports it. The June clash is not;
    # the denied attack did not happen.
    assert set(events) == {"Non-state actor overtakes territory", "Air/drone strike", "Peaceful protest"}
    assert [(g.place, g.by_type) for g in brief.places] == [
        ("Lashkar Gah", {"Explosions/Remote violence": 1}), ("Garmsir", {"Battles": 1}), ("Kunduz", {"Protests": 1})]
    strike = events["Air/drone strike"]
    assert (strike.fatalities, strike.sources, strike.evidence.document_id, strike.evidence.text) == (
        5, 1, ids["b"], "An airstrike in Lashkar Gah killed five militants on 11 July 2021.")
    assert strike.evidence.event_id == strike.event_id and strike.evidence.sentence == 1
    assert brief.totals["events"] == 3 and brief.totals["documents"] == 4


def test_control_changes_in_the_window(store, ids):
    brief = api.brief(store, *WEEK)
    [change] = brief.control_changes
    assert (change.place, change.before, change.after, change.since) == ("Garmsir", None, "Taliban", "2021-07-10")
    assert change.evidence.document_id in (ids["a"], ids["b"])
    # The day after, Garmsir has not changed hands again.
    assert api.brief(store, dt.date(2021, 7, 13), dt.date(2021, 7, 14)).control_changes == []


def test_single_source_claims_leave_out_corroborated_ones_and_copies(store, ids):
    brief = api.brief(store, *WEEK)
    listed = [(c.kind, c.speaker, c.quote, c.source) for c in brief.single_source_claims]
    # Both Garmsir control claims come from the Taliban, in two outlets: they corroborate each other.
    # The prediction is repeated only by a syndicated copy of its document: one source, listed once.
    assert listed == [
        ("commitment", "the governor", "the Taliban would be driven out of Kunduz by 12 July 2021", "Pajhwok"),
        ("prediction", "A commander", "Kandahar would fall within a week", "Ariana"),
    ]
    commitment = brief.single_source_claims[0]
    assert commitment.evidence.document_url == "https://example.org/a" and commitment.evidence.sentence == 2


def test_a_claims_evidence_is_its_clause_with_speaker_and_verb(store, ids):
    # "a safe withdrawal for the American troops" alone does not read as a commitment (review 3 #30)
    text = "Talks went on in Doha. The Taliban guaranteed a safe withdrawal for the American troops."
    claim = T.claim(text, "a safe withdrawal for the American troops", "commitment", speaker="Taliban")
    claim = claim.model_copy(update={"start": text.index("The Taliban")})
    store.add_document(T.source(text, uri="test://d", source="Sputnik"), T.published("2021-07-11"), "en",
                       T.extraction(published="2021-07-11", claims=[claim]))
    brief = api.brief(store, *WEEK)
    listed = next(c for c in brief.single_source_claims if c.source == "Sputnik")
    assert listed.quote == "a safe withdrawal for the American troops"
    assert listed.evidence.text == "The Taliban guaranteed a safe withdrawal for the American troops"
    assert text[listed.evidence.start:listed.evidence.end] == listed.evidence.text


def test_deadlines_in_the_window_carry_the_ledgers_verdict(store, ids):
    brief = api.brief(store, *WEEK)
    [row] = brief.deadlines
    ledger_row = next(r for r in api.ledger(store, as_of=WEEK[1]) if r.claim_id == row.claim_id)
    assert (row.deadline, row.status, row.reason) == ("2021-07-12", ledger_row.status, ledger_row.reason)
    assert row.evidence.document_id == ids["a"] and row.evidence.text.startswith("the Taliban would be driven out")
    assert api.brief(store, dt.date(2021, 7, 13), dt.date(2021, 7, 20)).deadlines == []


def test_the_limit_cuts_lines_but_not_the_totals(store, ids):
    brief = api.brief(store, *WEEK, limit=1)
    assert sum(len(g.events) for g in brief.places) == 1 and len(brief.single_source_claims) == 1
    assert brief.totals["events"] == 3 and brief.totals["single_source_claims"] == 2


NOW = dt.datetime(2021, 7, 12, 8, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("value, day", [
    ("yesterday", "2021-07-11"), ("today", "2021-07-12"), ("24h", "2021-07-11"), ("48h", "2021-07-10"),
    ("7d", "2021-07-06"), ("1d", "2021-07-12"), ("2021-07-01", "2021-07-01"), (" Yesterday ", "2021-07-11"),
])
def test_since(value, day):
    assert parse_since(value, NOW).isoformat() == day


@pytest.mark.parametrize("value, day", [
    ("yesterday", "2021-07-13"), ("today", "2021-07-14"), ("24h", "2021-07-13"), ("7d", "2021-07-08"),
    ("2021-07-01", "2021-07-01"),
])
def test_since_counts_back_from_until_when_given(value, day):
    # `--until 2021-07-14` alone is the day before it to it, not "yesterday" (in 2026) to 2021.
    assert parse_since(value, NOW, dt.date(2021, 7, 14)).isoformat() == day


def test_bad_since_and_until_say_what_is_accepted():
    with pytest.raises(ValueError, match=r"^'last week' is not a date: use YYYY-MM-DD, yesterday, today, or a span "
                                         r"such as 24h or 7d$"):
        parse_since("last week", NOW)
    with pytest.raises(ValueError, match=r"^'0d' is an empty span: use 1h or more, 1d or more$"):
        parse_since("0d", NOW)
    # A YYYY-MM-DD that is no real day says why, in the words every other command uses.
    with pytest.raises(ValueError, match=r"^'2021-13-01' is not a real date: month must be in 1\.\.12$"):
        parse_until("2021-13-01", NOW)
    with pytest.raises(ValueError, match=r"^'2021-02-30' is not a real date: day is out of range for month$"):
        parse_since("2021-02-30", NOW)
    with pytest.raises(ValueError, match=r"^'tomorrow' is not a date: use YYYY-MM-DD, today or yesterday$"):
        parse_until("tomorrow", NOW)
    assert parse_until(None, NOW) == dt.date(2021, 7, 12)
