"""ACLED coding rules applied after detection (the merging of reports of one event, rules 3 to 5, in merging.py).

1. Priority order: when one clause fits two types, the type earlier in ACLED's order wins (taxonomy.py).
2. Killing detained, surrendered or captured combatants is Violence against civilians / Attack: people
   hors de combat are coded as civilians; an attack on armed people on duty (soldiers, police, militia,
   their checkpoints and patrols) is a Battles / Armed clash, since violence against civilians needs
   unarmed victims (victims.py).
3. An airstrike (or shelling) inside a ground battle is its own Explosions/Remote violence event beside the battle
   (the guide's exception to rule 1); it merges with a Battles report at the same place and day only when that
   report tells no fighting, as it then retells the strike's armed victims (same_event). The weapon decides otherwise (weapon_named): an explosion needs a remote weapon, and a sentence
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
   are one demonstration event, of the most severe type reported. Arrests for defying a curfew or a ban on
   assembly at the place and day of a demonstration the document codes are its intervention (curfew_arrests).
6. Only news is coded (select_news, with discourse.py): not trends, tallies (a count up to a cut-off day too: "as of
   September 6, more than 3,800 people have been arrested") or background history, not
   mentions of an event by a modifier, not page furniture; hypotheticals keep the modality that governs them ("the plot to kidnap the journalist":
   planned; "fled to avoid arrest", "the thought of being tortured", "the right to protest", "the law allows police
   to arrest": not done), and a rule told in the present is no incident ("when police arrest a reporter, they ...").
   A reaction is not the act (reactions.is_reaction_to: "condemned the killing", "comment on the
   withdrawal"): it joins the act's own report, the better report of it, when the document has one. An event
   all of whose reports state a reaction (reactions.act_reported, on the events the filter kept: "I am
   appalled by", "we extend our deepest condolences", "welcomes the Board of Inquiry's report") is dropped. Events dated
   more than about 60 days before publication are background (the extractor's STALE_DAYS), and so is an undated
   paragraph's event told within a few sentences after a date that old (the extractor's BACKGROUND_SENTENCES), an
   undated event after a sentence of its paragraph that opens with such a date ("Last year, activists took to the
   streets ..."), an event whose dates, told without a year, follow a day of an old year ("on March 21, 1929. On
   the evening of March 20, ...": kept_dates.told_after_old_day, on the events kept), and an act told at an
   earlier age of a person ("he was 17 when police arrested him": discourse.not_news). An event all of whose reports
   tell a practice by the verb's form (practice.py, on the events kept: "they rob, abduct and rape the villagers",
   "nurses continue to be detained") is none, and so is an act a higher clause frames (frames.py: evidence at a
   hearing, the dead mourned, an act named by its sufferers: "the affectees of the factory fire held a press conference",
   an act people report having suffered: "at least 22 women have reported being sexually assaulted").
7. Ordinary crime is not coded (crime.is_ordinary_crime_arrest): an arrest for an ordinary offence (drunk driving,
   burglary, fraud, assault, murder, fires lit) that names nothing political or armed about who was arrested or why.
8. A strike is not a demonstration (is_strike_only): workers stopping work ("held a one-day strike", "walked
   out", "a three-day stoppage") are coded as a peaceful protest only when the sentence names a gathering,
   march, sit-in or picket, or tells the strike as a protest.
9. Ordinary crime and judicial executions are not coded (crime.py): violence by a lone criminal or a pair in
   a story told as a criminal case with nothing political, armed or repressive in it (a stabbing at a party,
   an abducted toddler), the harm of such a crime typed as a disaster, and an execution that is a court's
   sentence or a state's hanging (or no killing: "executed five search warrants").
10. An arrest is told (arrest_told): an Arrests event none of whose reports names anyone taken or held (no
    arrest, detention, custody, raid or search: "was arraigned at the
    magistrate's court", "calling for the immediate release of", "published a wanted list", "Shops remained
    open") reports no arrest; a participle that only describes a person ("Jailed activist X appeared before a
    court") tells none either, nor an arrest told only as background to the sentence's news
    (arrest_background.py: the past perfect outside reported speech, "after learning that Gonzalez had been
    arrested"; an undated relative clause under another act, "Nodeep Kaur, who was arrested in Haryana, was
    granted bail"), nor an arrest tried, planned, ordered or sought ("Police attempted to arrest him", "a plan
    hatched by officials to arrest him", "an order for the
    arrest of", "arrest warrants"), nor a thing detained, seized or released ("It has since been seized by Dutch
    authorities", "a supply vessel previously detained"), nor a release from custody alone ("three weeks after
    he was nominally released from a 4.5-year prison sentence": the guide's Arrests are detentions), nor an
    arrest that is only the time of another act ("days before his arrest", "since his arrest in 2019"), a
    release "from jail", a place of custody named otherwise ("to decongest jails"), a paper ("the arrest
    affidavit"), nor a lasting custody with
    no time of its own ("remain imprisoned", "were being held against their will", "are currently detained",
    "was being held at the county jail", "spent years under house
    arrest", "a woman on house arrest") (is_taking_named_only). An event that merged a report telling the
    taking stays, with that report as its evidence, typed Other when it tells only a search or a raid (the
    guide's police search with no arrest) ("Binniyat was arraigned at the court" with "was arrested last
    week"), unless another event
    codes an arrest from a sentence that tells it (then it only retells that one). Such a sentence that
    tells a bomb defused is a Disrupted weapons use, hostages freed Strategic developments / Other. It runs on
    the events the filter kept (the filter's document features count every typed report, as when it was
    trained), so what it drops changes nothing else.
11. A disaster must be told (disasters.py): the words of its sub-type in its sentence or the ones it continues
    (else the other sub-type's, else none); an outbreak kills (deaths told in the report or earlier), and a
    running toll, a forecast, aid, patients in hospital, an overdose, arson or a bombing are no disaster.
12. The family a single stated fact decides (family.py): the weapon (a remote one makes an attack
    Explosions/Remote violence; strikes that destroyed weapons are the strike, no disruption), a gathering with no
    harm done whose violence words name its grievance (a protest: "marched out of parliament in protest against
    increasing torture", on the events kept), the crowd's own violence (a riot), what the detained suffered (a
    disappearance is an abduction, beating or killing in custody an attack); arrests beside a protest that is not the
    one they broke up ("ahead of planned demonstrations", "protest leader") stay arrests (rule 5).
13. A diplomatic contact, an agreement, a change to a group, another strategic development or a claim of
    responsibility must be told by its words in its evidence (strategic.py): a meeting, talks, visit or call that
    took place ("Minister Ellwood said: ...", "slammed Trump for welcoming", "ongoing negotiations", "spoke to
    reporters" tell none), a claim by a word of claiming ("a source confided that he was freed" tells none), an agreement reached, signed, announced or
    brokered ("call on all parties to respect the ceasefire" tells none), a group formed, led anew, disbanded
    or changing its activity ("ordered another overnight curfew" tells none), an act of an armed actor of the
    guide's Other examples (a release, a deployment, a curfew, a search, an operation: "Funeral services are
    scheduled" tells none). Like rule 10 it runs on the events the filter kept. A diplomatic report that tells
    only what was discussed ("the two leaders discussed the next steps in the Mosul operation") retells the
    contact before it: it joins it when no event is the same by place and date (its places are the topic);
    so does an Arrests report that tells only where someone is held ("is detained at Kicukiro police station").
14. A demonstration is told (demonstrations.py): a Protests or Violent demonstration event one of whose reports
    tells a demonstration happening, in a word that is no
    modifier of a person ("protest leader"), not planned, allowed, negated or called for ("were due to
    protest"), not the time of another act ("since protests began"), not a motive or a lone protest ("in
    protest, he ...", "her hunger strike", not a group's), and not a crackdown over a period. An intervention with none that
    tells someone taken is an arrest, excessive force with none an attack or a clash; any other is dropped. It
    runs, like rule 10 and before it, on the events the filter kept.
15. Violence against civilians must be told as an incident (civilians.py): not a sentence that names no harm
    done to people (property destroyed with no one harmed is Looting/property destruction), nor an act named as the grievance of a protest, the offence of a charge or arrest, the
    content of a report or of stories told, a pattern of abuse, a kind of violence fought against, the name of a
    place ("torture sites"), a suicide, or who a person is ("an aid worker who was kidnapped", in a sentence
    about something else). It runs
    after the filter, as rule 10 does; an event stays when another of its reports, found by a word of its
    type, tells an incident.
16. Who only stands beside an unnamed hand's act is no doer (bystanders.py): state forces that probe a
    bombing or an attack ("police probed the deadly bomb blast"), act before or after it ("forces abandoned
    the area shortly before the attack") or are named in a phrase of another time ("after weeks of police
    intimidation, X was assassinated") give actor1 to the unidentified armed group of the event's country.
    It runs on the events kept, after the filter, and renames actor1 only.
17. Members of a body arrested are the body (members.py; the guide: "for a named person, their body"): the
    arrested told as a body's leaders, members, officials or party workers ("SP leaders were under house
    arrest", "Senior Congress leader X said he has been arrested", "an administrative assistant in the
    party") are coded as the body: one the catalogue knows, a name that says it is a party or movement, an
    acronym spelled out by a name the story gives, or "the party" the story named last. Members of civil
    society (a trade union) and activists stay civilians; a body or a state actor named in the sentence
    beside the arrested, not as them ("detained after criticising the Communist Party's response"), gives way
    to Civilians (Country); armed men or a criminal band arrested ("the gang members arrested"), named by
    no body, are the Unidentified Armed Group (Country). It runs on the events kept,
    after the filter, and renames the actor2 of arrests only, never to actor1.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.rules import (AGGREGATE, AIR_SHOTS, ARMED, BROKEN_AGREEMENT, CROWD, CROWD_CONTROLLED, DISPERSAL,
                                     FIRE_ANSWERED, INVENTORY, LETHAL, REMOTE_WEAPON, SUICIDE_ATTACKER, SUICIDE_COUNTED,
                                     SUICIDE_KIND, SUICIDE_ONE, KIND_ONLY_TOLD, SUPPORTERS_CLASH, UNARMED_CLASH,
                                     KILLING, TWO_SIDED, WEAPON_USED)
from ...lang.en.events.arrests import TAKING
from ...lang.en.events.demonstrations import STRIKE_ACTION, STRIKE_GATHERING
from ...lang.en.events.family import OTHER_PROTEST
from ...records import NON_FACTUAL, Event
from . import discourse
from .trigger_word import trigger_token
from .irrealis import irrealis
from .arrest_told import (arrest_told, curfew_arrests, no_taking_told, protest_arrests_retold,  # noqa: F401 (rule 10: arrest_told.py)
                          protest_met_by_arrests, tells_taking)
from .disasters import untold_disaster
from .reactions import is_reaction_to, main_statement, named_as
from .merged_slots import own_arguments  # noqa: F401 (which report fills the merged event's slots)
from .crime import is_ordinary_crime_arrest  # noqa: F401 (rule 7: crime.py)
from .offences import is_offence
from .frames import heard_at_hearing, mourned_dead, named_by_sufferers, told_as_suffered
from .sports import is_game_report
from .mention_place import refers_back
from .merging import merge_across, merge_events  # noqa: F401 (merging the reports: merging.py)
from .summaries import is_summary
from .territory import TERRITORY
from .talked_of import only_talked_of
from .taxonomy import (  # noqa: F401 (ATTACK, label_of: read as rules.ATTACK, rules.label_of)
    ABDUCTION, ARMED_VIOLENCE_PREFIXES, ARRESTS, ATTACK, CLASH, EXCESSIVE_FORCE, INTERVENTION, MOB_VIOLENCE, PEACEFUL_PROTEST, REMOTE_VIOLENCE, SUICIDE_BOMB,
    DISASTERS, STRATEGIC, VIOLENT_DEMONSTRATION, event_type_of, label_of, priority, typed_fields,
)
from .territory import is_not_territory, territory_told
from .victims import (  # noqa: F401 (rule 2 and who the victims are: victims.py)
    ORGANISED_CRIME, armed_victims, civilian_victims, crime_on_civilians, hors_de_combat,
)


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
    transfer of territory) and, for a disaster, whose words it holds when a strong cue of another type marks
    it (disasters.untold_disaster); else the best label. An arrest or an abduction must be told too: on a
    sentence that tells nobody taken or held (no word of TAKING), the labels of harm a cue of the sentence names
    come first ("a leader was shot dead outside his home", "two masked men entered his house and shot him" are
    the killing; rule 10 would drop the arrest, and the killing with it)."""
    if ranked and ranked[0] in (ARRESTS, ABDUCTION) and not _tells_taking(sentence):
        cued = [label for label in ranked if label != ranked[0] and label.startswith(ARMED_VIOLENCE_PREFIXES)
                and any(c.label == label for c in cues)]
        ranked = cued + [label for label in ranked if label not in cued]
    if shots_in_air_only(sentence):  # no battle: the sentence's other act
        ranked = [label for label in ranked if not label.startswith("Battles")] + \
                 [label for label in ranked if label.startswith("Battles")]
    broken = BROKEN_AGREEMENT.search(sentence) is not None
    return next((label for label in ranked if _weapon_fits(label, cues, said) and territory_told(label, sentence)
                 and not untold_disaster(label, cues, said) and not (broken and event_type_of(label) in _NOT_BROKEN)),
                ranked[0])


