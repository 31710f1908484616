"""Geoparsing benchmark on corpora with every toponym marked (GeoVirus, TR-News).

Recognition is scored by span overlap: a predicted place that overlaps a gold
toponym is a true positive (each gold toponym matched at most once). Resolution is
scored on the recognised gold toponyms (accuracy within 161 km, i.e. 100 miles,
the field's usual threshold) and end to end, where a missed toponym counts as
wrong. Speed: the time of the places stage against the bare spaCy parse of the
same texts, measured in the same process.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

ACCURACY_KM = 161.0


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass
class GeoDoc:
    text: str
    toponyms: list[GoldToponym]
    # TR-News marks nationality words ("Afghan", "Turkish") as toponyms of their country; GeoVirus does not.
    marks_demonyms: bool = False


@dataclass
class GeoScores:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    within: int = 0  # matched and within 161 km
    errors_km: list[float] = field(default_factory=list)
    parse_seconds: float = 0.0
    places_seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy_recognised(self) -> float:
        return self.within / self.matched if self.matched else 0.0

    @property
    def accuracy_end_to_end(self) -> float:
        return self.within / self.gold if self.gold else 0.0

    @property
    def median_error_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else float("nan")

    @property
    def overhead(self) -> float:
        """Places-stage time as a share of the bare spaCy parse time."""
        return self.places_seconds / self.parse_seconds if self.parse_seconds else float("nan")

    def as_dict(self) -> dict:
        return {
            "documents": self.documents, "gold_toponyms": self.gold, "predicted": self.predicted,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "accuracy_161km_recognised": round(self.accuracy_recognised, 4),
            "accuracy_161km_end_to_end": round(self.accuracy_end_to_end, 4),
            "median_error_km": round(self.median_error_km, 1),
            "parse_seconds": round(self.parse_seconds, 3), "places_seconds": round(self.places_seconds, 3),
            "places_overhead": round(self.overhead, 4),
        }


def read_corpus(path: str) -> list[GeoDoc]:
    """Read GeoVirus (<location>) or TR-News (<toponym><gaztag>) XML."""
    root = ET.parse(path).getroot()
    docs = []
    for art in root.iter("article"):
        text_el = art.find("text")
        text = text_el.text or "" if text_el is not None else ""
        tops = []
        for loc in art.iter("location"):  # GeoVirus
            tops.append(GoldToponym(int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name") or "",
                                    float(loc.findtext("lat")), float(loc.findtext("lon"))))
        tr_news = art.find(".//toponym") is not None
        for top in art.iter("toponym"):  # TR-News
            gaz = top.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                continue
            tops.append(GoldToponym(int(top.findtext("start")), int(top.findtext("end")), top.findtext("phrase") or "",
                                    float(gaz.findtext("lat")), float(gaz.findtext("lon"))))
        docs.append(GeoDoc(text, sorted(tops, key=lambda t: t.start), marks_demonyms=tr_news))
    return docs


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def score_document(scores: GeoScores, gold: list[GoldToponym], predicted: list) -> None:
    """Add one document's predictions (objects with start, end, lat, lon) to ``scores``."""
    scores.documents += 1
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    used: set[int] = set()
    for g in gold:
        best = None
        for i, p in enumerate(predicted):
            if i in used or p.end <= g.start or p.start >= g.end:
                continue
            best = i
            break
        if best is None:
            continue
        used.add(best)
        scores.matched += 1
        p = predicted[best]
        if p.lat is None or p.lon is None:
            scores.errors_km.append(20038.0)  # half the earth: unresolved
            continue
        d = haversine_km(g.lat, g.lon, p.lat, p.lon)
        scores.errors_km.append(d)
        if d <= ACCURACY_KM:
            scores.within += 1


HALVES = {"even": 0, "odd": 1}


def half_of(docs: list[GeoDoc], half: Optional[str]) -> list[GeoDoc]:
    """The even- or odd-indexed articles (from 0), or all: one half to develop on, the other to check."""
    return docs if half is None else docs[HALVES[half]::2]


def run_benchmark(docs: Iterable[GeoDoc], roles: Optional[tuple[str, ...]] = None,
                  progress: Optional[Callable[[int], None]] = None) -> GeoScores:
    """Parse every text with spaCy, run the places stage, and score it against the gold. The roles
    scored are locations and metonyms, and nationality words (role origin) where the corpus marks
    them as toponyms (``GeoDoc.marks_demonyms``), unless ``roles`` says otherwise."""
    from ..extract.places import extract_places
    from ..extract.places.gazetteer import get_gazetteer
    from ..read.nlp import get_nlp

    nlp = get_nlp()
    gaz = get_gazetteer()
    docs = list(docs)
    scores = GeoScores()
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    scores.parse_seconds = time.perf_counter() - t0
    for n, (d, doc) in enumerate(zip(docs, parsed), 1):
        t1 = time.perf_counter()
        places = extract_places(doc, gaz)
        scores.places_seconds += time.perf_counter() - t1
        scored = roles or (("location", "metonym", "origin") if d.marks_demonyms else ("location", "metonym"))
        score_document(scores, d.toponyms, [p for p in places if p.role in scored])
        if progress:
            progress(n)
    return scores


@dataclass
class SpeedFigures:
    documents: int
    characters: int
    parse_seconds: float
    places_seconds: float
    places: int

    def as_dict(self) -> dict:
        return {"documents": self.documents, "characters": self.characters,
                "parse_seconds": round(self.parse_seconds, 3), "places_seconds": round(self.places_seconds, 3),
                "places_overhead": round(self.places_seconds / self.parse_seconds, 4) if self.parse_seconds else None,
                "places": self.places}


def measure_speed(texts: list[str]) -> SpeedFigures:
    """The places stage's time against the bare spaCy parse of the same texts (gazetteer loaded first)."""
    from ..extract.places import extract_places
    from ..extract.places.gazetteer import get_gazetteer
    from ..read.nlp import get_nlp

    nlp, gaz = get_nlp(), get_gazetteer()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = sum(len(extract_places(doc, gaz)) for doc in docs)
    return SpeedFigures(len(texts), sum(map(len, texts)), parse, time.perf_counter() - t1, n)
