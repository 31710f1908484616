"""English data of ``sitroom/extract/events/rules.py``: the words and patterns it reads: victims and the armed,
merging reports, demonstrations and crowds, fighting, weapons and suicide attacks. (Arrests, rule 10: arrests.py;
strikes as demonstrations: demonstrations.py; another incident: separate.py.)"""

from __future__ import annotations

import re

from ..numbers import TENS, UNITS
from ..time.patterns import WEEKDAY

HORS_DE_COMBAT = re.compile(
    r"\b(?:surrender(?:ed|ing)?|detained|detainees?|captured (?:soldiers|troops|fighters|men|combatants)|prisoners?|"
    r"captives?|hors de combat|in (?:their )?custody|had been taken prisoner|executions?|executed|executing)\b", re.I)

KILLING = re.compile(r"\b(?:kill\w*|shoot\w*|shot|execut\w*|murder\w*|massacr\w*|beheaded|slain)\b", re.I)

# Victims who are armed and on duty: their killing is a battle, not violence against civilians.
ARMED_VICTIMS = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|servicewom[ae]n|service ?members?|police(?:m[ae]n|wom[ae]n| officers?)?|officers?|gendarmes?|"
    r"militiam[ae]n|militia members?|security (?:forces|personnel|guards?|men|officials)|guards?|"
    r"(?:army|military|police|security) (?:checkpoint|base|post|patrol|convoy|station|outpost)s?|checkpoints?|"
    r"patrols?|convoys?|barracks|outposts?|"
    # a state's aircraft brought down: its crew are the armed victims ("shot down a military helicopter")
    r"(?:military|army|air force|government|police) (?:helicopters?|aircraft|(?:war)?planes?|jets?))\b", re.I)

# Victims who are civilians whatever armed words the sentence holds ("journalists were taken to a police
# station and beaten"): the guide's civilians, who make an attack violence against civilians.
CIVILIAN_WORDS = (
    r"civilians?|villagers?|residents?|worshipp?ers?|students|pupils|children|women|farmers|"
    r"journalists?|reporters?|activists?|lawyers?|teachers?|doctors|nurses|(?:aid |health |foreign |construction )?workers|"
    r"passengers|traders|herders|patients|"
    r"shoppers|travell?ers|commuters|motorists|miners|fishermen|vendors|mourners|pilgrims|passers-?by|bystanders|"
    r"pedestrians|customers|shepherds?|herdsm[ae]n|"
    # media workers and clergy, civilians by the guide as journalists are ("assaulting two presenters")
    r"presenters?|broadcasters?|editors?|photographers?|photojournalists?|cameram[ae]n|bloggers?|"
    r"(?:human )?rights defenders?|priests?|pastors?|imams?")
CIVILIAN_VICTIMS = re.compile(rf"\b(?:{CIVILIAN_WORDS})\b", re.I)

# Civilians named as the object of an act of armed violence, its target ("ambushed travellers on the road",
# "opened fire on worshippers", "firing guns at communities"): the act was aimed at them, with no fight told.
CIVILIANS_TARGETED = re.compile(
    r"\b(?:attack(?:ed|ing)|ambush(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|(?:opened|opening) fire (?:on|at)|"
    r"fir(?:ed|ing) (?!tear|teargas|water|rubber|pepper|stun|smoke)(?:\w+ ){0,2}(?:on|at|into))\s+(?:(?:the|a|some|several|many|\d+|local|rural|unarmed|innocent|"
    r"defenceless|defenseless)\s+){0,2}(?:" + CIVILIAN_WORDS + r"|communities)\b", re.I)

# The phrase naming the doer of a passive report: its armed words are not the victims'.
DOER_PHRASE = re.compile(r"\b(?:by|at the hands of)\s+[^,.;:]{0,60}", re.I)
# The source a report names after a comma or with "according to" (", police said", "according to residents"): its
# words name who tells the event, not its victims; so does a sentence's opening "Police said (that)".
SOURCE_PHRASE = re.compile(r",\s*(?:[\w'’-]+\s+){0,4}(?:said|says|told|reported|added|confirmed)\b[^.;]*|"
                           r"\baccording to\s+[^,.;]{0,60}|"
                           r"^\s*(?:[\w'’-]+\s+){0,4}?(?:said|says|told \w+|reported|confirmed)(?:\s+(?:on \w+|that))?\b", re.I)

STATE_TYPES = ("state forces", "police", "rebel group", "political militia", "identity militia")

