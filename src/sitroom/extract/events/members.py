"""Who is arrested, as ACLED codes them (issue 11): members of a named body are coded as the body (the guide:
"for a named person, their body"): "SP leader Arvind Singh Gope said he was put under house arrest" is an
arrest of the Samajwadi Party, "government officials were arrested in a coup" one of the government.

An arrest whose actor2 is a body named beside it, not as who is arrested ("X has been detained after
criticising the Communist Party's response", "activists were detained for a protest against the government"),
is one of civilians: the body is what they spoke or acted against. Armed men or a criminal band arrested,
named by no body ("the gang members arrested last week"), are the unidentified armed group of the country.

Run on the events kept, after the filter and the merging (as conventions.series_targets): it renames the
actor2 of arrests only, so no event kept and no other slot changes."""

from __future__ import annotations

from typing import Optional

from ...lang.en.actors.vocabulary import MEMBER_NOUNS
from ...lang.en.events.arguments import ORG_WORD
from ...lang.en.events.conventions import (
    ACRONYM,
    ARRESTED_BAND,
    BODY_PREPS,
    CIVIL_BODY,
    PARTY_MEMBER_NOUNS,
    POLICE_VICTIMS,
    POLITICAL_MEMBER_NOUNS,
)
from ...lang.en.events.rules import ARMED
from ...read.nlp import doc_text
from ...records import ActorRef
from .actor_roles import bracketed, country_name
from .conventions import unidentified_group
from .parse_roles import token_at, verb_of
from .taxonomy import CIVILIANS_INTER, STATE_FORCES_INTER
from ..pos import VERBAL
from ..written import as_written, listed

ARRESTS = "Arrests"
_MEMBERS = frozenset(MEMBER_NOUNS) | PARTY_MEMBER_NOUNS | POLITICAL_MEMBER_NOUNS


def member_bodies(events: list, ctx) -> list:
    """Each kept arrest whose actor2 is civilians, unnamed or a name the catalogue does not know, and whose
    arrested are told as members of a body (``arrested_body``), takes the body as its actor2, unless the body
    is the arrest's actor1."""
    if ctx is None or ctx.doc is None:
        return events
    return [_renamed(e, ctx) or e for e in events]


def _renamed(e, ctx) -> Optional[object]:
    a2 = e.actor2
    if e.sub_event_type != ARRESTS or (a2 is not None and a2.inter not in (None, CIVILIANS_INTER, STATE_FORCES_INTER)):
        return None  # a named armed group or the like the arrest already names
    start = getattr(e, "_trigger_start", None)
    trig = token_at(ctx.doc, start) if start is not None else None
    if trig is None:
        return None
    # The arrest the sentence tells with the trigger's word elsewhere too (a headline's "X arrests Y" before
    # "Y and other officials were arrested by X"): who is arrested may be told there.
    same = [t for t in trig.sent if t.i != trig.i and t.lemma_.lower() == trig.lemma_.lower()]
    body = None
    if a2 is None or a2.inter != STATE_FORCES_INTER:
        body = next((b for b in (arrested_body(t, ctx.actors) for t in [trig] + same) if b is not None), None)
    if body is None:
        body = _armed_band(e, [trig] + same) or _civilians_beside(e, trig) or _civilians_unnamed(e, trig)
    if body is None or (e.actor1 is not None and e.actor1.name == body.name):
        return None
    if body.country is None and e.location is not None and body.inter is None:
        body = body.model_copy(update={"country": e.location.country})
    return e.model_copy(update={"actor2": body})


def _armed_band(e, trigs) -> Optional[ActorRef]:
    """The unidentified armed group of the country for an arrest of those told as armed men or a criminal band
    ("the gang members arrested last week", "militants were detained"), named by no body: ACLED's actor for an
    unnamed armed group, not civilians nor a force the sentence names beside them."""
    loc = e.location
    cname = country_name(loc.country) if loc is not None else None
    if cname is None or (e.actor2 is not None and e.actor2.inter not in (None, CIVILIANS_INTER)):
        return None
    for trig in trigs:
        phrases = [as_written(t.subtree) for t in arrested(trig)]
        if any(ARMED.search(p) or ARRESTED_BAND.search(p) for p in phrases):
            return unidentified_group(cname, loc.country)
    return None


