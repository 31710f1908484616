"""The means decides the family (ACLED's codebook): an attack on civilians whose victims the report tells harmed
in or by an explosive or remote means ("Two journalists were killed in targeted bombings") is Explosions/Remote
violence, with the civilians as its target, not Violence against civilians / Attack; and so is an attack the sentence
retells by a definite noun after the sentences of its paragraph told its explosive means ("A suicide bomber struck a
wedding party in Kabul. The attack killed 63 guests": one event, the bombing, not also an attack on civilians)."""

from __future__ import annotations

import re

from ...lang.en.events.means import ACT_RETOLD, ANOTHER_ACT, EXPLOSIVE_MEANS, HARMED_BY_EXPLOSIVE
from .taxonomy import ATTACK, REMOTE_VIOLENCE


_MEANS = re.compile(r"\b" + EXPLOSIVE_MEANS + r"\b", re.I)


def explosive_means_first(ranked: list[str], cues, sentence: str, said: str = "") -> list[str]:
    """``ranked`` (best first) with the Explosions/Remote violence labels ahead of an Attack the typer put first,
    when the sentence tells its victims harmed by an explosive means (HARMED_BY_EXPLOSIVE), or retells the act
    (ACT_RETOLD, no other: ANOTHER_ACT) that the sentences before it in ``said`` tell by its means; of those labels,
    the ones a cue of the sentence names first. Otherwise ``ranked`` unchanged. (rules.stated_type then checks the
    weapon, in ``said``.)"""
    if not ranked or ranked[0] != ATTACK:
        return ranked
    before = said.replace(sentence, " ") if sentence else ""
    if not (HARMED_BY_EXPLOSIVE.search(sentence) or (ACT_RETOLD.search(sentence) and not ANOTHER_ACT.search(sentence)
                                                     and _MEANS.search(before))):
        return ranked
    blasts = [label for label in ranked if label.startswith(REMOTE_VIOLENCE)]
    cued = [label for label in blasts if any(c.label == label for c in cues)]
    first = cued + [label for label in blasts if label not in cued]
    return first + [label for label in ranked if label not in first]
