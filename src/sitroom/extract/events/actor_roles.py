"""Event actors: who did it (actor1) and to whom (actor2), chosen among the actor mentions of the
event's sentence by their role in the parse (the subject, the by-phrase of a passive, "fire from X";
the object or the victims), with ACLED's naming of state forces by the country of the event.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...lang.en.actors.vocabulary import (
    GENERIC_PHRASES,
    NEWS_OUTLETS,
    OUTLET_WORDS,
    UNKNOWN_COUNTRY,
)
from ...lang.en.countries import iso_name
from ...lang.en.events.arguments import (
    ADDRESSEE_VERBS,
    GIVE_UP,
    HOLDER_PARTICIPLES,
    INNER_PREPS,
    NON_PARTY_HEADS,
    NON_PARTY_VERBS,
    ORG_WORD,
    PLACE_AFTER,
    PLACE_BEFORE,
    REACTION_VERBS,
    SEQUENCE_PREPS,
    SPEAKER_PRONOUNS,
    TERRITORY_BATTLES,
    VICTIMS,
)
from ...lang.en.reporting import CLAIM_SPEECH_LEMMAS
from ...records import ActorMention, ActorRef, PlaceMention
from ..actors.catalogue import Catalogue, catalogue_of, load_catalogue
from ..actors.vocabulary import JUNTA_COUNTRIES
from ..actors.vocabulary import dateline_end as _dateline_end


def country_name(iso: Optional[str]) -> Optional[str]:
    """The short English name ACLED uses in actor names ("Military Forces of Russia"): the actor
    catalogue's own name first, so "Protesters (Turkey)" and "Police Forces of Turkey" agree; else ISO's."""
    if not iso:
        return None
    # The shipped catalogue: country names come from countries.yaml, which user catalogues do not extend.
    return load_catalogue().country_names.get(iso) or iso_name(iso)


def to_ref(m: ActorMention) -> Optional[ActorRef]:
    """The event argument for a mention: people stand for the group they speak or act for."""
    if m.kind == "person":
        if not m.organisation:
            return None
        # the group's own attributes, which the mention carries: "Taliban" is a rebel group whoever speaks for it
        return ActorRef(name=m.organisation, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)
    return ActorRef(name=m.name, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)


_SPEECH = CLAIM_SPEECH_LEMMAS
# A host's guest is the one who travels: "Ankara received a delegation from Baghdad" → actor1 Iraq.
_HOST = {"host", "receive", "welcome"}
_CLAIM = "Statements / Claim of responsibility"
# Verbs that lay an act at someone's door: their object is the doer ("accused troops of looting").
_ACCUSE = {"accuse", "blame", "charge", "suspect", "condemn", "denounce"}
# "..., according to a UN monitoring team": who reports, not who takes part.
_ACCORDING_BEFORE = re.compile(r"\baccording to\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}$", re.I)
_PATIENT_PREPS = {"with", "against", "on", "at", "from", "upon", "into", "to", "toward", "towards"}


def _mention_token(doc, m: ActorMention):
    """The token that ties the mention into the parse: its noun, not a word the parser misread ("IS" as a verb)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tops = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    return next((t for t in tops if t.pos_ in ("NOUN", "PROPN", "PRON")), span.root)