# An agreement told as broken: "the ceasefire collapsed", "the truce broke down", "the collapse of the peace deal".
_PACT = r"(?:cease-?fire|truce|peace (?:deal|agreement|accord|talks|process)|deal|agreement|accord|talks|negotiations)"
BROKEN_AGREEMENT = re.compile(
    rf"\b{_PACT} (?:\w+ ){{0,4}}?(?:collapsed|collapses|broke down|breaks down|has broken down|fell apart|falls apart|"
    rf"unravell?ed|was violated|was broken|ended)\b|\b(?:collapse|breakdown|break-down) of (?:the |a )?(?:\w+ )?{_PACT}\b",
    re.I)

# Aggregates are claims about many places, not events: "captured a number of districts", "most areas of ...".
AGGREGATE = re.compile(r"\b(?:a number of|most (?:areas|parts|of)|large parts|much of|many (?:districts|areas|towns|"
                        r"villages|regions)|dozens of (?:districts|towns|villages)|\d+ (?:districts|areas)|% of|per ?cent of)\b", re.I)

# A count of more of the same ("four more persons were arrested", "killed 35 more civilians"): with no count before
# it in its sentence it adds to a count told before, a further act, not the one told ("killed 13 soldiers and
# wounded 56 more" counts within one act).
_COUNT = (r"\d[\d,]*|" + "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
          + r"|several|dozens|scores|hundreds|thousands")
FURTHER_COUNT = re.compile(rf"\b(?:{_COUNT})\s+more\b", re.I)
COUNT = re.compile(rf"\b(?:{_COUNT})\b", re.I)
# The doers told as having "also" done it to more ("They also kidnapped 12 more"): more victims of the act told, in the
# telling of it, not a further act.
ALSO_MORE = re.compile(rf"\b(?:also|too)\s+(?:[\w'’-]+\s+){{1,3}}?(?:{_COUNT})\s+more\b", re.I)
# More dead of the act told before ("three more people died in hospital", "two more bodies were recovered"): its toll
# rising, not a further act.
TOLL_RISING = re.compile(r"\b(?:died|succumbed|bodies|toll)\b", re.I)

# Adverbs that add to the act told before ("X was also arrested", "their driver too was abducted"): more of whom
# the same act took, told on (events/also_told.py). (One word each: they are read as a token of the verb.)
ADDITIVE = frozenset({"also", "too", "likewise"})
# Nouns of a taking (lemmas) that name the act told before when definite ("The detention was confirmed by police").
TAKING_NOUNS = frozenset({"arrest", "detention", "abduction", "kidnapping"})

# A sentence that opens on who the sentence before told of, as the subject of its verb ("The two were arrested
# in a house in Lapu Lapu City", "The 65-year-old was spotted by policemen in the island of Mykonos"): it
# details that incident. Not "The two sides clashed again", "The man's house in Ankara was raided".
BACK_REFERENCE = re.compile(r"^the (?:two|three|four|five|six|seven|eight|nine|ten|\d+|\d+-year-old|suspects?|man|woman|men|"
                            r"women|victims?|detainees?|doctor|journalist|activist) (?:were|was|are|is|had|have)\b", re.I)

# Subjects that stand for part or the rest of the group an act told just before took (events/addendum.py):
# "Many were held overnight", "Dozens more were wounded", "The rest were released" (with discourse's
# QUANTIFIER_PRONOUNS and LARGE_COUNT_WORDS); and, definite, nouns of those an act left ("The detainees were
# beaten", "the victims were taken to hospital").
GROUP_REST = frozenset({"rest", "remainder", "more", "several", "scores", "dozen"})
LEFT_BY_ACT = frozenset({"detainee", "victim", "hostage", "captive", "wounded", "injured", "survivor", "abductee"})
# A night's length on a verb of keeping ("many were held overnight", "kept overnight in a cell"): how long the
# custody lasted, no day of an act of its own.
NIGHT_LONG = frozenset({"overnight"})
KEEPING_LEMMAS = frozenset({"hold", "keep"})

# Demonstration events that rule 5 folds into one; arrests join them when they are arrests of protesters.
DEMO = {"Protests / Protest with intervention", "Protests / Excessive force against protesters",
         "Riots / Violent demonstration"}

# Demonstration types from the most to the least severe: one demonstration takes the worst reported.
DEMO_SEVERITY = ("Protests / Excessive force against protesters", "Riots / Violent demonstration",
                  "Protests / Protest with intervention", "Protests / Peaceful protest")

