"""The people and groups a document names, as the speaker resolver (speakers.py) remembers them: people
from the actors stage or spaCy's entities, with their full name, role, organisation, gender and the nouns
that describe them; groups from the actors stage or spaCy's organisations.

:class:`NameMemory` is a part of :class:`~sitroom.extract.claims.speakers.SpeakerResolver`: it reads the
resolver's ``ctx``, ``doc``, ``catalogue``, ``groups`` and ``people``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...lang.en.claims.speakers import DEMONYMS, GROUP_ANAPHORS, METONYMS, ROLE_WORDS, TITLE_GENDER
from ._text import doc_text, span_text
from .pronouns import Person
from .speaker_names import (
    DETERMINER, POSSESSIVE, government_name, match_actor_name, overlaps, strip_punct, until_verb_phrase,
)


@dataclass
class Group:
    start: int
    end: int
    name: str


class NameMemory:
    """The people and groups of the document (mixed into the speaker resolver)."""

    def _groups(self) -> list[Group]:
        # (a name the actors stage kept with its possessive, "CPJ’s", is the body's name without it)
        found = [Group(a.start, a.end, POSSESSIVE.sub("", a.name).strip() or a.name)
                 for a in self.ctx.actors if a.kind == "group"]
        if not found:  # no actors stage: spaCy organisations as written
            found = [Group(e.start_char, e.end_char, self._canonical_group(e.text))
                     for e in self.doc.ents if e.label_ == "ORG"]
        return sorted(found, key=lambda g: g.start)

    def _people(self) -> list[Person]:
        place_spans = [(p.start, p.end) for p in self.ctx.places]
        found = [Person(a.start, a.end, a.name, a.role, a.organisation)
                 for a in self.ctx.actors if a.kind == "person"]
        covered = [(p.start, p.end) for p in found]
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or overlaps(ent.start_char, ent.end_char, covered + place_spans):
                continue
            if any(ch.isdigit() for ch in ent.text):  # "COVID-19 restrictions": no one's name has digits
                continue
            name = POSSESSIVE.sub("", ent.text).strip()
            found.append(Person(ent.start_char, ent.end_char, name))
        found.sort(key=lambda p: p.start)
        # Expand surnames to the full name given earlier ("Biden" → "Joe Biden"), and fill roles.
        for i, person in enumerate(found):
            same = [e for e in found[:i] if e.name == person.name]
            if same:
                person.role = person.role or same[-1].role
                person.organisation = person.organisation or same[-1].organisation
            if " " not in person.name:
                for earlier in reversed(found[:i]):
                    if earlier.name.split()[-1] == person.name and " " in earlier.name:
                        person.name = earlier.name
                        person.role = person.role or earlier.role
                        person.organisation = person.organisation or earlier.organisation
                        break
            if person.role is None or person.organisation is None:
                role, org = self._role_and_org(person)
                person.role = person.role or role
                person.organisation = person.organisation or org
            person.descriptors, person.gender = self._descriptors(person)
        # A name's gender, once known from one mention, holds for its other mentions.
        # Not from a surname taken for a full name: "Mrs Farthing" after "Paul Farthing" may be his wife.
        text = doc_text(self.doc)
        genders = {p.name: p.gender for p in found if p.gender and p.name.split()[0] in text[p.start:p.end]}
        for p in found:
            p.gender = p.gender or genders.get(p.name)
        return found

    def _descriptors(self, person: Person) -> tuple[frozenset, Optional[str]]:
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            return frozenset(), None
        root = span.root
        words = [t for t in root.subtree if t.i < span.start or t.i >= span.end]
        if root.dep_ == "appos":
            words += [t for t in root.head.subtree if t.i < root.left_edge.i]
        for child in root.children:
            if child.dep_ == "appos" and child.i >= span.end:
                words += list(child.subtree)
        words += [t for t in span if t.pos_ != "PROPN" or t.lower_ in TITLE_GENDER]
        # "the spokesman for Yemeni Armed Forces Brigadier General Yahya Saree" (the parser hangs the name
        # under the title's "for"): the title is the person's
        node = root
        while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.lower() in ROLE_WORDS:
                words.append(node)
                break
        nouns = frozenset(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ == "PERSON")
        before = doc_text(self.doc)[max(0, person.start - 6):person.start].lower().split()
        cues = {t.lower_.rstrip(".") for t in words} | ({before[-1].rstrip(".")} if before else set())
        genders = {g for w in cues | nouns for g in [TITLE_GENDER.get(w)] if g}
        return nouns, (genders.pop() if len(genders) == 1 else None)

    def _role_and_org(self, person: Person) -> tuple[Optional[str], Optional[str]]:
        """Role and organisation from the words around a name: "Taliban spokesman X", "the chief of Staff of the CSTO, X"."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is None:
            return None, None
        root = span.root
        words = [t for t in root.subtree if t.i < span.start]  # "U.S. President", "Taliban spokesman"
        if root.dep_ == "appos":  # "The chief of Staff of the CSTO, Anatoly Sidorov"
            words = [t for t in root.head.subtree if t.i < root.left_edge.i]
        for child in root.children:  # "Anatoly Sidorov, the chief of staff of the CSTO"
            if child.dep_ == "appos" and child.i > span.end - 1:
                words = list(child.subtree)
        words = [t for t in words if not (t.pos_ == "VERB" and t.dep_ in ("prep", "acl", "advcl", "relcl"))]
        words = strip_punct(until_verb_phrase(words))
        if not words:
            return None, None
        return self._role_in(words), self._organisation_in(words, person.start)

    def _role_in(self, words) -> Optional[str]:
        for k, t in enumerate(words):
            if t.lemma_.lower() in ROLE_WORDS or t.lower_ in ROLE_WORDS:
                role = [t]
                # "chief of Staff", "representative of the political office": up to an organisation or place.
                rest = words[k + 1:]
                if len(rest) >= 2 and rest[0].lower_ == "of":
                    tail = []
                    for w in rest[1:]:
                        if w.ent_type_ in ("ORG", "GPE", "NORP") or w.lower_ == "of" or w.lemma_.lower() in GROUP_ANAPHORS:
                            break
                        tail.append(w)
                    if tail and tail[-1].pos_ in ("NOUN", "PROPN"):
                        role = [t, rest[0], *tail]
                text = span_text(role)
                return DETERMINER.sub("", text)
        return None

    def _organisation_in(self, words, before: int) -> Optional[str]:
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        for g in self.groups:
            if start <= g.start < end:
                return g.name
        if any(t.lemma_.lower() in GROUP_ANAPHORS for t in words):  # "the political office of the movement"
            group = self.last_group_before(before)
            if group:
                return group
        for t in words:
            if t.head.lower_ in ("in", "at", "from", "to") and t.dep_ == "pobj":
                continue  # "the office in Doha": where, not whose
            country = METONYMS.get(t.lower_) or DEMONYMS.get(t.lower_)
            if t.ent_type_ in ("GPE", "NORP") and country:
                return government_name(country)
        return None

    def _canonical_group(self, text: str) -> str:
        text = POSSESSIVE.sub("", text).strip()
        return match_actor_name(text, self.catalogue) or DETERMINER.sub("", text)

    def _is_state(self, name: str) -> bool:
        """Is the group a state's government, military or police ("Police Forces of Nigeria")?"""
        actor = getattr(self.catalogue, "actors", {}).get(name)
        return actor is not None and actor.actor_type == "state forces"

    def last_person_before(self, char: int) -> Optional[Person]:
        earlier = [p for p in self.people if p.end <= char]
        return earlier[-1] if earlier else None

    def last_group_before(self, char: int, non_state: bool = False) -> Optional[str]:
        """The last group named before ``char``; ``non_state``: not the state's forces or government, which
        "the group" or "the organisation" does not refer to."""
        earlier = [g for g in self.groups if g.end <= char and not (non_state and self._is_state(g.name))]
        return earlier[-1].name if earlier else None
