"""ACLED coding rules applied after detection.

1. Priority order: when one clause fits two types, the type earlier in ACLED's order wins (taxonomy.py).
2. Killing detained, surrendered or captured combatants is Violence against civilians / Attack: people
   hors de combat are coded as civilians; an attack on armed people on duty (soldiers, police, militia,
   their checkpoints and patrols) is a Battles / Armed clash, since violence against civilians needs
   unarmed victims (armed_victims).
3. An airstrike (or shelling) inside a ground battle at the same place and day is one Battles event. The weapon decides otherwise (weapon_named): an explosion needs a remote weapon, and a sentence
   that names only another ("a soldier was killed by a sniper") reports no suicide bomb. A territory type
   needs a change of control (or fighting) told in its sentence (stated_type).
4. One event per type, location and day: reports of the same event in one document are merged, keeping
   the arguments each report adds, the lowest fatality figure of reports in the evidence's sentence or the
   next (figures.py: never another paragraph's), and as evidence the most confident report.
   A news article retells its incident: a later report of the same type whose place and date do not
   contradict an earlier one is the same event however far apart they are, unless it says it is another
   ("another", "a separate", "elsewhere"); a mention ("the kidnapped missionaries", "the attack") joins the
   nearest earlier event of its type whatever its place and date.
5. Demonstrations: battles are fought between organised armed groups, so a "clash" between protesters and
   police is a riot, or excessive force when the police fire on them; a riot and its dispersal at one place
   are one demonstration event, of the most severe type reported.
6. Only news is coded (select_news, with discourse.py): not trends, tallies or background history, not
   mentions of an event by a modifier, not page furniture; hypotheticals keep the modality that governs them.
   A reaction is not the act (reactions.is_reaction_to: "condemned the killing", "comment on the
   withdrawal"): it joins the act's own report, the better report of it, when the document has one. Events dated
   more than about 60 days before publication are background (the extractor's STALE_DAYS), and so is an undated
   paragraph's event told within a few sentences after a date that old (the extractor's BACKGROUND_SENTENCES).
7. Ordinary crime is not coded (is_ordinary_crime_arrest): an arrest for an ordinary offence (drunk driving,
   burglary, fraud, assault, murder) that names nothing political or armed about who was arrested or why.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.rules import (
    AGGREGATE,
    ARMED,
    ARMED_VICTIMS,
    CIVILIAN_VICTIMS,
    CROWD,
    DEMO,
    DEMO_SEVERITY,
    DISPERSAL,
    DISTINCT,
    DOER_PHRASE,
    HORS_DE_COMBAT,
    KILLING,
    LETHAL,
    ORDINARY_OFFENCE,
    POLITICAL_ARREST,
    REMOTE_WEAPON,
    SUICIDE_ATTACKER,
    STATE_TYPES,
    TWO_SIDED,
    TERRITORY,
)
from ...records import NON_FACTUAL, Event
from . import discourse, figures
from .reactions import is_reaction_to
from .taxonomy import get, priority
from .territory import territory_told

ATTACK = "Violence against civilians / Attack"
CLASH = "Battles / Armed clash"
ARRESTS = "Strategic developments / Arrests"
REMOTE = "Explosions/Remote violence"
SUICIDE_BOMB = "Explosions/Remote violence / Suicide bomb"


def hors_de_combat(label: str, sentence: str) -> str:
    """Rule 2: a killing of people hors de combat is an Attack on civilians, whatever it looked like."""
    if label.startswith(("Battles", "Explosions/Remote violence")) or label == ATTACK:
        if HORS_DE_COMBAT.search(sentence) and KILLING.search(sentence):
            return ATTACK
    return label


def armed_victims(label: str, sentence: str, actor2=None, actor1=None) -> str:
    """ACLED: violence against civilians needs unarmed victims. An armed group's attack on soldiers, police,
    militia members or their checkpoints, bases and patrols, or on militants, rebels or insurgents, is a
    Battles / Armed clash, even when only one side fired; victims hors de combat (rule 2) stay civilians.
    The armed words must name the victims, not the doer: "a farmer was shot and killed by police" stays an
    attack on a civilian, and so do journalists beaten in a police station."""
    if label != ATTACK or HORS_DE_COMBAT.search(sentence):
        return label
    armed_target = actor2 is not None and (actor2.actor_type or "").lower().startswith(STATE_TYPES)
    victims = without_doer(sentence, actor1)
    if armed_target or ARMED_VICTIMS.search(victims) or ARMED.search(victims):
        if not CIVILIAN_VICTIMS.search(victims):
            return CLASH
    return label


def civilian_victims(label: str, sentence: str, actor2=None, actor1=None) -> str:
    """ACLED: a battle needs two organised armed sides. An armed clash told as an armed group's act on
    civilians, with no armed target and no fighting ("Militants stormed a village, killing 11 farmers": no
    soldier, police or militia on the other side), is violence against civilians, an Attack. Civilians
    killed in fighting ("Two civilians were killed" after "Rival militias clashed") stay the battle's."""
    if label != CLASH or (actor2 is not None and actor2.inter != 7) or TWO_SIDED.search(sentence):
        return label
    if actor1 is None and not ARMED.search(sentence):
        return label  # no doer told: the victims of the battle the report tells around them
    victims = without_doer(sentence, actor1)
    if CIVILIAN_VICTIMS.search(victims) and not ARMED_VICTIMS.search(victims):
        return ATTACK
    return label