def shots_in_air_only(sentence: str) -> bool:
    """Whether the sentence's only shooting is into the air and it tells no fight ("the putschists, firing shots in
    the air, drove into town, detained Keita"): warning or celebratory fire aimed at no one is no battle (ACLED's
    Battles: a violent interaction of two armed sides); every such report in the corpus codes another act."""
    # (the shots themselves out: "gunfire into the air" is no fight)
    return bool(AIR_SHOTS.search(sentence) and not TWO_SIDED.search(AIR_SHOTS.sub(" ", sentence))
                and not FIRE_ANSWERED.search(sentence))


def _tells_taking(sentence: str) -> bool:
    """Whether the sentence tells someone taken or held. A raid that kills and takes nobody ("five police were
    killed in a Taliban raid on a security post") is the attack, not an arrest: a raid alone tells no taking then."""
    taken = [m.group(0).lower() for m in TAKING.finditer(sentence)]
    if taken and all(w.startswith("raid") for w in taken) and KILLING.search(sentence):
        return False
    return bool(taken)


# A truce that collapsed ("The ceasefire in Sudan collapsed as fighting resumed in Omdurman") is no agreement made,
# nor any other strategic development, and its collapse no disaster: the sentence's other act is the event.
_NOT_BROKEN = (STRATEGIC, DISASTERS)



