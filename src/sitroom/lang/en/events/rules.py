"""English data of ``sitroom/extract/events/rules.py``: the words and patterns it reads."""

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
    r"pedestrians|customers|shepherds?|herdsm[ae]n")
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

TERRITORY = ("Battles / Non-state actor overtakes territory", "Battles / Government regains territory",
              "Strategic developments / Non-violent transfer of territory")

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
# Words of fighting between two sides: civilians killed in it are victims of the battle, not of an attack.
TWO_SIDED = re.compile(rf"\b(?:clash\w*|fight(?!ers?\b)\w*|fought|battl\w*|{_GUNFIGHT}|gunfire|cross-?fire)\b", re.I)

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

# Ordinary crime (the guide's decisions v1.1 and v1.2: arrests of individuals for ordinary crimes are not
# coded): the offences that make an arrest ordinary police work ...
ORDINARY_OFFENCE = re.compile(
    r"\b(?:DWI|DUI|drunk(?:en)?|(?:reckless|dangerous|careless|impaired|disqualified|drink) driving|"
    r"driving (?:under the influence|while|without|offences?|charges?)|crash(?:ed|es)?|traffic|speeding|burglar(?:y|ies)|theft|thefts|stole|stolen|"
    r"stealing|robber(?:y|ies)|shoplifting|fraud|scam|embezzl\w+|brib\w+|corruption|money laundering|drugs?|narcotics|"
    r"marijuana|cannabis|cocaine|heroin|possession|assault(?:s|ing|ed)?|battery|domestic violence|"
    r"murder(?:s|ed|ing)?|homicide|manslaughter|shooting|stabbing|DNA|home invasion|trespass\w*|vandal\w*|"
    # fires a person is suspected of lighting: arson, bushfires ("arrested three teenagers in relation to bushfires");
    # not weapons' fire ("suspected of rocket fire on the airport", "over the sniper fire"): the armed side's act
    r"arson\w*|fire-?bugs?|(?:bush|grass|scrub|brush|forest|wild)(?:-| )?fires?|"
    r"(?:in relation to|in connection with|over|suspected of|accused of) (?:(?!open|rocket|mortar|artillery|sniper|gun|machine|tank|cross|return|live|small|heavy|sporadic)\w+ ){0,2}?(?:fires?|blazes?)|"
    r"(?:lit|light(?:ed|ing)?|start(?:ed|ing)?) (?:\w+ ){0,2}?(?:fires?|blazes?))\b", re.I)
# ... unless the report names what makes an arrest political or part of the conflict: who is arrested
# (activists, journalists, opposition, protesters, armed groups, gangs), or what for (sedition, terrorism,
# kidnapping, national security).
POLITICAL_ARREST = re.compile(
    r"\b(?:activists?|journalists?|reporters?|editors?|bloggers?|writers?|novelists?|dissidents?|critics?|"
    r"opposition|protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|strik(?:e|es|ers|ing)|unions?|unionists?|"
    r"politicians?|lawmakers?|legislators?|MPs?|senators?|leaders?|lawyers?|human rights|defenders?|students?|"
    r"party (?:members?|workers|leaders?|officials?)|sedition|seditious|national security|terror\w*|militants?|"
    r"insurgents?|rebels?|jihad\w*|separatists?|spy|spies|spying|espionage|treason|kidnap\w*|abduct\w*|hostages?|"
    r"gangs?|ring|militia\w*|coup|regime|junta|hijack\w*|bombs?|bombing|explosives?|weapons|firearms|guns|"
    r"ammunition|extremis\w*|radical\w*|banned|unlawful association|incit\w+|collusion|soldiers|troops|army|"
    r"military|crackdown|dragnet)\b", re.I)

# A strike (the guide: "a strike with no public gathering is not coded"): stopping work ...
STRIKE_ACTION = re.compile(
    r"\b(?:(?<!hunger )strik(?:e|es|ing)|walk(?:ed|s|ing)? (?:out|off the job)|walkouts?|stoppages?|"
    r"industrial action|(?:laid|lay|laying|downed|down) (?:down )?(?:their )?tools)\b", re.I)
# ... becomes a demonstration with a gathering, a march, a sit-in or a picket, or when the report tells it as a
# protest ("went on strike to protest ...", as the corpus's annotators code it).
STRIKE_GATHERING = re.compile(
    r"\b(?:gather\w*|assembl\w*|march\w*|rall(?:y|ies|ied)|picket\w*|sit-?ins?|sit-down|occup\w+|block\w*|"
    r"outside|in front of|protest\w*|demonstrat\w*|crowds?|chant\w*|placards|banners)\b", re.I)


# The words of a taking that TAKING and family.ARREST_TOLD (what an Arrests event's reports must tell) read alike,
# written once; each pattern adds its own forms of the other words. None of these starts like another alternative
# of either pattern, so where they stand in it changes no match.
TAKING_WORDS = (r"imprison\w*|incarcerat\w*|captur\w*|seiz\w*|abduct\w*|kidnap\w*|raid\w*|remand\w*|booked|"
                r"handcuff\w*|swoop\w*")

