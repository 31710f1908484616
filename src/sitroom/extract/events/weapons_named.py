"""Weapons and aircraft named without their use (rule 6, beside rules.is_inventory): a sentence that tells what a
warplane is armed with, or fighter jets that only escort or shadow a plane, tells no explosion or air strike. ACLED's
Explosions/Remote violence are uses of a remote weapon; the typer reads its words all the same ("The B-1 bomber ... is
armed with bombs and cruise missiles" was a shelling, "diverted to Boston under escort by two fighter jets" an air
strike)."""

from __future__ import annotations

from ...lang.en.events.family import AIR_ARM
from ...lang.en.events.rules import WEAPON_USED
from ...lang.en.events.weapons_named import AIR_ATTACK, ARMAMENT, BOMB_THREAT, FLIGHT_ONLY, IMPACT
from .taxonomy import REMOTE_VIOLENCE


def is_armament_only(label: str, sentence: str) -> bool:
    """An explosion read in a sentence that only tells what a platform is armed with or carries, with no word of use
    or harm (WEAPON_USED) or of impact (IMPACT: "slammed into a block of flats")."""
    return label.startswith(REMOTE_VIOLENCE) and bool(ARMAMENT.search(sentence)) and not (
        WEAPON_USED.search(sentence) or IMPACT.search(sentence))


def is_flight_only(label: str, sentence: str) -> bool:
    """An explosion read in a sentence whose aircraft only fly (escort, are dispatched or scrambled, intercept, fly
    over) and whose words tell no attack from the air and no other weapon used (a bomb threat is none; "landed" is
    a flight's word here, not a shell's)."""
    if not label.startswith(REMOTE_VIOLENCE) or not AIR_ARM.search(sentence) or not FLIGHT_ONLY.search(sentence):
        return False
    rest = BOMB_THREAT.sub(" ", AIR_ARM.sub(" ", sentence))
    return not (AIR_ATTACK.search(rest) or IMPACT.search(rest))
