"""English data of ``sitroom/extract/events/victim_list.py``: the words of a coordinated list of victims ("three
soldiers and a civilian", "a farmer and his two sons") told as the subject of a passive killing or the object of an
active one."""

from __future__ import annotations

import re

from ..kin import KIN_ONE
from .counts import DIED, KILL_V, ONE_PERSON, QUAL, WORD_NUM

# A member's opening: a figure ("three", "two dozen", "15") or one person's article or possessive ("a", "his",
# "the village's"); "his two sons" has both (the figure counts).
_FIGURE = rf"(?:(?:\d+|{WORD_NUM}) dozen|\d+|{WORD_NUM})"
_ONE_DET = r"(?:a|an|one|his|her|their|its|[A-Z][\w-]*['’]s)"
# One person's noun, with kin (a family killed together: "a farmer and his son").
# The attacker killed beside his victims is one of the dead ("the suicide bomber and eight others were killed": 9).
# A person's partner in the act or his aide, one member too ("Police killed the gunman and his accomplice": 2).
_ONE_NOUN = (rf"(?:{ONE_PERSON}|{KIN_ONE}|colleague|friend|neighbou?r|companion|"
             rf"accomplice|associate|assistant|deputy|comrade|partner)")
# Words that end a member's noun phrase or are not of it: harm, verbs, clauses, places' and times' prepositions.
_STOP = (r"(?:and|or|as|well|plus|were|was|are|is|have|has|had|been|being|be|killed|dead|died|wounded|injured|hurt|"
         r"who|whom|whose|which|that|in|on|at|near|by|from|during|after|before|when|while|including|among|with|"
         r"the|a|an|one|his|her|their|its|" + WORD_NUM + r"|\d+)")
_WORD = rf"(?!{_STOP}\b)[A-Za-z][\w'’-]*"
# A numbered member's words: at most three, then "of" and its owner ("five members of the Afghan opposition"),
# and a bare noun joined by "and" shares the figure ("two dozen police officers and soldiers": 24).
_NOUNS = rf"{_WORD}(?: {_WORD}){{0,2}}(?: of (?:the )?{_WORD}(?: {_WORD}){{0,2}})?(?: and {_WORD}(?= and\b| were\b| killed\b|[,.;]|$))?"
# Time and measure nouns: "after two days, three soldiers ..." is no member.
NOT_PEOPLE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|times?|attacks?|incidents?|villages?|"
                         r"towns?|districts?|provinces?|km|kilometres?|miles?|percent|rounds?|shells?|rockets?|bombs?|"
                         r"vehicles?|cars?|trucks?|houses?|homes?|buildings?)\b", re.I)

# (a share of one's group: "six of his bodyguards", "two of their children")
NUMBERED = re.compile(rf"{QUAL}(?:(?:{_ONE_DET}) )?(?P<n>{_FIGURE}) (?:of (?:his|her|their|its|the) )?(?P<who>{_NOUNS})",
                      re.I)
# One person, with the place or body of their office ("the governor of Aden") and their name in apposition ("a tribal
# leader, Ahmed Saleh,"): a title and a name are one member ("the governor of Aden and six of his bodyguards": 7).
_NAME = r"[A-Z][\w.'’-]*(?: (?:al-|bin |ibn |de |van )?[A-Z][\w.'’-]*){0,3}"
# (a noun of a person may head another: "a rebel commander", "a police officer", "a militia leader"'s last word ends it)
SINGLE = re.compile(rf"(?:{_ONE_DET}|the) (?:{_WORD} ){{0,3}}?(?P<who>{_ONE_NOUN})\b(?!['’]s)(?: {_ONE_NOUN}\b(?!['’]s))*"
                    rf"(?: of (?:the )?(?-i:{_NAME}))?(?:, (?-i:{_NAME})(?=,))?", re.I)
# A pronoun for one person opens a list of dead ("She and her two daughters were killed": 3, "killed him and his
# son": 2); only as its first member.
PRONOUN_FIRST = re.compile(r"(?:he|she|him|her)\b(?= and )", re.I)
JOINER = re.compile(r"(?:,? (?:and|as well as|plus) |, )")
# Generic nouns that sum up others in apposition ("killed three people, two soldiers and a civilian").
GENERIC = re.compile(r"\b(?:people|persons|individuals|others|victims|casualties)$", re.I)

# The verb after a subject list: a passive killing (an auxiliary, or a verb of dying); a bare participle only with
# no object after it ("three gunmen and a bomber killed five people" tells doers).
PASSIVE_AFTER = re.compile(rf" {DIED}\b", re.I)
BARE_PARTICIPLE = re.compile(r" (?:killed|shot dead|gunned down|executed|murdered|assassinated)\b", re.I)
# ... or the dead named as a list ("The dead included three children and a policeman": 4; "Among those killed were two
# soldiers and a nurse"): the list is every member of the dead.
ACTIVE_BEFORE = re.compile(rf"\b(?:{KILL_V}|(?:the dead|those killed|the fatalities|the deceased)(?: (?:included|include|"
                           rf"were|are)|:)|among (?:the dead|those killed|the fatalities)(?:,? (?:were|are))?) $", re.I)
# After an object list, no verb of its own ("killed two soldiers and a civilian was wounded").
# (or one that lived: "killed the gunman and his accomplice escaped")
OWN_VERB = re.compile(r" (?:was|were|is|are|had|has|have|died|wounded|injured|fled|escaped|survived|surrendered|ran)\b", re.I)
