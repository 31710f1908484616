"""Words of an act retold after its means was told (extract/events/means.py)."""

from __future__ import annotations

import re

# The act a sentence retells by a definite noun ("The attack killed 63 guests", "nine people were killed in the
# attack", "Saturday's assault left 12 dead"): after a sentence that tells the act by its means ("A suicide bomber
# struck a wedding party"), it is that act, its victims the means' victims. (A sentence that says it is another act
# is not: separate.another_incident.)
ACT_RETOLD = re.compile(r"\b(?:the|this|that|[A-Z][a-z]+day's) (?:(?:deadly|latest|same|brazen|horrific|suspected) )?"
                        r"(?:attack|assault|incident)\b", re.I)
