"""Quality gate: geoparsing figures on small excerpts of GeoVirus and TR-News must not drop
below the floors pinned in geo_floors.json (in the manner of trafilatura's evaluation gate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA

FLOORS = json.loads((Path(__file__).parent / "geo_floors.json").read_text(encoding="utf-8"))
CORPORA = [name for name in FLOORS if name != "about"]

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.mark.parametrize("corpus", CORPORA)
def test_geoparsing_quality_stays_above_floors(corpus, nlp):
    from sitroom.evaluation.geo import read_corpus, run_benchmark

    path = DATA / "geo" / corpus
    if not path.exists():
        pytest.skip(f"{path} absent")
    figures = run_benchmark(read_corpus(str(path))).as_dict()
    below = {k: (figures[k], floor) for k, floor in FLOORS[corpus].items() if figures[k] < floor}
    assert not below, f"{corpus}: figures below their floors (measured, floor): {below}"
