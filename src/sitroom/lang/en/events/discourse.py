"""English data of ``sitroom/extract/events/discourse.py``: the words and patterns it reads: trends, habits, tallies and
records, the days of news, background, page lines, and the nouns that name a kind or a mention of an event. (Acts not
done as told, wanted, planned or negated: irrealis.py; taking territory: territory.py.)"""

from __future__ import annotations

import re

from ..time.patterns import MONTH, MONTH_NAME, WEEKDAY

# Trends, habits and tallies: not one event.
GENERIC = re.compile(
    r"\b(?:in recent (?:years|months|weeks|decades)|for (?:years|decades|months)|(?:over|in|during) the (?:past|last) (?:\w+(?: ?- ?\w+)* )?"
    r"(?:years|decades|months)|(?:has|have|had) a history of|(?:is|are|were) known (?:to|for)|notorious for|"
    r"remain(?:s|ed)? (?:high|rife|common|widespread|rampant|endemic)|(?:(?:has|have|had) become |became |(?:is|are) "
    r"(?:now )?)(?:increasingly )?(?:rife|common|commonplace|widespread|rampant|endemic)|cases of|a total of|so far this year|this year alone|every (?:year|month|week|day)|each year|"
    r"(?:the )?risk of|face (?:the )?(?:risk|threat)|facing (?:the )?(?:risk|threat)|stepped up|"
    # the trend idiom after a verb of being ("attacks are on the rise"), not "a report on the rise in executions"
    r"(?:is|are|was|were|been|be|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?on the rise|"
    # a record over a stretch: a tenure ("in Duterte's first three years in office"), an experience ("has used
    # chemical weapons in the past", not "in the past 24 hours", "in the past couple of days", "in the past weekend")
    r"(?:first|last) (?:[\w-]+ )?(?:years|months) (?:in|of) (?:office|power)|"
    r"in the past(?!\s+(?:[\w-]+\s+){0,3}(?:hours?|days?|nights?|weeks?|weekends?|fortnight|months?|years?|decades?)\b|\s+(?:few|several|\d))|"
    # a count over a stretch stressed as such: "in the past week alone, four Palestinians ..."
    r"(?:in|over|during) the (?:past|last) (?:\w+ )?(?:weeks?|days|months?) alone|"
    r"since (?:the (?:[\w-]+ ){0,2}?(?:coup|war|start|beginning|insurgency|conflict|uprising|crisis|outbreak|law|protests)|it (?:was|began|took)|"
    r"(?:19|20)\d\d|last (?:year|month)|" + MONTH_NAME + r"\b(?! \d{1,2}\b)))\b", re.I)

# Verbs that tell the onset of something that goes on ("since the protests began on Tuesday", "since fighting erupted
# on Sunday", "since the offensive was launched"): a toll counted since then spans the days after it
# (told_from.counted_from_a_day), unlike one counted since an act ("since gunmen attacked the village on Sunday").
ONSET_LEMMAS = frozenset({"begin", "start", "erupt", "break", "launch", "flare", "resume", "escalate", "intensify"})

# Words that pin an event to one day (or to this week's or last week's news): a statement with them is about an
# incident, not a trend or a running total ("flooding has affected 390,000 people this week"; a count "since Sunday"
# is of the days since, all in the report's week).
SPECIFIC_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|last night|this morning|this week\b|last week\b|over the weekend|"
    r"(?:on|since) " + WEEKDAY + r"|"
    + MONTH_NAME + r" \d{1,2}\b|\d{1,2} " + MONTH_NAME + r")", re.I)

# A day within the week of the report ("on Tuesday", "yesterday", "last night"): an act told on it is fresh news even
# in the past perfect ("they had been arrested on Tuesday for protesting").
RECENT_DAY = re.compile(r"\b(?:yesterday|today|tonight|last night|this (?:morning|week)|over the weekend|"
                        + WEEKDAY + r")\b", re.I)

# The day an act is told on, as news reports give it ("arrested Wednesday", "on October 11", "late on 2 March",
# "yesterday"): with a strong cue told in the simple past, what makes a sentence the report of one incident.
DAY_OF_ACT = re.compile(
    r"\b(?:(?i:yesterday|today|tonight|last night|this morning)|" + WEEKDAY + r"|"
    + MONTH_NAME + r" \d{1,2}\b|\d{1,2} " + MONTH_NAME + r")\b")

