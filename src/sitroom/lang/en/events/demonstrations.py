"""English data of ``sitroom/extract/events/demonstrations.py``: the words of a demonstration and of what
tells one as background."""

from __future__ import annotations

import re

from .coerced import MOVEMENT_LEMMAS
from .rules import CROWD_CONTROL

# Words that name a demonstration, its people or its acts: a gathering, a march, a rally, a sit-in, a picket,
# a strike, a blockade ("Riot police used tear gas to clear a blockade on the highway"), demonstrators, their
# slogans and placards. A demonstration report holds at least one of them.
DEMONSTRATION_WORD = re.compile(
    r"\b(?:protest\w*|demonstrat(?:e|ed|es|ing|ion|ions|or|ors)|rall(?:y|ies|ied|ying)|"
    r"(?:" + "|".join(sorted(MOVEMENT_LEMMAS)) + r")\w*|sit-?ins?|sit-downs?|sat on a|picket\w*|vigils?|"
    r"gather(?:ed|ing|ings|s)?|"
    r"assembl(?:ed|ing|y|ies)|mobili[sz]\w*|strik(?:e|es|ers|ing)|walk(?:ed|ing)? ?-?outs?|walked out|stopped work|"
    r"agitation\w*|bandh|shut-?downs?|riot\w*|unrest|crowd\w*|slogans?|chant\w*|placards?|banners?|"
    r"squatt?(?:ed|ing)?|took to the streets|came out on the streets|blocked (?:roads?|traffic|the)|blockades?|besieg\w+|"
    r"lynch\w*|mobs?)\b", re.I)

# "demonstrate" meaning "show": with an object it shows something ("our members have demonstrated their
# opposition"); a demonstration is held, not shown.
SHOW_LEMMA = "demonstrate"
# Adverbs that may stand between "demonstrated" and what it shows ("demonstrated, once again, their ...").
SHOW_SKIP = frozenset({"once", "again", "clearly", "also", "amply", "repeatedly"})
# Nouns of time after "demonstrated" say when the people demonstrated, not what was shown ("demonstrated the
# whole day outside parliament").
SHOW_TIME_NOUNS = frozenset({"day", "days", "night", "nights", "week", "weeks", "weekend", "morning", "afternoon",
                             "evening", "hour", "hours", "month", "year", "time"})

# Where a protest made on the internet is made ("protesting on social media", "an online rally", "a Twitter
# campaign"): no public gathering, which a demonstration needs (the guide).
ONLINE_PLACES = frozenset({"media", "twitter", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram",
                           "internet"})
ONLINE_MODIFIERS = frozenset({"online", "virtual", "digital", "twitter", "hashtag", "internet"})

# Words that set an event word in the time of another: "since protests began", "after the January protests",
# "one year after the protests were crushed", "before a scheduled protest". A demonstration named there is
# the background of what the sentence tells, not the sentence's news.
BACKGROUND_TIME = frozenset({"since", "after", "before", "until", "till", "as", "ahead", "prior"})  # ("ahead of", "prior to")

# The perfect's auxiliary: "has been cracking down on demonstrations since ..." tells a practice over a period.
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "’ve", "’s"})  # (and with the typographic apostrophe)

# Words whose infinitive tells a demonstration to come or allowed, not held: "were due to protest", "set to
# march", "the right to protest peacefully", "endorsed the decision of the NLC to protest".
NOT_YET = frozenset({"due", "set", "scheduled", "expected", "poised", "likely", "right", "freedom", "decision",
                     "permission", "permit", "license", "licence", "bid", "attempt", "try", "ultimatum", "notice",
                     "application", "request"})  # "filed an application to hold a rally"

# Nouns of a rule over demonstrations: what they govern is forbidden or restricted, not held ("heard a petition
# challenging the ban on protests", "a moratorium on rallies").
PROHIBITION_NOUNS = frozenset({"ban", "prohibition", "moratorium", "restriction", "curb", "embargo"})

# Dependency relations of a word that describes a noun ("protest leader", "protesters' demands").
NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
# Participles that announce a demonstration to come: "planned anti-government protests", "a scheduled protest".
PLANNED = frozenset({"planned", "scheduled", "proposed", "upcoming", "intended", "threatened", "announced",
                     "expected", "impending", "forthcoming"})
