"""English data of ``sitroom/extract/events/counts.py`` (and ``figures.py``): how a sentence tells how many people were
killed, injured or arrested: the figures, their verbs and the patterns that join them."""

from __future__ import annotations

import re

from ..kin import KIN_ONE
from .arrests import ARREST_PARTICIPLES

WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
             r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)")

# "two dozen" is 24 and "some dozen" 12: the dozens first, so "two" alone is not read off "two dozen".
NUM = (r"(?:(?:\d+|" + WORD_NUM + r"|some) dozen\b|\d{1,3}(?:,\d{3})+|\d+|" + WORD_NUM + r"|a few|several|a number of|a dozen|dozens(?: of)?|scores(?: of)?|"
       r"tens of|hundreds(?: of)?|thousands(?: of)?|a handful of)")

QUAL = r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|an estimated|roughly|as many as|all) )?"

# The words between a figure and its verb stay in its clause: no other clause's subject or opening word ("wounding
# three Israelis before he was shot dead by soldiers" counts three wounded, not three dead).
# Nor a shooting's object ("Two Palestinians shot the settler dead" counts the shooters, not the dead).
FILL = (r"(?:(?!and\b|killed|wounded|injured|dead|died|arrested|detained|(?:he|she|it|they|we|before|after|when|while|"
        r"until|because|but)\b|shot (?:a|an|the|his|her|their|him|them)\b)[A-Za-z'’-]+ ){0,4}?")

# Killed by hand: "beat two men to death", "were hacked to death" (a mob's or a militia's killing).
TO_DEATH = r"(?:beat(?:en|ing)?|hack(?:ed|ing)|stabb(?:ed|ing)|ston(?:ed|ing)|burn(?:ed|t|ing)|tortur(?:ed|ing))"

# "left"/"leaving" counts only the dead it leaves ("left 12 insurgents and two soldiers dead"), not the hurt
# ("left 12 people injured", nor "left 30 wounded and four dead": four). A lynching is a killing by a mob.
# "the killing of two operatives", "the deaths of three protesters": a count of the dead named by its noun.
KILL_V = (r"(?:(?:killings?|deaths?) of(?: the)?|kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|murder(?:ed|ing)|"
          r"execut(?:ed|ing)|massacr(?:ed|ing)|assassinat(?:ed|ing)|"
          r"(?:claim(?:ed|ing|s)|cost(?:ing|s)?) the lives of|lynch(?:ed|ing)|(?:left|leaving)(?=(?: (?!(?:wounded|injured|hurt|maimed)\b)[\w'’-]+){1,6} (?:dead|to death)\b))")

# A wound then death told as one: "shot and killed", "struck and killed", "hit by a stray bullet and killed".
# ... or a wound then the death of it ("was shot and later died in hospital"): one death told in two verbs.
_HURT_AND_KILLED = (r"(?:shot|stabbed|struck|hit|beaten|run over)(?: (?:by|with) (?:a|an|the) [^.;,]{1,30}?)? and "
                    r"(?:killed|(?:(?:later|subsequently) )?died)")
DIED = (r"(?:(?:were|was|have been|had been|are|being) )?(?:killed|dead|died|shot dead|gunned down|lost their lives|perished|"
        r"fatally (?:shot|wounded|injured|stabbed)|"
        r"drowned|slain|executed|murdered|assassinated|confirmed dead|lynched|(?:shot|" + TO_DEATH + r") to death|"
        + _HURT_AND_KILLED + r")")

INJ_V = r"(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|maim(?:ed|ing))"

INJURED = r"(?:(?:were|was|have been|had been|are) )?(?:wounded|injured|hurt|hospitali[sz]ed|treated)"

ARR_V = r"(?:arrest(?:ed|ing)|detain(?:ed|ing)|round(?:ed|ing) up|apprehend(?:ed|ing)|nabb(?:ed|ing)|pick(?:ed|ing) up|took|taking)"

ARRESTED = rf"(?:(?:were|was|have been|had been|are) )?(?:{ARREST_PARTICIPLES}|rounded up)"

