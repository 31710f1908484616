"""Claims on real news: the claims annotated in sitroom's real-news corpus (data/annotated, GUIDE.md "Claims").

The corpus folder holds ``articles.jsonl`` (every article: ``id``, ``text``, ``published``, ``split``,
``sentences`` as [start, end] character offsets) and the annotators' files ``raw/A*.jsonl`` (one JSON line
per article; an article was annotated for claims when its record has a ``claims`` key). Each gold claim
names its ``sentence``, ``speaker``, ``quote`` (an exact substring of that sentence), ``kind`` (statement,
demand, commitment, prediction, denial, accusation, control), ``hedge`` (asserted, reported, alleged,
claimed, denied) and ``deadline`` (an ISO date, the words, or null).

How extracted claims are scored:

- a predicted claim **matches** a gold claim when their quote spans overlap substantially: the overlap
  covers at least half of the shorter span and 30% of the longer (gold quotes lie inside one sentence, so
  the overlap puts them in the same sentence). Matching is one to one, best overlap first; a second
  predicted claim on a gold claim already matched is a **duplicate** and counts against precision;
- **precision**: matched predicted claims / predicted claims; **recall**: matched gold claims / gold claims;
- on the matches: **speaker** accuracy (lenient: one name's words inside the other's, spelling and
  case aside, or an acronym of it; the speaker's organisation and the words naming it in the text, when
  they are not a pronoun, count as well as the resolved name), **kind**
  accuracy (sitroom's kinds read as the guide's: request is demand, territorial control is control,
  policy decision is commitment, quantity is statement), **hedge** accuracy (sitroom's modality read as
  the guide's hedge: "claimed" is the guide's "claimed" only when a verb of claiming frames it, otherwise
  the speaker asserts), and **deadlines**: of the matched gold claims with a deadline, how many have one
  set and right (the same day, or the same words), and how many deadlines were set where gold has none.

The test split is frozen: the sorted test article ids must hash to the value pinned in
``SPLIT_HASHES.json`` (reports only; never tune on it).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import ConfigError
from ..records import Claim, DocumentIn
from .claims_matching import (  # noqa: F401 (the scorer's parts, named here as before)
    GoldClaim, deadline_right, hedge_as_gold, kind_as_gold, match_claims, spans_match, speaker_right,
)

SPLITS = ("train", "dev", "test")
GOLD_KINDS = ("statement", "demand", "commitment", "prediction", "denial", "accusation", "control")
GOLD_HEDGES = ("asserted", "reported", "alleged", "claimed", "denied")
# sitroom's claim kinds read as the guide's.
# The stages claims need (claims read places, actors and times, not events).
CLAIM_STAGES = ("sitroom.places.gazetteer.v1", "sitroom.actors.catalogue.v1", "sitroom.time.v1",
                "sitroom.claims.v1")


@dataclass
class ClaimArticle:
    id: str
    text: str
    published: Optional[str]
    split: str
    sentences: list[tuple[int, int]]
    gold: list[GoldClaim] = field(default_factory=list)

    def to_input(self) -> DocumentIn:
        return DocumentIn(id=self.id, text=self.text, published=self.published)

    def sentence_of(self, char: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= char < e:
                return i
        return -1


# --- the corpus -------------------------------------------------------------------------------

def load_claim_articles(corpus: Path, splits: Iterable[str]) -> list[ClaimArticle]:
    """The articles annotated for claims in the given splits of the corpus in folder ``corpus``."""
    corpus = Path(corpus)
    splits = list(splits)
    for s in splits:
        if s not in SPLITS:
            raise ConfigError(f"unknown split {s!r}; choose from {', '.join(SPLITS)}")
    path = corpus / "articles.jsonl"
    if not path.exists():
        raise ConfigError(f"no articles.jsonl in {corpus}; give the annotated corpus folder with --corpus")
    articles = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            articles[a["id"]] = a
    if "test" in splits:
        _check_test_ids(corpus, [i for i, a in articles.items() if a.get("split") == "test"])
    records: dict[str, dict] = {}
    for raw in sorted((corpus / "raw").glob("A*.jsonl")):
        for line in raw.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            # Rounds after the first labelled events only ("claims": [] there means "not labelled").
            if ("claims" in r and r.get("doc") in articles and r["doc"] not in records
                    and articles[r["doc"]].get("round", 1) == 1):
                records[r["doc"]] = r
    out = []
    for doc_id in sorted(records):
        a = articles[doc_id]
        if a.get("split") not in splits:
            continue
        art = ClaimArticle(a["id"], a["text"], a.get("published"), a["split"],
                           [tuple(s) for s in a["sentences"]])
        for c in records[doc_id]["claims"]:
            art.gold.append(_gold_claim(art, c))
        out.append(art)
    return out


def _gold_claim(art: ClaimArticle, c: dict) -> GoldClaim:
    s, e = art.sentences[c["sentence"]]
    span = _locate(art.text, c["quote"], s, e)
    if span is None:
        raise ConfigError(f"{art.id}: gold quote {c['quote'][:40]!r} is not in sentence {c['sentence']}")
    return GoldClaim(c["sentence"], c.get("speaker") or "", c["quote"], c["kind"], c.get("hedge") or "asserted",
                     c.get("deadline"), *span)


def _locate(text: str, quote: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The quote's span in ``text[start:end]``: exactly, or with its spaces standing for any run of white
    space (line breaks folded into spaces) and "..." for elided words."""
    at = text.find(quote, start, end)
    if at >= 0:
        return at, at + len(quote)
    parts = [r"\s+".join(re.escape(w) for w in piece.split()) for piece in re.split(r"\s*(?:\.\.\.|…)\s*", quote.strip())]
    m = re.compile(r".*?".join(p for p in parts if p), re.S).search(text, start, end)
    return (m.start(), m.end()) if m else None


