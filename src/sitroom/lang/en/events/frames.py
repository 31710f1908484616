"""English data of ``sitroom/extract/events/frames.py``: the words of frames that tell an act as no news."""

from __future__ import annotations

# People named by what was done to them ("the affectees of the Baldia factory fire", "survivors of the massacre",
# "the families of the victims"): an "of" phrase on them names the act they suffered, told before, as the news is
# what they do now (a press conference, a march, a lawsuit).
SUFFERERS = frozenset({"victim", "survivor", "affectee", "family", "relative", "widow", "orphan", "bereaved",
                       "next-of-kin"})

# Verbs by which people give an account of what was done to them, with the act as their gerund ("at least 22 women
# have reported being sexually assaulted", "others reported being beaten during interrogations", "complained of
# being tortured"): the content of complaints or testimony, a count of accounts, not an incident the article reports.
ACCOUNT_VERBS = frozenset({"report", "complain", "recount", "describe", "recall", "allege", "testify"})
