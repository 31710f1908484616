"""Folding of place names and texts into one comparable form, and spelling variants.

``fold_char``, ``fold_text``, ``fold_name`` and ``variant_key`` are defined in
:mod:`sitroom.lang.en.placenames` and imported here.

The fold keeps the length of a text unchanged (one character in, one out), so a
match found in the folded text has the same offsets in the original. It drops
diacritics (Garmsēr → garmser), lowercases, and turns hyphens, apostrophes and
other joiners into spaces, so "Sar-i-Pul" and "Sar i Pul" meet.
"""

from __future__ import annotations

import re

# The folds themselves live with the language data, where the store's search keys use them too
# (the store may not import the extractors): one fold for the index, the matcher and search.
from ...lang.en.placenames import (  # noqa: F401
    _MARK, SUN_ARTICLES, VARIANT_GROUPS, fold_name, fold_text, variant_key,
)

# Persian/Pashto ezafe and connector spellings: "Sar-e Pul", "Sar-i-Pul", "Sari Pul", "Sar-e Pol".
_EZAFE = re.compile(r"^(\w+) (e|i|ye|yi|ah) (\w+)$")
_VOWEL_SWAPS = (("pul", "pol"), ("pol", "pul"), ("ser", "sir"), ("sir", "ser"), ("gah", "gha"))
_SUFFIXES = (" district", " province", " governorate", " region", " municipality", " county",
             " oblast", " state", " wilayah", " velayat", " city")


# Spellings the letter rules do not bring together (Nangarhar / Ningarhar): each is a key of the others.
_GROUP_KEYS: dict[str, set[str]] = {}
for _group in VARIANT_GROUPS:
    for _name in _group:
        _GROUP_KEYS.setdefault(fold_name(_name), set()).update(fold_name(n) for n in _group)


def name_variants(name: str, joined: bool = True) -> set[str]:
    """Folded keys under which a name should be found: the name itself, without an
    administrative suffix, joined ("Lashkargah", when ``joined``), and with ezafe
    spelling variants."""
    key = fold_name(name)
    if not key:
        return set()
    out = {key} | _GROUP_KEYS.get(key, set())
    first, _, rest = key.partition(" ")
    if rest and (first in SUN_ARTICLES or first in ("al", "el")):
        out |= {f"al {rest}", rest}  # GeoNames "Ar Raqqah": the news writes "Al-Raqqa" or "Raqqa"
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
