"""Assemble the annotated corpus's split files and measure inter-annotator agreement.

Usage: .venv/bin/python bench/corpus_build.py [--corpus data/annotated] [--freeze-test]

Reads data/annotated/articles.jsonl (texts, units, split: bench/corpus_prepare.py) and the annotators'
files in data/annotated/raw/ (one JSON line per article, the format of GUIDE.md): A*.jsonl are the first
annotation of each article, D.jsonl the blind second annotation of a 10% sample, adjudicated.jsonl the
adjudicated labels of the articles where the two disagreed. Round 2's blind second labels are D2-*.jsonl;
agreement is given over all double-labelled articles and per round. revised*.jsonl hold revisions of first
labels to a later version of the guide (a reviser's full label of each article it changed; e.g. round 5's to
decisions v1.4): they replace the first label in the split files, never in the agreement figures (which compare
the blind first and second labels), and an adjudicated label wins over them. Writes train.jsonl, dev.jsonl and test.jsonl
(text + gold, one line per article) and AGREEMENT.json (Cohen's kappa per sentence, event match F1).

The test split is frozen: --freeze-test pins test.jsonl's SHA-256 in SPLIT_HASHES.json, once, before any
model is trained; afterwards the command refuses to write a test.jsonl with another hash.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def labels(path_glob: Path) -> dict[str, dict]:
    out = {}
    for p in sorted(path_glob.parent.glob(path_glob.name)):
        for r in read_jsonl(p):
            out[r["doc"]] = r
    return out


def sentence_labels(ann: dict, n: int, level: str = "type") -> list[str]:
    """One label per sentence: the event type (or sub-type) of the first event listing it, or "none"."""
    out = ["none"] * n
    for e in ann.get("events", []):
        lab = e["event_type"] if level == "type" else f"{e['event_type']} / {e['sub_event_type']}"
        for i in e["sentences"]:
            if 0 <= i < n and out[i] == "none":
                out[i] = lab
    return out


def agreement(first: dict[str, dict], second: dict[str, dict], articles: dict[str, dict]) -> dict:
    """Cohen's kappa on per-sentence labels (event or not; event type; sub-event type) over the articles
    both annotated, and F1 of one annotator's events against the other's (same sentence, same type)."""
    from sklearn.metrics import cohen_kappa_score

    docs = sorted(set(first) & set(second) & set(articles))
    a_bin, b_bin, a_typ, b_typ, a_sub, b_sub = [], [], [], [], [], []
    tp = n_a = n_b = 0
    for d in docs:
        n = len(articles[d]["sentences"])
        ta, tb = sentence_labels(first[d], n), sentence_labels(second[d], n)
        sa, sb = sentence_labels(first[d], n, "sub"), sentence_labels(second[d], n, "sub")
        a_bin += [x != "none" for x in ta]
        b_bin += [x != "none" for x in tb]
        a_typ += ta
        b_typ += tb
        a_sub += sa
        b_sub += sb
        ea, eb = first[d].get("events", []), second[d].get("events", [])
        n_a, n_b = n_a + len(ea), n_b + len(eb)
        used = set()
        for e in ea:
            for k, f in enumerate(eb):
                if k not in used and f["event_type"] == e["event_type"] and set(f["sentences"]) & set(e["sentences"]):
                    used.add(k)
                    tp += 1
                    break
    p, r = tp / n_b if n_b else 0.0, tp / n_a if n_a else 0.0
    return {
        "articles": len(docs), "sentences": len(a_bin),
        "kappa_event_sentence": round(float(cohen_kappa_score(a_bin, b_bin)), 3),
        "kappa_event_type": round(float(cohen_kappa_score(a_typ, b_typ)), 3),
        "kappa_sub_event_type": round(float(cohen_kappa_score(a_sub, b_sub)), 3),
        "event_sentences": [sum(a_bin), sum(b_bin)],
        "events": [n_a, n_b], "event_match_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--freeze-test", action="store_true", help="pin test.jsonl's hash (once, before training)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from sitroom.evaluation.real import HASH_FILE, file_hash

    arts = {r["id"]: r for r in read_jsonl(a.corpus / "articles.jsonl")}
    first = labels(a.corpus / "raw" / "A*.jsonl")
    second = labels(a.corpus / "raw" / "D*.jsonl")
    adjudicated = labels(a.corpus / "raw" / "adjudicated.jsonl")
    revised = labels(a.corpus / "raw" / "revised*.jsonl")
    agree = agreement(first, second, arts)
    for rnd in sorted({art.get("round", 1) for art in arts.values()}):
        in_round = {k: v for k, v in arts.items() if v.get("round", 1) == rnd}
        if set(first) & set(second) & set(in_round):
            agree[f"round_{rnd}"] = agreement(first, second, in_round)
    (a.corpus / "AGREEMENT.json").write_text(json.dumps(agree, indent=2) + "\n")
    print("agreement:", json.dumps(agree))

    hashes = json.loads((a.corpus / HASH_FILE).read_text())
    counts = Counter()
    for split in ("train", "dev", "test"):
        path = a.corpus / f"{split}.jsonl"
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for doc_id, art in arts.items():
                ann = adjudicated.get(doc_id) or revised.get(doc_id) or first.get(doc_id)
                if art["split"] != split or ann is None:
                    continue
                rec = {k: art[k] for k in ("id", "corpus", "licence", "published", "text", "sentences")}
                rec["events"] = ann.get("events", [])
                claims = ann.get("claims", (first.get(doc_id) or {}).get("claims"))
                if art.get("round", 1) > 1:
                    claims = None  # later rounds labelled events only: their "claims": [] means "not labelled"
                if claims is not None:  # adjudication is of events; claims stay the first annotator's
                    rec["claims"] = claims
                rec["annotator"] = ("adjudicated" if doc_id in adjudicated
                                    else f"{first[doc_id].get('annotator')}, revised {ann.get('annotator')}"
                                    if doc_id in revised and doc_id in first else ann.get("annotator"))
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                counts[split, "articles"] += 1
                counts[split, "sentences"] += len(art["sentences"])
                counts[split, "events"] += len(rec["events"])
                counts[split, "event_sentences"] += len({i for e in rec["events"] for i in e["sentences"]})
        if split == "test" and "test_sha256" in hashes and file_hash(tmp) != hashes["test_sha256"]:
            tmp.unlink()
            print("refusing to change the frozen test split (its hash is pinned in SPLIT_HASHES.json)")
            return 1
        tmp.replace(path)
        print(f"{split}: " + ", ".join(f"{counts[split, k]} {k}" for k in ("articles", "sentences", "events",
                                                                           "event_sentences")))
    if a.freeze_test and "test_sha256" not in hashes:
        hashes["test_sha256"] = file_hash(a.corpus / "test.jsonl")
        (a.corpus / HASH_FILE).write_text(json.dumps(hashes, indent=2) + "\n")
        print("test split frozen:", hashes["test_sha256"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