# (Shots "into the air" or "in the air" are warning shots to disperse a crowd, an intervention: not "into" them.)
LETHAL = re.compile(r"\b(?:opened fire(?! (?:in|into) the (?:air|sky)\b)|fir(?:ed|ing) (?:live (?:ammunition|rounds) |shots )?"
                    r"(?:on|at|into(?! the (?:air|sky)\b))|live (?:ammunition|"
                     r"rounds|fire)|lethal force|shot dead|gunned down|killed)\b", re.I)

# Means of dispersing a crowd: arrests made with them are made at a gathering ("fired tear gas to disperse them
# and arrested dozens"), which ACLED codes as the protest's intervention.
CROWD_CONTROL = r"tear ?gas|teargas|dispers\w+|water cannons?|rubber bullets|stun grenades|pepper[- ]?spray\w*"
CROWD_CONTROLLED = re.compile(rf"\b(?:{CROWD_CONTROL})\b", re.I)
DISPERSAL = re.compile(rf"\b(?:{CROWD_CONTROL}|batons?|baton-charged|"
                        r"arrested|detained|broke up|round(?:ed|ing) (?:them |\w+ )?up|clamp(?:ed|ing|s)? down|"
                        r"crack(?:ed|ing|s)? down|crackdown|clash(?:ed|es|ing)? with (?:riot )?police)\b", re.I)

# ("arrested for protesting", "sit-ins": arrests at a protest belong to the protest; so are a "bandh", a "hartal" or a
# "shut-down called by" parties or unions, South Asia's general strikes, not an internet or government shutdown; and
# people told as a gathering by the clause that names them: "detained 12 people who had gathered outside the court".)
CROWD = re.compile(r"\b(?:protest(?:er|or)s?|demonstrators?|marchers|crowds?|rall(?:y|ies)|demonstrations?|protests?|protest(?:ing|ed)|"
                   r"who (?:had |have |were )?(?:marched|rallied|demonstrated|(?:gathered|assembled)"
                   # (not a gathering of another kind: "who had gathered for a wedding", "to watch a match")
                   r"(?! (?:for (?:an? |the |their |his |her )?(?:\w+ )?(?:wedding|prayers?|worship|mass|"
                   r"service|ceremony|celebrations?|feast|festival|match|game|class|lessons?)\b|to (?:attend|"
                   r"celebrate|watch|pray|worship|play)\b)))|"
                   r"sit-ins?|bandhs?|hartals?|(?<!internet )(?<!government )shut-?downs? called by (?:the |a |an |several |"
                   r"(?:\w+ ){0,5})?(?:parties|party|unions?|opposition|traders|associations?|groups?|organi[sz]ations|"
                   r"students|workers|activists|farmers|corporation|coalitions?))\b", re.I)

# An arrest told as made before a demonstration ("were arrested before Friday's march", "detained ahead of the
# rally"): taken to stop it, not at it, so not the protest's intervention.
BEFORE_DEMONSTRATION = re.compile(
    r"\b(?:before|ahead of|prior to|in the run-up to|on the eve of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?|strikes?)\b", re.I)

# A demonstration that demands someone's release ("staged a protest outside the press club, demanding his immediate
# release", "calling for the activists to be freed"): the arrest it is against was made before it, not at it.
RELEASE_DEMANDED = re.compile(
    r"\b(?:demand\w*|call(?:s|ed|ing)? for|urg\w*|press(?:ed|ing)? for|seek\w*|ask\w*(?: for)?)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:immediate|unconditional|swift|safe|and)\s+){0,3}"
    r"(?:release|freedom)\b|\bto be (?:released|freed)\b|\b(?:free|release) (?:him|her|them|our)\b", re.I)

# People taken for defying a curfew or a ban on assembly ("arrested after curfew", "for violating the curfew", "who
# violated section 144", "for breaching the ban on gatherings"): bans imposed on demonstrations. Not "after the curfew
# was lifted": a time, no defiance.
CURFEW_DEFIED = re.compile(
    r"\b(?:after (?:the )?(?:\w+ )?curfew(?!\s+(?:was|were|had|has|is|came|took|ended|expired|began)\b)|(?:violat|defy|defi|break|broke|breach|flout)\w* (?:\w+ ){0,2}curfews?|"
    r"curfew (?:violat\w+|breach\w*|violators?)|section 144|(?:violat|defy|defi|break|broke|breach|flout)\w* (?:\w+ ){0,2}"
    r"ban on (?:public )?(?:gatherings?|assembl\w+|protests?|demonstrations?|rallies))\b", re.I)

