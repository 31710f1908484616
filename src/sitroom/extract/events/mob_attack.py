"""Crowds' violence the typer reads as another family. A demonstration attacked by a mob (the guide's Riots / Mob violence: "a spontaneous crowd lynches, burns or
attacks"; ACLED's Mob violence covers rioters' violence against protesters): "hoodlums attacked the protesters",
"the protest was disrupted by thugs". The typer reads the demonstration's words and types a protest; but the
event told is the violence of the crowd that attacked it, its sides the rioters and the protesters. The
demonstration itself is coded from the reports that tell it. A state force named among the attackers makes it
the protest's intervention (left to rules.demonstration_type), and an armed group's attack is violence against
civilians (not a crowd word here). And a crowd of civilians told clashing with the state's forces ("clashes
between villagers and police") is a riot, not an armed clash: a battle needs two organised
armed sides (the guide's Battles), and a crowd's fighting is the guide's Riots."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.mob_attack import (ARMED_SIDE, CROWD_CLASH, CROWD_TOLD, DEMONSTRATION_ATTACKED, MOB_ATTACKS,
                                           STATE_FORCE, STATE_FORCE_JOINED)
from ...records import ActorRef
from .arguments import bracketed, country_name
from .conventions import is_unidentified
from .taxonomy import ATTACK, CLASH, MOB_VIOLENCE, VIOLENT_DEMONSTRATION

# The types a demonstration attacked by a mob is read as: the demonstration's own, or the violence on people.
_READ_AS = ("Protests /", ATTACK, VIOLENT_DEMONSTRATION)


def mob_on_demonstration(label: str, sentence: str) -> str:
    """Riots / Mob violence when a sentence typed as a protest (or an attack, or a violent demonstration) tells
    a demonstration attacked, disrupted or hijacked by a mob (thugs, hoodlums, counter-protesters), and no state
    force among the attackers; else ``label``."""
    if not label.startswith(_READ_AS):
        return label
    m = MOB_ATTACKS.search(sentence)
    if m is not None:  # "police and thugs attacked ...": the state's force among the doers
        return label if STATE_FORCE_JOINED.search(sentence[:m.start("doer")][-40:]) else MOB_VIOLENCE
    m = DEMONSTRATION_ATTACKED.search(sentence)
    if m is None:
        return label
    return label if STATE_FORCE.search(m.group("doer")) else MOB_VIOLENCE


def mob_sides(a1: Optional[ActorRef], a2: Optional[ActorRef], location) -> tuple:
    """The sides of a demonstration attacked by a mob: the rioters (ACLED's crowd actor) and the protesters."""
    iso = location.country if location is not None else None
    cname = country_name(iso)
    if not cname:
        return a1, a2
    pname = bracketed(cname)
    rioters = ActorRef(name=f"Rioters ({pname})", text=a1.text if a1 is not None else None, actor_type="rioters",
                       inter=5, country=iso)
    protesters = ActorRef(name=f"Protesters ({pname})", actor_type="protesters", inter=6, country=iso)
    return rioters, protesters


def mob_attack_told(sentence: str) -> bool:
    """Whether a sentence tells a demonstration attacked by a mob (Mob violence's crowd: the thugs or hoodlums)."""
    return mob_on_demonstration(ATTACK, sentence) == MOB_VIOLENCE


def crowd_clash(label: str, sentence: str) -> str:
    """Riots / Violent demonstration when a sentence typed as an armed clash tells a crowd of civilians (youths,
    villagers, workers) clashing with the police or soldiers and names no armed group; else
    ``label``."""
    if label != CLASH or not CROWD_CLASH.search(sentence) or ARMED_SIDE.search(sentence):
        return label
    return VIOLENT_DEMONSTRATION


def armed_band_attack(label: str, sentence: str, a1: Optional[ActorRef], a2: Optional[ActorRef]) -> tuple:
    """Violence against civilians / Attack, with the band as actor1, for a sentence typed as Mob violence whose doer
    is an unnamed armed group told in it ("was hacked to death by a group of men armed with machetes", "gunmen
    killed a farmer") and which tells no crowd (mob, lynching, angry residents): the guide's mob is a spontaneous
    crowd, and an unnamed band that comes armed is ACLED's Unidentified Armed Group attacking civilians. Else the
    label and the sides as they were."""
    if label != MOB_VIOLENCE or CROWD_TOLD.search(sentence):
        return label, a1, a2
    band = a1 if is_unidentified(a1) else a2 if a1 is None and is_unidentified(a2) else None
    if band is None or not band.text:
        return label, a1, a2
    return ATTACK, band, (a2 if band is a1 else None)
