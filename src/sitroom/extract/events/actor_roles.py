"""Event actors: who did it (actor1) and to whom (actor2), chosen among the actor mentions of the
event's sentence by their role in the parse (parse_roles.py: the subject, the by-phrase of a passive,
"fire from X"; the object or the victims), with ACLED's naming of state forces by the country of the event.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...lang.en.actors.vocabulary import GENERIC_PHRASES, UNKNOWN_COUNTRY
from ...lang.en.countries import ACLED_COUNTRY, iso_name
from ...lang.en.events.arguments import REACTION_VERBS, TALK_ABOUT_VERBS, TOPIC_PREPS, VICTIMS, WEAPON_ACRONYM
from ...lang.en.events.demonstrations import NOUN_MODIFIER_DEPS
from ...lang.en.reporting import CLAIM_SPEECH_LEMMAS
from ...read.nlp import doc_text
from ...records import ActorMention, ActorRef, PlaceMention
from ..actors.catalogue import Catalogue, catalogue_of, load_catalogue
from ..actors.vocabulary import JUNTA_COUNTRIES
from ..actors.vocabulary import dateline_end as _dateline_end
from .initiative import fought_with, initiated
from .own_clause import names_own_doer
from .parse_roles import (
    event_role,
    local_role,
    mention_token,
    predicates,
    speaker_of_pronoun,
    token_at,
    verb_of,
)
from .not_parties import (
    ACCORDING_BEFORE,
    acts_apart,
    beside_seat,
    capitals_heading,
    describes_party,
    glosses_person,
    in_attribution,
    in_offence,
    in_title,
    in_provoked_act,
    is_outlet,
    is_place,
    named_thing,
    not_a_party,
    subject_elsewhere,
)
from .taxonomy import (AGREEMENT, ARMED_GROUP_INTER, ARMED_PARTY_INTER, ARRESTS, CIVILIANS_INTER, DIPLOMATIC_CONTACT,
                       REMOTE_VIOLENCE, SUICIDE_BOMB)


def country_name(iso: Optional[str]) -> Optional[str]:
    """The short English name ACLED uses in actor names ("Military Forces of Russia"): the actor
    catalogue's own name first, so "Protesters (Turkey)" and "Police Forces of Turkey" agree; else ISO's.
    Hong Kong's and Macau's actors are China's, as ACLED codes them ("Civilians (China)")."""
    if not iso:
        return None
    iso = ACLED_COUNTRY.get(iso, iso)
    # The shipped catalogue: country names come from countries.yaml, which user catalogues do not extend.
    return load_catalogue().country_names.get(iso) or iso_name(iso)


def bracketed(cname: Optional[str]) -> Optional[str]:
    """A country's name in actors as ACLED writes it in brackets: "the Philippines" gives "Civilians
    (Philippines)", while "Police Forces of the Philippines" keeps the article."""
    return cname.removeprefix("the ") if cname else cname


def to_ref(m: ActorMention) -> Optional[ActorRef]:
    """The event argument for a mention: people stand for the group they speak or act for."""
    if m.kind == "person":
        if not m.organisation:
            return None
        # the group's own attributes, which the mention carries: "Taliban" is a rebel group whoever speaks for it
        return ActorRef(name=m.organisation, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)
    return ActorRef(name=m.name, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)


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
    if family is None and ref.name.startswith(_UNIDENTIFIED) and _bare(m.text, catalogue):
        family = "unidentified"  # bare "gunmen" too: "Gunmen abducted two Vietnamese women in Manila"
    if family is None and ref.country is not None:
        family = _PHRASE_FAMILY.get(phrase) or _PHRASE_FAMILY.get(phrase.removeprefix("the "))
    if family is None or (family == "government" and label in _ABROAD):
        return ref  # a delegation's own government is not the host's
    if "junta" in phrase and country not in JUNTA_COUNTRIES:
        return ref
    actor = catalogue.state_actor(country, family)
    return actor.ref(m.text) if actor is not None else ref


def _bare(words: str, catalogue: Catalogue) -> bool:
    """Words of a kind only ("masked gunmen", "Gunmen" opening a sentence), no name nor nationality in them."""
    first, *rest = words.split()
    return not any(w[0].isupper() for w in rest) and first.lower() not in catalogue.demonyms


