"""Re-run the working tree's places stage on a rules_oof cache's parsed articles (never the test split: the cache holds
train and dev only), print the train articles whose place mentions changed, and write the cache with them to another
folder, so that bench/rules_oof.py measures a places change out of fold:

    PYTHONPATH=src python bench/places_oof.py /tmp/oof_NAME /tmp/oof_NAME_places
    (then link the source cache's fold*.npz and built_from.json into the new folder, copy its run-*.pkl for --diff)

The actors and times stages are not re-run (they read the cached places' predecessors)."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from sitroom.extract.places import extract_places
from sitroom.extract.places.gazetteer import get_gazetteer


def main(src: Path, dst: Path, corpus: Path = Path("data/annotated")) -> None:
    gaz = get_gazetteer()
    data = pickle.loads((src / "contexts.pkl").read_bytes())
    split = {json.loads(l)["id"]: s for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8")
             if l.strip()}
    changed = 0
    for aid, segs in data["segments"].items():
        for _, ctx, doc in segs:
            new = extract_places(doc, gaz, getattr(ctx, "sentence_index", None))

            def key(p):
                return p.start, p.end, p.name, p.country, p.admin1, p.role

            if [key(p) for p in ctx.places] != [key(p) for p in new]:
                changed += 1
                if split.get(aid) == "train":  # (dev's changes are counted, never read)
                    old, now = set(map(key, ctx.places)), set(map(key, new))
                    print(aid, "OLD", sorted(old - now), "NEW", sorted(now - old), flush=True)
            ctx.places[:] = new
    print("segments changed", changed)
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "contexts.pkl").write_bytes(pickle.dumps(data))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
