"""Re-run the working tree's places stage on a rules_oof cache's parsed articles (never the test split: the cache holds
train and dev only), print the train articles whose place mentions changed, and write the cache with them to another
folder, so that bench/rules_oof.py measures a places change out of fold:

    PYTHONPATH=src python bench/places_oof.py /tmp/oof_NAME /tmp/oof_NAME_places
    (the fold detectors, built_from.json and saved runs are copied along: bench/stage_rerun.py)

The actors and times stages are not re-run (they read the cached places' predecessors)."""

from __future__ import annotations

import sys
from pathlib import Path

from sitroom.extract.places import extract_places
from sitroom.extract.places.gazetteer import get_gazetteer
from stage_rerun import rerun


def main(src: Path, dst: Path, corpus: Path = Path("data/annotated")) -> None:
    gaz = get_gazetteer()
    rerun(src, dst, corpus, "places", lambda ctx, doc: extract_places(doc, gaz, getattr(ctx, "sentence_index", None)),
          lambda p: (p.start, p.end, p.name, p.country, p.admin1, p.role))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
