"""What the event detector reads of a unit: features the parse already paid for.

A unit (sentence) is described by
- spaCy's contextual token vectors (``doc.tensor``, 96 values per token from en_core_web_sm's tok2vec),
  mean- and max-pooled over the sentence and each pool L2-normalised: the words in their context, at no
  extra model run (a MiniLM sentence embedding cost 40-90% of the parse);
- the mean of its content words' static vectors distilled from MiniLM (word_vectors.py): what the words
  mean, so that phrasings never seen in training ("gang-raped", "bombarded") land near seen ones;
- hashed unigrams, bigrams, lemmas and dependency triples (crc32, 4096 buckets, L2-normalised): the
  exact wording;
- the cue vector from patterns.py (one value per label).
The detector and typer (detector.py) read these, with the document's mean, and are trained on the
annotated real-news corpus by bench/train_detector.py.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING, Optional, Sequence

import numpy as np

if TYPE_CHECKING:
    from .patterns import Cue

# Width of one pooled tok2vec vector (en_core_web_sm); two pools (mean, max) per sentence. (A third
# pool over the cue words alone was measured worse on the dev and held-out splits.)
TENSOR_DIM = 96
CONTEXT_DIM = 2 * TENSOR_DIM
BOW_DIM = 4096
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.maximum(np.linalg.norm(v, axis=-1, keepdims=True), 1e-9)


def context_vectors(spans: Sequence[object]) -> np.ndarray:
    """Mean and max of the spans' tok2vec rows (``doc.tensor``), each L2-normalised; zeros when the
    parse carries no tensor (a pipeline without tok2vec) or a span is empty."""
    x = np.zeros((len(spans), CONTEXT_DIM), dtype=np.float32)
    for i, span in enumerate(spans):
        tensor = getattr(getattr(span, "doc", None), "tensor", None)
        if tensor is None or tensor.ndim != 2 or tensor.shape[1] != TENSOR_DIM or span.end <= span.start:
            continue
        rows = np.asarray(tensor[span.start:span.end], dtype=np.float32)
        x[i, :TENSOR_DIM] = _unit(rows.mean(axis=0))
        x[i, TENSOR_DIM:] = _unit(rows.max(axis=0))
    return x


class _ParseKeys:
    """Lemma and (head lemma, relation, lemma) keys of a document's tokens, read from the parse arrays
    and only for the tokens asked for (Token objects cost more than the rest of the typing)."""

    def __init__(self, doc) -> None:
        from spacy.attrs import DEP, HEAD, IS_ALPHA, LEMMA

        arr = doc.to_array([LEMMA, DEP, HEAD, IS_ALPHA])
        self.strings = doc.vocab.strings
        self.lemma_ids = arr[:, 0].tolist()
        self.dep_ids = arr[:, 1].tolist()
        self.heads = arr[:, 2].astype(np.int64).tolist()  # relative offsets, stored unsigned
        self.alpha = arr[:, 3].tolist()
        self._lemmas: dict[int, str] = {}
        self._deps: dict[int, str] = {}

    def _lemma(self, i: int) -> str:
        if i not in self._lemmas:
            self._lemmas[i] = self.strings[self.lemma_ids[i]].lower()
        return self._lemmas[i]

    def _dep(self, dep_id: int) -> str:
        if dep_id not in self._deps:
            self._deps[dep_id] = self.strings[dep_id]
        return self._deps[dep_id]

    def keys(self, start: int, end: int) -> list[str]:
        out = []
        for i in range(start, end):
            if not self.alpha[i]:
                continue
            lemma = self._lemma(i)
            out.append("L:" + lemma)
            dep = self._dep(self.dep_ids[i])
            if dep not in ("punct", "det"):  # the root pairs with itself: "kill>ROOT>kill" names the main verb
                out.append(f"D:{self._lemma(i + self.heads[i])}>{dep}>{lemma}")
        return out


def bag_of_words(texts: Sequence[str], spans: Optional[Sequence[object]] = None) -> np.ndarray:
    """Hashed features (crc32, 4096 buckets), L2-normalised: word unigrams and bigrams, and from the
    parse when a span is given, lemmas and (head lemma, relation, lemma) triples, which generalise
    over inflection and word order ("troops were killed" ~ "killed troops")."""
    x = np.zeros((len(texts), BOW_DIM), dtype=np.float32)
    parsed: dict[int, tuple[object, _ParseKeys]] = {}  # one read of each document's parse
    for i, t in enumerate(texts):
        words = _WORD.findall(t.lower())
        keys = words + [a + " " + b for a, b in zip(words, words[1:])]
        span = spans[i] if spans is not None else None
        if span is not None:
            doc = span.doc
            if id(doc) not in parsed:
                parsed[id(doc)] = (doc, _ParseKeys(doc))
            keys.extend(parsed[id(doc)][1].keys(span.start, span.end))
        if keys:
            # Integer counts per bucket, exactly what adding 1.0 key by key gave, without a numpy
            # scalar write per key.
            memo = _BUCKETS
            x[i] = np.bincount([b if (b := memo.get(key)) is not None else _bucket(key) for key in keys],
                               minlength=BOW_DIM)
    return _unit(x)


_BUCKETS: dict[str, int] = {}


def _bucket(key: str) -> int:
    """The hash bucket of a feature key (memoised: news repeats its words and parse triples)."""
    b = _BUCKETS.get(key)
    if b is None:
        b = zlib.crc32(key.encode()) % BOW_DIM
        if len(_BUCKETS) < 500_000:  # bounded: a long-running server sees an open vocabulary
            _BUCKETS[key] = b
    return b


def features(spans: Sequence[object], texts: Sequence[str], cues: Sequence[Sequence[Cue]]) -> np.ndarray:
    """The classifier's input: [context vectors ; word vectors ; bag of words ; cue vector], one row per
    sentence."""
    from .patterns import cue_vector

    cv = np.array([cue_vector(cs) for cs in cues], dtype=np.float32).reshape(len(cues), -1)
    return np.hstack([screen_features(spans), bag_of_words(texts, spans), cv]).astype(np.float32)


def screen_features(spans: Sequence[object]) -> np.ndarray:
    """The screen's input: [context vectors ; word vectors], no bag of words (the costly part)."""
    from .word_vectors import get_word_vectors

    wv = get_word_vectors()
    parts = [context_vectors(spans)]
    if wv is not None:
        parts.append(wv.sentence_vectors(spans))
    return np.hstack(parts).astype(np.float32)