# "114 people, including some children, were killed": an aside between the figure and its verb.
ASIDE = (r"(?:[A-Za-z'’-]+(?: [A-Za-z'’-]+)?)?, (?:(?:including|among them|among whom|[A-Za-z'’-]+ of (?:them|whom))\b[^,.;]{0,60}|"
         r"[^,.;]{1,40} (?:among them|included)), ")  # ("Nine people, the bomber among them, were killed")

# The figure, its victims' word and its verb: two of them joined by "and" with other victims are two groups
# of dead in one incident ("two union members were killed ... and six workers were shot dead": 8).
VICTIM_GROUP = re.compile(rf"\b{QUAL}(?P<n>{NUM}) (?:(?P<who>[A-Za-z'’-]+) {FILL}|{ASIDE}){DIED}\b", re.I)
# "also" or "too" in a group's own words: more dead of the incident told before, not the same dead told again.
ALSO_DIED = re.compile(r"\b(?:also|too)\b", re.I)
# Two groups of dead as the objects of one killing verb ("killed at least 10 soldiers and 15 militants": 25).
# A group's noun may have a word before it ("three US troops", "two police officers"); neither is a word of harm
# ("left 20 villagers injured and one man dead" is no two groups of dead).
_GROUP_WORD = r"(?!(?:injured|wounded|hurt|dead|killed|died|and|or)\b)[a-z'’-]+"
_TWO_GROUPS = (rf"{QUAL}(?P<n>\d+|{WORD_NUM}) (?P<who>(?:{_GROUP_WORD} )?{_GROUP_WORD}) (?:and|as well as|plus) "
               rf"{QUAL}(?P<m>\d+|{WORD_NUM}) (?P<other>[a-z'’-]+)")
KILLED_GROUPS = re.compile(rf"\b{KILL_V} {_TWO_GROUPS}\b", re.I)
# ... or as the subject of one passive killing ("two soldiers and eleven militants were killed": 13; "three US troops
# and five members of the Afghan opposition were killed": 8).
DIED_GROUPS = re.compile(rf"\b{_TWO_GROUPS} {FILL}{DIED}\b", re.I)
# Animals are no fatalities (ACLED counts people): "the deaths of three people and one Jack Russell dog" is 3.
ANIMAL_GROUP = re.compile(r"(?:[\w'’-]+ ){0,2}(?:dogs?|cats?|cows?|cattle|horses?|goats?|sheep|camels?|donkeys?|"
                          r"pigs?|animals?|livestock|pets?|chickens?|birds?)\b", re.I)

# "many" and "some" as a count of the dead, coded 10 and 3 by the guide's table ("killed many of them", "some
# soldiers had been killed"); not "as many as 30", "how many", "some 30" (a figure follows), and only for the dead:
# elsewhere "many" opens a sentence of victims no more than a count does.
_VAGUE_DEAD = r"(?:(?<!\bas )(?<!\bhow )(?<!\bso )(?<!\btoo )many(?! (?:as|more|times|years|months|days)\b)|(?<!\bfor )some(?! (?:\d|" + WORD_NUM + r"|time|years|months|days|weeks|of the time)\b))"
_DEAD_NUM = rf"(?:{NUM}|{_VAGUE_DEAD})"

# A part counted of a group ("two of the five soldiers at the post were killed", "one of the three men in the car
# died"): the dead are the part, the figure after it is the group's size (PARTITIVE_PART is matched ending at it).
PARTITIVE_PART = re.compile(rf"\b(?P<n>\d+|{WORD_NUM}) of (?:the |these |those |its |their )?$", re.I)

# The lower end of a range ending just before a figure ("between 10 and 15 people were killed", "10 to 15", "two or
# three", "10-15"): ACLED's most conservative figure; not a toll's rise ("rose from 10 to 15").
RANGE_LOW = re.compile(rf"(?:\bbetween\s+(?P<a>\d+|{WORD_NUM})\s+and|(?<!\bfrom )\b(?P<b>\d+|{WORD_NUM})\s*(?:to|or)|"
                       rf"(?<!\bfrom )\b(?P<c>\d+)\s*[-–])\s*$", re.I)

# The noun of a toll: "the death toll", "the number of dead", "the number of people killed".
_TOLL_NOUN = (r"(?:(?:death|casualty|civilian|official) toll|toll|number of (?:the )?(?:dead|deaths|people killed|"
              r"those killed|fatalities|victims)|fatalities)")