_UNIDENTIFIED = "Unidentified Armed Group ("
# Events whose parties often come from elsewhere than the place where they meet.
_ABROAD = (DIPLOMATIC_CONTACT, AGREEMENT)
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
    text = text or (doc_text(doc) if doc is not None else "")
    places = list(places)
    place_texts = place_texts or set()
    dateline = _dateline_end(text) if mentions and mentions[0].start < 160 else 0
    trig = token_at(doc, trigger_start) if doc is not None else None
    if trig is not None and not cue_found:
        trig = trig.sent.root  # no cue: the sentence's main verb carries the event ...
        if trig.lemma_.lower() in CLAIM_SPEECH_LEMMAS:  # ... or the clause reported by "witnesses said"
            said = trig
            trig = next((c for c in said.children if c.dep_ == "ccomp"), None)
            if trig is None:  # "Rebels killed 40 people, an official said" parsed with both subjects on "said":
                # the first verb of the report before it carries the event; who says it stays a source
                trig = next((t for t in said.sent if t.i < said.i and t.pos_ == "VERB"
                             and t.lemma_.lower() not in CLAIM_SPEECH_LEMMAS), said)
        elif trig.lemma_.lower() in REACTION_VERBS:  # ... or what "France condemned": who reacts is no party
            trig = next((c for c in trig.children if c.dep_ == "dobj"), trig)
        elif trig.lemma_.lower() in TALK_ABOUT_VERBS:  # ... or what "the minister commented on": who talks of it
            trig = next((p for c in trig.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                         for p in c.children if p.dep_ == "pobj"), trig)
    preds = predicates(trig, label) if trig is not None else {}
    scored, speakers, elsewhere = [], {}, set()
    party_tokens = set()
    if doc is not None and trig is not None:
        party_tokens = {t.i for t, m in ((mention_token(doc, m), m) for m in mentions)
                        if t is not None and to_ref(m) is not None}
    for m in mentions:
        ref = to_ref(m)
        if ref is None or m.start < dateline or capitals_heading(m, ref):
            continue
        if is_outlet(m, outlet, text) or is_place(m, text, places, place_texts) or WEAPON_ACRONYM.fullmatch(m.text) \
                or named_thing(m, text) or glosses_person(m, text, mentions) \
                or in_title(m, text):
            continue  # (a weapon named by its acronym, "a UAV launch site", a name given to it, or a
            # bracket glossing a person, "MP X (Kawempe North)", or a person's title, "Air Vice Marshal", is no party)
        if ACCORDING_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        role, strength, tok = None, 0, None
        if doc is not None:
            tok = mention_token(doc, m)
            if tok is not None:
                if not_a_party(tok, label) or in_attribution(tok) or describes_party(tok, trig, party_tokens) \
                        or (preds and in_provoked_act(tok, preds)):
                    continue
                if label is not None and label.startswith(_BESIDE_TYPES) and beside_seat(tok, ref, catalogue):
                    continue
                if label == ARRESTS and in_offence(tok):
                    continue  # "a man accused of the hijacking of a TWA plane was arrested": what he is held for
                if tok.dep_ == "poss" and tok.head.i in party_tokens and tok.head.i != tok.i:
                    continue  # "Sudan's Rapid Support Forces attacked": the forces act, their country is no party
                if text[max(0, m.start - 4):m.start].lower().endswith("by ") and not preds:
                    role, strength = "agent", 1
                else:
                    role, strength = event_role(tok, preds, label) if preds else (local_role(tok, label), 1)
        if role == "source":
            if tok is not None and tok.dep_ == "nsubj":
                speakers[tok.head.i] = (m, _localise(ref, m, country, label, catalogue))
            continue
        if role in ("agent", "coagent", "associate") and strength < 2 and preds and acts_apart(tok, next(iter(preds.values()))):
            continue
        if (label == ARRESTS and ref.inter not in (None, 1, 8) and role != "patient"
                and not (role == "agent" and strength == 2)):
            # Arrests are made by state forces, or foreign and coalition forces (inter 8) in their operations: a rebel
            # group, militia, crowd or civilians the sentence names without making them the trigger's own agent ("the arrest of X for soliciting support for IPOB",
            # "instructed by an IS member") is neither the arrester nor, unless arrested, the other side.
            continue
        if ref.inter == CIVILIANS_INTER and role != "patient" and role != "source":
            # ACLED codes civilians only as the victims, never as the doer: "abducted by Chinese nationals" is an
            # unidentified armed group's abduction of civilians (the annotated corpus has no civilian actor1).
            role, strength = "patient", 0
        if role == "agent" and strength < 2 and preds and subject_elsewhere(tok, preds):
            elsewhere.add(id(m))
        if role == "agent" and strength == 1 and preds and tok is not None and not _governs(tok, preds):
            # "After the White House demanded action, the Palestinian Authority launched raids to arrest ...": the
            # subject of a clause the event is not part of acts apart; the subject of the clause that holds the
            # event comes first (both only subjects of their own verbs, neither an argument of the trigger).
            strength = 0.5
        scored.append((m, _localise(ref, m, country, label, catalogue), role, strength))
    if preds and any(x[3] == 0.5 for x in scored) and names_own_doer(preds, party_tokens):
        # "A gunman opened fire ... before he was shot dead by police": the event's clause names its own doer, a
        # word no party stands for; the subject of a clause the event is not part of is neither of its sides.
        scored = [x for x in scored if x[3] != 0.5]
    if speakers and preds and not any(x[2] == "agent" for x in scored):
        # "Police said they have arrested ...", "Putin said he and Erdogan agreed in a phone call": the
        # speaker the pronoun stands for (the first of two parties joined by "and").
        said = speaker_of_pronoun(next(iter(preds.values())), speakers)
        if said is None and label == ARRESTS:
            # "The Nigerian army yesterday confirmed the arrest of X": the state force whose verb takes the
            # arrest as its object made it.
            said = next((v for i, v in speakers.items() if i in preds and v[1].inter == 1), None)
        if said is not None:
            scored.insert(0, (said[0], said[1], "agent", 2))
    elif (speakers and preds and label is not None and label.startswith(_ARMED_VIOLENCE)
          and not any(x[2] == "patient" for x in scored)):
        # "The army said it had repelled an attack by JNIM fighters": the doer is named, and the speaker the
        # pronoun subject of the event's verb stands for is the other side (the one attacked, or fighting back).
        said = speaker_of_pronoun(next(iter(preds.values())), speakers)
        doers = {x[1].name for x in scored if x[2] in ("agent", "coagent")}
        if said is not None and said[1].name not in doers:
            scored.append((said[0], said[1], "patient", 1))
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

    # The party a source blames is the doer it tells, never the other side ("..., blaming the OLA"), and the
    # doer before a party the parse makes the subject of another clause only ("the truce brokered by Turkey
    # collapsed as activists accused the regime of shelling"): only the act's own agent comes before it.
    a1 = best(scored, "agent")
    if a1 is None or a1[3] < 2:
        a1 = best(scored, "alleged") or a1
    a1 = a1 or best(scored, "coagent") or best(scored, "associate")
    # Without an agent, the first party named before the trigger, then any: not a name the catalogue does not
    # know that the parse gives no part in the event ("director of the Arabic Network for Human Rights
    # Information (ANHRI), Gamal Eid was attacked").
    fallback = [x for x in scored if x[2] != "patient" and (x[2] is not None or x[0] is None or x[0].known)]
    if a1 is None:
        a1 = next((x for x in fallback if x[0].start < trigger_start), None)
    if a1 is None:
        a1 = next(iter(fallback), None)
    if a1 is None and label is not None and label.startswith("Battles"):
        # "a Palestinian, killed in a firefight with Israeli forces": only casualties and the party fought named;
        # the party they fought with is the one the report has acting, the casualties' side (if armed) the other.
        fought = next((x for x in scored if x[2] == "patient" and x[0] is not None and x[1].inter in ARMED_PARTY_INTER
                       and fought_with(mention_token(doc, x[0]))), None)
        if fought is not None:
            side = next((x for x in scored if x[2] == "patient" and x[1].name != fought[1].name
                         and x[1].inter in ARMED_PARTY_INTER), None)
            return fought[1], (side[1] if side else None)
    if a1 is None:  # only victims named ("the victim, X, was kidnapped"): the doer is unknown
        a2 = best(scored, "patient")
        return None, (a2[1] if a2 else None)
    # A doer's ally in a by-phrase ("attacked by X and Y") is on the doer's side: never the other side.
    rest = [x for x in scored if x[1].name != a1[1].name and x[2] not in ("alleged", "associate")]
    if a1[2] == "agent" and a1[3] == 2:
        # The doer is the trigger's own agent: the subject or by-agent of another word is neither side of
        # the event ("were rescued by the police after they were kidnapped by gunmen", "a manhunt by the
        # police for girls kidnapped by bandits", "the police received information that he was abducted
        # by armed men").
        rest = [x for x in rest if id(x[0]) not in elsewhere]
    if a1[2] == "alleged":
        # Whom the accused did it to is the other side; the accuser and the subjects of other clauses are not.
        a2 = best(rest, "patient")
    else:
        a2 = best(rest, "patient") or best(rest, "coagent") or best(rest, "agent") or (rest[0] if rest else None)
    if a2 is None and a1[0] is None:
        # "Three US soldiers were killed by a stray US bomb": the doer named only by its weapon's country hit its own
        # side's forces, whom the sentence names as the victims; what was hit is actor2, whoever it belongs to.
        a2 = next((x for x in scored if x[0] is not None and x[2] == "patient" and x[1].name == a1[1].name
                   and x[1].inter in ARMED_PARTY_INTER), None)
    if (a2 is not None and a1[2] == "agent" and a2[2] == "patient" and label is not None
            and label.startswith(_ARMED_VIOLENCE) and a1[1].inter in ARMED_PARTY_INTER and a2[1].inter in ARMED_PARTY_INTER
            and a2[0] is not None and initiated(mention_token(doc, a2[0]))):
        # "The army killed three militants who attacked one of its vehicles": the side that attacked first is the
        # initiator, ACLED's actor1, and the side that answered it the other side.
        a1, a2 = a2, a1
    return a1[1], (a2[1] if a2 else None)


