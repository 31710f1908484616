"""`--actors FILE`: a user's actor catalogue extends the shipped one in extract, ingest and reextract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CATALOGUE = ("actors:\n"
             "  - {name: \"Kata'ib Sayyid al-Shuhada\", actor_type: political militia, inter: 3, country: IQ,"
             " aliases: [KSS, Kataib Sayyid al-Shuhada]}\n")
TEXT = "KSS militiamen clashed with Iraqi soldiers in Baiji on Sunday, killing four soldiers, police said."


def sitroom(*args: str, env_actors: str = ""):
    import os

    env = {**os.environ, "SITROOM_ACTORS": env_actors}
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True, timeout=600, env=env)


@pytest.fixture
def files(tmp_path):
    (tmp_path / "mine.yaml").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "k1", "published": "2023-03-14", "text": TEXT}) + "\n",
                                       encoding="utf-8")
    return tmp_path


def _actor1(out: str) -> str:
    events = json.loads(out.splitlines()[0])["events"]
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]
    return events[0]["actor1"]["name"]


@pytest.mark.slow
def test_extract_uses_the_users_catalogue(files):
    plain = sitroom("extract", "-i", str(files / "in.jsonl"))
    assert plain.returncode == 0, plain.stderr
    assert _actor1(plain.stdout) == "KSS"  # unknown: kept as written

    mine = sitroom("extract", "-i", str(files / "in.jsonl"), "--actors", str(files / "mine.yaml"))
    assert mine.returncode == 0, mine.stderr
    assert _actor1(mine.stdout) == "Kata'ib Sayyid al-Shuhada"
    assert json.loads(mine.stdout)["extractor_version"].split("+actors:")[1]  # the catalogue is part of the version


def test_a_missing_or_broken_catalogue_is_one_clear_error(files):
    (files / "bad.yaml").write_text("actors: [ {name: x", encoding="utf-8")
    for name, why in (("missing.yaml", "does not exist"), ("bad.yaml", "not valid YAML")):
        proc = sitroom("extract", "-i", str(files / "in.jsonl"), "--actors", str(files / name))
        assert proc.returncode == 1
        assert proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("Error: actor catalogue") and why in proc.stderr


@pytest.mark.slow
def test_reextract_with_a_new_catalogue_recodes_stored_documents(files):
    db = str(files / "s.db")
    doc = files / "kss.txt"
    doc.write_text(TEXT, encoding="utf-8")
    assert sitroom("ingest", str(doc), "--db", db, "--published", "2023-03-14", "-q").returncode == 0
    again = sitroom("reextract", "--db", db, "-q")
    assert "re-extracted 0 documents" in again.stdout  # nothing changed
    proc = sitroom("reextract", "--db", db, "-q", "--actors", str(files / "mine.yaml"))
    assert proc.returncode == 0, proc.stderr
    assert "re-extracted 1 document" in proc.stdout
    shown = sitroom("events", "--db", db, "--format", "json")
    assert "Kata'ib Sayyid al-Shuhada" in shown.stdout
