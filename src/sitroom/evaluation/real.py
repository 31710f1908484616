"""Events on real news: sitroom's annotated corpus (data/annotated, see its GUIDE.md), by split.

Each split file holds one JSON line per article: ``id``, ``text``, ``published``, ``sentences`` (the
extractor's units as [start, end] character offsets) and the gold ``events``, each with the sentences that
report it (``sentences``, indices into ``sentences``), its type, actors, place, date and fatalities.

How extracted events are scored (reports of what did not or may not happen are not extracted events):
- an extracted event **hits** a gold event when its evidence overlaps one of the gold event's sentences and
  its event type is the gold one; of several gold events in that sentence, the one that agrees best;
- **precision**: hits on gold events not already hit / extracted events (a second hit on one gold event
  is a duplicate: ACLED codes one event, so it counts against precision);
- **strict precision**: as precision, but the hit must also have the sub-event type, the place and the
  date right;
- **incident recall**: gold events hit at least once / gold events;
- on the gold events found, the share with the right sub-event type, place (same country, and the same
  admin1 or place name, spelling variants allowed; only the country when the gold names nothing finer),
  date (the gold day inside the extracted range of at most a week; the gold month or year agreeing at its
  precision), actor1 (same name, spelling allowed, or the same kind of unnamed actor) and, reported without
  a floor, actor2 (the target, judged as actor1) on the found events whose gold names one, and fatalities (the
  same number, no number meaning no deaths reported) on the found events where the gold or the extraction
  gives deaths.

The test split is frozen: its file's SHA-256 is pinned in SPLIT_HASHES.json beside it, and scoring refuses
a test file whose hash differs (reports only; no tuning on it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import ConfigError
# ACLED codes Hong Kong and Macau under China (the guide's choice); ISO gives them codes of their own.
from ..lang.en.countries import ACLED_COUNTRY as _ACLED_COUNTRY
from ..records import NON_FACTUAL, DocumentIn, Event, Extraction

SPLITS = ("train", "dev", "test")
HASH_FILE = "SPLIT_HASHES.json"


@dataclass
class GoldEvent:
    sentences: list[int]
    label: str
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    place: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    fatalities: Optional[int] = None
    modality: Optional[str] = None

    @property
    def event_type(self) -> str:
        return self.label.split(" / ")[0]


@dataclass
class Article:
    id: str
    text: str
    published: Optional[str]
    sentences: list[tuple[int, int]]
    events: list[GoldEvent] = field(default_factory=list)
    corpus: str = ""

    def to_input(self) -> DocumentIn:
        return DocumentIn(id=self.id, text=self.text, published=self.published)

    def event_sentences(self) -> set[int]:
        return {i for e in self.events for i in e.sentences}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_split(corpus: Path, split: str, check_hash: bool = True) -> list[Article]:
    """The articles of one split of the annotated corpus in folder ``corpus``.

    Raises ConfigError when the folder has no such split, or when the test file's hash is not the pinned one.
    """
    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    path = Path(corpus) / f"{split}.jsonl"
    if not path.exists():
        raise ConfigError(f"no annotated split at {path}; give the corpus folder with --corpus (data/annotated in a checkout)")
    if check_hash and split == "test":
        pinned = json.loads((Path(corpus) / HASH_FILE).read_text()).get("test_sha256")
        if pinned != file_hash(path):
            raise ConfigError(f"{path} is not the frozen test split (its SHA-256 differs from {HASH_FILE}); "
                              "the test split is never edited")
    return [parse_article(json.loads(line)) for line in path.open(encoding="utf-8") if line.strip()]


def parse_article(r: dict) -> Article:
    evs = [GoldEvent(sentences=list(e["sentences"]), label=f"{e['event_type']} / {e['sub_event_type']}",
                     actor1=e.get("actor1"), actor2=e.get("actor2"), place=e.get("place"), admin1=e.get("admin1"),
                     country=e.get("country"), date=e.get("date"), date_precision=e.get("date_precision"),
                     fatalities=e.get("fatalities"), modality=e.get("modality"))
           for e in r.get("events", [])]
    pub = (r.get("published") or "")[:10] or None
    return Article(r["id"], r["text"], pub, [tuple(s) for s in r["sentences"]], evs, r.get("corpus", ""))


# ---- matching -------------------------------------------------------------------------------------------

def norm(s: Optional[str]) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\(\d{4}-(?:\d{4})?\)", " ", s)  # "(2015-)": the government's period
    s = re.sub(r"\b(?:province|state|district|region|governorate|city|county|the)\b", " ", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    if not a or not b:
        return False
    return a == b or a in b.split() or b in a.split() or fuzz.ratio(a, b) >= 80


def _country(code: Optional[str]) -> str:
    code = (code or "").upper()
    return _ACLED_COUNTRY.get(code, code)


def place_right(g: GoldEvent, e: Event) -> bool:
    loc = e.location
    if loc is None:
        return g.place is None and g.admin1 is None and g.country is None
    if g.country and loc.country and _country(g.country) != _country(loc.country):
        return False
    if g.place is None and g.admin1 is None:
        return bool(g.country) and _country(loc.country) == _country(g.country)
    names = {norm(x) for x in (loc.name, loc.text, loc.admin1, loc.admin2)} - {""}
    wanted = {norm(x) for x in (g.place, g.admin1)} - {""}
    return any(_similar(w, n) for w in wanted for n in names)


def _parse(d: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(d[:10]) if d and len(d) >= 10 else None
    except ValueError:
        return None


def date_right(g: GoldEvent, e: Event) -> Optional[bool]:
    """None when the gold has no date (nothing to score)."""
    if not g.date:
        return None
    start, end = _parse(e.date.start), _parse(e.date.end) or _parse(e.date.start)
    if start is None:
        return False
    if len(g.date) == 10:
        day = dt.date.fromisoformat(g.date)
        return start <= day <= end and (end - start).days <= 7
    return (e.date.start or "").startswith(g.date)


_UNNAMED = re.compile(r"unidentified|unknown|gunmen|bandits|assailants")
_STATE = re.compile(r"military forces|police forces|government|army|security forces")


def actor_right(gold: Optional[str], pred) -> Optional[bool]:
    """None when the gold names no actor (actor1 or actor2, whichever is judged)."""
    if not gold:
        return None
    if pred is None:
        return False
    g, n, t = norm(gold), norm(pred.name), norm(pred.text)
    if _similar(g, n) or (t and _similar(g, t)):
        return True
    try:  # the catalogue's aliases: gold "Islamic State" is the catalogue's "ISIS"
        from ..extract.actors import match_actor

        ref = match_actor(gold)
    except Exception:  # the catalogue is optional for scoring
        ref = None
    if ref is not None and norm(ref.name) == n:
        return True
    g, n = _country_suffix(g), _country_suffix(n)
    for kind in (_UNNAMED, _STATE):  # the same kind of actor of the same country
        if kind.search(g) and kind.search(n):
            gc, nc = re.findall(r"\b[a-z]+$", g), re.findall(r"\b[a-z]+$", n)
            return gc == nc
    return False


def _country_suffix(name: str) -> str:
    """"police forces of hong kong" and "police forces of china" are one actor in ACLED's coding."""
    return re.sub(r"\b(?:hong kong|macau)$", "china", name)