def without_doer(sentence: str, actor1=None) -> str:
    """The words that can name the victims: the sentence without those naming the doer, actor1's own words
    and an agent phrase ("by the E-Crack Unit of the Rivers Police Command", "at the hands of the police")."""
    if actor1 is not None and actor1.text:
        sentence = sentence.replace(actor1.text, " ")
    return DOER_PHRASE.sub(" ", sentence)


def weapon_named(ranked: list[str], cues, text: str = "") -> str:
    """ACLED: the weapon decides Explosions/Remote violence. The typer's best label (``ranked``, best
    first) whose weapon the sentence and those it continues (``text``) name: an explosion or strike needs a
    remote weapon ("Soldiers killed five militants" names none; "killed by a sniper" another), a suicide
    bomb a suicide attacker. Else the best label of another type."""
    return next((label for label in ranked if _weapon_fits(label, cues, text)), ranked[0])


def stated_type(ranked: list[str], cues, said: str, sentence: str) -> str:
    """ACLED's types that the report must state: the typer's best label (``ranked``, best first) whose
    weapon the report names (weapon_named) and, for a territory type, whose change of control (or
    fighting) its own ``sentence`` tells (territory.territory_told: "fatally shot the ambassador" is no
    transfer of territory); else the best label."""
    return next((label for label in ranked if _weapon_fits(label, cues, said) and territory_told(label, sentence)),
                ranked[0])


def _weapon_fits(label: str, cues, text: str) -> bool:
    if not label.startswith(REMOTE):
        return True
    if label == SUICIDE_BOMB and not (any(c.label == SUICIDE_BOMB for c in cues) or SUICIDE_ATTACKER.search(text)):
        return False
    return any(c.label.startswith(REMOTE) for c in cues) or bool(REMOTE_WEAPON.search(text))


def is_aggregate(label: str, sentence: str, trigger_offset: int) -> bool:
    """Whether a territorial "event" is really an aggregate claim over many places."""
    return label in TERRITORY and bool(AGGREGATE.search(sentence))


def is_ordinary_crime_arrest(label: str, sentence: str) -> bool:
    """Rule 7: an arrest for an ordinary crime ("was arrested Friday on DWI and other charges", "arrested for
    assaulting his wife") is police work, not an event ACLED codes; an arrest of activists, journalists,
    opposition figures, protesters, armed groups or gangs, or one for sedition, terrorism or kidnapping, is."""
    return label == ARRESTS and bool(ORDINARY_OFFENCE.search(sentence)) and not POLITICAL_ARREST.search(sentence)


def by_priority(labels: list[str]) -> list[str]:
    """Rule 1: labels in ACLED's priority order."""
    return sorted(labels, key=priority)


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


def _compatible(a: Optional[object], b: Optional[object]) -> bool:
    return a is None or b is None or a == b