# A toll's verb further from its noun ("the death toll from three days of clashes rose to 42", "bringing the number of
# dead to 12"): the figure the verb gives, not one in the words between (toll_forms.py reads it as the total). The toll's
# noun may carry its whole incident ("bringing the toll from the rebel attack on the army base to 20": 60 characters).
TOLL_ROSE = re.compile(rf"\b{_TOLL_NOUN}\b(?P<between>[^.;]{{0,60}}?)\b(?:rose|risen|rising|climbed|climbing|jumped|increased|"
                       rf"went up|gone up|reached|reaching|stood|stands|standing)\s+(?:to\s+|at\s+)?{QUAL}(?P<n>{NUM})\b"
                       rf"(?! (?:years?|months?|weeks?|days?|hours?|decades?|percent|%)\b)", re.I)
TOLL_BROUGHT = re.compile(rf"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed)\s+(?:the\s+)?{_TOLL_NOUN}\s+"
                          rf"(?P<between>[^.;]{{0,60}}?\s)?to\s+{QUAL}(?P<n>{NUM})\b", re.I)

# The dead named among more ("among the dead were two soldiers", "the dead included three children"): a part of the dead,
# the toll only when the text gives no other (at least 2, the conservative figure), never below the whole's figure.
AMONG_THE_DEAD = re.compile(rf"\b(?:among (?:the dead|those killed|the victims|the fatalities),? (?:were|was)|"
                            rf"(?:the dead|those killed|the fatalities) (?:included|include)) {QUAL}(?P<n>{NUM})\b", re.I)

PATTERNS = {
    "fatalities": [
        re.compile(rf"\b{KILL_V} {QUAL}(?:between (?:\d+|{WORD_NUM}) and )?(?P<n>{_DEAD_NUM})\b(?! (?:years?|months?|weeks?|decades?|hours?|days?|km|kilometres|miles|percent|%))", re.I),
        re.compile(rf"\b{QUAL}(?P<n>{_DEAD_NUM}) {FILL}{DIED}\b", re.I),
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) {ASIDE}{DIED}\b", re.I),
        # the dead told as a family's size ("the strike killed a family of five", "a family of six was killed")
        re.compile(rf"\b{KILL_V} (?:a|an|the|an entire|a whole) (?:[A-Za-z'’-]+ )?family of (?P<n>{NUM})\b", re.I),
        re.compile(rf"\b(?:a|an|the) (?:[A-Za-z'’-]+ )?family of (?P<n>{NUM}) {DIED}\b", re.I),
        # the wounded who died later: "five of the wounded later died in hospital"
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) of the (?:wounded|injured)(?: (?:later|subsequently|have|had|also))* "
                   rf"(?:died|succumbed)\b", re.I),
        # a place phrase between the figure and its verb ("four people in the northern village of Bama have died")
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) (?:[A-Za-z'’-]+ )?(?:in|from|near|at) {FILL}{FILL}(?:have |had )?{DIED}\b", re.I),
        # (not a duration after the noun: "the death toll of 15 months of fighting" counts months, no dead)
        re.compile(rf"\b(?:death toll|toll|fatalities|deaths)\b[^.;]{{0,25}}?\b(?:to|of|at|reached|:)\s*{QUAL}(?P<n>{NUM})\b"
                   rf"(?! (?:years?|months?|weeks?|days?|hours?|decades?)\b)", re.I),
        TOLL_ROSE,
        TOLL_BROUGHT,
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) (?:people |civilians |soldiers |fighters |militants |\w+ )?(?:dead|deaths|bodies|fatalities)\b", re.I),
        # the dead told by their bodies: "the bodies of two students were recovered"
        re.compile(rf"\b(?:bodies|corpses) of {QUAL}(?P<n>{NUM})\b(?! (?:years?|hours?|days?))", re.I),
        re.compile(rf"\b{TO_DEATH} (?=(?:{QUAL}{NUM} (?:[\w'’-]+ ){{0,3}}?)?to death\b)(?:to death )?{QUAL}(?P<n>{NUM})\b(?! (?:years?|months?|weeks?|days?|hours?))", re.I),
    ],
    "injured": [
        re.compile(rf"\b{INJ_V} {QUAL}(?P<n>{NUM})\b", re.I),
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) {FILL}{INJURED}\b", re.I),
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) (?:others )?(?:wounded|injured)\b", re.I),
    ],
    "arrested": [
        re.compile(rf"\b{ARR_V} {QUAL}(?P<n>{NUM})\b(?! (?:years?|hours?|days?|tonnes|kg|kilograms))", re.I),
        re.compile(rf"\b{QUAL}(?P<n>{NUM}) {FILL}{ARRESTED}\b", re.I),
    ],
}

