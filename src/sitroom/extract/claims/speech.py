"""Reporting frames: who says, with which verb, and which words are what they say.

A frame is a reporting verb ("said", "claimed", "pledged", "called on",
"accused", "denied"), the words naming its speaker (its subject, the agent of a
passive, or the subject it shares with the verb it hangs from), and the content:
the clause it reports ("that ..."), a quotation after a colon, the infinitive of a
request ("called on X to stop ..."), or the object of a commitment or accusation.
"According to X, ..." is a frame too; when the same clause also has a reporting
verb, X becomes the channel ("via") of that frame instead.

Only spaCy's dependency parse is used: no extra model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...lang.en.claims.speech import (
    BARE_VERBS,
    BELIEF_VERBS,
    CHARACTERISE,
    DIRECTIVE_VERBS,
    DOCUMENT_ONLY_VERBS,
    EXPRESS_VERBS,
    ISSUE_VERBS,
    JUDGING_VERBS,
    ONLY_NEGATED,
    PARTY_NOUNS,
    READINESS_NOUNS,
    MUTE_SUBJECTS,
    NO_DETERMINERS,
    NOBODY,
    SPEAKING_DOCUMENTS,
    RELATIVE_PRONOUNS,
    SAYING_NOUNS,
    STATEMENT_NOUNS,
    TIME_UNITS,
    VERB_CLASSES,
    WORDS_NOUNS,
)
from ._text import doc_text
from .frame_nesting import link_inherited, merge_first_person_quotes, trim_content
from .frame_words import (
    SUBJECT_DEPS,
    characterisation,
    content_tokens,
    expletive_clause,
    finite_clause,
    for_clause,
    is_question,
    joined_in,
    speaker_words,
    statement_acl,
    statement_issuer,
    verb_as_modifier,
)
from ..pos import VERBAL
from ..written import listed

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# What parts a stray subject from the verb's own: a blank line, or the dash that ends a dateline
# ("KABUL, Afghanistan (AP) — A spokesman said": the parser takes "KABUL" for a second subject).
_SUBJECT_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\s(?:[-\u2013\u2014]|--)\s|[\u2013\u2014]|--")
# A sentence ends inside a piece of text: ". The", ".” He"
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")

# Dependency labels of verbs that cannot report ("taking part on assuring the security").
_NOT_FRAME_DEPS = {"pcomp", "amod", "compound", "acl", "nmod"}


@dataclass
class Frame:
    """A reporting verb, its speaker's words and the tokens of what it reports."""

    verb: object  # spacy Token (or the "According" token)
    verb_class: str
    subject: list = field(default_factory=list)  # tokens naming the speaker; empty: author or inherited
    content: list = field(default_factory=list)  # tokens of the reported content, in order
    by_author: bool = False  # "it may be predicted that": the author's own claim
    inherits_from: Optional["Frame"] = None  # "..., highlighting that": the speaker of an enclosing frame
    via: list = field(default_factory=list)  # "According to Russian media": the channel
    inner_class: Optional[str] = None  # a quoted "We asked ..." makes the outer claim a request


def content_class(frame: Frame) -> str:
    """The class that decides the kind of what a frame reports: its verb's, read in its context."""
    verb, negated = frame.verb, any(c.dep_ == "neg" for c in frame.verb.children)
    verb_class = frame.inner_class or frame.verb_class
    if verb_class == "commit" and frame.inherits_from is not None and frame.inherits_from.verb_class == "request":
        return "request"  # "called on the authorities to release ... and ensure that": what they are asked
    if verb_class == "accuse" and negated:
        return "say"  # "he's not blaming the epidemic on the virus": no charge, the words decide
    if verb_class == "decide" and verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in verb.children):
        return "say"  # "a judge has ordered Yazeed to undergo a DNA test": an order given, told as a fact
    if verb_class == "say" and verb.lemma_.lower() in BELIEF_VERBS and negated:
        return "deny"  # "he doesn't believe the charges are true": he holds them false
    return verb_class


def find_frames(sent) -> list[Frame]:
    """Reporting frames in one spaCy sentence, outermost first."""
    frames: dict[int, Frame] = {}
    for tok in sent:
        frame = _frame_at(tok) or _noun_frame(tok) or _readiness_frame(tok)
        if frame is not None:
            frames[tok.i] = frame
    link_inherited(frames)
    merge_first_person_quotes(frames)
    _attach_according(sent, frames)
    for frame in frames.values():
        nested = [f.verb for f in frames.values() if f is not frame]
        frame.content = trim_content(frame.content, nested)
    return [f for f in sorted(frames.values(), key=lambda f: f.verb.i) if f.content]


