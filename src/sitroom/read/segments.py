"""Long texts cut into segments that the pipeline reads one at a time.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters) and its parse,
like several extraction stages, costs more than linear time and memory on one very
long Doc: a text of 1,000,000 characters took 209 s and 3.3 GB read whole. Cut into
segments of at most SEGMENT_CHARS, a text costs time in proportion to its length
and memory in proportion to one segment, whatever the size limit lets through.
"""

from __future__ import annotations

import re

# A long news article runs to 20,000 characters; cutting above that leaves every ordinary
# report whole (a cut loses the context across it: a pronoun's antecedent, the dateline).
SEGMENT_CHARS = 25_000
# Where to cut, best first: a blank line (between paragraphs), a line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*[ \t]+"), re.compile(r"[ \t]"))


def split_segments(text: str, max_chars: int = SEGMENT_CHARS) -> list[tuple[int, str]]:
    """(offset, segment) pairs covering ``text`` exactly, each at most ``max_chars`` long.

    Cuts fall after a paragraph break where one is in the second half of the window,
    else after a line break, a sentence end or a space, else (a run of 12,500
    characters without a space) at the window's end.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    out, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = max_chars
        for rx in _BREAKS:
            ends = [m.end() for m in rx.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out
