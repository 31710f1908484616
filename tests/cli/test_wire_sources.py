"""Review finding 15: a report without an outlet of its own is the wire service's its dateline names; the
store keeps it as the document's source, the ACLED CSV shows it, and two agencies' reports of one
incident are two independent sources."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys

import pytest

REUTERS = ("LASHKAR GAH, Afghanistan, July 12, 2021 (Reuters) - Taliban fighters attacked an army post in Garmsir "
           "district of Helmand province on Sunday, killing five soldiers, a provincial official said.")
AP = ("KABUL, July 12, 2021 (AP) \u2014 Twelve soldiers died when the Taliban stormed a checkpoint in Garmsir "
      "district in southern Helmand province on Sunday, officials said.")
OWN = "KABUL, July 12, 2021 (AP) \u2014 Police arrested 12 protesters in Kabul on Sunday, officials said."


def sitroom(*args: str, cwd):
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


@pytest.mark.slow
def test_two_agencies_reports_of_one_clash_are_two_sources(tmp_path):
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "r1", "text": REUTERS}) + "\n" + json.dumps({"id": "a1", "text": AP}) + "\n"
        + json.dumps({"id": "o1", "text": OWN, "source": "Kabul Now"}) + "\n", encoding="utf-8")
    assert sitroom("ingest", "-q", "wire.jsonl", "--db", "s.db", cwd=tmp_path).returncode == 0
    con = sqlite3.connect(tmp_path / "s.db")
    # the record's own source wins over the dateline's agency
    assert con.execute("select source from documents order by id").fetchall() == [
        ("Reuters",), ("Associated Press",), ("Kabul Now",)]

    proc = sitroom("incidents", "--db", "s.db", "--min-sources", "2", "--format", "json", cwd=tmp_path)
    [incident] = json.loads(proc.stdout)
    assert (incident["sub_event_type"], incident["sources"], incident["reports"]) == ("Armed clash", 2, 2)
    assert incident["fatalities"] == [5, 12]

    assert sitroom("export", "--db", "s.db", "--format", "acled-csv", "-o", "e.csv", cwd=tmp_path).returncode == 0
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        clash = sorted(r["source"] for r in csv.DictReader(f) if r["sub_event_type"] == "Armed clash")
    assert clash == ["Associated Press", "Reuters"]
