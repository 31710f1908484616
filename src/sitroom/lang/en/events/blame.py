"""Words that put an attack just told on a group: a blame or attribution by others ("Police blamed al-Shabaab for
the attack", "Officials blamed the Islamic State group.", "the blast was blamed on the PKK"). Read by
extract/events/blamed.py, beside the group's own claim (patterns.CLAIMED_RESPONSIBILITY)."""

from __future__ import annotations

import re

# This act, told definitely: "the attack", "the blast", "Saturday's bombing", "it" (a blame "for many attacks" is of
# others, not of this one).
_THIS_ACT = (r"(?:it|(?:the|this|that|\w+day['’]s|last night['’]s)(?: [\w-]+)? "
             r"(?:attacks?|bombings?|blasts?|explosions?|assaults?|ambush(?:es)?|killings?|massacre|raid))\b")

BLAMED_FOR_ACT = re.compile(
    r"\bblam(?:ed|es|ing)\b[^.;]{1,60}?\bfor " + _THIS_ACT + "|"       # "blamed al-Shabaab for the attack"
    r"\bblam(?:ed|es|ing) " + _THIS_ACT + r" on\b|"                      # "blamed the bombing on the Taliban"
    r"\b(?:was|were|been) blamed on\b|"                                  # "The blast was blamed on the PKK"
    r"\battribut(?:ed|es|ing) " + _THIS_ACT + r" to\b|"                  # "attributed the attack to ISWAP"
    r"\bh(?:eld|olds?) [^.;]{1,60}? responsible for " + _THIS_ACT + "|"  # "held Boko Haram responsible for it"
    # a bare blame, the sentence's end or a clause on the group after it ("Officials blamed the Islamic State group.",
    # "Police blamed al-Shabaab militants, who have killed dozens of officers in the region")
    r"\bblam(?:ed|es)(?: [\w'’-]+){1,5}\s*(?:[.!]?\s*$|,\s*(?:who|which|whose)\b)",
    re.I)

# A blame that does not stand: denied, negated, or told as a habit of the past ("has been blamed in the past for
# attacks", "did not blame any group", "al-Shabaab denied involvement").
BLAME_WITHDRAWN = re.compile(r"\b(?:den(?:ied|ies|y|ying)|rejected|not|never|no|without|in the past|previously|often|"
                             r"frequently|usually|repeatedly)\b|n['’]t\b", re.I)
