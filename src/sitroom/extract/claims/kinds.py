"""What kind of claim: territorial control, commitment, prediction, accusation, request, denial,
policy decision, plain statement, quantity.

A reporting verb of a specific class decides the kind ("pledged" → commitment,
"called on" → request). Otherwise the content decides: a control clause ("174
areas ... had passed under their control", "most areas of Kunduz ... have been
captured by the Taliban"), a promise about the speaker's own future conduct
("the group's militants would not attack"), a forecast about others, a decision.

The author's own claims (no reporting verb) are limited to what an analyst
notes: control as a state ("has passed under the control of"; a simple past
"took control" is an event, left to the events stage), predictions marked as
such ("it may be predicted", "probably ... would"), decisions with a deadline
("should be completed on August 31"), and counts ("about 8,000 Afghan citizens").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...lang.en.events.discourse import LARGE_COUNT_WORDS
from ...lang.en.claims.kinds import (
    ACCUSATION,
    BODY_ONLY_PRONOUNS,
    CLASS_KIND,
    CONFIDENT,
    DECISION_AUX,
    DENIAL,
    FUTURE_AUX,
    IMPORTANT,
    INTENT_VERBS,
    NEGATED_BEFORE,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    NEED_NOUNS,
    PRESS_FOR_VERBS,
    PREDICTION_ADVERBS,
    REFLEXIVES,
    SELF_PRONOUNS,
    STATE_FUTURE_VERBS,
    URGE_PASSIVE,
    WILLING,
)
from ...lang.en.claims.speakers import GROUP_ANAPHORS
from ._text import inside_quotation
from .accusations import coerces, defendant_spans, reproached
from .control import Control, find_control, negated as _negated, subject as _subject
from ..pos import VERBAL

KINDS = ("territorial control", "commitment", "prediction", "accusation", "request", "denial",
         "policy decision", "statement", "quantity")


@dataclass
class AuthorClaim:
    """A claim the text makes in its own voice."""

    kind: str
    words: list  # the claim content, as tokens
    control: Optional[Control] = None


def content_root(words: list):
    """The token of ``words`` whose head lies outside them (the clause's verb)."""
    inside = set(words)
    tops = [t for t in words if t.head not in inside or t.head.i == t.i]
    # a stray line run into the clause ("Nairobi — ... in Prison\n\nBurundian authorities should release")
    # may leave a noun outside it: the clause's verb is the root
    return next((t for t in tops if t.pos_ in VERBAL), tops[0] if tops else words[0])


def kind_of_frame(verb_class: str, words: list, speaker_words: set[str], places: list,
                  person: bool = False, verbatim: bool = False) -> tuple[str, Optional[Control]]:
    """The kind of a reported claim, and its control clause when it is one. ``verbatim``: the words are the
    speaker's own (a quotation, a statement introduced by a colon)."""
    if verb_class in CLASS_KIND:
        return CLASS_KIND[verb_class], None
    root = content_root(words)
    control = find_control(words, places)
    if control is not None and control.negated:
        return "denial", None  # "Taliban fighters did not capture Chora district": no one's control
    if control is not None and not _is_future(control.verb):  # "will retake the district" is a forecast
        return "territorial control", control
    if root.lemma_ in ("decide", "order", "approve") and not _is_demand(words, root):
        return "policy decision", None  # ("the warden is hereby ordered to release him": what he must do)
    if _committed(root) and _is_self(_subject(root), speaker_words, person):
        return "commitment", None  # "Forbin is committed to working with ...", "We remain committed to ..."
    if _states_commitment(root):
        return "commitment", None  # "underlined the UK's commitment to supporting the government of Iraq"
    verbatim = verbatim or inside_quotation(words[0])
    future = next((v for v in [root, *_conjoined_verbs(root)] if _is_future(v) and not _hypothetical(v, verbatim)),
                  None)
    if future is not None:  # "... are on course and will rid the region of criminality"
        if any(c.dep_ == "auxpass" for c in future.children):
            # "fear they will be killed": what will happen to people is not a pledge; "the matter would be
            # looked into", "the paper will be published on Tuesday": what the speaker's side will do
            return ("prediction" if _befalls_people(_subject(future)) or verb_class == "predict"
                    else "commitment"), None
        if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in future.children):
            return "statement", None  # "she will kill herself rather than ...": binds no one but the speaker
        if _states_what_will_be(future):
            return "prediction", None  # "claimed it would be the site of a final victory", "it will show that"
        return ("commitment" if _is_self(_subject(future) or _subject(root), speaker_words, person)
                else "prediction"), None
    if _confident_of_future(root):
        return "prediction", None
    return content_kind(words, root), None


