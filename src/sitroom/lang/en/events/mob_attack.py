"""English data of ``sitroom/extract/events/mob_attack.py``: a demonstration attacked by a mob."""

from __future__ import annotations

import re

from .crime import LYNCHING
from .rules import ARMED_GROUP_MEMBERS

# Who attacks a demonstration as a crowd of no organised armed group: ACLED's rioters of Mob violence.
_MOB = r"(?:thugs|hoodlums|hooligans|goons|mobs?|counter-?(?:protesters|protestors|demonstrators))"
# A demonstration, or those taking part in it, as what is attacked.
_DEMONSTRATION = (r"(?:protest(?:ers?|ors?|s)?|demonstrat(?:ors|ions?)|marchers|march(?:es)?|rall(?:y|ies)|sit-?ins?|"
                  r"vigils?|picket(?:ers|s)?)")
# What the mob does to it: an attack on the people, or breaking up the gathering.
_ATTACK = (r"(?:attack(?:ed|ing|s)?|assault(?:ed|ing|s)?|disrupt(?:ed|ing|s)?|hijack(?:ed|ing|s)?|stormed|"
           r"invad(?:ed|ing)|beat(?:en|ing)?|chased|set upon|pelted|stabbed|broke up|break(?:ing)? up)")
# "hoodlums attacked the protesters", "thugs hijacked the protest", "hoodlums attacked anti-SARS protesters"
MOB_ATTACKS = re.compile(rf"\b(?P<doer>{_MOB})\b (?:[\w-]+ ){{0,2}}?{_ATTACK} (?:[\w'’-]+ ){{0,3}}?{_DEMONSTRATION}\b",
                         re.I)
# "the protest was disrupted by thugs", "demonstrators were attacked by a mob"
DEMONSTRATION_ATTACKED = re.compile(rf"\b{_DEMONSTRATION} (?:[\w-]+ ){{0,3}}?(?:was|were|had been|has been|have been|"
                                    rf"got|being) {_ATTACK} by (?P<doer>(?:[\w-]+ ){{0,3}}?{_MOB})\b", re.I)
# A state force named with the attackers ("police and thugs attacked protesters"): force met the demonstration,
# its intervention or excessive force, not a mob's violence. STATE_FORCE_JOINED: joined to the doer just after
# it ("police and thugs", "soldiers, thugs"), not a bystander ("Soldiers watched as hoodlums attacked ...").
_STATE_FORCES = r"police(?:men)?|security forces|soldiers|troops|gendarmes|army"  # (the state's side of a crowd clash)
STATE_FORCE = re.compile(r"\b(?:" + _STATE_FORCES + r"|military|security (?:agents|operatives|personnel)|officers)\b",
                         re.I)
STATE_FORCE_JOINED = re.compile(STATE_FORCE.pattern + r"\s*(?:,|and|&|alongside|with)\s*(?:[\w-]+\s+){0,2}$", re.I)

# A crowd of civilians fighting the state's forces ("clashes between villagers and police", "students clashed with
# riot police"): no organised armed side of their own, a riot.
_STATE_SIDE = r"(?:the )?(?:riot )?(?:" + _STATE_FORCES + ")"
_CIVIL_CROWD = (r"(?:the )?(?:[\w-]+ ){0,2}?(?:youths?|students|residents|villagers|locals|workers|traders|"
                r"commuters|crowds?)")
CROWD_CLASH = re.compile(rf"\bclash(?:es)? between {_CIVIL_CROWD} and {_STATE_SIDE}\b|"
                         rf"\bclash(?:es)? between {_STATE_SIDE} and {_CIVIL_CROWD}\b|"
                         rf"\b{_CIVIL_CROWD} (?:[\w-]+ ){{0,2}}?clashed with {_STATE_SIDE}\b|"
                         # the crowd as the clash's agent: "killed in a clash with the police by the youth"
                         rf"\bclash(?:es)? with {_STATE_SIDE} by {_CIVIL_CROWD}\b", re.I)
# An armed side named in the sentence: then it may be a battle, left to the typer.
ARMED_SIDE = re.compile(r"\b(?:" + ARMED_GROUP_MEMBERS + r"|bandits|cultists|armed (?:youths|men|groups?|civilians|"
                        r"residents|villagers))\b", re.I)

# Words of a crowd's own violence (the guide's Mob violence, "a spontaneous crowd lynches, burns or attacks"): with
# none of them told, an attack by men described as armed or as an unnamed band is an organised armed group's.
CROWD_TOLD = re.compile(rf"\b(?:mobs?|crowds?|{LYNCHING}|vigilante|rioters|irate|angry|enraged|protesters|"
                        r"demonstrators)\b", re.I)
