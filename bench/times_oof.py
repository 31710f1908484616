"""Re-run the working tree's times stage on a rules_oof cache's parsed articles (never the test split: the cache holds
train and dev only), print the train articles whose time mentions changed, and write the cache with them to another
folder, so that bench/rules_oof.py measures a times change out of fold:

    PYTHONPATH=src python bench/times_oof.py /tmp/oof_NAME /tmp/oof_NAME_times
    (the fold detectors, built_from.json and saved runs are copied along: bench/stage_rerun.py)

The places and actors stages are not re-run (they do not read the times)."""

from __future__ import annotations

import sys
from pathlib import Path

from sitroom.extract.time import make_time
from stage_rerun import rerun


def main(src: Path, dst: Path, corpus: Path = Path("data/annotated")) -> None:
    run = make_time()

    def redo(ctx, doc):
        kept, old, ctx.doc = ctx.doc, list(ctx.times), doc  # (the cache keeps the doc beside its context)
        ctx.times.clear()
        try:
            run(ctx)
            return list(ctx.times)
        finally:
            ctx.times[:] = old  # (rerun swaps the new list in itself)
            ctx.doc = kept

    rerun(src, dst, corpus, "times", redo, lambda t: (t.start, t.end, t.date.start, t.date.end, t.date.precision))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