def _confident_of_future(root) -> bool:
    """ "We are confident that this next phase will continue the momentum": sure of what will come."""
    sure = [c for c in root.children if c.dep_ == "acomp" and c.lower_ in CONFIDENT]
    clauses = [g for a in sure for g in a.children if g.dep_ == "ccomp"] + \
        [c for c in root.children if c.dep_ == "ccomp"] if sure else []
    return any(_is_future(v) for v in clauses)


def content_kind(words: list, root=None) -> str:
    """The kind of a plain statement from its words: demand, denial, accusation or statement."""
    if not words:
        return "statement"
    root = root if root is not None else content_root(words)
    text = "".join(t.text_with_ws for t in words)  # as written: "don't care", not "do n't care"
    if DENIAL.search(text):
        return "denial"
    if _is_demand(words, root):
        return "demand"
    named = defendant_spans(words)
    if any(not NEGATED_BEFORE.search(text, 0, m.start()) and m.start() not in named for m in ACCUSATION.finditer(text)):
        return "accusation"  # ("Hong Kong wasn't intimidated" charges no one)
    if any(coerces(t) or reproached(t) for t in words if t.pos_ in VERBAL):
        return "accusation"
    return "statement"


def _is_demand(words: list, root) -> bool:
    """ "they must be outlawed", "Burundi's partners should support the calls", "It is crucial to hold those
    responsible to account", "are urged to continue", an imperative ("Unite on the basis of ...")."""
    for verb in [root, *_conjoined_verbs(root)]:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        subject = _subject(verb)
        first_person = subject is not None and subject.lower_ in ("i", "we")
        if any(a.lower_ in ("must", "should") for a in auxes) and not first_person and not any(
                a.lower_ == "have" for a in auxes):  # "should not have been prosecuted" looks back
            return True
        if verb.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" for c in verb.children) and \
                not first_person and subject is not None and verb.lemma_.lower() == "need":
            return True
        if verb.lemma_.lower() in URGE_PASSIVE and any(c.dep_ == "auxpass" for c in verb.children) and \
                any(c.dep_ == "xcomp" for c in verb.children):
            return True
        if _asks_for_need(verb):
            return True
        if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in IMPORTANT for c in verb.children) and \
                any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in verb.children):
            return True
    first = next((t for t in words if not t.is_punct), None)
    return (first is not None and first.i == root.i and root.tag_ == "VB" and root.lower_ not in ("let", "thank")
            and _subject(root) is None)


