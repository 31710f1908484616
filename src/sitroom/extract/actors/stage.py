"""The actors stage: catalogue actors, generic state actors, metonyms, people, and unknown organisations.

Stage ``sitroom.actors.catalogue.v1`` fills ``ctx.actors`` in text order:

1. the document's country: the country named most often (places stage, country and
   capital names, demonyms), which generic phrases ("government troops", "police") take;
2. catalogue aliases over the whole text ("Taliban militants", "Afghan Armed Forces");
3. countries and capitals used as acting parties ("Washington assures") → their government;
4. people with roles (see people.py); names of groups inside a person phrase are not repeated;
5. spaCy ORG entities the catalogue does not know, kept as written (known=False); not NORP words ("Arabs").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lang.en.actors.stage import (
    KIND_ANAPHOR_BEFORE,
    KIND_ANAPHOR_NOUNS,
    KIND_ANAPHOR_SENTENCES,
    ANOTHER_ACCOUNT,
    ANOTHER_PLACE,
    KIND_OF_GROUP,
    NOT_ACTORS,
)
from ...lang.en.actors.vocabulary import (COALITION_BY_DESCRIPTION, COALITION_FOE, COALITION_THEATRE, NOT_STATE_BEFORE,
                                         REGION_WORDS)
from ...lang.en.agencies import WIRE_AGENCIES
from ...records import ActorMention
from ...registry import stage
from .catalogue import (
    DOC_KEY,
    GENERIC,
    NAME,
    PLACE,
    Actor,
    Catalogue,
    Match,
    load_catalogue,
    normalise,
)
from .metonymy import acts_as_agent, char_span
from .people import find_people
from .possessed import possessed_forces
from .unnamed import unnamed_doers
from .vocabulary import JUNTA_COUNTRIES, JUNTA_DEFAULT, JUNTA_ENDED, dateline_end

NAME_ = "sitroom.actors.catalogue.v1"


def document_country(cat: Catalogue, matches: list[Match], places: list, text: str) -> Optional[str]:
    """The country a report is about: the one its place names, state actors and demonyms name most."""
    votes: Counter = Counter()
    skip = dateline_end(text)  # "LONDON, Jul 22 (Reuters) -": where the reporter is, not the report's country
    for p in places or ():
        if getattr(p, "country", None) and p.start >= skip:
            votes[p.country] += 1
    for m in matches:
        if m.start < skip:
            continue
        actor = m.hit.actor
        if m.hit.country:
            votes[m.hit.country] += 1
        elif actor is not None and actor.country and actor.family:
            votes[actor.country] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def _coalitions_of_the_story(low: str, matches: list[Match], groups: list[tuple[int, int, Actor]],
                             country: Optional[str] = None, pub=None):
    """The groups without the coalitions a story names only by a word ("coalition aircraft", "the US-led coalition")
    when it never names the enemy the coalition was formed against (COALITION_FOE) and is no story of its war's
    countries and years (COALITION_THEATRE, by the document's country and publication), and those mentions' spans."""
    # (a branch names its parent: "ISWAP" is the Islamic State's)
    named = {x for m in matches if m.hit.kind == NAME and m.hit.actor is not None
             for x in (m.hit.actor.name, m.hit.actor.parent) if x}
    kept, unfit = [], []
    for s, e, actor in groups:
        foe = COALITION_FOE.get(actor.name)
        where, since = COALITION_THEATRE.get(actor.name, ((), None))
        if foe is not None and country in where and pub is not None and pub.year >= since:
            foe = None  # its war's country and years: the coalition of that war
        worded = " ".join(low[s:e].split()) in COALITION_BY_DESCRIPTION or low[s:e].startswith("coalition")
        if foe is not None and foe not in named and worded:
            unfit.append((s, e))
        else:
            kept.append((s, e, actor))
    return kept, unfit


def dateline_country(cat: Catalogue, places: list, text: str) -> Optional[str]:
    """The country of the place a report's dateline names ("BAMAKO (Reuters) -": Mali), as the places stage
    resolved it or, when it did not, as the catalogue knows the city's name (a capital); None without one."""
    end = dateline_end(text)
    found = next((p.country for p in places or () if p.start < end and getattr(p, "country", None)), None)
    city = _DATELINE_CITY.match(text, 0, end) if end else None
    return found or (cat.place_names.get(city[1].lower()) if city else None)


# The city that opens a dateline: the words before its comma, bracket or dash.
_DATELINE_CITY = re.compile(r"\s*([^\W\d_][^,(\u2013\u2014\n-]*?)\s*(?:,|\(|-|\u2013|\u2014)")


def ruling_junta(country: Optional[str], pub) -> Optional[str]:
    """``country`` when a junta ruled it at the publication date ``pub`` (when known), else None."""
    if country not in JUNTA_COUNTRIES or pub is not None and pub.year > JUNTA_ENDED.get(country, pub.year):
        return None
    return country


def _junta_country(low: str, m: Match, country: Optional[str], dateline: Optional[str] = None) -> Optional[str]:
    """"The junta" is the document's country's only when that country has one; else that of the dateline's city
    when it has one ("BAMAKO (Reuters) - The junta arrested ...": the reporter files from the junta's capital);
    else Myanmar's."""
    if "junta" in low[m.start:m.end] and country not in JUNTA_COUNTRIES:
        return dateline if dateline in JUNTA_COUNTRIES else JUNTA_DEFAULT
    return country


def _mention(ctx, start: int, end: int, actor: Actor, known: bool = True) -> ActorMention:
    return ActorMention(text=ctx.text[start:end], start=start, end=end, sentence=ctx.sentence_index(start),
                        name=actor.name, kind="group", actor_type=actor.actor_type, inter=actor.inter,
                        country=actor.country, known=known, extractor=NAME_)


def _metonym_places(ctx) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in ctx.places if getattr(p, "role", None) == "metonym"]


