"""Build the article list of sitroom's real annotated event corpus (data/annotated/articles.jsonl).

Usage: .venv/bin/python bench/corpus_prepare.py [--shared ../shared] [--out data/annotated/articles.jsonl]
                                                [--batches DIR --n-batches 7]

Real news text only, written by others (../shared/devdata, see its README for licences):
- HRDsAttack *train* articles (MIT): the 40 articles of the real-news audit (bench/events_precision.py)
  and 170 more of at most MAX_CHARS characters, drawn by a hash of their id (not by content);
- every re3d document (US CENTCOM and State Department releases, public domain; UK Government pages,
  OGL v3) of at most MAX_CHARS characters;
- TR-News (40) and GeoVirus (30) articles, GPL-3.0 corpora of general news, mostly without conflict events.

Each article is split into the units the event extractor codes (spaCy sentences, cut again at blank
lines: sitroom.extract.events.units_of), so a gold label names the same sentence the extractor reports.

The split is by article and fixed here, before any annotation or training: the audit's 40 articles and a
hash-drawn 12% of the rest are ``test``, 15% ``dev``, the rest ``train``. The test split's article ids
are hashed into data/annotated/SPLIT_HASHES.json; `sitroom bench events --set real` refuses a test file
whose hash differs.

Round 2 (``--round 2``) adds articles after the test split was frozen, so they go to ``train`` and ``dev``
only, and are appended (the first round's lines, and so its sentence offsets, are never rewritten):
- the HRDsAttack *train* articles not yet drawn, up to ROUND2_MAX_CHARS: long agency reports, rich in the
  hard negatives (background, reactions, tallies) the detector confuses with events. HRDsAttack *dev* stays
  out: it is the `sitroom bench events --set hrdsattack` benchmark;
- ROUND2_TRNEWS more TR-News articles (general news).
Its batches are numbered after the first round's (A8 ...), and its double sample is batch_double2.

Round 3 (``--round 3``), train and dev only too: every HRDsAttack train article still out, whatever its
length; every TR-News article still out; and ROUND3_GEOVIRUS GeoVirus articles (epidemic news: tallies
and reports that are not events). Batches A11 ..., double sample batch_double3.

Round 4 (``--round 4``), train and dev only too: the HRDsAttack *dev* articles (the issue's corpus is
HRDsAttack train + dev), except any that repeats an article already in the corpus (a syndicated copy of
one: OVERLAP_MAX of its word 6-grams or more, so that no copy of a test article trains anything). From then
on `sitroom bench events --set hrdsattack` reads articles of our train and dev splits. Batches A15 ...,
double sample batch_double4.

Round 5 (``--round 5 --lee-wheel W``), train and dev only too: the Lee corpus, 350 ABC News Online
articles of December 2001 - January 2002 (the war in Afghanistan, Israel and the Palestinian territories,
India and Pakistan, Nepal's Maoists, Argentina's riots, and general Australian news: bushfires, politics)
collected by Lee, Pincombe and Welsh (2005) and shipped in gensim's test data (LGPL-2.1), so it comes from
PyPI: ``pip download gensim==4.4.0 --no-deps -d build/wheels`` gives the wheel W. Every article is taken
(300 of lee_background.cor, 50 of lee.cor) but the near-copies of an article taken before it (a story rewritten
later in the day, 11 of lee_background.cor's), none by its content; the texts carry no publication date.
Batches A18 ..., double sample batch_double5.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

MAX_CHARS = 7000
N_HRDS = 170
N_TRNEWS = 40
N_GEOVIRUS = 30
TEST_SHARE, DEV_SHARE = 0.12, 0.15
CLAIM_ARTICLES_PER_BATCH = 9  # 7 batches: 63 articles with claims labelled too
DOUBLE_SHARE = 0.10
ROUND2_MAX_CHARS = 11000
ROUND2_TRNEWS = 25
ROUND3_GEOVIRUS = 30
# A later article sharing this share of its word 6-grams with one already in the corpus is a copy of it.
OVERLAP_MAX = 0.2


def _h(key: str) -> float:
    """A stable number in [0, 1) from a string: selection and split never depend on content."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16) / 16 ** 12


