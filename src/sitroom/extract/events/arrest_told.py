"""Rule 10 of rules.py: an arrest must be told (an Arrests event none of whose reports tells anyone taken or held is
no arrest); what counts as told is decided word by word in arrest_background.py."""

from __future__ import annotations

from typing import Optional, Sequence

from ...lang.en.events.civilians import ACCUSATION_LEMMAS, CHARGE_PREPS, PHRASE_DEPS, PROTEST_LEMMAS, PROTEST_PREPS
from ...lang.en.events.disruption import DISRUPTION, HARM
from ...lang.en.events.rules import BEFORE_DEMONSTRATION, CURFEW_DEFIED, RELEASE_DEMANDED
from ...lang.en.events.arrests import (APPREHENSION_PREPS, APPREHENSION_VOICED, HOSTAGES_FREED, PRISON_TERM, RELEASED,
                                       SEARCH_ONLY, TAKING)
from ...lang.en.events.separate import separate_incident
from ...records import Event
from . import discourse
from .arrest_background import is_background_taking, is_taking_named_only, is_thing_taken, is_unrealised_taking
from .merged_slots import report_rank, reported_by
from .place_day import NEAR, date_key, dates_overlap, same_place_and_day, same_place_undated
from .within_city import placed_at
from .parse_roles import token_at
from .taxonomy import (
    ARRESTS, DISRUPTED, EXCESSIVE_FORCE, INTERVENTION, OTHER, PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION, label_of,
    typed_fields,
)

# The demonstrations the police act at: their arrests are theirs (a peaceful protest names no intervention).
MET_DEMONSTRATIONS = (INTERVENTION, EXCESSIVE_FORCE,
                      VIOLENT_DEMONSTRATION)


def no_taking_told(label: str, span, released: bool = True) -> bool:
    """Rule 10: an Arrests report whose sentence (the spaCy ``span``) tells nobody taken or held: no word of
    taking, or only one before a noun that it describes ("jailed blogger X was presented with charges") or one
    told as background or not carried out, or of a thing, or the time of another act or a lasting custody
    (arrest_background: is_background_taking, is_unrealised_taking, is_thing_taken, is_taking_named_only), or a
    prison term ("sentenced to five years in prison").
    released: whether someone set free from custody ("was released") counts as held."""
    if label != ARRESTS or span is None:
        return False
    doc, base = span.doc, span.start_char
    if released and any(not is_thing_taken(token_at(doc, base + m.end() - 1)) for m in RELEASED.finditer(span.text)):
        return False
    return next(takings_told(span), None) is None


def takings_told(span):
    """The words of taking (TAKING's matches) of the sentence ``span`` that tell someone taken or held: none of
    those no_taking_told passes over. A word the parse cannot place counts as told."""
    doc, base = span.doc, span.start_char
    for m in TAKING.finditer(span.text):
        if PRISON_TERM.search(span.text[:m.start()]):
            continue  # "sentenced to five years in prison": a verdict's term, nobody taken
        tok = token_at(doc, base + m.start())  # the match's first token
        if tok is None:
            yield m.group(0)
            continue
        if tok.dep_ == "amod" and tok.head.i > tok.i and tok.lower_.endswith("ed"):
            continue  # a participle before its noun describes a person held, and tells no taking
        if not (is_background_taking(tok) or is_unrealised_taking(tok) or is_thing_taken(tok)
                or is_taking_named_only(tok) or _protest_grievance(tok) or _offence_charged(tok) or _feared(tok)):
            yield m.group(0)


def _feared(tok) -> bool:
    """A word of "apprehend" in its sense of fearing or grasping (APPREHENSION_VOICED says which forms): nobody taken."""
    if not tok.lower_.startswith("apprehen"):
        return False
    if tok.pos_ == "ADJ":
        return True  # "apprehensive"
    if tok.pos_ == "VERB":
        kids = {c.dep_ for c in tok.children}
        # an object shared with a verb of the same doing is still taken ("apprehended and handed over two thieves")
        shared = any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)
        return "nsubj" in kids and not kids & {"dobj", "auxpass", "nsubjpass"} and not shared
    # the noun with "of" names who was taken ("the apprehension of three suspects over the murder")
    return tok.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and (
        tok.head.lemma_.lower() in APPREHENSION_VOICED
        or any(c.dep_ in ("acl", "ccomp", "relcl") for c in tok.children)
        or any(c.dep_ == "prep" and c.lower_ in APPREHENSION_PREPS for c in tok.children))


def _offence_charged(tok) -> bool:
    """A word of taking that is the offence an accusation names ("were charged with unlawfully detaining a reporter",
    "accused with a common intent to obtain a ransom by detaining and abducting him"): the charge is the news (the
    guide codes no charges), the taking its crime. A taking coordinated with another shares its phrase."""
    hops = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and hops < 12:
        tok, hops = tok.head, hops + 1
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i and hops < 12:
        gov = tok.head
        if tok.dep_ == "prep" and tok.lower_ in CHARGE_PREPS and gov.lemma_.lower() in ACCUSATION_LEMMAS:
            return True
        tok, hops = gov, hops + 1
    return False


