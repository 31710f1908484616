"""English data of ``sitroom/extract/flags.py``: the words and patterns it reads."""

from __future__ import annotations

import re

PEOPLE = (r"(?:soldiers?|prisoners?|captives?|civilians?|men|women|children|people|hostages?|detainees?|"
           r"fighters?|troops|policemen|officers?|villagers?|residents?|journalists?|activists?|\w+ists)")

HORS_DE_COMBAT = r"(?:surrendered|captured|detained|unarmed|wounded|bound|blindfolded|kneeling|defenceless|defenseless)"

CUES: dict[str, re.Pattern] = {
    "graphic violence": re.compile(
        r"(?<![\w+])18\+(?!\w)"
        r"|\b(?:shocking|graphic|disturbing|gruesome|horrific|harrowing|brutal) (?:footage|images?|videos?|photos?|pictures?|scenes?|content)"
        r"|\bviewer discretion\b|\bwarning: graphic\b"
        rf"|\b(?:shooting|killing|execution|executions|massacre|murder|slaughter|beheading) of {HORS_DE_COMBAT} {PEOPLE}"
        rf"|\bexecut(?:ed|ing|es?) (?:\w+ ){{0,2}}{PEOPLE}\b|\b{PEOPLE} (?:were|was|being) executed\b"
        r"|\b(?:mutilated|charred|decomposed|mangled|headless) (?:bodies|corpses?|remains)\b|\bmass graves?\b"
        r"|\bbeheade?d?\b|\bbeheadings?\b|\bdecapitat\w+|\bmutilat\w+|\bdismember\w+|\bburn(?:ed|t) alive\b"
        r"|\btortur(?:ed|ing) to death\b|\blynch(?:ed|ing)\b|\bmassacres?\b",
        re.IGNORECASE,
    ),
    "sexual violence": re.compile(
        r"\b(?:rape[ds]?|raping|gang-?rape\w*|sexual(?:ly)? (?:violence|assault\w*|abuse\w*|slavery|exploitation))\b",
        re.IGNORECASE,
    ),
    "child casualties": re.compile(
        r"\b(?:children|child|infants?|toddlers?|babies|baby|boys?|girls?|minors?) (?:were |was |have been |had been )?"
        r"(?:killed|wounded|injured|dead|died|shot|maimed)\b",
        re.IGNORECASE,
    ),
}