def _places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one is a region the other lies in ("in Russia" and "in Moscow", "Punjab" and
    "Lahore"); a place the geoparser could not put in any country says nothing."""
    pa, pb = _place_key(a), _place_key(b)
    if _compatible(pa, pb):
        return True
    la, lb = a.location, b.location
    if la.country is None or lb.country is None:
        return True
    if la.country != lb.country:
        return False
    if la.level == "country" or lb.level == "country":
        # "in Iraq" and "in Nasiriyah": the same event when told together or on the same day; a story's
        # country-wide lead does not swallow every city it later details.
        near = abs(a.evidence.sentence - b.evidence.sentence) <= 3
        return near or (_date_key(a) is not None and _date_key(a) == _date_key(b))
    for wide, narrow in ((la, lb), (lb, la)):
        if wide.level == "admin1" and narrow.admin1 and (wide.name or wide.text) == narrow.admin1:
            return True
    return False


def _label(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _demo_pair(a: Event, b: Event) -> bool:
    """Rule 5: two reports of one demonstration (a riot and its dispersal). Arrests stay their own event:
    who was detained is what readers (and HRDsAttack's "arbitrary detention") look for."""
    return _label(a) in DEMO and _label(b) in DEMO


def _demo_type(a: Event, b: Event) -> Optional[str]:
    """The type of a demonstration reported as ``a`` and ``b``: the most severe of the two."""
    labels = {_label(a), _label(b)}
    if not labels & set(DEMO_SEVERITY):
        return None
    return next(l for l in DEMO_SEVERITY if l in labels)


# Sentences apart within which two reports of one event type may be one incident told twice.
NEAR = 3


def _same_event(a: Event, b: Event) -> bool:
    """Same type (or an air/artillery strike inside a battle, or one demonstration), same place and day
    (unknowns are compatible). ``a`` is the earlier report."""
    la, lb = _label(a), _label(b)
    kinds = {a.event_type, b.event_type}
    battle_with_strike = kinds == {"Battles", "Explosions/Remote violence"} and (
        "Air/drone strike" in (a.sub_event_type, b.sub_event_type)
        or "Shelling/artillery/missile attack" in (a.sub_event_type, b.sub_event_type))
    demo = la != lb and _demo_pair(a, b)
    # One incident retold in nearby sentences with another sub-event type of the same event type ("seized
    # the town" then "fought for the town") is one event; far apart, they are two.
    retold = la != lb and a.event_type == b.event_type and abs(a.evidence.sentence - b.evidence.sentence) <= NEAR
    if la != lb and not battle_with_strike and not demo and not retold:
        return False
    pa, pb, da, db = _place_key(a), _place_key(b), _date_key(a), _date_key(b)
    if not (_places_compatible(a, b) and _dates_overlap(da, db)):
        return False
    if battle_with_strike:  # rule 3 only when the strike is clearly in the same battle: same place and day
        return pa is not None and pa == pb and da == db
    if DISTINCT.search(b.evidence.text):  # "another ...": the same event only when place and day agree
        return pa is not None and pa == pb and da == db
    if demo:  # a riot and a dispersal, or arrests, are one demonstration when told at one place or together
        return (pa is not None and pa == pb) or abs(a.evidence.sentence - b.evidence.sentence) <= 1
    return True


def _merge(keep: Event, other: Event, keep_evidence: bool = False, ranks: Optional[dict] = None) -> Event:
    """Fill ``keep``'s missing arguments from ``other``; figures as figures.merged says. The evidence is the
    better report (_report_rank), unless ``keep_evidence`` (``other`` only mentions the event)."""
    upd = {}
    for f in ("actor1", "actor2", "location", "trigger"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            upd[f] = getattr(other, f)
    if keep.location is not None and other.location is not None and other.location.country is not None and (
            keep.location.country is None or (keep.location.level == "country" and other.location.level != "country")):
        upd["location"] = other.location  # the more precise place, or a place the geoparser could resolve
    if not keep.date.start and other.date.start:
        upd["date"] = other.date
    elif keep.date.precision != "day" and other.date.precision == "day":
        upd["date"] = other.date  # the overlapping day is the more precise date of the one event
    hedges = list(dict.fromkeys(keep.hedges + other.hedges))
    if hedges != keep.hedges:
        upd["hedges"] = hedges
    ranks = ranks if ranks is not None else {}
    if not keep_evidence and ranks.get(_report_key(other), _report_rank(other)) > \
            ranks.get(_report_key(keep), _report_rank(keep)):
        # The best report of the event is its evidence, and says whether and by whom it is reported.
        upd.update(evidence=other.evidence, trigger=other.trigger, modality=other.modality, source=other.source)
    # Figures only from the evidence's sentence or the next (figures.merged): never from another paragraph.
    upd.update(figures.merged(keep, other, "evidence" in upd))
    upd["confidence"] = max(keep.confidence, other.confidence)
    return keep.model_copy(update=upd)


def own_arguments(e: Event) -> int:
    """How many of the event's place, date, actors and counts its own sentence states (arguments borrowed
    from neighbouring sentences or other reports do not count)."""
    text = e.evidence.text
    n = sum(1 for a in (e.actor1, e.actor2) if a is not None and a.text and a.text in text)
    n += e.location is not None and e.location.country is not None and bool(e.location.text) and e.location.text in text
    n += bool(e.date.start) and bool(e.date.text) and e.date.text in text
    n += any(v is not None for v in (e.fatalities, e.injured, e.arrested))
    return n


def _report_key(e: Event) -> tuple:
    return (e.evidence.start, e.trigger)


def _report_rank(e: Event) -> tuple:
    """Which of two reports of one event is its evidence: one telling it happened, then the one stating
    more of its arguments itself (the lead of a news story, not "details about the kidnapping were still
    emerging"), then the more confident."""
    return (e.modality not in NON_FACTUAL, own_arguments(e), e.confidence)


def merge_events(events: list[Event], mentions: frozenset[int] = frozenset()) -> list[Event]:
    """Rules 3, 4 and 5 over the events of one document, in document order.

    mentions: ``id()`` of the events whose trigger only refers to an event ("the kidnapped missionaries",
        "the attack"); each joins the nearest earlier event of its type whatever its place and date.
    """
    out: list[Event] = []
    # Each report's rank as evidence, read before merging fills in arguments from other reports.
    ranks = {_report_key(e): _report_rank(e) for e in events}
    for ev in sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start)):
        if id(ev) in mentions:  # joins its antecedent: the place and date of its sentence are not its own
            same = [i for i, kept in enumerate(out) if _label(kept) == _label(ev)]
            if same:
                out[same[-1]] = _merge(out[same[-1]], ev, keep_evidence=True, ranks=ranks)
                continue
        for i, kept in enumerate(out):
            if _same_event(kept, ev):
                # The Battles event absorbs a strike in the same battle; otherwise the first report stays.
                if kept.event_type != "Battles" and ev.event_type == "Battles":
                    out[i] = _merge(ev, kept, ranks=ranks)
                else:
                    out[i] = _merge(kept, ev, ranks=ranks)
                worst = _demo_type(kept, ev)
                if worst and worst != _label(out[i]):
                    out[i] = out[i].model_copy(update=typed_fields(worst))
                break
        else:
            out.append(ev)
    return out