# "in protest", "as a protest": the motive of an act, which tells no demonstration by itself.
MOTIVE_PREPS = frozenset({"in", "as"})
# Protests one person makes alone: "her hunger strike" (a group's is a demonstration: "a group of refugees are
# continuing a hunger strike").
LONE_PROTESTS = frozenset({"hunger"})
# Subjects that make a lone protest a group's: plural pronouns and collective nouns.
GROUP_SUBJECTS = frozenset({"they", "we", "group", "dozens", "hundreds", "thousands", "scores", "number",
                            "community", "village", "public", "population"})  # "the community turned out to protest"
# States and bodies as a plural subject: their act "in protest" is a step of policy ("several countries recalled their
# ambassadors in protest", "opposition parties boycotted the vote in protest"), no crowd's demonstration.
BODY_SUBJECTS = frozenset({"country", "nation", "state", "government", "party", "ministry", "embassy", "delegation",
                           "administration", "authority", "council"})


# Who or what intervenes in a demonstration, or its act (the guide's Protest with intervention: "police disperse,
# arrest, tear-gas or beat peaceful protesters"): a report of an intervention names one of them.
INTERVENED = re.compile(r"\b(?:police\w*|officers?|gendarm\w*|security (?:forces|personnel|agents|operatives)|soldiers|"
                        r"troops|army|military|guards?|authorities|riot|tear ?gas|teargas|water ?cannons?|rubber|batons?|"
                        r"dispers\w*|broke up|break up|beat\w*|fired|shot|shots|arrest\w*|detain\w*|custody|round\w* up|"
                        r"prevent\w*|stopped|blocked by|barred|forced|crack\w* down|crackdown|clash\w*|injur\w*|wound\w*)\b",
                        re.I)

# An intervention the report denies ("police did not intervene", "ended without any arrests", "no one was
# arrested"): its words name no intervention (read out before INTERVENED is looked for).
NO_INTERVENTION = re.compile(
    r"\b(?:police|officers|security forces|the authorities|soldiers)\s+(?:did not|didn['’]t|did not need to|never)\s+"
    r"(?:intervene|interfere|disperse\w*|arrest\w*|stop\w*)\b"
    # (up to a turn of the account: "did not intervene at first, but later fired tear gas" intervened)
    r"(?:(?!\b(?:but|until|later|then|however|before|when|after)\b)[^.;])*|\bwithout (?:any )?(?:police )?"
    r"(?:intervention|interference|arrests|incidents?)\b|\bno (?:one|arrests|injuries)\s+(?:was|were)\s+"
    r"(?:arrested|detained|reported|made)\b|\bno (?:arrests|injuries)\b", re.I)

# Nouns of the people who demonstrate: named only as whom another act or thing concerns ("medical aid to protesters",
# "demands from protesters", "brutality against peaceful protesters"), they tell no peaceful protest.
DEMONSTRATOR_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
# Prepositions whose object, after a noun, is what that noun is about, answers or backs ("the response to the
# protests", "a blackout on the protests", "support for the strike"): no gathering told (demonstrations._talked_about).
TALKED_PREPS = frozenset({"about", "on", "over", "to", "for"})
# Verbs whose subject undergoes what is told ("protesters suffered eye injuries", "sustained wounds"): demonstrators
# so named are whom force concerned, no peaceful protest told (demonstrations._only_concerned).
UNDERGOING = frozenset({"suffer", "sustain", "receive", "undergo", "endure"})  # ("faced riot police": they were there)
# Prepositions that set an act in the crowd ("a car drove through protesters", "shots rang out among marchers"):
# demonstrators so named are there, a protest told.
AMID_PREPOSITIONS = frozenset({"through", "among", "amongst", "amid", "amidst", "into", "between"})

# Verbs of taking part in a demonstration: negated or not carried out ("have not yet joined this wave of protests",
# "refused to join the strike"), their subject did not demonstrate, and the sentence tells no demonstration.
PARTICIPATION = frozenset({"join", "attend", "participate", "take"})
# The states of a person's part in demonstrations ("had been involved in the protests", "workers active in the
# protests"): who someone is, no demonstration told (demonstrations._involvement).
INVOLVEMENT = frozenset({"involve", "involved", "active", "engage", "engaged", "implicate", "implicated"})
# The prepositions of where participants come from ("students from Kano joined the protest"): not where they took
# part, so not the place of their part of the act (mention_place._origin).
ORIGIN_PREPOSITIONS = frozenset({"from"})