def find_bare_frames(sent, taken: set[int]) -> list[Frame]:
    """Reporting verbs with a speaker but nothing reported in their own sentence: "He said:" before a
    quotation, '“Business as usual,” he said.' when the parse leaves the quotation out of the verb's
    clause, "released the following statement today:". Quotations and the paragraphs after a colon take
    their speaker from these (see quotes.py). ``taken``: verbs that already make a frame."""
    out = []
    for tok in sent:
        if tok.i in taken or any(c.dep_ == "neg" for c in tok.children):
            continue  # "Putin did not comment" says nothing and introduces nothing
        frame = (_frame_at(tok, allow_empty=True) if tok.lemma_.lower() in BARE_VERBS else None) \
            or _statement_frame(tok) or _words_frame(tok)
        # (a frame whose content was all nested frames, '"Putin blamed me ...," Mrs Clinton said.', makes
        # no claim of its own but still says who speaks the quotation)
        if frame is not None and frame.subject:
            out.append(frame)
    return out


def _statement_frame(tok) -> Optional[Frame]:
    if tok.lemma_.lower() not in ISSUE_VERBS or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children):
        return None
    subject = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if not subject or _mute(subject[0], tok):
        return None
    return Frame(verb=tok, verb_class="say", subject=speaker_words(subject[0]))


def _words_frame(tok) -> Optional[Frame]:
    """ "In his own words (from a collection of his writings):" at the end of a sentence: the possessor
    speaks what follows the colon."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in WORDS_NOUNS:
        return None
    owner = [c for c in tok.children if c.dep_ == "poss"]
    if not owner:
        return None
    # up to the end of its sentence or paragraph (the parser may run a sentence on over a blank line)
    rest = _BLANK_LINE.split(doc_text(tok.doc)[tok.idx:tok.sent.end_char], 1)[0].rstrip()
    if not rest.endswith(":") or SENTENCE_END.search(rest):
        return None
    return Frame(verb=tok, verb_class="say", subject=speaker_words(owner[0]))


def _frame_at(tok, allow_empty: bool = False) -> Optional[Frame]:
    lemma = tok.lemma_.lower()
    if lemma == "give" and tok.pos_ == "VERB":
        return _ultimatum(tok)
    cls = VERB_CLASSES.get(lemma)
    if lemma in CHARACTERISE and tok.pos_ == "VERB" and tok.dep_ not in _NOT_FRAME_DEPS:
        said = characterisation(tok)
        if said:
            frame = Frame(verb=tok, verb_class="deny" if lemma in ("dismiss", "reject") else
                          "accuse" if lemma in ("denounce", "decry") else "say", content=said)
            subject = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if subject and _mute(subject[0], tok):
                return None
            frame.subject = speaker_words(subject[0]) if subject else []
            return frame
    if cls is None or tok.pos_ not in VERBAL or (tok.dep_ in _NOT_FRAME_DEPS and not statement_acl(tok)
                                                          and not joined_in(tok) and not verb_as_modifier(tok)):
        return None
    children = list(tok.children)
    if lemma in DOCUMENT_ONLY_VERBS and not any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in SPEAKING_DOCUMENTS
                                                 for c in children):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ in ("on", "for", "upon") or for_clause(c)
                                   for c in children):
        return None
    if lemma == "ask" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in children):
        return None
    if lemma == "ask" and any(c.dep_ == "ccomp" and is_question(c) for c in children):
        return None  # "asked if he had been making a political statement": a question, not a claim
    content = content_tokens(tok, cls, lemma)
    if lemma in ONLY_NEGATED and not any(c.dep_ == "neg" for c in children):
        return None
    if lemma in JUDGING_VERBS and not finite_clause(tok):
        content = []  # "found the women guilty", "hope to return": not a report of what one holds
    if content and _object_only(tok, content) and (any(c.dep_ == "neg" for c in children) or
                                                   (cls == "accuse" and _names_a_party(content))):
        # "did not criticise his successor by name", "had previously criticised Putin": no words, no wrong named
        return None
    if not content and not allow_empty:
        return None
    if lemma in DIRECTIVE_VERBS and any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "xcomp" for c in children):
        # "warned the Saudis to leave the country or face attacks", "told the army to withdraw": what they are told to do
        cls = "request"
    frame = Frame(verb=tok, verb_class=cls, content=content)
    subject = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if len(subject) > 1:  # the parser took a stray line before a blank one ("Ad", "Advertisement") or a dateline
        text = doc_text(tok.doc)
        subject = [c for c in subject if not _SUBJECT_BREAK.search(text, min(c.idx, tok.idx), max(c.idx, tok.idx))] \
            or subject
    if passive:
        agent = [c for c in children if c.dep_ == "agent"]
        pobj = [g for a in agent for g in a.children if g.dep_ == "pobj"]
        if pobj:
            frame.subject = speaker_words(pobj[0])
        elif expletive_clause(tok) and cls in ("predict", "say", "decide"):  # "it may be predicted that"
            frame.by_author = True
            frame.verb_class = "predict" if cls == "predict" else "according" if cls == "say" else cls
        else:
            return None
    elif subject:
        if _mute(subject[0], tok):
            return None
        frame.subject = speaker_words(subject[0])
    elif verb_as_modifier(tok):
        frame.subject = [t for t in speaker_words(tok.head) if t.i < tok.i]
    elif statement_acl(tok):
        issuer = statement_issuer(tok.head)
        if issuer is None:
            return None
        frame.subject = speaker_words(issuer)
    return frame


def _mute(subject, verb) -> bool:
    """Does this subject name no one who could speak: an event or state of affairs, or nobody at all? (A
    "nobody" across a blank line from the verb is a stray heading the parser took for its subject: "- No
    comment from police -" before "Poon added that ...".)"""
    lemma = subject.lemma_.lower()
    if lemma in MUTE_SUBJECTS:
        return True
    nobody = listed(subject, NOBODY) or any(c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in subject.children)
    return nobody and not _BLANK_LINE.search(doc_text(subject.doc), min(subject.idx, verb.idx),
                                             max(subject.idx, verb.idx))


def _object_only(tok, content: list) -> bool:
    """Is what the frame reports only the verb's object ("criticised Putin"), no clause or "of"/"for" phrase?"""
    objects = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
    return bool(objects) and all(t.i in objects for t in content)


def _names_a_party(content: list) -> bool:
    """Is an object only a party ("Putin", "the kingdom", "the government"), not a wrong ("the attacks")?"""
    head = next(t for t in content if t.head not in content or t.head.i == t.i)
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "in") for c in head.children) or \
            any(t.pos_ in VERBAL for t in content):
        return False  # "accused the army of killing civilians"
    return head.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or head.lemma_.lower() in PARTY_NOUNS