def _sentence_of(art: Article, start: int, end: int) -> set[int]:
    return {i for i, (s, e) in enumerate(art.sentences) if s < end and start < e}


@dataclass
class Hit:
    gold: GoldEvent
    event: Event
    duplicate: bool


def match(art: Article, events: Iterable[Event]) -> tuple[list[Hit], list[Event]]:
    """Extracted events that hit a gold event (in document order), and those that hit none."""
    hits, misses, taken = [], [], set()
    for e in sorted(events, key=lambda x: x.evidence.start):
        sents = _sentence_of(art, e.evidence.start, e.evidence.end)
        cands = [k for k, g in enumerate(art.events) if sents & set(g.sentences) and g.event_type == e.event_type]
        if not cands:
            misses.append(e)
            continue
        label = f"{e.event_type} / {e.sub_event_type}"
        k = max(cands, key=lambda k: (k not in taken, art.events[k].label == label, place_right(art.events[k], e)))
        hits.append(Hit(art.events[k], e, k in taken))
        taken.add(k)
    return hits, misses


# ---- scoring --------------------------------------------------------------------------------------------

def score(articles: list[Article], results: list[Extraction]) -> dict:
    """The figures of the module docstring, with per-type tables and the error lists."""
    by_id = {r.id: r for r in results}
    n_extracted = n_hit = n_strict = n_gold = 0
    found: list[Hit] = []
    dated_found: list[Hit] = []  # found events of articles that carry a publication date
    per_type: dict[str, Counter] = defaultdict(Counter)
    false_pos, missed = [], []
    for art in articles:
        evs = [e for e in by_id[art.id].events if e.modality not in NON_FACTUAL] if art.id in by_id else []
        hits, misses = match(art, evs)
        n_extracted += len(evs)
        n_gold += len(art.events)
        hit_golds = set()
        for h in hits:
            if h.duplicate:
                per_type[_lab(h.event)]["fp"] += 1
                continue
            hit_golds.add(id(h.gold))
            n_hit += 1
            found.append(h)
            if art.published:
                dated_found.append(h)
            if _lab(h.event) == h.gold.label and place_right(h.gold, h.event) and date_right(h.gold, h.event) is not False:
                n_strict += 1
        for e in misses:
            per_type[_lab(e)]["fp"] += 1
            false_pos.append({"doc": art.id, "label": _lab(e), "sentence": e.evidence.text})
        for g in art.events:
            per_type[g.label]["gold"] += 1
            if id(g) in hit_golds:
                per_type[g.label]["tp"] += 1
            else:
                missed.append({"doc": art.id, "label": g.label, "sentence": _text(art, g.sentences[0])})
    out = {
        "documents": len(articles), "gold_events": n_gold, "extracted_events": n_extracted,
        "precision": _div(n_hit, n_extracted), "strict_precision": _div(n_strict, n_extracted),
        "incident_recall": _div(n_hit, n_gold),
        "sub_event_accuracy": _div(sum(_lab(h.event) == h.gold.label for h in found), len(found)),
        "place_accuracy": _div(sum(place_right(h.gold, h.event) for h in found), len(found)),
    }
    dates = [d for h in found if (d := date_right(h.gold, h.event)) is not None]
    actors = [a for h in found if (a := actor_right(h.gold.actor1, h.event.actor1)) is not None]
    targets = [a for h in found if (a := actor_right(h.gold.actor2, h.event.actor2)) is not None]
    # An article without a publication date whose text names no year cannot be dated from its text ("On Jan. 10");
    # its gold date comes from the annotator's knowledge, so the figure is also given over dated articles alone.
    dated = [d for h in dated_found if (d := date_right(h.gold, h.event)) is not None]
    deaths = [(h.gold.fatalities or 0) == (h.event.fatalities or 0) for h in found if h.gold.fatalities or h.event.fatalities]
    out.update(date_accuracy=_div(sum(dates), len(dates)), date_n=len(dates),
               fatalities_accuracy=_div(sum(deaths), len(deaths)), fatalities_n=len(deaths),
               date_accuracy_dated=_div(sum(dated), len(dated)), date_dated_n=len(dated),
               actor1_accuracy=_div(sum(actors), len(actors)), actor1_n=len(actors),
               actor2_accuracy=_div(sum(targets), len(targets)), actor2_n=len(targets), found=len(found))
    table = {}
    for label, c in per_type.items():
        p, r = _div(c["tp"], c["tp"] + c["fp"]), _div(c["tp"], c["gold"])
        table[label] = {"precision": p, "recall": r, "support": c["gold"], "extracted_wrong": c["fp"]}
    out["per_type"] = table
    out["false_positives"], out["missed"] = false_pos, missed
    return out