def extract_actors(ctx, cat: Catalogue) -> list[ActorMention]:
    """All actor mentions of one document (``ctx`` is a pipeline DocContext with a spaCy doc)."""
    text, doc = ctx.text, ctx.doc
    low = normalise(text)
    matches = cat.scan(text, low)
    country = document_country(cat, matches, ctx.places, text)
    filed_from = ruling_junta(dateline_country(cat, ctx.places, text), getattr(ctx, "pub_date", None))
    marked_metonyms = _metonym_places(ctx)
    # "Michael Jordan said": a country name inside a person's name is not its government.
    person_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]

    groups: list[tuple[int, int, Actor]] = []
    for m in matches:
        kind = m.hit.kind
        if text[m.start:m.end].lower() in WIRE_AGENCIES and m.hit.actor is not None and m.hit.actor.country \
                and m.hit.actor.country != country:
            continue  # "BAMAKO (AFP)", "told AFP": the wire service, not the Armed Forces of the Philippines
        if kind == NAME:
            if any(s < m.start and m.end == e for s, e in person_ents):
                continue  # "Foreign Minister Therese Kayikwamba Wagner": a person's surname, not the Wagner Group
            groups.append((m.start, m.end, m.hit.actor))
        elif kind == GENERIC:
            if NOT_STATE_BEFORE.search(low, max(0, m.start - 30), m.start):
                continue  # "foreign troops", "UN police": not the forces of the country the report is about
            if not m.hit.countries and _part_of_a_name(char_span(doc, m.start, m.end)):
                continue  # "the Government Girls Secondary School": a school's name, not the government
                # (an office title before its holder's name is the office's: "Defense Secretary Ash Carter")
            actor = cat.resolve(m, _junta_country(low, m, country, filed_from))
            if actor is not None:
                groups.append((m.start, m.end, actor))
        elif kind == PLACE:
            marked = any(m.start < e and m.end > s for s, e in marked_metonyms)
            if any(m.start < e and m.end > s for s, e in person_ents):
                continue
            if marked or acts_as_agent(char_span(doc, m.start, m.end)):
                groups.append((m.start, m.end, m.hit.actor))

    groups = [(s, e, _named_by_region(cat, ctx.places, low, s, e, a)) for s, e, a in groups]
    groups, unfit = _coalitions_of_the_story(low, matches, groups, country, getattr(ctx, "pub_date", None))

    # Metonyms the places stage found that the catalogue does not name ("Naypyidaw said", a capital it lacks).
    covered = [(s, e) for s, e, _a in groups]
    org_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    for p in ctx.places:
        if getattr(p, "role", None) != "metonym" or any(p.start < e and p.end > s for s, e in covered):
            continue
        if any(s <= p.start and p.end <= e and (s, e) != (p.start, p.end) for s, e in org_ents):
            continue  # "a reporter with the privately owned Universal TV": part of an organisation's name
        actor = cat.state_actor(p.country, "government")
        if actor is not None:
            groups.append((p.start, p.end, actor))
    # Perpetrators described, not named ("two men riding a motorcycle", "masked men"): unidentified armed groups.
    groups += unnamed_doers(doc, low, cat, [(s, e) for s, e, _a in groups], country)
    groups.sort(key=lambda g: g[0])
    groups = _kinds_told_back(ctx, low, groups)

    # Places the places stage resolved are not people ("Lashkar Gah" is no person); nor are group names.
    blocked = [(p.start, p.end) for p in ctx.places if getattr(p, "role", "location") != "metonym"]
    blocked += [(s, e) for s, e, _a in groups] + unfit
    people = find_people(doc, text, cat, matches, [(s, a) for s, _e, a in groups], blocked, country)
    groups = possessed_forces(low, cat, groups, people, ctx.sentence_index,
                              lambda k, until: _opens_account(ctx, k, until))

    out: list[ActorMention] = []
    # Groups inside a person phrase stay: "Taliban spokesman Zabihullah Mujahid" mentions the Taliban too.
    for s, e, actor in groups:
        out.append(_mention(ctx, s, e, actor))
    for p in people:
        org = p.organisation
        out.append(ActorMention(
            text=text[p.start:p.end], start=p.start, end=p.end, sentence=ctx.sentence_index(p.start), name=p.name,
            kind="person", actor_type=org.actor_type if org else None, inter=org.inter if org else None,
            country=org.country if org else None, role=p.role, organisation=org.name if org else None,
            known=p.known, extractor=NAME_,
        ))

    taken = sorted((m.start, m.end) for m in out) + sorted(blocked)
    starts = [s for s, _ in taken]
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP"):
            continue
        if _overlaps(taken, starts, ent.start_char, ent.end_char) or _not_an_actor(cat, ent.text):
            continue
        if _cuts_a_word(text, ent.start_char, ent.end_char):
            continue  # "N15" of a ransom of "N15m": an entity that ends inside a word is no name
        if ent.label_ == "NORP":
            # A nationality, faith, ethnic or political word the catalogue does not know ("European countries",
            # "several Arabs with grenades", "Hindus", "Democrats") names people by who they are, not an armed
            # group, a force or a body ACLED names: never a party under that word.
            continue
        # spaCy's entity may take in a joining mark: "Medecins Sans Frontieres/" of "Medecins Sans Frontieres/MSF".
        name = ent.text.strip(_EDGE_MARKS)
        if not name:
            continue
        start = ent.start_char + ent.text.index(name)
        out.append(ActorMention(
            text=name, start=start, end=start + len(name), sentence=ctx.sentence_index(start),
            name=name, kind="group", known=False, extractor=NAME_,
        ))
    out.sort(key=lambda a: (a.start, -a.end))
    return out