def _check_test_ids(corpus: Path, test_ids: list[str]) -> None:
    hashes = corpus / "SPLIT_HASHES.json"
    if not hashes.exists():
        raise ConfigError(f"no SPLIT_HASHES.json in {corpus}: the test split cannot be checked")
    pinned = json.loads(hashes.read_text()).get("test_article_ids_sha256")
    got = hashlib.sha256("\n".join(sorted(test_ids)).encode()).hexdigest()
    if pinned != got:
        raise ConfigError("the test split's article ids differ from the pinned hash: refusing to score it")


# --- scoring --------------------------------------------------------------------------------------

@dataclass
class ArticleResult:
    id: str
    gold: list[GoldClaim]
    pred: list[Claim]
    matched: dict[int, int]
    duplicates: list[int]


def score_article(art: ClaimArticle, claims: list[Claim]) -> ArticleResult:
    matched, duplicates = match_claims(art.gold, claims)
    return ArticleResult(art.id, art.gold, claims, matched, duplicates)


def _ratio(a: int, b: int) -> Optional[float]:
    return a / b if b else None


def figures(results: list[ArticleResult]) -> dict:
    """Precision, recall, F1 and the attribute accuracies over a set of scored articles, with per-kind tables."""
    n_gold = sum(len(r.gold) for r in results)
    n_pred = sum(len(r.pred) for r in results)
    n_match = sum(len(r.matched) for r in results)
    speaker = kind = hedge = 0
    dl_gold = dl_set = dl_right = dl_spurious = 0
    per_gold = defaultdict(Counter)  # gold kind -> support, found, kind right, speaker right
    per_pred = defaultdict(Counter)  # predicted kind (as gold) -> predicted, matched
    confusion = Counter()
    hedges = defaultdict(Counter)
    for r in results:
        for gi, g in enumerate(r.gold):
            per_gold[g.kind]["support"] += 1
            pi = r.matched.get(gi)
            if pi is None:
                continue
            c = r.pred[pi]
            per_gold[g.kind]["found"] += 1
            ok_speaker = speaker_right(g.speaker, c)
            ok_kind = kind_as_gold(c.kind) == g.kind
            ok_hedge = hedge_as_gold(c) == g.hedge
            speaker += ok_speaker
            kind += ok_kind
            hedge += ok_hedge
            per_gold[g.kind]["kind_right"] += ok_kind
            per_gold[g.kind]["speaker_right"] += ok_speaker
            confusion[(g.kind, kind_as_gold(c.kind))] += 1
            hedges[g.hedge]["n"] += 1
            hedges[g.hedge]["right"] += ok_hedge
            if g.deadline:
                dl_gold += 1
                dl_set += c.deadline is not None
                dl_right += deadline_right(g.deadline, c)
            elif c.deadline is not None:
                dl_spurious += 1
        matched_pred = set(r.matched.values())
        for pi, c in enumerate(r.pred):
            k = kind_as_gold(c.kind)
            per_pred[k]["predicted"] += 1
            per_pred[k]["matched"] += pi in matched_pred
    p, rc = _ratio(n_match, n_pred), _ratio(n_match, n_gold)
    f1 = 2 * p * rc / (p + rc) if p and rc else 0.0
    return {
        "articles": len(results), "gold": n_gold, "predicted": n_pred, "matched": n_match,
        "duplicates": sum(len(r.duplicates) for r in results),
        "precision": p, "recall": rc, "f1": f1,
        "speaker_accuracy": _ratio(speaker, n_match), "kind_accuracy": _ratio(kind, n_match),
        "hedge_accuracy": _ratio(hedge, n_match),
        "deadlines": {"gold_matched": dl_gold, "set": dl_set, "right": dl_right, "spurious": dl_spurious,
                      "gold_total": sum(1 for r in results for g in r.gold if g.deadline)},
        "per_gold_kind": {k: dict(v) for k, v in per_gold.items()},
        "per_pred_kind": {k: dict(v) for k, v in per_pred.items()},
        "hedges": {k: dict(v) for k, v in hedges.items()},
        "confusion": {f"{g} -> {p_}": n for (g, p_), n in sorted(confusion.items())},
    }