# Held since a day ("has been in police detention since February 16", "have been detained since 3 May"): the arrest
# of that day, told by the detention it began (detection.held_since_day admits such a sentence below the bar).
HELD_SINCE_DAY = re.compile(
    r"\b(?:has|have|had) (?:also |now )?been (?:in (?:police |military |state )?(?:detention|custody)|detained|held) "
    r"since (?:" + MONTH_NAME + r" \d{1,2}\b|"
    r"\d{1,2} " + MONTH_NAME + r"\b|"
    r"(?:last )?" + WEEKDAY + r"\b)")

# Subjects that make a sentence in the present perfect a speaker's own record ("We have supported the liberation
# of key towns"): the speaker's side summing up its campaign, not reporting one incident.
RECORD_SUBJECTS = frozenset({"we"})
# Possessives that make a subject the speaker's side ("Our forces have liberated 40 villages ..."): as "we".
RECORD_OWNERS = frozenset({"our"})
# Words that spread a record over a campaign ("we have freed 40 towns so far", "since the operation began"): with
# one act told, what makes "we have ..." a record and not the news of one ("We have arrested four suspects").
RECORD_SPAN = re.compile(r"\b(?:so far|to date|since|over the (?:past|last)|in recent (?:weeks|months|years)|"
                         r"(?:this|last) year)\b", re.I)

# Nouns of armed forces' missions that, with the attack nouns, name acts a count can sum up ("has flown over 870
# missions").
SORTIES = frozenset({"mission", "sortie"})

# Adverbs of a practice on the event's own verb ("soldiers routinely beat traders at checkpoints", "are regularly
# tortured"): a habit, no incident (with no day named).
HABIT_ADVERBS = frozenset({"routinely", "habitually", "regularly", "frequently", "often", "usually", "constantly",
                           "systematically", "typically", "commonly", "normally", "generally"})
# ... and of a series told in the perfect ("the military has repeatedly bombed the camps"; "soldiers repeatedly fired
# on the crowd" tells one incident's shots).
SERIES_ADVERBS = frozenset({"repeatedly", "persistently"})

# Verbs of a person's part in others' acts: "The leader coordinated improvised explosive device attacks against
# Afghan and coalition forces", "he financed bombings": with a bare plural object, a role, not an incident.
ROLE_VERBS = frozenset({"coordinate", "organize", "organise", "orchestrate", "mastermind", "facilitate", "direct",
                        "plan", "finance", "fund", "supply", "lead", "command", "oversee", "recruit"})
# Adjectives that tell a person's part in a kind of act ("a leader responsible for roadside bomb attacks"): with a
# bare plural after "for", a description of the person, not one incident.
ROLE_ADJECTIVES = frozenset({"responsible", "notorious", "known"})

# A count up to a cut-off day ("as of September 6, more than 3,800 people have been arrested", "144 boys have
# been arrested since August 5"): a running total, even though it names a day. Only a month and day after
# the cut-off word: "since gunmen attacked", "as of Tuesday ... in the June 5 attack" count one event.
# (also a day that names the act the count runs from: "have been killed since the February 1 coup")
CUTOFF = re.compile(r"\b(?i:as of|as at|since(?:\s+the)?)\s+(?:" + MONTH + r"\.?\s+\d{1,2}\b|\d{1,2}\s+" + MONTH_NAME + r"\b)"
                    # a count up to a day named by its distance ("As of yesterday, 205 cases had been identified")
                    r"|\b(?i:as of|as at)\s+(?i:yesterday|today|tonight|last night|this morning)\b")
# Acts said to happen often ("abductions for ransom ... are a regular occurrence", "raids have become routine"): a
# trend, unless the sentence names a day (then it frames an incident: "Shelling has become a daily occurrence in
# Donetsk, where a shell killed three civilians on Sunday"; events/discourse.not_news).
ROUTINE_ACTS = re.compile(
    r"\b(?:is|are|been|become|became|remains?|remained)\s+(?:now\s+|still\s+)?(?:an?\s+)?(?:(?:regular|common|frequent|"
    r"daily|everyday|recurring|routine|weekly)\s+(?:occurrences?|features?|sights?|events?|phenomen(?:on|a))|routine\b)",
    re.I)
