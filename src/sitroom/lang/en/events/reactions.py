"""English data of ``sitroom/extract/events/reactions.py``: the words and patterns it reads."""

from __future__ import annotations

# Subjects that are the demonstrators themselves: "protesters denounced the verdict" is a protest report.
CROWD = {"protester", "demonstrator", "marcher", "crowd", "people", "thousand", "hundred", "dozen", "resident",
         "student", "worker", "supporter", "woman", "man", "youth", "teacher", "doctor", "nurse", "farmer", "trader",
         "activist", "villager", "family", "relative", "mother", "rally", "march", "demonstration", "protest"}
