"""English data of ``sitroom/extract/events/family.py`` and ``defining_element.py``: the words that decide an event's family
and the elements that define its type."""

from __future__ import annotations

import re

from ..time.patterns import MONTH_NAME, WEEKDAY
from .arrests import TAKING_WORDS

# Violence done by demonstrators themselves (the guide's Riots / Violent demonstration: "demonstrators throw
# stones, burn, clash"): what makes a demonstration a riot. Not "set himself on fire" (a protest).
CROWD_VIOLENCE = re.compile(
    r"\b(?:(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?) (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles|"
    r"petrol bombs|molotov\w*|objects|projectiles|firecrackers)|stone-?(?:throwing|pelting)|"
    r"set (?!(?:him|her|them)sel(?:f|ves)\b)(?:\w+ ){0,3}(?:on fire|ablaze|alight)|set fire|torch(?:ed|ing)|"
    r"burn(?:ed|t|ing)? (?:down )?(?:the |a |an |several |\w+ ){0,2}(?:cars?|vehicles?|tyres|tires|buildings?|offices?|"
    r"jails?|police stations?|stations|shops?|stores?|houses?|homes?|buses)|burning (?:down )?of|vandali[sz]\w+|"
    r"smash(?:ed|ing)|(?:broke|break|breaking) (?:\w+ ){0,2}windows|loot(?:ed|ing)|ransack(?:ed|ing)|"
    r"clash(?:ed|es|ing)? with (?:the )?(?:riot )?(?:police|security forces)|"
    r"clash(?:es)? between (?:\w+ ){1,3}and (?:the )?(?:riot )?(?:police|security forces)|"
    # (either order: "clashes between police and protesters")
    r"clash(?:es)? between (?:the )?(?:riot )?(?:police|security forces) and (?:\w+ ){0,2}(?:protesters|demonstrators|"
    r"students|youths|rioters|marchers)|"
    # (the force as subject: "the police clashed with armed protesters")
    r"(?:police|security forces) clash(?:ed|es|ing)? with (?:the )?(?:[\w-]+ ){0,2}(?:protesters|demonstrators|students|"
    r"youths|rioters|marchers|crowds?)|rampag\w+)\b", re.I)

# A state force beating or pushing back the crowd ("Police pushed back protesters and beat several of them",
# "students were beaten by riot police"): its intervention in the demonstration, no violence of the crowd's own.
# (Not "Police said protesters beat a man", nor "police were beaten": a crowd word or a passive between.)
FORCE_BEATING = re.compile(
    r"\b(?:(?:riot )?police(?:men)?|officers|soldiers|troops|security forces|gendarmes)\b"
    r"(?:(?!protesters|demonstrators|crowds?|mobs?|rioters|youths)[^,.;]){0,60}?"
    r"(?<!were )(?<!was )(?<!been )(?<!being )\b(?:beat(?:s|ing)?|pushed back|push(?:es|ing) back|manhandl\w+|"
    r"kick(?:ed|ing)|whipp(?:ed|ing)|lash(?:ed|ing)|assault(?:ed|ing))\b[^,.;]*|"  # (and the rest of their clause)
    r"\b(?:beaten|manhandled|kicked|whipped|assaulted) by (?:the )?(?:riot )?(?:police(?:men)?|officers|soldiers|troops|"
    r"security forces|gendarmes)\b", re.I)

# Doers told as unknown ("unknown people set fire to a bus", "unidentified youths torched a car"): violence no one
# ties to the demonstrators, so it makes no demonstration told before it a riot (turned_violent.py).
UNKNOWN_DOERS = re.compile(r"\b(?:unknown|unidentified) (?:\w+ )?(?:people|persons|individuals|men|youths|assailants|"
                           r"attackers|arsonists|perpetrators)\b", re.I)

# The crowd told before, referred back to as the doer ("later some of them torched a bus", "they smashed windows").
CROWD_ANAPHOR = re.compile(r"\b(?:they|(?:some|many|several|dozens|hundreds|a few|others|a group) of them)\b", re.I)