# One person killed, told with an article: "A soldier was killed by a sniper", "an Afghan policeman was shot dead",
# or as the object of the killing ("Russian shelling of Kherson killed a 67-year-old man", "killing a policeman")
# (ACLED: one fatality). Only a person's noun, so "a day after ... was killed" is no count.
ONE_PERSON = (r"(?:soldier|policeman|policewoman|police officer|officer|guard|civilian|villager|resident|farmer|herder|"
              r"trader|worker|student|teacher|journalist|reporter|activist|lawyer|priest|pastor|imam|cleric|chief|"
              r"child|boy|girl|man|woman|person|victim|(?:\d+|" + WORD_NUM + r")-year-old|"
              r"member|fighter|militant|commander|leader|official|driver|passenger|"
              r"service ?member|serviceman|marine|sailor|airman|contractor|peacekeeper|thief|suspect|shepherd|herdsman|"
              r"elder|militiaman|bodyguard|tribesman|recruit|cadet|gunman|insurgent|rebel|doctor|nurse|shopkeeper|"
              r"businessman|employee|defender|campaigner|environmentalist|unionist|blogger|writer|editor|photographer|"
              r"cameraman|broadcaster|presenter|politician|lawmaker|councillor|councilor|mayor|candidate|judge|"
              r"prosecutor|protester|protestor|demonstrator|monk|nun|missionary|volunteer|organi[sz]er|ranger|academic|"
              r"professor|singer|artist|poet|governor|minister|detainee|prisoner|inmate|hostage|worshipper|pilgrim|"
              # (the attacking side's dead count too: "an attacker was killed by guards"; and more trades and ranks)
              r"attacker|assailant|bomber|shooter|bandit|kidnapper|terrorist|jihadist|robber|raider|gendarme|trooper|"
              r"commando|constable|sergeant|lieutenant|captain|colonel|teenager|youth|pupil|baby|infant|toddler|tourist|"
              r"refugee|migrant|settler|pedestrian|motorist|cyclist|miner|fisherman|hunter|labou?rer|vendor|merchant|"
              r"engineer|clerk|cashier|medic|paramedic|surgeon|bishop|seminarian|preacher|sheikh|spokesman|aide)")
_NOT_A_MODIFIER = r"(?!(?:after|before|the|of|when|as|and|in|on|at|who|whose|day|week|number|few|dozen|couple)\b)"
# (with an adverb of sequence, "was later pronounced dead", "subsequently died": the same death told as it ended)
_WAS_KILLED = (r"(?:(?:was|has been|had been)\s+(?:(?:later|subsequently|then)\s+)?(?:killed|shot dead|gunned down|murdered|"
               r"assassinated|slain|executed|pronounced dead|declared dead|found dead|"
               r"(?:" + TO_DEATH + r") to death|" + _HURT_AND_KILLED + r")|(?:(?:later|subsequently)\s+)?died|"
               r"was fatally (?:shot|wounded|injured)|was among (?:the dead|those killed))\b")
