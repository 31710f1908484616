"""Modality and source of an event report: is it asserted, reported, alleged, claimed, denied, planned,
threatened, predicted, hypothetical or negated, and who says so.

The modality looks at the words around the trigger (negation, futurity, conditionals) and at the hedges
of the sentence ("allegedly", "reportedly"). The source is the party the report is attributed to
("according to X", "X said"); when the text attributes it to nobody, it is the outlet itself.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from ...lang.en.events.modality import (
    ALLEGED,
    DENIED,
    DEPRIVED,
    HEDGES,
    HYPOTHETICAL,
    MOTIVE_HEDGE,
    NEGATIVE_SUBJECTS,
    PERFECT_AUX,
    PLANNED,
    POSSIBILITY_MODALS,
    PREDICTED,
    REPORTED,
    SPECULATION_NOUNS,
    STAND_IN_SUBJECTS,
)
from ...lang.en.reporting import SPEECH_LEMMAS as _SPEECH_LEMMAS
from ...read.nlp import doc_text
from ..actors.vocabulary import dateline_end
from ..pos import VERBAL
from ..written import listed

_CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?)\b(?! responsibility)", re.I)
# Words right before the trigger that change what the sentence says about the event.
_NEGATED = re.compile(r"\b(?:no|not|never|n't|without|neither|nor|failed to)\b(?:\s+\w+){0,3}\s*$", re.I)
_THREATENED = re.compile(r"\bthreat(?:en(?:ed|s|ing)?)?(?:\s+\w+){0,3}\s+to\b(?:\s+\w+){0,3}\s*$", re.I)

_ACCORDING = re.compile(r"\baccording to ([^,.;:]{2,80})", re.I)


def modality_of(sentence: str, trigger_offset: int, context: str = "") -> tuple[str, list[str]]:
    """(modality, hedges) for an event whose trigger starts at ``trigger_offset`` in ``sentence``.

    ``context`` holds earlier sentences the event draws on ("Other videos were allegedly made ...").
    """
    before = sentence[max(0, trigger_offset - 60):trigger_offset]
    hedges = [m.group(0) for m in HEDGES.finditer(context + " " + sentence)]
    seen = set()
    hedges = [h for h in hedges if not (h.lower() in seen or seen.add(h.lower()))]
    if any(not DEPRIVED.match(sentence, m.start()) for m in DENIED.finditer(sentence)):
        return "denied", hedges
    if _NEGATED.search(before):
        return "negated", hedges
    if _THREATENED.search(before):
        return "threatened", hedges
    if PREDICTED.search(before) or PREDICTED.search(sentence[:trigger_offset]):
        return "predicted", hedges
    if PLANNED.search(before):
        return "planned", hedges
    if HYPOTHETICAL.search(before):
        return "hypothetical", hedges
    if ALLEGED.search(context) or any(not _motive(sentence, m.start(), trigger_offset) for m in ALLEGED.finditer(sentence)):
        return "alleged", hedges
    if _CLAIMED.search(sentence):
        return "claimed", hedges
    if hedges or REPORTED.search(sentence):
        return "reported", hedges
    return "asserted", hedges


def _motive(sentence: str, at: int, trigger_offset: int) -> bool:
    """Whether the allegation word at ``at`` hedges the doer's motive told after the act (MOTIVE_HEDGE)."""
    return at > trigger_offset and any(m.start() <= at < m.end() for m in MOTIVE_HEDGE.finditer(sentence, trigger_offset))


def source_of(sent, outlet: Optional[str]) -> Optional[str]:
    """Who the sentence attributes the report to ("according to X", "X said"); else the outlet.

    sent: a spaCy sentence span (dependency parse used for "X said"), or plain text.
    """
    text = sent if isinstance(sent, str) else sent.text
    m = _ACCORDING.search(text)
    if m:
        return _trim(m.group(1))
    if not isinstance(sent, str):
        # The parser takes a wire dateline ("ADEN, Yemen, March 7 (Xinhua) --") for a second subject of
        # the first sentence's verb; the source is the subject after it.
        dateline = dateline_end(sent.doc[:64].text) if sent.start_char < 160 else 0  # (a prefix: no whole-text copy)
        speech = _speech_verbs(sent.doc)  # only the speech verbs become Token objects
        for i in speech[bisect.bisect_left(speech, sent.start):bisect.bisect_left(speech, sent.end)]:
            tok = sent.doc[i]
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= dateline]
            if subj and subj[0].lower_ not in STAND_IN_SUBJECTS \
                    and not _negated_phrase(subj[0]):
                # joined as the text spaces them: "Cavelier, head of RSF's", not "Cavelier , head of RSF 's"
                return _trim("".join(t.text_with_ws for t in subj[0].subtree if t.idx >= dateline))
    return outlet


