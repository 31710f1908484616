"""Words by which a report says it may tell another incident than the ones before it, in one mechanism of two
strengths (``incident_mark``):

- SEPARATE: it says so outright ("In a separate incident, ...", "Another roadside bomb killed ...", "Elsewhere, ..."):
  such a report is never merged into an earlier one as the same event, whatever its place and day (which the context
  often lends it);
- ANOTHER: a looser word of the kind ("another", "similar", "a further", "a new", "meanwhile" anywhere in it;
  "Again" opening it: "Again in Abuja, the police fired teargas"): the
  same event only when its place and day agree with the earlier report's; it also tells that the report does not
  simply retell or add to the act told before."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

SEPARATE = "separate"
ANOTHER = "another"

# The words that set an incident apart, shared by both strengths.
_APART = r"separate|unrelated|different"
_ORDINAL = r"second|third|fourth"
_MEANWHILE = r"meanwhile|in the meantime"

# Nouns of an incident that "another" or "a separate" may govern ("another roadside bomb", "a separate attack"); not
# a person or group ("the head of another civic group").
INCIDENT_NOUNS = (r"incidents?|attacks?|assaults?|raids?|ambush(?:es)?|bombs?|bombings?|blasts?|explosions?|"
                   r"explosives?|devices?|ieds?|mines?|landmines?|(?:air|drone|missile|rocket)?\s?strikes?|airstrikes?|"
                   r"shelling|clash(?:es)?|gunfights?|firefights?|shootings?|shoot-?outs?|killings?|kidnappings?|"
                   r"abductions?|massacres?|suicide bombers?|bombers?|protests?|demonstrations?|rall(?:y|ies)|"
                   r"riots?|operations?|offensives?|battles?|fighting|cases?")
# The sentence opens by setting what it tells apart from what came before.
_OPENING = re.compile(
    rf"^\W*(?:in\s+(?:(?:a|an|one)\s+(?:{_APART}|similar|{_ORDINAL})|another)\s+(?:[\w-]+\s+)?(?:{INCIDENT_NOUNS})\b"
    rf"|elsewhere\b(?!\s+in\s+the\b)|separately\b|(?:{_MEANWHILE}),?\s+(?:in|at|on|near)\b)", re.I)

_ANOTHER = re.compile(rf"\b(?:another|(?:a|an)\s+(?:{_APART}))\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{INCIDENT_NOUNS})\b", re.I)

# The looser words: "another" of anything, "similar", "a further", "a new", "meanwhile" anywhere; "(Once) again"
# opening the sentence (the act told once more; "detained again" may retell one detention).
_LOOSE = re.compile(rf"^\W*(?:once\s+)?again\b"
                    rf"|\b(?:another|separate|separately|elsewhere|similar|{_MEANWHILE}|a (?:further|second|third|new))\b",
                    re.I)


# The sentence opens on a place other than the one told before, without naming it ("In a nearby village, ...",
# "In a neighbouring district, ...", "In the north, ...", "In the country's east, ..."): the context lends such a
# report the earlier report's place, but ACLED's unit is one place (the guide: fighting in two villages is two
# events), so it is never the earlier report's event, even with the same actors. A compass point followed by "of"
# names what it is the north of ("In the north of Kunar"): not this opening.
_PLACE_NOUNS = r"villages?|towns?|hamlets?|settlements?|districts?|counties|county|provinces?|states?|regions?|areas?|cit(?:y|ies)|neighbou?rhoods?|localit(?:y|ies)|communit(?:y|ies)|camps?"
_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)?(?:east|west)"
_OTHER_PLACE = re.compile(
    rf"^\W*in\s+(?:(?:(?:a|an|one)\s+)?(?:nearby|neighbou?ring|adjacent|different|separate)|another|other)\s+"
    rf"(?:[\w-]+\s+)?(?:{_PLACE_NOUNS})\b"
    rf"|^\W*in\s+the\s+(?:country's\s+|nation's\s+|far\s+)?(?:{_COMPASS})(?:ern\s+(?:part|regions?|provinces?|areas?))?\s*,",
    re.I)


def other_place(sentence: str) -> bool:
    """Whether the sentence opens on another place than the one told before, without naming it (``_OTHER_PLACE``)."""
    return bool(_OTHER_PLACE.search(sentence))


# Kinds of explosive device a report may name: two reports of explosions that each name a kind, and no kind in
# common, tell two blasts ("A roadside bomb killed three soldiers ..." then "A car bomb exploded at a hotel ..."),
# whatever place and day the context lends the second. (A kind that a report names beside another, "a suicide car
# bomber", shares it with a report naming either. "IED", "improvised explosive device" name no kind: any of these is
# one, "an IED attached to a motorcycle" then "the motorcycle bomb".)
DEVICE_KINDS = (
    ("roadside", re.compile(r"\b(?:roadside|road-side)\s+(?:bombs?|explosives?|devices?)|\bland\s?mines?\b", re.I)),
    ("vehicle", re.compile(r"\b(?:car|truck|lorry|van|vehicle|motorcycle|motorbike)[\s-]+(?:bomb|borne)|\bvbieds?\b", re.I)),
    ("suicide", re.compile(r"\bsuicide\s+(?:car\s+|truck\s+)?(?:bomb|attack|vest|belt)", re.I)),
    ("grenade", re.compile(r"\bgrenades?\b", re.I)),
    ("parcel", re.compile(r"\b(?:parcel|letter|mail)\s+bombs?\b", re.I)),
)


def device_kinds(sentence: str) -> frozenset[str]:
    """The kinds of explosive device (DEVICE_KINDS) the sentence names."""
    return frozenset(kind for kind, pattern in DEVICE_KINDS if pattern.search(sentence))


# A report of several incidents at once ("a series of attacks in central Jordan"): the later "third incident" is one
# of them, not another incident than it tells.
SERIES = re.compile(r"\b(?:a|the)\s+(?:series|wave|string|spate|chain|spree)\s+of\b", re.I)


@lru_cache(maxsize=4096)
def incident_mark(sentence: str) -> Optional[str]:
    """SEPARATE when the sentence marks what it tells as another incident than what the text told before, ANOTHER
    when it only has a looser word of another one, else None. Cached by the sentence: merging asks it of the later
    report of every pair of reports, on every merge path."""
    if _OPENING.search(sentence) or _ANOTHER.search(sentence):
        return SEPARATE
    return ANOTHER if _LOOSE.search(sentence) else None


def separate_incident(sentence: str) -> bool:
    """Whether the sentence marks what it tells as another incident than what the text told before."""
    return incident_mark(sentence) == SEPARATE


def another_incident(sentence: str) -> bool:
    """Whether the sentence has any mark of another incident (either strength)."""
    return incident_mark(sentence) is not None