def _weapon_fits(label: str, cues, text: str) -> bool:
    if not label.startswith(REMOTE_VIOLENCE):
        return True
    if label == SUICIDE_BOMB and not (any(c.label == SUICIDE_BOMB for c in cues) or SUICIDE_ATTACKER.search(text)):
        return False
    return any(c.label.startswith(REMOTE_VIOLENCE) for c in cues) or bool(REMOTE_WEAPON.search(text))


def is_aggregate(label: str, sentence: str, trigger_offset: int) -> bool:
    """Whether a territorial "event" is really an aggregate claim over many places."""
    return label in TERRITORY and bool(AGGREGATE.search(sentence))


def is_inventory(label: str, sentence: str) -> bool:
    """An explosion or strike read in a sentence that only lists weapons a cache held ("The cache consisted of 20
    rocket-propelled grenades, 15 mortar rounds ..."): no weapon used, no event of its own."""
    return label.startswith(REMOTE_VIOLENCE) and bool(INVENTORY.search(sentence)) and not WEAPON_USED.search(sentence)


def is_kind_only(label: str, sentence: str) -> bool:
    """Rule 6: a suicide bomb read in a sentence that names suicide attacks only as a kind ("Hamas has carried out
    numerous suicide bombings in Israel", "a promise to hunt down suicide bombers"): no single attack, count, harm or
    day told, so no occurrence."""
    return (label == SUICIDE_BOMB and bool(SUICIDE_KIND.search(sentence)) and not SUICIDE_ONE.search(sentence)
            and not SUICIDE_COUNTED.search(sentence) and not KIND_ONLY_TOLD.search(sentence))