# Words that tell a riot itself, beside the crowd's acts of CROWD_VIOLENCE and the harm of civilians.VIOLENCE: a
# demonstration told as a riot, violent, a clash, unrest or a mob ("youths rioted", "violent protests"). Not the kit or
# the units named for riots ("riot police charged at protesters", "anti-riot squads"): those are the state's.
RIOT_TOLD = re.compile(r"\b(?:(?<!anti-)riot\w*(?! (?:police|gear|squads?|units?|officers|troops|forces|control|shields?|"
                       r"vans?|trucks?|helmets))|violen\w*|clash\w*|unrest|mobs?|scuffl\w*|skirmish\w*|fights?|fought|stones?|"
                       r"rocks|missiles|damag\w*|destr\w*|burn\w*|fires?|ablaze|blaze|arson)\b", re.I)

# What a demonstration is against, told after its word with other words between ("protested in Lagos on Wednesday
# against police brutality", "demanding an end to the attacks"), to the end of its phrase (a comma, a semicolon, a
# conjunction or a verb of what became of it: "The protest over fuel prices turned violent" tells the riot).
GRIEVANCE_PHRASE = re.compile(r"\b(?:against|over(?! the (?:weekend|past|last|next)\b)|about|in protest (?:at|against|over)|"
                              # "a protest on the arrest and detention of Dr. X": what was done to someone
                              # "a vigil for the protesters who were killed", "for those killed": whom it mourns
                              r"for(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:who\s+(?:were|have\s+been|had\s+been|was|has\s+been|died)|"
                              r"killed|dead|slain|victims|martyrs|fallen)\b)|"
                              r"on(?=\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:arrests?|detentions?|killings?|"
                              r"deaths?|abductions?|disappearances?|murders?|imprisonment|jailing)(?:\s+and\s+\w+)?\s+of\b)|"
                              r"(?:to |in order to )?(?:protest|denounc\w*|decr(?:y|ies|ied|ying)|condemn\w*|demand\w*|mourn\w*|call(?:ed|ing)? for|"
                              # whom it honours: "gathered to honour the soldiers killed in last week's ambush"
                              r"honou?r(?:s|ed|ing)?|commemorat\w*|pa(?:y|ys|id|ying) (?:(?:their|a|his|her) )?(?:last )?"
                              r"(?:tributes?|respects?|homage)))\b"
                              r"[^,;.]*?(?=\s+(?:when|while|as|but|after|before|until|and|then|turned|became|left)\b|[,;.]|$)",
                              re.I)

# A protest that is not the one the arrest broke up: planned or tried ("ahead of planned demonstrations",
# "for attempting to stage a protest"), an earlier one ("after the January protests"), one named as the offence
# ("sentenced ... for participating in the hirak protests"), or a title ("protest leader"). Arrests told beside
# them are arrests, not a protest with intervention; so are protests organised, planned or called for ("arrested for
# organising a protest"), the offence of those arrested. ("for taking part in an unauthorised rally" or "in the protest"
# is the one protest the arrest broke up: a movement's protests are named in the plural or by their name.)
OTHER_PROTEST = re.compile(
    r"\b(?:(?:ahead of|before|after the|since the|following the) (?:\w+[- ]){0,3}|"
    r"(?:attempt\w*|tr(?:y|ied|ying)|plan\w*|call\w*|intend\w*) to (?:stage|hold|organi[sz]e|join|lead) (?:\w+ ){0,3}|"
    r"(?:for|over) (?:participating|taking part|joining|organi[sz]ing|leading|(?:his|her|their) role) in "
    r"(?!an? |the (?:[\w-]+ )?(?:protest|demonstration|rally|sit-in)\b)(?:[\w“”\"'’-]+ ){0,4}|"
    # the protest made or called for is the offence ("arrested three activists for organising a protest")
    r"(?:for|over) (?:organi[sz]ing|planning|calling for|inciting|mobili[sz]ing (?:\w+ )?for) (?:\w+ ){0,3})"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|marches|sit-ins?)\b|"
    r"\b(?:protest|demonstration) (?:leaders?|organi[sz]ers?|movements?|figures?)\b", re.I)

