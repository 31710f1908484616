"""Quotations: the passages between quotation marks, paragraph by paragraph, and who says them.

A reporting frame covers the sentence it is in; a quotation often runs on over several sentences or
paragraphs with one "she said" for all of them:

    “We are usually so careful. We feel really disappointed in ourselves,” Sue Kelly said.
    He said: “Troops of the Nigerian Army have arrested ...
    “Dressed in a very well-known attire ...”       ← a new paragraph, the same speaker

:func:`find_quotations` finds the passages: curly marks open and close, a straight mark alternates,
and a passage still open at the end of its paragraph ends there (the newspaper convention for a
quotation that goes on in the next paragraph). :func:`attribute` gives each passage the voice that says
it, in this order: a reporting frame in the sentences the passage touches; a reporting frame elsewhere
in its paragraph, outside any quotation; for a paragraph that opens with the passage, the voice of the
previous paragraph when that paragraph ends with a colon after a reporting frame ("He said:"), or
leaves its own quotation open, or is itself a quotation whose voice is known. A passage with none of
these is nobody's and makes no claim.

:func:`introduced_paragraphs` gives the paragraphs an unquoted statement runs over after a frame
that ends its paragraph with a colon ("The Foreign Secretary, Boris Johnson, said:" followed by the
statement's paragraphs), up to the next paragraph with a voice or a quotation of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

_OPEN = "“«„"
_CLOSE = "”»"
_STRAIGHT = '"'
_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")
_LINE_PARAGRAPH = re.compile(r"(?<=[.!?:\"”’»)])[ \t]*\n(?=\S)")
# A quotation no frame near it claims takes the voice of the last speaker within this many paragraphs
# before it (a profile quoting its subject at length: "Hossein left his father behind. “I am responsible ...").
MAX_PARAGRAPHS_BACK = 2
# A passage is speech (not a scare quote or a title) when it has this many words, or fills its sentence.
MIN_SPEECH_WORDS = 6
MIN_SENTENCE_SHARE = 0.6


@dataclass
class Quotation:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    paragraph: int
    closed: bool  # False: still open at the end of its paragraph


@dataclass
class Voice:
    """A reporting frame's place and its resolved speaker."""

    char: int  # where the reporting verb is
    paragraph: int
    speaker: object  # records.Speaker
    verb_class: str
    colon: bool = False  # the frame's sentence ends with a colon: what follows is what it says
    hedges: list = field(default_factory=list)  # (class, cue) of second-hand words: "quoted by the Times"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph: text between blank lines or, in a text with no blank line, each line
    that ends a sentence and is followed by a line that starts at the margin (a text written one
    paragraph a line; hard-wrapped, indented lines stay together)."""
    breaks = _PARAGRAPH if _PARAGRAPH.search(text) else _LINE_PARAGRAPH
    spans, at = [], 0
    for m in breaks.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    # a break in mid-sentence ("are enjoined to please\n\ngo about their normal activities") is a fault of the
    # text, not a new paragraph: a paragraph ending in a word runs on into one starting in lower case
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and text[merged[-1][0]:merged[-1][1]].rstrip()[-1:].isalpha() and text[s:e].lstrip()[:1].islower():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def paragraph_of(paras: list[tuple[int, int]], char: int) -> int:
    for i, (s, e) in enumerate(paras):
        if s <= char < e:
            return i
    return -1


def find_quotations(text: str, paras: Optional[list[tuple[int, int]]] = None) -> list[Quotation]:
    """The quoted passages of ``text``, in order (see the module docstring)."""
    out: list[Quotation] = []
    for pi, (ps, pe) in enumerate(paras if paras is not None else paragraphs(text)):
        open_at: Optional[int] = None
        for i in range(ps, pe):
            ch = text[i]
            if ch in _OPEN and open_at is None:
                open_at = i + 1
            elif (ch in _CLOSE or ch == _STRAIGHT) and open_at is not None:
                out.append(Quotation(open_at, i, pi, True))
                open_at = None
            elif ch == _STRAIGHT:
                open_at = i + 1
        if open_at is not None:
            end = pe
            while end > open_at and text[end - 1].isspace():
                end -= 1
            out.append(Quotation(open_at, end, pi, False))
    return [q for q in out if text[q.start:q.end].strip()]


def is_speech(text: str, q: Quotation, sentence_spans: list[tuple[int, int]]) -> bool:
    """Is the passage speech rather than a scare quote, a nickname or a title?"""
    words = text[q.start:q.end].split()
    if len(words) >= MIN_SPEECH_WORDS:
        return True
    for s, e in sentence_spans:
        if s < q.end and q.start < e:
            body = len(re.sub(r"\s+", "", text[s:e]))
            inside = len(re.sub(r"\s+", "", text[max(s, q.start):min(e, q.end)]))
            if len(words) >= 2 and body and inside >= MIN_SENTENCE_SHARE * body:
                return True
    return False


def inside_any(quotes: list[Quotation], char: int) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def attribute(text: str, quotes: list[Quotation], voices: list[Voice], paras: list[tuple[int, int]],
              sentence_spans: list[tuple[int, int]]) -> dict[int, Voice]:
    """{index of a quotation in ``quotes``: the voice that says it} (see the module docstring)."""
    outside = [v for v in voices if not inside_any(quotes, v.char)]
    out: dict[int, Voice] = {}
    for qi, q in enumerate(quotes):
        # 1. a frame in the sentences the passage touches
        touched = [(s, e) for s, e in sentence_spans if s < q.end and q.start < e]
        lo = min((s for s, _e in touched), default=q.start)
        hi = max((e for _s, e in touched), default=q.end)
        near = [v for v in outside if lo <= v.char < hi and v.paragraph == q.paragraph]
        # 2. elsewhere in its paragraph
        if not near:
            near = [v for v in outside if v.paragraph == q.paragraph]
        if near:
            out[qi] = min(near, key=lambda v: min(abs(v.char - q.start), abs(v.char - q.end)))
            continue
        # 3. the paragraph opens with the passage: the previous paragraph's voice
        ps = paras[q.paragraph][0] if 0 <= q.paragraph < len(paras) else q.start
        if text[ps:q.start].strip(" \t\n\u00a0" + _OPEN + _STRAIGHT) or q.paragraph <= 0:
            continue
        prev = q.paragraph - 1
        prev_voices = [v for v in outside if v.paragraph == prev]
        if prev_voices and prev_voices[-1].colon:
            out[qi] = prev_voices[-1]
            continue
        prev_quotes = [k for k, p in enumerate(quotes) if p.paragraph == prev and k in out]
        if prev_quotes:
            last = quotes[prev_quotes[-1]]
            ends_paragraph = not text[last.end:paras[prev][1]].strip(" \t\n\u00a0.,;:!?" + _CLOSE + _STRAIGHT + "’")
            if not last.closed or ends_paragraph:
                out[qi] = out[prev_quotes[-1]]
    # 4. the last voice before it, in its paragraph or a few before: the person the text is about
    for qi, q in enumerate(quotes):
        if qi in out or not is_speech(text, q, sentence_spans):
            continue
        earlier = [(v.char, v) for v in outside if v.char < q.start and q.paragraph - MAX_PARAGRAPHS_BACK <= v.paragraph]
        earlier += [(quotes[k].start, v) for k, v in out.items()
                    if quotes[k].start < q.start and q.paragraph - MAX_PARAGRAPHS_BACK <= quotes[k].paragraph]
        if earlier:
            out[qi] = max(earlier, key=lambda cv: cv[0])[1]
    return out


def introduced_paragraphs(text: str, voices: list[Voice], quotes: list[Quotation],
                          paras: list[tuple[int, int]]) -> dict[int, Voice]:
    """{paragraph index: voice} for unquoted paragraphs that follow a frame ending its paragraph with a colon."""
    out: dict[int, Voice] = {}
    by_para: dict[int, list[Voice]] = {}
    for v in voices:
        by_para.setdefault(v.paragraph, []).append(v)
    quoted = {q.paragraph for q in quotes if len(text[q.start:q.end].split()) >= 3}
    for pi, (ps, pe) in enumerate(paras):
        vs = by_para.get(pi)
        if not vs or not vs[-1].colon or not text[ps:pe].rstrip().endswith(":"):
            continue
        for nxt in range(pi + 1, len(paras)):
            # (the speaker's own frames inside it, "We ... call on all parties to ...", do not end the statement)
            if nxt in quoted or any(v.speaker.name != vs[-1].speaker.name for v in by_para.get(nxt, [])):
                break
            out[nxt] = vs[-1]
    return out
