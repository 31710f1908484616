"""The event-level filter: is an extracted event a real event of the right family, not a duplicate?

The detector reads one sentence at a time; most of its false events on real news are sentences of
commentary, background, quotes, reactions and plans, and retellings of an event already coded. What tells
them apart shows only once the event is built: how sure the detector and the typer were, how many
sentences report it, where it sits in the article, whether it is inside a quote or a reported-speech
clause, its verb's tense and modality, whether its date and place come from its own sentence, how far
the date lies from publication, whether its actors are named and its fatalities known, and how many
events the article has. A logistic regression over those (``FEATURES``), fitted with scikit-learn by
bench/train_rerank.py on the out-of-fold events of the annotated corpus's train and dev splits (labels:
the event hits a gold event of its family and is not a duplicate), keeps each factual event whose
probability is at or above its threshold (chosen out of fold). It ships as plain arrays in
``rerank.npz`` beside this file, which also records the SHA-256 of the detector and of the data it was
trained against (the detector's scores are its main inputs: a retrained detector needs a retrained
filter, and a test says so). Reports of what did not or may not happen are left alone: they are no
extracted events and the filter never learned them.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np

from ...environment import ENV, from_environment
from ...lang.en.events.irrealis import MODAL_AUX
from ...lang.en.events.modality import ACCORDING_TO
from ...lang.en.reporting import SPEECH_LEMMAS
from ...records import NON_FACTUAL, Event
from .taxonomy import LABELS
from ..pos import VERBAL

HERE = Path(__file__).parent
RERANK_PATH = HERE / "rerank.npz"
# A candidate filter to benchmark (bench/train_rerank.py --out), or "off" for none.
RERANK_ENV = ENV["events_reranker"]

EVENT_TYPES = sorted({label.split(" / ")[0] for label in LABELS})
# A date's precision: the day, a coarser stretch the text names, or the report's own week. Grouped so that no
# column is so rare that standardising it gives it an outsized value (part of month is rare on real news).
_COARSE = ("part of month", "month", "year", "range")
_FINER = ("admin2", "populated place", "border area", "other")
_ATTRIBUTED = ("reported", "alleged", "claimed")
_OPEN_QUOTES = "\u201c\u00ab"
_CLOSE_QUOTES = "\u201d\u00bb"
_MODALS = frozenset(m for m in MODAL_AUX if m.isalpha())  # the modal auxiliaries written out

FEATURES = (
    # the detector and the typer on the evidence sentence
    ["p_event", "logit_p_event", "confidence", "old_factor", "type_top", "type_margin", "type_own",
     "family", "own_is_top", "n_cues", "cue_weight", "has_trigger"]
    # how the event is reported in its document
    + ["reports_same_type", "sentences_same_type", "reports_same_label", "events_same_type", "own_arguments"]
    # where it sits
    + ["position", "first_units", "log_paragraph", "rank_by_p", "rank_share", "log_units", "log_events",
       "found_share"]
    # how it is told
    + ["in_quotes", "has_quotes", "speech_clause", "according_to", "hedges", "log_length"]
    + [f"tense_{t}" for t in ("VBD", "VBN", "VBG", "VBZP", "VB", "none")] + ["modal", "passive"]
    + ["attributed"]
    # its arguments
    + ["date_day", "date_coarse", "date_publication", "date_none", "date_in_sentence", "days_newest", "days_oldest",
                                             "future_date"]
    + ["place_none", "place_country", "place_admin1", "place_finer", "place_in_sentence"]
    + ["actor1", "actor1_in_sentence", "actor2", "actor2_in_sentence", "fatalities", "fatalities_some",
       "injured", "arrested"]
    + [f"type_{t}" for t in EVENT_TYPES]
)


@dataclass
class UnitScore:
    """What the detector and typer said of one unit reported as an event."""

    p_event: float
    probs: dict[str, float]  # p(sub-event type | event)
    n_cues: int
    cue_weight: float


@dataclass
class DocInfo:
    """The document-level facts the filter reads: its units' scores (by unit start), its number of units,
    of units at or above the detector's bar, and every report the extractor built before merging."""

    scores: dict[int, UnitScore]
    n_units: int
    n_found: int
    reports: list[Event] = field(default_factory=list)
    pub_date: object = None


def event_features(events: list[Event], info: DocInfo, doc) -> np.ndarray:
    """One row of ``FEATURES`` per event (``doc``: the parsed document the evidence points into)."""
    factual = [e for e in events if e.modality not in NON_FACTUAL]
    order = sorted(range(len(factual)), key=lambda i: -factual[i].confidence)
    rank = {id(factual[i]): r for r, i in enumerate(order)}
    rows = [_row(e, info, doc, rank.get(id(e), len(factual)), factual) for e in events]
    return np.array(rows, dtype=np.float64).reshape(len(events), len(FEATURES))