# What a demonstration is against or for, to the end of the sentence ("marching out of parliament in protest
# against increasing torture", "As a protest repeated acts of torture, ...", "gathered to denounce the killing of",
# "to demand payment"): its violence words name the grievance, not harm done at the demonstration. ("Protests for a
# third day" is how long, no grievance.)
GRIEVANCE = re.compile(
    r"\b(?:(?:in|as an?) protest|(?:to|in order to) (?:protest|denounce|condemn|demand|mourn|honou?r|remember|commemorate)|"
    # the words its signs carry ("with placards reading 'Stop the killings'") are what it is against
    r"(?:signs|placards|banners|posters|slogans)(?: \w+)? (?:reading|saying|that (?:read|said)|which read)|"
    r"(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|vigils?) (?:(?:in|across|around|throughout) (?:the )?"
    r"(?:[\w-]+ ){0,2}?)?(?:against|over|about|for(?! (?:an? |the )?(?:\w+ )?(?:days?|hours?|weeks?|nights?|months?)\b)))"
    r"\b.*", re.I | re.S)

# A taking into custody, what an Arrests report must tell (the guide's Arrests: "arrests or detentions by security
# forces"); a trial, a sentence, a verdict or a questioning alone tells none (the guide: court hearings, charges,
# trials and verdicts are no events). Not "sentenced to two years in prison", nor a trial "held in a courtroom".
# The words it shares with arrests.TAKING are arrests.TAKING_WORDS.
ARREST_TOLD = re.compile(
    r"\b(?:(?:re-?)?arrest\w*|detain\w*|detention|custod\w*|jail(?:ed|ing)|" + TAKING_WORDS + r"|"
    r"held(?! (?:in|at) (?:an? |the )?(?:\w+ ){0,2}(?:court\w*|hearings?|sessions?|meetings?|conferences?)\b)|holding|"
    r"round(?:ed|ing)? ?-?up\w*|pick(?:ed|ing)? (?:\w+ ){0,2}up|taken (?:away|from|to)|took (?:\w+ ){0,3}(?:away|from|to)|"
    r"apprehend\w*|nabbed|locked up|disappear\w*|vanish\w*)\b", re.I)

# A body of unarmed people told as the doers of damage ("Students set fire to two dormitories", "angry youths smashed
# shop windows"): a crowd, whose damage is a riot (read before the word of damage).
CROWD_DOERS = re.compile(r"\b(?:students|pupils|youths|residents|villagers|locals|workers|traders|farmers|supporters|"
                         r"fans|inmates|prisoners|motorists|miners)\b", re.I)

# A gathering held ("held a vigil", "held another memorial march"): the holding of it, no one held.
HELD_GATHERING = re.compile(r"\bheld (?:[\w“”\"'’-]+ ){0,4}?(?:vigils?|protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|"
                            r"sit-?ins?|pickets?|gatherings?|commemorations?|memorials?)\b", re.I)

# State detention told as a disappearance (decisions v1.2: held incommunicado, or said to be abducted):
# an abduction/forced disappearance, not an arrest.
DISAPPEARED = re.compile(
    r"\b(?:incommunicado|(?:unknown|undisclosed|secret) (?:place|location|destination|site)s?|"
    r"whereabouts (?:\w+ ){0,2}(?:unknown|not known)|(?:has|have|had|also|later|then) disappeared|"
    r"forcibly disappeared|enforced disappearance|(?:was|were|been|being) abducted|drove (?:him|her|them) away|bundled (?:\w+ ){0,2}into)\b",
    re.I)

# Violence done to the detained (the guide's Attack: "beating, torture of civilians"): beaten or tortured in
# custody is an attack, not an arrest. Negated ("he was not assaulted") is none.
CUSTODY_VIOLENCE = re.compile(
    # (not a victim's relative clause, "the murder of a trader who was beaten to death": the offence)
    r"(?<!\bnot )(?<!\bnever )(?<!\bwho was )(?<!\bwho were )\b(?:(?:\w+ly )?(?:beaten|tortured|flogged|whipped)\b|"
    r"(?:beat|tortured|assaulted) (?:him|her|them)\b)",
    re.I)

# The detained killed ("they were executed", "died in police custody", "was tortured to death in detention"): the
# killing of people held is an attack on civilians (the guide's Attack: the execution of captives), no arrest. Shot
# dead or beaten to death only when told after the detention ("three were later shot dead"): bare, it is the
# fighting the arrest came out of ("arrested four gang members after a gunfight; two of them were shot dead").
_HELD_KILLED_WHO = r"(?:they|he|she|some|several|many|most|all|(?:\w+ )?of them|two|three|four|five|\d+) (?:were|was|had been) "
_AFTER_HELD = r"(?:later|then|subsequently|summarily|allegedly)"
DETAINED_KILLED = re.compile(
    r"\b(?:(?:died|killed|tortured to death|beaten to death) (?:while )?in (?:police |military |army )?(?:custody|"
    r"detention|their cells?)|" + _HELD_KILLED_WHO + "(?:" + _AFTER_HELD + r" )?(?:executed|tortured to death)|"
    + _HELD_KILLED_WHO + _AFTER_HELD + r" (?:beaten to death|shot dead))\b", re.I)

