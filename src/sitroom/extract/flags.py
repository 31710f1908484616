"""Content flags: graphic violence and similar warnings, with the cue that raised them (stage sitroom.flags.v1).

A flag points at its cue: the words in the text that warrant it ("18+",
"shocking footage", "shooting of surrendered soldiers"). Cues are explicit
wording only: a report of fighting is not flagged for graphic violence unless it
shows, describes or warns of it, and policy terms ("extrajudicial killings") are
not graphic in themselves. Ambiguous words need company: "executed" flags
only with people as its object ("executed three prisoners"), not "executed a plan".
"""

from __future__ import annotations

import re

from ..records import ContentFlag
from ..registry import stage

NAME = "sitroom.flags.v1"

_PEOPLE = (r"(?:soldiers?|prisoners?|captives?|civilians?|men|women|children|people|hostages?|detainees?|"
           r"fighters?|troops|policemen|officers?|villagers?|residents?|journalists?|activists?|\w+ists)")
_HORS_DE_COMBAT = r"(?:surrendered|captured|detained|unarmed|wounded|bound|blindfolded|kneeling|defenceless|defenseless)"

CUES: dict[str, re.Pattern] = {
    "graphic violence": re.compile(
        r"(?<![\w+])18\+(?!\w)"
        r"|\b(?:shocking|graphic|disturbing|gruesome|horrific|harrowing|brutal) (?:footage|images?|videos?|photos?|pictures?|scenes?|content)"
        r"|\bviewer discretion\b|\bwarning: graphic\b"
        rf"|\b(?:shooting|killing|execution|executions|massacre|murder|slaughter|beheading) of {_HORS_DE_COMBAT} {_PEOPLE}"
        rf"|\bexecut(?:ed|ing|es?) (?:\w+ ){{0,2}}{_PEOPLE}\b|\b{_PEOPLE} (?:were|was|being) executed\b"
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


@stage(NAME, requires=("doc",), assigns=("flags",))
def make_flags():
    """Stage: every flag cue of the document into ``ctx.flags``, one flag per cue occurrence."""

    def run(ctx) -> None:
        ctx.flags.extend(find_flags(ctx.text, ctx.sentence_index))

    return run


def find_flags(text: str, sentence_of=lambda _offset: 0) -> list[ContentFlag]:
    """Content flags of ``text`` with their cues, in text order.

    sentence_of (callable): maps a character offset to its sentence index.
    """
    flags = []
    for flag, rx in CUES.items():
        for m in rx.finditer(text):
            flags.append(ContentFlag(flag=flag, cue=m.group(0), start=m.start(), end=m.end(),
                                     sentence=sentence_of(m.start()), extractor=NAME))
    return sorted(flags, key=lambda f: f.start)