def _asks_for_need(verb) -> bool:
    """ "stressed the need for a sustainable ceasefire", "pressed for Russia to use its influence"."""
    if _negated(verb):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in NEED_NOUNS and any(
                (g.dep_ == "prep" and g.lower_ in ("for", "to")) or g.dep_ in ("acl", "advcl") for g in c.children):
            return True
        # (the parser makes "for" of "pressed for Russia to use" the mark of a clause)
        if verb.lemma_.lower() in PRESS_FOR_VERBS and any(
                (c.dep_ == "prep" and c.lower_ == "for") or
                (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
                for c in verb.children):
            return True
    return False


def _hypothetical(verb, verbatim: bool) -> bool:
    """ "would" of a condition, not of a future told in reported speech: "If we could prevent 20 percent,
    that would be impressive", a speaker's own "Reagan would roll over in his grave" (reported speech's
    "said the paper would not be intimidated" stays a pledge or forecast)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "would" not in auxes or auxes & (FUTURE_AUX - {"would"}):
        return False
    # "Even if Apple Daily publish a pile of blank paper tomorrow, we would ...": the future holds regardless
    return verbatim and not any(t.lower_ == "even" and t.nbor(1).lower_ == "if" for t in verb.sent[:-1])


def _committed(root) -> bool:
    """ "is committed to", "remain committed to": a pledge told as a state."""
    for t in [root, *(c for c in root.children if c.dep_ in ("acomp", "xcomp", "oprd"))]:
        if t.lower_ == "committed" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children) \
                and not any(c.dep_ == "neg" for c in root.children):
            return True
    return False


def _states_commitment(root) -> bool:
    """ "underlined the UK's commitment to supporting ...", "reaffirmed its commitment to ...": a pledge told as
    a thing held, by its owner."""
    return not _negated(root) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "commitment" and any(g.dep_ == "poss" for g in c.children)
        and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children) for c in root.children)


def _states_what_will_be(verb) -> bool:
    """A future of being or of consequence ("it would be the site of", "it will show that ...", "that will
    mean ...") tells what will be, not what anyone will do: a forecast, unless the speaker is ready or
    willing ("we will be ready to talk") or speaks of itself in the first person ("we will be there")."""
    if verb.lemma_.lower() not in STATE_FUTURE_VERBS:
        return False
    subject = _subject(verb)
    if subject is not None and subject.lower_ in ("i", "we"):
        return False
    return not any(c.dep_ == "acomp" and c.lower_ in WILLING for c in verb.children)


def _befalls_people(patient) -> bool:
    if patient is None:
        return True
    # "hundreds of civilians", "many of them": the ones counted; a bare count ("dozens would be killed",
    # "the two will be freed") counts people
    counted = next((g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    if counted is not None:
        return _befalls_people(counted)
    return patient.lower_ in PERSONAL_PRONOUNS or patient.ent_type_ in ("PERSON", "NORP") \
        or patient.lemma_.lower() in PEOPLE_NOUNS or patient.like_num or patient.pos_ == "NUM" \
        or patient.lower_ in LARGE_COUNT_WORDS


def _conjoined_verbs(verb) -> list:
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBAL]


def _is_future(root) -> bool:
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUX:
        return True
    return root.lemma_ in INTENT_VERBS and any(c.dep_ == "xcomp" for c in root.children)


def _is_self(subject, speaker_words: set[str], person: bool = False) -> bool:
    """Does the content's subject refer to the speaker ("the group's militants", "they", "we")?"""
    if subject is None:
        return True  # "pledged to withdraw"
    words = {t.lower_ for t in subject.subtree}
    lemmas = {t.lemma_.lower() for t in subject.subtree}
    pronouns = SELF_PRONOUNS - BODY_ONLY_PRONOUNS if person else SELF_PRONOUNS
    return bool(words & pronouns or lemmas & GROUP_ANAPHORS or words & speaker_words)


def commitment_item_verb(sent):
    """The verb of a list item like "They would take all necessary measures" / "They intend to share power"."""
    root = sent.root
    for verb in [root, *sorted((c for c in root.children if c.dep_ in ("ccomp", "conj", "parataxis")), key=lambda c: c.i)]:
        if verb.pos_ in VERBAL and _is_future(verb):
            return verb
    return None


def author_claims(sent, covered: set[int], places: list, has_deadline) -> list[AuthorClaim]:
    """Claims the text makes in its own voice in ``sent``, outside the tokens already ``covered``."""
    found: list[AuthorClaim] = []
    if sent.text.rstrip().endswith("?"):  # a question asserts nothing
        return found
    for verb in sent:
        if verb.pos_ not in VERBAL or verb.i in covered:
            continue
        words = clause_words(verb)
        if not words or any(t.i in covered for t in words):
            continue
        control = find_control(words, places, state_only=True)
        if control is not None and control.verb.i == verb.i and not control.negated:
            found.append(AuthorClaim("territorial control", words, control))
            continue
        if verb.dep_ in ("ROOT", "conj", "ccomp") and _is_author_prediction(verb):
            found.append(AuthorClaim("prediction", words))
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        is_passive = any(c.dep_ == "auxpass" for c in verb.children)
        # (not a relative clause: "the report, which will be published on October 28" narrates a plan)
        if auxes & DECISION_AUX and is_passive and verb.dep_ not in ("relcl", "acl") and has_deadline(words):
            found.append(AuthorClaim("policy decision", words))
    return found


def _is_author_prediction(verb) -> bool:
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    head_adverbs = {c.lower_ for c in verb.head.children if c.dep_ == "advmod"} if verb.dep_ == "conj" else set()
    return bool((auxes & FUTURE_AUX) and (adverbs | head_adverbs) & PREDICTION_ADVERBS)


def clause_words(verb) -> list:
    """The clause headed by ``verb``: its subtree without coordinated clauses, sentence adverbs and
    clauses that merely precede it ("On June 8, yet another date was appointed: ...")."""
    drop = set()
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in VERBAL:
            drop.update(c.subtree)
        elif c.dep_ == "cc":
            drop.add(c)
        elif c.i < verb.i and c.dep_ in ("ccomp", "advcl", "intj", "npadvmod") :
            drop.update(c.subtree)
        elif c.i < verb.i and c.dep_ in ("advmod", "prep") and c.i == verb.left_edge.i and _comma_after(c):
            drop.update(c.subtree)  # "Currently,", "For example,"
    words = [t for t in verb.subtree if t not in drop]
    while words and (words[0].is_punct or words[0].is_space or words[0].dep_ in ("cc", "mark") or
                     (words[0].dep_ == "advmod" and words[0].head.i == verb.i and words[0].i < verb.i and
                      words[0].lower_ not in ("not", "never"))):
        words = words[1:]
    while words and (words[-1].is_punct and words[-1].text != "%" or words[-1].is_space or words[-1].dep_ == "cc"):
        words = words[:-1]
    return words


def _comma_after(tok) -> bool:
    """Is the phrase headed by ``tok`` followed by a comma ("For example, ...")?"""
    last = tok.right_edge
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    return nxt is not None and nxt.text == ","
