"""English data of ``sitroom/extract/events/__init__.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# A sentence that starts by pointing back ("They ...", "The delegation ...") takes its actors from the one before.
ANAPHOR = re.compile(r"^(?:they|it|he|she|this|these|the (?:group|delegation|militants|fighters|attackers|rebels|"
                      r"insurgents|troops|soldiers|forces|army|police|gunmen|assailants))\b", re.I)
