"""Event extraction quality: the benchmark behind `sitroom bench events`.

Datasets (each scored on its own; every file is given by the caller, see :class:`DataPaths` — the
installed package carries no checkout paths; `sitroom bench events` defaults to the checkout's):
- ``written``: our labelled reports (``written``: data/events/reports.jsonl), by split; "test" is the
  held-out part whose templates the classifier never saw;
- ``seed``: the hand annotation of the seed article (``seed_gold``: ../shared/gold/seed-article.json);
- ``plover``: PLOVER gold-standard sentences (``devdata``/plover) mapped to ACLED where the mapping is
  clean (``plover_map``: data/events/plover_acled.json), plus statements that must yield no event;
- ``hrdsattack``: news articles about attacks on human-rights defenders (``devdata``/hrdsattack, dev
  split), scored on the type family, date, country and perpetrator of the event;
- ``re3d``: entities of defence and security documents (``devdata``/re3d; see re3d.py);
- ``real``: the annotated real-news corpus (``corpus``: data/annotated; see real.py).

Type scores are per gold event: a gold event is matched by the predicted event whose evidence overlaps
its quote; predicted events matching nothing are false positives (reports of what did not or may not
happen — negated, planned, threatened, predicted, hypothetical, denied — are not counted as events).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import ConfigError
from ..records import NON_FACTUAL, DocumentIn, Event, Extraction

NONE = "none"
DATASETS = ("real", "written", "seed", "plover", "hrdsattack", "re3d")


@dataclass(frozen=True)
class DataPaths:
    """Where each dataset's files are.

    devdata (Path): the development data folder, with plover/, hrdsattack/ and re3d/.
    written (Path): our labelled reports (JSONL). seed_gold (Path): the seed article's gold annotation
    (its ``document`` is found beside it or in a folder above). corpus (Path): the annotated real-news
    corpus folder. plover_map (Path): the PLOVER-to-ACLED mapping (JSON).
    """

    devdata: Path
    written: Path
    seed_gold: Path
    corpus: Path
    plover_map: Path

    def needs(self, dataset: str, split: str = "test") -> list[Path]:
        """The files and folders ``dataset`` reads."""
        return {
            "real": [self.corpus / f"{split}.jsonl"],
            "written": [self.written],
            "seed": [self.seed_gold],
            "plover": [self.plover_map, self.devdata / "plover" / "PLOVER_GSR_CAMEO.txt"],
            "hrdsattack": [self.devdata / "hrdsattack" / "dev.json"],
            "re3d": [self.devdata / "re3d"],
        }[dataset]

    def missing(self, dataset: str, split: str = "test") -> Optional[Path]:
        """The first file ``dataset`` needs that is not there, or None when it has its data."""
        return next((p for p in self.needs(dataset, split) if not p.exists()), None)


@dataclass
class GoldEvent:
    label: str
    quote: str
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    location: Optional[str] = None
    date: Optional[tuple[str, str]] = None
    fatalities: Optional[int] = None
    modality: Optional[str] = None
    core: bool = False
    id: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    published: Optional[str]
    source: Optional[str]
    events: list[GoldEvent] = field(default_factory=list)

    def to_input(self) -> DocumentIn:
        return DocumentIn(id=self.id, text=self.text, published=self.published, source=self.source)


# ---- datasets ----------------------------------------------------------------------------------------

def written_docs(path: Path, split: str = "test") -> list[GoldDoc]:
    """Our written reports (the JSONL file at ``path``) of one split ("train", "dev", "test" or "all")."""
    docs = []
    for line in Path(path).open(encoding="utf-8"):
        r = json.loads(line)
        if split != "all" and r["split"] != split:
            continue
        evs = []
        for e in r["events"]:
            d = e.get("date")
            evs.append(GoldEvent(
                label=f"{e['event_type']} / {e['sub_event_type']}", quote=e["quote"],
                actor1=(e.get("actor1") or {}).get("name"), actor2=(e.get("actor2") or {}).get("name"),
                location=(e.get("location") or {}).get("name"), date=(d["start"], d["end"]) if d else None,
                fatalities=e.get("fatalities"), modality=e.get("modality")))
        docs.append(GoldDoc(r["id"], r["text"], r["published"], r["source"], evs))
    return docs


_SEED_LABELS = {  # our coding of the seed's gold types: visits are Diplomacy here (issue 4)
    "E4": "Diplomacy / Diplomatic contact", "E5": "Diplomacy / Diplomatic contact",
}


def seed_docs(gold_path: Path) -> list[GoldDoc]:
    """The seed article with its gold events (publication date 2021-07-12), from the gold annotation at
    ``gold_path``; the article is its ``document``, a path relative to the gold file's folder or one above."""
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = next((base / gold["document"] for base in gold_path.resolve().parents
                     if (base / gold["document"]).exists()), None)
    if document is None:
        raise ConfigError(f"seed article {gold['document']} (named by {gold_path}) not found beside it or above")
    text = document.read_text(encoding="utf-8")
    evs = []
    for e in gold["events"]:
        sub = e["sub_event_type"].split(" (")[0]
        label = _SEED_LABELS.get(e["id"], f"{e['event_type']} / {sub}")
        rng = e["date"].get("range")
        evs.append(GoldEvent(label=label, quote=e["quote"], actor1=e["actor1"].split(" (")[0] if e["actor1"] else None,
                             actor2=(e["actor2"] or "").split(" (")[0] or None, location=e["location"]["name"],
                             date=tuple(rng) if rng else None, modality=e["modality"].split(" (")[0],
                             core=e["core"], id=e["id"]))
    return [GoldDoc("seed", text, gold["publication_date"]["test_value"], None, evs)]