# Air arms named as the doer of an attack ("the Nigerian Air Force targeted ... and killed several"): a strike
# from the air, though no word of the strike itself is used.
# (an "air weapons team" is a military press release's pair of attack helicopters)
AIR_ARM = re.compile(r"\b(?:air ?forces?|warplanes?|fighter jets?|(?:military|coalition|enemy|government|army|junta) "
                     r"(?:aircraft|planes?|jets?|helicopters?)|air weapons teams?|attack helicopters?|"
                     r"helicopter gunships?)\b", re.I)

# A weapon fired from the ground (a missile or rocket told beside none of these and beside an air arm was fired
# from the air: strike_means).
GROUND_WEAPON = re.compile(r"\b(?:shell(?:s|ed|ing|fire)?|artillery|mortars?|howitzers?|tanks?|katyushas?|grads?|"
                           r"launchers?|ground-to-ground|surface-to-surface|ballistic|cruise|barrages?|gunboats?|"
                           r"warships?|(?:navy|naval) (?:\w+ )?(?:ships?|vessels?))\b", re.I)

# Strikes told as what hit the targets ("Near Mosul, seven strikes engaged four ISIL tactical units; destroyed ...
# two mortar systems", "one strike destroyed a VBIED storage facility"): an air strike, whatever weapons the targets
# were; a strike of a ground weapon ("a missile strike", "artillery strikes") is none.
STRIKES_HIT = re.compile(
    r"(?<!missile )(?<!rocket )(?<!artillery )(?<!mortar )(?<!cruise )(?<!ballistic )(?<!ground )(?<!hunger )"
    r"\b(?:(?:air|drone)[- ]?strikes?|airstrikes?|strikes?|air ?raids?) (?:\w+ ){0,2}?(?:engaged|destroyed|struck|hit|"
    r"targeted|damaged|disabled)\b|"
    # ... or passive: "were also destroyed in the strike", "was hit by an airstrike" (not "by a missile strike")
    r"\b(?:destroyed|struck|hit|damaged|disabled) (?:\w+ ){0,2}?(?:in|by) (?:an? |the )?(?:(?:air|drone)[- ]?strikes?|"
    r"airstrikes?|strikes?|air ?raids?)\b", re.I)

# A kidnapping named as what people were arrested for ("were arrested for armed robbery and kidnapping",
# "detained by the police for alleged kidnap and murder"): the report is the arrest, not the abduction.
ARRESTED_FOR_KIDNAP = re.compile(
    r"\b(?:arrest\w*|detain\w*|apprehend\w*|nabbed|in custody)\b[^.;]{0,80}?\b(?:for|over|in connection with|"
    r"on charges? of|accused of|suspected of|charged with)\b[^.;]{0,40}?\b(?:kidnap\w*|abduct\w*)", re.I)

# What each of these types needs told by one of its event's reports (the guide's definitions), else the report
# is typed for its lean only:
# - Riots / Mob violence: "a spontaneous crowd lynches, burns or attacks": a crowd ("a four-year-old boy was hit
#   by a car" or "separate gun, bomb, axe and machete attacks" name none);
MOB = re.compile(r"\b(?:mobs?|crowds?|lynch\w*|vigilantes?|villagers|residents|youths|locals|(?:group|gang|band) of "
                 r"(?:\w+ )?(?:people|men|youths|villagers|residents)|took the law into their own hands|set upon|communal|"
                 r"angry (?:crowd|residents|villagers|locals))\b", re.I)
# People named only as the source of a report ("according to residents", "villagers told Reuters"): no crowd of the
# event, so no mob's element.
WITNESS_SOURCE = re.compile(r"\baccording to (?:\w+ ){0,3}(?:residents|villagers|locals|youths|witnesses)\b|"
                            r"\b(?:residents|villagers|locals|youths|witnesses) (?:\w+ ){0,2}(?:said|say|says|told|reported)\b",
                            re.I)