def _governs(tok, preds: dict) -> bool:
    """Whether the clause of ``tok`` holds the event: its verb is one of the event's predicates or above one."""
    verb = verb_of(tok)
    return any(verb.i == p.i or verb.is_ancestor(p) for p in preds.values())


_STATE = 1


def kind_referent(state: bool, context_actors) -> Optional[ActorRef]:
    """The party a definite anaphor of a kind points back to ("The militants had captured the town" after
    "government forces have retaken the town of Cowsweyne from al-Shabaab fighters"): the last-named party of
    that kind (state forces, or a non-state armed group) in the nearest sentence before that names one;
    None when none does. ``context_actors``: the mentions of the sentences before, nearest first."""
    want = (lambda r: r.inter == _STATE) if state else (lambda r: r.inter in ARMED_GROUP_INTER)
    for actors in context_actors:
        refs = [(m.start, r) for m in actors if m.kind == "group" and (r := to_ref(m)) is not None and want(r)]
        if refs:
            return max(refs, key=lambda x: x[0])[1]
    return None


def _attacking_country(trig, places: list[PlaceMention], label: Optional[str], catalogue: Catalogue
                       ) -> Optional[ActorRef]:
    """The armed forces of the country named as a modifier of the noun that carries an attack ("a US drone
    strike", "Russian shelling", "an Israeli air raid"), when the event is armed violence."""
    if label is None or not label.startswith(_ARMED_VIOLENCE) or label == SUICIDE_BOMB:
        # A suicide bomber is no state's force: "a Palestinian suicide bomber" tells where the bomber is from, and
        # ACLED names an unclaimed bomber an Unidentified Armed Group (the conventions' default), not an army.
        return None
    noun = trig
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "drone" in "drone strike": the strike
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for mod in noun.children:
        if mod.dep_ not in NOUN_MODIFIER_DEPS or mod.i > noun.i:
            continue
        joint = _joint_forces(_hyphenated(mod), catalogue)
        if joint is not None:
            return joint
        for p in places:
            if p.level == "country" and p.country and p.start <= mod.idx < p.end:
                actor = catalogue.state_actor(p.country, "military")
                return actor.ref(p.text) if actor is not None else None
    return None


