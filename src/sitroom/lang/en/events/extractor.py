"""English data of ``sitroom/extract/events/__init__.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# A sentence that starts by pointing back ("They ...", "The delegation ...") takes its actors from the one before.
# "The (security) force ..." is how operation reports go on about the force of their first sentence (not "The force
# of the blast ...", a blast's strength).
ANAPHOR = re.compile(r"^(?:they|it|he|she|this|these|the (?:group|delegation|militants|fighters|attackers|rebels|"
                      r"insurgents|troops|soldiers|forces|army|police|gunmen|assailants|"
                      r"(?:(?:combined|joint|security|assault) )*force(?! of\b)))\b", re.I)

# The anaphors that name a kind of party: "The militants had captured the town" points back to the armed group
# named before, not to whoever acted in the sentence before (the troops who retook it).
NON_STATE_ANAPHOR = re.compile(r"^the (?:militants|fighters|attackers|rebels|insurgents|gunmen|assailants)\b", re.I)
STATE_ANAPHOR = re.compile(r"^the (?:troops|soldiers|forces|army|police)\b", re.I)
