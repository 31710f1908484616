"""Quality gate for claims on real news: the frozen test split of the annotated corpus (data/annotated; the
articles annotated for claims among its 81 test articles). Fails below the floors pinned in
claims_real_floors.json, set a little below the figures measured when they were pinned; they only rise.
The split is reported, never tuned on: develop with `sitroom bench claims --split train --split dev --errors`."""

import json
from pathlib import Path

import pytest

from sitroom.evaluation import claims_real as cr
from tests.conftest import ROOT

pytestmark = [pytest.mark.gate, pytest.mark.slow]

FLOORS = json.loads((Path(__file__).parent / "claims_real_floors.json").read_text())
CORPUS = ROOT / "data" / "annotated"


@pytest.fixture(scope="module")
def figures():
    return cr.run_benchmark(CORPUS, ["test"])  # refuses a test split whose article ids moved


@pytest.mark.parametrize("key", sorted(k for k in FLOORS if k not in ("about", "deadlines_right")))
def test_claims_test_split_floor(figures, key):
    assert figures[key] is not None and figures[key] >= FLOORS[key], (key, figures[key], FLOORS[key])


def test_claims_test_split_deadlines(figures):
    dl = figures["deadlines"]
    assert dl["right"] >= FLOORS["deadlines_right"], dl
