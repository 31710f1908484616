"""`sitroom extract`: the JSONL contract every benchmark relies on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SEED_PUBLISHED

PLACE_FIELDS = {"text", "start", "end", "name", "lat", "lon", "level", "country", "admin1", "admin2", "confidence"}
EVENT_FIELDS = {"event_type", "sub_event_type", "confidence", "actor1", "actor2", "location", "date",
                "fatalities", "injured", "arrested", "modality", "source", "evidence"}


def run_extract(tmp_path, lines: list[str], *args: str):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "sitroom", "extract", "--input", str(src), "--output", str(out), *args],
        capture_output=True, text=True, timeout=600,
    )
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return proc, results


@pytest.mark.slow
def test_extract_seed_contract(tmp_path, seed_text):
    proc, results = run_extract(tmp_path, [json.dumps({"id": "seed", "text": seed_text, "published": SEED_PUBLISHED})])
    assert proc.returncode == 0, proc.stderr
    [doc] = results
    assert doc["id"] == "seed"
    assert doc["published"] == {"value": SEED_PUBLISHED, "source": "metadata", "inferred": False, "note": None}
    assert doc["language"] == "en"
    assert doc["places"] and doc["events"] and doc["claims"]
    for place in doc["places"]:
        assert PLACE_FIELDS <= set(place)
        assert seed_text[place["start"]:place["end"]] == place["text"]
        assert place["extractor"]
    for event in doc["events"]:
        assert EVENT_FIELDS <= set(event)
        ev = event["evidence"]
        assert seed_text[ev["start"]:ev["end"]] == ev["text"]
        assert isinstance(ev["sentence"], int)
        assert set(event["date"]) >= {"start", "end", "precision"}
    # every record names the content version of the stage that made it, nested places too
    stage_versions = set(doc["extractor_version"].split("+", 1)[1].split(","))
    located = [e["location"] for e in doc["events"] if e["location"]]
    assert located
    for item in [*doc["places"], *doc["events"], *doc["claims"], *located]:
        assert item["extractor"] in stage_versions, item["extractor"]
    for claim in doc["claims"]:
        assert seed_text[claim["quote"]["start"]:claim["quote"]["end"]] == claim["quote"]["text"]
    assert doc["extractor_version"].startswith("sitroom-")


@pytest.mark.slow
def test_extract_undated_seed_infers_2021(tmp_path, seed_text):
    proc, [doc] = run_extract(tmp_path, [json.dumps({"id": "seed", "text": seed_text})])
    assert proc.returncode == 0, proc.stderr
    published = doc["published"]
    assert published["source"] == "inferred" and published["inferred"] is True
    assert published["value"].startswith("2021-") and published["value"] <= "2021-07-16"


@pytest.mark.slow
def test_extract_bad_lines_reported_and_batch_carries_on(tmp_path):
    good = json.dumps({"id": "a", "text": "Taliban fighters captured the district centre on Monday, officials said."})
    proc, results = run_extract(tmp_path, [good, "this is not json", json.dumps({"id": "b"}), json.dumps({"id": "c", "text": "Police arrested 12 protesters in Kabul."})])
    assert proc.returncode == 1
    assert "in.jsonl:2: " in proc.stderr and "in.jsonl:3: field text" in proc.stderr
    assert [r["id"] for r in results] == ["a", "c"]


@pytest.mark.slow
def test_extract_jobs_keeps_order_and_results(tmp_path, seed_text):
    lines = [json.dumps({"id": str(i), "text": seed_text, "published": SEED_PUBLISHED}) for i in range(4)]
    proc1, one = run_extract(tmp_path, lines, "--jobs", "1")
    proc2, two = run_extract(tmp_path, lines, "--jobs", "2")
    assert proc1.returncode == proc2.returncode == 0
    assert [r["id"] for r in two] == ["0", "1", "2", "3"]
    assert one == two


def test_extract_stdin_stdout(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "sitroom", "extract"], input="", capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0
    assert proc.stdout == ""
    assert "extracted 0 documents, 0 failed" in proc.stderr


@pytest.mark.slow
def test_extract_names_each_unusable_line_and_writes_the_others(tmp_path):
    # Issue 14: a line nested 100,000 deep or holding a 5,000-digit number dropped every later line.
    lines = [json.dumps({"id": "a", "text": "Taliban fighters captured the district centre on Monday, officials said."}),
             "[" * 100_000 + "]" * 100_000,
             '{"id": "x", "text": "y", "n": ' + "1" * 5000 + "}",
             json.dumps({"id": {"nested": 1}, "text": "An object as id."}),
             json.dumps({"id": "t", "text": "A title that is a list.", "title": ["a", "b"]}),
             '{"id": "s", "text": "Police arrested 12 protesters in Kabul \\ud800 on Monday."}',
             json.dumps({"id": "c", "text": "Police arrested 12 protesters in Kabul."})]
    proc, results = run_extract(tmp_path, lines)
    assert proc.returncode == 1
    src = tmp_path / "in.jsonl"
    assert proc.stderr.splitlines() == [
        f"Error: {src}:2: line is not JSON (nested more than 200 levels deep)",
        f"Error: {src}:3: line is not JSON (a number with more than 4,300 digits)",
        f"Error: {src}:4: field id: Input should be a valid string",
        f"Error: {src}:5: field title: Input should be a valid string",
        "extracted 3 documents, 4 failed",  # local and Ray word these alike
    ]
    assert [r["id"] for r in results] == ["a", "s", "c"]  # the lone surrogate became U+FFFD
