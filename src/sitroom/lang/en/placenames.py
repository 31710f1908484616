"""How English-language news spells place names, folded to one search key (issue 13, "search as users type").

News, GeoNames and ACLED romanise Pashto, Dari, Arabic and Ukrainian names each their own way:
Fāryāb / Faryab, Paktia / Paktiya / Paktiyā / Paktya, Urozgan / Uruzgan / Orūzgān, Tarin Kowt /
Tarin Kot / Tarinkot / Tarīn Kōṯ, Meymaneh / Maimana / Maymana, Hodeidah / Al Ḩudaydah. The key
:func:`place_key` gives all spellings of a name one form, so a store can keep the key of every
place name it holds (written once, indexable) and a search compares keys:

1. accents, case, apostrophes and ayn/hamza marks go; hyphens and other joiners split words;
2. administrative words go ("Helmand province", "Velayat-e Helmand"), and Arabic articles
   standing alone ("Al Hudaydah", "Deir ez-Zor");
3. an ezafe joiner ("Sar-e Pul", "Mazar-i-Sharif") is written "i" on the word before it;
4. the words are joined (Lashkar Gah = Lashkargah), then the letters folded: k/q, w/v, f/ph,
   d/dh; e/i and o/u; ai/ay/ei/ey; ow/aw/au/ou before a consonant (Kowt/Kot, Hadramawt/Hadramout);
   y after a consonant and iy before a vowel as i (Paktya/Paktiya/Paktia); a final -ah/-eh as -a
   (Musa Qalah/Musa Qala, Meymaneh/Maimana); doubled letters once (Raqqa/Raqa);
5. spellings no rule relates (Panjshir/Panjshayr, Luhansk/Lugansk) come from :data:`VARIANT_GROUPS`.

The key is for finding, not for display: it over-merges a little (Farah and Fara meet), which
a search can afford and a resolver must not rely on. :func:`query_keys` adds the spellings of a
typed query with and without an ezafe ("Nad Ali" also finds "Nad-e Ali").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

# Words that say what kind of unit a name is; dropped before or after the name.
ADMIN_WORDS = frozenset({
    "province", "provinces", "district", "districts", "governorate", "region", "oblast", "raion", "county",
    "municipality", "city", "wilayat", "wilayah", "velayat", "welayat", "woleswali", "muhafazat",
})
# Arabic articles written as separate words ("Al Hudaydah", "Deir ez-Zor", "As Sulaymaniyah").
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "ul"})
# Persian/Pashto ezafe written as a word of its own ("Sar-e Pul", "Nawa-ye Barakzai").
EZAFE = frozenset({"e", "i", "ye", "yi"})

# Spellings of one place that the letter rules do not bring together; the first is the one kept.
VARIANT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Panjshir", "Panjshayr", "Panjshair"),
    ("Wardak", "Maidan Wardak", "Maydan Wardak", "Maidan Shahr Wardak"),
    ("Nangarhar", "Ningarhar", "Nangrahar"),
    ("Tarin Kot", "Tirin Kot", "Tirinkot"),
    ("Sar-e Pul", "Sar Pol", "Saripul"),
    ("Nuristan", "Nooristan", "Nouristan"),
    ("Mosul", "Mawsil", "Al Mawsil"),
    ("Gaza", "Ghazzah"),
    ("Tehran", "Teheran"),
    ("Beirut", "Beyrouth"),
    ("Aleppo", "Halab"),
    ("Homs", "Hims"),
    ("Luhansk", "Lugansk"),
    ("Kharkiv", "Kharkov"),
    ("Mykolaiv", "Nikolaev", "Nikolayev"),
    ("Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"),
    ("Lviv", "Lvov"),
    ("Chernihiv", "Chernigov"),
)

_MARKS = "'’‘`´ʻʼʿʾ"
_SPECIAL = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
_WORD = re.compile(r"[^\W_]+")
_VOWELS = "aeiou"


def _fold(text: str) -> str:
    """Lowercase, without accents or marks; joiners and punctuation become spaces."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch) or ch in _MARKS or unicodedata.category(ch) in ("Lm", "Sk"):
            continue  # accents, apostrophes, ayn and hamza (ʿ ʼ ʽ)
        out.append(_SPECIAL.get(ch, ch))
    return "".join(out)


