"""Claims: who says what (stage sitroom.claims.v1).

For each sentence:

1. reporting frames (speech.py; how they nest: frame_nesting.py) give the speaker's words and the
   reported content;
2. the speaker is resolved to a person with role and organisation, a group, a
   government, or the author (speakers.py);
3. the kind comes from the reporting verb or the content (kinds.py; what charges someone:
   accusations.py), with the controller and places of control claims;
4. hedges, modality and stance (hedges.py), quantities (quantities.py) and the
   deadline or horizon of forward-looking claims (deadlines.py) are read from
   the claim's words;
5. items of a bulleted list after a reporting frame speak with that frame's voice;
6. the author's own control claims, predictions and decisions are added where no
   frame covers them. Counts the author narrates ("about 8,000 Afghan citizens are
   waiting") are not claims (the annotation guide: plain narration is not a claim,
   even with a number in it); counts inside a claim are its quantities.

Public API: :func:`extract_claims`.
"""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.claims.speech import LINK_TEASER
from ...records import Claim, Speaker
from ...registry import stage
from .builder import BULLETS, FORWARD_KINDS, NAME, ClaimBuilder  # noqa: F401 (FORWARD_KINDS: the stage's API)
from .deadlines import refine_deadlines
from .kinds import author_claims, commitment_item_verb
from .speech import VERB_CLASSES, Frame, find_bare_frames, find_frames

_LINK_TEASER = re.compile(LINK_TEASER, re.IGNORECASE | re.MULTILINE)


@stage(NAME, requires=("doc", "places", "actors", "times"), assigns=("claims",))
def make_claims():
    """Stage: the claims of each document into ``ctx.claims``."""

    def run(ctx) -> None:
        ctx.claims.extend(extract_claims(ctx))

    return run


def extract_claims(ctx) -> list[Claim]:
    """Claims of one parsed document (``ctx`` is a pipeline DocContext with doc, places, actors, times)."""
    builder = ClaimBuilder(ctx)
    sents = list(ctx.doc.sents)
    # Sentence texts sliced from the document once: Span.text rebuilds them token by token.
    texts = [ctx.text[s.start_char:s.end_char] for s in sents]
    list_voice: Optional[tuple[Speaker, str]] = None  # the speaker and verb class of a bulleted list
    teasers = [(m.start(), m.end()) for m in _LINK_TEASER.finditer(ctx.text)]
    for si, sent in enumerate(sents):
        prev = sents[si - 1] if si else None
        item = _is_list_item(texts[si], texts[si - 1] if si else None)
        if not item and texts[si].strip() in BULLETS:
            continue
        # a line linking to another story is no one's speech here (the parser may run it into the next line)
        covered: set[int] = {t.i for t in sent if any(a <= t.idx < b for a, b in teasers)}
        voice = None
        frames = [f for f in find_frames(sent) if f.verb.i not in covered]
        for f in frames:  # "READ MORE: <headline>\nMr Smith said": the speaker's words start after the link
            f.subject = [t for t in f.subject if t.i not in covered] if covered else f.subject
        for frame in frames:
            claim = builder.from_frame(si, sent, frame, _relaying_frame(frame, frames))
            if claim is not None:
                covered.update(t.i for t in frame.content)
                covered.update(t.i for t in frame.subject)
                covered.add(frame.verb.i)
                voice = (claim.speaker, frame.verb_class)
            builder.add_voice(frame)
        for frame in find_bare_frames(sent, {f.verb.i for f in frames} | covered):
            builder.add_voice(frame)
        item_verb = commitment_item_verb(sent) if item and voice is None and list_voice is not None else None
        if item_verb is not None:
            builder.from_list_item(si, sent, item_verb, *list_voice)
            covered.update(t.i for t in sent)
        if voice is not None and (item or texts[si].rstrip().endswith(":")):
            list_voice = voice
        elif not item:
            list_voice = None
        for found in author_claims(sent, covered, ctx.places, builder.has_deadline):
            builder.from_author(si, sent, prev, found)
            covered.update(t.i for t in found.words)
    builder.quotation_claims(sents)
    claims = sorted(refine_deadlines(builder.claims), key=lambda c: (c.quote.start, c.quote.end))
    return _once_each(claims)


def _once_each(claims: list[Claim]) -> list[Claim]:
    """One claim per speaker and words: an article that repeats a paragraph (a caption or pull quote
    restating the text) says the same thing once; the first telling is kept."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for c in claims:
        key = ((c.speaker.name if c.speaker else "").lower(), " ".join(c.quote.text.lower().split()).rstrip(".,;: "))
        if key in seen:
            continue
        seen.add(key)
        kept.append(c)
    return kept


def _is_list_item(text: str, prev: Optional[str]) -> bool:
    text = text.strip()
    if text[:1] in BULLETS and len(text) > 1:
        return True
    return prev is not None and prev.strip() in BULLETS


def _relaying_frame(frame: Frame, frames: list[Frame]):
    """The verb of a frame with a speaker of its own whose content holds ``frame``'s verb: "The court also
    said that Velasco argued that ...", "Police told her ..., Hu said" (Velasco's and the police's words
    come second-hand); None when there is none or the inner frame speaks for the outer."""
    if frame.inherits_from is not None or not frame.subject or frame.subject[0].pos_ == "PRON" \
            or frame.verb_class not in ("say", "claim"):
        return None
    for outer in frames:
        if outer is not frame and outer.subject and frame.verb in outer.content:
            return outer.verb
    node = frame.verb  # an outer frame left with no content of its own is not among ``frames``
    while node.head.i != node.i and node.dep_ in ("ccomp", "conj", "xcomp"):
        node = node.head
        if VERB_CLASSES.get(node.lemma_.lower()) in ("say", "claim") and any(c.dep_ == "nsubj" for c in node.children):
            return node
    return None


