"""Sentences that talk about demonstrations without reporting one.

On real news the demonstration types were the most over-generated: officials and rights groups who
condemn a crackdown, call on people to protest, or "demonstrate their determination" share the words of a
protest report. ACLED codes a demonstration from a report that people gathered; a statement about one is
not an event (the demonstration, if new, is reported by its own sentence).

The same holds for every type: "Britain condemned the killing", "Trump used his chance to comment on
the withdrawal" react to an act, they do not report it (is_reaction_to).
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.reactions import (
    ACCOUNT_NOUNS,
    APPEALS,
    APPROVE,
    CARE_VERBS,
    CARED_FOR,
    CARRIED_VERBS,
    CONDITION_VERBS,
    CONVEY,
    CROWD,
    FEELING_NOUNS,
    FEELINGS,
    HOSPITALS,
    INQUIRY,
    ISSUE_VERBS,
    ISSUED_TEXTS,
    JOINED_OBJECT,
    NAMED_AS,
    OBLIGATION,
    PLACE_NOUNS,
    REACTIONS,
    STANCES,
    STATEMENT_NOUNS,
    TALK_ABOUT,
    TEXT_TOPIC_PREPS,
    TOPIC_PREPS,
    WISH,
    WOUNDS,
)
from ...lang.en.events.demonstrations import SHOW_SKIP, SHOW_TIME_NOUNS
from ...lang.en.reporting import REPORTING_LEMMAS
from ..pos import VERBAL
from ..written import listed


def _subject(verb) -> Optional[object]:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _crowd(tok) -> bool:
    return tok is not None and tok.lemma_.lower() in CROWD


def is_talk_about_protest(span) -> bool:
    """Whether a sentence typed as a demonstration only comments on one: its main verb is a reaction or
    an appeal by someone other than the crowd ("Blinken denounced the crackdown", "the union is calling
    on workers to protest"), or "demonstrate" means to show ("the authorities are demonstrating their
    determination")."""
    if span is None:
        return False
    root = span.root
    if root.pos_ in VERBAL and root.lemma_.lower() in REACTIONS and not _crowd(_subject(root)):
        return True
    for tok in span:
        if tok.lemma_.lower() == "demonstrate" and tok.pos_ == "VERB":
            if shows(tok) and not _crowd(_subject(tok)):
                return True
    return False


def shows(verb) -> bool:
    """"demonstrate" with what is shown: an object, a clause, or the noun phrase that follows it ("have
    demonstrated, once again, their clear opposition", which the parser may hang elsewhere); not a time ("Kurds
    demonstrated this week in Berlin", "... the whole day outside parliament": when they demonstrated)."""
    if any(c.dep_ in ("dobj", "ccomp") and not _when(c) for c in verb.children):
        return True
    nxt = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if not t.is_punct and t.lower_ not in SHOW_SKIP), None)
    if nxt is None or _when(nxt) or _when(nxt.head):
        return False
    return nxt.pos_ == "DET" or nxt.tag_ == "PRP$"


def _when(tok) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in SHOW_TIME_NOUNS


def named_as(tok) -> bool:
    """Whether the event word ``tok`` is the name a speaker gives to something ("Foreign ministers have dubbed it
    in-flight kidnapping", "rights groups described it as an abduction"): a judgement of an act, which the
    story tells in its own words elsewhere. ACLED: a reaction or a statement about an event is not the event."""
    if tok is None:
        return False
    before = tok.doc.text[tok.sent.start_char:tok.idx]
    return bool(NAMED_AS.search(before)) and not JOINED_OBJECT.search(before)


