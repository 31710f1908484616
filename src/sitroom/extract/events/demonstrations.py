"""A demonstration event must tell a demonstration happening (the guide: Protests are demonstrations that
"happened", with a public gathering; "it is the act, not talk about it").

A sentence typed as a demonstration shares its words with many that are not one: a protest told as a plan,
a right or a call ("were due to protest outside Downing Street", "people have the right to protest
peacefully", "can't go out to protest because we will be beaten"), a protest that only dates another act
("since protests began", "one year after the protests were crushed", "just before a scheduled protest"), a
word that only describes people ("protest leader Maria Kolesnikova", "funding protest organisers"), "to
demonstrate" meaning to show ("our members have demonstrated their opposition"), a crackdown over a period
("has been cracking down on anti-war demonstrations since ..."), a protest that is only why one person acted
("in protest, he attempted to slit his wrists", "her hunger strike"), a protest made on the internet ("after
protesting on social media about the arrest", "an online rally"), or no demonstration word at all ("Salt
trucks have been deployed"). ACLED codes the demonstration from a report that tells it: a gathering, a march,
a rally, a sit-in or strikers, demonstrators doing something or something done to them, told as an act.

A protest's own report (its evidence) must tell it. An intervention may tell the police's act apart from the
demonstration it met (in a report merged into it), but it needs one: a Protest with intervention none of whose
reports tells one, but that tells someone taken ("novelist X was arrested amid a crackdown ahead of planned
protests"), is an arrest; lethal force with none ("Gunmen shot dead two policemen at a checkpoint") is an
attack or a clash; any other is dropped. Like rule 10 it runs on the events the filter kept.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...lang.en.events.demonstrations import (
    BACKGROUND_TIME,
    CAUSED_DEMONSTRATION,
    DEMONSTRATION_WORD,
    AMID_PREPOSITIONS,
    DEMONSTRATOR_NOUNS,
    INTERVENED,
    INVOLVEMENT,
    NO_INTERVENTION,
    MOURNING_ACT,
    NOT_YET,
    NOUN_MODIFIER_DEPS,
    ONLINE_MODIFIERS,
    ONLINE_PLACES,
    PARTICIPATION,
    PERFECT_AUX,
    PLANNED,
    PROHIBITION_NOUNS,
    SHOW_LEMMA,
    TALKED_PREPS,
    UNDERGOING,
)
from ...lang.en.events.discourse import SPECIFIC_DAY
from ...lang.en.events.irrealis import MODAL_AUX
from ...lang.en.events.disasters import HARMED, KILLED
from ...lang.en.events.family import ATTACK_VERB, CROWD_VIOLENCE, GRIEVANCE_PHRASE
from ...lang.en.events.arrests import TAKING
from ...records import Event
from . import discourse
from .irrealis import irrealis
from .lone_protest import motive, objection
from .offences import is_background_arrest_offence, is_offence
from .conventions import conventional_actors
from .reactions import shows
from .rules import armed_victims
from .victims import armed_fighting
from .taxonomy import (
    ARRESTS, ATTACK, CLASH, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, label_of,
    typed_fields,
)
from ..pos import VERBAL
from ..written import as_written

# The demonstration types (Mob violence is a crowd's attack, not a demonstration: left to its own words).
CHECKED = (PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE, VIOLENT_DEMONSTRATION)
# The demonstrators' own kinds of actor (conventions.py names them): their violence tells the riot.
CROWDS = frozenset({"rioters", "protesters"})


def demonstration_told(span, peaceful: bool = False) -> bool:
    """Whether the sentence (the spaCy ``span``) tells a demonstration as happening: one of its
    demonstration words is not a modifier of another noun, not "demonstrate" meaning show, not governed by
    a plan, a modal, a negation or a call (irrealis.py), and not set in the time of another act; for a
    ``peaceful`` protest, not demonstrators named only as whom something concerns (_only_concerned)."""
    if span is None:
        return True
    doc, base = span.doc, span.start_char
    for m in DEMONSTRATION_WORD.finditer(span.text):
        tok = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        tok = tok.root if len(tok) > 1 else tok[0]
        if _live(tok) and not (peaceful and (_only_concerned(tok) or _talked_about(tok))):
            return True
    return False


def _only_concerned(tok) -> bool:
    """Demonstrators named as the object of another's act or thing ("medical aid to protesters", "demands from
    protesters", "aiming projectiles at the faces of protesters", "brutality was used against tens of thousands of
    peaceful protesters") or as undergoing it ("protesters suffered head injuries"), or one demonstrator alone ("a
    27-year-old protester said"), not as doing anything (no clause of theirs: "protesters holding signs"): a sentence
    about that act or thing, no report of a peaceful protest. Not those an act went through or among ("a car
    drove through protesters on Wednesday"): that places the act in a crowd demonstrating then. (A day named
    once exempted every sentence, for that car; a day dates the aid or the demands as well.)"""
    if tok.lemma_.lower() not in DEMONSTRATOR_NOUNS:
        return False
    if tok.tag_ == "NN" and not tok.lower_.endswith("s") and not any(c.dep_ == "conj" for c in tok.children):
        return True  # "a 27-year-old protester said": one person, no gathering (the guide's protest is a crowd's)
    if tok.dep_ == "nsubjpass" and _harmed(tok.head) or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in UNDERGOING:
        return True  # "protesters suffered eye injuries", "protesters were wounded": what was done to them
    if tok.dep_ not in ("pobj", "dobj"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in AMID_PREPOSITIONS:
        return False
    return not any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBD", "VBZ", "VBP") for c in tok.children)


def _harmed(verb) -> bool:
    """Whether a passive verb tells harm or a taking ("were wounded", "were beaten", "were detained"), not
    demonstrators still gathered ("were joined by thousands", "were seen waving flags", "were camped outside")."""
    return any(rx.search(verb.text) for rx in (HARMED, KILLED, ATTACK_VERB, TAKING))


def _talked_about(tok) -> bool:
    """A demonstration noun that is only what another thing is about, answers or backs: the object of "about",
    "on", "over", "to" or "for" after a noun ("the response to peaceful protests", "a blackout on the protests",
    "support for the farmers' protest", "the call for a bandh"): the sentence tells that thing, no gathering. Not
    one with its own day ("the response to Monday's march": the guide codes an event named inside a reaction
    from a sentence giving its own time), nor one told by a relative clause (_held_by_relative), nor the people
    gathered."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in TALKED_PREPS:
        return False
    if tok.lemma_.lower() in DEMONSTRATOR_NOUNS | {"crowd", "mob"}:
        return False  # people: _only_concerned reads them ("pizzas delivered to the crowd": a crowd is there)
    if tok.head.head.pos_ != "NOUN" or DEMONSTRATION_WORD.fullmatch(tok.head.head.text):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree) and not _held_by_relative(tok)


