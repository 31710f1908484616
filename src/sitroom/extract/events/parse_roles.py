"""The role an actor mention plays in an event, read from the dependency parse around the event's trigger:
who acts (the subject, the by-phrase of a passive, "fire from X"), the other side (the object, "against X"),
a second party joined by "and", or a source that reports or reacts ("an official said"). The subjects that do
something else than the event (identify, rescue, investigate) are told in not_parties.py."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arguments import (
    ACCUSE_VERBS,
    ADDRESSEE_VERBS,
    BESIDE_SITE_PREPS,
    DYING_LEMMAS,
    GIVE_UP,
    HOST_VERBS,
    INNER_PREPS,
    NON_PARTY_VERBS,
    PATIENT_PREPS,
    REACTION_VERBS,
    SEQUENCE_PREPS,
    SPEAKER_POSSESSIVES,
    SPEAKER_PRONOUNS,
    TALK_ABOUT_VERBS,
    TERRITORY_BATTLES,
    TOPIC_PREPS,
    LOSE_LIFE,
    UNDERGO_LEMMAS,
    UNDERGO_PREP,
)
from ...lang.en.events.arrests import VERB_ARGUMENT_DEPS
from ...lang.en.events.strategic import DEPLOY_LEMMAS
from ...lang.en.reporting import CLAIM_SPEECH_LEMMAS
from ...records import ActorMention
from .placed_site import placed_beside
from .taxonomy import CLAIM, DIPLOMATIC_CONTACT, NON_VIOLENT_TRANSFER, VIOLENT_TYPES
from ..pos import VERBAL

_SPEECH = CLAIM_SPEECH_LEMMAS


def mention_token(doc, m: ActorMention):
    """The token that ties the mention into the parse: its noun, not a word the parser misread ("IS" as a verb)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tops = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    return next((t for t in tops if t.pos_ in ("NOUN", "PROPN", "PRON")), span.root)


def token_at(doc, offset: int):
    """The token holding the character ``offset`` of the document: where an event's cue starts (its verb or
    noun), or a match of a pattern. (trigger_word.trigger_token finds a trigger by its word in a sentence.)"""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def predicates(trig, label: Optional[str]) -> dict:
    """Tokens that carry the event (token index → its token): the trigger, the verb a trigger noun is the
    subject or object of ("an airstrike by soldiers hit ..."), the verb a trigger verb continues ("tortured
    and killed", "began to shell"); for a claim of responsibility, the speech verb above it ("X said it
    was responsible")."""
    while (trig.dep_ in ("amod", "compound", "nummod") or trig.pos_ == "PROPN") and trig.head.i != trig.i:
        trig = trig.head  # "an official visit", "drone strike": the noun carries the event; a name never does
    preds = {trig.i: trig}
    head = trig.head
    if trig.pos_ in ("NOUN", "PROPN") and head.i != trig.i:
        if trig.dep_ in VERB_ARGUMENT_DEPS and head.lemma_.lower() not in NON_PARTY_VERBS:
            # "an airstrike by soldiers hit ..." (not "police probed the blast": who looks into it did not do it)
            preds[head.i] = head
        elif trig.dep_ == "pobj" and head.head.pos_ in VERBAL and head.lower_ not in SEQUENCE_PREPS \
                and not talked_of(trig):
            preds[head.head.i] = head.head  # "retook the town in a counter-attack"
    for tok in list(preds.values()):  # "stormed it and expelled X", "began to shell"
        if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in VERBAL and tok.head.i != tok.i:
            preds[tok.head.i] = tok.head
    if trig.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSE_VERBS:
        preds[head.head.i] = head.head  # "accused troops of sexual violence"
    elif trig.dep_ == "pobj" and head.lower_ in ("of", "for") and _accusing(head.head) is not None:
        # the same, with "of ..." hung on the accused, or on the last of them ("accused the regime and other
        # forces of heavy shelling")
        verb = _accusing(head.head)
        preds[verb.i] = verb
    elif trig.dep_ in ("pcomp", "dobj") or trig.head.dep_ == "pcomp":
        up = trig.head if trig.dep_ == "dobj" else trig
        up = up.head if up.dep_ == "pcomp" else up
        if up.lower_ in ("of", "for") and up.head.lemma_.lower() in ACCUSE_VERBS:
            preds[up.head.i] = up.head  # "accused government forces of using chemical weapons"
    if label == CLAIM:
        # The verbs of saying or claiming above the trigger are the claim ("X said in a statement that its
        # fighters carried out the bombing, claiming responsibility"), except a report of it after the
        # claim ("ISIS claimed the bombing, a local official said"), reached from a reported clause.
        tok, same_subject = trig, True
        for _ in range(6):
            if (tok.lemma_.lower() in _SPEECH or tok.lemma_.lower() in ("blame", "take", "accept")) and \
                    (same_subject or tok.i < trig.i):
                preds[tok.i] = tok
            if tok.head.i == tok.i:
                break
            same_subject = same_subject and tok.dep_ in ("advcl", "xcomp", "conj", "acomp")
            tok = tok.head
    return preds