AS_OF = re.compile(r"\bas (?:of|at)\b", re.I)
# A count of occasions ("have flown into the area 27 times", "has been arrested five times"): in the perfect, a series
# (in the past simple it may count one incident's blows: "was stabbed 17 times").
TIMES_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|"
                         r"dozens of|hundreds of) (?:times|occasions)\b", re.I)
# Determiners that quantify over all occasions or periods ("has been detained under every head of state", "have
# been arrested each year"): on a modifier of the verb told in the perfect, a series, no incident.
EVERY_OCCASION = frozenset({"every", "each"})
# ... in a phrase of time: after a preposition of a stretch of rule or time ("under every president", "during each
# visit"), or on a noun of a time or an occasion ("on every visit", "at each protest"); not of place ("deployed to
# every polling station", "in every district": one act over many places).
EVERY_OCCASION_PREPS = frozenset({"under", "during", "throughout"})
OCCASION_NOUNS = frozenset({"time", "occasion", "visit", "trip", "return", "election", "vote", "protest",
                            "demonstration", "rally", "anniversary", "hearing", "year", "month", "week", "day", "night",
                            "weekend", "morning", "evening"})
# Verbs of wounding: a count of times on them counts one act's blows ("a journalist has been shot several times
# outside his home", British news telling a fresh event in the perfect), not occasions.
BLOW_VERBS = frozenset({"shoot", "stab", "hack", "slash", "punch", "kick", "whip", "flog", "beat", "club"})

# An act told as what a hearing heard ("the court heard how militiamen burnt several villages", "a fireman has told a
# court how ...", "the inquest was told"): evidence at a trial or inquiry retells an act of its own day, which the
# news of the hearing does not report (the 60-day window counts from the act).
HEARD_AT_HEARING = re.compile(
    r"\b(?:(?:court|tribunal|inquest|inquiry|jury|hearing|commission)(?: (?:of|in) [\w ]{1,30}?)? (?:has |had |have )?"
    r"(?:heard|was told|were told|(?:has|have|had) been told)|"
    r"told (?:an?|the) (?:[\w-]+ ){0,2}(?:court|tribunal|inquest|inquiry|jury|hearing)|testif(?:y|ies|ied|ying))\b", re.I)

# Words that look back from the news to an earlier event.
BACKGROUND = re.compile(
    r"\b(?:(?:\w+ )?(?:months|years|decades) (?:ago|after|earlier|before|later)|last (?:year|month|summer|autumn|fall|"
    r"winter|spring)|earlier this year|"
    r"anniversary|(?:in|since) (?:the )?(?:19|20)\d\ds?|earlier in the year)\b", re.I)
# A month named after "last" ("last October"), in an undated article: the month just gone would be "last month", so
# this one lies two or more back, mostly beyond the guide's 60 days. (A dated article dates it and measures its age:
# "Last November" in a report of January 13 is news.)
# (The month capitalised: "their last march through the capital" is no month.)
LAST_NAMED_MONTH = re.compile(r"\b(?i:last) (" + MONTH_NAME + r")\b")
# A day of a named month ("on August 29", "29 August"): group 1 or 2 the month. Not one its year dates ("on August
# 29, 2026"): which August the article calls "last" is then unknown.
MONTH_DAY = re.compile(r"(?:\b(" + MONTH_NAME + r") \d{1,2}\b|\b\d{1,2} (" + MONTH_NAME + r")\b)(?!,? \d{4}\b)")
# Words that make a "since" a comparison with the day it names, with the superlatives the tagger marks ("the largest
# demonstration since last October", "the first time since 2019 that police fired tear gas"): a benchmark, not the
# time of the act.
BENCHMARK_WORDS = frozenset({"first"})
# The time elapsed since an act ("six years have passed since gunmen abducted ...", "it has been a decade since"): the
# act of the "since" clause is background (told_from.elapsed_since; not an act told beside it, "and on Monday they
# shelled it again").
ELAPSED_SINCE = re.compile(
    r"\b(?:(?:months|years|decades|a decade|a year) (?:have |has )?(?:now )?(?:passed|gone by|elapsed) since|"
    r"it(?: has|'s|’s| is) (?:now )?been (?:\w+ )?(?:months|years|decades|a decade|a year) since)$", re.I)