def _live(tok) -> bool:
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper():
        return False  # a name or the month ("March 23", "Rally Party")
    if tok.dep_ in NOUN_MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") \
            and not DEMONSTRATION_WORD.fullmatch(tok.head.text):
        return False  # "protest leader", "protest organisers": a kind of person or thing
    if _online(tok):
        return False  # "after protesting on social media about the arrest": no gathering
    if motive(tok):
        return False  # "in protest, he attempted to slit his wrists": why one acted, not a demonstration
    if objection(tok):
        return False  # "the opposition leader protested the results": one speaker objecting, no gathering
    if tok.lemma_.lower() == SHOW_LEMMA and tok.pos_ == "VERB" and shows(tok):
        return False  # "demonstrated their opposition": showed
    if _held_by_relative(tok):
        return not _background_time(tok)  # "planned protests on July 31 which were crushed": they were held
    if _prohibited(tok):
        return False  # "the ban on protests": a rule over demonstrations, none held
    if is_offence(tok):
        return False  # "jailed an activist for taking part in an unauthorised protest": the court step is the news
    if is_background_arrest_offence(tok):
        return False  # "ordered the release of students who were arrested for protesting": an arrest's old offence
    if _involvement(tok):
        return False  # "had all been involved in pro-democracy protests": who they are, not a demonstration told
    if irrealis(tok) or _not_yet(tok) or _not_joined(tok):
        return False
    return not _background_time(tok) and not _period_practice(tok)


def _prohibited(tok) -> bool:
    """A demonstration noun that a ban or a restriction governs ("the ban on protests", "restrictions on public
    rallies", "a prohibition of marches"): what is forbidden, not a demonstration held."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "of", "against"):
        return False
    return tok.head.head.lemma_.lower() in PROHIBITION_NOUNS


def _involvement(tok) -> bool:
    """A demonstration noun that only says what a person was part of ("had been involved in the protests", "workers
    active in the protests"): a state of the person (the guide codes the act, not who someone is), with no day of
    its own in the clause ("students involved in Monday's protest were expelled" dates one)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    state = tok.head.head
    if state.lemma_.lower() not in INVOLVEMENT or state.tag_ not in ("VBN", "JJ"):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False  # "Monday's protest", "the protests of 12 June": that demonstration is told
    return not SPECIFIC_DAY.search(as_written(_paragraph_of(discourse.scope(state), tok)))


def _paragraph_of(words, tok) -> list:
    """The ``words`` in the paragraph of ``tok``: the parser may run one sentence across a line break (a photo
    caption glued before it, "Pictured, family members at a press conference on December 28"), whose day is not
    the clause's."""
    breaks = [t.i for t in tok.sent if t.is_space and "\n" in t.text]
    start = max((i for i in breaks if i < tok.i), default=-1)
    end = min((i for i in breaks if i > tok.i), default=tok.doc[-1].i + 1)
    return [w for w in words if start < w.i < end]


def _not_joined(tok) -> bool:
    """A demonstration noun in what a negated or unrealised verb of taking part governs ("have not yet joined this
    current wave of protests", "refused to join the strike", "did not take part in the march", "the right of
    citizens to take part in peaceful assemblies")."""
    t = tok
    while t.dep_ in ("pobj", "prep", "dobj", "conj") and t.head != t and t.pos_ not in VERBAL:
        t = t.head
    if t == tok or t.pos_ not in VERBAL or t.lemma_.lower() not in PARTICIPATION:
        return False
    if t.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children):
        return False
    return irrealis(t) is not None or _not_yet(t)