def plover_docs(devdata: Path, mapping_path: Path) -> list[GoldDoc]:
    """PLOVER sentences (``devdata``/plover): mapped ones (``mapping_path``) with one gold event, statements
    with none."""
    mapping = json.loads(Path(mapping_path).read_text(encoding="utf-8"))
    records = json.loads((Path(devdata) / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    docs, seen = [], Counter()
    for r in records[1:]:
        key = r["id"].replace("PLOVER-GSR01-", "")
        seen[key] += 1
        if seen[key] > 1:
            key = f"{key}#{seen[key]}"
        text = r.get("text") or ""
        if not text:
            continue
        label = mapping["labels"].get(key)
        if label:
            docs.append(GoldDoc(key, text, r.get("date"), None, [GoldEvent(label=label, quote=text)]))
        elif r["event"] in mapping["none_types"]:
            docs.append(GoldDoc(key, text, r.get("date"), None, []))
    return docs


def _html_text(fragment: str) -> str:
    text = re.sub(r"</p>\s*<p>", "\n\n", fragment)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


@dataclass
class HrdsDoc:
    doc: GoldDoc
    labels: set[str]  # acceptable labels for the violation types
    date: Optional[str]  # YYYY-MM-DD when day, month and year are all given
    country: Optional[str]
    state_perpetrator: Optional[bool]


_VIOLATIONS = {
    "arbitrary detention": {"Strategic developments / Arrests"},
    "kidnapping": {"Violence against civilians / Abduction/forced disappearance"},
    "enforced disappearance": {"Violence against civilians / Abduction/forced disappearance",
                               "Strategic developments / Arrests"},
    "killing": {"Violence against civilians / Attack", "Protests / Excessive force against protesters",
                "Battles / Armed clash", "Explosions/Remote violence / Remote explosive/landmine/IED"},
    "torture": {"Violence against civilians / Attack"},
}


def hrds_docs(devdata: Path, split: str = "dev") -> list[HrdsDoc]:
    """HRDsAttack articles (``devdata``/hrdsattack) with their adjudicated labels."""
    items = json.loads((Path(devdata) / "hrdsattack" / f"{split}.json").read_text(encoding="utf-8"))
    out = []
    for k, it in enumerate(items):
        s, m = it["sample"], it["merged_sample"]
        text = _html_text(s["Input.article_interface"])
        pub = (s.get("Input.publish_date") or "")[:10] or None
        labels = set().union(*[_VIOLATIONS.get(v, set()) for v in m.get("violation_types") or []])
        date = None
        try:
            y, mo, d = int(float(m["year"])), int(m["month"]), int(float(m["date"]))
            date = dt.date(y, mo, d).isoformat()
        except (TypeError, ValueError, KeyError):
            pass
        perp = m.get("perpetrator_type")
        state = None if perp in (None, "None", "insufficient info") else perp in ("state actor", "other state actors")
        country = m.get("country") if m.get("country") not in (None, "None") else None
        out.append(HrdsDoc(GoldDoc(f"hrds-{split}-{k}", text, pub, None, []), labels, date, country, state))
    return out


# ---- running and scoring -----------------------------------------------------------------------------

def extract(docs: Iterable[GoldDoc], pipeline=None) -> tuple[list[Extraction], float, float]:
    """Run the pipeline; returns (extractions, seconds in the events stage, seconds in the whole run)."""
    from ..extract.events import NAME
    from ..pipeline import Pipeline

    pipe = pipeline or Pipeline()
    spent = [0.0]
    for idx, (name, fn) in enumerate(pipe.stages):
        if name == NAME:
            def timed(ctx, _fn=fn):
                t0 = time.perf_counter()
                _fn(ctx)
                spent[0] += time.perf_counter() - t0
            pipe.stages[idx] = (name, timed)
    docs = list(docs)
    t0 = time.perf_counter()
    out = []
    for i in range(0, len(docs), 16):
        out.extend(pipe.run_batch([d.to_input() for d in docs[i:i + 16]]))
    return out, spent[0], time.perf_counter() - t0


def _norm(s: Optional[str]) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def actor_matches(gold: Optional[str], pred) -> bool:
    """Same actor: names agree, one contains the other, or the catalogue resolves the gold name to the
    predicted canonical name (gold files may spell "Rapid Support Forces" where the catalogue says "RSF")."""
    if gold is None or pred is None:
        return False
    g, n, t = _norm(gold), _norm(pred.name), _norm(pred.text)
    if bool(g) and (g == n or (t and (g in t or t in g)) or (n and (g in n or n in g))):
        return True
    try:
        from ..extract.actors import match_actor

        ref = match_actor(gold)
    except Exception:  # the catalogue is optional for scoring
        return False
    return ref is not None and _norm(ref.name) == n


def place_matches(gold: Optional[str], pred) -> bool:
    if gold is None or pred is None:
        return False
    g = _norm(gold)
    names = {_norm(pred.name), _norm(pred.text), _norm(pred.admin2), _norm(pred.admin1)} - {""}
    return any(g == n or g in n or n in g for n in names)


def _label(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _match(doc: GoldDoc, events: list[Event]) -> tuple[list[tuple[GoldEvent, Optional[Event]]], list[Event]]:
    """Pair gold events with predicted ones by evidence overlap; return pairs and unmatched predictions."""
    used: set[int] = set()
    pairs = []
    for g in doc.events:
        qs = doc.text.find(g.quote)
        qe = qs + len(g.quote)
        cands = [(i, e) for i, e in enumerate(events)
                 if i not in used and qs >= 0 and e.evidence.start < qe and qs < e.evidence.end]
        best = None
        if cands:
            best = max(cands, key=lambda ie: (_label(ie[1]) == g.label, ie[1].confidence))
            used.add(best[0])
        pairs.append((g, best[1] if best else None))
    extra = [e for i, e in enumerate(events) if i not in used and e.modality not in NON_FACTUAL]
    return pairs, extra


def f1_table(gold_labels: list[str], pred_labels: list[str]) -> dict:
    """Per-label precision/recall/F1 over labels other than "none", with weighted and macro F1."""
    labels = sorted({l for l in gold_labels if l != NONE})
    per = {}
    for l in labels:
        tp = sum(1 for g, p in zip(gold_labels, pred_labels) if g == l and p == l)
        fp = sum(1 for g, p in zip(gold_labels, pred_labels) if g != l and p == l)
        fn = sum(1 for g, p in zip(gold_labels, pred_labels) if g == l and p != l)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[l] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                  "support": tp + fn}
    support = sum(v["support"] for v in per.values())
    weighted = sum(v["f1"] * v["support"] for v in per.values()) / support if support else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {"weighted_f1": weighted, "macro_f1": macro, "per_type": per}


def score(docs: list[GoldDoc], results: list[Extraction]) -> dict:
    """Type F1, and argument accuracies over matched gold events that carry the argument."""
    gold_l, pred_l = [], []
    acc = defaultdict(lambda: [0, 0])
    for doc, res in zip(docs, results):
        pairs, extra = _match(doc, res.events)
        for g, p in pairs:
            gold_l.append(g.label)
            pred_l.append(_label(p) if p else NONE)
            if p is None:
                continue
            if g.date:
                acc["date_exact"][1] += 1
                acc["date_exact"][0] += (p.date.start, p.date.end) == tuple(g.date)
            if g.fatalities is not None:
                acc["fatalities_exact"][1] += 1
                acc["fatalities_exact"][0] += p.fatalities == g.fatalities
            for slot in ("actor1", "actor2"):
                if getattr(g, slot):
                    acc["actor"][1] += 1
                    acc["actor"][0] += actor_matches(getattr(g, slot), getattr(p, slot))
            if g.location:
                acc["place"][1] += 1
                acc["place"][0] += place_matches(g.location, p.location)
            if g.modality:
                acc["modality"][1] += 1
                acc["modality"][0] += p.modality == g.modality
        for e in extra:
            gold_l.append(NONE)
            pred_l.append(_label(e))
    out = f1_table(gold_l, pred_l)
    out["gold_events"] = sum(len(d.events) for d in docs)
    out["documents"] = len(docs)
    out["false_positives"] = sum(1 for g, p in zip(gold_l, pred_l) if g == NONE and p != NONE)
    for k, (right, n) in acc.items():
        out[k] = right / n if n else None
        out[k + "_n"] = n
    return out


def score_seed(doc: GoldDoc, result: Extraction) -> dict:
    """Per gold event of the seed: type right, and for core events every argument."""
    pairs, extra = _match(doc, result.events)
    rows, right = [], 0
    for g, p in pairs:
        ok_type = p is not None and _label(p) == g.label
        checks = {"type": ok_type}
        if g.core and p is not None:
            checks["actor1"] = actor_matches(g.actor1, p.actor1)
            checks["actor2"] = g.id == "E2" or actor_matches(g.actor2, p.actor2)  # E2: civilians by ACLED's rule
            checks["place"] = place_matches(g.location, p.location)
            checks["date"] = bool(g.date) and p.date.start == g.date[0] and p.date.end in g.date
            checks["modality"] = p.modality == g.modality
        ok = all(checks.values())
        right += ok
        rows.append({"id": g.id, "core": g.core, "ok": ok, **checks})
    core = [r for r in rows if r["core"]]
    return {"events": rows, "core_right": sum(r["ok"] for r in core), "core_total": len(core),
            "recall": sum(r["type"] for r in rows) / len(rows), "all_right": right, "extra_events": len(extra)}


def score_hrds(items: list[HrdsDoc], results: list[Extraction]) -> dict:
    """Type family found, date exact, country and perpetrator of the best matching event, per article."""
    import pycountry

    acc = defaultdict(lambda: [0, 0])
    for it, res in zip(items, results):
        evs = [e for e in res.events if e.modality not in NON_FACTUAL]
        typed = [e for e in evs if _label(e) in it.labels]
        if it.labels:
            acc["type_found"][1] += 1
            acc["type_found"][0] += bool(typed)
        best = max(typed or evs, key=lambda e: e.confidence, default=None)
        if best is None:
            continue
        if it.date:
            acc["date_exact"][1] += 1
            acc["date_exact"][0] += any(e.date.start == it.date and e.date.end == it.date for e in (typed or evs))
        if it.country and best.location is not None and best.location.country:
            try:
                c = pycountry.countries.get(alpha_2=best.location.country)
                names = {_norm(c.name), _norm(getattr(c, "common_name", "")), _norm(getattr(c, "official_name", ""))}
            except (KeyError, AttributeError):
                names = set()
            acc["country"][1] += 1
            acc["country"][0] += _norm(it.country) in names or any(_norm(it.country) in n for n in names if n)
        if it.state_perpetrator is not None and best.actor1 is not None:
            acc["perpetrator_state"][1] += 1
            is_state = best.actor1.inter in (1, 3) or (best.actor1.actor_type or "").startswith(("state", "police", "government"))
            acc["perpetrator_state"][0] += is_state == it.state_perpetrator
    out = {"documents": len(items)}
    for k, (right, n) in acc.items():
        out[k] = right / n if n else None
        out[k + "_n"] = n
    return out


def run_benchmark(datasets: Iterable[str], paths: DataPaths, split: str = "test",
                  limit: Optional[int] = None) -> dict:
    """Figures per dataset, plus the time in the events stage against the whole pipeline.

    datasets: names from :data:`DATASETS`; each must have its data (see :meth:`DataPaths.missing`: the
    caller decides which to skip). paths: where the datasets are. split: of the real corpus and of the
    written reports. RAISES ConfigError: a dataset's data is missing.
    """
    from ..pipeline import Pipeline

    for name in datasets:
        gone = paths.missing(name, split)
        if gone is not None:
            raise ConfigError(f"no data for dataset {name!r}: {gone} does not exist")
    pipe = Pipeline()
    figures: dict = {}
    for name in datasets:
        if name == "real":
            from .real import load_split, score as score_real

            arts = load_split(paths.corpus, split)[:limit]
            results, ev_s, all_s = extract(arts, pipe)
            figures[f"real-{split}"] = {**score_real(arts, results), "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        if name == "hrdsattack":
            items = hrds_docs(paths.devdata)[:limit]
            results, ev_s, all_s = extract([i.doc for i in items], pipe)
            figures[name] = {**score_hrds(items, results), "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        if name == "re3d":
            from .re3d import re3d_docs, score_re3d

            items = re3d_docs(paths.devdata / "re3d")[:limit]
            results, ev_s, all_s = extract([i.doc for i in items], pipe)
            figures[name] = {**score_re3d(items, results), "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        docs = {"written": lambda: written_docs(paths.written, split), "seed": lambda: seed_docs(paths.seed_gold),
                "plover": lambda: plover_docs(paths.devdata, paths.plover_map)}[name]()[:limit]
        results, ev_s, all_s = extract(docs, pipe)
        fig = score(docs, results)
        if name == "seed":
            fig["seed"] = score_seed(docs[0], results[0])
        fig.update(events_seconds=ev_s, pipeline_seconds=all_s)
        figures[name if name != "written" else f"written-{split}"] = fig
    return figures