def _hyphenated(tok) -> str:
    """The whole hyphenated word a token is part of ("US-British", which the parser may split into three)."""
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo - 1].text == "-" or doc[lo].text == "-"):
        lo -= 1
    while hi + 1 < len(doc) and not doc[hi].whitespace_ and (doc[hi + 1].text == "-" or doc[hi].text == "-"):
        hi += 1
    return doc[lo:hi + 1].text


def _joint_forces(word: str, catalogue: Catalogue) -> Optional[ActorRef]:
    """The first state of a joint attack named by a hyphenated pair of nationalities ("a U.S.-British air raid",
    "a joint US-Iraqi strike"): English names the leading partner first, and ACLED's actor1 is the lead force
    (the other its associate). None unless every part of the word names a country."""
    parts = word.split("-")
    if len(parts) < 2:
        return None
    isos = [catalogue.demonyms.get(x.lower()) or catalogue.place_names.get(x.lower()) for x in parts]
    if not all(isos):
        return None
    actor = catalogue.state_actor(isos[0], "military")
    return actor.ref(parts[0]) if actor is not None else None


_BESIDE_TYPES = (REMOTE_VIOLENCE, "Battles")
_ARMED_VIOLENCE = ("Battles", REMOTE_VIOLENCE, "Violence against civilians")


def victims_text(sentence: str) -> Optional[str]:
    """The words naming victims ("surrendered soldiers", "villagers"), if any."""
    m = VICTIMS.search(sentence)
    return m.group(0) if m else None
