"""Cue patterns: words that signal an event type, and words that only hint at one.

A *decisive* cue (weight 2.0) settles the type whatever the classifier says ("claimed responsibility",
"suicide bomber", "military drills"): ACLED's coding follows from those words alone.
A *strong* cue (weight 1.0) is close to unambiguous ("suicide bomber", "airstrike", "took control of").
A *weak* cue (weight 0.5) needs the classifier's judgement ("attack", "clashes", "protest").
A *near-miss* is a word that makes a sentence worth a look without pointing to a type ("killed", "fighters");
a sentence with neither cue nor near-miss is never classified, which keeps the stage fast.

Cues feed the classifier as features (one value per label), so the model learns how far to trust them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...lang.en.dates import MONTHS
from ...lang.en.events.patterns import (
    CUES,
    HANDLED_EXPLOSIVE,
    MORE_WEAK,
    WEAK,
)
from .taxonomy import IED, LABELS

for _label, _rx in MORE_WEAK.items():
    CUES[_label].append((_rx, WEAK))

@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: the label it points to, its weight and where it is."""

    label: str
    weight: float
    start: int  # character offsets into the text the patterns ran over
    end: int
    text: str


_COMPILED: list[tuple[str, re.Pattern, float]] = [
    (label, re.compile(rx, re.IGNORECASE), weight) for label, cues in CUES.items() for rx, weight in cues
]
assert all(label in LABELS for label, _, _ in _COMPILED), "a cue names an unknown label"


# Python's regex engine tries every alternative at every position, so running all the cue patterns
# over every sentence cost more than the rest of the stage. Each pattern instead gets the set of
# lower-cased strings (up to PREFIX_LEN characters) its matches can start with, read off its parse
# tree; a pattern runs only on sentences where some word starts with one of them (find_cues is
# unchanged in result; tests/extract/events/test_patterns.py checks it against a plain scan).
PREFIX_LEN = 5
_WORD = re.compile(r"\w+")


def _prefixes(items, starts: set[tuple[str, bool]]) -> Optional[set[tuple[str, bool]]]:
    """Extend the (prefix, closed) pairs by the parsed pattern ``items``; None when unbounded.
    A prefix is closed once it is PREFIX_LEN long or the pattern can no longer be followed exactly."""
    from re import _constants as sre

    out = set(starts)
    for op, av in items:
        open_ = {p for p, closed in out if not closed}
        if not open_:
            break
        done = {(p, True) for p, closed in out if closed}
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # zero-width ("\b", "(?<!missile )"): the match's first characters are the next item's
        if op is sre.LITERAL or op is sre.IN:
            chars = _chars(op, av)
            if chars is None:
                out = done | {(p, True) for p in open_}
                continue
            out = done | {(p + ch, len(p) + 1 >= PREFIX_LEN) for p in open_ for ch in chars}
        elif op is sre.SUBPATTERN:
            sub = _prefixes(av[-1], {(p, False) for p in open_})
            if sub is None:
                return None
            out = done | sub
        elif op is sre.BRANCH:
            acc = set(done)
            for alt in av[1]:
                sub = _prefixes(alt, {(p, False) for p in open_})
                if sub is None:
                    return None
                acc |= sub
            out = acc
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, _, body = av
            sub = _prefixes(body, {(p, False) for p in open_})
            if sub is None:
                return None
            # After a repeat the exact continuation is unknown: everything it may leave is closed.
            out = done | {(p, True) for p, _ in sub} | ({(p, True) for p in open_} if lo == 0 else set())
        else:
            out = done | {(p, True) for p in open_}
    return out


def _chars(op, av) -> Optional[list[str]]:
    """The lower-cased characters a LITERAL or a small character class stands for (None: too many)."""
    from re import _constants as sre

    if op is sre.LITERAL:
        return [chr(av).lower()]
    chars = []
    for kind, val in av:
        if kind is sre.LITERAL:
            chars.append(chr(val).lower())
        elif kind is sre.RANGE and val[1] - val[0] < 40:
            chars.extend(chr(c).lower() for c in range(val[0], val[1] + 1))
        else:
            return None
    return sorted(set(chars))