# A year named alone as the time of what a clause tells ("In 2020, 19 foreigners were taken hostage in ...",
# "during 2019", "this year", "during the year"): with several victims or acts, the year's tally, not one incident.
WHOLE_YEAR = re.compile(r"\b(?:(?:in|during|throughout|over) (?:the (?:whole |entire )?(?:year )?)?(?:19|20)\d\d\b(?![-/–]\d)|"
                        r"(?<!earlier )(?<!later )this year\b|(?:during|throughout|over) the (?:past |last |whole |entire )?"
                        r"year\b|in the (?:past|last) year\b)", re.I)
# A stretch of weeks, months or years named as the time of what a clause tells ("between January and June", "from
# March to May 2021", "between 2019 and 2021", "in the first half of the year", "in the past two weeks"): with several
# victims or acts, a tally.
PERIOD_SPAN = re.compile(r"\b(?:(?:between|from) " + MONTH_NAME + r"(?: (?:19|20)\d\d)? (?:and|to|through|till|until) "
                         + MONTH_NAME + r"\b(?! \d)|(?:between|from) (?:19|20)\d\d (?:and|to|through|till|until) "
                         r"(?:19|20)\d\d\b|in the first (?:half|quarter|\w+ months) of\b|"
                         r"(?:in|over|during) the (?:first|past|last) (?:few |several |\w+ )?(?:weeks|months?)\b|"
                         r"(?:in|over|during|within) (?:a|the (?:first|past|last)) \w+-(?:week|month|year) (?:period|span|"
                         r"stretch)\b)", re.I)
# Two days that bound a stretch ("between November 25 and December 9", "from 1 to 14 March", "1-14 March", "November
# 1-30", "between 25th-28th November"; a hyphen or dash, spaced or not, with or without "between"/"from"; words join
# the days only after "between"/"from": "on 3 and 5 December" are two days): longer than a week and with several
# victims or acts, the stretch's tally (told_from.day_span_tally). A day alone after the dash takes the first
# day's month ("November 1-30"), but not after a spaced em dash, which news writes between clauses ("attacked on
# November 1 — 30 people died") nor, after "to"/"and", before a word in lower case ("from March 3 to 21 people were
# arrested" counts people; "November 16-17 in Kano" is a stretch). Months only as written, capitalised: "10-20 may have died" names no May.
_TH = r"(?:st|nd|rd|th)?"
DAY_SPAN = re.compile(
    r"(?<![\w-])(?:(?P<span>(?i:between|from)) )?(?:(?P<m1>" + MONTH_NAME + r") (?P<d1>\d{1,2})" + _TH + r"|(?P<d1b>\d{1,2})"
    + _TH + r"(?: (?:of )?(?P<m1b>" + MONTH_NAME + r"))?)(?:,? (?:19|20)\d\d)?"
    r"(?(span)(?: (?P<word>(?i:and|to|through|till|until)) |\s*[-–—]\s*)|\s*[-–—]\s*)"
    r"(?:(?P<m2>" + MONTH_NAME + r") (?P<d2>\d{1,2})" + _TH + r"|(?P<d2b>\d{1,2})" + _TH + r" (?:of )?(?P<m2b>" + MONTH_NAME
    + r")|(?(m1)(?<!\s\u2014\s)(?P<d2c>\d{1,2})" + _TH + r"(?![\d:.]\d)(?(word)(?![ \t]+[a-z]))|(?!)))\b")
# A month named: the clause is then timed finer than a year ("in March 2020", "in 2020, in May").
MONTH_NAMED = re.compile(r"\b" + MONTH + r"\b")

# Words before "then" that make it the time of an office or a state, not a sequence: "the then governor", "its
# then-president", "by then Buhari-led regime", "to then-President Jammeh".
THEN_OFFICE_BEFORE = frozenset({"the", "its", "his", "her", "their", "our", "by", "to", "of", "under", "with", "from",
                                "for", "against", "as", "("})

# What a person was at an earlier time of life: an act told "when he was a child" (or "17", "a 12-year-old") lies
# in the person's past, background to the news ("said he was 17 when police arrested him").
LIFE_STAGES = frozenset({"child", "boy", "girl", "teenager", "teen", "minor", "student", "schoolboy", "schoolgirl",
                         "kid", "baby", "infant", "adolescent", "toddler", "youngster"})

