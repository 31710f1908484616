"""English data of ``sitroom/extract/events/conventions.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from ..kin import KIN_ANY
from .family import OWN_ELEMENT
from .rules import CIVILIAN_WORDS

# Types whose unnamed perpetrator ACLED codes as "Unidentified Armed Group (Country)".
UNNAMED_DOER_TYPES = ("Violence against civilians /", "Explosions/Remote violence / Remote explosive",
                       "Explosions/Remote violence / Suicide bomb", "Explosions/Remote violence / Grenade")

# Victims on duty who are police (the others named by rules.ARMED_VICTIMS are the military's).
POLICE_VICTIMS = re.compile(r"\b(?:police\w*|officers?|gendarmes?|constables?)\b", re.I)

# Armed sides told without a name ("fighting between rival militias", "clashes among armed factions").
RIVAL_ARMED = re.compile(r"\b(?:rival|warring|opposing|two|armed) (?:armed )?(?:militias|militia groups|armed groups|factions|"
                         r"groups of (?:gunmen|fighters))\b", re.I)

# A name written as an acronym ("PTM", "EFF", "AICC"): how reports name a party or movement, a group then.
ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z&-]{1,7}")

# Words of membership of a political body ("SP leaders", "members of the party", "Congress cadres"): with a
# name the actors stage found but does not know, the arrested are that body's (members.py).
POLITICAL_MEMBER_NOUNS = frozenset({"leader", "leaders", "member", "members", "cadre", "cadres"})
# Other words of a body's people ("party workers", "the party's secretary-general", "an administrative
# assistant in the party"): the body's only when its name says it is one (a party, a movement) or is an acronym.
PARTY_MEMBER_NOUNS = frozenset({"worker", "workers", "official", "secretary-general", "secretary", "chairman",
                                "chairperson", "chairwoman", "president", "vice-president", "assistant",
                                "spokesman", "spokeswoman", "spokesperson"})
# "members of the party", "an assistant in the party", "leaders from the movement".
BODY_PREPS = ("of", "in", "from", "within")
# Bodies of civil society, whose members ACLED codes as civilians (the guide: journalists, activists, teachers):
# "five trade union members", "the chairperson of the Free Trade Union".
CIVIL_BODY = re.compile(r"\b(?:unions?|associations?|federations?|guilds?|chambers?|clubs?|"
                        r"societ(?:y|ies)|foundations?|universit(?:y|ies)|colleges?|schools?|churche?s?)\b", re.I)
# Who is arrested as a criminal band ("the gang members arrested", "three suspected kidnappers"): with the armed
# (rules.ARMED), an unnamed armed group by ACLED's convention, no civilians (members.py).
# Those told as plotting an armed attack ("two teenagers accused of plotting a terror attack", "terror
# suspects") are would-be attackers: an armed group too, and so are suspects named by a band's crime ("four of
# the kidnap suspects", "armed robbery suspects"): the kidnappers or robbers, in the police's words.
ARRESTED_BAND = re.compile(r"\b(?:gangs?|gangsters?|cartels?|syndicates?|bandits?|kidnappers?|abductors?|"
                           r"armed robbers?|robbery (?:gang|ring)s?|hoodlums?|cultists?|"
                           r"(?:kidnap(?:ping)?|abduction|armed robbery|banditry) suspects?|"
                           r"(?:plott|plann)\w* (?:an? )?(?:terror\w* |bomb\w* |suicide |armed |gun )?attacks?|"
                           r"terror(?:ist)? (?:plot|suspect|cell)s?)\b", re.I)

# Victims named only as people, killed or hurt: "killing 16 people", "at least 20 people were killed".
PEOPLE = re.compile(r"\b(?P<who>people|persons)\b(?=[^.;]{0,40}\b(?:killed|dead|died|wounded|injured|hurt)\b)|"
                    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\b[^.;]{0,40}\b(?P<who2>people|persons)\b",
                    re.I)

# People who are civilians by ACLED's rule, as a report names them with a nationality ("a Kenyan blogger", "two
# Vietnamese women", "Chinese nationals"): the civilians are then coded with that nationality (nationals.py).
# Not leaders, officials or fighters (a government's or a group's), nor refugees (ACLED's own actor).
NATIONAL_CIVILIANS = re.compile(
    r"(?:civilians?|nationals?|citizens?|residents?|villagers?|people|persons?|m[ae]n|wom[ae]n|girls?|boys?|"
    rf"child(?:ren)?|famil(?:y|ies)|couples?|{KIN_ANY}|tourists?|travell?ers?|passengers?|pilgrims?|"
    r"bloggers?|journalists?|reporters?|writers?|activists?|dissidents?|lawyers?|academics?|researchers?|"
    r"students?|teachers?|doctors?|nurses?|aid workers?|workers?|employees?|engineers?|contractors?|"
    r"businessm[ae]n|businesswom[ae]n|traders?|farmers?|fishermen|sailors?|seam[ae]n|crew|missionar(?:y|ies)|"
    r"priests?|nuns?|volunteers?|expatriates?)", re.I)

# People's property looted or destroyed: its owners are civilians, the other side of the looting (ACLED's practice:
# "men ransacked his house", "soldiers torched homes in the village", "20 shops were looted"). The property must be
# what the act was done to, its object or passive subject: not a place named near it ("destroyed ammunition stores
# near the village of Boni"), nor the stores of an armed force's weapons.
_PROPERTY = (r"(?:houses?|homes?|dwellings?|huts?|shops?|(?<!ammunition )(?<!weapons )(?<!arms )(?<!military )stores?|"
             r"market stalls?|businesses|belongings|possessions|farms?|crops|livestock|cattle|granar(?:y|ies)|villages?|"
             # places of worship, schools and clinics, and private cars: civilians' too (not a force's vehicles)
             r"schools?|classrooms?|churche?s?|mosques?|temples?|clinics?|"
             r"(?<!military )(?<!police )(?<!army )(?<!armored )(?<!armoured )(?:cars?|vehicles?))")
_DESTROYED = "(?:" + OWN_ELEMENT["Strategic developments / Looting/property destruction"].pattern + ")"  # (family's words)
_NOT_PLACE = r"(?!(?:near|in|at|outside|around|inside|behind|beside|across|close|from|by)\b)[\w'’-]+\s+"
CIVILIAN_PROPERTY = re.compile(
    rf"\b{_DESTROYED}\s+(?:{_NOT_PLACE}){{0,4}}?{_PROPERTY}\b|"
    rf"\b{_PROPERTY}\s+(?:[\w'’-]+\s+){{0,3}}?(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?{_DESTROYED}", re.I)

# A search or raid of civilians' homes or offices, or of civilians ("searched the homes of five journalists",
# "six more searches of journalist targets", "raided the offices of a rights group"): the guide's police search
# with no arrest, its target the civilians searched (not a hunt: "searching for the gunmen", "searched for the
# kidnapped students": who is sought, not whose home is searched).
SEARCHED_CIVILIANS = re.compile(
    r"\b(?:search(?:ed|es)?|raid(?:ed|s)?)\s+(?!for\b)(?:of\s+)?(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:homes?|houses?|offices?|residences?|apartments?|flats?|premises)\b"
    rf"|(?:[\w'’-]+\s+){{0,3}}?(?:{CIVILIAN_WORDS})\b)", re.I)

# A side of a diplomatic contact that is no state ("a rebel commander met the Russian ambassador in Bangui", "an
# opposition figure held talks with French officials"): the report names its own host, so the government of the place
# is not made the visitor's other side (conventions.conventional_actors).
NON_STATE_HOST = re.compile(r"\b(?:rebels?|insurgents?|militants?|militias?|jihadists?|guerrillas?|armed groups?|"
                            r"opposition|dissidents?|activists?|civil society|(?:political )?part(?:y|ies)|unions?)\b",
                            re.I)

# A lead that sums up a series of strikes by its doer ("Coalition military forces conducted 21 strikes consisting of
# 34 engagements against ISIS targets on June 1", "Russian aircraft carried out 40 air raids"): its subject with one of
# these verbs and a counted strike noun (civilians.ATTACK_NOUNS, discourse.SORTIES) as object names who struck each
# item listed after it (conventions.series_doers). A count is needed: "the army conducted an operation" tells one act.
TALLY_VERBS = frozenset({"conduct", "carry", "launch", "fly", "perform", "execute"})