# - Strategic developments / Headquarters or base established: a base, post or camp ("a police patrol received
#   reports of a house fire" tells none);
BASE = re.compile(r"\b(?:bases?|headquarters|hq|outposts?|posts?|camps?|garrisons?|barracks|positions?|checkpoints?|"
                  r"command (?:cent(?:re|er)|post)s?|strongholds?|fortifi\w+|roadblocks?|airstrips?|bunkers?|dug in|"
                  r"logistics hubs?|offices?|station(?:ed|s)?)\b", re.I)
# A base named as what an attack hit ("The operation targeted an al Shabaab base in the village of Sabiid",
# "troops overran a militant camp") is the target of the attack, not a base established.
TARGETED_BASE = re.compile(r"\b(?:target(?:ed|ing|s)?|attack(?:ed|ing|s)?|raid(?:ed|ing|s)?|struck|strik(?:e|es|ing)|hit|"
                           r"storm(?:ed|ing)|overr(?:an|un)|destroy(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|"
                           r"dismantl(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|on|against)\s+(?:an?|the|its|their|several)?\s*"
                           r"(?:[\w'’-]+\s+){0,3}?(?:bases?|camps?|hideouts?|positions?|outposts?|posts?|strongholds?|"
                           r"headquarters)\b", re.I)
# - Explosions/Remote violence / Shelling/artillery/missile attack: an artillery weapon; tear gas shells or
#   canisters are a crowd-control means ("Smoke rises from teargas shells fired by security forces"), no artillery.
ARTILLERY = re.compile(r"\b(?:shell(?:s|ed|ing|fire)?|artillery|mortars?|rockets?|missiles?|howitzers?|katyushas?|"
                       r"grads?|projectiles?|barrages?|bombard\w*|cannon ?fire|tank fire|heavy weapons|pound\w*|bombs?|bombed|"
                       r"bombing|explosives?|salvos?|launchers?|munitions|ordnance)\b", re.I)
TEAR_GAS_SHELLS = re.compile(r"\b(?:tear[- ]?gas|teargas|smoke|stun|pepper|rubber[- ]bullet)[- ](?:shells?|canisters?|"
                             r"grenades?|projectiles?|rounds?)\b", re.I)
# - Strategic developments / Looting/property destruction: people who loot or destroy; property destroyed by
#   a natural hazard ("Heavy monsoon rains led to the flooding ..., destroying homes") is a disaster's damage,
#   and public money "looted" by officials an embezzlement, not a looting.
# (a natural hazard: disasters.NATURAL_HAZARD)
HUMAN_DAMAGE = re.compile(r"\b(?:loot\w*|ransack\w*|plunder\w*|pillag\w*|arson\w*|torch\w*|set (?:\w+ ){0,3}(?:on fire|"
                          r"ablaze|alight)|set fire|vandal\w*|bulldoz\w*|demolish\w*|rioters|mobs?|militants?|gunmen|"
                          r"attackers|troops|soldiers|fighters|forces|police)\b", re.I)
LOOTED_FUNDS = re.compile(r"\b(?:loot\w*|plunder\w*|embezzl\w*|misappropriat\w*) (?:of )?(?:the )?(?:[\w-]+ ){0,3}"
                          r"(?:funds?|money|monies|treasury|coffers|budget|resources|revenues?|accounts?)\b", re.I)
# - Explosions/Remote violence / Chemical weapon: a chemical weapon used ("gas attack", "dropped chlorine", "were
#   exposed to sarin"); a statement on a chemical weapons report or funding for the victims of a past war's
#   defoliant tells no use.
CHEMICAL_USE = re.compile(r"\b(?:attack\w*|used|using|use of|dropp\w*|fired|launch\w*|gassed|strikes?|struck|"
                          r"releas\w*|spray\w*|shells?|bombs?|rockets?|killed|kills|suffocat\w*|chok\w*|exposed to)\b",
                          re.I)