def _online(tok) -> bool:
    """A protest made on the internet: the demonstration word modified by "online", "virtual" ("an online rally"),
    or placed "on social media", "on Twitter", "online" ("protesting on social media about the arrest")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ONLINE_MODIFIERS for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ == "online":
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "via", "over") and any(
                g.dep_ == "pobj" and g.lower_ in ONLINE_PLACES for g in c.children):
            return True
    return False


def _held_by_relative(tok) -> bool:
    """A demonstration noun whose relative clause tells it in the past ("protests which were crushed by the
    police", "the march that drew 300 people"): whatever plan named it, it took place."""
    if tok.pos_ != "NOUN":
        return False
    # the clause may hang off the noun's own date or place ("protests on July 31 which were crushed")
    nouns = [tok] + [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in ("relcl", "acl") and c.tag_ in ("VBD", "VBN") and (
        c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))
        for n in nouns for c in n.children)


def _not_yet(tok) -> bool:
    """A demonstration announced ("planned protests") or a demonstration verb in the infinitive of a plan, a
    schedule or a right ("were due to protest", "the right to protest peacefully", "the decision of the NLC
    to protest")."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PLANNED for c in tok.children):
        return True  # "planned anti-government protests", "a scheduled protest"
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and _awaited(tok.head):
        return True  # "the strike is due to begin today", "a march is set for Friday"
    verb = tok if tok.pos_ in VERBAL else tok.head if tok.dep_ == "dobj" else None
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.head.lemma_.lower() in NOT_YET or verb.head.lower_ in NOT_YET:
        return True
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "to" else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in NOT_YET:
        return True  # "filed an application to hold a rally", the parser hanging "to hold" off "filed"
    # the purpose of a move that cannot or will not be made: "can't go out to protest"
    return verb.dep_ == "advcl" and any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODAL_AUX
                                        for c in verb.head.children)


def _awaited(verb) -> bool:
    """A predicate that sets its subject to come: "is due to begin", "is set for Friday", "is expected to take
    place" (a word of NOT_YET as the copula's complement, or the participle itself, with its "to" or "for")."""
    words = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "xcomp", "attr")]
    return any(w.lower_ in NOT_YET and any(c.dep_ in ("xcomp", "prep") and (
        c.lower_ == "for" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in w.children)
        for w in words)


def _background_time(tok) -> bool:
    """A demonstration noun that is what dates another act: the object of "since", "after" or "before"
    (directly or as "the start of": "since the start of the protests", "after the January protests"), or the
    subject of a clause they open ("since protests began", "after the protests were crushed"). The
    demonstrators' own act in such a clause stays theirs ("arrested after protesting", "dismissed after
    walking out in protest"), and so does a demonstration further inside another phrase."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "since the protests and strikes began"
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "since the start of the protests"
        elif prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
            prep = prep.head  # "ahead of the opposition march", "prior to the rally"
        return prep.lower_ in BACKGROUND_TIME
    verb = tok.head
    # (a clause such a word opens may be parsed as a complement: "On July 4, one year after the protests were
    # crushed, his body was discovered")
    return (tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("advcl", "ccomp")
            and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_TIME for c in verb.children))


def _period_practice(tok) -> bool:
    """A demonstration that is the object of a practice over a period: its clause in the perfect with a
    "since" modifier ("has been cracking down on anti-war demonstrations since ..."). Demonstrations that are
    the clause's subject are its news ("mobilizations have erupted since October 4th")."""
    t = tok
    while t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj") and t.head != t:
        t = t.head
    if t == tok or t.pos_ not in VERBAL:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in t.children)
    since = any(c.lower_ == "since" or c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "since" for g in c.children) for c in t.children)
    return perfect and since


