"""Quantities in claims: "174 areas", "85%", "about 8,000 Afghan citizens", "billions of dollars".

A quantity is a number (digits or words, with "million"/"billion" scales), a
percentage, or a vague amount ("hundreds of refugees"), with the noun it counts.
Vague amounts take ACLED's conventions where it has one ("several" 3, "dozens"
12, "hundreds" 100) and are marked approximate, as are numbers after "about",
"some", "nearly" and the like. Dates, years, durations ("the past 24 hours")
and ordinals are not quantities. A bare number with nothing it counts is left
out: a claim needs to say what was counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ...lang.en.claims.quantities import (
    APPROX,
    MONTH_WORDS,
    SCALE,
    SMALL,
    TIME_UNITS,
    VAGUE,
)
from ...records import Quantity
from ..written import word_end
from ._text import doc_text, span_text

_WORD_NUM = "|".join(sorted((re.escape(w) for w in SMALL), key=len, reverse=True))
_VAGUE_RE = "|".join(sorted((re.escape(w) for w in VAGUE), key=len, reverse=True))

_QUANTITY = re.compile(
    rf"(?<![\w\-/.:])(?:(?P<approx>{APPROX})\s+)?"
    rf"(?:(?P<currency>[$€£])\s?)?"
    rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d/:]|\.\d)|\d+(?:\.\d+)?(?![\d/:]|\.\d))"
    rf"|(?P<vague>{_VAGUE_RE})(?=\s+of\b)|(?P<word>{_WORD_NUM})\b)"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|m)\b)?"
    rf"(?:\s*(?P<percent>%|percent\b|per cent\b))?",
    re.IGNORECASE,
)
# Noun-phrase words a unit may contain after the number.
_UNIT_POS = {"ADJ", "NOUN", "PROPN"}
MAX_UNIT_WORDS = 3


@dataclass(frozen=True)
class FoundQuantity:
    """A quantity and its character span in the document."""

    quantity: Quantity
    start: int
    end: int


def find_quantities(doc, start: int, end: int, skip: Iterable[tuple[int, int]] = ()) -> list[FoundQuantity]:
    """Quantities in ``doc.text[start:end]``, leaving out spans in ``skip`` (time expressions).

    doc (spacy.tokens.Doc): the parsed document, used to read the counted noun.
    RETURNS (list[FoundQuantity]): in text order.
    """
    text = doc_text(doc)
    skip = list(skip)
    found: list[FoundQuantity] = []
    for m in _QUANTITY.finditer(text, start, end):
        number_start = m.start("digits") if m.group("digits") else m.start("word") if m.group("word") else m.start("vague")
        if any(s <= number_start < e for s, e in skip) or _looks_like_date(text, m):
            continue
        value = _value(m)
        if value is None:
            continue
        percent = bool(m.group("percent"))
        currency = m.group("currency")
        unit, unit_end = _unit_after(doc, m.end(), vague=bool(m.group("vague")))
        if percent:
            unit, unit_end = "percent", m.end()
        elif currency:
            unit = {"$": "USD", "€": "EUR", "£": "GBP"}[currency]
            unit_end = m.end()
        if unit is None or unit.lower() in TIME_UNITS or unit.split()[0].lower() in TIME_UNITS:
            continue
        approximate = bool(m.group("approx")) or bool(m.group("vague"))
        q_end = max(m.end(), unit_end)
        found.append(FoundQuantity(
            Quantity(value=value, unit=unit, text=text[m.start():q_end], approximate=approximate), m.start(), q_end))
    return found


def _value(m: re.Match) -> Optional[float]:
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
    elif m.group("word"):
        value = float(SMALL[m.group("word").lower()])
    else:
        value = float(VAGUE[m.group("vague").lower()])
    if m.group("scale"):
        value *= SCALE[m.group("scale").lower()]
    return value


def _looks_like_date(text: str, m: re.Match) -> bool:
    """Years ("2021"), days after month names ("September 11"), ordinals and numbered names."""
    digits = m.group("digits")
    if digits and not m.group("percent") and not m.group("currency"):
        if re.fullmatch(r"(?:19|20)\d\d", digits):
            return True
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower().rstrip(".,") in MONTH_WORDS:
            return True
        after = text[m.end():m.end() + 12].split()
        if after and after[0].lower().rstrip(".,") in MONTH_WORDS:
            return True
        if re.match(r"(?:st|nd|rd|th|\+|-\w)", text[m.end():m.end() + 2]):
            return True
    return False


def _unit_after(doc, char: int, vague: bool) -> tuple[Optional[str], int]:
    """The noun a number counts: "174 areas" → areas; "billions of dollars" → dollars."""
    first = _token_index_at(doc, char)
    tokens = list(doc[first:first + MAX_UNIT_WORDS + 6])
    if vague and tokens and tokens[0].lower_ == "of":
        tokens = tokens[1:]
    words: list = []  # (first, last) tokens of each word, a hyphenated word one ("two al-Qaida-linked groups")
    k = 0
    while k < len(tokens) and len(words) < MAX_UNIT_WORDS:
        t = tokens[k]
        if t.pos_ not in _UNIT_POS or t.is_punct or t.ent_type_ in ("DATE", "TIME"):
            break
        last = doc[word_end(t)]
        words.append((t, last))
        k += last.i - t.i + 1
    # End at the last noun: "8,000 Afghan citizens are" → "Afghan citizens".
    while words and words[-1][1].pos_ == "ADJ":
        words.pop()
    if not words:
        return None, char
    return span_text([words[0][0], words[-1][1]]), words[-1][1].idx + len(words[-1][1])


def _token_index_at(doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (binary search over token offsets)."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo
