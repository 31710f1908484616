"""Actor mentions in an event's sentence that are no party to it: a source ("according to ..."), a news
outlet or photo credit, an unknown name that is a place, a capitalised dateline, a name used as a modifier of
what is no party ("Taliban-held territory"), one in a clause about another party, a government named as a
landmark; and, from the parse, the subject of a word other than the event's, one that acts apart from it, one named
only in an arrest's offence. pick_actors (actor_roles.py) skips them.
"""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.actors.vocabulary import NEWS_OUTLETS, OUTLET_AFTER, OUTLET_WORDS
from ...lang.en.events.irrealis import PROVOKING
from ...lang.en.events.arguments import (
    AFFILIATION_PARTICIPLES,
    BESIDE_PREPS,
    HOLDER_PARTICIPLES,
    NAMED_AS_BEFORE,
    NAMED_PERSON_NOUNS,
    NON_PARTY_HEADS,
    NON_PARTY_VERBS,
    ORG_WORD,
    PLACE_AFTER,
    PLACE_BEFORE,
    POLICY_NOUNS,
    REQUESTER_NOUNS,
    SEQUENCE_PREPS,
    STRUCTURE_NAME,
    TERRITORY_BATTLES,
    TITLE_OPENERS,
    TITLE_RANKS,
)
from ...lang.en.events.civilians import (
    CHARGE_LEMMAS, CHARGE_PREPS, CHARGED_IN_LEMMAS, OFFENCE_IN_NOUNS, TAKING_CHARGE_LEMMAS, TAKING_CHARGE_PREPS,
)
from ...lang.en.places import HONORIFICS, TITLE_HEADS
from ...records import ActorMention, ActorRef
from ..actors.catalogue import Catalogue
from .parse_roles import verb_of

# "..., according to a UN monitoring team": who reports, not who takes part.
ACCORDING_BEFORE = re.compile(r"\baccording to\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}$", re.I)


def not_a_party(tok, label: Optional[str] = None) -> bool:
    """A name used as a modifier of what is not a party: "government control", "Taliban-held territory", a policy
    ("law enforcement reform", "the government's policies"),
    "an ISIL-held building"; or of the party it is tied to: "the al Qaeda-linked JNIM"; or who asked for the
    event: "an airstrike at the request of the Somali government". Not the holder a place is taken from
    ("liberated the town from ISIL control"): the side that lost it."""
    hyphen = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    if hyphen and tok.head.i > tok.i and tok.head.lower_ in HOLDER_PARTICIPLES | AFFILIATION_PARTICIPLES:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in REQUESTER_NOUNS:
        return True  # "at the request of the Somali government": who asked, not a party
    held = tok.head
    if label in TERRITORY_BATTLES and held.dep_ == "pobj" and held.head.lower_ == "from":
        return False
    return tok.dep_ in ("compound", "amod", "poss") and (held.lemma_.lower() in NON_PARTY_HEADS
                                                         or held.lower_ in POLICY_NOUNS)


def in_provoked_act(tok, preds: dict) -> bool:
    """Whether the mention ``tok`` names a party of what the event provoked, not of the event: below the effect of
    a verb of provoking on the way up to the event's predicates (``preds``: token index -> token), "Hamas bombers
    blew themselves up, killing 26 people and provoking air raids against Mr Arafat's administration" (the raids'
    target, no side of the bombing). Not its cause, the verb's subject ("Hamas attacks provoked air raids")."""
    t, hops = tok, 0
    while t.head.i != t.i and hops < 10 and t.i not in preds:
        child, t, hops = t, t.head, hops + 1
        if t.i in preds:
            return False
        if t.pos_ == "VERB" and t.lemma_.lower() in PROVOKING and child.dep_ in ("dobj", "prep", "xcomp"):
            return True
    return False