def _civilians_beside(e, trig) -> Optional[ActorRef]:
    """Civilians (Country) for an arrest whose actor2 is a body named in its sentence outside the words that
    name who is arrested ("Xu Zhiyong has been detained after criticising the Communist Party's response",
    "activists were detained for attempting a protest against the government"): the body is what they spoke
    or acted against; the arrested, named as no body's and no armed group's, are civilians (the guide)."""
    a2, loc = e.actor2, e.location
    if a2 is None or a2.inter == CIVILIANS_INTER or not a2.text or loc is None:
        return None
    cname = country_name(loc.country)
    sent = trig.sent
    at = sent.text.find(a2.text)
    who = arrested(trig)
    if cname is None or at < 0 or sent.text.find(a2.text, at + 1) >= 0 or not who:
        return None  # the words named elsewhere (another report's), twice, or no one told as arrested
    start = sent.start_char + at
    words = [t for t in sent if start <= t.idx < start + len(a2.text)]
    held = {x.i for t in who for x in t.subtree}
    phrases = [as_written(t.subtree) for t in who]
    if any(t.i in held for t in words) or any(ARMED.search(p) or ORG_WORD.search(p) for p in phrases):
        return None  # the body is who is arrested, or they are an armed group or a gang: no civilians
    return ActorRef(name=f"Civilians ({bracketed(cname)})", actor_type="civilians", inter=CIVILIANS_INTER, country=loc.country)


def _civilians_unnamed(e, trig) -> Optional[ActorRef]:
    """Civilians (Country) for an arrest by the state's forces left with no actor2, whose sentence tells who is
    arrested as no body's members, no armed men and no police ("Reports from the police showed that seven
    people were arrested", "She was taken to a police station"): the police the sentence names were taken for
    the arrested and dropped as the arrester's double; the arrested, named as no group, are civilians."""
    a1, loc = e.actor1, e.location
    if e.actor2 is not None or a1 is None or a1.inter != STATE_FORCES_INTER or loc is None:
        return None
    cname = country_name(loc.country)
    who = arrested(trig)
    if cname is None or not who:
        return None
    phrases = [as_written(t.subtree) for t in who]
    if any(ARMED.search(p) or ARRESTED_BAND.search(p) or ORG_WORD.search(p) or POLICE_VICTIMS.search(p)
           for p in phrases):
        return None  # an armed band, a body's members or policemen arrested: no civilians by the rule
    return ActorRef(name=f"Civilians ({bracketed(cname)})", actor_type="civilians", inter=CIVILIANS_INTER, country=loc.country)


def arrested(trig) -> list:
    """The tokens that name who is arrested by the arrest ``trig`` carries: the passive subject ("leaders were
    put under house arrest"), the subject of a noun trigger's clause ("leaders were under arrest"), the object of
    an active verb ("police arrested two teenagers"), the noun a participle or relative clause qualifies ("the
    gang members arrested", "X, who was arrested"), with their conjuncts and those arrested along with them; a
    pronoun in the complement of a speech verb is its speaker ("X told PTI that he has been arrested")."""
    verb = trig if trig.pos_ in VERBAL else verb_of(trig)
    if verb.pos_ not in VERBAL:
        return []
    out = []
    if trig.pos_ == "NOUN":
        out = [c for c in trig.children if c.dep_ == "poss"]  # "her arrest"
        out = out or [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]  # "the arrest of X"
        if not out and trig.dep_ != "pobj":
            return []  # "the army confirmed the arrest": its clause's subject tells or makes it
    v = verb
    while not out:
        if v.i == trig.i and not _passive(v):
            out = [c for c in v.children if c.dep_ == "dobj"]  # "police arrested two teenagers"
            break
        out = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]  # passive, or a noun trigger's clause
        if out or v.dep_ != "conj" or v.head.pos_ not in VERBAL:
            break
        v = v.head  # "being put under house arrest or getting arrested": the first conjunct's subject
    if not out and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        out = [verb.head]  # "the gang members arrested last week"
    out = [verb.head if t.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else t for t in out]
    if len(out) == 1 and out[0].pos_ == "PRON" and verb.dep_ == "ccomp":
        out = [c for c in verb.head.children if c.dep_ == "nsubj"] or out
    more = [c for t in out for c in t.conjuncts]
    more += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             and any(x.lower_ == "along" for x in verb.children) for p in c.children if p.dep_ == "pobj"]
    return [t for t in dict.fromkeys(out + more) if t.pos_ != "PRON"]