# Victims of criminal violence among criminals: a gang war or a cartel's killing of a rival stays Organised crime.
CRIMINAL_VICTIMS = re.compile(r"\b(?:gang(?:s|sters?| members?)?|cartels?|rivals?|(?:drug )?traffickers?|smugglers?|"
                              r"drug (?:dealers?|lords?))\b", re.I)
# Members of organised armed groups (shared with mob_attack.ARMED_SIDE).
ARMED_GROUP_MEMBERS = r"militants?|rebels?|insurgents?|fighters|gunmen|militias?|militiamen|jihadists?|guerrillas?"
ARMED = re.compile(r"\b(?:" + ARMED_GROUP_MEMBERS + r"|armed (?:men|group|groups)|army|troops)\b", re.I)

# Sides of a clash that are political supporters, not organised armed groups ("Rival supporters of the two candidates
# clashed", "clashes between rival groups of supporters"): ACLED's rioters, whose fights with one another are Mob
# violence, not a battle (rule 5).
SUPPORTERS_CLASH = re.compile(
    r"\b(?:supporters|partisans|fans|party (?:activists|members|workers|cadres|loyalists))\b(?:[^.;]{0,80}?)\bclash\w*|"
    r"\bclash\w* (?:between|among|involving|pitting) (?:\w+ ){0,4}?(?:supporters|partisans|fans|party (?:activists|members|"
    r"workers|cadres|loyalists))\b", re.I)

# Unarmed people clashing with the police ("after clashes between students and police", "youths clashed with
# police"): a riot, since battles are fought between organised armed groups (rule 5).
UNARMED_CLASH = re.compile(
    r"\bclash\w* between (?:\w+ ){0,3}?(?:students|youths|workers|traders|residents|supporters|fans)"
    r" and (?:the )?(?:riot )?(?:police|security forces)\b|"
    r"\b(?:students|youths|workers|traders|residents|fans) (?:\w+ ){0,3}?clash(?:ed|es|ing)? with (?:the )?(?:riot )?"
    r"(?:police|security forces)\b|"
    r"\bclash\w* between (?:the )?(?:riot )?(?:police|security forces) and (?:\w+ ){0,3}?(?:students|youths|workers|"
    r"traders|residents|supporters|fans|protesters|demonstrators)\b", re.I)

# The end of a text before a verb that makes it passive ("A soldier was killed", "were later shot dead"): the words
# before such a verb name the victims, not the doer.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+)?$", re.I)

# Words of an exchange of fire ("a firefight", "a gun battle", "traded fire", "a shoot-out"): both sides shot, so
# both were armed (conventions: an unnamed side of such a fight is an armed group).
_GUNFIGHT = (r"firefights?|fire ?fights?|gun ?battles?|exchange[sd]? (?:of )?(?:gun)?fire|"
             r"(?:traded|trading|exchanging) (?:gun)?fire|shoot-?outs?")
GUNFIGHT = re.compile(rf"\b(?:{_GUNFIGHT})\b", re.I)
# Words of fighting between two sides: civilians killed in it are victims of the battle, not of an attack. A
# battleground or battlefield is a place, not fighting ("the Tora Bora battleground fell silent").
TWO_SIDED = re.compile(rf"\b(?:clash\w*|fight(?!ers?\b)\w*|fought|battl(?!e-?(?:grounds?|fields?)\b)\w*|{_GUNFIGHT}|gunfire|cross-?fire)\b", re.I)

# Shots fired into the air ("firing shots in the air", "fired their weapons into the air to disperse protesters",
# "rounds of celebratory gunfire into the air"): warning or celebration, aimed at no one, so no fight of two sides.
AIR_SHOTS = re.compile(r"\b(?:fir(?:e|ed|es|ing)|shot|shoot(?:s|ing)?|shots|rounds|gunfire)\b[^.;:]{0,60}?\b(?:in|into) the air\b",
                       re.I)

# Fire answered ("soldiers fired into the air before returning fire", "a gunfight", "skirmishes"): two sides shooting
# at each other, a fight beside any shots into the air (rules.shots_in_air_only; TWO_SIDED lacks these words).
FIRE_ANSWERED = re.compile(r"\breturn(?:ed|ing|s)? (?:the |their )?fire\b|\bgun-?fights?\b|\bskirmish\w*", re.I)