_RULES = (
    (re.compile(r"ph"), "f"), (re.compile(r"q"), "k"), (re.compile(r"ck"), "k"), (re.compile(r"dh"), "d"),
    (re.compile(r"v"), "w"),
    (re.compile(r"(?<=[ae])yi?$"), "i"),  # Pashto -zay/-zai/-zayi: Barakzayi/Barakzai
    (re.compile(r"[ae][iy](?![aeiou])"), "ai"),  # Meymana/Maimana, Hodeidah/Hudaydah
    (re.compile(r"ou"), "u"),
    (re.compile(r"[ao][wu](?![aeiou])"), "u"),  # Kowt/Kot, Hadramawt/Hadramaut/Hadramout
    (re.compile(r"e"), "i"), (re.compile(r"o"), "u"),
    (re.compile(r"iy(?=[aiu])"), "i"),  # Paktiya/Paktia
    (re.compile(r"(?<=[^aiu\W\d])y"), "i"),  # Paktya/Paktia, Kyiv/Kiev
    (re.compile(r"(.)\1+"), r"\1"),
)


def _letters(word: str) -> str:
    for pattern, repl in _RULES:
        word = pattern.sub(repl, word)
    return word


def _words(name: str) -> list[str]:
    words = _WORD.findall(_fold(name))
    while len(words) > 1 and words[-1] in ADMIN_WORDS:
        words.pop()
    while len(words) > 1 and words[0] in ADMIN_WORDS:
        words.pop(0)
    if len(words) > 1 and words[0] in EZAFE:  # "Velayat-e Helmand" after the admin word went
        words.pop(0)
    kept: list[str] = []
    for i, w in enumerate(words):
        if w in ARTICLES and i + 1 < len(words):
            continue
        if w in EZAFE and kept and i + 1 < len(words):
            kept[-1] += "i"
            continue
        if re.fullmatch(r"[a-z]+[ae]h", w):
            w = w[:-2] + "a"  # Persian/Arabic final -ah, -eh: Qalah -> Qala, Meymaneh -> Meymana
        kept.append(w)
    return kept


def _join(words: list[str]) -> str:
    key = _letters("".join(_letters(w) for w in words))
    return _VARIANTS.get(key, key)


@lru_cache(maxsize=65536)
def place_key(name: str | None) -> str:
    """The search key of a place name: every spelling of the name in the news gives the same key.

    >>> place_key("Fāryāb") == place_key("Faryab")
    True
    >>> place_key("Tarin Kowt") == place_key("Tarīn Kōṯ") == place_key("Tarinkot")
    True

    RETURNS (str): the key; "" for an empty or missing name.
    """
    if not name:
        return ""
    return _join(_words(name))


def query_keys(text: str | None) -> list[str]:
    """The keys a typed query may match: its own key, plus the spellings with an ezafe between its
    words and without one ("Nad Ali" / "Nad-e Ali", "Mazar Sharif" / "Mazar-i-Sharif"). At most eight.

    RETURNS (list[str]): distinct keys, the query's own first; [] when the query has no letters.
    """
    words = _words(text or "")
    if not words:
        return []
    first = _join(words)
    out = [first] if first else []
    head, tail = words[:-1][:3], words[len(words[:-1][:3]):]
    choices = []
    for w in head:
        bare = w[:-1] if w.endswith("i") and len(w) > 3 else w
        choices.append({bare, bare + "i"})
    for combo in product(*choices):
        k = _join(list(combo) + tail)
        if k and k not in out:
            out.append(k)
    return out[:8]


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in VARIANT_GROUPS:
        keep = _letters("".join(_letters(w) for w in _words(group[0])))
        for spelling in group[1:]:
            table[_letters("".join(_letters(w) for w in _words(spelling)))] = keep
    return table


_VARIANTS = _variant_table()
