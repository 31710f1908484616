"""Content flags: graphic violence and similar warnings, with the cue (stage sitroom.flags.v1)."""

import re

from ..records import ContentFlag
from ..registry import stage

NAME = "sitroom.flags.v1"

# Cue patterns per flag. Kept to explicit wording: a flag must point at its cue.
CUES = {
    "graphic violence": re.compile(
        r"\b(?:18\+|graphic (?:footage|images|video)|shocking footage|beheade?d?|beheading|mutilat\w+|"
        r"execution\w*|executed|shooting of surrendered|bodies (?:of|were)|massacre\w*)",
        re.IGNORECASE,
    ),
    "sexual violence": re.compile(r"\b(?:rape[ds]?|raping|sexual(?:ly)? (?:violence|assault\w*|abuse\w*))\b", re.IGNORECASE),
    "child casualties": re.compile(r"\b(?:children|child|infants?|toddlers?) (?:were |was )?(?:killed|wounded|injured|dead)\b", re.IGNORECASE),
}


@stage(NAME, requires=("doc",), assigns=("flags",))
def make_flags():
    def run(ctx):
        for flag, rx in CUES.items():
            for m in rx.finditer(ctx.text):
                ctx.flags.append(ContentFlag(
                    flag=flag, cue=m.group(0), start=m.start(), end=m.end(),
                    sentence=ctx.sentence_index(m.start()), extractor=NAME,
                ))
    return run