def _row(e: Event, info: DocInfo, doc, rank: int, factual: list[Event]) -> list[float]:
    from .rules import own_arguments

    f: dict[str, float] = {}
    label = f"{e.event_type} / {e.sub_event_type}"
    s = info.scores.get(e.evidence.start)
    pe = s.p_event if s else e.confidence
    probs = sorted(s.probs.values(), reverse=True) if s else [0.0, 0.0]
    top_label = max(s.probs, key=s.probs.get) if s else None
    pc = min(max(pe, 1e-4), 1 - 1e-4)
    f.update(p_event=pe, logit_p_event=math.log(pc / (1 - pc)), confidence=e.confidence,
             old_factor=float(e.confidence < pe - 1e-6), type_top=probs[0],
             type_margin=probs[0] - (probs[1] if len(probs) > 1 else 0.0),
             type_own=s.probs.get(label, 0.0) if s else 0.0, own_is_top=float(top_label == label),
             family=sum(q for k, q in s.probs.items() if k.split(" / ")[0] == e.event_type) if s else 0.0,
             n_cues=min(s.n_cues, 5) if s else 0, cue_weight=s.cue_weight if s else 0.0,
             has_trigger=float(e.trigger is not None))
    same_type = [r for r in info.reports if r.event_type == e.event_type]
    f.update(reports_same_type=math.log1p(len(same_type)),
             sentences_same_type=math.log1p(len({r.evidence.sentence for r in same_type})),
             reports_same_label=math.log1p(sum(1 for r in same_type if r.sub_event_type == e.sub_event_type)),
             events_same_type=math.log1p(sum(1 for o in factual if o.event_type == e.event_type)),
             own_arguments=own_arguments(e))
    n_units = max(info.n_units, 1)
    f.update(position=e.evidence.sentence / n_units, first_units=float(e.evidence.sentence < 3),
             log_paragraph=math.log1p(e.evidence.paragraph or 0), rank_by_p=math.log1p(rank),
             rank_share=rank / max(len(factual), 1), log_units=math.log1p(info.n_units),
             log_events=math.log1p(len(factual)), found_share=info.n_found / n_units)
    f.update(_telling(e, doc))
    f["attributed"] = float(e.modality in _ATTRIBUTED)
    f.update(_date(e, info.pub_date))
    loc = e.location
    level = None if loc is None or loc.country is None else loc.level
    f.update(place_none=float(level is None), place_country=float(level == "country"),
             place_admin1=float(level == "admin1"), place_finer=float(level in _FINER),
             place_in_sentence=float(loc is not None and bool(loc.text) and loc.text in e.evidence.text))
    for k, a in (("actor1", e.actor1), ("actor2", e.actor2)):
        f[k] = float(a is not None)
        f[f"{k}_in_sentence"] = float(a is not None and bool(a.text) and a.text in e.evidence.text)
    f.update(fatalities=float(e.fatalities is not None), fatalities_some=float(bool(e.fatalities)),
             injured=float(e.injured is not None), arrested=float(e.arrested is not None))
    for t in EVENT_TYPES:
        f[f"type_{t}"] = float(e.event_type == t)
    return [f.get(name, 0.0) for name in FEATURES]


def _telling(e: Event, doc) -> dict[str, float]:
    """Quotes, reported speech, tense and modals around the event's trigger (its sentence's root when it
    has none)."""
    text = e.evidence.text
    at = _trigger_offset(e)
    before = text[:at] if at >= 0 else ""
    in_quotes = at >= 0 and (before.count('"') % 2 == 1
                             or sum(before.count(q) for q in _OPEN_QUOTES) > sum(before.count(q) for q in _CLOSE_QUOTES))
    out = {"in_quotes": float(in_quotes), "has_quotes": float(any(q in text for q in '"' + _OPEN_QUOTES)),
           "according_to": float(bool(ACCORDING_TO.search(text))), "hedges": float(len(e.hedges)),
           "log_length": math.log1p(len(text))}
    tok = _token(doc, e.evidence.start + at if at >= 0 else None, e.evidence.start, e.evidence.end)
    verb = tok
    while verb is not None and verb.pos_ not in VERBAL and verb.head.i != verb.i:
        verb = verb.head
    tag = verb.tag_ if verb is not None and verb.pos_ in VERBAL else "none"
    tag = "VBZP" if tag in ("VBZ", "VBP") else tag
    out[f"tense_{tag if tag in ('VBD', 'VBN', 'VBG', 'VBZP', 'VB') else 'none'}"] = 1.0
    if verb is not None:
        kids = list(verb.children)
        out["modal"] = float(any(k.lower_ in _MODALS for k in kids))
        out["passive"] = float(any(k.dep_ in ("auxpass", "nsubjpass") for k in kids))
        out["speech_clause"] = float(any(a.lemma_ in SPEECH_LEMMAS for a in verb.ancestors)
                                     or (tok is not None and tok.i != verb.i and verb.lemma_ in SPEECH_LEMMAS))
    return out