def _trigger_token(doc, trigger_start: int):
    """The token where the event's cue starts (its verb or noun)."""
    span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _predicates(trig, label: Optional[str]) -> dict:
    """Tokens that carry the event (token index → its token): the trigger, the verb a trigger noun is the
    subject or object of ("an airstrike by soldiers hit ..."), the verb a trigger verb continues ("tortured
    and killed", "began to shell"); for a claim of responsibility, the speech verb above it ("X said it
    was responsible")."""
    while (trig.dep_ in ("amod", "compound", "nummod") or trig.pos_ == "PROPN") and trig.head.i != trig.i:
        trig = trig.head  # "an official visit", "drone strike": the noun carries the event; a name never does
    preds = {trig.i: trig}
    head = trig.head
    if trig.pos_ in ("NOUN", "PROPN") and head.i != trig.i:
        if trig.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            preds[head.i] = head  # "an airstrike by soldiers hit ..."
        elif trig.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and head.lower_ not in SEQUENCE_PREPS:
            preds[head.head.i] = head.head  # "retook the town in a counter-attack"
    for tok in list(preds.values()):  # "stormed it and expelled X", "began to shell"
        if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
            preds[tok.head.i] = tok.head
    if trig.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in _ACCUSE:
        preds[head.head.i] = head.head  # "accused troops of sexual violence"
    elif (trig.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.dep_ == "dobj"
          and head.head.head.lemma_.lower() in _ACCUSE):
        preds[head.head.head.i] = head.head.head  # the same, with "of ..." hung on the accused
    elif trig.dep_ in ("pcomp", "dobj") or trig.head.dep_ == "pcomp":
        up = trig.head if trig.dep_ == "dobj" else trig
        up = up.head if up.dep_ == "pcomp" else up
        if up.lower_ in ("of", "for") and up.head.lemma_.lower() in _ACCUSE:
            preds[up.head.i] = up.head  # "accused government forces of using chemical weapons"
    if label == _CLAIM:
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


def _local_role(tok, label: Optional[str] = None) -> Optional[str]:
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
            role = "agent"
        elif dep == "pobj" and head.dep_ == "agent":
            role, verb = "agent", head.head
        elif dep == "pobj" and head.lower_ == "between":
            return "agent"
        elif _addressee(tok):
            return "source"  # "told CPJ that ...": the one told is no party to what is told
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


def _addressee(tok) -> bool:
    """Whether ``tok`` is the one told by a verb of telling: its object ("told CPJ") or its "to" phrase
    ("speaking to our correspondent")."""
    head = tok.head
    if tok.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in ADDRESSEE_VERBS
    return (tok.dep_ == "pobj" and head.lower_ == "to" and head.head.i != head.i
            and head.head.lemma_.lower() in ADDRESSEE_VERBS)


def _event_role(tok, preds: dict, label: Optional[str]) -> tuple[Optional[str], int]:
    """(role, strength) of the mention whose root is ``tok`` in the event carried by ``preds``.

    Roles: "agent" (who acts), "patient" (the other side), "coagent" (the second of two parties joined by
    "and"), "source" (who reports or reacts). Strength 2 when the mention is an argument of the trigger
    itself, 1 when only its own clause says what it does, 0 when the parse says nothing.
    """
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
        return ("agent", 2) if cur.i == next(iter(preds)) else (_local_role(tok, label), 1)
    if cur is not None:
        pred, child = cur, path[-1]
        # "A and B clashed": B hangs on A; take A's place as the second party.
        for t in path:
            if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
                conj_of_first = True
        dep = child.dep_
        role = None
        if inner is not None and len(path) > 2:
            role = inner  # the preposition is inside the argument, not on the trigger itself
        elif dep in ("nsubj", "csubj"):
            lemma = pred.lemma_.lower()
            trigger = next(iter(preds))  # the cue's own token comes first
            if (lemma in _SPEECH or lemma in REACTION_VERBS) and pred.i != trigger and label != _CLAIM:
                role = "source"  # "an official said" on the verb a trigger noun hangs on
            else:
                role = "agent"
        elif dep == "agent" or (dep == "prep" and child.lower_ == "by"):
            role = "agent"
        elif dep == "nsubjpass":
            role = "patient"
        elif dep in ("poss", "compound") and pred.pos_ in ("NOUN", "PROPN"):
            role = "agent"  # "the Taliban's offensive", "a Taliban attack"
        elif dep in ("dobj", "dative", "attr", "oprd"):
            role = "patient"
        elif dep == "prep" and child.lower_ == "between":
            role = "agent"
        elif dep == "prep" and child.lower_ == "from" and pred.pos_ == "NOUN":
            role = "agent"  # "artillery fire from Iraqi troops", "an attack from the north"
        elif dep == "prep" and child.lower_ in _PATIENT_PREPS:
            role = "patient"
        if role in ("agent", "patient") and pred.lemma_.lower() in _ACCUSE and label != _CLAIM and pred.i != next(iter(preds)):
            # "X accused Y of using chemical weapons": Y did it, to X's side.
            return ("agent", 2) if role == "patient" else ("patient", 1)
        if role is not None:
            lemma = pred.lemma_.lower()
            if label in TERRITORY_BATTLES and lemma in GIVE_UP and role in ("agent", "patient"):
                # "troops lost control of X to Y": who gives ground is the other side of who gains it.
                role = "patient" if role == "agent" else "agent"
            elif label == "Diplomacy / Diplomatic contact" and lemma in _HOST and role in ("agent", "patient"):
                role = "patient" if role == "agent" else "agent"
            if conj_of_first and role == "agent":
                role = "coagent"
            return role, 2
    # The trigger's noun modifies the mention: "militants who attacked", "villagers killed by ..."
    for p in preds.values():
        if p.head.i == tok.i and p.dep_ in ("relcl", "acl"):
            passive = any(c.dep_ in ("auxpass", "agent") for c in p.children) or p.tag_ == "VBN"
            return ("patient" if passive else "agent"), 2
    role = _local_role(tok, label)
    if role == "agent" and tok.dep_ == "conj":
        role = "coagent"
    return role, (1 if role else 0)