def _gate(rx: re.Pattern) -> Optional[frozenset[str]]:
    """The prefixes a match of ``rx`` starts with, or None when they cannot be bounded (always run)."""
    from re import _parser

    found = _prefixes(_parser.parse(rx.pattern, rx.flags), {("", False)})
    if found is None or any(not p or not (p[0].isalnum() or p[0] == "_") for p, _ in found):
        return None  # a match could start with nothing or with a non-word character: no word to key on
    # Sentences are keyed by the starts of their words, so a prefix running past its first word
    # ("a car") is cut back to that word ("a").
    return frozenset(_WORD.match(p).group(0) for p, _ in found)


_GATES = [_gate(rx) for _, rx, _ in _COMPILED]
_GATE_LENGTHS = sorted({len(p) for g in _GATES if g for p in g})
# The gates inverted: each word start -> the patterns it may open. A sentence looks up its words' starts
# once instead of testing every pattern's gate (67 set tests per sentence).
_BY_PREFIX: dict[str, list[int]] = {}
for _i, _g in enumerate(_GATES):
    for _p in _g or ():
        _BY_PREFIX.setdefault(_p, []).append(_i)
_UNGATED = [i for i, g in enumerate(_GATES) if g is None]


def _word_starts(text: str) -> set[str]:
    """The lower-cased strings, of every length a gate uses, that start a word of ``text``."""
    return {w[:n] for w in _WORD.findall(text.lower()) for n in _GATE_LENGTHS}


def _patterns_for(text: str) -> list[int]:
    """Indices (in _COMPILED order) of the patterns whose gate a word of ``text`` opens, plus the ungated."""
    hit = set(_UNGATED)
    for w in set(_WORD.findall(text.lower())):
        ids = _WORD_PATTERNS.get(w)
        if ids is None:
            ids = _opened_by(w)
        if ids:
            hit.update(ids)
    return sorted(hit)


# Word -> the patterns its starts open, memoised (news repeats its vocabulary), bounded for a server.
_WORD_PATTERNS: dict[str, tuple[int, ...]] = {}


def _opened_by(word: str) -> tuple[int, ...]:
    ids = tuple(sorted({i for n in _GATE_LENGTHS for i in _BY_PREFIX.get(word[:n], ())}))
    if len(_WORD_PATTERNS) < 200_000:
        _WORD_PATTERNS[word] = ids
    return ids


def find_cues(text: str, offset: int = 0) -> list[Cue]:
    """All cues in ``text``; offsets are shifted by ``offset`` (the sentence start in the document)."""
    found = []
    handled = [m.span() for m in HANDLED_EXPLOSIVE.finditer(text)]  # "emplacing a bomb": it has not gone off
    for i in _patterns_for(text):  # in pattern order, so equal-start ties sort as before
        label, rx, weight = _COMPILED[i]
        for m in rx.finditer(text):
            if _is_month(text, m.start(), m.end()):
                continue
            if label == IED and any(a <= m.start() and m.end() <= b for a, b in handled):
                continue
            # (a pattern may name its cue words apart from the context it needs: "convoy came under fire" -> the verb)
            g = "cue" if "cue" in rx.groupindex and m.group("cue") else 0
            found.append(Cue(label, weight, m.start(g) + offset, m.end(g) + offset, m.group(g)))
    found.sort(key=lambda c: (c.start, -c.weight))
    return found


# A month's name where it is one: capitalised inside a sentence ("DAKAR, March 2", "since March"), or
# opening it before a day or a year ("March 14, 2024 was ..."); "march" the verb is lower-case there.
_MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 3)
_DAY_OR_YEAR = re.compile(r"[ \t]*\d")


def _is_month(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a month's name used as one (no event word: "March" is a date)."""
    word = text[start:end]
    if word.lower() not in _MONTH_NAMES or not word[0].isupper() or word[1:] != word[1:].lower():
        return False
    return bool(text[:start].strip()) or bool(_DAY_OR_YEAR.match(text, end))


def cue_vector(cues: list[Cue]) -> list[float]:
    """One value per label: the strongest cue weight seen for it (0 when none)."""
    vec = [0.0] * len(LABELS)
    index = {label: i for i, label in enumerate(LABELS)}
    for c in cues:
        i = index[c.label]
        vec[i] = max(vec[i], c.weight)
    return vec