def _negated_phrase(tok) -> bool:
    """"no attacks were reported", "nothing was said": a subject that says nothing was, names no source."""
    return listed(tok, NEGATIVE_SUBJECTS) or any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in tok.children)


_LAST_SPEECH: list = [None, None]  # (document, indices of its speech verbs): the document being coded


def _speech_verbs(doc) -> list[int]:
    """Indices of the tokens of ``doc`` that are verbs of speech (POS VERB, lemma in _SPEECH_LEMMAS), read
    once per document from its arrays."""
    if _LAST_SPEECH[0] is not doc:
        from spacy.attrs import LEMMA, POS
        from spacy.symbols import VERB as verb

        strings = doc.vocab.strings
        arr = doc.to_array([POS, LEMMA]).tolist()
        speech = {lid for lid in {row[1] for row in arr} if strings[lid].lower() in _SPEECH_LEMMAS}
        _LAST_SPEECH[0], _LAST_SPEECH[1] = doc, [i for i, (pos, lid) in enumerate(arr) if pos == verb and lid in speech]
    return _LAST_SPEECH[1]


def _trim(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:-")
    return re.sub(r"\s+'s\b", "'s", phrase)


# Dependencies that stay inside one clause: walking up them from an event's word reaches the verb of its clause.
_IN_CLAUSE = frozenset({"prep", "pobj", "dobj", "conj", "cc", "appos", "compound", "amod", "nmod", "nsubj",
                        "nsubjpass", "attr", "agent", "npadvmod", "poss", "dative", "oprd", "acomp", "pcomp"})


# Modals that put the verb's act to come.
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})


def _participle_adjunct(tok) -> bool:
    """A present participle hung on a verb with no subject or auxiliary of its own ("..., negotiating deals one by
    one"): it tells what the verb's subject does while doing that verb, at its time."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children))


def told_as_past(subject) -> bool:
    """A subject phrase that dates its event ("Monday's clashes", "the abduction ... on Friday") or narrates
    it in the past ("the bombing that killed 12 people") reports something that happened."""
    return any(t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "relcl" and t.tag_ == "VBD") for t in subject.subtree)


def modality_from_parse(doc, char_offset: int) -> Optional[str]:
    """"predicted" when the verb of the clause holding the event's word at ``char_offset`` takes a modal of
    possibility ("the pandemic may lead to a spike in ... possible kidnappings": no kidnapping is reported);
    "hypothetical" when that clause is what a noun of speculation says ("speculation that ..."); else None.
    The string rules of :func:`modality_of` see only a few words before the trigger; this reads the parse."""
    if doc is None or not 0 <= char_offset < len(doc_text(doc)):
        return None
    span = doc.char_span(char_offset, char_offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    hops, subject, adjunct = 0, None, False
    while hops < 12:
        if tok.pos_ in VERBAL:
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if adjunct and any(c.lower_ in FUTURE_MODALS for c in aux):
                return "planned"  # "Ottawa will have to pursue a new approach, negotiating deals one by one"
            if _participle_adjunct(tok):
                adjunct = True  # its time is the verb's it hangs on
                tok, hops = tok.head, hops + 1
                continue
            if any(c.lower_ in POSSIBILITY_MODALS for c in aux) and not any(c.lemma_ == PERFECT_AUX for c in aux) \
                    and not any(c.dep_ == "neg" for c in tok.children):
                # "Monday's clashes may complicate the talks": what may happen is the consequence; an event
                # the subject dates or narrates happened ("clashes may erupt" stays a prediction)
                return None if subject is not None and told_as_past(subject) else "predicted"
            if tok.dep_ != "xcomp":  # "may try to attack": the modal is on the verb above
                break
        elif tok.dep_ not in _IN_CLAUSE:
            break
        if tok.head.i == tok.i:
            break
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            subject = tok
        tok, hops = tok.head, hops + 1
    if tok.dep_ in ("ccomp", "acl") and tok.head.i != tok.i:  # its "that" clause, not "fears swept as police probed"
        head = tok.head
        nouns = [head] + [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(n.pos_ == "NOUN" and n.lemma_.lower() in SPECULATION_NOUNS for n in nouns):
            return "hypothetical"
    return None