def _not_a_party(tok) -> bool:
    """A name used as a modifier of what is not a party: "government control", "Taliban-held territory",
    "an ISIL-held building"."""
    hyphen = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    if hyphen and tok.head.lower_ in HOLDER_PARTICIPLES:
        return True
    return tok.dep_ in ("compound", "amod", "poss") and tok.head.lemma_.lower() in NON_PARTY_HEADS


def _in_attribution(tok) -> bool:
    """Inside "according to ..." ("according to the Commissioner of Police, Adamu Usman"): a source."""
    for _ in range(6):
        if tok.lower_ == "according" or tok.head.i == tok.i:
            return tok.lower_ == "according"
        tok = tok.head
    return False


def _is_outlet(m: ActorMention, outlet: Optional[str]) -> bool:
    """A news outlet: the document's own, a known one, or an unknown organisation named like one."""
    low = m.text.lower().strip()
    low = low[4:] if low.startswith("the ") else low
    if outlet and low == outlet.lower().removeprefix("the ").strip():
        return True
    if low in NEWS_OUTLETS or m.name.lower() in NEWS_OUTLETS:
        return True
    return not m.known and bool(OUTLET_WORDS.search(m.text))


def _is_place(m: ActorMention, text: str, places, place_texts: set[str]) -> bool:
    """An unknown name that is a place ("Djibo", "Arauca department"), not an actor."""
    if m.known:
        return False
    if m.text.lower() in place_texts or any(p.start < m.end and m.start < p.end for p in places):
        return True
    if ORG_WORD.search(m.text):
        return False
    return bool(PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) or PLACE_AFTER.match(text, m.end))


def _localise(ref: ActorRef, m: ActorMention, country: Optional[str], label: Optional[str],
              catalogue: Catalogue) -> ActorRef:
    """A generic state force ("government troops", "the police") belongs to the country where the event
    happened, not to the country the document talks about most."""
    if not country or ref.country == country:
        return ref
    family = _GENERIC_NAME_FAMILY.get(ref.name)
    phrase = " ".join(m.text.lower().split())
    if family is None and (ref.actor_type or "").lower() == "civilians" and m.text == m.text.lower():
        family = "civilians"  # bare "civilians" are the place's: "shelled Mariupol, killing 3 civilians"
    if family is None and ref.country is not None:
        family = _PHRASE_FAMILY.get(phrase) or _PHRASE_FAMILY.get(phrase.removeprefix("the "))
    if family is None or (family == "government" and label in _ABROAD):
        return ref  # a delegation's own government is not the host's
    if "junta" in phrase and country not in JUNTA_COUNTRIES:
        return ref
    actor = catalogue.state_actor(country, family)
    return actor.ref(m.text) if actor is not None else ref


