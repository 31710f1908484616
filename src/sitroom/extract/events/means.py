"""The means decides the family (ACLED's codebook: Explosions/Remote violence whoever the victims). An attack told
with its weapon in its own sentence is typed so by family.remote_means; this is for an attack the sentence retells by
a definite noun after the sentences of its paragraph told its explosive means ("A suicide bomber struck a wedding
party in Kabul. The attack killed 63 guests": one event, the bombing, not also an attack on civilians)."""

from __future__ import annotations

from ...lang.en.events.means import ACT_RETOLD
from ...lang.en.events.separate import another_incident
from .patterns import find_cues
from .taxonomy import ATTACK, REMOTE_VIOLENCE


def explosive_means_first(ranked: list[str], cues, sentence: str, said: str = "") -> list[str]:
    """``ranked`` (best first) with the Explosions/Remote violence labels ahead of an Attack the typer put first,
    when the sentence retells the act (ACT_RETOLD, and says it is no other: separate.another_incident) that the sentences before
    it in ``said`` (its paragraph's, which it continues) tell by a weapon's cue; of those labels, the ones a cue of
    the sentence or of those sentences names first. Otherwise ``ranked`` unchanged. (rules.stated_type then checks
    the weapon, in ``said``.) ``cues``: the sentence's own (family.remote_means types an attack told with them)."""
    if not ranked or ranked[0] != ATTACK or not sentence or not ACT_RETOLD.search(sentence) or another_incident(sentence):
        return ranked
    weapons = [c for c in find_cues(said.replace(sentence, " ")) if c.label.startswith(REMOTE_VIOLENCE)]
    if not weapons:
        return ranked
    blasts = [label for label in ranked if label.startswith(REMOTE_VIOLENCE)]
    cued = sorted({c.label for c in weapons}, key=lambda label: -max(c.weight for c in weapons if c.label == label))
    first = cued + [label for label in blasts if label not in cued]
    return first + [label for label in ranked if label not in first]