def _trigger_offset(e: Event) -> int:
    """The trigger's offset in the evidence text: where the extractor found it (not the word's first
    occurrence: in "killed ... said they killed" the second may be the event's); -1 when the event has no
    trigger in its own sentence (none, or one filled in from another report of it)."""
    start = e._trigger_start
    if e.trigger and start is not None and e.evidence.start <= start < e.evidence.end:
        return start - e.evidence.start
    return -1


def _token(doc, char: Optional[int], start: int, end: int):
    """The token at ``char`` (the trigger), else the root of the span ``start:end``."""
    if doc is None:
        return None
    if char is not None:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            return span[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _date(e: Event, pub) -> dict[str, float]:
    d = e.date
    out = {"date_day": float(d.precision == "day"), "date_coarse": float(d.precision in _COARSE),
           "date_publication": float(d.precision == "publication")}
    out["date_none"] = float(not (d.start or d.end))
    out["date_in_sentence"] = float(bool(d.text) and d.text in e.evidence.text)
    from .where_when import age_days

    newest, oldest = age_days(d, pub)
    out["days_newest"] = max(-1.0, min(newest, 90) / 30) if newest is not None else 0.0
    out["days_oldest"] = max(-1.0, min(oldest, 90) / 30) if oldest is not None else 0.0
    out["future_date"] = float(newest is not None and newest < 0)
    return out


@dataclass
class Reranker:
    """p(real event of the right family, not a duplicate) = sigmoid(((x - mean) / scale) @ weights + bias)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    names: list[str]
    meta: dict = field(default_factory=dict)
    # The detector's p(event) bar for candidate sentences when the filter is on (the stage's threshold
    # config, when given, wins): lower than the detector's own, since the filter removes what it lets in.
    detector_bar: Optional[float] = None

    def p(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def select(self, events: list[Event], x: np.ndarray) -> list[Event]:
        """The events kept: every non-factual one, and the factual ones at or above the threshold."""
        if not events:
            return events
        p = self.p(x)
        return [e for e, q in zip(events, p) if e.modality in NON_FACTUAL or q >= self.threshold]

    def save(self, path: Path = RERANK_PATH) -> None:
        np.savez_compressed(path, mean=self.mean.astype(np.float64), scale=self.scale.astype(np.float64),
                            weights=self.weights.astype(np.float64), bias=np.array([self.bias]),
                            threshold=np.array([self.threshold]), names=np.array(self.names),
                            detector_bar=np.array([np.nan if self.detector_bar is None else self.detector_bar]),
                            meta=np.array(json.dumps(self.meta, sort_keys=True)))

    @classmethod
    def load(cls, path: Path = RERANK_PATH) -> "Reranker":
        d = np.load(path, allow_pickle=False)
        names = [str(n) for n in d["names"]]
        if names != FEATURES:
            raise ValueError(f"{path}: its features are not this code's (rebuild it with bench/train_rerank.py)")
        bar = float(d["detector_bar"][0])
        return cls(d["mean"], d["scale"], d["weights"], float(d["bias"][0]), float(d["threshold"][0]), names,
                   json.loads(str(d["meta"])), None if math.isnan(bar) else bar)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rerank_path() -> Optional[Path]:
    value = from_environment("events_reranker")
    if value == "off":
        return None
    return Path(value) if value else RERANK_PATH


def active_path(detector_file: Path) -> Optional[Path]:
    """The filter file the events stage applies with the detector ``detector_file``: the shipped one (or
    the candidate named by $SITROOM_EVENTS_RERANKER); None when "off", absent, or trained against another
    detector (its scores are the filter's main inputs), which is said once on stderr."""
    path = rerank_path()
    if path is None or not path.exists():
        return None
    return path if _matches(str(path), str(detector_file)) else None


@lru_cache(maxsize=8)
def _matches(path: str, detector_file: str) -> bool:
    want = Reranker.load(Path(path)).meta.get("detector_sha256")
    if Path(detector_file).exists() and want == file_sha256(Path(detector_file)):
        return True
    print(f"warning: the event filter {path} was trained against another detector than {detector_file}; "
          "events are extracted without it (rebuild it with `make rerank`)", file=sys.stderr, flush=True)
    return False


def get_reranker(detector_file: Path) -> Optional[Reranker]:
    """The filter to apply with the detector ``detector_file`` (see active_path), None for none."""
    path = active_path(detector_file)
    return _load(str(path)) if path is not None else None


@lru_cache(maxsize=8)
def _load(path: str) -> Reranker:
    return Reranker.load(Path(path))
