"""People with roles: "Taliban spokesman Zabihullah Mujahid", "The chief of Staff of the CSTO, Anatoly Sidorov".

A person is found from spaCy's PERSON entities, from the known people of the
catalogue, and from a capitalised name right after a role word. Its role and
organisation come from the words around the name, in four shapes:

1. before the name: "[organisation] role [honorific] Name" ("U.S. President Joe Biden");
2. an apposition before it: "the role of [organisation], Name," ("The chief of Staff of the CSTO, Anatoly Sidorov");
3. an apposition after it: "Name, a [organisation] role," ("Zabihullah Mujahid, a Taliban spokesman,");
4. "headed by / led by Name" ("The delegation headed by Sheikh Shahabuddin Delawar": head of delegation).

An organisation named by an anaphor ("the movement", "the group") or left unsaid
(a delegation) is the armed group mentioned last before. Later mentions by surname
("Biden") take the full name, role and organisation of the earlier mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Collection, Optional

from ...lang.en.actors.people import (
    ANAPHOR,
    CLAUSE_OPENER,
    HONORIFIC,
    MILITARY_ROLE,
    MODIFIERS,
    PLACE_BEFORE,
    ROLES,
    STATE_ROLE,
)
from ...lang.en.tags import FINITE_VERB_TAGS, VERB_GROUP_TAGS
from .catalogue import DEMONYM, GENERIC, NAME, PLACE, Actor, Catalogue, Match

_ROLE = "(?:" + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True)) + r")(?![\w-])"
_ROLE_RE = r"(?i:" + MODIFIERS + _ROLE + ")"
_CAP = r"[A-Z][\w.'’\-]*"

# 1. "[Org] role [honorific] " just before the name.
_BEFORE = re.compile(r"(?P<org>(?:" + _CAP + r"\s+){0,4}?" + _CAP + r"(?:'s|’s)?\s+)?(?<!\w)(?P<role>" + _ROLE_RE + r")\s+(?:" + HONORIFIC + r"\s+)*$")
# 2. "..., the role of the Org, " just before the name.
_APPOS_BEFORE = re.compile(r"(?:^|[,;:“\"(]\s*)(?P<seg>(?:(?i:the|a|an|its|their)\s+)?(?:[^,;:“\"()]){2,120}?),\s*$")
# 3. ", a Org role," just after the name.
_APPOS_AFTER = re.compile(r"^\s*,\s*(?P<seg>(?:(?i:the|a|an|its|their)\s+)?(?:[^,;:.()“\"]|\.(?=\S|\s+[a-z])){2,100}?)\s*(?=,|\.(?:\s+[A-Z“\"]|\s*$)|;|$)")
# 4. "delegation headed by [honorific] " just before the name.
_HEADED_BY = re.compile(r"(?P<group>(?:[\w'’\-]+\s+){0,4}?)(?P<verb>headed|led|chaired|commanded)\s+by\s+(?:" + HONORIFIC + r"\s+)*$", re.IGNORECASE)
# A role word starts a word: "king" is no role inside "seeking", nor "journalist" inside "photojournalist".
_ROLE_SEARCH = re.compile(r"(?<!\w)" + _ROLE_RE)
# A name right after a role word, when spaCy's NER misses it: capitalised words, then the role checked
# in the few characters before them (one anchored search per name, not the role alternation everywhere).
_NAME_WORDS = re.compile(r"(?<![\w-])[A-Z][a-z'’\-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][a-z'’\-]+){1,3}")
_ROLE_JUST_BEFORE = re.compile(r"(?<![\w-])(?P<role>" + _ROLE_RE + r")\s+(?:" + HONORIFIC + r"\s+)*$")
_HONORIFIC_PREFIX = re.compile(r"^(?:(?:" + HONORIFIC + r"|" + _ROLE_RE + r")\s+)+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# A name right after a role word: the role is that person's ("Foreign Minister Mevlut Cavusoglu").
_NAMED_AFTER_ROLE = re.compile(r"\s+(?:" + HONORIFIC + r"\s+)*[A-Z][a-z'’\-]+")
# Capitalised words before a role that only qualify it ("Defense Secretary", "Foreign Minister"): its title.
_TITLE_WORDS = re.compile(MODIFIERS, re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSOR = re.compile(r"(?:" + _CAP + r"\s+){0,3}" + _CAP + r"(?:'s|’s)\s+")
# How far back (in characters) an unnamed organisation is looked for.
ORG_LOOKBACK = 600


@dataclass
class PersonFound:
    """A person mention before it becomes an ActorMention."""

    start: int
    end: int
    name: str
    role: Optional[str] = None
    organisation: Optional[Actor] = None
    known: bool = False


def clean_name(raw: str) -> str:
    """Drop honorifics, role words and a possessive ending: "Sheikh Shahabuddin Delawar’s" → "Shahabuddin Delawar"."""
    name = _HONORIFIC_PREFIX.sub("", raw.strip())
    name = _POSSESSIVE.sub("", name).strip(" ,.;:")
    return name


def _org_in(cat: Catalogue, text: str, role: str = "", country: Optional[str] = None) -> tuple[Optional[Actor], int]:
    """The first organisation named in ``text`` and where it starts (-1 when none).

    A place after "in", "at", "from" or "to" is where the person sits, not whom they speak for
    ("the political office of the movement in Doha"). A lone demonym ("Afghan President")
    names the government, or the armed forces for military ranks ("Afghan General").
    """
    for m in cat.scan(text):
        if m.hit.kind == GENERIC:
            # "Police chief X", "Interior Ministry spokesman X": the document country's police or government.
            actor = cat.resolve(m, country)
            if actor is not None:
                return actor, m.start
        if m.hit.kind == DEMONYM and m.hit.country:
            family = "military" if MILITARY_ROLE.search(role) else "government"
            actor = cat.state_actor(m.hit.country, family)
            if actor is not None:
                return actor, m.start
        if m.hit.kind not in (NAME, PLACE) or m.hit.actor is None:
            continue
        if m.hit.kind == PLACE and re.search(r"\b(?:in|at|from|to|near|into|across)\s+(?:the\s+)?$", text[:m.start], re.IGNORECASE):
            continue
        return m.hit.actor, m.start
    return None, -1


def _country_after(cat: Catalogue, text: str, end: int, role: str) -> Optional[Actor]:
    """The government (armed forces for military ranks) of the country named right after a name by "of":
    "President Cyril Ramaphosa of South Africa"."""
    m = _OF_AFTER.match(text, end)
    if m is None:
        return None
    for hit in cat.scan(text[m.end():m.end() + 60]):
        if hit.start == 0 and hit.hit.kind == PLACE and hit.hit.country:
            return cat.state_actor(hit.hit.country, "military" if MILITARY_ROLE.search(role) else "government")
        break
    return None


def _recent_group(groups: list[tuple[int, Actor]], before: int, non_state_first: bool = True) -> Optional[Actor]:
    """The actor of the last group mention before ``before`` (armed groups first)."""
    window = [a for s, a in groups if before - ORG_LOOKBACK <= s < before]
    if non_state_first:
        armed = [a for a in window if a.inter in (2, 3, 4)]
        if armed:
            return armed[-1]
    return window[-1] if window else None


def _trim_role(role: str) -> str:
    role = re.sub(r"\s+(?:of|for|in|at|from)(?:\s+the)?\s*$", "", role.strip(), flags=re.IGNORECASE)
    return re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE).strip(" ,")


def clause_ends(doc) -> list[int]:
    """Character ends of the finite verbs (with their verb group) of ``doc`` that head a clause of their own.

    A verb of a relative clause ("the commander who led the raid") is part of the noun phrase it qualifies.
    """
    ends = []
    for tok in doc:
        if tok.tag_ not in FINITE_VERB_TAGS:  # an apposition is a noun phrase: a finite verb ends the clause before it
            continue
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if verb.dep_ in ("relcl", "acl") or tok.dep_ in ("amod", "compound", "nmod"):
            continue  # a relative clause, or a participle the tagger took for a past tense ("the elected governor")
        # The verb group goes with it: "would not protect", "has been named to lead".
        last = tok
        while last.i + 1 < len(doc) and doc[last.i + 1].tag_ in VERB_GROUP_TAGS:
            last = doc[last.i + 1]
        ends.append(last.idx + len(last.text))
    return sorted(set(ends))


def _noun_phrase_start(text: str, seg_start: int, seg_end: int, verb_ends: list[int],
                       names: list[tuple[int, int]] = (), surnames: Collection[str] = ()) -> int:
    """Where the noun phrase of an apposition spanning ``seg_start``..``seg_end`` starts: after the last finite
    verb inside it ("The governor met the family of the victim, Musa Garba": "the family of the victim")."""
    i = bisect.bisect_left(verb_ends, seg_end) - 1
    at = seg_start
    if i >= 0 and verb_ends[i] > seg_start:
        at = verb_ends[i]
        at += len(text[at:seg_end]) - len(text[at:seg_end].lstrip())
        opener = CLAUSE_OPENER.match(text, at, seg_end)
        at = opener.end() if opener else at
    # A possessor that is a person's name is another's mention ("Nkurunziza’s former spy chief, X"): the span
    # starts after it. One that names a company, a group or a country says whose the role is ("Acme’s chief
    # executive, X", "Kenya’s president, X"): it is part of the person's noun phrase, no actor of its own.
    owner = _POSSESSOR.match(text, at, seg_end)
    if owner is None:
        return at
    word = _POSSESSIVE.sub("", owner.group().strip()).split()[-1]  # the owner's (last) name word, before 's
    word_start = owner.start() + owner.group().rindex(word)
    if word.lower() in surnames or any(s < word_start + len(word) and e > word_start for s, e in names):
        return owner.end()
    return at


def _role_and_org(cat: Catalogue, text: str, sent_start: int, start: int, end: int,
                  groups: list[tuple[int, Actor]], country: Optional[str],
                  verb_ends: list[int] = (), names: list[tuple[int, int]] = (),
                  surnames: Collection[str] = ()) -> tuple[int, int, Optional[str], Optional[Actor]]:
    """(span start, span end, role, organisation) from the words around the name at ``start``..``end``.

    ``verb_ends`` (from ``clause_ends``) keep an apposition before the name to its noun phrase; ``names`` (the
    person names found) and ``surnames`` (of the people named before) tell a possessor that is another person
    from one that owns the role.
    """
    left = text[max(sent_start, start - 160):start]
    left_base = start - len(left)
    m = _BEFORE.search(left)
    if m:
        org = None
        role = m.group("role")
        if m.group("org"):
            # The role's first words may finish the organisation: "Nigerian army spokesman".
            org, _ = _org_in(cat, m.group("org") + role, role, country)
        if org is None:
            org, _ = _org_in(cat, role, role, country)  # "local official X", "police chief X"
        # "Defense Secretary Ash Carter": "Defense" is a word of the title (which may name the organisation)
        title = bool(m.group("org")) and bool(_TITLE_WORDS.fullmatch(m.group("org")))
        if title:
            role = m.group("org") + role
        org_start = left_base + (m.start("org") if m.group("org") and (org or title) else m.start("role"))
        if org is None and STATE_ROLE.search(role):
            org = _country_after(cat, text, end, role)
        return org_start, end, role, org
    m = _HEADED_BY.search(left)
    if m:
        group = m.group("group").strip()
        org, _ = _org_in(cat, group, "", country) if group else (None, -1)
        noun = group.split()[-1].lower() if group else "group"
        org = org or _recent_group(groups, left_base + m.start(), non_state_first=True)
        return left_base + m.start("group") if group else left_base + m.start("verb"), end, f"head of {noun}", org
    m = _APPOS_BEFORE.search(left)
    seg, seg_start = "", 0
    if m:
        # The apposition is the noun phrase next to the name, not the clause whose object it is.
        seg_start = _noun_phrase_start(text, left_base + m.start("seg"), left_base + m.end("seg"), verb_ends,
                                       names, surnames)
        seg = text[seg_start:left_base + m.end("seg")]
    role_m = _ROLE_SEARCH.search(seg) if seg else None
    if role_m and _NAMED_AFTER_ROLE.match(seg, role_m.end()):
        role_m = None  # "Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart, Sergey Lavrov": another's role
    if role_m:
        org, org_at = _org_in(cat, seg[role_m.end():], role_m.group(), country)
        if org is not None:
            org_at += role_m.end()
        ana = ANAPHOR.search(seg, role_m.end())
        if ana and (org is None or ana.start() < org_at):
            # "the representative of the movement": the group the text spoke of last.
            org, org_at = _recent_group(groups, seg_start), ana.start()
        role = _trim_role(seg[role_m.start():org_at] if org_at > role_m.start() else role_m.group())
        return seg_start, end, role, org
    right = text[end:end + 120]
    m = _APPOS_AFTER.search(right)
    if m:
        seg = m.group("seg")
        role_m = _ROLE_SEARCH.search(seg)
        if role_m:
            org, _ = _org_in(cat, seg, role_m.group(), country)
            return start, end + m.end("seg"), _trim_role(role_m.group()), org
    return start, end, None, None


def _candidates(doc, text: str, person_matches: list[Match], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of person names: spaCy PERSON entities, known people, names after role words."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    spans += [(m.start, m.end) for m in person_matches]
    for m in _NAME_WORDS.finditer(text):
        if _ROLE_JUST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            spans.append((m.start(), m.end()))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if any(s < be and e > bs for bs, be in blocked):
            continue
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _a_name(cat: Catalogue, name: str) -> bool:
    """Whether a candidate's cleaned words can be a person's name (no number, not a place or a people)."""
    return bool(name) and not any(ch.isdigit() for ch in name) and name.lower() not in cat.place_names \
        and name.lower() not in cat.demonyms


def find_people(doc, text: str, cat: Catalogue, matches: list[Match], groups: list[tuple[int, Actor]],
                blocked: list[tuple[int, int]], country: Optional[str] = None) -> list[PersonFound]:
    """People named in ``text`` with role and organisation, surname mentions resolved to full names.

    Args:
        doc: the spaCy Doc of ``text``.
        cat (Catalogue): actors and known people.
        matches (list[Match]): the catalogue's alias matches over ``text`` (known people among them).
        groups (list): (char start, actor) of the group mentions found, for unnamed organisations.
        blocked (list): char spans that are not people (places, group names).
        country (str | None): the document's country.
    RETURNS (list[PersonFound]): in text order.
    """
    sent_starts = [s.start_char for s in doc.sents]
    verb_ends = clause_ends(doc)
    person_matches = [m for m in matches if m.hit.kind == "person"]
    by_surname: dict[str, PersonFound] = {}
    found: list[PersonFound] = []

    candidates = _candidates(doc, text, person_matches, blocked)
    names = [(s, e) for s, e in candidates if _a_name(cat, clean_name(text[s:e]))]
    for start, end in names:
        raw = text[start:end]
        name = clean_name(raw)
        if PLACE_BEFORE.search(text, max(0, start - 30), start):
            continue  # "the city of Lashkar Gah": NER took a place for a person
        # Keep the span on the name itself (without a possessive or honorific the entity swallowed).
        offset = raw.find(name)
        if offset >= 0:
            start, end = start + offset, start + offset + len(name)
        sent_start = sent_starts[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        span_start, span_end, role, org = _role_and_org(cat, text, sent_start, start, end, groups, country,
                                                        verb_ends, names, by_surname)
        known_person = cat.person(name)
        earlier = by_surname.get(name.split()[-1].lower()) if known_person is None else None
        if earlier is not None and (len(name.split()) == 1 or name == earlier.name):
            name = earlier.name
            role = role or earlier.role
            org = org or earlier.organisation
        elif len(name.split()) == 1 and known_person is None:
            # A lone first or last name nobody introduced: kept, but not linked to anyone.
            pass
        if known_person is not None:
            name = known_person.name
            role = role or known_person.role
            if org is None and known_person.organisation:
                org = cat.actors.get(known_person.organisation)
        known = known_person is not None or org is not None
        found.append(PersonFound(span_start, span_end, name, role, org, known=known))
        if len(name.split()) > 1:
            record = by_surname.get(name.split()[-1].lower())
            if record is None or record.name == name:
                by_surname[name.split()[-1].lower()] = PersonFound(
                    start, end, name, role or (record.role if record else None),
                    org or (record.organisation if record else None), known)
    found += _surname_mentions(text, found, by_surname, blocked)
    found.sort(key=lambda p: p.start)
    return found


def _surname_mentions(text: str, found: list[PersonFound], by_surname: dict[str, PersonFound],
                      blocked: list[tuple[int, int]]) -> list[PersonFound]:
    """Surnames the NER missed, after the full name: "... Oleksandr Syrskyi visited. Syrskyi said"."""
    if not by_surname:
        return []
    written = {person.name.split()[-1]: person for person in by_surname.values()}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in written) + r")(?![\w-])")
    taken = [(p.start, p.end) for p in found] + list(blocked)
    extra = []
    for m in pattern.finditer(text):
        person = written[m.group()]
        if m.start() < person.end or any(m.start() < e and m.end() > s for s, e in taken):
            continue
        extra.append(PersonFound(m.start(), m.end(), person.name, person.role, person.organisation, person.known))
    return extra
