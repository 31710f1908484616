"""What makes a report a Diplomatic contact, an Agreement, a Change to group/activity, a Strategic development
of the Other sub-type or a Claim of responsibility (the guide's types).

An event of one of these types must be told by its evidence, the best of its reports (a report merged into it
only mentions it: "In a statement, administrators had said the release was being negotiated", "a decrease in
shelter visits"):
- Diplomatic contact: a visit, meeting, talks or call that took place (CONTACT). A statement ("Minister
  Ellwood said: The start of Iraqi operations ..."), a reaction ("slammed President Trump for welcoming"), a
  campaign launched, a press conference or an ambassador shot tells no contact, nor does a contact named only
  as the time of something else ("Following the meeting the Foreign Secretary said:"), nor a visit at home that
  meets no one named ("Army chief Abdel Fattah al-Burhan visited the site on Wednesday", in Omdurman), nor
  business talks told as going on ("the carmaker said it was in talks to build a van at a Toyota plant"), talks told
  as ongoing with no meeting ("ongoing negotiations with Tehran", the guide), nor a speech to an audience ("spoke to
  reporters").
- Agreement: an agreement reached, signed, announced, brokered or in force (AGREEMENT_MADE). One only named
  (its violations, calls to respect it, the need for one) is none.
- Change to group/activity: a group formed, allied, merged, led anew, disbanded, or changing its activity
  (GROUP_CHANGE); a curfew a mayor orders or a law imposed is none, nor a media outlet closed or suspended.
- Claim of responsibility: a word of claiming, responsibility, admitting or taking credit (CLAIM_MADE: "Hamas
  claimed responsibility for the attacks"); "was freed, a source confided" claims nothing.
- Other: another significant act of an armed actor, as the guide's examples and decisions say (OTHER_ACT): a
  hostage or detainee released or held, a deployment, troops on the streets, a curfew, a closed border, a cut
  network, a search or raid, an operation, advance or evacuation, a coup. A wish ("the army wanted to know who
  had invited a maulvi"), an attempt given up, a funeral scheduled, condolences or a report published are none;
  with the parse, its act must be told as news (other_told.py: not a release called for, a statement released,
  an act told as background or only as the time of another).
It runs on the events the filter kept, as rule 10 does (rules.arrest_told says why).

A diplomatic report whose only word of contact is what was discussed retells the contact told before it: the
places it names are the talks' topic ("the two leaders discussed the next steps in the Mosul operation" after
"Carter met al-Abadi in Baghdad"), so it joins that contact when no event is the same by place and date
(retells_contact, read by merging.merge_events). So does an Arrests report that tells only where someone
taken is held ("Kadoyimana is reportedly detained at Kicukiro police station", "He was booked into the Lee
County Jail"): the place of custody is not where the arrest told before it was made (retells_custody).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...lang.en.events.strategic import (
    AGREEMENT_MADE,
    AGREEMENT_NOT_YET,
    BLAMED_BY_OTHERS,
    BUSINESS_TALKS,
    CAPTIVES_RELEASED,
    CLAIM_MADE,
    CONTACT,
    CONTACT_AS_TIME,
    CONTACT_HELD_ANEW,
    CONTACT_NOT_HELD,
    CONTACT_ONGOING,
    CONTACT_ABOUT,
    CONTACT_TOPIC,
    GROUP_CHANGE,
    GROUP_CLOSING,
    MEDIA_OUTLET,
    CROWD_ACTING,
    OFFICIAL_ACTOR_TYPES,
    OFFICIAL_ROLE,
    HELD_AT,
    MET_AS_RECEPTION,
    NETWORK_CUT,
    OTHER_ACT,
    PRIVATE_VISIT,
    OUTAGE_CAUSE,
    SPEECH_AUDIENCE,
    SPOKE_WITH,
    TAKING_ACT,
    TROOP_VISIT,
    VISIT_ONLY,
)
from ...lang.en.events.disasters import ACCIDENT_CAUSE, KILLED, MAN_MADE, NATURAL_HAZARD
from ...lang.en.events.family import ATTACK_VERB, CROWD_VIOLENCE
from ...lang.en.events.modality import MET
from ...records import ActorMention, ActorRef, Event
from .actor_roles import country_name
from .force_moves import moving_force
from .other_told import act_as_news
from .releases import is_release
from .taxonomy import (AGREEMENT, ARRESTS, CHANGE_TO_GROUP, CLAIM, DIPLOMATIC_CONTACT, MOB_VIOLENCE, OTHER,
                       PEACEFUL_PROTEST, STRATEGIC, label_of)

DIPLOMACY = DIPLOMATIC_CONTACT
TOLD_BY = {
    DIPLOMACY: CONTACT,
    AGREEMENT: AGREEMENT_MADE,
    CHANGE_TO_GROUP: GROUP_CHANGE,
    OTHER: OTHER_ACT,
    CLAIM: CLAIM_MADE,
}


def strategic_told(ev: Event, doc=None) -> Optional[Event]:
    """``ev`` when its type needs no words of its own or its evidence tells them, else None. The reports merged
    into it are not read: the evidence is the report that tells the event best. Given the parsed ``doc``, an act
    of the Other sub-type must be told as news (other_told.act_as_news)."""
    words = TOLD_BY.get(label_of(ev))
    text = ev.evidence.text
    if words is CONTACT and (_home_visit(ev) or _troop_visit(ev)):
        return None
    if words is None:
        return ev
    if words is OTHER_ACT and doc is not None:
        return ev if act_as_news(ev, doc) or _force_moves(ev, doc) else None
    trade = [m.span() for m in BUSINESS_TALKS.finditer(text)] if words is CONTACT else []
    return ev if any(not _tells_none(words, text, m, trade) for m in words.finditer(text)) else None


def _force_moves(ev: Event, doc) -> bool:
    """Whether the evidence tells a force reaching a place as its act ("troops arrived in Afghanistan this morning"):
    a deployment whose verb OTHER_ACT does not hold (force_moves.py)."""
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return span is not None and moving_force(span) is not None


def _tells_none(words, text: str, m, trade: list[tuple[int, int]]) -> bool:
    """Whether the match ``m`` of the type's ``words`` tells no event of the type: a contact only named as the time
    of something else, told with no meeting held or inside business talks (``trade``), or a group's part in an act
    that others attribute to it."""
    if words is CONTACT:
        return bool(CONTACT_AS_TIME.search(text, 0, m.start()) or _no_meeting(text, m) or _reception(text, m)
                    or not_held(text, m) or any(a <= m.start() < b for a, b in trade))
    if words is AGREEMENT_MADE:
        return bool(AGREEMENT_NOT_YET.search(text, 0, m.start()))
    if words is GROUP_CHANGE:
        return bool(GROUP_CLOSING.fullmatch(m.group(0)) and MEDIA_OUTLET.search(text))  # an outlet closed
    return words is CLAIM_MADE and _blamed_by_others(text, m)


def _blamed_by_others(text: str, m) -> bool:
    """A word that a group "was behind" an act said by the state or another outsider ("police said the militants
    were behind the bombing"): an attribution, not the group's claim."""
    return "behind" in m.group(0).lower() and bool(BLAMED_BY_OTHERS.search(text, 0, m.start()))


def _no_meeting(text: str, m) -> bool:
    """A contact word that tells no meeting held: talks told as going on ("ongoing negotiations with Tehran") or a
    speech to an audience ("spoke to reporters")."""
    going_on = CONTACT_ONGOING.search(text, 0, m.start())
    return bool(going_on and not CONTACT_HELD_ANEW.search(text, 0, going_on.start())
                or _speech_to_audience(text, m))


def not_held(text: str, m) -> bool:
    """A contact word named as a bid, plan, offer or call, or denied ("rejected Arafat's bid to make his annual
    visit", "did not attend the meeting"), or a private visit ("visiting relatives in Texas"): no contact held."""
    return bool(CONTACT_NOT_HELD.search(text[max(0, m.start() - 80):m.start()])
                or (VISIT_ONLY.fullmatch(m.group(0)) and PRIVATE_VISIT.match(text[m.end():])))


def _reception(text: str, m) -> bool:
    """"has been met with scepticism": "met with" in the passive tells how something was received."""
    return m.group(0).lower() == "met" and text[m.end():m.end() + 5].lower() == " with" \
        and bool(MET_AS_RECEPTION.search(text, 0, m.start()))


def _speech_to_audience(text: str, m) -> bool:
    """"spoke to reporters", "speaking to a global audience": the audience follows "spoke", or is the object of the
    "to" the contact word "speaking to" already holds; or "spoke" with no one spoken with (SPOKE_WITH: "spoke at the
    forum", "spoke on Friday after returning to Cairo")."""
    word = m.group(0).lower()
    if word in ("spoke", "spoken"):
        return bool(SPEECH_AUDIENCE.match(text[m.end():])) or not SPOKE_WITH.match(text[m.end():])
    if word.endswith(" to"):
        return bool(SPEECH_AUDIENCE.match(" to" + text[m.end():]))
    return False


_CAPTIVES_RELEASED = re.compile(CAPTIVES_RELEASED, re.I)


def contact_of_officials(ev: Event, actors: Sequence[ActorMention]) -> Optional[Event]:
    """A Diplomatic contact whose evidence names no one who speaks for a state or an international body is none:
    the guide's contact is "between governments, officials or envoys", not "an unidentified person visited the
    group's office" or "the victim's son and the family's attorney visited the site". Such a party is an actor of
    a state's or an international body's kind named in the sentence, or a person with an official's role ("President
    Buhari", "Ambassador Robert Ford"), or an official's role in the sentence's own words, which the actor catalogue
    may not name ("the minister met the ambassador", "President Ruto travelled to Addis Ababa for talks"). (The
    actors the conventions give an event when its sentence names none are not read: they say which state, not that an
    official took part.)"""
    if label_of(ev) != DIPLOMACY:
        return ev
    if OFFICIAL_ROLE.search(ev.evidence.text):
        return ev
    start, end = ev.evidence.start, ev.evidence.end
    for m in actors:
        if not start <= m.start < end:
            continue
        if m.kind == "group" and (m.actor_type in OFFICIAL_ACTOR_TYPES or m.inter in (1, 8)):
            return ev
        if m.kind == "person" and ((m.role and OFFICIAL_ROLE.search(m.role)) or m.organisation):
            return ev
    return None


def told_by_report(ev: Event, reports: Sequence[Event] = (), doc=None) -> Optional[Event]:
    """strategic_told over a merged event: ``ev`` when its evidence tells its type's words, else the first report
    merged into it (``reports``) found by the words of captives released ("two hostages were released on Sunday",
    merged into a report of troops withdrawn that tells no release), or, given the parse, a report of the Other
    sub-type whose verb sets people free ("Three of the four seminarians who were kidnapped have been freed",
    merged into "made the announcement January 31", or into "the abductors ... released Smith" typed as a change
    to a group): the release is coded from the report that tells it, with that report's own place and day. (Other
    cues are not taken so: a curfew or a meeting merged into an event is mostly a mention of it.)"""
    told = strategic_told(ev, doc)
    if told is not None:
        return told
    for r in reports:
        if r is ev or r.event_type != STRATEGIC:
            continue
        by_trigger = label_of(r) == label_of(ev) and r.trigger and _CAPTIVES_RELEASED.search(r.trigger)
        if (by_trigger or (label_of(r) == OTHER and _sets_free(r, doc))) and strategic_told(r, doc) is not None:
            return r
    return None


def _sets_free(ev: Event, doc) -> bool:
    """Whether a verb of the evidence sets people free (releases.is_release: "were freed", "released two of the
    hostages"; not "released a statement")."""
    if doc is None:
        return False
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    return span is not None and any(is_release(t) for t in span)


def _home_visit(ev: Event) -> bool:
    """A visit at home that meets no one named: "Army chief Abdel Fattah al-Burhan visited the site on Wednesday"
    after the army retook a building in Omdurman, "visited wounded soldiers at a hospital in Omdurman". The guide's
    diplomatic contact is between governments, officials or envoys: a visit abroad, or one whose host is named,
    is one."""
    if ev.actor2 is not None:
        return False
    words = [m.group() for m in CONTACT.finditer(ev.evidence.text)]
    if not words or not all(VISIT_ONLY.fullmatch(w) for w in words):
        return False
    place = ev.location.country if ev.location is not None else None
    home = ev.actor1.country if ev.actor1 is not None else None
    return place is not None and place == home  # (no place named: it may be abroad, "visited Turkey on 4 April")


def _troop_visit(ev: Event) -> bool:
    """A visit to troops told with no other word of contact: an official among forces, not a contact between
    governments ("the defence secretary visited U.S. troops at an air base in Iraq")."""
    words = [m.group() for m in CONTACT.finditer(ev.evidence.text)]
    return bool(words) and all(VISIT_ONLY.fullmatch(w) for w in words) and bool(TROOP_VISIT.search(ev.evidence.text))


def retells_contact(ev: Event) -> bool:
    """Whether a Diplomacy report tells no contact of its own, only what was discussed at one."""
    if label_of(ev) != DIPLOMACY:
        return False
    text = ev.evidence.text
    about = [m.span() for m in CONTACT_ABOUT.finditer(text)]  # "The meeting focused on ...": the contact named
    words = [m for m in CONTACT.finditer(text) if not any(a <= m.start() < b for a, b in about)]
    return (bool(words) or bool(about)) and all(CONTACT_TOPIC.match(m.group()) for m in words)


def retells_custody(ev: Event) -> bool:
    """Whether an Arrests report tells only where someone taken is held ("is detained at Kicukiro police
    station", "was booked into the Lee County Jail"): the place of custody, not of the arrest told before."""
    text = ev.evidence.text
    return label_of(ev) == ARRESTS and bool(HELD_AT.search(text)) and not TAKING_ACT.search(text)


# The types a network cut's words may be read as (its "disruptions", a crowd's unrest around it, the outage as a
# disaster) that tell no act of their own beside it.
_CUT_MISREAD = (MOB_VIOLENCE, "Disasters / ", PEACEFUL_PROTEST)


def network_cut(label: str, sentence: str) -> str:
    """Strategic developments / Other when a report the typer read as mob violence, a disaster or a peaceful
    protest tells a cut of the internet or phone network ("NetBlocks reported widespread disruptions in Myanmar,
    with connectivity falling by as much as 75%", "With the internet down, there was little coverage of the
    protests"): the guide's "an internet shutdown during unrest". A protest told with its gathering's own words
    besides ("thousands marched as the internet was cut") stays one (demonstrations read it); so does a disaster
    told by its hazard or deaths ("the cyclone ... knocked out phone networks": an outage, no one's cut) and a riot
    told by the crowd's own violence ("a mob attacked a telecom mast"); an outage told with a technical cause (a
    power cut, a damaged cable) or a rail or road network cut is no one's shutdown."""
    if not label.startswith(_CUT_MISREAD) or not NETWORK_CUT.search(sentence) or OUTAGE_CAUSE.search(sentence):
        return label
    if label.startswith("Protests") and CROWD_ACTING.search(sentence):
        return label
    if label.startswith("Disasters") and any(rx.search(sentence) for rx in (NATURAL_HAZARD, MAN_MADE, ACCIDENT_CAUSE,
                                                                             KILLED)):
        return label
    if label.startswith("Riots") and (CROWD_VIOLENCE.search(sentence) or ATTACK_VERB.search(sentence)):
        return label
    return OTHER


def network_cutter(label: str, sentence: str, actor1: Optional[ActorRef], location) -> Optional[ActorRef]:
    """Who cut the network a Strategic developments / Other report tells (NETWORK_CUT): the state of the place (a
    cut is an act of the authorities; the monitor that reported it, "NetBlocks", is no party), when the report
    names no state actor. ``actor1`` as it is for any other report."""
    if label != OTHER or not NETWORK_CUT.search(sentence):
        return actor1
    if actor1 is not None and (actor1.inter == 1 or actor1.name.startswith("Government of")):
        return actor1
    iso = location.country if location is not None else None
    cname = country_name(iso)
    return ActorRef(name=f"Government of {cname}", actor_type="government", country=iso) if cname else actor1


def talks_on_agreement(ranked: list[str], cues: Sequence, sentence: str) -> list[str]:
    """``ranked`` with the diplomatic contact first when the typer's best label is an agreement that the sentence only
    names as what a meeting that took place was about ("The envoy met with Hamas officials in Cairo to discuss a
    truce"): no agreement is made there (no AGREEMENT_MADE word), the meeting is the event. Only when a cue of the
    sentence names the contact."""
    if (not ranked or ranked[0] != AGREEMENT or DIPLOMATIC_CONTACT not in ranked or not MET.search(sentence)
            or AGREEMENT_MADE.search(sentence) or not any(c.label == DIPLOMATIC_CONTACT for c in cues)):
        return ranked
    return [DIPLOMATIC_CONTACT] + [label for label in ranked if label != DIPLOMATIC_CONTACT]

