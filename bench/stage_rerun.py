"""What bench/places_oof.py and bench/actors_oof.py share: re-run one stage of the pipeline over a rules_oof cache's
parsed articles (train and dev only), print the train articles whose mentions changed (dev's are counted, never
read), and write the cache with the new mentions to another folder, with the source cache's fold detectors, its
record of the corpus it was built from and its saved runs (for --diff), so bench/rules_oof.py runs on it at once."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path
from typing import Callable


def rerun(src: Path, dst: Path, corpus: Path, attr: str, redo: Callable, key: Callable) -> None:
    """Replace each cached context's ``attr`` list (ctx.places, ctx.actors) by ``redo(ctx, doc)``; ``key`` gives what
    of a mention counts as a change."""
    data = pickle.loads((src / "contexts.pkl").read_bytes())
    split = {json.loads(l)["id"]: s for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8")
             if l.strip()}
    changed = 0
    for aid, segs in data["segments"].items():
        for _, ctx, doc in segs:
            old_list = getattr(ctx, attr)
            new = redo(ctx, doc)
            if [key(m) for m in old_list] != [key(m) for m in new]:
                changed += 1
                if split.get(aid) == "train":
                    old, now = set(map(key, old_list)), set(map(key, new))
                    print(aid, "OLD", sorted(old - now), "NEW", sorted(now - old), flush=True)
            old_list[:] = new
    print("segments changed", changed)
    dst.mkdir(parents=True, exist_ok=True)
    (dst / "contexts.pkl").write_bytes(pickle.dumps(data))
    for f in [*src.glob("fold*.npz"), src / "built_from.json", *src.glob("run-*.pkl")]:
        if f.exists() and f.resolve() != (dst / f.name).resolve():
            shutil.copy2(f, dst / f.name)
