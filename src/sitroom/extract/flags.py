"""Content flags: graphic violence and similar warnings, with the cue that raised them (stage sitroom.flags.v1).

A flag points at its cue: the words in the text that warrant it ("18+",
"shocking footage", "shooting of surrendered soldiers"). Cues are explicit
wording only: a report of fighting is not flagged for graphic violence unless it
shows, describes or warns of it, and policy terms ("extrajudicial killings") are
not graphic in themselves. Ambiguous words need company: "executed" flags
only with people as its object ("executed three prisoners"), not "executed a plan".
"""

from __future__ import annotations

from ..lang.en.flags import (
    CUES,
)
from ..records import ContentFlag
from ..registry import stage

NAME = "sitroom.flags.v1"


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
