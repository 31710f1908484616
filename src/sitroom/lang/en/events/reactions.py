"""English data of ``sitroom/extract/events/reactions.py``: the words and patterns it reads."""

from __future__ import annotations

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
