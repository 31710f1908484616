"""How English-language news spells place names: one fold for the gazetteer, the matcher and search (issue 13).

News, GeoNames and ACLED romanise Pashto, Dari, Arabic and Ukrainian names each their own way:
Fāryāb / Faryab, Paktia / Paktiya / Paktiyā / Paktya, Urozgan / Uruzgan / Orūzgān, Tarin Kowt /
Tarin Kot / Tarinkot / Tarīn Kōṯ, Meymaneh / Maimana / Maymana, Hodeidah / Al Ḩudaydah.

- :func:`fold_char`, :func:`fold_text`, :func:`fold_name`: lowercase without diacritics, one
  character for one (offsets survive), joiners as spaces; what the gazetteer's name index is keyed by;
- :func:`variant_key`: the transliteration skeleton of a name, the same for every common spelling;
  the gazetteer's variant index and the matcher use it (``extract/places``);
- :func:`place_key`: the search key the store keeps beside every place name it holds: the skeleton of
  the name without its administrative word ("Helmand province"), with the spellings no letter rule
  relates (:data:`VARIANT_GROUPS`) brought together; :func:`query_keys` folds what a user typed the
  same way, with and without an ezafe ("Mazari Sharif" / "Mazar Sharif").

They are defined here, below both the extractors and the store, so that one fold serves both.
A key is for finding, never for display: it over-merges a little, which a search can afford.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

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
    # lower() again: "İ" lowers to two characters, so it is decomposed as the capital ("İzmir" -> "izmir")
    base = unicodedata.normalize("NFD", low)[0].lower()
    return base if len(base) == 1 else low


def fold_text(text: str) -> str:
    """The text folded character by character; same length as the input."""
    return "".join(fold_char(c) for c in text)


_SPACES = re.compile(r"\s+")


def fold_name(name: str) -> str:
    """The key of a name: folded, spaces collapsed."""
    return _SPACES.sub(" ", fold_text(name)).strip()


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


@lru_cache(maxsize=65536)
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


# --- search keys ---------------------------------------------------------------------------

# Words that say what kind of unit a name is; a search drops them before or after the name.
ADMIN_WORDS = frozenset({
    "province", "provinces", "district", "districts", "governorate", "region", "oblast", "raion", "county",
    "municipality", "city", "wilayat", "wilayah", "velayat", "welayat", "woleswali", "muhafazat",
})

# The Arabic article assimilated to a sun letter, written as a word of its own (GeoNames: "Ar Raqqah").
SUN_ARTICLES = frozenset({"ar", "as", "ash", "ad", "at", "az", "an", "ath", "adh"})

# Spellings of one place that the letter rules do not bring together; the first is the one kept.
VARIANT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Panjshir", "Panjshayr", "Panjsher", "Panjshair"),
    ("Wardak", "Maidan Wardak", "Maydan Wardak"),
    ("Nangarhar", "Ningarhar", "Nangrahar"),
    ("Tarin Kot", "Tirin Kot", "Tirinkot"),
    ("Sar-e Pul", "Saripul"),
    ("Mosul", "Mawsil", "Al Mawsil"),
    ("Gaza", "Ghazzah"),
    ("Aleppo", "Halab"),
    ("Homs", "Hims"),
    ("Tehran", "Teheran"),
    ("Beirut", "Beyrouth"),
    ("Luhansk", "Lugansk"),
    ("Kharkiv", "Kharkov"),
    ("Mykolaiv", "Nikolaev", "Nikolayev"),
    ("Zaporizhzhia", "Zaporizhia", "Zaporozhye"),
    ("Lviv", "Lvov"),
    ("Chernihiv", "Chernigov"),
)


def _skeleton(words: list[str]) -> str:
    while len(words) > 1 and words[-1] in ADMIN_WORDS:
        words = words[:-1]
    while len(words) > 1 and words[0] in ADMIN_WORDS:
        words = words[1:]
    if len(words) > 1 and words[0] in _CONNECTORS:  # "Velayat-e Helmand" once the admin word went
        words = words[1:]
    if len(words) > 1 and words[0] in SUN_ARTICLES:  # "Ar Raqqah" / "Raqqa", "As Suwayda" / "Suwayda"
        words = words[1:]
    return variant_key(" ".join(words)) if words else ""


def _words(name: str) -> list[str]:
    return [w for w in fold_name(name).replace(_MARK, "").split(" ") if w]


@lru_cache(maxsize=65536)
def place_key(name: str | None) -> str:
    """The search key of a place name: the spellings of one name in the news share it.

    >>> place_key("Fāryāb") == place_key("Faryab province")
    True
    >>> place_key("Tarin Kowt") == place_key("Tarīn Kōṯ") == place_key("Tarinkot")
    True

    RETURNS (str): the key; "" for a missing name or one without letters or digits.
    """
    if not name:
        return ""
    key = _skeleton(_words(name))
    return _VARIANTS.get(key, key)


def query_keys(text: str | None) -> list[str]:
    """The keys a typed place name may match: its own, and its spellings without an ezafe written onto a
    word ("Mazari Sharif" as "Mazar Sharif", "Sari Pul" as "Sar Pul"). At most eight.

    RETURNS (list[str]): distinct keys, the query's own first; [] when the query has no letters or digits.
    """
    words = _words(text or "")
    out = [k for k in (place_key(text),) if k]
    if len(words) > 1:
        head, tail = words[:-1][:3], words[len(words[:-1][:3]):]
        choices = [{w, w[:-1]} if len(w) > 3 and w[-1] in "ie" else {w} for w in head]
        for combo in product(*choices):
            k = _skeleton(list(combo) + tail)
            k = _VARIANTS.get(k, k)
            if k and k not in out:
                out.append(k)
    return out[:8]


# Search keys shorter than this match whole names only, longer ones any part of a name ("Lashkar"):
# skeletons drop final vowels, and "far" (Farah) is a part of "fariab" (Faryab).
MIN_PART_KEY = 5


def key_matches(keys: list[str], key: str) -> bool:
    """Whether a stored name's search ``key`` answers a query's ``keys`` (see :func:`query_keys`),
    as the store matches them in SQL."""
    return bool(key) and any(k == key or (len(k) >= MIN_PART_KEY and k in key) for k in keys)


def place_matches(query: str, *names: str | None) -> bool:
    """Whether a typed place name finds any of ``names`` (a place, its district, its province)."""
    keys = query_keys(query)
    if not keys:  # nothing to fold: the text itself, in any case
        return any(query.casefold() in (n or "").casefold() for n in names)
    return any(key_matches(keys, place_key(n)) for n in names)


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in VARIANT_GROUPS:
        keep = _skeleton(_words(group[0]))
        for spelling in group[1:]:
            table.setdefault(_skeleton(_words(spelling)), keep)
    return table


_VARIANTS = _variant_table()


# --- consonant keys --------------------------------------------------------------------------
# The towns of a war the data give no population (so no skeleton, see extract/places/assemble.py) are written
# many ways too: Tall 'Afar / Tal Afar, Al Hawijah / Al Huwayjah, Dayr az Zawr / Dayr Az Zayr. Their consonants
# in order agree where the vowels do not.
_CONSONANT_DROP = re.compile(r"aw(?=[^aeiouy]|$)|[aeiouy'\s]|h$")
_CONSONANT_DOUBLE = re.compile(r"(.)\1+")
_CONSONANT_SEPARATORS = re.compile(r"[^a-z0-9]+")


def consonant_key(name: str) -> str:
    """A name's consonants in order, its first letter kept ("Tal Afar", "Tall 'Afar" -> "tlfr"; "Al Huwayjah",
    "Al Hawijah" -> "hwj"), without an article or level word before or after it: the vowels, y, a w closing a
    syllable and a final h are what transliterations of one name disagree on most."""
    # NFKD then ASCII (not fold_name, which keeps offsets one character at a time): thirty times faster, and
    # the whole of a large country's towns is keyed at once.
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = _CONSONANT_SEPARATORS.sub(" ", plain.replace("'", "").replace("`", "")).split()
    while len(words) > 1 and words[-1] in ADMIN_WORDS:
        words = words[:-1]
    while len(words) > 1 and words[0] in ADMIN_WORDS:
        words = words[1:]
    if len(words) > 1 and words[0] in (_ARTICLES | SUN_ARTICLES):
        words = words[1:]
    joined = "".join(words).replace("q", "k")
    if not joined:
        return ""
    return _CONSONANT_DOUBLE.sub(r"\1", joined[0] + _CONSONANT_DROP.sub("", joined[1:]))


# --- names as ACLED writes them ------------------------------------------------------------

# ACLED's admin1 names where GeoNames' differ by more than accents and marks (ACLED names units as
# the national administrative boundaries, COD-AB, do). Keyed by country and the GeoNames name's
# place_key, so any spelling of the GeoNames name maps.
ACLED_ADMIN1: dict[str, dict[str, str]] = {
    "AF": {"Paktiyā": "Paktya", "Panjshayr": "Panjshir", "Sar-e Pul": "Sar-e-Pul"},
    "YE": {"Tāʻizz": "Taizz", "Şanʻā’": "Sanaa", "Şāʻdah": "Sadah", "Ma’rib": "Marib", "Al Bayḑā’": "Al Bayda",
           "‘Adan": "Aden", "Aḑ Ḑāli‘": "Ad Dali", "‘Amrān": "Amran", "Amānat al ‘Āşimah": "Amanat al Asimah",
           "Arkhabīl Suquţrá": "Socotra"},
    "SY": {"Ţarţūs": "Tartous", "Dimashq": "Damascus", "Idlib": "Idleb", "Ḩimş": "Homs", "Ḩalab": "Aleppo",
           "Rīf Dimashq": "Rural Damascus", "Dayr az Zawr": "Deir ez Zor", "Dar'ā": "Dara",
           "As Suwaydā'": "As-Sweida", "Ar Raqqah": "Ar Raqqa", "Al Qunayţirah": "Quneitra",
           "Al Lādhiqīyah": "Lattakia", "Al Ḩasakah": "Al Hasakeh"},
    "IQ": {"Al Başrah": "Al-Basrah", "Wāsiţ": "Wassit", "Şalāḩ ad Dīn": "Salah al-Din", "Nīnawá": "Ninewa",
           "Maysān": "Missan", "Karbalā’": "Kerbala", "Dhī Qār": "Thi-Qar", "An Najaf": "An-Najaf",
           "Al Qādisīyah": "Al-Qadissiya", "Al Muthanná": "Al-Muthanna", "Al Anbār": "Al-Anbar"},
    "UA": {"Zhytomyrska oblast": "Zhytomyr", "Zaporizka oblast": "Zaporizhia", "Zakarpatska oblast": "Zakarpattia",
           "Volynska oblast": "Volyn", "Vinnytska oblast": "Vinnytsia", "Ternopilska oblast": "Ternopil",
           "Sumska oblast": "Sumy", "Rivnenska oblast": "Rivne", "Poltavska oblast": "Poltava",
           "Odeska oblast": "Odesa", "Mykolaivska oblast": "Mykolaiv", "Lvivska oblast": "Lviv",
           "Luhanska oblast": "Luhansk", "Kyivska oblast": "Kyiv", "Kyiv": "Kyiv City",
           "Avtonomna Respublika Krym": "Crimea", "Kirovohradska oblast": "Kirovohrad",
           "Khmelnytska oblast": "Khmelnytskyi", "Khersonska oblast": "Kherson", "Kharkivska oblast": "Kharkiv",
           "Ivano-Frankivska oblast": "Ivano-Frankivsk", "Donetska oblast": "Donetsk",
           "Dnipropetrovska oblast": "Dnipropetrovsk", "Chernivetska oblast": "Chernivtsi",
           "Chernihivska oblast": "Chernihiv", "Cherkaska oblast": "Cherkasy"},
    "SO": {"Shabeellaha Hoose": "Lower Shabelle", "Shabeellaha Dhexe": "Middle Shabelle",
           "Jubbada Hoose": "Lower Juba", "Jubbada Dhexe": "Middle Juba", "Banaadir": "Banadir", "Hiiraan": "Hiraan"},
    "ML": {"Tombouctou": "Timbuktu"},
    "NG": {"Abuja Federal Capital Territory": "Federal Capital Territory"},
}
_ACLED_ADMIN1 = {(iso2, place_key(name)): acled for iso2, names in ACLED_ADMIN1.items()
                 for name, acled in names.items()}
_ASCII_MARKS = {ord(c): "'" for c in "’‘`´ʻʼʿʾʽ"}


def ascii_name(name: str | None) -> str:
    """A name in ASCII as English-language datasets write it: accents dropped, ayn and hamza marks as an
    apostrophe ("Mūsá Qal‘ah" -> "Musa Qal'ah"); a name in another script is kept as it is."""
    if not name:
        return ""
    out = []
    for ch in unicodedata.normalize("NFKD", name.translate(_ASCII_MARKS)):
        if unicodedata.combining(ch):
            continue
        special = _SPECIAL.get(ch.lower())
        out.append((special.upper() if ch.isupper() else special) if special else ch)
    text = "".join(out)
    return text if text.isascii() else name


def acled_admin1(country: str | None, name: str | None) -> str:
    """The admin1 name ACLED uses for a GeoNames admin1 name (ASCII, ACLED's naming where it differs)."""
    if not name:
        return ""
    return _ACLED_ADMIN1.get(((country or "").upper(), place_key(name))) or ascii_name(name)