def merge_across(earlier: list[Event], later: list[Event]) -> list[Event]:
    """``earlier`` with ``later`` (the events of a long text's next segment, merged among themselves)
    added: each merged into the first earlier event it is the same event as, by the rules merge_events
    applies within one text, so a report retold (or repeated) in another segment is one event."""
    out = list(earlier)
    for ev in later:
        for i in range(len(earlier)):
            if _same_event(out[i], ev):
                if out[i].event_type != "Battles" and ev.event_type == "Battles":
                    out[i] = _merge(ev, out[i])
                else:
                    out[i] = _merge(out[i], ev)
                break
        else:
            out.append(ev)
    return out


def news_gate(doc, start: int, end: int, text: str, trigger: Optional[str], pub=None,
              gates: Optional[dict] = None, span=None) -> tuple[object, bool]:
    """The trigger token of a report at ``start:end`` and whether rule 6 drops it whatever its type
    (boilerplate, part of a name, not news, an activity or a listed kind). ``gates`` memoises the answer
    per (start, end, trigger), so the extractor can ask before the argument work and select_news after
    it without reading the parse twice; ``span``: the evidence span when the caller has it."""
    key = (start, end, trigger)
    if gates is not None and key in gates:
        return gates[key]
    if span is None:
        span = doc.char_span(start, end, alignment_mode="expand")
    tok = discourse.trigger_token(span, trigger)
    dropped = tok is not None and bool(
        discourse.is_boilerplate(span, text) or discourse.is_name_part(tok) or discourse.not_news(tok, pub)
        or discourse.is_activity_mention(tok) or discourse.is_listed_kind(tok))
    if gates is not None:
        gates[key] = (tok, dropped)
    return tok, dropped


