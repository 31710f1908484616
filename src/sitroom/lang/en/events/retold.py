"""English data of ``sitroom/extract/events/retold.py``: the words by which a sentence names an event it does not
tell as news (the topic of a work, a commercial deal, an act still to come, an
incident named by its year, the start of a period, a weapon named as a thing)."""

from __future__ import annotations

import re

# An event named as the topic of a work ("produced stories about the survivors of the earthquake", "a documentary on
# the massacre"): the work is the news, not the event. (Not "reports of": that attributes the event, it does not name
# a work's topic; not an inquiry's topic either: "called for an investigation into the airstrike that killed 30 in
# Idlib on Monday" codes the airstrike, the guide's event named inside a reaction with its own time and place.)
TOPIC_OF = re.compile(
    r"\b(?:stories|story|articles?|documentar(?:y|ies)|films?|books?|memoirs?|coverage) (?:about|on) (?:[\w'-]+ ){0,4}$",
    re.I)

# A business party to an agreement (the guide v1.4: commercial and civil settlements are not coded): "the company
# behind the gas project has reached an agreement with the government". ("a company of soldiers" is a unit.)
COMMERCIAL_PARTY = re.compile(r"\b(?:company|companies|firm|corporation|consortium|conglomerate)\b(?! of|'s)", re.I)
# ... after the agreement's noun, only as the party it is with ("reached a deal with the mining company"; not "a peace
# deal ending fighting that had shut the company's mines").
COMMERCIAL_PARTNER = re.compile(r"^\W*[\w'-]+(?:\s+[\w'-]+){0,3}?\s+with\s+(?:[\w'-]+\s+){0,3}?(?:company|companies|firm|"
                                r"corporation|consortium|conglomerate)\b(?! of)", re.I)

# An event named as the start of a period ("the fourth rate cut since the September 11 suicide attacks", "tensions have
# soared since the raid"): the period is what the sentence tells; the event is its reference point, told (when news) by
# a sentence of its own. Only the noun phrase after "since", not across a relative clause or a conjunction ("since
# the attack on Monday that killed five", "since the pandemic began and saw rioters clash" tell acts), nor a clause
# of its own (SINCE_CLAUSE_AT: "since the demonstrations began" tells them going on, with their own day at times).
SINCE_NAMED = re.compile(r"\bsince\s+(?:the|(?:last\s+)?[\w'’-]+['’]s)\s+(?:(?!(?:that|which|who|whom|when|where|as|and|"
                         r"but|or)\b)[\w'’-]+\s+){0,4}$", re.I)
# Where that phrase ends: at a clause's punctuation or a relative pronoun ("since the raid on Monday that killed five":
# the relative clause tells the act).
SINCE_PHRASE_END = re.compile(r"[,;:.!?—–]|\b(?:that|which|who)\b", re.I)
SINCE_CLAUSE_AT = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:began|begun|started|broke out|erupted|ended|took place|"
                             r"happened|occurred|have|has|had|were|was)\b", re.I)

# A weapon named as a thing made, owned, traded or defended against, not used ("missile defence", "the export of
# missile technology", "a bomber armed with bombs and cruise missiles", "helped the network develop a nuclear bomb"):
# ACLED codes the use of a weapon, and none is told. (Equipment in the present only: "gunmen armed with bombs stormed
# the hotel" tells an attack by armed men.) WEAPON_THING_BEFORE ends before the weapon's word, WEAPON_THING_AFTER
# starts at it.
WEAPON_THING_BEFORE = re.compile(
    r"\b(?:(?:is|are) armed with|(?:the )?(?:development|export|exports|import|imports|sale|sales|purchase|production|manufacture|"
    r"proliferation|possession|stockpiles?|arsenals?) of|develop(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|possess(?:es|ed|ing)?|"
    r"export(?:s|ed|ing)?|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|stockpil(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing))\s+"
    # (only the weapon's own words between: "a nuclear bomb", "bombs and cruise missiles"; not "armed with rifles fired")
    r"(?:(?:an?|the|its|their|his|her|more|new|nuclear|atomic|hydrogen|dirty|ballistic|cruise|guided|laser-guided|"
    r"long-range|short-range|medium-range|intercontinental|anti-[\w-]+|surface-to-[\w-]+|air-to-[\w-]+|smart|"
    r"precision|and|or|[\d,]+|bombs|missiles|rockets)\s+){0,4}$", re.I)