def is_strike_only(label: str, sentence: str) -> bool:
    """Rule 8: a peaceful protest whose sentence tells only a stopping of work (a strike, a walkout, a
    stoppage), with no gathering, march, sit-in or picket and no protest named: the guide does not code it."""
    return (label == PEACEFUL_PROTEST and bool(STRIKE_ACTION.search(sentence))
            and not STRIKE_GATHERING.search(sentence))


def by_priority(labels: list[str]) -> list[str]:
    """Rule 1: labels in ACLED's priority order."""
    return sorted(labels, key=priority)


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
    # (with no event word, the clause a verb of saying reports: "troops have killed over 1,000 insurgents, he said")
    tok = main_statement(span) if trigger is None and span is not None and len(span) else trigger_token(span, trigger)
    dropped = tok is not None and bool(
        discourse.is_boilerplate(span, text) or discourse.is_name_part(tok) or discourse.not_news(tok, pub)
        or discourse.is_activity_mention(tok) or discourse.is_listed_kind(tok) or is_summary(tok)
        or discourse.mourned_event(tok) or only_talked_of(tok) or is_offence(tok) or heard_at_hearing(tok)
        or mourned_dead(tok) or named_by_sufferers(tok) or named_as(tok) or told_as_suffered(tok)
        or (span is not None and is_game_report(span.text)))
    if gates is not None:
        gates[key] = (tok, dropped)
    return tok, dropped