def arrested_body(trig, mentions) -> Optional[ActorRef]:
    """The body the arrested of ``trig`` are told as members of, or None: a person the actors stage knows as a
    body's (``organisation``), or a member noun (MEMBER_NOUNS: "leaders", "officials", "party workers") with
    the body's name before it ("SP leader", "government officials"), its owner ("the party's
    secretary-general") or after "of"/"in" ("an administrative assistant in the party")."""
    for tok in arrested(trig):
        for m in mentions:
            if m.kind == "person" and m.organisation and m.start <= tok.idx < m.end:
                return ActorRef(name=m.organisation, text=m.text, actor_type=m.actor_type, inter=m.inter,
                                country=m.country)
        for member in _described(tok):
            word = member.lower_
            if word not in _MEMBERS and not listed(member, _MEMBERS, lemma=True):
                continue
            for span in _body_spans(member):
                body = _resolve(span, mentions, political=word in POLITICAL_MEMBER_NOUNS
                                or member.lemma_.lower() in POLITICAL_MEMBER_NOUNS)
                if body is not None:
                    return body
    return None


def _described(tok) -> list:
    """The nouns that tell what ``tok`` is: itself, its appositions and the nouns of its compound ("leader" in
    "Congress leader Pradeep Mathur")."""
    out = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    out += [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return out


def _body_spans(member) -> list:
    """Spans of words that may name the body ``member`` belongs to."""
    doc, out = member.doc, []
    names = [c for c in member.children if c.dep_ == "compound" and c.i < member.i]
    if names:
        first = min(n.left_edge.i for n in names)
        out.append(doc[first:member.i])
    for c in member.children:
        if c.dep_ == "poss" or (c.dep_ == "nmod" and any(x.dep_ == "case" for x in c.children)):  # "the party's"
            out.append(doc[c.left_edge.i:c.right_edge.i + 1])
        elif c.dep_ == "prep" and c.lower_ in BODY_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(doc[p.left_edge.i:p.i + 1])
    return out


def _resolve(span, mentions, political: bool) -> Optional[ActorRef]:
    """The actor ``span`` names: a body the actors stage knows (no civilians); a body's name with a word that
    makes it one ("Samajwadi Party"; a bare "the party" is the one the story named last); an acronym (spelled
    out by a name the story gives with those initials); or, for the words of membership of a political body
    (leaders, members), a group the actors stage found but does not know ("Congress")."""
    start, end = span.start_char, span.end_char
    inside = [m for m in mentions if m.kind == "group" and m.start < end and start < m.end]
    for m in inside:
        if m.known and m.inter not in (None, CIVILIANS_INTER) and m.actor_type != "civilians":
            return ActorRef(name=m.name, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)
    words = span.text.strip()
    if words.lower().startswith("the "):
        words = words[4:]
    if words.endswith(("'s", "\u2019s")):
        words = words[:-2]
    if not words or any(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in span):
        return None
    if CIVIL_BODY.search(words):
        return None
    if ORG_WORD.fullmatch(words.lower()):
        # "the party": the last one named before ("the Samajwadi Party", "the Dalfa-Umurinzi party",
        # "opposition party Dalfa-Umurinzi")
        noun, text = words.lower(), doc_text(span.doc)
        named = [m for m in mentions if m.kind == "group" and m.end <= start and not m.known
                 and (m.name.lower().split()[-1:] == [noun] or text[m.end:m.end + len(noun) + 1].lower() == f" {noun}"
                      or text[max(0, m.start - len(noun) - 1):m.start].lower() == f"{noun} ")]
        return _as_ref(named[-1]) if named else None
    if ORG_WORD.search(words) and any(w[:1].isupper() for w in words.split()):
        # a body's name ("Samajwadi Party"), not words of a kind only ("a notorious gang": an unnamed band)
        return ActorRef(name=words, text=span.text)
    if ACRONYM.fullmatch(words):
        full = [m for m in mentions if m.kind == "group" and _initials(m.name) == words.replace("&", "")]
        return _as_ref(full[0]) if full else ActorRef(name=words, text=span.text)
    if political:
        for m in inside:
            if not m.known and m.start <= start and end <= m.end + 1:
                return _as_ref(m)
    return None


def _as_ref(m) -> ActorRef:
    name = m.name[4:] if m.name.lower().startswith("the ") else m.name
    return ActorRef(name=name, text=m.text, actor_type=m.actor_type, inter=m.inter, country=m.country)


def _initials(name: str) -> str:
    """"Samajwadi Party" -> "SP": the capitals that begin its words ("the" and "of" left out)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _passive(v) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