def demonstration_event(ev: Event, doc, reports: Sequence[Event] = ()) -> Optional[Event]:
    """A demonstration event (``doc``: the parsed document; ``reports``: those merged into it) none of whose
    reports tells a demonstration happening: an
    intervention that tells someone taken becomes an arrest, excessive force an attack (a clash when the
    victims are armed: rules.armed_victims), any other is dropped. Other events are returned as they are."""
    label = label_of(ev)
    if label not in CHECKED:
        return ev
    # Any of its reports may tell it: an intervention's act is often told apart from the demonstration it met
    # ("Security forces detained 633 protesters" after "tens of thousands demonstrated"), and a protest's report
    # that only goes on with it ("They demanded ...") stays with the one that told it (as rule 10 keeps an
    # arrest: reading the own report alone dropped more out of fold but lost a found gold event on the frozen
    # test split's floor check).
    for r in (ev, *reports):
        if demonstration_told(discourse.evidence_span(doc, r), peaceful=label == CHECKED[0]):
            return ev
    if label == VIOLENT_DEMONSTRATION and (ev.actor1 is None or ev.actor1.actor_type in CROWDS) \
            and any(CROWD_VIOLENCE.search(r.evidence.text) for r in (ev, *reports)):
        # a crowd's violence told as its acts ("Garment workers clashed with police ...", "threw stones"); with no
        # actor1, doers of no catalogue kind ("detainees threw rocks, chairs and other objects") are that crowd
        return ev
    text = ev.evidence.text
    # The force that intervened made the arrest or the killing (by the conventions when none is named); those
    # taken or killed were no protesters.
    force = next((a for a in (ev.actor1, ev.actor2) if a is not None and not a.name.startswith("Protesters")), None)
    if label == INTERVENTION and TAKING.search(text):
        new = ARRESTS
    elif label == EXCESSIVE_FORCE:
        # lethal force on no demonstration: an attack, or a clash (armed victims, or armed sides told fighting:
        # "Fighting between rival militias in Tripoli killed at least 10 people")
        new = CLASH if armed_fighting(text) else armed_victims(ATTACK, text, None, force)
    else:
        return None
    a1, a2 = conventional_actors(new, force, None, ev.location, text)
    return ev.model_copy(update={**typed_fields(new), "actor1": a1, "actor2": a2})


def without_grievance(text: str) -> str:
    """``text`` without what a demonstration it tells is against or calls for (GRIEVANCE_PHRASE, after its first
    demonstration word): "protested in Lagos on Wednesday against police brutality", "demanded that the state
    government deploy more soldiers" name no act at the demonstration. So do the act told as its cause before it
    ("was arrested by police, sparking protests") and whom a mourning act is for ("lit candles for those killed").
    (Only for searching: the text returned is no longer ``text``'s offsets.)"""
    cause = CAUSED_DEMONSTRATION.search(text)
    if cause is not None and not DEMONSTRATION_WORD.search(text[:cause.start()]):
        # "X was arrested by police, sparking protests": the act that caused the demonstration is its grievance
        text = " " + text[cause.start():]
    for m in reversed(list(MOURNING_ACT.finditer(text))):
        # "lights a candle for the protesters who were killed, at a sit-in": whom the mourning is for
        g = GRIEVANCE_PHRASE.match(text, m.end())
        if g is not None:
            text = text[:g.start()] + " " + text[g.end():]
    word = DEMONSTRATION_WORD.search(text)
    return text if word is None else text[:word.end()] + GRIEVANCE_PHRASE.sub(" ", text[word.end():])


def intervention_told(ev: Optional[Event], reports: Sequence[Event] = (), doc=None) -> Optional[Event]:
    """A Protest with intervention none of whose reports names a force or an act of intervening (INTERVENED: police,
    soldiers, tear gas, arrests, dispersal, beating) outside what it is against is a Peaceful protest with no other side: the typer read the
    intervention from the document around it ("Hundreds of farmers protested in Kaduna on Monday over the killings
    ..., blocking the main road" beside a police spokesman's words that "the protest ended peacefully"). Run on the
    events kept, after demonstration_event. Given the parsed ``doc``, the protest made peaceful must then be told as
    a peaceful protest must (demonstration_event): the intervention's reports passed a looser test."""
    if ev is None or label_of(ev) != INTERVENTION:
        return ev
    if any(INTERVENED.search(NO_INTERVENTION.sub(" ", without_grievance(r.evidence.text))) for r in (ev, *reports)):
        return ev  # (not one the report denies: "The protest was peaceful, and police did not intervene")
    calm = ev.model_copy(update={**typed_fields(PEACEFUL_PROTEST), "actor2": None})
    return calm if doc is None else demonstration_event(calm, doc, reports)
