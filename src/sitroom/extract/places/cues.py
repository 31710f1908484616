"""What the words around a candidate place name say about it: its level ("Dori district", "the village of
X"), that it is a place ("in Dori", "shelled Kherson", "12 km north of X"), that it is part of a longer name
("Near Dayr Az Zayr", "in Let Yet Kone village"), or something else (a title, an honorific, a website, a wire
service, a dateline). ``read_cues`` writes them on the span; recognise.py finds the spans.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en.agencies import WIRE_AGENCIES
from ...lang.en.dates import MONTHS, WEEKDAYS
from ...lang.en.events.arguments import AFFILIATION_PARTICIPLES, FEATURE_BEFORE
from ...lang.en.places import (
    APPOSED_BODY_HEADS, APPOSED_PLACE_HEADS, APPOSITION_END, ATTACKED_BEFORE, CAMP_AFTER, DIRECTED_BEFORE, DIRECTIONS, HONORIFICS, KIND_BEFORE, LOCATIVE_BEFORE, NEAR_BEFORE,
    OWN_LEVEL_WORDS, PLACE_ONLY_ATTACKED_BEFORE, PLACE_ONLY_BEFORE, ROAD_AFTER, ROAD_FROM_BEFORE, ROAD_TO_AFTER,
    SECOND_LEVEL_AFTER, TITLE_HEADS, WAR_NOUNS,
    WAR_PLACE_NOUNS,
)
from .gazetteer import ADMIN1, ADMIN2, PPL, Gazetteer
from .tables import DEMONYMS

if TYPE_CHECKING:  # (the span's type only: recognise.py reads the cues)
    from .recognise import Span

# Words after a name that tell its level; the plural also covers a preceding list.
LEVEL_AFTER = {
    "province": ADMIN1, "provinces": ADMIN1, "state": ADMIN1, "governorate": ADMIN1, "oblast": ADMIN1,
    "region": ADMIN1, "prefecture": ADMIN1, "district": ADMIN2, "districts": ADMIN2, "county": ADMIN2,
    "counties": ADMIN2, "municipality": ADMIN2, "township": ADMIN2, "townships": ADMIN2, "territory": ADMIN2,
    "city": PPL, "town": PPL, "village": PPL, "villages": PPL, "town's": PPL, "city's": PPL,
}
KIND = re.compile(KIND_BEFORE, re.I)
_NEAR = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\(\d+\s*\w+\)\s+)?"
    + DIRECTIONS + r"?\s*(?:of|from|outside)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.I,
)
NEAR_WORDS = re.compile(NEAR_BEFORE, re.I)
# A preposition of place right before a name: "in Dori", "near Kidal", "control of Palmyra". Weaker
# than a level word ("Dori district"), so it only admits names of towns of some size (see _is_place).
LOCATIVE = re.compile(LOCATIVE_BEFORE, re.I)
ATTACKED = re.compile(ATTACKED_BEFORE, re.I)
DIRECTED = re.compile(DIRECTED_BEFORE)  # (lower case only: "in North Kivu" names the province itself)
_CAMP_AFTER = re.compile(CAMP_AFTER, re.I)
_SECOND_LEVEL_AFTER = re.compile(SECOND_LEVEL_AFTER, re.I)
_PLACE_ONLY_ATTACKED = re.compile(PLACE_ONLY_ATTACKED_BEFORE, re.I)
_PLACE_ONLY = re.compile(PLACE_ONLY_BEFORE, re.I)
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+the\s+$")
HONORIFIC_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
_WEB_AFTER = re.compile(r"^\.(?:com|org|net|info|news|tv|co|ng|gov)\b", re.I)
_WEB_BEFORE = re.compile(r"(?:www\.|https?://)$", re.I)
# A dateline that opens a line: "TORRINGTON —", "HOLLIDAY, Mo. —", "VICTORIA - The home ...".
_DATELINE_AFTER = re.compile(r"^(?:\s*,|\s+[-\u2013\u2014])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_OWNED = re.compile(r"^['’]s\s+([A-Za-z]+)")
# A name joined by a hyphen to a participle of backing or ties ("Iran-backed militias", "Rwanda-allied rebels"): an
# adjective naming a patron, as "Iranian-backed" would; no place where anything happens.
_PATRON_AFTER = re.compile(r"^[-‐‑](?:" + "|".join(sorted(AFFILIATION_PARTICIPLES)) + r")\b", re.I)

# An appositive after a name ("Rubaya, a mining town in North Kivu", "Acas, the conciliation service"): up to three
# modifiers, then the head noun, where the phrase ends (APPOSITION_END).
APPOSED = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?("
                     + "|".join(sorted(APPOSED_PLACE_HEADS | APPOSED_BODY_HEADS)) + r")" + APPOSITION_END)
# The same heads of a body right before a name the gazetteer lacks name it ("the human rights group Karapatan said",
# "the newspaper El Heraldo"): the name is the body's (lower case: "the Labour Party" is a name of its own; definite:
# "a group Beijing says threatens it" is a relative clause whose subject is Beijing).
BODY_BEFORE = re.compile(r"\bthe\s+(?:[\w'\u2019-]+\s+){0,3}?(" + "|".join(sorted(APPOSED_BODY_HEADS)) + r")\s+$")


_QUALIFIER_WORD = (r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|"
                   r"North-?[Ee]astern|North-?[Ww]estern|South-?[Ee]astern|South-?[Ww]estern)")
QUALIFIER = re.compile(rf"^{_QUALIFIER_WORD}\s+(.+)$")


# A nationality word right before a kind word ("the Syrian town of"): the country the place lies in.
_KIND_OWNER = re.compile(r"\b(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+$")


# One or two capitalised words right before a name, after a word in lower case (not the start of a sentence).
_NAME_BEFORE = re.compile(r"[a-z,]\s+((?:[A-Z][a-z]+\s+){1,2})$")


def not_name_part(word: str) -> bool:
    """A capitalised word that does not make a place's name longer: a qualifier ("Upper"), a title ("President"),
    a nationality, a month or a day."""
    low = word.lower()
    return (bool(re.fullmatch(_QUALIFIER_WORD, word)) or low in TITLE_HEADS or low in HONORIFICS or word in DEMONYMS
            or low in MONTHS or low in WEEKDAYS)


# A lower-case war noun after a name, not followed by a noun that makes the two a place ("the Tigray war zone") nor by a
# hyphen ("war-torn"): "the Balkans war", "the Syria conflict" name a war (a metonym, __init__._mention).
_WAR_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(WAR_NOUNS)) + r")\b(?!-|\s+(?:" + "|".join(sorted(WAR_PLACE_NOUNS))
                        + r")\b)")


def read_cues(text: str, s: Span) -> None:
    after = text[s.end: s.end + 40]
    m = re.match(r"^\s+([A-Za-z']+)", after)
    s.extra["next"] = m.group(1) if m else ""
    if _WAR_AFTER.match(after):
        s.extra["war"] = True
    if _PATRON_AFTER.match(after):
        s.extra["patron"] = True
    owned = _OWNED.match(after)
    if owned:
        s.extra["owns"] = owned.group(1).lower()  # "Mali's army": the noun the name owns
    if (m and "\n" not in m.group(0) and m.group(1)[:1].isupper() and m.group(1).lower() not in MONTHS
            and m.group(1).lower() not in WEEKDAYS and m.group(1) not in DEMONYMS):
        s.extra["name_goes_on"] = True  # "Near Dayr Az Zayr": "Dayr" is only the start of a longer name
    if FEATURE_BEFORE.search(text, max(0, s.start - 12), s.start):
        s.extra["feature"] = True  # "the Lake Chad Basin", "the River Niger": the feature's name (sentence_context.py)
    lead = _NAME_BEFORE.search(text, max(0, s.start - 40), s.start)
    if lead and not any(not_name_part(w) for w in lead.group(1).split()):
        s.extra["name_before"] = lead.group(1).strip()  # "in Let Yet Kone village": "Kone" ends a longer name
    if m and m.group(1).lower() in LEVEL_AFTER:
        s.level_hint = LEVEL_AFTER[m.group(1).lower()]
        s.cue = True
        s.extra["after"] = m.group(1).lower()
    elif _SECOND_LEVEL_AFTER.match(after):
        s.level_hint = ADMIN2  # (no cue, as for a camp: the words say its level, not that it is a place)
    elif _CAMP_AFTER.match(after):
        s.level_hint = PPL  # (no cue: a camp's name says where it is no more than the name alone)
    before = text[max(0, s.start - 60): s.start]
    mb = KIND.search(before)
    if mb and mb.group(3) and mb.group(3)[:1].isupper():
        mb = None  # "City Hall", "Town Hall": a capitalised kind word right before a name begins that name
    if mb:
        word = (mb.group(1) or mb.group(2) or mb.group(3)).lower()
        if mb.group(1):
            s.level_hint = LEVEL_AFTER.get(word.rstrip("s") if word.endswith("ts") else word, ADMIN1)
        else:
            s.level_hint = PPL
        s.cue = True
        if mb.group(2):
            s.extra["kind_of"] = True  # "the town of X": a place, whatever the gazetteer has of that name
            owner = _KIND_OWNER.search(before, 0, mb.start(2))
            if owner:
                s.extra["kind_country"] = DEMONYMS[owner.group(1)]  # "the Syrian town of Dabiq": a town of Syria
    apposed = APPOSED.match(text, s.end)
    body_before = None if s.entries else BODY_BEFORE.search(before)
    if body_before:
        s.extra["body_apposed"] = body_before.group(1)  # "the rights group Karapatan": a body, no place
    elif apposed and apposed.group(1) in APPOSED_BODY_HEADS:
        s.extra["body_apposed"] = apposed.group(1)  # "Acas, the conciliation service": a body, no place
    elif apposed:
        # "Rubaya, a mining town": the appositive says the name is a place, not which namesake's level (a "capital" may
        # seat a province, a "town" be a district in the data), so no level hint
        s.cue = True
    mn = _NEAR.search(before)
    if mn:
        s.near = mn.group(0).strip()
        s.cue = True
    elif NEAR_WORDS.search(before):
        s.near = NEAR_WORDS.search(before).group(0).strip()
    if re.search(r"\w\s*\(\s*$", before):
        s.extra["bracketed"] = True  # "Tarin Kot (Urozgan)": the parent of the name before
    elif re.search(r"\w\s*,\s*$", before):
        s.extra["after_comma"] = True  # "Djibo, Burkina Faso": maybe the parent of the name before
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1).lower() in TITLE_HEADS:
        s.extra["title"] = title.group(0).strip()  # "Admiral of the Fleet"
    honorific = HONORIFIC_BEFORE.search(before)
    if honorific and honorific.group(1).lower() in HONORIFICS:
        s.extra["honorific"] = honorific.group(1)  # "Governor Zulum", "Mr Oban"
    if _WEB_AFTER.match(text[s.end:s.end + 8]) or _WEB_BEFORE.search(before):
        s.extra["website"] = True  # "Sahara Reporters.com", "www.premiumtimesng"
    if (s.text.isupper() and len(s.key) >= 3 and _LINE_START.search(text[max(0, s.start - 80):s.start])
            and _DATELINE_AFTER.match(text[s.end:s.end + 4])):
        s.cue = True  # a dateline: the town the reporter files from
        s.level_hint = s.level_hint if s.level_hint is not None else PPL
        s.extra["dateline"] = True
    if ROAD_TO_AFTER.match(text, s.end) or (ROAD_FROM_BEFORE.search(text, max(0, s.start - 40), s.start)
                                            and ROAD_AFTER.match(text, s.end)):
        s.cue = True  # "along the Maiduguri-Monguno road": a town at an end of the road, a place
        s.extra["road_end"] = True
        # a road is named by the towns it runs between: "the Benin-Ore road" is Benin City's, not the country's
        s.level_hint = s.level_hint if s.level_hint is not None else PPL
    if ATTACKED.search(before):
        s.extra["attacked"] = True  # "shelled Mariupol"
        if _PLACE_ONLY_ATTACKED.search(before):
            s.extra["attacked_place"] = True  # "shelled Kherson": no person is shelled
    if s.key in WIRE_AGENCIES and not (s.cue or ATTACKED.search(before) or LOCATIVE.search(before)):
        # "according to Xinhua", "Xinhua reported", "(SANA)": the wire service, not its namesake county;
        # "in Xinhua county" has a cue and "in Xinhua" a preposition of place.
        s.extra["agency"] = True
    if DIRECTED.search(before):
        s.extra["directed"] = True  # "in central Mali": a part of a country or province
    if LOCATIVE.search(before):
        s.extra["locative"] = True
        if _PLACE_ONLY.search(before):
            s.extra["place_only"] = True  # "near Boni": nothing but a place is near
        # "at Khan's rally": a possessive before a noun names its owner, most often a person.
        s.extra["possessive"] = bool(re.match(r"['’]s\s+[a-z]", text[s.end:s.end + 4]))


_OWN_LEVEL = re.compile(r"^(.+?)\s+(" + "|".join(OWN_LEVEL_WORDS) + ")$", re.I)


def read_own_level(gaz: Gazetteer, s: Span) -> None:
    """"Karak district", "Cross River State": a name that carries its level word says its level, and
    the units named without the word ("Al Karak") are candidates too; spaCy's entity may stop before
    the word ("Karak" ORG), which still makes the whole span that entity."""
    m = _OWN_LEVEL.match(s.text)
    if m is None or s.kind != "name":
        return
    word = m.group(2).lower()
    s.level_hint = LEVEL_AFTER.get(word, ADMIN1)
    s.cue = True
    s.extra.setdefault("after", word)
    bare = [e for e in gaz.lookup(m.group(1)) if e not in set(s.entries)]
    s.entries = s.entries + bare
    if s.extra.get("ent") == (s.start, s.start + len(m.group(1))):
        s.extra["ent"] = (s.start, s.end)


def spread_plural_hints(text: str, spans: list[Span]) -> None:
    """"Kunduz, Sar-e Pul, Takhar and Helmand provinces": the plural covers the list."""
    for i, s in enumerate(spans):
        if s.extra.get("after") not in ("provinces", "districts", "counties", "villages"):
            continue
        j = i - 1
        while j >= 0:
            gap = text[spans[j].end: spans[j + 1].start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", gap):
                break
            spans[j].level_hint = s.level_hint
            spans[j].cue = True
            j -= 1
