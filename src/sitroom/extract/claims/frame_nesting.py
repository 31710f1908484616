"""How reporting frames nest in one sentence: a frame without a subject speaks for the frame around it, a
first-person quotation inside a frame is one claim with it, and a frame's content leaves out the frames
nested in it (see speech.find_frames, which calls these in that order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.claims.speech import VERB_CLASSES, WARN_VERBS
from ._text import inside_quotation
from .frame_words import CONTENT_DEPS, SUBJECT_DEPS, joined_in, speaker_words
from ..pos import VERBAL

if TYPE_CHECKING:
    from .speech import Frame


def link_inherited(frames: dict[int, Frame]) -> None:
    """Frames without a subject speak for the nearest enclosing frame ("claimed ..., highlighting that"),
    or else share the subject of the verb they hang from ("rallied ... to call for a boycott")."""
    for frame in frames.values():
        if frame.subject or frame.by_author:
            continue
        node = frame.verb
        while node.head.i != node.i:
            node = node.head
            if node.i in frames:
                frame.inherits_from = frames[node.i]
                break
        if frame.inherits_from is None and (frame.verb.dep_ in ("conj", "xcomp", "advcl") or joined_in(frame.verb)):
            governor = frame.verb.head.head if joined_in(frame.verb) else frame.verb.head
            if governor.dep_ in ("relcl", "acl") and frame.verb.dep_ == "advcl" and frame.verb.i > 0 and \
                    frame.verb.nbor(-1).text == ",":
                # "Trump poured scorn on claims that hackers helped him, calling them ridiculous": a participle
                # after a comma speaks for the sentence's subject, not for the relative clause's
                while governor.head.i != governor.i and (governor.pos_ not in VERBAL or governor.dep_ in ("relcl", "acl")):
                    governor = governor.head
            # "Mr Farthing was deployed ... and said": a verb joined to a passive shares its subject
            deps = SUBJECT_DEPS + ("nsubjpass",) if frame.verb.dep_ == "conj" else SUBJECT_DEPS
            subj = [c for c in governor.children if c.dep_ in deps]
            # "The group carried out ..., named its magazine ... and claimed": the first of the joined verbs
            while not subj and governor.dep_ == "conj" and governor.head.i != governor.i:
                governor = governor.head
                subj = [c for c in governor.children if c.dep_ in deps]
            if subj:
                frame.subject = speaker_words(subj[0])


def merge_first_person_quotes(frames: dict[int, Frame]) -> None:
    """'claimed: “We asked ...”': one claim by the outer speaker, of the inner verb's class."""
    for i in list(frames):
        inner = frames.get(i)
        if inner is None or inner.inherits_from is not None:
            continue
        outer = frames.get(inner.verb.head.i)
        first_person = len(inner.subject) == 1 and inner.subject[0].lower_ in ("we", "i")
        if outer is not None and inner.verb.dep_ in CONTENT_DEPS and (first_person or not inner.subject):
            outer.inner_class = inner.verb_class
            del frames[i]
    # '"I am here ... to call on all states to demand the government release my sister," she said': a verb
    # without a subject of its own inside the quotation is part of what the speaker says, not a second claim
    for i in list(frames):
        inner = frames[i]
        outer = inner.inherits_from
        if (outer is None or inner.subject or outer.verb.i not in frames or not inside_quotation(inner.verb)
                or inside_quotation(outer.verb) or inner.verb not in outer.content):
            continue
        if outer.inner_class is None and inner.verb_class not in ("say", "according"):
            outer.inner_class = inner.verb_class
        del frames[i]


def trim_content(tokens: list, nested_verbs: list) -> list:
    """Content without nested frames, a leading "that", date appositions and edge punctuation."""
    drop = set()
    for v in nested_verbs:
        if v in tokens:
            drop.update(v.subtree)
    for t in tokens:
        if t.dep_ == "appos" and t.head.ent_type_ in ("DATE", "TIME"):  # "September 11, the date of ..."
            drop.update(t.subtree)
    kept = [t for t in tokens if t not in drop]
    if not kept:
        return []
    # Keep one contiguous run: from the first to the last kept token.
    first, last = kept[0].i, kept[-1].i
    doc = kept[0].doc
    run = [doc[i] for i in range(first, last + 1) if doc[i] not in drop]
    inside = set(run)
    while run and (run[0].dep_ == "mark" and run[0].lower_ in ("that", "whether") or run[0].is_punct or run[0].is_space
                   # "warned employers of labour that the days ... were over": the parse may hang the
                   # complementiser outside the clause
                   or run[0].lower_ == "that" and (run[0].head not in inside or run[0].head.i > run[0].i)
                   and run[0].dep_ not in ("det", "nsubj", "nsubjpass")
                   or run[0].dep_ == "prep" and run[0].lower_ in ("on", "upon", "for") and run[0].head.lemma_ == "call"
                   or run[0].dep_ == "prep" and run[0].lower_ in ("for", "of", "over")
                   and VERB_CLASSES.get(run[0].head.lemma_.lower()) in ("request", "accuse")
                   or run[0].dep_ == "prep" and run[0].lower_ in ("of", "about", "against")
                   and run[0].head.lemma_ in WARN_VERBS):
        run = run[1:]
    while run and (run[-1].is_punct and run[-1].text not in ("%",) or run[-1].is_space or run[-1].dep_ == "cc"):
        run = run[:-1]
    return run