# Word stems of death read inside a phrase: a clause or participle holding one tells a death of its own.
_DEATH_STEMS = "kill|shot|shoot|dead|die|murder|death|slain|execut"
# What may stand between the one person and his death: where he is from or was ("a teacher in Kabul was shot dead",
# "a soldier from Texas was killed") or an aside between commas ("The man, believed to be in his 40s, died").
_PERSON_TAIL = (r"(?:\s+(?:in|from|of|at|near)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}|"
                r",\s+(?!(?:who|whose|which|that|said|says|and|but)\b)[^.;,]{1,60},|"
                # or a relative clause on him that tells no death of its own ("A soldier, who was on leave, was
                # killed"; not "a doctor, who said a nurse was shot, died")
                rf",\s+(?:who|whose)\s+(?![^.;,]*\b(?:{_DEATH_STEMS}))[^.;,]{{1,60}},|"
                # or what he was doing ("A boy riding a bicycle was hit by a truck and killed", "a man walking home in
                # Kano, a city in the north, was shot dead"): a participle phrase with no speech, clause or harm of its own
                r"\s+(?-i:(?!(?:during|morning|evening|nothing|something|anything|everything|king)\b)[a-z]{2,}ing)"
                r"(?:\s+(?!(?:said|says|told|confirmed|added|stated|reported|claimed|denied|that|who|which|whether|if|and|"
                r"but|was|were|is|had|has)\b)"
                rf"(?![\w'’-]*(?:{_DEATH_STEMS}|wound|injur))[\w'’-]+){{0,8}}"
                r"(?:,\s+(?!(?:who|whose|which|that|said|says|and|but)\b)[^.;,]{1,60},)?)?")
ONE_DEAD = re.compile(rf"\b(?:a|an)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,4}}?{ONE_PERSON}{_PERSON_TAIL}\s+"
                      rf"{_WAS_KILLED}|"
                      # a sentence opening on the one dead ("The boy died in Tulungagung after ..."), not one long
                      # dead ("The boy was beaten to death 3 years ago": an old incident told again)
                      # or a reported clause opening on him ("Police said the victim died in hospital")
                      rf"(?:^\W*|\b(?:said|says|added|stated|reported|confirmed|told\s+[\w'’-]+)\s+(?:that\s+)?)"
                      rf"the\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,2}}?{ONE_PERSON}{_PERSON_TAIL}\s+{_WAS_KILLED}"
                      rf"(?![^.;]*\b(?:years|months|decades) ago\b)|"
                      rf"\b(?:kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|murder(?:ed|ing)|execut(?:ed|ing)|beheaded|"
                      rf"hacked to death|lynch(?:ed|ing))\s+(?:a|an|the)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?{ONE_PERSON}\b(?!['’]s)|"
                      rf"\b{TO_DEATH}\s+(?:a|an)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?{ONE_PERSON}\s+to death\b|"
                      # ("soldiers shot a protester dead", "the blast left a soldier dead": the object before "dead")
                      rf"\b(?:shot|shooting|left|leaving)\s+(?:a|an|the)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?"
                      rf"{ONE_PERSON}\s+dead\b|"
                      # ("the body of a man was found in the river": one dead found)
                      rf"\bthe\s+(?:body|corpse|remains)\s+of\s+(?:a|an)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?"
                      rf"{ONE_PERSON}\b[^.;]{{0,60}}?\b(?:was|has been|had been|were)\s+(?:later\s+)?(?:found|discovered|"
                      rf"recovered|dumped|retrieved|pulled|exhumed)\b|"
                      # ("a mob beat to death a man accused of theft": the object after "to death")
                      rf"\b{TO_DEATH}\s+to death\s+(?:a|an)\s+(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?{ONE_PERSON}\b(?!['’]s)|"
                      # one person named ("Jory Porquia, a founding member of Bayan Muna, was assassinated", "Mr Blake
                      # ... was shot dead", "Scott Dayton, 42, of Woodbridge, died"), or a pronoun for one ("he was shot dead", "someone was killed")
                      rf"(?-i:\b(?:(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w'’-]+|[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’.-]*){{1,3}}|[Hh]e|[Ss]he|[Ss]ome(?:one|body)))"
                      # (the aside, when it names what he was, may run to the verb: "Abu Jandal, an ISIL leader in Raqqah was killed")
                      rf"(?:(?:, [^.;,]{{1,60}}){{1,4}},|, (?:a|an|the) (?!(?:[\w'’-]+ )*?(?:who|whose|which|that)\b)[^.;,]{{1,60}}?|,)?\s+{_WAS_KILLED}|"
                      # one person named after the title ("killed senior Hamas official Saleh al-Arouri")
                      rf"\b(?:killed|shot dead|gunned down|murdered|assassinated|executed)\s+"
                      rf"(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?{ONE_PERSON}\s+(?-i:[A-Z][a-z][\w'’-]*)|"
                      # one person told by his nationality alone ("the death of a Palestinian, killed in a firefight",
                      # "killing an Israeli near the settlement"): a capitalised noun that ends its phrase
                      rf"\b(?:kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|murder(?:ed|ing)?|death of|killing of)\s+"
                      rf"(?:a|an)\s+(?-i:[A-Z][a-z]{{3,}})(?=\s*[,.;]|\s+(?:and|in|on|at|near|as|who|during|after|while|"
                      rf"when|outside|inside)\b)|"
                      # one named among more dead ("Among those killed was a senior commander")
                      rf"\bamong\s+(?:the\s+dead|those\s+killed|the\s+victims),?\s+was\s+(?:a|an|the)\s+"
                      rf"(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?{ONE_PERSON}\b|"
                      # the dead told by his body ("her corpse was left by a road", "his body was found in a ditch")
                      rf"\b(?:his|her)\s+(?:[a-z-]+\s+)?(?:body|corpse)\s+(?:was|has been|had been)\s+(?:later\s+)?"
                      rf"(?:found|discovered|recovered|dumped|left|retrieved|pulled)\b", re.I)