def select_news(events: list[Event], doc, pub=None, min_confidence: Optional[dict] = None,
                gates: Optional[dict] = None, apart: Optional[dict] = None) -> tuple[list[Event], frozenset[int]]:
    """Rule 6 and the demonstration types of rule 5, event by event: drops what is not news, sets the
    modality that governing words impose, and returns the events with the ids of mere mentions (for
    merge_events). ``doc`` is the parsed document the events' evidence offsets point into.

    min_confidence: least confidence per modality; an event made non-factual here must meet its bar.
    gates: news_gate's memo, shared with the extractor (which already asked it of most reports).
    apart: filled with id() of each mention at a place of its own -> the earlier report it is told after.
    """
    kept, mentions = [], set()
    gates = gates if gates is not None else {}
    for ev in events:
        tok, dropped = news_gate(doc, ev.evidence.start, ev.evidence.end, ev.evidence.text, ev.trigger, pub, gates)
        if tok is None:
            kept.append(ev)
            continue
        if dropped or discourse.is_bystander_agent(tok, label_of(ev)) or is_not_territory(tok, label_of(ev)):
            continue
        upd = {}
        label = demonstration_type(label_of(ev), ev.evidence.text)
        if label != label_of(ev):
            upd.update(typed_fields(label))
        if ev.modality not in NON_FACTUAL:
            mod = irrealis(tok)
            if mod:
                if min_confidence and ev.confidence < min_confidence.get(mod, 0.0):
                    continue
                upd["modality"] = mod
        if upd:
            ev = ev.model_copy(update=upd)
        if (ev.trigger is None and discourse.is_definite_subject(tok) and _no_figures(ev)
                and any(label_of(k) == label_of(ev) for k in kept)):
            continue  # "The strikes were conducted as part of Operation X" after the strikes: nothing new to code
        # The events a mention may refer back to: the earlier reports, not the mentions (whose places are not
        # their events': "the landslide occurred in a hilly area of Sichuan" is no landslide in all Sichuan).
        reports = [k for k in kept if id(k) not in mentions]
        if discourse.is_modifier_mention(tok, ev.trigger):
            if not any(label_of(k) == label_of(ev) for k in kept):
                continue  # refers to an event the document never reports: nothing to code
            if refers_back(ev, tok, reports, apart):  # (one at a place of its own is another incident)
                mentions.add(id(ev))
        elif ((discourse.is_definite_mention(tok) or discourse.is_circumstance(tok) or is_reaction_to(tok)
               or (ev.trigger is None and discourse.act_as_subject(tok))) and refers_back(ev, tok, reports, apart)):
            mentions.add(id(ev))
        kept.append(ev)
    return kept, frozenset(mentions)