# - Battles / Armed clash: fighting, or an attack by or on an armed side ("a member of the public alerted the
#   police, and no-one was injured", "police with shields formed lines on the streets" tell none).
# The armed men FIGHTING names: fighting by who is there, unless what they did is told as no fighting.
FIGHTERS = r"insurgen\w*|militants?|rebels?|fighters|troops|soldiers"
FIGHTERS_NAMED = re.compile(rf"(?:{FIGHTERS})", re.I)
FIGHTING = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|firefights?|gun ?battles?|gunfire|cross-?fire|exchang\w* "
                      r"(?:of )?(?:gun)?fire|shoot-?outs?|skirmish\w*|combat|hostilities|attack\w*|ambush\w*|assault\w*|"
                      r"raid\w*|stormed|overr(?:an|un)|fir(?:e|ed|es|ing)|shot|shoot\w*|gun\w*|kill\w*|dead|died|death|"
                      r"wound\w*|injur\w*|hurt|casualt\w*|bomb\w*|shell\w*|engag\w*|repel\w*|repuls\w*|counter\w*|"
                      rf"{FIGHTERS}|offensive|besieg\w*|siege|liberat\w*|"
                      r"captur\w*|seiz\w*|recaptur\w*|retook|advanc\w*|push\w*|operations?|violence|stabb\w*|hostage\w*|"
                      r"terror\w*|explosi\w*|blast\w*|grenades?|rockets?|mortars?)\b", re.I)
# Harm told as none ("no-one was injured", "without casualties"): no fighting told by it.
NO_HARM = re.compile(r"\b(?:(?:no-?one|no one|nobody|none of them) (?:was|were|has been|had been) (?:\w+ )?(?:injured|hurt|"
                     r"killed|harmed|wounded)|without (?:any )?(?:casualties|injuries|injury|loss of life)|no (?:casualties|"
                     r"injuries|deaths|fatalities)(?: were)?(?: reported)?)\b", re.I)
# Shooting in celebration ("firing celebratory gunfire into the air", "wedding gunfire", "shots fired in
# jubilation", "fired into the air as crowds cheered"): no violent interaction (the guide's Battles need two armed
# sides fighting), so FIGHTING's "firing" and "gunfire" in it tell none, nor do the soldiers who fired.
_SHOTS = r"(?:gun)?fire|(?:gun)?shots|shooting|rounds|bullets|volleys?"
CELEBRATORY_FIRE = re.compile(
    rf"(?:\b(?:fir\w*|shoot\w*|shot)\s+(?:[\w-]+\s+){{0,3}}?)?\b(?:celebratory|wedding|festive|jubilant|joyful)\s+"
    rf"(?:{_SHOTS})\b(?:\s+(?:in|into)\s+the\s+(?:air|sky))?|"
    rf"\b(?:fir\w*|shoot\w*|shots?|{_SHOTS})\s+(?:(?:fired|[\w-]+)\s+){{0,3}}?(?:in|into)\s+the\s+(?:air|sky)\s+"
    r"(?:in|to)\s+(?:celebrat\w*|jubilation|joy)\b|"
    rf"\b(?:fir\w*|shoot\w*|shots?|{_SHOTS})\s+(?:(?:fired|[\w-]+)\s+){{0,3}}?in\s+(?:celebration|jubilation)\b", re.I)
# Firing into the air told beside a celebration ("fired into the air as crowds cheered the coup"): the same.
AIR_FIRE = re.compile(rf"\b(?:fir\w*|shoot\w*|shots?|{_SHOTS})\s+(?:[\w-]+\s+){{0,3}}?(?:in|into)\s+the\s+(?:air|sky)\b",
                      re.I)
CELEBRATION = re.compile(r"\b(?:celebrat\w*|cheer\w*|jubila\w*|rejoic\w*|festivit\w*|weddings?|dancing|danced)\b", re.I)
# - Strategic developments / Non-violent transfer of territory: "a force withdraws or hands over a place without
#   fighting": an armed force or a place held ("X pulled out of a public event and went into hiding" tells none).
FORCE_OR_TERRITORY = re.compile(r"\b(?:troops|forces|army|armies|military|soldiers|militants?|rebels?|fighters|militias?|"
                                r"militiamen|insurgents?|jihadists?|guerrillas?|police|government|regime|junta|"
                                r"peacekeep\w*|garrisons?|control|territory|territories|bases?|positions?|posts?|outposts?|"
                                r"towns?|city|cities|villages?|districts?|provinces?|regions?|areas?|checkpoints?|borders?|"
                                r"camps?|barracks|front ?lines?|strongholds?|enclaves?)\b", re.I)
