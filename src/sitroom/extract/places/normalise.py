"""Folding of place names and texts into one comparable form, and spelling variants.

The fold keeps the length of a text unchanged (one character in, one out), so a
match found in the folded text has the same offsets in the original. It drops
diacritics (Garmsēr → garmser), lowercases, and turns hyphens, apostrophes and
other joiners into spaces, so "Sar-i-Pul" and "Sar i Pul" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that join parts of a name; all become a space so spelling variants meet.
_JOINERS = set("-‐‑‒–—_/")
# Apostrophes and ayn/hamza marks: one form, so "Qal‘ah" and "Qal'ah" meet; keys are also
# stored without them ("Qalah"), since dropping them in the text would change its length.
_MARKS = set("'’‘`´ʻʼʿʾ")
_MARK = "'"
_SPECIAL = {"ø": "o", "æ": "a", "œ": "o", "ß": "s", "ł": "l", "đ": "d", "ð": "d", "þ": "t", "ı": "i", "ħ": "h"}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded to one character (lowercase, no diacritics)."""
    if ch in _JOINERS:
        return " "
    if ch in _MARKS:
        return _MARK
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low in _SPECIAL:
        return _SPECIAL[low]
    if low.isascii():
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


def fold_text(text: str) -> str:
    """The text folded character by character; same length as the input."""
    return "".join(fold_char(c) for c in text)


_SPACES = re.compile(r"\s+")


def fold_name(name: str) -> str:
    """The key of a name: folded, spaces collapsed."""
    return _SPACES.sub(" ", fold_text(name)).strip()


# Persian/Pashto ezafe and connector spellings: "Sar-e Pul", "Sar-i-Pul", "Sari Pul", "Sar-e Pol".
_EZAFE = re.compile(r"^(\w+) (e|i|ye|yi|ah) (\w+)$")
_VOWEL_SWAPS = (("pul", "pol"), ("pol", "pul"), ("ser", "sir"), ("sir", "ser"), ("gah", "gha"))
_SUFFIXES = (" district", " province", " governorate", " region", " municipality", " county",
             " oblast", " state", " wilayah", " velayat", " city")


def name_variants(name: str, joined: bool = True) -> set[str]:
    """Folded keys under which a name should be found: the name itself, without an
    administrative suffix, joined ("Lashkargah", when ``joined``), and with ezafe
    spelling variants."""
    key = fold_name(name)
    if not key:
        return set()
    out = {key}
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.add(key[: -len(suffix)].strip())
    for k in list(out):
        parts = k.split(" ")
        if joined and len(parts) == 2 and min(len(p) for p in parts) >= 3 and len(k) <= 16:
            out.add("".join(parts))  # Lashkar Gah -> Lashkargah
        m = _EZAFE.match(k)
        if m:
            head, _conn, tail = m.groups()
            tails = {tail} | {tail[: -len(a)] + b for a, b in _VOWEL_SWAPS if tail.endswith(a)}
            for t in tails:
                for conn in ("e", "i"):
                    out.add(f"{head} {conn} {t}")
                    out.add(f"{head}{conn} {t}")
    for k in list(out):
        last = k.rsplit(" ", 1)[-1]
        # Garmsir/Garmser: Dari i/e spellings of the last syllable.
        for a, b in (("sir", "ser"), ("ser", "sir")):
            if last.endswith(a) and len(last) > 4:
                out.add(k[: -len(a)] + b)
        # Arabic/Persian final -ah is often written -a: Musa Qalah / Musa Qala.
        if " " in k and last.endswith("ah") and len(last) > 4:
            out.add(k[:-1])
    out |= {k.replace(_MARK, "") for k in out if _MARK in k}
    return {k for k in out if k}


# --- transliteration skeletons ------------------------------------------------------------
# News writes the same Afghan, Arabic or Persian name many ways: Paktia / Paktiya / Paktiyā,
# Urozgan / Uruzgan / Oruzgan, Tarin Kowt / Tarin Kot / Tarinkot, Hadramout / Hadramawt /
# Hadhramaut, Qandahar / Kandahar, Nawa-e Barakzayi / Nāwah-ye Bārakzāy. variant_key maps all
# spellings of a name to one skeleton; it is a key to compare, never a name to show.

# Ezafe and connector words between the parts of a name ("Sar-e Pul", "Nawa-i-Barakzai").
_CONNECTORS = frozenset({"e", "i", "ye", "yi", "y", "o", "wa", "va"})
# A leading Arabic article when more words follow ("Al Anbar" / "Anbar", "el-Fasher" / "Fasher").
_ARTICLES = frozenset({"al", "el", "ul"})
_SKELETON_RULES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"[^a-z0-9]", ""),             # marks, dots, anything else that is no letter
    (r"ph", "f"), (r"dh", "d"), (r"gh", "g"), (r"kh", "x"), (r"th", "t"),
    (r"ck", "k"), (r"q", "k"), (r"dj", "j"),
    (r"(?<=[aeiou])w(?=[aeiou])", "v"),  # Nawa / Nava
    (r"ow(?![aeiou])", "o"),        # Kowt / Kot
    (r"aw(?![aeiou])", "au"),       # Hadramawt / Hadramaut
    (r"w", "v"),                    # Waziristan / Vaziristan
    (r"ey|ei", "ai"),               # Meymaneh / Maimana, Hodeidah / Hudaydah
    (r"y", "i"),                    # Paktiya / Paktia, Maymana / Maimana, Faryab / Fariab
    (r"ou|oo|au", "u"),             # Hadramout / Hadramaut, Sooran / Suran
    (r"o", "u"),                    # Urozgan / Uruzgan, Kondoz / Kunduz
    (r"e", "i"),                    # Garmser / Garmsir, Jelalabad / Jalalabad
    (r"([a-z])\1+", r"\1"),         # doubled letters: Paktiia, Faariab, Abbottabad
    (r"(?<=[aiu])h$", ""),          # a final -ah / -eh: Musa Qalah / Musa Qala
    (r"(?<=[^aiu])[ai]$", ""),      # a final vowel: Maimana / Meymaneh, Ghazni / Ghazny, Paktia / Paktiya
))


def variant_key(name: str) -> str:
    """The transliteration skeleton of a name: every common English spelling of one
    Arabic, Persian or Pashto name gets the same key ("Tarin Kowt", "Tarinkot" -> "tarinkut").

    Diacritics and case go, hyphens/spaces/joined forms meet, ezafe connectors (-e-, -i-, -ye-)
    and a leading al-/el- drop, and k/q, w/v, y/i, ay/ai, o/u, e/i, ou/aw/au, doubled letters,
    dh/d, gh/g, kh, ph/f and a final -a/-ah/-eh fold together. Different places may share a key; it
    finds candidates, and the resolver chooses among them.
    """
    parts = [p for p in fold_name(name).replace(_MARK, "").split(" ") if p]
    if len(parts) > 2:
        parts = [parts[0]] + [p for p in parts[1:-1] if p not in _CONNECTORS] + [parts[-1]]
    if len(parts) > 1 and parts[0] in _ARTICLES:
        parts = parts[1:]
    # a final -ah of each part, before they are joined ("Nawah-ye Barakzay" / "Nawa Barakzayi")
    parts = [p[:-1] if len(p) > 3 and p.endswith("ah") else p for p in parts]
    key = "".join(parts)
    for pattern, repl in _SKELETON_RULES:
        key = pattern.sub(repl, key)
    return key
