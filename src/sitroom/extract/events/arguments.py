"""Event arguments: actors, location, date, and the counts of killed, injured and arrested.

Actors, places and times come from the earlier stages (ctx.actors, ctx.places, ctx.times); this module
only chooses among them: the agent and the target of the event, the place where it happened (not every
place in the sentence), the date of the event (not a deadline). Counts are read here, in digits or
words, with ACLED's conventions for vague amounts and the lowest figure when a text gives several.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from ...records import ActorMention, ActorRef, DateValue, PlaceMention, TimeMention

# ---- counts ----------------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
# ACLED's conventions for vague amounts (ACLED codebook): "several"/"a few" 3, "dozens" 12, "hundreds" 100.
VAGUE = {"a few": 3, "few": 3, "several": 3, "some": 3, "a number of": 3, "a dozen": 12, "dozen": 12, "dozens": 12,
         "dozens of": 12, "scores": 12, "scores of": 12, "tens": 10, "tens of": 10, "hundreds": 100, "hundreds of": 100,
         "thousands": 1000, "thousands of": 1000, "a handful of": 3, "many": 3}
_WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
             r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)")
NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUM + r"|a few|several|a number of|a dozen|dozens(?: of)?|scores(?: of)?|"
       r"tens of|hundreds(?: of)?|thousands(?: of)?|a handful of)")
_QUAL = r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|an estimated|roughly|as many as) )?"
_FILL = r"(?:(?!and\b|killed|wounded|injured|dead|died|arrested|detained)[A-Za-z'-]+ ){0,4}?"
_KILL_V = r"(?:kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|murder(?:ed|ing)|execut(?:ed|ing)|massacr(?:ed|ing)|claiming the lives of|left)"
_DIED = r"(?:(?:were|was|have been|had been|are|being) )?(?:killed|dead|died|shot dead|gunned down|lost their lives|perished|drowned|slain|executed|murdered|confirmed dead)"
_INJ_V = r"(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|maim(?:ed|ing))"
_INJURED = r"(?:(?:were|was|have been|had been|are) )?(?:wounded|injured|hurt|hospitali[sz]ed|treated)"
_ARR_V = r"(?:arrest(?:ed|ing)|detain(?:ed|ing)|round(?:ed|ing) up|apprehend(?:ed|ing)|nabb(?:ed|ing)|pick(?:ed|ing) up|took|taking)"
_ARRESTED = r"(?:(?:were|was|have been|had been|are) )?(?:arrested|detained|apprehended|rounded up|taken into custody|picked up)"

_PATTERNS = {
    "fatalities": [
        re.compile(rf"\b{_KILL_V} {_QUAL}(?P<n>{NUM})\b(?! (?:years?|hours?|days?|km|kilometres|miles|percent|%))", re.I),
        re.compile(rf"\b{_QUAL}(?P<n>{NUM}) {_FILL}{_DIED}\b", re.I),
        re.compile(rf"\b(?:death toll|toll|fatalities|deaths)\b[^.;]{{0,25}}?\b(?:to|of|at|reached|:)\s*{_QUAL}(?P<n>{NUM})\b", re.I),
        re.compile(rf"\b{_QUAL}(?P<n>{NUM}) (?:people |civilians |soldiers |fighters |militants |\w+ )?(?:dead|deaths|bodies|fatalities)\b", re.I),
    ],
    "injured": [
        re.compile(rf"\b{_INJ_V} {_QUAL}(?P<n>{NUM})\b", re.I),
        re.compile(rf"\b{_QUAL}(?P<n>{NUM}) {_FILL}{_INJURED}\b", re.I),
        re.compile(rf"\b{_QUAL}(?P<n>{NUM}) (?:others )?(?:wounded|injured)\b", re.I),
    ],
    "arrested": [
        re.compile(rf"\b{_ARR_V} {_QUAL}(?P<n>{NUM})\b(?! (?:years?|hours?|days?|tonnes|kg|kilograms))", re.I),
        re.compile(rf"\b{_QUAL}(?P<n>{NUM}) {_FILL}{_ARRESTED}\b", re.I),
    ],
}


def parse_number(text: str) -> Optional[int]:
    """An integer from digits, number words or an ACLED vague amount ("dozens of" → 12)."""
    t = text.lower().strip()
    if t in VAGUE:
        return VAGUE[t]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in ("a hundred", "one hundred"):
        return 100
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in _UNITS:
            total += _UNITS[p]
        elif p in _TENS:
            total += _TENS[p]
        else:
            return None
    return total


# A word every pattern of a kind needs (its verb or noun): most event sentences lack some kind, and a
# plain substring scan rules it out for a fraction of the cost of the patterns.
_NEEDS = {
    "fatalities": re.compile(r"kill|shoot|shot|gunned|murder|execut|massacr|claiming|left|dead|died|lives|perish|drown|"
                             r"slain|toll|fatalit|death|bodies|casualt", re.I),  # "no casualties": 0
    "injured": re.compile(r"wound|injur|hurt|maim|hospitali|treated", re.I),
    "arrested": re.compile(r"arrest|detain|round|apprehend|nabb|pick|took|taking|custody", re.I),
}


def count(kind: str, text: str) -> Optional[int]:
    """The number of people ``kind`` ("fatalities", "injured", "arrested") the text reports; lowest if several."""
    if not _NEEDS[kind].search(text):
        return None
    values = []
    for rx in _PATTERNS[kind]:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            # "killed one of the attackers" is a count; "left 2023" is a year, never a count of people.
            if n is not None and n < 100000 and not (1900 <= n <= 2100 and m.group("n").isdigit()):
                values.append(n)
    if kind == "fatalities" and re.search(r"\bno (?:one|casualties|deaths) (?:was|were )?(?:killed|reported)|no casualties\b", text, re.I) and not values:
        return 0
    return min(values) if values else None


# ---- actors ----------------------------------------------------------------------------------------

_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|farmers?|worshippers?|passengers?|students?|teachers?|journalists?|"
    r"women|children|girls|boys|aid workers?|herders?|traders?|shoppers?|families|travellers?|miners?|guests?|"
    r"prisoners?|detainees?|surrendered (?:soldiers|troops|fighters)[\w ]*?|captives?|hostages?|people|men|man|woman|"
    r"trader|priest|activists?|lawyers?|chief|leader)\b", re.I)
_COUNTRY_NAMES = {"RU": "Russia", "IR": "Iran", "SY": "Syria", "US": "the United States", "GB": "the United Kingdom",
                  "CD": "the Democratic Republic of Congo", "CG": "Republic of Congo", "KR": "South Korea",
                  "KP": "North Korea", "VE": "Venezuela", "TZ": "Tanzania", "BO": "Bolivia", "MD": "Moldova",
                  "LA": "Laos", "VN": "Vietnam", "PS": "Palestine", "TW": "Taiwan", "PH": "the Philippines",
                  "CF": "Central African Republic", "AE": "the United Arab Emirates", "NL": "the Netherlands"}


def country_name(iso: Optional[str]) -> Optional[str]:
    """The short English name ACLED uses in actor names ("Military Forces of Russia")."""
    if not iso:
        return None
    if iso in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[iso]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso)
    except (ImportError, LookupError, KeyError):
        return None
    return (getattr(c, "common_name", None) or c.name) if c else None


def to_ref(m: ActorMention) -> Optional[ActorRef]:
    """The event argument for a mention: people stand for the group they speak or act for."""
    if m.kind == "person":
        if not m.organisation:
            return None
        return ActorRef(name=m.organisation, text=m.text)
    return ActorRef(name=m.name, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)


_SPEECH = {"say", "tell", "report", "confirm", "announce", "state", "add", "claim", "accuse", "allege", "quote"}
# Who reacts to an event is not a party to it: "the government condemned the attack" (seen on real news,
# where the government became actor1 of the attack it condemned).
_REACTION = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "mourn", "lament"}


def _role(doc, text: str, m: ActorMention) -> Optional[str]:
    """"agent", "patient", "source" (who reports or reacts: not a party) or None, from the dependency parse."""
    if doc is None:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    before = text[max(0, m.start - 4):m.start].lower()
    if before.endswith("by "):  # "the shooting of ... by Taliban militants": the doer, even inside a noun phrase
        return "agent"
    tok = span.root
    for _ in range(4):  # climb through compounds, appositions, "of" phrases
        dep = tok.dep_
        if dep in ("nsubj", "csubj"):
            # "a provincial governor said ...": the source of the report, not a party to the event
            return "source" if tok.head.lemma_.lower() in _SPEECH or tok.head.lemma_.lower() in _REACTION else "agent"
        if dep == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
            return "agent"
        if dep in ("nsubjpass", "dobj", "attr", "oprd"):
            return "patient"
        if dep == "pobj" and tok.head.lower_ in ("with", "against", "on", "at", "from", "of"):
            if tok.head.lower_ in ("with", "against", "from"):
                return "patient"
        if tok.head is tok:
            break
        tok = tok.head
    return None


def pick_actors(doc, mentions: list[ActorMention], trigger_start: int,
                text: str = "") -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """actor1 (who acts) and actor2 (whom it is done to) among the mentions of the event sentence.

    text: the document text (``doc.text`` rebuilds it from the tokens: too slow to call per mention).
    """
    text = text or (doc.text if doc is not None else "")
    scored = []
    for m in mentions:
        ref = to_ref(m)
        if ref is None or (m.text.isupper() and len(m.text) > 4):  # "MANILA, Mar 3 (AFP) -": a dateline
            continue
        role = _role(doc, text, m)
        if role == "source":
            continue
        scored.append((m, ref, role))
    if not scored:
        return None, None
    agents = [x for x in scored if x[2] == "agent"]
    a1 = agents[0] if agents else next((x for x in scored if x[0].start < trigger_start), scored[0])
    rest = [x for x in scored if x[1].name != a1[1].name]
    patients = [x for x in rest if x[2] == "patient"]
    a2 = patients[0] if patients else (rest[0] if rest else None)
    return a1[1], (a2[1] if a2 else None)


def victims_text(sentence: str) -> Optional[str]:
    """The words naming victims ("surrendered soldiers", "villagers"), if any."""
    m = _VICTIMS.search(sentence)
    return m.group(0) if m else None


# ---- location and date -----------------------------------------------------------------------------

# More specific places first: ACLED codes the most precise location the report supports.
_LEVEL_RANK = {"populated place": 0, "admin2": 1, "border area": 2, "other": 3, "admin1": 4, "country": 5}
_NOT_HERE = re.compile(r"\b(?:towards?|toward|from|heading to|advancing on|fled to|moving to|en route to)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village|province|district|capital|region)\s+of\s+)?$", re.I)


def pick_location(places: Iterable[PlaceMention], text: str, trigger_start: int) -> Optional[PlaceMention]:
    """The place where the event happened: not metonyms, origins or goals; the most specific, then the nearest."""
    best, best_key = None, None
    for p in places:
        if p.role != "location":
            continue
        if _NOT_HERE.search(text[max(0, p.start - 40):p.start]):
            continue
        key = (_LEVEL_RANK.get(p.level or "", 6), abs(p.start - trigger_start))
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


_NOT_EVENT_DATE = re.compile(r"\b(?:until|till|by|before|since|deadline|from|after|over the next|within the next)\s+$", re.I)
_DEADLINE_MENTION = re.compile(r"^(?:until|till|by|before|since|from|after|within)\b", re.I)


def pick_date(times: Iterable[TimeMention], text: str, trigger_start: int,
              pub_date: Optional[dt.date] = None) -> Optional[DateValue]:
    """The date of the event: the time expression nearest the trigger that is not a deadline, an onset,
    or a date after publication (reports tell what happened; plans are not dated events)."""
    best, best_d = None, None
    for t in times:
        if _NOT_EVENT_DATE.search(text[max(0, t.start - 16):t.start]) or _DEADLINE_MENTION.match(t.text):
            continue
        if t.date.precision == "unknown" and not t.date.start:
            continue
        if pub_date is not None and t.date.start and t.date.start > pub_date.isoformat():
            continue
        d = abs(t.start - trigger_start)
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best.date.model_copy() if best else None
