"""Re-run the working tree's actors stage on a rules_oof cache's parsed articles (never the test split: the cache holds
train and dev only), print the train articles whose actor mentions changed, and write the cache with them to another
folder, so that bench/rules_oof.py measures an actors change out of fold:

    PYTHONPATH=src python bench/actors_oof.py /tmp/oof_NAME /tmp/oof_NAME_actors
    (then link the source cache's fold*.npz and built_from.json into the new folder, copy its run-*.pkl for --diff)

The places and times stages are not re-run (the cached places are read as the actors stage reads them)."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

from sitroom.extract.actors.catalogue import DOC_KEY, load_catalogue
from sitroom.extract.actors.stage import extract_actors


def main(src: Path, dst: Path, corpus: Path = Path("data/annotated")) -> None:
    cat = load_catalogue()
    data = pickle.loads((src / "contexts.pkl").read_bytes())
    split = {json.loads(l)["id"]: s for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8")
             if l.strip()}
    changed = 0
    for aid, segs in data["segments"].items():
        for _, ctx, doc in segs:
            kept, ctx.doc = ctx.doc, doc  # (the cache keeps the doc beside its context)
            doc.user_data[DOC_KEY] = cat
            new = extract_actors(ctx, cat)
            doc.user_data.pop(DOC_KEY, None)  # as the cache keeps it: later stages load the catalogue again
            ctx.doc = kept

            def key(m):
                return m.start, m.end, m.name, m.kind, m.country, m.organisation

            if [key(m) for m in ctx.actors] != [key(m) for m in new]:
                changed += 1
                if split.get(aid) == "train":  # (dev's changes are counted, never read)
                    old, now = set(map(key, ctx.actors)), set(map(key, new))
                    print(aid, "OLD", sorted(old - now), "NEW", sorted(now - old), flush=True)
            ctx.actors[:] = new
    print("segments changed", changed)
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "contexts.pkl").write_bytes(pickle.dumps(data))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
