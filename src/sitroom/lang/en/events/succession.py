"""English data of ``sitroom/extract/events/act_days.py``'s earlier act: "X came two days after Y"."""

from __future__ import annotations

import re

# "The discovery came 10 days after 39 bodies were found", "Sunday's explosion came just two days after two bombs
# killed six police officers", "The announcement came hours after Taliban fired ...": a verb of succession, then a
# count of days, nights, weeks or hours (the count may be left out of hours: "hours after") and "after" or "before".
# The act told after it happened that long before (or after) the act named before it. A vague count of days ("just
# days after") gives no day and is not matched.
# A count set off by a comma after the later act's clause tells the same ("was released on bail on Tuesday, two
# days after his arrest": the arrest was on the Sunday).
SUCCESSION = re.compile(
    r"(?:\b(?:came|comes|come|coming|followed|follows|occurred|occurs|happened|happens)|,)\s+"
    r"(?:(?:just|only|barely|some|about|around|nearly|almost|less than|more than|over)\s+){0,2}"
    r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?P<unit>hours?|days?|nights?|weeks?)\s+(?P<dir>after|before)\b", re.I)
# A relative pronoun between the event's word and the verb of succession: the word is no subject that opens the
# sentence ("a raid that came a week after the elections").
RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.I)