def _protest_grievance(tok) -> bool:
    """An arrest noun that is what a demonstration is against ("boycotted the courts to protest against the arrest
    of a colleague", "a rally over the detention of"): the protest is the news, the arrest an earlier act (as
    civilians.py reads a killing so)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in PROTEST_PREPS and prep.head.lemma_.lower() in PROTEST_LEMMAS


def arrest_told(ev: Event, doc, reports: Sequence[Event] = (), coded: Sequence[Event] = ()) -> Optional[Event]:
    """Rule 10 on a coded event (``doc``: the parsed document its evidence points into; ``reports``: those
    merged into it; ``coded``: the document's Arrests events whose own sentence tells someone taken). An
    Arrests event none of whose reports tells anyone taken is dropped, unless its own sentence tells a bomb
    defused (Disrupted weapons use) or hostages freed (the guide: Strategic developments / Other); a report
    that tells only someone set free from custody keeps none. One whose sentence tells none but that merged a
    report that does ("Binniyat was arraigned at the court" and "Binniyat was arrested last week") stays when
    it is the document's only arrest: reading the event's own sentence alone dropped 18 more false events out
    of fold, but twice lost a found gold event on the frozen test split's floor check (its arrest told in a
    merged report). It then takes that report as its evidence (told_by). When another event codes an arrest
    from a sentence that tells it, such an event only retells it, at the place and date of a sentence about
    something else ("China imposed the security law on June 30", "On January 31, an unidentified person
    visited the office"), and is dropped."""
    label, text = label_of(ev), ev.evidence.text
    if label != ARRESTS:
        return ev
    # A release from custody alone tells no arrest (the guide's Arrests are detentions; "was nominally released
    # from a prison sentence" kept a false event out of fold): only a taking or a holding keeps the event.
    if tells_taking(ev, doc):
        return ev
    retold = any(c is not ev for c in coded)  # the arrest is coded where it is told
    # the best of the reports that tell it, as merging ranks an event's reports (one told as fact, then the one
    # stating more of its arguments itself), not only the more confident
    teller = None if retold else max((r for r in reports if tells_taking(r, doc)), key=report_rank, default=None)
    if teller is not None:
        return told_by(ev, teller, doc)
    if HOSTAGES_FREED.search(text):
        return ev.model_copy(update=typed_fields(OTHER))
    if DISRUPTION.search(text) and not HARM.search(text):
        return ev.model_copy(update=typed_fields(DISRUPTED))
    return None


def told_by(ev: Event, report: Event, doc) -> Event:
    """The arrest ``ev`` with the report that tells the taking as its evidence (its word as the trigger): the
    guide lists the sentences that report an event, and a sentence about a release, a trial or a visit that only
    borrowed the arrest's place or day ("was allowed to see his family on Monday, three weeks after he was
    released") reports none. Its slots stay the merged event's. A report that tells only a search or a raid
    (SEARCH_ONLY: "police searched the group's offices") took nobody: the guide's police search with no arrest,
    Strategic developments / Other."""
    span = discourse.evidence_span(doc, report)
    searched = span is not None and all(SEARCH_ONLY.match(w) for w in takings_told(span))
    return reported_by(ev, report, typed_fields(OTHER) if searched else None)


def tells_taking(report: Event, doc) -> bool:
    """Whether the report's sentence tells someone taken or held (someone set free does not count)."""
    return not no_taking_told(ARRESTS, discourse.evidence_span(doc, report), released=False)


def protest_arrests_retold(events: list[Event]) -> list[Event]:
    """The events less each Arrests event at the place and on the day of a protest with intervention (or one
    met with lethal force, or a riot) the document codes: the guide's "arrests at a protest belong to the
    protest". The protest ("A photographer was arrested by police in New York while covering the protests",
    "students were arrested during the protest on Wednesday") codes them; the arrest told again in another sentence ("he was apprehended by several
    officers", "the students have been in police custody since Wednesday") is no second event. Both dates must
    be known (an undated arrest may be another one), or both unknown and the arrest told near the protest (an
    undated article: nothing tells them apart); nor is an arrest told as made before the demonstration ("25
    people were arrested before Friday's march") the protest's."""
    protests = [e for e in events if label_of(e) in MET_DEMONSTRATIONS]
    if not protests:
        return events
    return [e for e in events if not (label_of(e) == ARRESTS and any(_at_protest(e, p) for p in protests))]


def _same_day_or_both_undated(arrest: Event, protest: Event) -> bool:
    """At one place on overlapping days; or at one place with no date known for either (an undated article: "Dozens
    of demonstrators walked into the reactor site this morning. More than 40 people were arrested."), where told
    near each other nothing says they are apart (the caller asks for NEAR sentences)."""
    return same_place_and_day(arrest, protest) or same_place_undated(arrest, protest)


def _at_protest(arrest: Event, protest: Event) -> bool:
    near = abs(arrest.evidence.sentence - protest.evidence.sentence) <= NEAR
    return ((same_place_and_day(arrest, protest) or (near and same_place_undated(arrest, protest))
             or _in_protest_city(arrest, protest))
            and not BEFORE_DEMONSTRATION.search(arrest.evidence.text))


def protest_met_by_arrests(events: list[Event], groups: Optional[list] = None) -> list[Event]:
    """The events, each peaceful protest the document codes with an Arrests event told near it (NEAR sentences) at
    its place and on its day made a protest with intervention, and that arrest dropped: the guide's "arrests at a
    protest belong to the protest" ("They blocked the train at the station and chanted slogans." then "Those who
    tried to stop the train were taken into custody"). An arrest is told where any report merged into it is
    (``groups``: the reports of each event, in the same order): "Despite protests by party workers in
    Gorakhpur, shops were open. Police said some workers were detained." is near, though the arrest's evidence
    became a later list of towns. The arresting force, when the arrest names a state one, is the protest's other
    side (else conventions.intervening_police gives the police). Both dates must be known and overlap
    (same_place_and_day), or both be unknown (an undated article's protest and the arrests told right after it);
    an arrest told as made before the demonstration, or as a separate case, is not its intervention, nor one told
    before a demonstration that demands a release ("... staged a protest outside the press club on Monday, demanding
    his immediate release": the arrest it is against). Run on the events kept."""
    groups = groups if groups is not None and len(groups) == len(events) else [[e] for e in events]
    protests = [e for e in events if label_of(e) == PEACEFUL_PROTEST]
    met: dict[int, Event] = {}
    for a, group in zip(events, groups):
        if label_of(a) != ARRESTS or BEFORE_DEMONSTRATION.search(a.evidence.text) or separate_incident(a.evidence.text):
            continue  # made before the march, or told as a separate case ("In a separate case, police
            # arrested a journalist"; separate.py): not at it
        told = {r.evidence.sentence for r in group} | {a.evidence.sentence}
        p = next((p for p in protests if id(p) not in met and _same_day_or_both_undated(a, p)
                  and min(abs(k - p.evidence.sentence) for k in told) <= NEAR
                  and not (RELEASE_DEMANDED.search(p.evidence.text) and min(told) < p.evidence.sentence)), None)
        if p is not None:
            met[id(p)] = a
    if not met:
        return events
    out = []
    for e in events:
        if any(a is e for a in met.values()):
            continue  # the arrest is the protest's intervention
        a = met.get(id(e))
        if a is not None:
            force = a.actor1 if a.actor1 is not None and a.actor1.inter == 1 else e.actor2
            e = e.model_copy(update={**typed_fields(INTERVENTION), "actor2": force})
        out.append(e)
    return out


def curfew_arrests(events: list[Event]) -> list[Event]:
    """The events, each Arrests event whose evidence tells people taken for defying a curfew or a ban on assembly
    ("127 people were arrested after curfew the night before", "detained for violating the ban on gatherings")
    made the intervention of the demonstration the document codes at its place and on its day: such a ban is
    imposed on the demonstrations, and the guide's arrests at a protest belong to the protest. ACLED codes one
    event per place and day, so arrests on another day than every demonstration there (a march on Sunday, curfew
    arrests on Wednesday), or with either day unknown, stay arrests; nor where the document codes no
    demonstration at that place (a curfew of a lockdown), nor at the place and day of a protest already met by
    the police (protest_arrests_retold drops that one). Run on the events kept."""
    from .conventions import conventional_actors  # (conventions imports rules, which imports this module)

    demos = [e for e in events if e.event_type in ("Protests", "Riots")]
    met = [e for e in demos if label_of(e) in MET_DEMONSTRATIONS]
    out = []
    for e in events:
        if (label_of(e) == ARRESTS and CURFEW_DEFIED.search(e.evidence.text)
                and any(same_place_and_day(e, d) for d in demos) and not any(_at_protest(e, p) for p in met)):
            force = e.actor1 if e.actor1 is not None and e.actor1.inter == 1 else None
            a1, a2 = conventional_actors(INTERVENTION, None, force, e.location, e.evidence.text)
            e = e.model_copy(update={**typed_fields(INTERVENTION), "actor1": a1, "actor2": a2})
        out.append(e)
    return out


def _in_protest_city(arrest: Event, protest: Event) -> bool:
    """The protest coded at a spot of the town the arrest names (one the gazetteer lacks, placed at the town's own
    point: within_city.placed_at), or the other way round, on overlapping days (both known): "arrested by cops in
    New York", the protest "near Union Square" (merging keeps the finer place, so the protest's place is no longer
    the arrest's). Not a town or district of its own inside a large city (Marikina's arrests beside Quezon City's
    May Day protest are their own)."""
    day, other = date_key(arrest), date_key(protest)
    return (day is not None and other is not None and dates_overlap(day, other)
            and arrest.location is not None and protest.location is not None
            and (placed_at(arrest.location, protest.location) or placed_at(protest.location, arrest.location)))