def _noun_frame(tok) -> Optional[Frame]:
    """ "Trump's announcement that he will withdraw ...", "the minister's claim that the army had retaken the
    town": a noun of saying with its possessor and its "that" clause speaks as its verb would."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SAYING_NOUNS:
        return None
    owner = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in RELATIVE_PRONOUNS]
    said = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > tok.i and c.pos_ in VERBAL
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not owner or not said:
        return None
    content = [t for t in said[0].subtree if not (t.dep_ == "mark" and t.head.i == said[0].i)]
    return Frame(verb=tok, verb_class=SAYING_NOUNS[tok.lemma_.lower()], subject=speaker_words(owner[0]),
                 content=content)


def _readiness_frame(tok) -> Optional[Frame]:
    """ "has expressed readiness to provide free legal service to the workers": the subject pledges the act."""
    if tok.lemma_.lower() not in EXPRESS_VERBS or tok.pos_ not in VERBAL or any(c.dep_ == "neg" for c in tok.children):
        return None
    ready = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in READINESS_NOUNS
             and any(g.dep_ in ("acl", "xcomp") and g.pos_ in VERBAL for g in c.children)]
    subject = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if not ready or not subject or _mute(subject[0], tok):
        return None
    return Frame(verb=tok, verb_class="commit", subject=speaker_words(subject[0]), content=list(ready[0].subtree))


def _ultimatum(tok) -> Optional[Frame]:
    """ "The Taliban gave the government 48 hours to release the prisoners", "gave the governor until Friday
    to resign": a demand with its deadline, made by the subject (the claim keeps the verb, for the deadline)."""
    children = list(tok.children)
    time = [c for c in children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_UNITS
            or c.dep_ == "prep" and c.lower_ in ("until", "till")]
    act = [c for c in children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    subject = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if not time or not act or any(c.dep_ == "neg" for c in children):
        return None
    content = sorted({tok, *(t for c in children if c.i > tok.i and c.dep_ != "punct" for t in c.subtree)},
                     key=lambda t: t.i)
    frame = Frame(verb=tok, verb_class="request", content=content)
    if subject and not _mute(subject[0], tok):
        frame.subject = speaker_words(subject[0])
    return frame

def _attach_according(sent, frames: dict[int, Frame]) -> None:
    for tok in sent:
        if tok.lower_ != "according":
            continue
        to = [c for c in tok.children if c.lower_ == "to"]
        source = [g for t in to for g in t.children if g.dep_ == "pobj"]
        if not source:
            continue
        source_words = speaker_words(source[0])
        # "According to media reports and posts of family members, Fattah, el-Baqer and Ibrahim were
        # convicted": the parse may run the source on into the clause; the phrase ends at its comma.
        comma = next((k for k, t in enumerate(source_words) if t.text == "," and t.i > source[0].i), None)
        source_words = source_words[:comma] if comma else source_words
        clause = tok.head
        if clause.i in frames:
            frames[clause.i].via = source_words
            continue
        skip = set(tok.subtree)
        content = [t for t in clause.subtree if t not in skip]
        frames[tok.i] = Frame(verb=tok, verb_class="according", subject=source_words, content=content)
