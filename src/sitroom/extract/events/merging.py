"""ACLED's rules 3, 4 and 5 over the events of one document (rules.py says them): reports of one event are
merged, keeping the arguments each adds, and as evidence the best report (merged_slots.py); an airstrike inside a
ground battle is the battle's, a riot and its dispersal one demonstration of the most severe type."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ...lang.en.events.demonstrations import ORIGIN_PREPOSITIONS, PARTICIPATION
from ...lang.en.events.disasters import NATURAL_HAZARD
from ...lang.en.events.rules import (ALSO_MORE, BACK_REFERENCE, COUNT, DEMO, DEMO_SEVERITY, DISTINCT, FURTHER_COUNT,
                                     TOLL_RISING, TWO_SIDED)
from ...records import DateValue, Event
from .merged_slots import _own_date, _merge, _report_key, report_rank  # noqa: F401 (recall_loss.py watches merging._merge)
from .taxonomy import NATURAL_DISASTER, REMOTE_VIOLENCE, typed_fields
from .within_city import one_in_city
from ..pos import VERBAL


def _place_key(e: Event) -> Optional[str]:
    if e.location is None or e.location.country is None:  # a name the geoparser could not place says nothing
        return None
    return e.location.gazetteer_id or (e.location.name or e.location.text).lower()


def _date_key(e: Event) -> Optional[tuple]:
    if not e.date.start:
        return None
    return (e.date.start, e.date.end)


def _dates_overlap(a: Optional[tuple], b: Optional[tuple]) -> bool:
    """Unknown dates are compatible; known ones when their ranges overlap ("on Friday" lies in "last week")."""
    if a is None or b is None:
        return True
    return (a[0] or "") <= (b[1] or b[0] or "") and (b[0] or "") <= (a[1] or a[0] or "")


def same_place_and_day(a: Event, b: Event) -> bool:
    """Whether two events are coded at one place on overlapping days (both known)."""
    place, day, other = _place_key(a), _date_key(a), _date_key(b)
    return (place is not None and place == _place_key(b) and day is not None and other is not None
            and _dates_overlap(day, other))


def same_place_undated(a: Event, b: Event) -> bool:
    """Whether two events are coded at one place with no date known for either (an undated article's)."""
    place = _place_key(a)
    return place is not None and place == _place_key(b) and _date_key(a) is None and _date_key(b) is None


# Days before a statement's week within which the day a nearby report gives may be the day of the event the
# statement retells.
BY_THEN_DAYS = 7


def _by_then_retold(a: Event, b: Event) -> bool:
    """One incident told twice nearby at one place: once dated by the statement that tells it (the week up to
    "confirmed on June 16": a range), once by its own day just before that week ("died ... after being admitted
    to hospital on June 8"). The range says only that the event happened by its end; so does an undated
    report's publication week (its sentence gives no day: the nearby report's day is the incident's)."""
    if abs(a.evidence.sentence - b.evidence.sentence) > NEAR:
        return False
    pa = _place_key(a)
    if pa is None or (pa != _place_key(b) and not _one_inside_other(a.location, b.location)):
        return False
    for week, day in ((a.date, b.date), (b.date, a.date)):
        if week.precision in ("range", "publication") and day.precision == "day" and week.start and day.start:
            gap = (_day(week.start) - _day(day.start)).days
            if 0 < gap <= BY_THEN_DAYS:
                return True
    return False


def _same_own_day(a: Event, b: Event) -> bool:
    """Whether both reports state in their own words the same day, at one place: ACLED's one event per type,
    place and day, however far apart the article tells them ("100,000 marched through Minsk on 4 October" and
    "225 protesters were detained on 4 October"). Not when the later one tells another incident ("Meanwhile,
    bandits abducted 20 worshippers in Kaduna on Monday" after a killing there that day)."""
    pa = _place_key(a)
    return (pa is not None and pa == _place_key(b) and a.date.precision == b.date.precision == "day"
            and _date_key(a) == _date_key(b) and _own_date(a) and _own_date(b)
            and not DISTINCT.search(b.evidence.text))


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _compatible(a: Optional[object], b: Optional[object]) -> bool:
    return a is None or b is None or a == b


def _places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one is a region the other lies in ("in Russia" and "in Moscow", "Punjab" and
    "Lahore", the district "Lee County" and "Auburn"); a place the geoparser could not put in any country
    says nothing."""
    pa, pb = _place_key(a), _place_key(b)
    if _compatible(pa, pb):
        return True
    la, lb = a.location, b.location
    if la.country is None or lb.country is None:
        return True
    if la.country != lb.country:
        return False
    if (label_of(a) == label_of(b) == NATURAL_DISASTER and {la.level, lb.level} <= {"admin1", "country"}
            and not _other_hazards(a, b)):
        # A hazard told over whole provinces of one country ("flooding in Bihar and Uttar Pradesh", "in other parts
        # of Pakistan the water has receded") is one widespread disaster, not an incident per province; a town's
        # own flash flood stays its own, and so does another hazard ("a cyclone struck Odisha" after floods in Assam).
        return True
    if la.level == "country" or lb.level == "country":
        # "in Iraq" and "in Nasiriyah": the same event when told together or on the same day; a story's
        # country-wide lead does not swallow every city it later details.
        near = abs(a.evidence.sentence - b.evidence.sentence) <= 3
        return near or (_date_key(a) is not None and _date_key(a) == _date_key(b))
    # (a district of a large city told in another sentence; the places one sentence lists are its own events)
    return _one_inside_other(la, lb) or (a.evidence.sentence != b.evidence.sentence and one_in_city(la, lb))


def _other_hazards(a: Event, b: Event) -> bool:
    """Whether both reports name a natural hazard and no hazard of one is the other's ("floods" and "a cyclone";
    not "floods" and "flooding")."""
    ha, hb = ({m.group(0).lower()[:4] for m in NATURAL_HAZARD.finditer(e.evidence.text)} for e in (a, b))
    return bool(ha) and bool(hb) and not ha & hb


def _one_inside_other(la, lb) -> bool:
    """Whether one place is a province (or a region the gazetteer gives as a place's province: "the Gaza Strip"
    and "Gaza") or district the other lies in (same country)."""
    if la is None or lb is None or la.country is None or la.country != lb.country:
        return False
    for wide, narrow in ((la, lb), (lb, la)):
        if wide.level in ("admin1", "other") and narrow.admin1 and (wide.name or wide.text) == narrow.admin1:
            return True
        if (wide.level == "admin2" and narrow.admin2 and (wide.name or wide.text) == narrow.admin2
                and (not wide.admin1 or not narrow.admin1 or wide.admin1 == narrow.admin1)):
            return True  # (a Lee County in Florida is not Alabama's)
    return False


def _detailed_next(a: Event, b: Event) -> bool:
    """Whether ``b``, the next sentence after ``a``'s in the same country, opens on who ``a`` told of ("The two
    were arrested in a house in Lapu Lapu City" after "Cebu police announced that they had arrested two Chinese
    nationals"): it details that incident at its finer (or another named) place."""
    la, lb = a.location, b.location
    return (label_of(a) == label_of(b) and 0 < b.evidence.sentence - a.evidence.sentence <= 1
            and la is not None and lb is not None and la.country is not None and la.country == lb.country
            and bool(BACK_REFERENCE.match(b.evidence.text.strip())))