def _articles(shared: Path) -> list[dict]:
    from events_precision import audit_docs  # the 40 audit articles, same texts as the audit
    from sitroom.evaluation import events as ev
    from sitroom.evaluation import geo, re3d

    devdata = shared / "devdata"
    out = []
    audit = {d.id for d in audit_docs(devdata)}
    for d in audit_docs(devdata):
        out.append(dict(id=d.id, corpus="hrdsattack", licence="MIT", text=d.text, published=d.published,
                        title=None, audit=True))
    train = ev.hrds_docs(devdata, "train")
    pool = [(f"hrdsattack-train-{k}", h.doc) for k, h in enumerate(train)]
    pool = [(i, d) for i, d in pool if i not in audit and len(d.text) <= MAX_CHARS]
    for i, d in sorted(pool, key=lambda p: _h(p[0]))[:N_HRDS]:
        out.append(dict(id=i, corpus="hrdsattack", licence="MIT", text=d.text, published=d.published, title=None))
    for r in re3d.re3d_docs(devdata / "re3d"):
        if len(r.doc.text) <= MAX_CHARS:
            lic = "OGL-3.0" if r.doc.source == "UK Government" else "public domain (US government work)"
            out.append(dict(id=r.doc.id, corpus="re3d", licence=lic, text=r.doc.text, published=None,
                            title=None, source=r.doc.source))
    for name, n in (("TR-News", N_TRNEWS), ("GeoVirus", N_GEOVIRUS)):
        docs = geo.read_corpus(str(shared / "devdata" / "geo" / f"{name}.xml"))
        pool = [(f"{name.lower()}-{k}", d) for k, d in enumerate(docs) if 200 <= len(d.text) <= MAX_CHARS]
        for i, d in sorted(pool, key=lambda p: _h(p[0]))[:n]:
            out.append(dict(id=i, corpus=name.lower(), licence="GPL-3.0", text=d.text, published=None, title=None))
    return out


def _shingles(text: str) -> set[str]:
    import re

    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def _copies(text: str, corpus: list[set[str]]) -> bool:
    """Whether ``text`` repeats an article of the corpus (the share of the smaller one's 6-grams shared)."""
    s = _shingles(text)
    return any(len(s & t) >= OVERLAP_MAX * max(1, min(len(s), len(t))) for t in corpus)


def _round4_articles(shared: Path, existing: list[dict]) -> list[dict]:
    from sitroom.evaluation import events as ev

    corpus = [_shingles(x["text"]) for x in existing]
    out = []
    for k, h in enumerate(ev.hrds_docs(shared / "devdata", "dev")):
        if not _copies(h.doc.text, corpus):
            out.append(dict(id=f"hrdsattack-dev-{k}", corpus="hrdsattack", licence="MIT", text=h.doc.text,
                            published=h.doc.published, title=None, round=4))
    return sorted(out, key=lambda x: _h("batch:" + x["id"]))


def _later_round_articles(shared: Path, used: set[str], rnd: int) -> list[dict]:
    from sitroom.evaluation import events as ev
    from sitroom.evaluation import geo

    out = []
    max_chars = ROUND2_MAX_CHARS if rnd == 2 else float("inf")
    train = ev.hrds_docs(shared / "devdata", "train")
    for k, h in enumerate(train):
        i = f"hrdsattack-train-{k}"
        if i not in used and len(h.doc.text) <= max_chars:
            out.append(dict(id=i, corpus="hrdsattack", licence="MIT", text=h.doc.text, published=h.doc.published,
                            title=None))
    for name, n in (("TR-News", ROUND2_TRNEWS if rnd == 2 else None), ("GeoVirus", 0 if rnd == 2 else ROUND3_GEOVIRUS)):
        docs = geo.read_corpus(str(shared / "devdata" / "geo" / f"{name}.xml"))
        pool = [(f"{name.lower()}-{k}", d) for k, d in enumerate(docs)
                if f"{name.lower()}-{k}" not in used and 200 <= len(d.text) <= MAX_CHARS]
        for i, d in sorted(pool, key=lambda p: _h(p[0]))[:n]:
            out.append(dict(id=i, corpus=name.lower(), licence="GPL-3.0", text=d.text, published=None, title=None))
    for art in out:
        art["round"] = rnd
    return sorted(out, key=lambda x: _h("batch:" + x["id"]))


LEE_FILES = (("lee-bg", "gensim/test/test_data/lee_background.cor"), ("lee", "gensim/test/test_data/lee.cor"))
LEE_LICENCE = "LGPL-2.1 (gensim test data; ABC News Online texts collected by Lee, Pincombe and Welsh, 2005)"


def _round5_articles(wheel: Path, existing: list[dict]) -> list[dict]:
    import zipfile

    corpus = [_shingles(x["text"]) for x in existing]
    out = []
    with zipfile.ZipFile(wheel) as z:
        for prefix, name in LEE_FILES:
            lines = z.read(name).decode("cp1252").splitlines()  # lee.cor has a Windows-1252 pound sign
            for k, text in enumerate(line.strip() for line in lines):
                # lee_background.cor holds near-copies of its own stories (a story rewritten later in the
                # day): the first is taken, so that no copy sits in both train and dev or counts twice.
                if text and not _copies(text, corpus):
                    out.append(dict(id=f"{prefix}-{k}", corpus="lee", licence=LEE_LICENCE, text=text,
                                    published=None, title=None, round=5))
                    corpus.append(_shingles(text))
    return sorted(out, key=lambda x: _h("batch:" + x["id"]))


def _split(a: dict) -> str:
    if a.get("round", 1) > 1:  # the test split was frozen before round 2
        return "dev" if _h("split:" + a["id"]) < DEV_SHARE else "train"
    if a.get("audit"):
        return "test"
    x = _h("split:" + a["id"])
    return "test" if x < TEST_SHARE else "dev" if x < TEST_SHARE + DEV_SHARE else "train"


