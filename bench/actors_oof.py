"""Re-run the working tree's actors stage on a rules_oof cache's parsed articles (never the test split: the cache holds
train and dev only), print the train articles whose actor mentions changed, and write the cache with them to another
folder, so that bench/rules_oof.py measures an actors change out of fold:

    PYTHONPATH=src python bench/actors_oof.py /tmp/oof_NAME /tmp/oof_NAME_actors
    (the fold detectors, built_from.json and saved runs are copied along: bench/stage_rerun.py)

The places and times stages are not re-run (the cached places are read as the actors stage reads them)."""

from __future__ import annotations

import sys
from pathlib import Path

from sitroom.extract.actors.catalogue import DOC_KEY, load_catalogue
from sitroom.extract.actors.stage import extract_actors
from stage_rerun import rerun


def main(src: Path, dst: Path, corpus: Path = Path("data/annotated")) -> None:
    cat = load_catalogue()

    def redo(ctx, doc):
        kept, ctx.doc = ctx.doc, doc  # (the cache keeps the doc beside its context)
        doc.user_data[DOC_KEY] = cat
        try:
            return extract_actors(ctx, cat)
        finally:
            doc.user_data.pop(DOC_KEY, None)  # as the cache keeps it: later stages load the catalogue again
            ctx.doc = kept

    rerun(src, dst, corpus, "actors", redo, lambda m: (m.start, m.end, m.name, m.kind, m.country, m.organisation))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