# Attackers driven off ("the army pushed them back and killed many of them", "troops repelled the assault"): the
# people killed were attacking, armed, so the killing is the battle's, not an attack on civilians. (Not a date
# "pushed back", nor critics who "pushed back against" a plan.)
REPELLED = re.compile(r"\b(?:push(?:ed|ing)? (?:\w+ ){0,2}back(?! against| (?:the |its |their |a )?(?:date|deadline|"
                      r"vote|elections?|polls?|start|launch|timeline|talks|hearing|trial)\b)|repel(?:led|s|ling)?|repuls(?:ed|es|ing)|"
                      r"fought (?:\w+ ){0,2}off|fend(?:ed)? (?:\w+ ){0,2}off|beat(?:en)? (?:\w+ ){0,2}back|"
                      r"foiled (?:an?|the) (?:\w+ )?(?:attack|assault|raid|offensive))\b", re.I)

# Words naming a remote weapon (Explosions/Remote violence is decided by the weapon).
REMOTE_WEAPON = re.compile(
    r"\b(?:(?:air|drone|missile|rocket) ?(?:strikes?|raids?|attacks?)|strikes?|struck|bomb\w*|blasts?|explo\w+|"
    r"detonat\w*|shell\w*|mortars?|rockets?|missiles?|artillery|drones?|warplanes?|jets?|aircraft|helicopters?|"
    r"(?:land)?mines?|IEDs?|improvised explosive|grenades?|suicide|car bomb|shrapnel|barrel bombs?|chemical|"
    r"gas attack|projectiles?|shot down)\b", re.I)

# A list of what a cache or a haul held ("The cache consisted of 20 rocket-propelled grenades, 15 mortar rounds
# ..."): weapons named, none used. With no word of use or harm, no explosion is told.
INVENTORY = re.compile(r"\b(?:consist(?:ed|s|ing)? of|compris(?:ed|es|ing)|contain(?:ed|s|ing)|included|includes|"
                       r"made up of)\b", re.I)
WEAPON_USED = re.compile(r"\b(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)|struck|hit|hits|explod\w*|detonat\w*|shell(?:ed|ing)|"
                         r"bomb(?:ed|ing)|attack(?:ed|ing|s)?|kill\w*|wound\w*|injur\w*|landed|went off|blasts?|"
                         r"target(?:ed|ing))\b", re.I)

# What makes an explosion a suicide bomb: an attacker who died by it.
SUICIDE_ATTACKER = re.compile(r"\bsuicide\b|\bblew (?:himself|herself|themselves) up\b|\bself-detonat\w*|"
                              r"\bmartyrdom\b", re.I)

# Suicide attacks named only as a kind, in the plural ("numerous suicide bombings in Israel", "an upsurge in suicide
# bombing attacks", "a promise to hunt down suicide bombers", "using suicide attacks as a pretext"), beside no single
# one (SUICIDE_ONE), no count (SUICIDE_COUNTED), no harm and no day (KIND_ONLY_TOLD): a practice or a topic, no
# occurrence (rule 6: only news is coded).
SUICIDE_KIND = re.compile(r"\bsuicide(?:[- ](?:bomb(?:ing)?|car[- ]bomb(?:ing)?))? (?:attacks|bombings|bombers|"
                          r"operations|missions)\b", re.I)
SUICIDE_ONE = re.compile(r"\bsuicide(?:[- ](?:car[- ])?)?(?:attack|bombing|bomber|bomb|blast|operation|mission|vest|belt)"
                         r"\b(?! (?:attacks|bombings|bombers|operations|missions)\b)|\bblew (?:himself|herself|themselves) up\b|"
                         r"\bself-detonat\w*", re.I)
SUICIDE_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twin|double|triple|\d+)(?: [\w-]+){0,2} "
                             r"suicide\b", re.I)
KIND_ONLY_TOLD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|casualt\w*|hurt|toll|victims?|"
                            r"blew|exploded|detonat\w*|struck|hit|rocked|targeted|" + WEEKDAY + r"|"
                            r"yesterday|today|tonight|overnight|last night|this morning|weekend)\b", re.I)

# Words whose coordinated places name one place between them ("on the road between Kabul and Kandahar"), not a
# list of places each an event's (events/place_list.py).
BETWEEN = frozenset({"between", "linking", "connecting"})