def select_news(events: list[Event], doc, pub=None, min_confidence: Optional[dict] = None,
                gates: Optional[dict] = None) -> tuple[list[Event], frozenset[int]]:
    """Rule 6 and the demonstration types of rule 5, event by event: drops what is not news, sets the
    modality that governing words impose, and returns the events with the ids of mere mentions (for
    merge_events). ``doc`` is the parsed document the events' evidence offsets point into.

    min_confidence: least confidence per modality; an event made non-factual here must meet its bar.
    gates: news_gate's memo, shared with the extractor (which already asked it of most reports).
    """
    kept, mentions = [], set()
    gates = gates if gates is not None else {}
    for ev in events:
        tok, dropped = news_gate(doc, ev.evidence.start, ev.evidence.end, ev.evidence.text, ev.trigger, pub, gates)
        if tok is None:
            kept.append(ev)
            continue
        if dropped or discourse.is_bystander_agent(tok, _label(ev)) or discourse.is_not_territory(tok, _label(ev)):
            continue
        upd = {}
        label = demonstration_type(_label(ev), ev.evidence.text)
        if label != _label(ev):
            upd.update(typed_fields(label))
        if ev.modality not in NON_FACTUAL:
            mod = discourse.irrealis(tok)
            if mod:
                if min_confidence and ev.confidence < min_confidence.get(mod, 0.0):
                    continue
                upd["modality"] = mod
        if upd:
            ev = ev.model_copy(update=upd)
        if discourse.is_modifier_mention(tok, ev.trigger):
            if not any(_label(k) == _label(ev) for k in kept):
                continue  # refers to an event the document never reports: nothing to code
            mentions.add(id(ev))
        elif discourse.is_definite_mention(tok) or discourse.is_circumstance(tok) or is_reaction_to(tok):
            mentions.add(id(ev))
        kept.append(ev)
    return kept, frozenset(mentions)


def demonstration_type(label: str, sentence: str) -> str:
    """Rule 5: the demonstration type a sentence about protesters really reports. A "clash" with protesters
    and no armed group is a riot (excessive force when the police fire on them); a protest met with
    lethal force is excessive force, one met with tear gas or arrests a protest with intervention."""
    if label == "Protests / Excessive force against protesters" and not LETHAL.search(sentence):
        # Excessive force is lethal or grave force; water cannon, tear gas or arrests are an intervention.
        return "Protests / Protest with intervention"
    if not CROWD.search(sentence):
        return label
    if label == ARRESTS:
        return "Protests / Protest with intervention"  # arrests at a protest belong to the protest (ACLED)
    if label == CLASH and not ARMED.search(sentence):
        return "Protests / Excessive force against protesters" if LETHAL.search(sentence) else "Riots / Violent demonstration"
    if label == "Protests / Peaceful protest":
        if LETHAL.search(sentence):
            return "Protests / Excessive force against protesters"
        if DISPERSAL.search(sentence):
            return "Protests / Protest with intervention"
    return label


def typed_fields(label: str) -> dict:
    """The Event fields that follow from the label: types and the PLOVER/CAMEO cross-walk."""
    t = get(label)
    return dict(event_type=t.event_type, sub_event_type=t.sub_event_type, plover_type=t.plover_type,
                plover_mode=t.plover_mode, cameo_root=t.cameo_root)
