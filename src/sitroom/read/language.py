"""Language identification (py3langid ships its model: no download)."""

from __future__ import annotations

from functools import lru_cache

# Below this many letters a guess is noise: call short texts English and let the
# extractors find nothing rather than flagging a headline as Tagalog.
MIN_LETTERS = 40
# langid's normalised probability below which a non-English guess is not trusted.
MIN_PROBABILITY = 0.8


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en" when unsure)."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "en"
    lang, prob = _identifier().classify(sample)
    if lang != "en" and prob < MIN_PROBABILITY:
        return "en"
    return lang
