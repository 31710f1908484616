"""A report whose text opens with its title on a line of its own: the title is no part of the first sentence.

A page's headline usually repeats in its main text ("Attack in Mogadishu\\nMOGADISHU - Al-Shabaab
militants attacked ..."), and a plain text's or Markdown file's title is its first line. A headline has no
full stop, so the parser runs it into the next line's sentence, and the first event's evidence and the
first claim's quote then begin with the headline. The line break after the title is made a sentence
boundary before the parse (spaCy's parser keeps boundaries set beforehand); the text is not changed.
"""

from __future__ import annotations

import re
from typing import Optional

# What may follow the title's words on a page's <title>: " | Site", " - Site", " — Site".
_SITE_SUFFIX = re.compile(r"\s+[|\-\u2013\u2014:\u00b7]\s+\S.*$")
# The next line opens a sentence: a capital, a digit or an opening quote or bracket. A lower-case word is
# the rest of a sentence wrapped at the line's end, which a title break would cut.
_OPENS_SENTENCE = re.compile(r"[\"'\u201c\u2018(\[]?[A-Z0-9]")


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()


def title_line_end(text: str, title: Optional[str]) -> Optional[int]:
    """The offset where the line after the title starts, when ``text`` opens (after white space) with
    ``title`` alone on its first line and a sentence opens the next line; else None."""
    if not title or not title.strip():
        return None
    lead = len(text) - len(text.lstrip())
    eol = text.find("\n", lead)
    if eol < 0:
        return None
    line = _key(text[lead:eol])
    if not line or line not in (_key(title), _key(_SITE_SUFFIX.sub("", title))):
        return None
    body = eol + 1
    while body < len(text) and text[body].isspace():
        body += 1
    if body >= len(text) or not _OPENS_SENTENCE.match(text, body):
        return None
    return body


def with_sentence_start(nlp, text: str, start: int):
    """``text`` tokenized by ``nlp`` with a sentence starting at character ``start`` (for nlp.pipe)."""
    doc = nlp.make_doc(text)
    for tok in doc:
        if tok.idx >= start and not tok.is_space:
            tok.is_sent_start = True
            break
    return doc