def label_of(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _demo_pair(a: Event, b: Event) -> bool:
    """Rule 5: two reports of one demonstration (a riot and its dispersal). Arrests stay their own event:
    who was detained is what readers (and HRDsAttack's "arbitrary detention") look for."""
    return label_of(a) in DEMO and label_of(b) in DEMO


def _demo_type(a: Event, b: Event) -> Optional[str]:
    """The type of a demonstration reported as ``a`` and ``b``: the most severe of the two."""
    labels = {label_of(a), label_of(b)}
    if not labels & set(DEMO_SEVERITY):
        return None
    return next(l for l in DEMO_SEVERITY if l in labels)


# Sentences apart within which two reports of one event type may be one incident told twice.
NEAR = 3


def _same_event(a: Event, b: Event) -> bool:
    """Same type (or an air/artillery strike inside a battle, or one demonstration), same place and day
    (unknowns are compatible). ``a`` is the earlier report."""
    la, lb = label_of(a), label_of(b)
    kinds = {a.event_type, b.event_type}
    battle_with_strike = kinds == {"Battles", REMOTE_VIOLENCE} and (
        "Air/drone strike" in (a.sub_event_type, b.sub_event_type)
        or "Shelling/artillery/missile attack" in (a.sub_event_type, b.sub_event_type))
    demo = la != lb and _demo_pair(a, b)
    # One incident retold in nearby sentences with another sub-event type of the same event type ("seized
    # the town" then "fought for the town") is one event; far apart, they are two.
    retold = la != lb and a.event_type == b.event_type and (abs(a.evidence.sentence - b.evidence.sentence) <= NEAR
                                                             or _same_own_day(a, b))
    if retold and a.event_type in SEPARATE_DOERS and _other_doers(a, b):
        # "government forces shelled Sarmada ... Russian warplanes also carried out strikes": two events. (Not for
        # reports of one sub-event type: a report's doer is not yet settled here, and "Egyptian security forces
        # inspect the scene of a bomb explosion" would stand as a second bombing.)
        retold = False
    if la != lb and not battle_with_strike and not demo and not retold:
        return False
    pa, pb, da, db = _place_key(a), _place_key(b), _date_key(a), _date_key(b)
    if not ((_places_compatible(a, b) or _detailed_next(a, b)) and (_dates_overlap(da, db) or _by_then_retold(a, b))):
        return False
    if battle_with_strike:  # rule 3 only when the strike is clearly in the same battle: same place and day, told
        # near it (a battle told far on in the text is another part of the story)
        return pa is not None and pa == pb and da == db and abs(a.evidence.sentence - b.evidence.sentence) <= NEAR
    if DISTINCT.search(b.evidence.text):  # "another ...": the same event only when place and day agree
        return pa is not None and pa == pb and da == db
    if further_count(b.evidence.text):  # "four more were arrested": only on the day the first count was told
        return pa is not None and pa == pb and da == db and a.date.precision == b.date.precision == "day"
    if demo:  # a riot and a dispersal, or arrests, are one demonstration when told at one place or together
        return (pa is not None and pa == pb) or abs(a.evidence.sentence - b.evidence.sentence) <= 1
    return True


def further_count(text: str) -> bool:
    """Whether a report tells more of what was counted before ("Four more persons were arrested after visiting the
    family"): a count with "more" and no count before it in the sentence ("killed 13 and wounded 56 more" is one act),
    not of more dead of it ("three more people died in hospital": its toll rising), nor more that the doers "also" took
    in the telling of the act ("They also kidnapped 12 more")."""
    m = FURTHER_COUNT.search(text)
    return (m is not None and not COUNT.search(text, 0, m.start()) and not TOLL_RISING.search(text)
            and not ALSO_MORE.search(text))


# The event types where two reports whose doers are named and differ are two events (one side fires at the other's
# side; in a battle both sides are its parties, whichever the sentence makes the doer).
SEPARATE_DOERS = frozenset({REMOTE_VIOLENCE})


def _other_doers(a: Event, b: Event) -> bool:
    """Both reports name their doer, the doers differ (an unidentified armed group names none), and neither is the
    other report's target."""
    d1, d2 = a.actor1, b.actor1
    if d1 is None or d2 is None or d1.name == d2.name:
        return False
    if d1.name.startswith("Unidentified") or d2.name.startswith("Unidentified"):
        return False
    return not (a.actor2 is not None and a.actor2.name == d2.name) and not (b.actor2 is not None and b.actor2.name == d1.name)


def _another_day(mention: Event, kept: Event) -> bool:
    """Whether a mention states in its own words a day before the earlier event's date: "On May 23, ... was
    followed by the arrest of" tells an older arrest than the one reported in the week before publication, not
    a reference back to it (a later day may be when the event was told or followed up: no such evidence)."""
    d = mention.date
    return (d.precision == "day" and bool(d.text) and d.text in mention.evidence.text
            and bool(kept.date.start) and d.start < kept.date.start)


def placed_apart(ev: Event, tok, earlier: list[Event]) -> bool:
    """Whether a report that only refers to an event (a mention, trigger token ``tok``) names its own place
    where it happened ("the flash floods in Indore", "died ... after landslides in Puge county": _place_of_act)
    and that place can be none of the earlier events of its type (``earlier``): rule 4's one event per place
    makes it another incident, not a reference back."""
    loc = ev.location
    if loc is None or loc.country is None or not loc.text or tok is None:
        return False
    if not (ev.evidence.start <= loc.start and loc.end <= ev.evidence.end):
        return False  # a place lent by another sentence
    same = [k for k in earlier if label_of(k) == label_of(ev)]
    # (an event placed only at a region of several countries, "southeast Asia", holds no place a city lies in)
    return bool(same) and _place_of_act(tok, loc) and not any(_places_compatible(ev, k) and not _region_only(k)
                                                              for k in same)


def _region_only(ev: Event) -> bool:
    """Whether the event is placed at a region the geoparser puts in no country ("southeast Asia", "the Sahel")."""
    loc = ev.location
    return loc is not None and loc.country is None and loc.level == "other"


def refers_back(ev: Event, tok, earlier: list[Event], apart: Optional[dict] = None) -> bool:
    """Whether a mention refers back to an earlier event (not placed_apart); one at a place of its own is
    recorded in ``apart`` with the report of its type it is told after (whose date it may take: place_list)."""
    if not placed_apart(ev, tok, earlier):
        return True
    if apart is not None:
        apart[id(ev)] = [k for k in earlier if label_of(k) == label_of(ev)][-1]
    return False


def _place_of_act(tok, loc) -> bool:
    """Whether the place ``loc`` is said of the act whose trigger is ``tok``: attached to the trigger, or to a
    verb that governs it (or to a clause joined to one). A place that describes another noun ("Protests in Detroit over the killing of Floyd",
    "a Buenaventura teacher") is not where the mentioned act happened."""
    place = next((t for t in tok.sent if t.idx == loc.start), None)
    if place is None:
        return False
    for a in place.ancestors:
        if a.i == tok.i:
            return True
        if loc.start <= a.idx < loc.end:
            continue  # the place's own words ("Puge county of Sichuan province")
        if a.pos_ in VERBAL:
            if any(t.i == tok.i for t in a.subtree):
                return True
            if a.dep_ not in ("conj", "advcl"):  # ("died while four others were injured in Puge county")
                return False
        elif a.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return _joins_act(a, tok) and not _origin(place, a)
    return False


def _joins_act(noun, tok) -> bool:
    """Whether ``noun`` (which a place describes) is the subject of a verb of taking part whose object tells the
    act ``tok``: "Youth in Anambra joined the protest", "Ebonyi students joined the protests". Who joins takes
    part where they are, so the place of the participants is the place of their part of the act (rule 4: another
    place, another event); other subjects only talk about it ("officials in Abuja condemned the attack")."""
    verb = noun.head
    return (noun.dep_ == "nsubj" and verb.pos_ in VERBAL and verb.lemma_.lower() in PARTICIPATION
            and any(t.i == tok.i for t in verb.subtree))


def _origin(place, noun) -> bool:
    """Whether ``place`` hangs on ``noun`` by a preposition of origin ("students from Kano joined the protest"):
    where the participants come from, not where they took part (they may have travelled to the protest)."""
    step = next((a for a in place.ancestors if a.head.i == noun.i), None)
    return step is not None and step.dep_ == "prep" and step.lower_ in ORIGIN_PREPOSITIONS


def merge_events(events: list[Event], mentions: frozenset[int] = frozenset(),
                 members: Optional[list[list[Event]]] = None, retold: frozenset[int] = frozenset(),
                 added: frozenset[int] = frozenset()) -> list[Event]:
    """Rules 3, 4 and 5 over the events of one document, in document order.

    mentions: ``id()`` of the events whose trigger only refers to an event ("the kidnapped missionaries",
        "the attack"); each joins the nearest earlier event of its type whatever its place and date.
    members: when given, filled with the reports merged into each returned event (in the same order).
    retold: ``id()`` of the events that retell an earlier one in other words (strategic.py: what was
        discussed at a meeting, where someone arrested is held); each joins the nearest earlier event of its
        type when no event is the same by place and date (the places it names are the talks' topic or the
        place of custody, not where the event happened).
    added: ``id()`` of the events that add to the act told before with no place or day of their own
        (also_told.py); each joins the nearest earlier event of its type when no event is the same by place and
        date, without lending it the place or date the context gave it.
    """
    out: list[Event] = []
    groups: list[list[Event]] = members if members is not None else []
    # Each report's rank as evidence, read before merging fills in arguments from other reports.
    ranks = {_report_key(e): report_rank(e) for e in events}
    for ev in sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start)):
        if id(ev) in mentions:  # joins its antecedent: the place and date of its sentence are not its own
            same = [i for i, kept in enumerate(out) if label_of(kept) == label_of(ev) and not _another_day(ev, kept)]
            if same:
                _join(out, groups, same[-1], ev, ranks)
                continue
        for i, kept in enumerate(out):
            if _same_event(kept, ev):
                # The Battles event absorbs a strike in the same battle; otherwise the first report stays.
                if kept.event_type != "Battles" and ev.event_type == "Battles" and fighting_told(ev):
                    out[i] = _merge(ev, kept, ranks=ranks)
                else:
                    out[i] = _merge(kept, ev, ranks=ranks)
                worst = _demo_type(kept, ev)
                if worst and worst != label_of(out[i]):
                    out[i] = out[i].model_copy(update=typed_fields(worst))
                groups[i].append(ev)
                break
        else:
            same = ([i for i, kept in enumerate(out) if label_of(kept) == label_of(ev)]
                    if id(ev) in retold or id(ev) in added else [])
            if same:
                _join(out, groups, same[-1], ev, ranks, lent=id(ev) in added)
                continue
            out.append(ev)
            groups.append([ev])
    return out