# A death told in a clause of time before the sentence's act ("a year after his colleague Ahmed Khan was killed",
# "the first attack since a reporter was shot dead"): another, earlier event's, no toll of this one. (Applied to the
# text just before a one-death match; "days before he was killed" is the act itself and is not listed, nor "after
# which he died", which follows it.)
# The words between are the dead's own noun phrase ("his colleague", "activist"), not a time ("after midnight he was
# shot dead") nor a clause of its own ("after he was released he was shot dead").
_DEAD_PHRASE = (r"(?:(?:his|her|their|its|our|the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}|(?:(?!(?:he|she|they|it|was|were|"
                r"had|has|is|are|been|midnight|dark|dawn|dusk|noon|sunset|sunrise|nightfall)\b)[a-z][\w'’-]*\s+){0,2})$")
EARLIER_DEATH = re.compile(r"\b(?i:after|since)\s+(?!which\b|that\b)" + _DEAD_PHRASE)
# A death told with an earlier time of its own, a few words after it in its clause ("said the man was killed last
# year", "a soldier was shot dead by the army two years ago"): an old death retold, no toll of this event.
LONG_AGO = re.compile(r"(?:[ \t]+[\w'’-]+){0,6}?[ \t]+(?:last\s+year|the\s+(?:previous|year|month)\s+before|"
                      r"(?:a|one|two|three|four|five|six|several|many|some)\s+(?:years?|months|decades?)\s+(?:ago|earlier|before)|"
                      r"(?:years|months|decades)\s+(?:ago|earlier|before))\b", re.I)
# A death told as a condition or a question ("if he had been killed, the city would have burned", "asked whether
# he had been killed by a stray bullet", "as if he was killed already"): not told as happened, no toll.
UNREAL_DEATH = re.compile(r"\b(?i:if|whether|unless)\s+" + _DEAD_PHRASE)  # ("even though" tells it happened)

# The noun of a killing counts this event's dead ("the union confirmed the killing of three organisers") but not
# when it names a cause, a grievance or an earlier time ("justice for the killing of 11 students", "weeks after the
# killing of two priests", "protests over the deaths of three") nor a tally ("the killings of 300 activists since 2016").
# (A claim of "responsibility for the killing of three soldiers" keeps the toll it claims.)
KILLING_NOUN = re.compile(r"(?:killings?|deaths?) of\b", re.I)
KILLING_NOUN_OTHER = re.compile(r"\b(?:(?<!responsibility )(?<!credit )for|over|after|since|following|into|against|about|despite|at|on|of)\s+"
                                r"(?:the\s+)?$", re.I)
KILLING_NOUN_TALLY = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+since\b", re.I)

# A toll counted "since" a time, in the figure's own clause, is a running total over many events ("have killed more
# than 150 people and wounded 6,000 since the start of the protests", "400 killed since the coup"), never one event's
# (ACLED-RULES); not "since" after a superlative ("killed 12 in the deadliest attack since 2015"), nor in a relative
# clause on the victims ("killed two men who had been wanted since 2019": how long they were wanted, no tally).
RUNNING_TOTAL = re.compile(r"(?:\s+(?!(?:deadliest|worst|bloodiest|first|biggest|largest|highest|most|only|last|"
                           r"who|whom|whose|which|that)\b)"
                           r"[\w'’-]+(?:,\d{3})*){0,8}?\s+since\b(?!\s+(?:then|they|he|she|it|we|there|many|most)\b)", re.I)  # (not "since" of cause)