# - Disasters / Natural disaster: "a flood, earthquake or storm happening now", or an outbreak that kills; rain
#   alone is no disaster ("there was over 160 millimetres of rainfall in just one day", refugees who "need to be
#   protected from the worst effects of the torrential rains"): it must tell what the rain did (a flood, damage,
#   people dead, hurt or displaced).
RAIN = re.compile(r"\b(?:rain(?:s|fall|water)?|downpours?|showers)\b", re.I)
# What the rain did, beyond the natural hazards (disasters.NATURAL_HAZARD) and diseases (disasters.DISEASE) a
# report may name besides it.
RAIN_DID = re.compile(
    r"\b(?:burst|swept|cases|dead|died|dies|death\w*|kill\w*|toll|lives|missing|injur\w+|wounded|hurt|displac\w+|"
    r"homeless|evacuat\w+|destroy\w*|damag\w*|collaps\w*|caved|wash\w* away|buried|submerged|stranded|trapped|"
    r"rescue\w*|affected|victims?|emergency|disaster\w*|devastat\w*|havoc|ravag\w*|cut off|blocked|closed)\b", re.I)

# An armed attack told by its verb ("Insurgents attacked a police base", "Bandits attacked Kuriga", "Jihadists
# stormed a gendarmerie post"): the codebook types it by doer and target, whatever other type the words lean to.
# A beating is of people: not "beat back an attack", "beating drums", "beat a retreat", "whipped up anger".
_KILLED = r"killed|shot dead|gunned down|murdered|executed|hacked to death|beheaded|massacred|shot and killed"
_BEATEN = r"beat(?:s|en|ing)?"
_TORTURED = r"tortur(?:ed|ing)|flogg(?:ed|ing)"
ATTACK_VERB = re.compile(r"\b(?:attack(?:ed|s)|storm(?:ed|s)|raid(?:ed|s)|ambush(?:ed|es)|assault(?:ed|s)|overr(?:a|u)n|"
                         rf"{_KILLED}|{_BEATEN}(?! (?:back|off|a (?:hasty )?retreat|(?:\w+ )?drums?)\b)|"
                         rf"{_TORTURED}|whipp(?:ed|ing)(?! up\b))\b", re.I)
# Of ATTACK_VERB's words, those that tell people harmed (killed, beaten): property destroyed beside them is part of
# that attack, not a Looting/property destruction of its own (the guide's: "without people attacked").
PEOPLE_HARMED_VERB = re.compile(rf"\b(?:{_KILLED}|{_BEATEN}|{_TORTURED})\b", re.I)
# An attack told by its noun with its target or place ("the attack on the Parliament building", "Thursday's attack on
# the Indian Parliament", "the bloody December 13 raid on the parliament"): a passing mention of a recent attack,
# which the guide (v1.4) types as the attack (violence against civilians when no weapon is named). A raid only when
# told as violent: a bare raid is the police's search or arrest.
ATTACK_NOUN = re.compile(r"\b(?:attacks?|assaults?|massacres?|ambush(?:es)?|(?:bloody|deadly|lethal|terror(?:ist)?|suicide|"
                         r"militant) (?:[\w-]+ ){0,3}?raids?) (?:on|against|in|at)\b", re.I)
# What names that noun as one known incident, right before it: "the", "this", or a day's possessive ("Thursday's",
# "last week's"), then only a violent or a dating word or a name ("the bloody December 13", "the Taliban"). Not an
# attack told as a campaign or a kind ("a sustained assault on democracy", "their relentless assault on rights
# defenders", "attacks on freedom of expression", "the cyber attack on", "a heart attack in", "its attack on").
ONE_ATTACK_BEFORE = re.compile(
    r"(?:\b(?:the|this|that)|(?:\b(?:day|week|weekend|month|night|morning|evening|yesterday)|" + WEEKDAY + r")['’]s)"
    r"(?P<mods>(?: (?:bloody|deadly|lethal|brutal|fatal|twin|terror(?:ist)?|suicide|militant|armed|weekend|"
    r"(?-i:[A-Z][\w.’'-]*)|\d[\d,]*(?:st|nd|rd|th)?|" + MONTH_NAME + r"))*)\s*$", re.I)
