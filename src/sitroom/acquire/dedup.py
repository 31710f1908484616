"""Exact and near-duplicate detection.

Exact duplicates share a :func:`content_hash` of their normalised text. Near
duplicates (syndicated copies: the same wire story under another headline, with
other boilerplate or light copy-editing) share most of their word 5-shingles;
MinHash estimates that overlap (Jaccard similarity) from a 128-number signature
and an LSH index finds candidates without comparing every pair.

Thresholds were set on the HRDsAttack news articles (../shared/devdata): the
same Reuters story re-edited by another outlet (British spelling, "lawmaker" ->
"legislator", a new standfirst) has a 5-shingle Jaccard of 0.62; a re-run with
captions added, 0.82; two different articles on the same kidnapping in Haiti,
0.31; any other pair of distinct articles, 0.21 or less. A decision threshold of
0.45 sits midway, about four standard errors of a 128-permutation estimate from
either side; 0.8 would miss the re-edited copy. The LSH index is tuned for a
lower similarity (0.3) so that it misses no pair above the decision threshold,
and every candidate it returns is then checked against that threshold.
"""

from __future__ import annotations

import hashlib
import re
from typing import Optional

import numpy as np

NUM_PERM = 128
SHINGLE = 5
SEED = 1  # fixed: signatures stored in the database must stay comparable across runs
SCHEME = "affine32"
DEFAULT_THRESHOLD = 0.45
LSH_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, whitespace collapsed: what the exact-duplicate hash compares."""
    return _SPACE.sub(" ", text.casefold()).strip()


def content_hash(text: str) -> str:
    """sha256 hex digest of the normalised text: equal for copies differing only in case or spacing."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams of the case-folded text; punctuation is ignored, so re-punctuated copies still match."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def minhash_signature(text: str) -> bytes:
    """MinHash of the word 5-shingles of ``text``, as 128 little-endian uint32 (512 bytes)."""
    mh = _minhash()
    mh.update_batch(list(shingles(text)))
    # The affine32 scheme keeps hash values below 2**32, so uint32 is lossless.
    return mh.hashvalues.astype("<u4").tobytes()


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if len(sig_a) != len(sig_b):
        raise ValueError("signatures of different sizes cannot be compared")
    a, b = np.frombuffer(sig_a, dtype="<u4"), np.frombuffer(sig_b, dtype="<u4")
    return float(np.count_nonzero(a == b)) / len(a)


class NearDuplicateIndex:
    """Finds the first-added document whose text nearly equals a new one.

    threshold (float): estimated Jaccard similarity at or above which two texts
        are copies of each other.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, doc_id: str, signature: bytes) -> None:
        """Index ``doc_id``; adding an id twice keeps the first signature."""
        if doc_id in self._signatures:
            return
        self._lsh.insert(doc_id, _from_bytes(signature))
        self._signatures[doc_id] = signature
        self._order[doc_id] = len(self._order)

    def query(self, signature: bytes) -> Optional[str]:
        """The earliest-added document that ``signature`` nearly duplicates, or None."""
        # LSH returns candidates that share a band; confirm each with the estimated similarity.
        matches = [doc_id for doc_id in self._lsh.query(_from_bytes(signature))
                   if similarity(signature, self._signatures[doc_id]) >= self.threshold]
        return min(matches, key=self._order.__getitem__) if matches else None


def _minhash(hashvalues=None):
    from datasketch import MinHash

    # The scheme is pinned so that signatures stored by one datasketch version match another's.
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=hashvalues, scheme=SCHEME)


def _from_bytes(signature: bytes):
    if len(signature) != NUM_PERM * 4:
        raise ValueError(f"a MinHash signature has {NUM_PERM * 4} bytes, this one {len(signature)}")
    values = np.frombuffer(signature, dtype="<u4")
    return _minhash(values.astype(np.uint32))