def fighting_told(battle: Event) -> bool:
    """Whether a Battles report tells fighting (rules' TWO_SIDED words): only then is a strike merged with it a
    strike in its battle (rule 3). A report typed as a battle for its armed dead alone ("the number of US forces
    killed rose to three", after "killed by a stray US bomb") retells the strike, which stays the event."""
    return bool(TWO_SIDED.search(battle.evidence.text))


def _join(out: list[Event], groups: list[list[Event]], i: int, ev: Event, ranks: dict, lent: bool = False) -> None:
    """A report that refers back to (a mention) or retells ``out[i]`` joins it; its evidence stays. ``lent``: its
    place and date are the context's, not the act's, and fill in nothing."""
    told = ev.model_copy(update={"location": None, "date": DateValue()}) if lent else ev
    out[i] = _merge(out[i], told, keep_evidence=True, ranks=ranks)
    groups[i].append(ev)


def merge_across(earlier: list[Event], later: list[Event]) -> list[Event]:
    """``earlier`` with ``later`` (the events of a long text's next segment, merged among themselves)
    added: each merged into the first earlier event it is the same event as, by the rules merge_events
    applies within one text, so a report retold (or repeated) in another segment is one event."""
    out = list(earlier)
    for ev in later:
        for i in range(len(earlier)):
            if _same_event(out[i], ev):
                if out[i].event_type != "Battles" and ev.event_type == "Battles" and fighting_told(ev):
                    out[i] = _merge(ev, out[i])
                else:
                    out[i] = _merge(out[i], ev)
                break
        else:
            out.append(ev)
    return out
