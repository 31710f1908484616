"""The words around actor names: nouns that make "Afghan" + "army" an actor, generic phrases, ACLED names.

Matched by regular expressions after (or before) a country name or demonym that the
catalogue's automaton found, so the automaton holds names only.
"""

from __future__ import annotations

import re

from ...lang.en.agencies import CREDIT_WORDS, WIRE_AGENCIES
from ...lang.en.actors.vocabulary import (
    FAMILIES,
    FAMILY_MODIFIERS,
    FAMILY_NOUNS,
    MEMBER_NOUNS,
    MINISTER_TITLES,
    MINISTER_WORDS,
    NONSTATE_BEFORE,
    NONSTATE_MEMBERS,
    OF_NOUNS,
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


NOUN_FAMILY = {}
for _family, _nouns in FAMILY_NOUNS.items():
    for _noun in _nouns:
        NOUN_FAMILY.setdefault(_noun, _family)
# Applied to the normalised (lower-case) text right after a country name or demonym.
FAMILY_AFTER = re.compile(r"(?:'s)?\s+(?:(?:" + _alternation(FAMILY_MODIFIERS) + r")\s+)?(?P<noun>"
                           + _alternation(NOUN_FAMILY) + r")(?![\w-])")
# A unit named by its acronym between the country and its military noun ("Australian SAS troops", "British SBS
# commandos"): the country's forces. Matched on the lower-cased text; the caller checks that the original word is
# written in capitals, so "Afghan and troops" or "US led forces" are not read so.
UNIT_AFTER = re.compile(r"\s+(?P<unit>[a-z]{2,5})\s+(?P<noun>" + _alternation(FAMILY_NOUNS["military"]) + r")(?![\w-])")


_NONSTATE_MEMBERS = _alternation(NONSTATE_MEMBERS)
_NONSTATE_BEFORE = _alternation(NONSTATE_BEFORE)


def named_nonstate(acronym: str, text: str) -> bool:
    """Whether ``text`` calls ``acronym`` (as written, in capitals) a non-state armed group somewhere ("ASWJ
    insurgents", "the rebel CMA"): then "Mozambican ASWJ forces" is that group, not Mozambique's army."""
    a = re.escape(acronym)
    return re.search(rf"\b{a}(?:'s)?\s+(?i:{_NONSTATE_MEMBERS})\b|"
                     rf"\b(?i:{_NONSTATE_BEFORE})\s+(?:\w+\s+)?{a}\b", text) is not None


MEMBER_AFTER = re.compile(r"\s+(?P<noun>" + _alternation(MEMBER_NOUNS) + r")(?![\w-])")
MINISTER_AFTER = re.compile(r"(?:'s)?\s+(?:(?:" + "|".join(re.escape(w) for w in MINISTER_WORDS)
                            + r")\s+){0,3}?(?:" + "|".join(MINISTER_TITLES) + r")(?![\w-])")
OF_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<noun>" + _alternation(OF_NOUNS) + r")\s+of\s+(?:the\s+)?$")

def family_name(family: str, country_name: str) -> str:
    """ACLED's name of a country's actor: "Government of the United States", "Civilians (United States)"."""
    pattern = FAMILIES[family][0]
    if pattern.endswith(")") and country_name.startswith("the "):
        country_name = country_name[4:]
    return pattern.format(c=country_name)


# Countries ruled by juntas in the 2020s: "the junta" elsewhere (a talk abroad) is most likely Myanmar's.
JUNTA_COUNTRIES = frozenset({"MM", "ML", "BF", "NE", "GN", "SD", "TD", "GA", "TH"})
JUNTA_DEFAULT = "MM"
# The last year of a junta that has handed over power (Thailand's NCPO, 2014-2019): a report filed from its capital
# later ("BANGKOK (AP) - The junta arrested ...", where Myanmar is covered from) tells no junta of that country.
JUNTA_ENDED = {"TH": 2019}


# A dateline that opens a report: "KABUL, July 12 (Reuters) -". It tells where the reporter files from
# and for whom, not who takes part nor which country the report is about.
# Also the wire form without a parenthesis, the city in capitals: "KABUL, Afghanistan -", "KANO \u2014",
# with the filing date: "MOGADISHU, Feb 10, 2022 \u2013", "KABUL, Afghanistan, 3 March -"; a double dash or a
# long one may touch the text ("BEIJING --At least"), a single hyphen not ("NATO-led forces").
_DATELINE_DATE = r"(?:,?[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}|\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?)(?:,?[ ]+\d{4})?)"
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Za-z .'\u2019-]{1,40},[^\n()]{0,40}?\([^)\n]{2,40}\)\s*[-\u2013\u2014]+\s*"
    r"|[A-Z][A-Z.'\u2019-]{2,}(?:[ -][A-Z][A-Z.'\u2019-]+){0,3}(?:,[ ][A-Z][A-Za-z.'\u2019 -]{1,40}?)?"
    r"" + _DATELINE_DATE + r"?(?:\s*\([^)\n]{2,40}\))?\s*(?:[-\u2013\u2014]+\s+|(?:--|[\u2013\u2014])(?=[A-Z])))")


# A press release's dateline on a line of its own after the headline and a photo caption: "(Berlin) – ";
# not a credit, a wire service or an update note ("(Reuters) - ", "(Photo by AFP) - ", "(Updated) - ").
PAREN_DATELINE = re.compile(r"^[ \t]*\((?P<place>[A-Z][A-Za-z .'\u2019-]{1,40})\)[ \t]*[-\u2013\u2014]+[ \t]+", re.M)
_NOT_A_PLACE = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted({*CREDIT_WORDS, *WIRE_AGENCIES}, key=len, reverse=True)) + r")(?![\w-])")
# What may stand before it: a headline and a caption, a few short lines.
HEAD_LINES, HEAD_WORDS = 4, 80


def dateline_end(text: str) -> int:
    """Where the report's dateline ends (0 when it has none): at the start of the text, or of a line after a
    headline or a byline (a few short lines, none a sentence: "Kenyan police beat protesters\n\nNAIROBI, Kenya — ")."""
    m = DATELINE.match(text, 0, 160)
    if m:
        return m.end()
    start = 0
    for _ in range(HEAD_LINES):
        start = text.find("\n", start, 600) + 1
        if start <= 0:
            break
        before = [line.strip() for line in text[:start].splitlines() if line.strip()]
        if (len(before) > HEAD_LINES or sum(len(line.split()) for line in before) > HEAD_WORDS
                or (before and before[-1].endswith((".", "!", "?", '"', "\u201d")))):
            break  # a sentence before it (prose, or a caption the report may code): no headline or byline
        m = DATELINE.match(text, start, start + 160)
        if m and text[start:m.end()].strip():
            return m.end()
    m = PAREN_DATELINE.search(text, 0, 600)
    if m is None or _NOT_A_PLACE.search(m["place"]):
        return 0
    before = [line for line in text[:m.start()].splitlines() if line.strip()]
    if len(before) > HEAD_LINES or sum(len(line.split()) for line in before) > HEAD_WORDS:
        return 0  # prose before it: the report has begun, and the line is no dateline
    return m.end()