def talked_of(tok) -> bool:
    """Whether ``tok`` is in the topic of a verb of talking ("commented on yesterday's bombings", "spoke about the
    attack"): the event is what is talked of, and the talker reports it, no party to it."""
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TOPIC_PREPS:
            return head.head.lemma_.lower() in TALK_ABOUT_VERBS
        if tok.dep_ not in ("pobj", "compound", "amod", "conj", "appos"):
            return False
        tok, hops = head, hops + 1
    return False


def _talker(tok):
    """The noun that speaks for the body ``tok`` names: "a Taliban spokesman", "a spokesman for the ministry",
    "the ministry's officials" (the body speaks through it); ``tok`` itself otherwise."""
    for _ in range(3):
        if tok.dep_ in ("compound", "poss", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head.dep_ == "nsubj":
            tok = tok.head.head
        else:
            break
    return tok


def _accusing(accused):
    """The verb of accusation whose object is ``accused`` or the first conjunct it is joined to ("accused the
    regime and other forces"), or None."""
    hops = 0
    while accused.dep_ == "conj" and accused.head.i != accused.i and hops < 6:
        accused, hops = accused.head, hops + 1
    if accused.dep_ == "dobj" and accused.head.lemma_.lower() in ACCUSE_VERBS:
        return accused.head
    return None


def local_role(tok, label: Optional[str] = None) -> Optional[str]:
    """The role the parse gives a token in its own clause (when it is not an argument of the trigger)."""
    for _ in range(4):  # climb through compounds, appositions, "of" phrases
        dep, head = tok.dep_, tok.head
        if dep == "conj" and head.i != tok.i:
            tok = head
            continue
        role, verb = None, head
        if dep in ("nsubj", "csubj"):
            lemma = head.lemma_.lower()
            if lemma in _SPEECH or lemma in REACTION_VERBS:
                return "source"  # "a provincial governor said ...": reports the event, no party to it
            if (lemma in DYING_LEMMAS or _undergoes(head)) and label and label.startswith(VIOLENT_TYPES):
                return "patient"  # "a soldier died after a bomb attack": the dead are its victims
            role = "agent"
        elif dep == "pobj" and head.dep_ == "agent":
            role, verb = "agent", head.head
        elif dep == "pobj" and head.lower_ == "between":
            return "agent"
        elif _addressee(tok):
            return "source"  # "told CPJ that ...": the one told is no party to what is told
        elif dep == "pobj" and head.lower_ in ("on", "upon") and head.head.pos_ == "NOUN" and label \
                and label.startswith(VIOLENT_TYPES):
            return "patient"  # "condemns the attack on a UN aid convoy": the target inside the noun phrase
        elif dep == "dobj" and head.lemma_.lower() in ACCUSE_VERBS and label and label.startswith(VIOLENT_TYPES):
            return "alleged"  # "..., witnesses said, blaming the Oromo Liberation Army": the doer told, not the target
        elif dep in ("nsubjpass", "dobj", "attr", "oprd"):
            role = "patient"
        elif dep == "pobj" and head.lower_ in ("with", "against", "from", "to"):
            role, verb = "patient", head.head
        if role is not None:
            if label in TERRITORY_BATTLES and verb.lemma_.lower() in GIVE_UP:
                role = "patient" if role == "agent" else "agent"  # "after the army retreated"
            return role
        if head.i == tok.i:
            break
        tok = head
    return None


def _undergoes(verb) -> bool:
    """Whether ``verb`` is "come under" ("police came under fire") or "lose one's life": its subject is the one
    attacked or killed."""
    lemma = verb.lemma_.lower()
    if lemma == LOSE_LIFE[0]:
        return any(c.dep_ == "dobj" and c.lemma_.lower() == LOSE_LIFE[1] for c in verb.children)
    return lemma in UNDERGO_LEMMAS and any(c.dep_ == "prep" and c.lower_ == UNDERGO_PREP for c in verb.children)


def _addressee(tok) -> bool:
    """Whether ``tok`` is the one told by a verb of telling: its object ("told CPJ") or its "to" phrase
    ("speaking to our correspondent")."""
    head = tok.head
    if tok.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in ADDRESSEE_VERBS
    return (tok.dep_ == "pobj" and head.lower_ == "to" and head.head.i != head.i
            and head.head.lemma_.lower() in ADDRESSEE_VERBS)


def event_role(tok, preds: dict, label: Optional[str]) -> tuple[Optional[str], int]:
    """(role, strength) of the mention whose root is ``tok`` in the event carried by ``preds``.

    Roles: "agent" (who acts), "patient" (the other side), "coagent" (the second of two parties joined by
    "and"), "associate" (a second doer joined in a by-phrase: "attacked by X and Y"), "source" (who reports or reacts), "alleged" (whom a source blames: the doer it tells, never the
    other side). Strength 2 when the mention is an argument of the trigger
    itself, 1 when only its own clause says what it does, 0 when the parse says nothing.
    """
    trigger, talker = preds[next(iter(preds))], _talker(tok)
    if talker.dep_ == "nsubj" and talker.head.lemma_.lower() in TALK_ABOUT_VERBS and talked_of(trigger) \
            and talker.head.is_ancestor(trigger) and talker.head.i not in preds:
        return "source", 1  # "the minister commented on yesterday's bombings": who talks of it reports it
    conj_of_first = False
    path = []
    cur = tok
    inner = None  # "a protest against X", "an assault on X": the preposition settles X's side
    for _ in range(8):
        if cur.i in preds:
            break
        if inner is None and path and cur.dep_ == "prep" and path[-1].dep_ == "pobj" and cur.lower_ in INNER_PREPS:
            inner = INNER_PREPS[cur.lower_]
        if cur.head.i == cur.i:
            cur = None
            break
        path.append(cur)
        cur = cur.head
    else:
        cur = None
    if cur is not None and not path:
        # The mention holds the trigger ("Russian airstrikes hit ..."), or is the object of the verb it hangs on.
        return ("agent", 2) if cur.i == next(iter(preds)) else (local_role(tok, label), 1)
    if cur is not None:
        pred, child = cur, path[-1]
        # "A and B clashed": B hangs on A; take A's place as the second party.
        by_conj = False
        for t in path:
            if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
                if t.head.dep_ == "pobj" and (t.head.head.dep_ == "agent" or t.head.head.lower_ == "by"):
                    by_conj = True  # "arrested by police and federal agents": doers acting together
                else:
                    conj_of_first = True
        dep = child.dep_
        role = None
        if placed_beside(tok, path, label):
            return "patient", 1  # "a bomb planted beneath a police car": what it lay against, a target at most
        if inner is not None and len(path) > 2:
            role = inner  # the preposition is inside the argument, not on the trigger itself
        elif dep in ("nsubj", "csubj"):
            lemma = pred.lemma_.lower()
            trigger = next(iter(preds))  # the cue's own token comes first
            if (lemma in _SPEECH or lemma in REACTION_VERBS) and pred.i != trigger and label != CLAIM:
                role = "source"  # "an official said" on the verb a trigger noun hangs on
            elif (lemma in DYING_LEMMAS or _undergoes(pred)) and label and label.startswith(VIOLENT_TYPES):
                role = "patient"  # "two soldiers died in a bomb attack": the dead are its victims
            else:
                role = "agent"
        elif dep == "agent" or (dep == "prep" and child.lower_ == "by"):
            role = "agent"
        elif dep == "nsubjpass":
            # (a force deployed or sent is the doer of its deployment: the guide's Other, "troops arrive"; not of a
            # violent act told beside it, "police were deployed after settlers attacked homes")
            role = "agent" if pred.lemma_.lower() in DEPLOY_LEMMAS and not (label and label.startswith(VIOLENT_TYPES)) \
                else "patient"
        elif dep in ("poss", "compound") and pred.pos_ in ("NOUN", "PROPN"):
            role = "agent"  # "the Taliban's offensive", "a Taliban attack"
        elif dep in ("dobj", "dative", "attr", "oprd"):
            role = "patient"
        elif dep == "prep" and child.lower_ == "between":
            role = "agent"
        elif dep == "prep" and child.lower_ == "from" and pred.pos_ == "NOUN":
            role = "agent"  # "artillery fire from Iraqi troops", "an attack from the north"
        elif dep == "prep" and child.lower_ in PATIENT_PREPS:
            role = "patient"
        elif (dep == "prep" and child.lower_ in BESIDE_SITE_PREPS and label and label.startswith(VIOLENT_TYPES)
              and (tok.head.i == child.i or (tok.dep_ == "compound" and tok.head.head.i == child.i))):
            return "patient", 1  # "exploded outside a police station": the owner of the site, a target at most
        if role in ("agent", "patient") and pred.lemma_.lower() in ACCUSE_VERBS and label != CLAIM and pred.i != next(iter(preds)):
            # "X accused Y of using chemical weapons": Y did it, to X's side.
            return ("agent", 2) if role == "patient" else ("patient", 1)
        if role is not None:
            lemma = pred.lemma_.lower()
            if (label in TERRITORY_BATTLES or (label == NON_VIOLENT_TRANSFER and pred.dep_ == "advcl")) \
                    and lemma in GIVE_UP and role in ("agent", "patient"):
                # "troops lost control of X to Y", "X entered the town after troops abandoned their posts": who
                # gives ground is the other side of who gains it.
                role = "patient" if role == "agent" else "agent"
            elif label == DIPLOMATIC_CONTACT and lemma in HOST_VERBS and role in ("agent", "patient"):
                role = "patient" if role == "agent" else "agent"
            if conj_of_first and role == "agent":
                role = "coagent"
            elif by_conj and role == "agent":
                role = "associate"  # a second doer of a passive's by-phrase: the doer's ally, never the other side
            return role, 2
    # The trigger's noun modifies the mention: "militants who attacked", "villagers killed by ..."
    for p in preds.values():
        if p.head.i == tok.i and p.dep_ in ("relcl", "acl"):
            # a participle is passive ("villagers killed by ...") unless it has an object of its own: "rebels
            # killed 40 people, an official said", misparsed with "rebels" on "said", is the rebels' act
            passive = any(c.dep_ in ("auxpass", "agent") for c in p.children) or (
                p.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in p.children))
            return ("patient" if passive else "agent"), 2
    role = local_role(tok, label)
    if role == "agent" and tok.dep_ == "conj":
        role = "coagent"
    return role, (1 if role else 0)


def verb_of(tok):
    """The verb whose clause holds ``tok`` (the token itself when it is one)."""
    hops = 0
    while tok.pos_ not in VERBAL and tok.head.i != tok.i and hops < 8:
        tok, hops = tok.head, hops + 1
    return tok


def speaker_of_pronoun(trig, speakers: dict):
    """"Police said they have arrested the suspect": the speaker, when the event's verb has a pronoun for its
    subject ("they", "it", "we"), or the speaker's own forces ("Russia's Defence Ministry said its forces had
    captured ..."), and is reported by that speaker's verb of saying."""
    verb = verb_of(trig)
    if not any(c.dep_ == "nsubj" and (c.lower_ in SPEAKER_PRONOUNS or any(
            g.dep_ == "poss" and g.lower_ in SPEAKER_POSSESSIVES for g in c.children)) for c in verb.children):
        return None
    t, hops = verb, 0
    while t.head.i != t.i and hops < 3:
        if t.dep_ not in ("ccomp", "conj", "xcomp"):
            return None
        t, hops = t.head, hops + 1
        if t.i in speakers:
            return speakers[t.i]
    return None