# Nouns of works whose title may hold an event word ("the Murder in Paris documentary"): a title, no event.
WORK_NOUNS = frozenset({"documentary", "film", "movie", "book", "novel", "memoir", "play", "series", "programme",
                        "program", "show", "song", "album", "exhibition", "podcast", "poem", "painting"})

# Lines that belong to the page, not to the report.
# A caption's label that the sentence splitter left at the end of the sentence before the caption ("... for the
# blast. Photo: Soldiers patrol a street in Bamako"): it labels the next unit, not its own.
CAPTION_LABEL_END = re.compile(r"\b(?:photo|image|picture|file photo)\s*:\s*$", re.I)
# A photo's credit closing its caption: "(AP Photo/Vincent Yu)", "(Muhammad Hamed/Reuters)", "(Al Seib / Los Angeles
# Times)". The caption is the sentence it closes: it tells where a picture was taken, not where the report's acts
# happened. Read after a mention with no sentence end between, but the one that closes the caption.
PHOTO_CREDIT_AFTER = re.compile(r"[^.!?()\n]*(?:\n(?![ \t]*\n)[^.!?()\n]*){0,3}[.!?]?\s*\((?:AP\s+Photo|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'"
                                r"\u2019-]*){1,3})\s*/\s*(?:AP\s+Photo\s*/\s*)?[A-Z][^()\n/]{1,40}\)")
BOILERPLATE = re.compile(
    r"(?:\b(?:also read|read more|related:|click here|subscribe|sign up|newsletter|published in|reach [A-Z][a-z]+ "
    r"[A-Z]\w+ at|follow (?:us|him|her) on|pic\.twitter\.com|photo:|image:|file photo|copyright|all rights reserved|"
    r"press release|for immediate release|media contact|"
    # a note of where and when the text first appeared ("This statement was originally published on cpj.org on 31
    # December 2021"): the day of the text, no act's
    r"(?:this|the) (?:statement|article|story|report|piece|post|interview|op-ed|commentary|analysis) (?:was |has been )?"
    r"(?:originally|first) (?:published|appeared|posted|ran)\b)"
    r"|^(?:read|watch|listen|see also|more):\s|@\w+\.\w+|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|^\W*$)", re.I)

# Head nouns that turn an event word before them into the name of a kind of thing ("kidnapping map",
# "kidnapping gang"); others keep it an event ("suicide attacker", "artillery fire", "kidnapping incident").
KIND_HEADS = {"map", "gang", "ring", "syndicate", "rate", "charge", "suspect", "kingpin", "law", "industry",
               "business", "epidemic", "trend", "statistic", "figure", "capital", "hotspot", "network", "season",
               "policy", "threat", "risk", "prevention", "unit", "squad", "gear", "equipment", "training", "expert",
               "warrant",
               # a court's proceeding named by its offence, "sentenced in the factory arson case", "a murder trial":
               # the guide codes no trial or verdict, and the offence is an earlier act
               "case", "trial", "verdict", "hearing",
               # a side or a plague of a situation, not an occurrence: "the kidnapping element", "the kidnapping menace"
               "element", "aspect", "dimension", "problem", "menace", "scourge", "phenomenon"}

# Nouns whose "of" + a bare event noun names a kind of event ("powers of arrest", "the risk of attack").
KIND_OF_HEADS = {"power", "powers", "risk", "threat", "fear", "danger", "crime", "offence", "offense",
                  "law", "laws", "policy", "practice", "culture", "cycle", "tactic", "use", "form", "kind", "type",
                  "warrant", "warrants"}

# Nouns naming who acts, not what happens: an event only when they are the one doing something.
AGENT_NOUNS = {"gang", "gangs", "gangster", "gangsters", "bandit", "bandits", "cartel", "cartels", "trafficker",
                "traffickers", "smuggler", "smugglers", "robber", "robbers", "mob", "mobs", "gunmen", "attackers",
                "assailants", "envoy", "envoys", "delegation", "delegations", "vigilantes", "rioters"}

# Verbs of diplomatic contact: an envoy or a delegation makes a Diplomacy event only by one of them.
CONTACT_VERBS = {"meet", "visit", "arrive", "hold", "talk", "travel", "receive", "host", "call", "discuss", "negotiate",
                  "sign", "attend", "welcome", "land", "go", "come", "hand", "deliver", "tour", "confer", "consult"}