# What an Arrests report must tell (rule 10): someone taken or held by the authorities. The words of the taking
# ("arrested", "rounded up", "taken to a police station", "raided") and of holding someone ("detained",
# "in custody", "was held", "behind bars"). Not a detainee, a prison, a court or a statement released: they
# name nobody taken.
TAKING = re.compile(
    r"\b(?:arrest\w*|detain(?:ed|ing|s)?|detentions?|custody|jail(?:ed|ing|s)?|" + TAKING_WORDS + r"|"
    r"nabb(?:ed|ing)|apprehen\w*|incommunicado|"
    r"behind bars|round(?:ed|ing|s)? (?:\w+ ){0,2}up|round-?ups?|pick(?:ed|ing|s)? (?:\w+ ){0,2}up|"
    r"lock(?:ed|ing|s)? (?:\w+ ){0,2}up|(?:is|are|was|were|been|being) held|"
    r"(?:taken|took|sent|brought|escorted|led|dragged|bundled|whisked) (?:\w+ ){0,3}(?:away|off|"
    r"(?:in)?to (?:a |the |an? )?(?:\w+ ){0,2}(?:police|station|jail|prison|cells?|detention|barracks|camp))|"
    r"(?:sent|returned) (?:back )?to (?:jail|prison)|turned (?:himself|herself|themselves) in|"
    # someone taken from where they live ("was taken from her home by plainclothes officers", "dragged from his house";
    # the owner's word names the person: not "took valuables from the house")
    r"(?:taken|took|dragged|snatched|hauled|whisked) (?:\w+ ){0,2}from (?:his|her|their) (?:\w+ ){0,2}"
    r"(?:homes?|houses?|residences?|beds?|flats?|apartments?)|"
    r"surrender\w* to (?:the )?(?:police|authorities|security)|"
    # ... and what the authorities do to someone held, which the gold codes as part of the arrest: searches,
    # transfers, questioning, a release from custody.
    r"search(?:ed|es|ing)?|search warrants?|transferr\w*|transport(?:ed|ing)|interrogat\w*|questioned|"
    r"(?:in|to) prison|removed (?:\w+ ){0,4}by (?:\w+ ){0,2}police)\b", re.I)
# The words of TAKING that take nobody by themselves: a search or a raid of a place. An arrest whose reports tell
# only these is the guide's "police search with no arrest": Strategic developments / Other.
SEARCH_ONLY = re.compile(r"^(?:search(?:ed|es|ing)?|raid(?:ed|ing|s)?)$", re.I)
# A prison term, the length of a verdict or of a penalty faced ("sentenced her to five years in prison", "faces up to
# ten years in jail"): it names no taking (read on the words before a word of TAKING).
PRISON_TERM = re.compile(r"\b(?:years?|months?)\s+(?:(?:in|of)\s+)?$", re.I)
# Someone set free from custody ("Kazmerchak was released"): the gold codes it with the arrest it ends.
# An arrest not carried out (rule 10): the verbs a taking is only tried under ("Police attempted to arrest him",
# besides discourse.NON_FACTIVE's "plan", "want", "seek"...), and the nouns whose "for" names an arrest ordered or
# sought, not made ("issued an order for the arrest of", "were being targeted for arrest"; "arrest warrants").
ATTEMPT_LEMMAS = frozenset({"attempt", "try", "fail"})
# The roles of a noun that is a verb's subject or object, or what "there is" presents: a noun so placed carries
# the verb's act ("an airstrike hit"), and a warrant so placed is the one "for" on that verb names ("A warrant is out
# for his arrest", "a warrant was issued for", "had a warrant out for", "There is a warrant out for").
VERB_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
SOUGHT_FOR = frozenset({"order", "warrant", "target", "call", "demand", "want", "hunt", "search", "select",
                        "earmark", "flag"})
# The judicial actors whose order of arrest or detention is a court step, not a taking: the person is before them,
# already held ("appeared before the prosecutor who ordered his arrest and detention until his extradition", "the
# judge ordered his detention pending trial"). A minister's or a governor's order may be the arrest itself.
COURT_ORDERERS = frozenset({"prosecutor", "prosecution", "prosecutors", "judge", "judges", "court", "magistrate",
                            "magistrates", "tribunal"})
# The verbs of such an order.
ORDER_LEMMAS = frozenset({"order", "decree"})
# The verbs that lengthen a custody already running ("the prosecution renewed the detention of five defenders",
# "the court extended his detention by 15 days"): a court step on people held, not a new taking.
PROLONG_LEMMAS = frozenset({"renew", "extend", "prolong"})
# The main verbs that list the people a relative clause of taking before them names: that clause is the news
# ("Those arrested include two reporters"), as under "be" ("The five who were arrested are members of ...").
LISTING = frozenset({"include"})
# The words that make a noun of taking only the time of something else: "days before his arrest", "since his
# arrest in 2019", "prior to this week's raids"; "during": what happened in the course of it is the act told
# ("police beat him during the arrest": the guide's one attack, not also an arrest).
TIME_OF_OTHER = frozenset({"since", "before", "until", "till", "prior", "during"})
# "during" makes the arrest only the time of another act when that act is harm done in its course ("beat him during
# the arrest", "was injured during his arrest", "the use of force during the arrests"); what else happened during it
# leaves the arrest told ("shouted slogans during his arrest", "neighbours gathered to watch during the arrest").
DURING_HARM = frozenset({"beat", "kick", "punch", "slap", "hit", "strike", "club", "whip", "shoot", "stab", "injure",
                         "wound", "hurt", "kill", "die", "assault", "torture", "abuse", "mistreat", "maltreat", "attack",
                         "choke", "strangle", "tase", "taser", "drag", "manhandle", "break", "fracture", "suffer",
                         "sustain", "use", "fire", "force", "injury", "beating", "violence", "death"})