def describes_party(tok, trig, party_tokens: set[int]) -> bool:
    """Inside a relative clause that describes another party and does not hold the event: "The Allied
    Democratic Forces (ADF), which has pledged allegiance to Islamic State, attacked the villages", "Al
    Shabaab, the al Qaeda-linked group that has been fighting to overthrow Somalia's central government,
    claimed responsibility": background on who the party is, not a party of the event."""
    if trig is None:
        return False
    t = tok
    for _ in range(12):
        if t.head.i == t.i or t.i == trig.i:
            return False
        if t.dep_ == "relcl":
            if t.is_ancestor(trig):
                return False  # "militants who attacked the village": the clause tells the event
            head = t.head
            while head.dep_ == "appos" and head.head.i != head.i:
                head = head.head
            return head.i in party_tokens and head.i != tok.i
        t = t.head
    return False


def beside_seat(tok, ref: ActorRef, catalogue: Catalogue) -> bool:
    """A government named as the place an event happened beside: "exploded outside a restaurant near the
    presidential palace", "a blast close to the ministry". Not a state's forces ("near an army base" may be
    their camp the attack was aimed at). Asked for explosions and battles only, which reports place by a
    landmark ("Al Shabaab militants stormed the SYL hotel near the presidential palace"): of other events the
    seat may be the target or the side met ("police formed lines on the streets near the White House", typed an
    attack, keeps the government as its other side)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "to" and prep.head.lower_ in ("close", "next"):
        prep = prep.head
    if prep.lower_ not in BESIDE_PREPS:
        return False
    actor = catalogue.actors.get(ref.name)
    return actor is not None and actor.family == "government"


def in_attribution(tok) -> bool:
    """Inside "according to ..." ("according to the Commissioner of Police, Adamu Usman"): a source."""
    for _ in range(6):
        if tok.lower_ == "according" or tok.head.i == tok.i:
            return tok.lower_ == "according"
        tok = tok.head
    return False


def is_outlet(m: ActorMention, outlet: Optional[str], text: str = "") -> bool:
    """A news outlet or a photo credit: the document's own, a known one, or an unknown organisation named like
    one ("Getty Images") or followed by its kind ("Focus magazine")."""
    low = m.text.lower().strip()
    low = low[4:] if low.startswith("the ") else low
    if outlet and low == outlet.lower().removeprefix("the ").strip():
        return True
    if low in NEWS_OUTLETS or m.name.lower() in NEWS_OUTLETS:
        return True
    return not m.known and bool(OUTLET_WORDS.search(m.text) or OUTLET_AFTER.match(text, m.end))


def is_place(m: ActorMention, text: str, places, place_texts: set[str]) -> bool:
    """An unknown name that is a place ("Djibo", "Arauca department") or a built site ("the al-Jalaa Tower"), not
    an actor."""
    if m.known:
        return False
    if m.text.lower() in place_texts or any(p.start < m.end and m.start < p.end for p in places):
        return True
    if ORG_WORD.search(m.text):
        return False
    if STRUCTURE_NAME.search(m.text):
        return True  # "the al-Jalaa Tower": a building the event hit, not a party
    return bool(PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) or PLACE_AFTER.match(text, m.end))


def named_thing(m: ActorMention, text: str) -> bool:
    """An unknown name given to a thing: "a bomb called the Daisy Cutter", "an offensive dubbed Operation X". English
    puts the name after the noun it names; a name given to a group ("a militia known as X") is still a party."""
    if m.known or m.kind != "group" or ORG_WORD.search(m.text):
        return False
    before = NAMED_AS_BEFORE.search(text, max(0, m.start - 60), m.start)
    return before is not None and not ORG_WORD.search(before["before"]) and not NAMED_PERSON_NOUNS.search(before["before"])


def glosses_person(m: ActorMention, text: str, mentions) -> bool:
    """An unknown name that is the whole of a bracket right after a person's name ("MP Muhammad Ssegirinya (Kawempe
    North)", "Francis Zaake (Mityana Municipality)"): it glosses the person (the constituency, district or home
    English writers put there) and is no party; the person is. Not an organisation's name or an acronym ("(FDC)"),
    which may be the body the person stands for."""
    if m.known or m.kind != "group" or ORG_WORD.search(m.text) or m.text.replace(" ", "").isupper():
        return False
    opened = text[:m.start].rstrip()
    if not opened.endswith("(") or not text[m.end:].lstrip().startswith(")"):
        return False
    name_end = len(opened[:-1].rstrip())
    return any(p.kind == "person" and p.end == name_end for p in mentions)


_TITLES = HONORIFICS | TITLE_HEADS | TITLE_RANKS
_WORD_AFTER = re.compile(r"[ ]+([A-Za-z]+)")


def in_title(m: ActorMention, text: str) -> bool:
    """An unknown name that opens a person's title or is one ("the retired Air Vice Marshal", "Parliament Speaker
    Mohamed Nasheed", "Air Commodore John Okafor"): the holder of the title is meant, and the person stands for the
    side. Not an acronym nor a name with a word of organisation in it ("EFCC Chairman", "the Electoral Commission
    chairman"), which may be the body that acts."""
    if m.known or m.kind != "group" or ORG_WORD.search(m.text) or m.text.replace(" ", "").isupper():
        return False
    words = m.text.split()
    if len(words) > 1 and words[-1].lower() in _TITLES:
        return True  # the whole title taken for a name: "Air Vice Marshal"
    after = _WORD_AFTER.match(text, m.end)
    if after is None or not after[1][0].isupper():
        return False
    word = after[1].lower()
    return word in _TITLES or word in TITLE_OPENERS


def capitals_heading(m: ActorMention, ref: ActorRef) -> bool:
    """A name in capitals that heads a dateline or a section ("MANILA, Mar 3 (AFP) -", "HONG KONG -"): not a
    known acronym of one word that is no place's government ("ESMAD officials", "AMISOM troops")."""
    return m.text.isupper() and len(m.text) > 4 and (not m.known or " " in m.text.strip()
                                                     or ref.name.startswith("Government of"))


def subject_elsewhere(tok, preds: dict) -> bool:
    """Whether the mention at ``tok`` is the subject or the by-agent of a word that does not carry the event
    ("rescued by the police", "a manhunt by the police ... has begun"), rather than a party joined to it
    ("between soldiers and militants")."""
    for _ in range(8):
        if tok is None or tok.i in preds:
            return False
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") or (tok.dep_ == "prep" and tok.lower_ == "by"):
            return head.i not in preds
        if tok.dep_ not in ("compound", "amod", "conj", "appos", "pobj", "poss", "det", "nmod") or head.i == tok.i:
            return False
        tok = head
    return False


def acts_apart(tok, trig) -> bool:
    """Whether the subject ``tok`` does something other than the event carried by ``trig``: it identifies,
    investigates or assists ("the Defense Department has identified the service member who was killed"), or
    acts before or after it ("officers secure the area following a blast")."""
    if tok is None or trig is None:
        return False
    verb = verb_of(tok)
    if verb.i == trig.i:
        return False
    if verb.lemma_.lower() in NON_PARTY_VERBS:
        return True
    t, hops = trig, 0
    while t.head.i != t.i and hops < 10:
        if t.head.i == verb.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_PREPS and t.head.head.i == verb.i:
            return True
        t, hops = t.head, hops + 1
    return False


def in_offence(tok) -> bool:
    """Whether ``tok`` is named only in the offence an arrest is told with: the object of a word of accusation
    or arrest ("accused of the hijacking of a TWA plane", "in connection with the murder of X", "charged in the
    plot", "arrested for attacking X"), of "in" before an offence noun ("arrested in the disappearance of X"), or of
    "of" after one ("the murder of a US navy diver", its victim): neither side of the arrest."""
    cur = tok
    for _ in range(10):
        head = cur.head
        if head.i == cur.i:
            return False
        # (a gerund's object too: "arrested for attacking a Chinese businessman")
        if cur.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            prep, gov = head.lower_, head.head.lemma_.lower()
            taking = gov in TAKING_CHARGE_LEMMAS
            if (prep in (TAKING_CHARGE_PREPS if taking else CHARGE_PREPS) and gov in CHARGE_LEMMAS) \
                    or (prep == "in" and gov in CHARGED_IN_LEMMAS) \
                    or (prep == "in" and cur.lower_ in OFFENCE_IN_NOUNS) \
                    or (prep == "of" and head.head.lower_ in OFFENCE_IN_NOUNS):
                return True
        cur = head
    return False