# Events whose parties often come from elsewhere than the place where they meet.
_ABROAD = ("Diplomacy / Diplomatic contact", "Strategic developments / Agreement")
_GENERIC_NAME_FAMILY = {name: family for family, name in UNKNOWN_COUNTRY.items()}
_PHRASE_FAMILY = {p: family for family, phrases in GENERIC_PHRASES.items() for p in phrases}


def pick_actors(doc, mentions: list[ActorMention], trigger_start: int, text: str = "", *,
                label: Optional[str] = None, country: Optional[str] = None, outlet: Optional[str] = None,
                places: Iterable[PlaceMention] = (), place_texts: Optional[set[str]] = None,
                cue_found: bool = True, catalogue: Optional[Catalogue] = None
                ) -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """actor1 (who acts) and actor2 (the other side, or whom it is done to) among the mentions of the
    event sentence, from the dependency parse around the trigger.

    text: the document text (``doc.text`` rebuilds it from the tokens: too slow to call per mention).
    label: the event's "type / sub-event type" (roles turn with "lost X to Y", "X hosted Y", claims).
    country: ISO code of the event's place: generic state forces ("government troops") are its own.
    outlet: the document's outlet; it and other news outlets are sources, never parties.
    places: the sentence's place mentions; place_texts: lower-case texts of the document's places.
    cue_found: False when no cue marks the trigger (``trigger_start`` is then the sentence start).
    catalogue: the actor catalogue (user files included); by default the one the actors stage left on ``doc``.
    """
    catalogue = catalogue or catalogue_of(doc)
    text = text or (doc.text if doc is not None else "")
    places = list(places)
    place_texts = place_texts or set()
    dateline = _dateline_end(text) if mentions and mentions[0].start < 160 else 0
    trig = _trigger_token(doc, trigger_start) if doc is not None else None
    if trig is not None and not cue_found:
        trig = trig.sent.root  # no cue: the sentence's main verb carries the event ...
        if trig.lemma_.lower() in _SPEECH:  # ... or the clause reported by "witnesses said"
            trig = next((c for c in trig.children if c.dep_ == "ccomp"), trig)
    preds = _predicates(trig, label) if trig is not None else {}
    scored, speakers, elsewhere = [], {}, set()
    for m in mentions:
        ref = to_ref(m)
        if ref is None or m.start < dateline or (m.text.isupper() and len(m.text) > 4):  # "MANILA, Mar 3 (AFP) -"
            continue
        if _is_outlet(m, outlet) or _is_place(m, text, places, place_texts):
            continue
        if _ACCORDING_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        role, strength, tok = None, 0, None
        if doc is not None:
            tok = _mention_token(doc, m)
            if tok is not None:
                if _not_a_party(tok) or _in_attribution(tok):
                    continue
                if text[max(0, m.start - 4):m.start].lower().endswith("by ") and not preds:
                    role, strength = "agent", 1
                else:
                    role, strength = _event_role(tok, preds, label) if preds else (_local_role(tok, label), 1)
        if role == "source":
            if tok is not None and tok.dep_ == "nsubj":
                speakers[tok.head.i] = (m, _localise(ref, m, country, label, catalogue))
            continue
        if role in ("agent", "coagent") and strength < 2 and preds and _acts_apart(tok, next(iter(preds.values()))):
            continue
        if role == "agent" and strength < 2 and preds and _subject_elsewhere(tok, preds):
            elsewhere.add(id(m))
        scored.append((m, _localise(ref, m, country, label, catalogue), role, strength))
    if speakers and preds and not any(x[2] in ("agent", "coagent") for x in scored):
        said = _speaker_of_pronoun(next(iter(preds.values())), speakers)
        if said is not None:
            scored.insert(0, (said[0], said[1], "agent", 2))
    if not any(x[2] in ("agent", "coagent") for x in scored) and trig is not None:
        # "A US drone strike killed ...", "Israeli airstrikes hit ...": the country that modifies the weapon
        # or attack noun carrying the event is the doer, its armed forces in ACLED's naming.
        forces = _attacking_country(trig, places, label, catalogue)
        if forces is not None:
            scored.insert(0, (None, forces, "agent", 2))
    if not scored:
        return None, None

    def best(items, role):
        found = [x for x in items if x[2] == role]
        return max(found, key=lambda x: x[3]) if found else None  # max keeps the first of equals

    a1 = best(scored, "agent") or best(scored, "coagent")
    if a1 is None:
        a1 = next((x for x in scored if x[2] != "patient" and x[0].start < trigger_start), None)
    if a1 is None:
        a1 = next((x for x in scored if x[2] != "patient"), None)
    if a1 is None:  # only victims named ("the victim, X, was kidnapped"): the doer is unknown
        a2 = best(scored, "patient")
        return None, (a2[1] if a2 else None)
    rest = [x for x in scored if x[1].name != a1[1].name]
    if a1[2] == "agent" and a1[3] == 2:
        # The doer is the trigger's own agent: the subject or by-agent of another word is neither side of
        # the event ("were rescued by the police after they were kidnapped by gunmen", "a manhunt by the
        # police for girls kidnapped by bandits", "the police received information that he was abducted
        # by armed men").
        rest = [x for x in rest if id(x[0]) not in elsewhere]
    a2 = best(rest, "patient") or best(rest, "coagent") or best(rest, "agent") or (rest[0] if rest else None)
    return a1[1], (a2[1] if a2 else None)