# A demonstration told as what an act caused ("X was arrested by police, sparking protests", "The killing of a
# student triggered demonstrations"): the words before the causal verb are the cause, the grievance told before its
# demonstration, no act at it. Up to the demonstration word it names (demonstrations.without_grievance).
CAUSED_DEMONSTRATION = re.compile(
    r"\b(?:spark(?:ed|ing|s)?|trigger(?:ed|ing|s)?|prompt(?:ed|ing|s)?|provok(?:ed|ing|es)|ignit(?:ed|ing|es)|"
    r"set(?:ting)? off|touch(?:ed|ing)? off|(?:led|leading) to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?=(?:protest\w*|demonstrations?|rall(?:y|ies)|marches|sit-?ins?|riots?|unrest|strikes?)\b)", re.I)

# Acts of mourning whose "for" phrase names whom they mourn ("a boy lights a candle for the protesters who were
# killed", "laid wreaths for the victims"), like a vigil's: told before the demonstration word, the deaths are
# the grievance of the gathering, not force used at it (demonstrations.without_grievance reads the phrase out).
MOURNING_ACT = re.compile(r"\b(?:candles?|candlelight|wreaths?|flowers|prayers?|pray(?:ed|ing|s)?|"
                          r"minute['’]?s? (?:of )?silence|moments? of silence)\s+(?=for\b)", re.I)

# A demonstration that a force broke up or fell upon (the guide's Protest with intervention: "police disperse, ...
# or beat peaceful protesters"): the crowd is the target, told in the passive ("a sit-in that was broken up by
# police", "marchers were set upon by riot police", "the rally was broken up by gunfire") or with the force the
# subject ("police broke up the demonstration"). Not an armed group's or a mob's attack on a crowd ("the protest
# was attacked by thugs": mob violence), nor the police themselves attacked ("police were set upon by protesters"),
# nor the month March ("In March, villagers were attacked by soldiers"), nor an offence charged ("protesters were
# charged by police with rioting": a prosecution; "charged by police with batons" is the crowd charged at).
_FORCE = (r"(?:the )?(?:riot |security |state |anti-riot )?(?:police(?:men)?|officers|soldiers|troops|security forces|"
          r"gendarmes|army|military|guards)")
_CROWD_TARGET = (r"(?:protest\w*|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|(?!(?-i:March)\b)march(?:es|ers)?|sit-?ins?|"
                 r"vigils?|crowds?|gatherings?|strikers|picket(?:s|ers)?)")
_CHARGED_AT = rf"charged(?![^.;]{{0,40}}?\bwith\s+(?!(?:batons?|truncheons?|clubs|sticks|horses|{CROWD_CONTROL})\b))"
FORCE_ON_DEMONSTRATION = re.compile(
    rf"\b{_CROWD_TARGET}\b(?:[^.;]{{0,60}}?)\b(?:was|were|been|being|got)\s+(?:violently |forcibly |brutally )?"
    rf"(?:broken up|set upon|{_CHARGED_AT}|baton-charged|beaten|attacked|stormed|raided|dispersed)\s+by\s+"
    rf"(?:{_FORCE}\b|(?:live |heavy |warning )?(?:gunfire|shots)\b)|"
    rf"\b{_FORCE}\s+(?:then |later |violently |forcibly |brutally )?(?:broke up|set upon|stormed|raided|charged at|"
    rf"baton-charged)\s+(?:the |a |an |their |\w+ ){{0,3}}{_CROWD_TARGET}\b", re.I)

# A strike (the guide: "a strike with no public gathering is not coded"): stopping work ...
STRIKE_ACTION = re.compile(
    r"\b(?:(?<!hunger )strik(?:e|es|ing)|walk(?:ed|s|ing)? (?:out|off the job)|walkouts?|stoppages?|"
    r"industrial action|(?:laid|lay|laying|downed|down) (?:down )?(?:their )?tools)\b", re.I)
# ... becomes a demonstration with a gathering, a march, a sit-in or a picket, or when the report tells it as a
# protest ("went on strike to protest ...", as the corpus's annotators code it).
STRIKE_GATHERING = re.compile(
    r"\b(?:gather\w*|assembl\w*|march\w*|rall(?:y|ies|ied)|picket\w*|sit-?ins?|sit-down|occup\w+|block\w*|"
    r"outside|in front of|protest\w*|demonstrat\w*|crowds?|chant\w*|placards|banners)\b", re.I)
