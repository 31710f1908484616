"""English data of ``sitroom/extract/events/weapons_named.py``: weapons and aircraft a sentence names without any use
of them (what a warplane is armed with, jets that only escort a plane)."""

from __future__ import annotations

import re

# What a platform is armed with or carries ("The B-1 bomber ... is armed with bombs and cruise missiles", "drones
# capable of carrying missiles"): a description of arms, not their use. The copula keeps "gunmen armed with
# grenades attacked ..." (a doer described by his arms, beside his act) out of it.
ARMAMENT = re.compile(r"\b(?:(?:is|are|was|were|be|been|being) (?:\w+ )?(?:armed|equipped|fitted) with|"
                      r"capable of carrying|can carry|(?:which|that) (?:\w+ )?carr(?:y|ies))\b", re.I)

# Aircraft told flying, not striking: escorting, dispatched, scrambled, intercepting, flying over ("diverted to Boston
# Airport under escort by two United States fighter jets", "dispatched a MIG-29 fighter jet to ensure the pilot
# complied"). An air strike is an attack from the air (ACLED), so a flight with no attack is none.
FLIGHT_ONLY = re.compile(r"\b(?:escort(?:ed|ing|s)?|dispatch(?:ed|es|ing)|scrambl(?:ed|es|ing)|intercept(?:ed|ing|s)?|"
                         r"accompan(?:ied|ying|ies)|shadow(?:ed|ing)|(?:flew|fl(?:y|ies|ying)|flown) over|"
                         r"overfl(?:ew|ying|ights?|own))\b", re.I)

# Words of an attack from the air beside the aircraft: with one, the aircraft struck ("jets escorting the bombers
# pounded the town").
AIR_ATTACK = re.compile(r"\b(?:air ?strikes?|air ?raids?|raid(?:s|ed|ing)?|strikes?|struck|strafe\w*|pound\w*|"
                        r"blast(?:s|ed|ing)?|destroy\w*|rocket(?:s|ed|ing)?|missiles?|bomb(?:s|ed|ing|ings)?|"
                        r"bombard\w*|shell\w*|fir(?:e|ed|es|ing)|shot|hit|hits|attack\w*|target\w*|kill\w*|"
                        r"wound\w*|injur\w*|dropp(?:ed|ing)|launch\w*|explod\w*|explosions?|detonat\w*|went off)\b", re.I)

# What a weapon or an aircraft does to what it hits, beside the words of firing and harm (rules.WEAPON_USED,
# AIR_ATTACK): "a missile, which can carry a 450 kg warhead, slammed into a block of flats", "rockets rained down on
# the town", "warplanes flew over the town ... three houses were flattened" tell an attack all the same.
IMPACT = re.compile(r"\b(?:(?:slamm(?:ed|ing)|slams?|crash(?:ed|es|ing)?|plough(?:ed|s)|plow(?:ed|s)) into|rain(?:ed|ing|s)? "
                    r"down|tore through|tearing through|ripp(?:ed|ing) through|pound\w*|destroy\w*|damag(?:ed|ing|es)|"
                    r"flatten\w*|levell?(?:ed|ing)|razed|set (?:it |them )?ablaze|set (?:it |them )?on fire)\b", re.I)

# A bomb named only as a threat or a scare ("after being informed of a fake bomb threat"): no bomb used.
BOMB_THREAT = re.compile(r"\b(?:(?:fake|false|hoax) )?bomb (?:threats?|scares?|hoax(?:es)?|alerts?|warnings?)\b", re.I)