def _no_figures(ev: Event) -> bool:
    """Whether a report gives no figure (killed, injured, arrested) that its event would take from it."""
    return ev.fatalities is None and ev.injured is None and ev.arrested is None


def demonstration_type(label: str, sentence: str) -> str:
    """Rule 5: the demonstration type a sentence about protesters really reports. A "clash" with protesters
    and no armed group is a riot (excessive force when the police fire on them); a protest met with
    lethal force is excessive force, one met with tear gas or arrests a protest with intervention."""
    if label == EXCESSIVE_FORCE and not LETHAL.search(sentence):
        # Excessive force is lethal or grave force; water cannon, tear gas or arrests are an intervention.
        return INTERVENTION
    if label == ARRESTS and CROWD_CONTROLLED.search(sentence) and not CROWD.search(sentence):
        return INTERVENTION  # "fired tear gas to disperse them and arrested dozens"
    if label == CLASH and SUPPORTERS_CLASH.search(sentence) and not ARMED.search(sentence) and not CROWD.search(sentence):
        return MOB_VIOLENCE  # rival supporters fighting are rioters, no organised armed groups
    if label == CLASH and UNARMED_CLASH.search(sentence) and not ARMED.search(sentence) and not LETHAL.search(sentence):
        return VIOLENT_DEMONSTRATION  # "clashes between students and police": rioters, not an armed group
    if not CROWD.search(sentence):
        return label
    if label == INTERVENTION and TAKING.search(sentence) and not CROWD.search(OTHER_PROTEST.sub(" ", sentence)):
        return ARRESTS  # "arrested three activists for organising a protest": the only protest is the offence
    if label == ARRESTS:
        # Arrests at a protest belong to the protest (ACLED); not those beside a planned, tried or earlier
        # protest, or of a "protest leader" (family.OTHER_PROTEST): they are arrests.
        if CROWD.search(OTHER_PROTEST.sub(" ", sentence)):
            return INTERVENTION
        return label
    if label == CLASH and not ARMED.search(sentence):
        return EXCESSIVE_FORCE if LETHAL.search(sentence) else VIOLENT_DEMONSTRATION
    if label == PEACEFUL_PROTEST:
        from .demonstrations import without_grievance  # (demonstrations imports this module)

        rest = without_grievance(sentence)
        if LETHAL.search(rest):  # (not the deaths it mourns: "marched to mourn those killed")
            return EXCESSIVE_FORCE
        if DISPERSAL.search(rest):  # (nor the arrest it protests: "protested the arrest", "an arrest sparked protests")
            return INTERVENTION
    return label


