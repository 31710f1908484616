"""The datasets of the events benchmark (see events.py): where each lives (DataPaths) and how each is
read into gold documents."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import ConfigError
from ..records import DocumentIn

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


SEED_LABELS = {  # our coding of the seed's gold types: visits are Diplomacy here (issue 4)
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
        label = SEED_LABELS.get(e["id"], f"{e['event_type']} / {sub}")
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
