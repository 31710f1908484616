"""Claims of responsibility (review 3 #12, #27): a claim needs words that claim, and its actor1 is the claimant.

- "Security forces killed five militants in a raid ..., the army said." attributes a report: the event is
  the raid. The typer may read "X said" after a killing as a claim; without a word of claiming (the cues of
  ``Statements / Claim of responsibility`` in lang/en/events/patterns.py: "claimed responsibility", "took
  responsibility", "claimed the attack"...) the typer's next label is the event.
- "The group claimed responsibility ..., saying it had killed 20 soldiers." after "Al-Shabaab militants
  attacked a military base ..., a Somali army officer said": the group is al-Shabaab, the armed group the
  sentences before name, not the army officer who speaks there.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...records import ActorMention, ActorRef
from .actor_roles import to_ref

CLAIM = "Statements / Claim of responsibility"
# ACLED's inter codes of the armed groups that claim attacks: rebels, political and identity militias.
CLAIMANT_INTERS = frozenset({2, 3, 4})


def demote_unclaimed(ranked: list[str], cues: Sequence) -> list[str]:
    """``ranked`` (labels, best first) with a claim of responsibility put last when no cue of the unit
    claims anything: then the typer's next label is what the unit reports."""
    if not ranked or ranked[0] != CLAIM or any(c.label == CLAIM for c in cues):
        return ranked
    return [*ranked[1:], CLAIM]


def claimant(actor1: Optional[ActorRef], context_actors: Sequence[Sequence[ActorMention]]) -> Optional[ActorRef]:
    """Actor1 of a claim whose subject is an anaphor ("The group claimed ..."): the armed group the sentences
    before name (nearest sentence first, its last-named group first), when the one found is none or a
    state's forces; else ``actor1``."""
    if actor1 is not None and actor1.inter in CLAIMANT_INTERS:
        return actor1
    for actors in context_actors:
        groups = [a for a in actors if a.kind == "group" and a.inter in CLAIMANT_INTERS]
        if groups:
            return to_ref(max(groups, key=lambda a: a.start)) or actor1
    return actor1