def is_reaction_to(tok) -> bool:
    """Whether the event word ``tok`` is what a reaction or a comment is about: the object of "condemned",
    "mourned", "denounced", the topic of "comment on", "concern over", "reacted to". ACLED: a reaction
    is not the act (the act is coded from its own report). So is what an inquiry looks into ("did not open an
    investigation into his abduction", "a probe into the killing"): the guide codes no investigation, and the
    act it names is told elsewhere, or is coded from there only when it has no report of its own (refers_back)."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "into":
        inquirer = tok.head.head  # the inquiry, or the verb that opens one ("opened an investigation into")
        if listed(inquirer, INQUIRY, lemma=True) or any(c.dep_ == "dobj" and listed(c, INQUIRY, lemma=True)
                                                       for c in inquirer.children):
            return True
    if tok.dep_ == "dobj":
        governor = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS:
        governor = tok.head.head
    else:
        return False
    if governor.lemma_.lower() not in TALK_ABOUT:
        return False
    # "protesters denounced the arrests" is a protest, not a reaction to one
    return governor.pos_ == "NOUN" or not _crowd(_subject(governor))


def main_statement(span):
    """The clause that says what the sentence states: its root, or the clause a verb of saying reports
    ("..., the secretary said"), or what a speaker says they want to do ("I want to convey ...")."""
    tok, hops = span.root, 0
    while hops < 4:
        lemma = tok.lemma_.lower()
        if lemma in REPORTING_LEMMAS:
            nxt = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        elif lemma in WISH:
            nxt = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        else:
            nxt = None
        if nxt is None:
            break
        tok, hops = nxt, hops + 1
    return tok


def is_reaction_statement(span) -> bool:
    """Whether the sentence states a reaction or an inquiry rather than reports an act: someone other than the
    crowd is appalled or concerned ("I am appalled by this latest brutal attack") or states a stance ("We remain
    firmly committed to working closely with Turkey"), conveys a feeling ("I want to convey my deepest
    condolences to the families of the victims"), welcomes a published account ("welcomes the Board of
    Inquiry's summary of its investigation into the attack"); a verbless heading names a statement ("Foreign
    Secretary statement on UN chemical weapons report"); or the main clause tells an inquiry into an act
    ("Arson investigators were back at the scene Thursday", "teams were unable to investigate several reported
    deaths"), whoever makes it, or care given to the hurt ("Our teams at the Southern Hospital received 130
    wounded people"), or the state of someone hurt ("He had bruises on his face", _condition). ACLED codes the act from its report; the reaction is none (welcoming the news
    that forces took a town tells the taking: it stays)."""
    if span is None or len(span) == 0:
        return False
    tok = main_statement(span)
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "ROOT":
        return lemma in STATEMENT_NOUNS and not any(t.pos_ in VERBAL for t in span)
    if tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if (_inquiry(tok) and not _act_told_after(tok)) or _care(tok) or _condition(tok):
        return True
    subj = _subject(tok)
    if _crowd(subj):
        return False
    feeling = lemma in FEELINGS or (lemma in ("be", "remain", "stay") and any(
        c.dep_ == "acomp" and c.lemma_.lower() in FEELINGS | STANCES for c in tok.children))
    if feeling:
        # "We are deeply concerned by reports of shelling", "We remain firmly committed to ...": someone's feeling
        # about an act it does not date. Not a place's ("the town was shocked by a car bomb"), nor one about an
        # act it dates ("I am shocked by today's attack on the market" tells the attack as news).
        place = subj is not None and (subj.ent_type_ in ("GPE", "LOC", "FAC") or subj.lemma_.lower() in PLACE_NOUNS)
        return not place and not any(t.ent_type_ in ("DATE", "TIME") for t in span)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    demand = lemma in APPEALS or (aux & OBLIGATION and "have" not in aux)
    if demand and not any(_act_told_after(t) for t in tok.subtree) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in span):
        return True  # "groups are calling on the Governor-General to explain how he handled claims of abuse"
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in ISSUE_VERBS and any(_text_about(o, tok) for o in objects) \
            and not any(e.label_ in ("DATE", "TIME") and not e.text.isdigit() for e in span.ents):
        return True  # "has released a statement responding to claims he failed to act on abuse in 1990"
    if lemma in CONVEY:
        return any(o.lemma_.lower() in FEELING_NOUNS for o in objects)
    if lemma in APPROVE:
        return any(o.lemma_.lower() in ACCOUNT_NOUNS for o in objects)
    return False


def _text_about(obj, verb) -> bool:
    """Whether the object of a verb of putting out is a text about something: a statement noun with a clause of
    talking about ("a statement responding to the claims", "a message condemning the attack") or a topic ("a
    statement on the killing", which the parser may hang on the verb). A text told by what it says ("a statement
    saying troops killed 20", "a statement claiming the attack") is not one: its content may be the act, coded as
    claimed or reported."""
    if obj.lemma_.lower() not in ISSUED_TEXTS:
        return False
    clauses = [c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp")]
    if any(c.lemma_.lower() in TALK_ABOUT for c in clauses):
        return True
    if clauses:
        return False  # what the text says
    topics = [c for c in (*obj.children, *verb.children) if c.dep_ == "prep" and c.lower_ in TEXT_TOPIC_PREPS]
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" for p in topics for g in p.children)


def _care(head) -> bool:
    """Whether the clause headed by ``head`` tells care given to the hurt ("received 130 wounded people",
    "treated 40 injured"): its verb is one of caring and its object names the wounded."""
    if head.lemma_.lower() not in CARE_VERBS:
        return False
    def hurt(t) -> bool:
        return t.lemma_.lower() in CARED_FOR or t.lower_ in CARED_FOR

    # the object itself or its modifier ("130 wounded people"), not a clause on it ("a shell that killed two patients")
    return any(c.dep_ == "dobj" and (hurt(c) or any(m.dep_ in ("amod", "compound") and hurt(m) for m in c.children))
               for c in head.children)


def _condition(head) -> bool:
    """Whether the clause headed by ``head`` (or a verb joined to it: "appeared exhausted and had bruises") tells
    only the state of someone hurt: wounds they have ("had a broken arm and deep wounds"), or their being taken to
    a hospital. Not when a clause of the act hangs on it ("was taken to hospital after police beat him")."""
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in VERBAL)]
    # (nor when a clause of another verb is joined to it: "Soldiers beat a journalist and he was taken to hospital",
    # "beat him; he was taken to hospital": the act is told there)
    if any(c.dep_ in ("advcl", "ccomp", "parataxis") and c.pos_ in VERBAL
           or (c.dep_ == "prep" and c.lower_ in ("after", "following")) for v in verbs for c in v.children):
        return False

    def wound(t) -> bool:
        return t.lemma_.lower() in WOUNDS or any(c.dep_ in ("amod", "conj") and wound(c) for c in t.children)

    def hospital(v) -> bool:
        return (v.lemma_.lower() in CARRIED_VERBS and any(c.dep_ == "auxpass" for c in v.children)
                and any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in HOSPITALS for p in c.children) for c in v.children))
    def state(v) -> bool:
        return (v.lemma_.lower() in CONDITION_VERBS and any(c.dep_ == "dobj" and wound(c) for c in v.children)) or hospital(v)
    # every verb joined tells a state ("appeared exhausted and had bruises"), none an act
    return any(state(v) for v in verbs) and all(state(v) or v.lemma_.lower() in CONDITION_VERBS | {"be", "seem"}
                                                for v in verbs)


def _inquiry(head) -> bool:
    """Whether the clause headed by ``head`` tells an inquiry: its verb (or the verb it governs: "were unable
    to investigate") is one of investigating, or its subject is an investigator. (Not an object: "called for
    an investigation into the airstrike that killed 30 civilians" reports the airstrike.)"""
    chain, t, hops = [head], head, 0
    while hops < 3:
        t = next((c for c in t.children if c.dep_ in ("xcomp", "acomp")), None)
        if t is None:
            break
        chain.append(t)
        hops += 1
    subj = _subject(head)
    return any(listed(t, INQUIRY, lemma=True) for t in chain) or (
        subj is not None and subj.pos_ == "NOUN" and listed(subj, INQUIRY, lemma=True))


def _act_told_after(head) -> bool:
    """Whether the inquiry's clause is followed by the act it looks into, told in a clause of its own with its doer
    ("Police examined the site after a suicide bomber killed eight people"): the sentence reports that act (the
    guide: an event named inside another statement is coded from it). Not a noun ("after the fire")."""
    return any(c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)
               and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)
               for c in head.children)


def act_reported(ev, doc, reports=()):
    """``ev`` unless every report of it (its evidence and those merged into it) states a reaction
    or an inquiry (is_reaction_statement): the act is coded from a report of it, not from "we extend our
    deepest condolences" or "arson investigators were back at the scene". Like rules.arrest_told it runs on the events the filter kept."""
    from .discourse import evidence_span

    if all(is_reaction_statement(evidence_span(doc, r)) for r in (ev, *reports)):
        return None
    return ev
