"""`sitroom control`, `sitroom ledger`, `sitroom incidents` over a hand-built store (no spaCy)."""

from __future__ import annotations

import json

import pytest

from sitroom.api import open_store
from sitroom.store import testing as T
from tests.cli._filled_db import run, run_process

CLASH = "Taliban fighters attacked an army post in Garmsir, killing 5 soldiers."
CLASH_B = "Twelve soldiers died when the Taliban stormed a checkpoint in Garmsir district."
CLASH_COPY = "Taliban fighters attacked an army post in Garmsir, killing 5 soldiers!"
TAKEN = "The Taliban took control over Garmsir district."
CLAIMED = "The Taliban say Kunduz is under their control."
PROMISE = "Taliban spokesman Zabihullah Mujahid said they would not attack provincial capitals until September 11."
ATTACK = "Taliban fighters attacked Kunduz city on Sunday."


def _add(store, text, uri, published, events=(), claims=(), duplicate_of=None):
    x = T.extraction(published=published, events=events, claims=claims)
    return store.add_document(T.source(text, uri=uri, source=uri), T.published(published), "en", x,
                              duplicate_of=duplicate_of)


def _battle(text, evidence, date, sub="Armed clash", where="Garmsir", fatalities=None):
    return T.event(text, evidence, "Battles", sub, actor1="Taliban", actor2="Military Forces of Afghanistan",
                   where=where, date=date, fatalities=fatalities)


@pytest.fixture
def wide(monkeypatch):
    """A terminal wide enough that phrases in table cells are not wrapped."""
    monkeypatch.setenv("COLUMNS", "220")


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "fusion.db")
    with open_store(path) as store:
        a = _add(store, CLASH, "Wire A", "2021-07-12", [_battle(CLASH, "attacked an army post in Garmsir", "2021-07-11", fatalities=5)])
        _add(store, CLASH_B, "Local B", "2021-07-12",
             [_battle(CLASH_B, "stormed a checkpoint in Garmsir district", "2021-07-12", fatalities=12)])
        _add(store, CLASH_COPY, "Mirror", "2021-07-12",
             [_battle(CLASH_COPY, "attacked an army post in Garmsir", "2021-07-11", fatalities=5)], duplicate_of=a)
        _add(store, TAKEN, "Wire C", "2021-07-16",
             [_battle(TAKEN, "took control over Garmsir district", "2021-07-16", sub="Non-state actor overtakes territory")])
        _add(store, CLAIMED, "Wire D", "2021-07-15", claims=[
            T.claim(CLAIMED, "Kunduz is under their control", "territorial control", speaker="Zabihullah Mujahid",
                    organisation="Taliban", places=("Kunduz",), controller="Taliban")])
        _add(store, PROMISE, "Wire E", "2021-07-12", claims=[
            T.claim(PROMISE, "would not attack provincial capitals until September 11", "commitment",
                    speaker="Zabihullah Mujahid", organisation="Taliban", deadline="2021-09-11")])
        _add(store, ATTACK, "Wire F", "2021-08-02", [_battle(ATTACK, "attacked Kunduz city", "2021-08-01", where="Kunduz")])
    return path


def test_control_as_of_a_date_with_evidence_and_claimed_only(db):
    rows = json.loads(run("control", "--db", db, "--as-of", "2021-07-20", "--format", "json").output)
    by_place = {r["place"]: r for r in rows}
    assert by_place["Garmsir"]["controller"] == "Taliban" and not by_place["Garmsir"]["claimed_only"]
    assert by_place["Garmsir"]["evidence"][0]["text"] == "took control over Garmsir district"
    assert by_place["Kunduz"]["claimed_only"] and by_place["Kunduz"]["since"] == "2021-07-15"
    assert json.loads(run("control", "--db", db, "--as-of", "2021-07-10", "--format", "json").output) == []
    only = json.loads(run("control", "--db", db, "--as-of", "2021-07-20", "--place", "helmand", "--format", "json").output)
    assert [r["place"] for r in only] == ["Garmsir"]


def test_control_table_says_claimed_only(db, wide):
    result = run("control", "--db", db, "--as-of", "2021-07-20")
    assert result.exit_code == 0, result.output
    assert "Control of 2 places as of 2021-07-20" in result.output
    assert "claimed only" in result.output and "took control over Garmsir" in result.output


def test_ledger_marks_the_promise_broken_by_the_attack_on_a_capital(db, wide):
    [row] = json.loads(run("ledger", "--db", db, "--format", "json").output)
    assert (row["speaker"], row["deadline"], row["status"]) == ("Zabihullah Mujahid", "2021-09-11", "broken")
    assert row["quote"] == "would not attack provincial capitals until September 11"
    assert json.loads(run("ledger", "--db", db, "--format", "json", "--status", "kept").output) == []
    table = run("ledger", "--db", db).output
    assert "Zabihullah Mujahid" in table and "broken" in table and "2021-09-11" in table


def test_incidents_count_independent_sources(db, wide):
    rows = json.loads(run("incidents", "--db", db, "--min-sources", "2", "--format", "json").output)
    [clash] = rows
    assert (clash["sources"], clash["reports"], clash["fatalities"]) == (2, 3, [5, 12])
    every = json.loads(run("incidents", "--db", db, "--format", "json").output)
    assert [r["location_name"] for r in every] == ["Kunduz", "Garmsir", "Garmsir"]  # newest first
    assert [r["sources"] for r in every] == [1, 1, 2]
    assert json.loads(run("incidents", "--db", db, "--min-sources", "3", "--format", "json").output) == []
    table = run("incidents", "--db", db, "--min-sources", "2").output
    assert "2 sources" in table and "killed: 5 or 12" in table


def test_bad_options_fail_with_one_line(db):
    proc = run_process("control", "--db", db, "--as-of", "last week")
    assert proc.returncode == 2 and proc.stderr.strip() == "Error: --as-of: 'last week' is not a date (YYYY-MM-DD)"
    proc = run_process("ledger", "--db", db, "--format", "xml")
    assert proc.returncode == 2 and proc.stderr.strip() == "Error: --format: 'xml' is not one of table, json"


def test_incidents_rebuild_fuses_again_and_says_so(db):
    result = run("incidents", "--db", db, "--rebuild", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == "fused 5 events into 3 incidents\n"
    assert [r["reports"] for r in json.loads(result.stdout)] == [1, 1, 3]
