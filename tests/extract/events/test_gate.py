"""Quality gate: a small, fast subset of `sitroom bench events` that fails below the pinned floors.

Subset: the seed article (gold copied beside this file), every third held-out written report, and the
PLOVER sentences mapped to ACLED when ../shared is present. Floors (floors.json) were pinned a little
below the figures measured when they were set; raise them when the extractor improves.
"""

import json
from pathlib import Path

import pytest

from sitroom.evaluation import events as bench
from tests.conftest import ROOT, SHARED

pytestmark = [pytest.mark.gate, pytest.mark.slow]

HERE = Path(__file__).parent
WRITTEN = ROOT / "data" / "events" / "reports.jsonl"
PLOVER_MAP = ROOT / "data" / "events" / "plover_acled.json"
FLOORS = json.loads((HERE / "floors.json").read_text())


@pytest.fixture(scope="module")
def seed_figures(pipeline, seed_text):
    gold = json.loads((HERE / "seed_gold_events.json").read_text(encoding="utf-8"))
    evs = []
    for e in gold["events"]:
        label = bench.SEED_LABELS.get(e["id"], f"{e['event_type']} / {e['sub_event_type'].split(' (')[0]}")
        rng = e["date"].get("range")
        evs.append(bench.GoldEvent(label=label, quote=e["quote"], actor1=e["actor1"].split(" (")[0],
                                   actor2=(e["actor2"] or "").split(" (")[0] or None, location=e["location"]["name"],
                                   date=tuple(rng) if rng else None, modality=e["modality"].split(" (")[0],
                                   core=e["core"], id=e["id"]))
    doc = bench.GoldDoc("seed", seed_text, gold["publication_date"], None, evs)
    results, _, _ = bench.extract([doc], pipeline)
    return bench.score_seed(doc, results[0])


def test_seed_core_events(seed_figures):
    assert seed_figures["core_right"] == seed_figures["core_total"] == 3, seed_figures["events"]


# Issue 11 replaced the classifier trained on written templates by a detector trained on real news. The
# figures below, on the seed's non-core items and on text we wrote or PLOVER's one-sentence examples, dropped
# (see floors.json "dropped"). Their floors are kept, not lowered: these tests fail again (strict) as soon as
# a figure is back above its floor, so that the marker goes and the floor holds.
DROPPED = pytest.mark.xfail(strict=True, reason="dropped with the real-news detector (issue 11); floors.json 'dropped'")


@DROPPED
def test_seed_recall(seed_figures):
    assert seed_figures["recall"] >= FLOORS["seed_recall"]


@DROPPED
def test_written_held_out_reports(pipeline):
    docs = bench.written_docs(WRITTEN, "test")[::3]
    results, _, _ = bench.extract(docs, pipeline)
    f = bench.score(docs, results)
    for key in ("weighted_f1", "macro_f1", "date_exact", "fatalities_exact", "actor", "place"):
        assert f[key] >= FLOORS["written_test"][key], (key, f[key])


@pytest.mark.skipif(not (SHARED / "devdata" / "plover").exists(), reason="../shared/devdata absent")
def test_plover_mapped_sentences(pipeline):  # back above its floor on 2026-12-04 (floors.json "dropped")
    docs = bench.plover_docs(SHARED / "devdata", PLOVER_MAP)
    results, _, _ = bench.extract(docs, pipeline)
    f = bench.score(docs, results)
    assert f["weighted_f1"] >= FLOORS["plover"]["weighted_f1"], f["weighted_f1"]
