"""A group that others blame for an attack just told: its actor1 when the report names no doer.

"A roadside bomb exploded under a police vehicle in Mandera, killing two officers. Police blamed al-Shabaab." -- the
bombing's doer is the armed group the next sentences blame for it (lang/en/events/blame.BLAMED_FOR_ACT: this act,
"the attack", "it"; not "many attacks"), as a claim of responsibility names it (responsibility.claimed_doers, which
runs first and wins). Not a blame denied or negated ("al-Shabaab denied involvement", "police did not blame any
group") nor told as a habit. Only a catalogue armed group (rebels, militias) named alone in that sentence, and no
other place than the event's.
"""

from __future__ import annotations

from typing import Sequence

from ...lang.en.events.blame import BLAME_WITHDRAWN, BLAMED_FOR_ACT
from ...records import ActorMention
from .responsibility import doers_told_after


def _blames(text: str) -> bool:
    return bool(BLAMED_FOR_ACT.search(text)) and not BLAME_WITHDRAWN.search(text)


def blamed_doers(events: list, units: Sequence, actors: Sequence[ActorMention], places: Sequence) -> list:
    """``events`` with an unnamed doer of an attack renamed to the armed group the next sentences blame for it."""
    return doers_told_after(events, units, actors, places, _blames)
