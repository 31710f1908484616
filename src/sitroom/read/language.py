"""Language identification (py3langid ships its model: no download)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Below this many letters a guess is noise: call short texts in the Latin script English and let the
# extractors find nothing rather than flagging a headline as Tagalog. A short text mostly in another
# script (Cyrillic, Arabic, Chinese) is no English whatever langid says: it is "und".
MIN_LETTERS = 40
MAX_NON_LATIN_SHORT = 0.5
# langid's normalised probability below which a non-English guess is not trusted.
MIN_PROBABILITY = 0.8
# ... and in a text of a sentence or two (fewer letters than SHORT_LETTERS), where a few names and places tip
# it: "Nigerian police arrested two Cameroonian separatists in Calabar" is Nigerian Pidgin at 0.84 (a sentence
# really in French, Spanish or Pidgin scores 0.98 or more).
SHORT_LETTERS = 400
MIN_PROBABILITY_SHORT = 0.95
# English words are spelled in ASCII: when more of the letters than this are not, the text is not
# English whatever langid's confidence (another script, or mojibake: cp1251 Russian read as cp1252).
MAX_NON_ASCII_LETTERS = 0.2


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language: "en" when unsure between English and another language,
    "und" (undetermined) when most letters are not ASCII and langid still says English, or when a text
    too short to guess is mostly in another script than the Latin."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        non_latin = sum(not _is_latin(ch) for ch in letters)
        return "und" if letters and non_latin > MAX_NON_LATIN_SHORT * len(letters) else "en"
    lang, prob = _identifier().classify(sample)
    if sum(ch > "\x7f" for ch in letters) > MAX_NON_ASCII_LETTERS * len(letters):
        return lang if lang != "en" else "und"
    if lang != "en" and prob < (MIN_PROBABILITY_SHORT if len(letters) < SHORT_LETTERS else MIN_PROBABILITY):
        return "en"
    return lang


def _is_latin(letter: str) -> bool:
    """A letter of the Latin script, accented or not ("e", "é", "ş")."""
    return letter < "\x80" or unicodedata.name(letter, "").startswith("LATIN")