# Words that make an event noun a mention of one told before ("the kidnapping", "their attack").
DEFINITE_WORDS = ("the", "this", "that", "these", "those", "its", "their")

# Prepositions that make an event noun the scene of what the sentence reports ("following the attack").
CIRCUMSTANCE_PREPS = {"following", "after", "during", "since", "before"}
# Nouns whose "of" makes an event the time of what a clause tells ("in the wake of Monday's storms", "in the aftermath
# of the raid"), as CIRCUMSTANCE_PREPS do.
AFTERMATH_NOUNS = frozenset({"wake", "aftermath"})

# Number words of 50 or more ("hundreds", "dozens of supporters"): a count of many events, not one.
LARGE_COUNT_WORDS = ("hundred", "hundreds", "thousand", "thousands", "dozens")
# Quantifiers that stand alone as a subject for an unnamed plural ("many are arrested"): a bare plural, no one group.
QUANTIFIER_PRONOUNS = frozenset({"many", "most", "some", "others", "few"})

# Verbs of a body of people moving or spreading as one ("4,000 troops have fanned across the border", "1,000 marines
# have arrived in Kandahar", "thousands have gathered in the square"): the count of their subject is the size of that
# one body, one movement, not a running total of acts (discourse.not_news's tally).
BODY_MOVES = frozenset({"arrive", "enter", "fan", "cross", "move", "advance", "deploy", "redeploy", "gather", "march",
                        "converge", "pour", "roll", "spread", "assemble", "mass", "land"})

# Quantifiers of a share of a group ("many of our leaders have been arrested", "most of the staff have been detained",
# "many of the abducted students have been freed"): as the subject of a perfect with no day, a running total of
# acts of any type, as a large count is (LARGE_COUNT_WORDS), not one incident.
SHARE_OF_MANY = frozenset({"many", "most"})

# Words of mourning an event's victims ("a vigil was held for the victims of the mosque bombing", "gathered to mourn
# the victims of the school bombing"): the event mourned happened before; the mourning is the news.
MOURNING_WORDS = frozenset({"vigil", "funeral", "memorial", "commemoration", "mourn", "commemorate", "honour", "honor",
                            "remember", "pray", "prayer", "tribute"})

# Words of burying the dead ("mourners buried 11 protesters shot dead", "the 11 killed were buried on Tuesday"):
# the dead were killed by the burial's day, not on it (burials.py).
BURIAL_WORDS = frozenset({"bury", "burial", "funeral", "rebury"})

# Verbs of continuing whose complement, in the present, tells a practice going on ("doctors continue to be
# arrested", "journalists keep disappearing"): practice.py.
CONTINUING = frozenset({"continue", "keep", "persist"})
# The conjunctions of a clause in the simple past that sets a past progressive at one point ("were being beaten when
# reporters arrived", "as they fled"): one occasion, no practice (practice.py).
OCCASION_MARKERS = frozenset({"when", "as", "while"})
# Prepositions that name an act as the means of what a present verb tells ("this is done through mass arrests",
# "the regime silences critics via abductions"): the act as the way of a practice, no occurrence (practice.py).
MEANS_PREPOSITIONS = frozenset({"through", "via"})
# What people are taken for that is the taking's own purpose, not their conduct ("are detaining men for questioning"):
# one act of taking going on, no practice (practice._progressive_for_conduct).
TAKING_PURPOSES = frozenset({"question", "interrogate", "investigate", "screen", "verify", "process"})

# States of affairs an event brings about in politics and opinion ("Those clashes have created an unstable
# situation", "the air strikes opened major divisions in his government"): as the object of a verb whose subject is
# an event noun, the sentence tells the event's effect, the event itself told before or known (talked_of.py).
EFFECT_STATES = frozenset({"situation", "division", "rift", "split", "tension", "fear", "crisis", "uncertainty",
                           "instability", "debate", "controversy", "row", "backlash", "concern", "outrage", "anger",
                           "criticism", "alarm", "panic", "speculation", "question"})

# The preposition that gives examples of a broader noun ("constant violence, including suicide bombings and air
# raids"): bare plurals in its list are kinds (discourse.is_listed_kind).
LIST_OF_EXAMPLES = ("including",)