# Several attacks named as one known set are dated ("the September 11 attacks on", "Friday's attacks in Paris"); "the
# attacks on civilians" is a kind.
DATED_MODIFIER = re.compile(r"['’]s\b|\d|\b" + MONTH_NAME + r"\b|\b" + WEEKDAY + r"\b", re.I)
# Armed sites an attack's target may be named by: "attacked an African Union base", "attacked government positions".
ARMED_SITE = re.compile(r"\b(?:bases?|garrisons?|barracks|positions)\b", re.I)
# An armed doer's destruction with no one harmed ("Soldiers set fire to more than 100 houses in Thantlang"): the
# codebook's property destruction.
DESTRUCTION_VERB = re.compile(r"\b(?:set fire to|set (?:\w+ ){1,3}(?:on fire|ablaze|alight)|set ablaze|torched|"
                              r"burn(?:ed|t) down|razed|looted|ransacked|pillaged|demolished|bulldozed)\b", re.I)
# Armed men named by what they are, beyond rules.ARMED's words (an armed doer is either's): "Bandits attacked ...".
UNNAMED_ARMED = re.compile(r"\b(?:bandits|jihadis|assailants|attackers|dissidents|terrorists|extremists)\b", re.I)
# What each type that an attack's words may lean to needs told to stand: a base set up, property destroyed, a
# claim, a crowd, control changing hands.
OWN_ELEMENT = {
    "Strategic developments / Headquarters or base established": re.compile(
        r"\b(?:set up|establish\w*|built|build\w*|open(?:ed|ing)(?! fire)|deploy\w*|stationed|install\w*|relocat\w*)\b", re.I),
    "Strategic developments / Looting/property destruction": re.compile(
        r"\b(?:loot\w*|ransack\w*|plunder\w*|pillag\w*|arson\w*|torch\w*|set fire|set (?:\w+ ){0,3}(?:on fire|ablaze|"
        r"alight)|burn\w*|destroy\w*|demolish\w*|bulldoz\w*|vandal\w*|razed|smash\w*|wreck\w*)\b", re.I),
    "Statements / Claim of responsibility": re.compile(r"\b(?:claim\w*|responsibility)\b", re.I),
    # ("soldiers assaulted him on September 28" is no abduction: nobody is said taken or held)
    "Violence against civilians / Abduction/forced disappearance": re.compile(
        r"\b(?:abduct\w*|kidnap\w*|captur\w*|captive\w*|seiz\w*|taken|took|tak(?:e|es|ing) away|carried off|hostages?|"
        r"held|hold(?:ing|s)?|disappear\w*|missing|whereabouts|ransom\w*|detain\w*|detention|custody|arrest\w*|"
        r"incommunicado|snatch\w*|whisk\w*|bundl\w*|forced (?:\w+ ){0,2}into|trafficked)\b", re.I),
    "Riots / Mob violence": MOB,
    "Riots / Violent demonstration": re.compile(r"\b(?:protest\w*|demonstrat\w*|rioters|riot\w*|marchers|crowds?|"
                                                r"mobs?|youths)\b", re.I),
    "Strategic developments / Non-violent transfer of territory": re.compile(
        r"\b(?:withdr[ae]w\w*|handed over|handover|took control|taken control|abandon\w*|pulled out)\b", re.I),
    "Disasters / Man-made disaster": re.compile(
        r"\b(?:crash\w*|collision|collid\w*|accident\w*|collaps\w*|derail\w*|capsiz\w*|sank|stampede|leak\w*|"
        r"blaze|fire broke out|caught fire|went up in flames|electrocut\w*|drown\w*)\b", re.I),
    "Strategic developments / Change to group/activity": None,
    "Strategic developments / Other": None,
}

# A crowd the report calls peaceful ("a peaceful group gathering around the Capitol", "protesters marched peacefully"):
# the guide's Riots need the crowd's own violence, so a mob's type read for it is its story's lean, not its act.
PEACEFUL_CROWD = re.compile(
    r"\bpeaceful(?:ly)? (?:\w+ )?(?:groups?|crowds?|gatherings?|protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|"
    r"sit-ins?|protesters|demonstrators|marchers)\b|\b(?:gathered|protested|marched|demonstrated|assembled) peacefully\b",
    re.I)