# A group and one more person killed ("killing two soldiers and a civilian", "killed six police officers and a
# civilian": 3, 7).
KILLED_GROUP_AND_ONE = re.compile(rf"\b{KILL_V} {QUAL}(?P<n>\d+|{WORD_NUM}) (?P<who>[a-z'’-]+(?: [a-z'’-]+)?) (?:and|as well as|plus) "
                                  rf"(?:a|an|one) (?:[a-z'’-]+ ){{0,2}}?{ONE_PERSON}\b"
                                  # (not one with a verb of his own that is no death: "killed two soldiers and a
                                  # civilian was wounded" is 2)
                                  rf"(?!,? (?:(?:was|is|has been|had been|got) (?!(?:also )?(?:killed|shot dead|gunned down|"
                                  rf"murdered|slain|executed)\b)|(?:fled|escaped|survived)\b))", re.I)
# Two people killed, each told with an article or a possessive: "a police commander and his bodyguard were killed",
# "killing a teacher and her son" (ACLED: two fatalities).
_ONE = rf"(?:{_NOT_A_MODIFIER}[A-Za-z0-9-]+\s+){{0,3}}?(?:{ONE_PERSON}|{KIN_ONE})"
TWO_DEAD = re.compile(rf"\b(?:a|an)\s+{_ONE}\s+and\s+(?:a|an|his|her|their)\s+{_ONE}\s+(?:were\s+(?:killed|shot dead|"
                      rf"gunned down|murdered|slain|executed)|died)\b|"
                      rf"\b(?:kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|murder(?:ed|ing))\s+(?:a|an)\s+{_ONE}"
                      rf"\s+and\s+(?:a|an|his|her|their)\s+{_ONE}\b", re.I)

# The attacker's own death told beside the act: "police shot and killed the attacker", "the gunman was shot dead",
# "a suicide bomber blew himself up": one more dead of the event (the guide counts an attacker killed in his own
# attack, both sides' dead), added to the figure of his victims.
ATTACKER_DEAD = re.compile(r"\b(?:killed|shot dead|shot and killed|gunned down|shooting dead|shooting and killing)\s+"
                           r"the\s+(?:lone\s+|suspected\s+|would-be\s+)?(?:attacker|assailant|gunman|shooter|bomber)\b|"
                           r"\bthe\s+(?:lone\s+|suspected\s+|would-be\s+)?(?:attacker|assailant|gunman|shooter|bomber)"
                           # (a relative clause on him may tell his victims, read apart: "The attacker, who had killed a
                           # guard and a nurse, was shot dead by police" is 3)
                           r"(?:,\s+(?P<rel>(?:who|whose)\s+[^.;,]{1,80}),)?\s+"
                           r"(?:was|had been|has been)\s+(?:(?:later|then|eventually|subsequently|himself|herself)\s+)?"
                           r"(?:killed|shot dead|shot and killed|gunned down)\b|"
                           r"\b(?:blew|blowing)\s+(?:himself|herself)\s+up\b|"
                           # ("police shot the gunman dead"; "killed three people before he was shot dead", "before
                           # turning the gun on himself", "then killed himself": the killer's own death, one more)
                           r"\bshot\s+the\s+(?:lone\s+|suspected\s+|would-be\s+)?(?:attacker|assailant|gunman|shooter|bomber)"
                           r"\s+dead\b|"
                           r"\bbefore\s+(?:he|she)\s+was\s+(?:(?:himself|herself|later|eventually)\s+)?(?:killed|shot dead|"
                           r"shot and killed|gunned down)\b|"
                           r"\b(?:turn(?:ed|ing)\s+the\s+(?:gun|weapon|rifle|pistol)\s+on|(?<!\btried to )(?<!\bto )"
                           r"(?:killed|killing))\s+(?:himself|herself)\b(?!\s+and\b)|\b(?:took|taking)\s+(?:his|her)\s+own\s+life\b",
                           re.I)