_EDGE_MARKS = " /\\|-–—:;,"


def _named_by_region(cat: Catalogue, places, low: str, start: int, end: int, actor: Actor) -> Actor:
    """A state force named by a region that shares a country's name ("the Niger state Police Command",
    "Georgia state police") belongs to the region's country, as the places stage resolved that region
    here or elsewhere in the document. ``low``: the normalised text."""
    if not (actor.family and actor.country):
        return actor
    for p in places:
        if getattr(p, "level", None) in (None, "country") or not p.country or p.country == actor.country:
            continue
        if getattr(p, "role", "location") == "metonym":
            continue
        name = p.name.lower()
        here = p.start <= start < p.end <= end
        if here or any(low.startswith(f"{name} {w}", start) for w in REGION_WORDS):
            return cat.state_actor(p.country, actor.family) or actor
    return actor


def _kinds_told_back(ctx, low: str, groups: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    """"The militants", "these insurgents" after a named armed group are that group, as a coder reads them back
    ("Al-Shabaab claimed the raid. The militants stormed a hotel"), not a new unidentified one: a definite kind noun
    takes the armed group named within KIND_ANAPHOR_SENTENCES sentences before it, when only one was named there
    ("Boko Haram and ISWAP fighters clashed. The militants ...": either) and no sentence since opens another account
    ("In Mali, the jihadists ...", "In a separate attack, the militants ..."). So does a kind noun followed by the
    group it belongs to ("militants of the Islamic State"). ``low``: the normalised text; ``groups`` in text order."""
    out: list[tuple[int, int, Actor]] = []
    named: list[tuple[int, Actor]] = []  # (sentence, actor) of the named armed groups so far
    for i, (s, e, actor) in enumerate(groups):
        after = KIND_OF_GROUP.match(low, e)
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if (actor.family == "unidentified" and after and nxt is not None and low[after.end():nxt[0]] in ("", "the ")
                and nxt[2].family is None and nxt[2].inter in (2, 3, 4)):
            actor = nxt[2]  # "militants of the Islamic State": the group's own members
        elif (actor.family == "unidentified" and low[s:e] in KIND_ANAPHOR_NOUNS and named
                and KIND_ANAPHOR_BEFORE.search(low, max(0, s - 8), s)):
            here = ctx.sentence_index(s)
            recent = {a.name: a for k, a in named if here - k <= KIND_ANAPHOR_SENTENCES}
            last = named[-1][0]
            if len(recent) == 1 and not any(_opens_account(ctx, k, s) for k in range(last + 1, here + 1)):
                actor = next(iter(recent.values()))
        elif actor.family is None and actor.inter in (2, 3, 4):
            named.append((ctx.sentence_index(s), actor))
        out.append((s, e, actor))
    return out


def _opens_account(ctx, sentence: int, until: int) -> bool:
    """Whether the sentence ``sentence`` opens another account before ``until`` (a character offset): "Elsewhere,",
    "In a separate attack,", "In Mali," (a place the places stage found)."""
    start = ctx.sentence_start(sentence)
    if ANOTHER_ACCOUNT.match(ctx.text, start):
        return True
    m = ANOTHER_PLACE.match(ctx.text, start)
    return m is not None and m.end() <= until and any(m.start(1) <= p.start < m.end(1) for p in ctx.places)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    return any(a < e and b > s for a, b in spans)


def _part_of_a_name(span) -> bool:
    """Whether a generic word ("Government") only modifies a proper name it is part of ("the Government
    Girls Secondary School", "Government House"): its head is a proper noun outside the mention."""
    words = [t for t in span if t.pos_ != "DET"] if span is not None else []
    if not words:
        return False
    last = words[-1]  # the mention's noun ("the Government": its article hangs from the name's head)
    return last.dep_ == "compound" and not (span.start <= last.head.i < span.end) and last.head.pos_ == "PROPN"


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _not_an_actor(cat: Catalogue, text: str) -> bool:
    """Demonyms ("Afghan", "Russians"), place names and a few non-actors are not kept as unknown actors."""
    low = text.lower().removeprefix("the ").strip()
    singular = low[:-1] if low.endswith("s") else low
    return (low in NOT_ACTORS or low in cat.demonyms or singular in cat.demonyms or low in cat.place_names
            or not any(ch.isalpha() for ch in low))


@stage(NAME_, requires=("doc",), assigns=("actors",), default_config={"extra_catalogues": ()})
def make_actors(extra_catalogues: tuple[str, ...] = ()):
    """Stage factory. ``extra_catalogues``: user YAML files added to the shipped catalogue, in order (the
    pipeline fills it from ``Settings.actors``). The catalogue is left on each document for the stages
    after this one (:func:`~.catalogue.catalogue_of`)."""
    cat = load_catalogue(extra_catalogues)

    def run(ctx) -> None:
        ctx.doc.user_data[DOC_KEY] = cat
        ctx.actors.extend(extract_actors(ctx, cat))

    return run
