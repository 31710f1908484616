"""English data of ``sitroom/extract/events/reactions.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from .arguments import REACTION_VERBS

# Reaction verbs (the ones that keep a reacting party out of an event's actors) and appeals: their subject
# comments on something, it does not demonstrate.
REACTIONS = REACTION_VERBS | {"blast", "call", "urge", "appeal", "welcome", "praise", "hail", "complain", "regret",
                              "warn", "demand", "ask", "question", "dismiss", "reject"}

# Subjects that are the demonstrators themselves: "protesters denounced the verdict" is a protest report.
CROWD = {"protester", "demonstrator", "marcher", "crowd", "people", "thousand", "hundred", "dozen", "resident",
         "student", "worker", "supporter", "woman", "man", "youth", "teacher", "doctor", "nurse", "farmer", "trader",
         "activist", "villager", "family", "relative", "mother", "rally", "march", "demonstration", "protest"}

# Words of talking or feeling about something: an event word that is their topic ("comment on the
# withdrawal", "expressed concern over the arrests", "reacted to the killing") is talked about, not reported.
TALK_ABOUT = REACTIONS | {"comment", "talk", "speak", "remark", "react", "respond", "reflect", "debate", "discuss",
                          "testify", "statement", "reaction", "response", "concern", "outrage", "anger", "condolence",
                          "sympathy", "shock", "grief", "sorrow", "dismay", "alarm", "indignation", "condemnation",
                          "criticism", "protest"}

# Prepositions that attach the topic of such words.
TOPIC_PREPS = {"on", "about", "over", "to", "regarding", "at", "of"}

# Verbs of feeling whose subject reacts to what it is told ("I am appalled by this latest attack", "We are
# concerned by reports of ceasefire violations"): a statement of feeling, not a report.
FEELINGS = {"appal", "appall", "concern", "sadden", "shock", "horrify", "dismay", "alarm", "disturb", "outrage",
            "trouble", "worry", "distress", "grieve", "heartbreak"}

# Subjects a feeling verb takes that are places, not speakers ("the town was shocked by a car bomb"): the
# sentence tells the act.
PLACE_NOUNS = {"city", "town", "village", "area", "region", "country", "capital", "neighbourhood", "neighborhood",
               "district", "community", "nation", "building", "market", "street"}

# Stances a speaker states ("We remain firmly committed to working closely with Turkey", "the government is
# determined to defeat terrorism"): a statement, not a report.
STANCES = {"committed", "commit", "determined", "determine", "resolved", "resolute", "steadfast", "united"}

# Verbs that pass on a feeling ("convey my deepest condolences", "express our sympathy"), and the feelings.
CONVEY = {"convey", "express", "offer", "extend", "send", "voice"}
FEELING_NOUNS = {"condolence", "sympathy", "concern", "sorrow", "grief", "outrage", "shock", "dismay", "solidarity",
                 "thought", "prayer"}

# Verbs of approval whose object is a published account ("welcomes the Board of Inquiry's summary of its
# investigation into the attack"): the statement reacts to the account, the act is told elsewhere.
APPROVE = {"welcome", "praise", "hail", "commend", "applaud", "endorse", "note"}
ACCOUNT_NOUNS = {"report", "summary", "finding", "findings", "inquiry", "investigation", "resolution", "decision",
                 "statement", "publication", "conclusion", "review", "verdict"}

# Verbs of appeal and pledge whose subject states what should or will be done about an act ("Anti-abuse groups are
# calling on the Governor-General to resign", "the minister vowed never to forget the victims"): a statement.
APPEALS = {"call", "urge", "appeal", "demand", "vow", "pledge", "promise"}

# Modals of obligation: a main clause that says what someone must or should do ("the church leader says the
# Governor-General must clarify his statement on the abuse claims") states a demand (not "must have": a guess).
OBLIGATION = {"must", "should", "ought"}

# Heads of a verbless heading that is a statement ("Foreign Secretary statement on UN chemical weapons report").
STATEMENT_NOUNS = {"statement", "condolence", "reaction", "comment", "remarks"}

# Verbs that put out a text, and the texts (STATEMENT_NOUNS and the like): a main clause that says someone issued a
# statement about or responding to something ("Dr Hollingworth has released a statement responding to claims he
# failed to act on abuse") tells talk, not an act; what the text says ("a statement saying troops killed 20")
# is another matter (reactions.is_reaction_statement).
ISSUE_VERBS = {"release", "issue", "publish", "deliver", "make", "post", "send"}
ISSUED_TEXTS = STATEMENT_NOUNS | {"message", "speech", "letter", "communique", "communiqué", "address"}
# A text's topic is told by TOPIC_PREPS but "to", "at" and "of", which name its addressee, venue or maker ("sent a
# letter to the minister", "delivered a speech at the rally", "the statement of the ministry").
TEXT_TOPIC_PREPS = TOPIC_PREPS - {"to", "at", "of"}

# Verbs through whose "to" complement a speaker tells their own statement ("I want to convey ...").
WISH = {"want", "wish", "like", "wanna"}

# Words of an inquiry into an act ("Arson investigators were back at the scene Thursday", "took charge of
# the investigation", "were unable to investigate several reported deaths"): who looks into an act does not
# report it.
INQUIRY = {"investigate", "investigation", "investigator", "probe", "inquiry", "enquiry", "forensic", "examine",
           "examination", "autopsy", "post-mortem"}

# Care given to the hurt: "Our teams at the Southern Hospital received 130 wounded people", "doctors treated 40
# injured": what a hospital did after an act, not the act (the act is coded from its own report).
CARE_VERBS = {"receive", "treat", "admit", "tend"}
CARED_FOR = {"wounded", "injured", "patient", "casualty", "hurt"}

# The state of someone hurt, told after the act that hurt them ("He had bruises on his face", "She was taken to a
# hospital in Harare"): what the victim bore or where they were carried, not an act of its own.
CONDITION_VERBS = {"have", "bear", "appear", "look"}
WOUNDS = {"wound", "bruise", "injury", "fracture", "burn", "scar", "gash", "cut", "mark", "broken", "swelling"}
CARRIED_VERBS = {"take", "rush", "carry", "bring", "transfer", "fly", "evacuate", "admit"}
HOSPITALS = {"hospital", "clinic", "infirmary"}

# A name a speaker gives to a thing, ending right before the event word it calls it ("Foreign ministers have
# dubbed it in-flight kidnapping", "branded the raid an abduction", "described it as a massacre"): the event word
# judges an act told elsewhere (reactions.named_as). The thing named is a pronoun or a short definite noun; a
# verb that also means "to tell" ("describe", "call") needs "as" or a pronoun for it.
NAMED_AS = re.compile(
    r"\b(?:(?:dubb|brand|label+|term)(?:ed|ing|s)?\s+(?:it|this|that|them|th(?:e|is|at|ese|ose)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+as)?|(?:call(?:ed|ing|s)?)\s+(?:it|this|that|them)(?:\s+as)?|"
    r"(?:describ|characteri[sz]|denounc|condemn|decr)(?:e|es|ed|ing|ied|ies|y)?\s+(?:it|this|that|them|"
    r"th(?:e|is|at|ese|ose)\s+[\w-]+(?:\s+[\w-]+)?)\s+as)"
    r"\s+(?:(?:an?|the|pure|sheer|blatant|nothing\s+but)\s+)?(?:[\w\"“”'-]+\s+){0,3}[\"“']?$", re.I)
# ... unless the event word is a second object joined to the first ("condemned the attack as well as the abduction of
# three priests"): the "as" of "as well as" names nothing.
JOINED_OBJECT = re.compile(r"\b(?:as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to)\s+"
                           r"(?:[\w\"“”'-]+\s+){0,3}$", re.I)
