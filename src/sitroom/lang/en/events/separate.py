"""Words by which a report says it tells another incident than the ones before it ("In a separate incident, ...",
"Another roadside bomb killed ...", "Elsewhere, ..."): such a report is never merged into an earlier one as the same
event, whatever its place and day (which the context often lends it)."""

import re

# Nouns of an incident that "another" or "a separate" may govern ("another roadside bomb", "a separate attack"); not
# a person or group ("the head of another civic group").
_INCIDENT_NOUNS = (r"incidents?|attacks?|assaults?|raids?|ambush(?:es)?|bombs?|bombings?|blasts?|explosions?|"
                   r"explosives?|devices?|ieds?|mines?|landmines?|(?:air|drone|missile|rocket)?\s?strikes?|airstrikes?|"
                   r"shelling|clash(?:es)?|gunfights?|firefights?|shootings?|shoot-?outs?|killings?|kidnappings?|"
                   r"abductions?|massacres?|suicide bombers?|bombers?|protests?|demonstrations?|rall(?:y|ies)|"
                   r"riots?|operations?|offensives?|battles?|fighting|cases?")
# The sentence opens by setting what it tells apart from what came before.
_OPENING = re.compile(
    rf"^\W*(?:in\s+(?:(?:a|an|one)\s+(?:separate|unrelated|different|similar|second|third|fourth)|another)\s+(?:[\w-]+\s+)?(?:{_INCIDENT_NOUNS})\b"
    r"|elsewhere\b(?!\s+in\s+the\b)|separately\b|(?:meanwhile|in the meantime),?\s+(?:in|at|on|near)\b)", re.I)

_ANOTHER = re.compile(rf"\b(?:another|(?:a|an)\s+(?:separate|unrelated|different))\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{_INCIDENT_NOUNS})\b", re.I)


# A report of several incidents at once ("a series of attacks in central Jordan"): the later "third incident" is one
# of them, not another incident than it tells.
SERIES = re.compile(r"\b(?:a|the)\s+(?:series|wave|string|spate|chain|spree)\s+of\b", re.I)


def separate_incident(sentence: str) -> bool:
    """Whether the sentence marks what it tells as another incident than what the text told before."""
    return bool(_OPENING.search(sentence) or _ANOTHER.search(sentence))