# ... the weapon's word itself, at the cue (a noun of the weapon, not of its use: "bomb attacks", "rockets hit"; not a
# compound's first part: "rocket-propelled grenades").
WEAPON_AT = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:missiles?|bombs?|rockets?|warheads?)(?![\w-])(?!\s+(?:attacks?|strikes?|"
                       r"blasts?|explosions?|explod\w*|went off|hit|struck|landed|killed|wounded|injured|fell)\b)", re.I)
WEAPON_THING_AFTER = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:missiles?|bombs?|rockets?|warheads?)\s+(?:defen[cs]es?|technolog(?:y|ies)|programs?|programmes?|"
    r"shields?|tests?|testing|capabilit(?:y|ies)|arsenals?|stockpiles?|factor(?:y|ies)|proliferation|know-how|"
    r"components?|parts)\b", re.I)

# Words that put an act still to come before its noun: "are about to sign a deal", "paving the way for peace
# talks", "on the verge of an agreement" (the guide: plans are no events). (Not "close to": also a place, "sources
# close to the case".)
# (Not across a clause: "were about to pray when gunmen opened fire", "on the brink of war after clashes killed 20"
# tell the act that happened.)
NOT_YET_BEFORE = re.compile(r"\b(?:about to|on the verge of|on the brink of|(?:pav(?:e|es|ed|ing)|clear(?:s|ed|ing)?)"
                            r" the way (?:for|to))(?:\s+(?!(?:when|after|as|before|while|until|but|and|because|since|"
                            r"then)\b)[\w'-]+){0,4}\s*$", re.I)
# ... or after it, as its own predicate: "an agreement was about to be signed", "talks are due to begin" (the
# noun's own passive or beginning: "a rally in Washington is scheduled to speak" is said of another subject).
NOT_YET_AFTER = re.compile(r"^[\w'-]*(?:\s+[\w'-]+){0,2}\s+(?:is|was|are|were)\s+(?:about|due|poised|yet|scheduled|set)"
                           r"\s+to\s+(?:be|begin|start|resume|open|take place)\b", re.I)

# A meeting or a deal named as a purpose or a goal (the guide v1.4: planned meetings and offers of talks are no
# contact): "conditions for resuming peace negotiations", "priorities for his visit", and "will go to Jakarta for a
# summit meeting" (a purpose of an act still to come: FUTURE before it). ("joined the ministers for talks" took place.)
GOAL_FOR = re.compile(r"\b(?:conditions?|priorit(?:y|ies)|plans?|preparations?|hopes?|calls?|demands?|proposals?|"
                      r"requests?|push|bids?)\s+for\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
PURPOSE_FOR = re.compile(r"\bfor\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|plans? to|intends? to|(?:is|are) going to|(?:is|are) due to)\b", re.I)

# An incident the text names by its year and a place or a name ("the 1999 Interlaken canyoning tragedy", "the 1919
# Seattle general strike", "the deadly 2019 Easter Sunday bombings", "the Armistice Day 1919 Centralia event"): an old
# incident, named so because it is not this week's news. Up to two words may stand between "the" and the year (an
# epithet, the day's name).
# (Not after "since": "the deadliest attack since the 1998 Nairobi embassy bombing" names what the news is compared
# with, it does not retell it. A sentence that opens with "Since" starts a period at the incident: "Since the 2019
# Easter Sunday bombings, the authorities have detained hundreds".)
YEAR_NAMED = re.compile(r"(?<!\bsince )\b[Tt]he ((?:[\w'-]+ ){0,2}?)((?:1[89]|20)\d\d) ((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})")
# The same old incident told by its place and year in one phrase ("was foiled by a customs officer in London in
# 1984"): a sentence that tells an act there, then.
YEAR_PLACED = re.compile(r"\bin ((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3}) in ((?:1[89]|20)\d\d)\b")