def _units(nlp, text: str) -> list[list[int]]:
    from sitroom.extract.events import units_of

    ctx = SimpleNamespace(text=text, doc=nlp(text))
    return [[u.start, u.end] for u in units_of(ctx)]


def split_hash(ids) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "annotated" / "articles.jsonl")
    ap.add_argument("--batches", type=Path, help="also write numbered-sentence batches for annotators here")
    ap.add_argument("--n-batches", type=int, default=7)
    ap.add_argument("--round", type=int, default=1, choices=(1, 2, 3, 4, 5),
                    help="2 to 5: append that round's articles (train and dev only)")
    ap.add_argument("--lee-wheel", type=Path, help="round 5: gensim's wheel (pip download gensim==4.4.0 --no-deps)")
    a = ap.parse_args(argv)
    from sitroom.read.nlp import get_nlp

    nlp = get_nlp()
    if a.round > 1:
        return _append_round(a, nlp)
    arts = _articles(a.shared)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for art in arts:
            art["split"] = _split(art)
            art["sentences"] = _units(nlp, art["text"])
            art.pop("audit", None)
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    by = {}
    for art in arts:
        by.setdefault(art["split"], []).append(art)
    for s, xs in sorted(by.items()):
        print(f"{s}: {len(xs)} articles, {sum(len(x['sentences']) for x in xs)} sentences")
    hashes = {"test_article_ids_sha256": split_hash(x["id"] for x in by["test"]),
              "dev_article_ids_sha256": split_hash(x["id"] for x in by["dev"])}
    (a.out.parent / "SPLIT_HASHES.json").write_text(json.dumps(hashes, indent=2) + "\n")
    if a.batches:
        write_batches(arts, a.batches, a.n_batches)
    return 0


def _append_round(a, nlp) -> int:
    existing = [json.loads(line) for line in a.out.open(encoding="utf-8")]
    used = {x["id"] for x in existing}
    if any(x.get("round") == a.round for x in existing):
        print(f"round {a.round} is already in", a.out)
        return 1
    if a.round == 5 and not (a.lee_wheel and a.lee_wheel.is_file()):
        print("round 5 needs --lee-wheel: pip download gensim==4.4.0 --no-deps -d build/wheels")
        return 2
    arts = (_round4_articles(a.shared, existing) if a.round == 4
            else _round5_articles(a.lee_wheel, existing) if a.round == 5
            else _later_round_articles(a.shared, used, a.round))
    with a.out.open("a", encoding="utf-8") as fh:
        for art in arts:
            art["split"] = _split(art)
            art["sentences"] = _units(nlp, art["text"])
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    for s in ("train", "dev"):
        xs = [x for x in arts if x["split"] == s]
        print(f"round {a.round} {s}: {len(xs)} articles, {sum(len(x['sentences']) for x in xs)} sentences")
    if a.batches:
        first = 1 + max(int(p.stem[1:]) for p in (a.out.parent / "raw").glob("A*.jsonl") if p.stem[1:].isdigit())
        write_batches(arts, a.batches, a.n_batches, first=first, double_name=f"batch_double{a.round}.txt",
                      claims=False)
    return 0


def write_batches(arts: list[dict], folder: Path, n: int, first: int = 1, double_name: str = "batch_double.txt",
                  claims: bool = True) -> None:
    """Numbered sentences per article, dealt round-robin by size so batches weigh about the same."""
    folder.mkdir(parents=True, exist_ok=True)
    order = sorted(arts, key=lambda x: _h("batch:" + x["id"]))
    loads = [0] * n
    batches: list[list[dict]] = [[] for _ in range(n)]
    for art in sorted(order, key=lambda x: -len(x["sentences"])):
        k = loads.index(min(loads))
        batches[k].append(art)
        loads[k] += len(art["sentences"]) + 5
    for k, b in enumerate(batches):
        b.sort(key=lambda x: _h("batch:" + x["id"]))
        with (folder / f"batch_{k + first}.txt").open("w", encoding="utf-8") as fh:
            for j, art in enumerate(b):
                fh.write(render(art, claims=claims and j < CLAIM_ARTICLES_PER_BATCH))
        print(f"batch {k + first}: {len(b)} articles, {sum(len(x['sentences']) for x in b)} sentences")
    # About 10% of the articles, drawn by hash, are labelled a second time by another annotator who does
    # not see the first labels: the agreement sample.
    double = [x for x in order if _h("double:" + x["id"]) < DOUBLE_SHARE]
    with (folder / double_name).open("w", encoding="utf-8") as fh:
        for art in double:
            fh.write(render(art))
    print(f"double: {len(double)} articles, {sum(len(x['sentences']) for x in double)} sentences")


def render(art: dict, claims: bool = False) -> str:
    lines = [f"=== ARTICLE {art['id']} | published: {art.get('published') or 'unknown'} | "
             f"{len(art['sentences'])} sentences{' | ANNOTATE CLAIMS' if claims else ''} ==="]
    for i, (s, e) in enumerate(art["sentences"]):
        lines.append(f"[{i}] " + art["text"][s:e].replace("\n", " "))
    return "\n".join(lines) + "\n\n"


if __name__ == "__main__":
    raise SystemExit(main())