# The figures by_source gives for each source (the lists and tables stay in the whole corpus's figures).
SOURCE_FIGURES = ("documents", "gold_events", "extracted_events", "found", "precision", "strict_precision",
                  "incident_recall", "sub_event_accuracy", "place_accuracy", "date_accuracy", "actor1_accuracy")


def by_source(articles: list[Article], results: list[Extraction]) -> dict[str, dict]:
    """The main figures per source of the articles (hrdsattack, re3d, tr-news, geovirus, lee): a learned part
    trained on a mix of sources may gain on one and lose on another, which the pooled figures hide."""
    res = {r.id: r for r in results}
    out = {}
    for src in sorted({a.corpus for a in articles}):
        arts = [a for a in articles if a.corpus == src]
        f = score(arts, [res[a.id] for a in arts if a.id in res])
        out[src] = {k: f[k] for k in SOURCE_FIGURES}
    return out


# Where the false events are, by kind (counts only, so dev can be read without reading its errors).
FALSE_KINDS = ("duplicate", "other family in an event sentence", "other sentence of an event article",
               "article with no event")


def false_event_kinds(articles: list[Article], results: list[Extraction]) -> Counter:
    """The false events (precision's misses) counted by kind: a second report of a gold event already found;
    an event in a sentence that reports a gold event, of another event type; one in an article with gold
    events, in none of their sentences; one in an article the gold gives no event."""
    res = {r.id: r for r in results}
    out: Counter = Counter({k: 0 for k in FALSE_KINDS})
    for art in articles:
        evs = [e for e in res[art.id].events if e.modality not in NON_FACTUAL] if art.id in res else []
        hits, misses = match(art, evs)
        out["duplicate"] += sum(h.duplicate for h in hits)
        gold_sents = art.event_sentences()
        for e in misses:
            if not art.events:
                out["article with no event"] += 1
            elif _sentence_of(art, e.evidence.start, e.evidence.end) & gold_sents:
                out["other family in an event sentence"] += 1
            else:
                out["other sentence of an event article"] += 1
    return out


def _lab(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _text(art: Article, i: int) -> str:
    s, e = art.sentences[i]
    return art.text[s:e]


def _div(a: float, b: float) -> Optional[float]:
    return round(a / b, 4) if b else None