def errors(art: ClaimArticle, r: ArticleResult) -> list[str]:
    """One line per error of one article (never call this on test articles to tune rules)."""
    out = []
    sent = lambda c: art.sentence_of(c)  # noqa: E731
    for gi, g in enumerate(art.gold):
        pi = r.matched.get(gi)
        if pi is None:
            out.append(f"MISS  s{g.sentence} [{g.kind}] {g.speaker!r}: {g.quote[:100]!r}")
            continue
        c = r.pred[pi]
        bad = []
        if not speaker_right(g.speaker, c):
            bad.append(f"speaker {c.speaker.name if c.speaker else None!r} (text {c.speaker.text if c.speaker else None!r}) != {g.speaker!r}")
        if kind_as_gold(c.kind) != g.kind:
            bad.append(f"kind {c.kind} != {g.kind}")
        if hedge_as_gold(c) != g.hedge:
            bad.append(f"hedge {hedge_as_gold(c)} ({c.modality}) != {g.hedge}")
        if g.deadline and not deadline_right(g.deadline, c):
            bad.append(f"deadline {c.deadline.text if c.deadline else None!r} != {g.deadline!r}")
        if bad:
            out.append(f"WRONG s{g.sentence} {g.quote[:60]!r}: " + "; ".join(bad))
    matched = set(r.matched.values())
    for pi, c in enumerate(r.pred):
        if pi in matched:
            continue
        tag = "DUP " if pi in r.duplicates else "FP  "
        out.append(f"{tag}  s{sent(c.quote.start)} [{c.kind}] {c.speaker.name if c.speaker else None!r}: {c.quote.text[:100]!r}")
    return out


# --- running ----------------------------------------------------------------------------------------

def extract(articles: list[ClaimArticle], jobs: int = 1, full: bool = False) -> list[list[Claim]]:
    """The claims sitroom's pipeline extracts from each article (all default stages when ``full``)."""
    from ..pipeline import DEFAULT_STAGES, extract_stream

    stages = DEFAULT_STAGES if full else CLAIM_STAGES
    return [x.claims for x in extract_stream((a.to_input() for a in articles), jobs=jobs, stages=stages)]


def run_benchmark(corpus: Path, splits: Iterable[str], jobs: int = 1, full: bool = False,
                  show_errors: bool = False) -> dict:
    articles = load_claim_articles(corpus, splits)
    if not articles:
        raise ConfigError(f"no article of split(s) {', '.join(splits)} in {corpus} was annotated for claims")
    claims = extract(articles, jobs=jobs, full=full)
    results = [score_article(a, c) for a, c in zip(articles, claims)]
    out = figures(results)
    out["splits"] = list(splits)
    if show_errors:
        if "test" in splits:
            raise ConfigError("errors are never listed for the test split (it is only reported)")
        out["errors"] = {a.id: errors(a, r) for a, r in zip(articles, results)}
    return out