# The conjunctions that make a clause of taking only the time of its main clause's act ("was charged after she was
# detained", "praised the employee after the suspect was taken into custody", "has campaigned since he was
# jailed"): the arrest came first, the main clause is the news ("before"/"until" clauses tell the later act).
AFTER_OTHER = frozenset({"after", "since"})
# ... and the adverb that makes it the time of the main clause's act ("when the journalist was arrested, colleagues
# rallied to his defence"): with no day of its own nor one of the main clause (whose time is the arrest's), the
# arrest is the setting of another act, not the news.
WHEN_OTHER = frozenset({"when"})
# ... unless the main clause sets the person free: "was released on Tuesday after being detained for ten hours"
# tells the detention as the news, ended by the release.
SET_FREE_LEMMAS = frozenset({"release", "free"})
# Verbs of taking people captive: a clause describing people by one ("hostages abducted on Monday") tells the day of
# their abduction, not that of a rescue, an arrest or a fight told of them (events/earlier_acts.py).
TAKING_CAPTIVE_LEMMAS = frozenset({"abduct", "kidnap"})
# Adverbs that tell an arrest as part of an earlier time than the news, a person's history ("Her husband was
# recently arrested on charges of ...", "was originally detained in Izmir", "had previously been jailed").
EARLIER_TIME = frozenset({"recently", "originally", "previously", "formerly"})
# A lasting state of custody is no taking at the time of the news: "remain imprisoned", "spent years under house
# arrest", "a woman on house arrest" (a noun's state); "from jail" tells a release.
CUSTODY_STATE_LEMMAS = frozenset({"remain", "spend", "stay", "languish"})
# ... and so is one told as going on ("three journalists are currently detained", "he is still held").
CUSTODY_LASTING = frozenset({"currently", "still"})
# ... or named as lasting ("the prolonged detention of journalists", "his continued incarceration", "faces indefinite
# detention"): a custody, not a taking at the time of the news.
LASTING_CUSTODY_ADJ = frozenset({"prolonged", "continued", "continuing", "ongoing", "indefinite", "lengthy",
                                 "protracted", "long-term"})
# The papers a noun of taking can name the kind of ("the arrest affidavit", "arrest records"): a paper, no taking.
ARREST_PAPERS = frozenset({"affidavit", "record", "report", "document", "paper", "file", "log"})
# The places of custody TAKING names ("custody", "jail"): held in one tells a holding, named otherwise nobody
# taken ("to decongest jails").
CUSTODY_PLACES = frozenset({"custody", "jail"})
# A length with no count of its own ("years", "the last two years", "many months") names no time of a custody
# (arrest_background.DURATION has the counted ones).
LENGTH_ONLY = re.compile(r"^(?:for )?(?:the )?(?:(?:last|past|first|next) )?(?:\S+ )?(?:hours|days|weeks|months|"
                         r"years|decades)$", re.I)
# A person's age, which the parser tags as a date ("the 26-year-old from South Australia", "aged 40"): no time of an act.
AGE = re.compile(r"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]olds?\b|\b(?:aged|age of) \d{1,3}\b", re.I)
# What can be detained or seized that is no person (rule 10): "a supply vessel previously detained", "It has
# since been seized by Dutch authorities" (a pronoun "it" names a thing too). Places searched or raided (homes,
# offices) are not here: the gold codes a raid on them as part of an arrest.
THINGS_TAKEN = frozenset("""it vessel ship boat tanker trawler yacht aircraft plane jet helicopter truck lorry
car vehicle bus cargo shipment consignment container goods drugs narcotics weapons arms ammunition equipment
computer laptop phone passport assets funds money property""".split())
# (Not one on bail, a court step the guide does not code: "the arrested protesters were released on police bail".)
RELEASED = re.compile(r"\b(?:is|are|was|were|been|being) (?:\w+ )?(?:released|freed)\b(?! on (?:\w+ ){0,2}bail\b)", re.I)
# Hostages or captives set free with nobody taken: the guide codes the release Strategic developments / Other.
HOSTAGES_FREED = re.compile(
    r"\b(?:hostages?|captives?)\b.{0,80}\b(?:released|freed|set free|let go)\b|"
    r"\b(?:released|freed|set free)\b.{0,40}\b(?:hostages?|captives?)\b", re.I)

# Words whose coordinated places name one place between them ("on the road between Kabul and Kandahar"), not a
# list of places each an event's (events/place_list.py).
BETWEEN = frozenset({"between", "linking", "connecting"})