def _subject_elsewhere(tok, preds: dict) -> bool:
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


def _verb_of(tok):
    """The verb whose clause holds ``tok`` (the token itself when it is one)."""
    hops = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and hops < 8:
        tok, hops = tok.head, hops + 1
    return tok


def _acts_apart(tok, trig) -> bool:
    """Whether the subject ``tok`` does something other than the event carried by ``trig``: it identifies,
    investigates or assists ("the Defense Department has identified the service member who was killed"), or
    acts before or after it ("officers secure the area following a blast")."""
    if tok is None or trig is None:
        return False
    verb = _verb_of(tok)
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


def _speaker_of_pronoun(trig, speakers: dict):
    """"Police said they have arrested the suspect": the speaker, when the event's verb has a pronoun for its
    subject ("they", "it", "we") and is reported by that speaker's verb of saying."""
    verb = _verb_of(trig)
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in verb.children):
        return None
    t, hops = verb, 0
    while t.head.i != t.i and hops < 3:
        if t.dep_ not in ("ccomp", "conj", "xcomp"):
            return None
        t, hops = t.head, hops + 1
        if t.i in speakers:
            return speakers[t.i]
    return None


def _attacking_country(trig, places: list[PlaceMention], label: Optional[str], catalogue: Catalogue
                       ) -> Optional[ActorRef]:
    """The armed forces of the country named as a modifier of the noun that carries an attack ("a US drone
    strike", "Russian shelling", "an Israeli air raid"), when the event is armed violence."""
    if label is None or not label.startswith(_ARMED_VIOLENCE):
        return None
    noun = trig
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "drone" in "drone strike": the strike
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for mod in noun.children:
        if mod.dep_ not in ("compound", "amod", "nmod", "poss") or mod.i > noun.i:
            continue
        for p in places:
            if p.level == "country" and p.country and p.start <= mod.idx < p.end:
                actor = catalogue.state_actor(p.country, "military")
                return actor.ref(p.text) if actor is not None else None
    return None


_ARMED_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def victims_text(sentence: str) -> Optional[str]:
    """The words naming victims ("surrendered soldiers", "villagers"), if any."""
    m = VICTIMS.search(sentence)
    return m.group(0) if m else None