# The killers' own death told after their act ("Two gunmen killed a settler before being killed by the army": 3): their
# figure (one when untold, the most conservative) added to their victims'. Only after an active act of theirs (a
# victim's "was abducted before being killed" tells one death, read as before).
KILLERS_THEN_KILLED = re.compile(r"\bbefore\s+being\s+(?:(?:later|eventually|themselves|himself)\s+)?(?:killed|shot dead|"
                                 r"shot and killed|gunned down)\b", re.I)
_ACT_VERB = (r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?:killed|shot|murdered|stabbed|attacked|ambushed|"
             r"opened fire|stormed)\b")
KILLERS_ACT = re.compile(rf"^[^.;]*?\b(?P<n>\d+|{WORD_NUM})\s+(?!of\b)(?:[\w'’-]+\s+){{0,3}}?(?:who\s+)?(?:also\s+)?{_ACT_VERB}|"
                         rf"^[^.;]*?{_ACT_VERB}", re.I)
# Bombers counted as they blew themselves up ("two suicide bombers blew themselves up, killing 12": 14); unnumbered
# ("bombers blew themselves up") they are left uncounted, their number untold.
BOMBERS_DEAD = re.compile(rf"\b(?P<n>\d+|{WORD_NUM})\s+(?:[\w'’-]+\s+)?(?:suicide\s+)?(?:bombers|attackers|assailants)\s+"
                          rf"(?:(?:had|have)\s+)?(?:blew|blowing|blown)\s+themselves\s+up\b", re.I)
# The attacker's death told as an object beside his victims' ("killing himself and eight others", "killed nine people
# and himself"): the words that name him (group a or b), read apart from the figure of the others, add one.
SELF_KILLED = re.compile(r"\bkill(?:ed|ing|s)\s+(?:(?P<a>(?:himself|herself)\s+and)\s|[^.;]{1,40}?\s(?P<b>and\s+"
                         r"(?:himself|herself))\b)", re.I)
# ... unless the victims' figure already counts him ("killing 12 people including himself", "Twelve people, including
# the bomber, were killed"): the figure is every death of the event.
_HIMSELF = r"(?:himself|herself|the\s+(?:suicide\s+)?(?:attacker|assailant|gunman|shooter|bomber))"
ATTACKER_COUNTED = re.compile(rf"\b(?:including|among them|among whom)\s+{_HIMSELF}\b|\b{_HIMSELF}\s+(?:among them|included)\b",
                              re.I)

# A figure before a killing verb in the active voice counts the killers or their weapons, not the dead: "two bombs
# killed six police officers", "three gunmen shot dead a guard" (the verb has an object: a count, an article, a
# possessive). Read on the words up to the verb (no auxiliary of the passive before it) and those after it.
ACTIVE_KILLING = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )(?<!\bbeing )(?<!\bbe )"
                            r"(?<!\bgot )\b(?:killed|murdered|executed|assassinated|massacred|lynched|shot dead|"
                            r"gunned down|shot and killed)$", re.I)
# (Not a time after a participle: "Two civilians killed a week ago were buried", "three soldiers killed an hour later".)
KILLED_OBJECT = re.compile(rf"\s+(?:{QUAL}(?:\d+|{WORD_NUM}|dozens|scores|hundreds|several)\b(?!\s+(?:years?|months?|weeks?|"
                           rf"days?|hours?|minutes?|times?)\b)|(?:a|an|his|her|their|its)\s(?!(?:few\s+|couple\s+of\s+)?"
                           rf"(?:years?|months?|weeks?|fortnight|days?|hours?|night|decades?)\b))", re.I)

# A word every pattern of a kind needs (its verb or noun): most event sentences lack some kind, and a
# plain substring scan rules it out for a fraction of the cost of the patterns.
NEEDS = {
    "fatalities": re.compile(r"blew|blowing|kill|fatally|succumb|shoot|shot|gunned|murder|assassinat|execut|massacr|claiming|left|leaving|lynch|dead|died|lives|perish|drown|"
                             r"slain|toll|fatalit|death|bodies|body|corpse|casualt", re.I),  # "no casualties": 0
    "injured": re.compile(r"wound|injur|hurt|maim|hospitali|treated", re.I),
    "arrested": re.compile(r"arrest|detain|round|apprehend|nabb|pick|took|taking|custody", re.I),
}
