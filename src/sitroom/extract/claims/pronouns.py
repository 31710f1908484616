"""Pronouns and what they refer to, for the speaker resolver (speakers.py): "he"/"she" to a person of that
gender who spoke or is the subject of a clause, "it" to the body the text is about or that spoke last,
"they"/"we" to a group or to people who spoke together, and a pronoun inside what a speaker says to that
speaker ("Human Rights First said it found ...").

:class:`PronounResolution` is a part of :class:`~sitroom.extract.claims.speakers.SpeakerResolver`: it reads
the resolver's memory (``people``, ``quotes``, ``spoken``, ``spoken_at``, ``last_speaker``,
``last_group_speaker``, ``last_it``, ``last_it_at``, ``last_government``) and its ``_resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...lang.en.claims.speakers import FIRST_PERSON_PLURAL, GROUP_ANAPHORS, PRONOUNS
from ...records import Speaker
from .speaker_names import phrase_head, strip_punct

# How far back (in characters) "he"/"she" looks for a salient person before settling for the last speaker.
PRONOUN_WINDOW = 1500


@dataclass
class Person:
    start: int
    end: int
    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None
    # Nouns that describe the person where named ("Bellar's older brother, Thomas Bellar Jr." → brother):
    # a later "the brother" is this person.
    descriptors: frozenset = frozenset()
    gender: Optional[str] = None  # "f" or "m" when a title or a noun beside the name says so


class PronounResolution:
    """What pronouns refer to (mixed into the speaker resolver)."""

    def note_gender(self, name: str, pronoun: str) -> None:
        """``name`` was called "he" or "she": a later pronoun of the other gender is someone else."""
        for q in self.people:
            if q.name == name and q.gender is None:
                q.gender = "f" if pronoun == "she" else "m"

    def writer(self) -> Optional[Speaker]:
        """The body whose own text this is: one that opens it as the subject of a sentence that, outside
        quotation marks, says "our", "we" or "us" ("EFF is deeply saddened ... that our friend ... was
        sentenced"). Its "we" outside quotations is then the body's, not the last speaker's."""
        if not hasattr(self, "_writer"):
            self._writer = None
            first = next((s for s in self.doc.sents if sum(1 for t in s if t.is_alpha) >= 5), None)
            subject = [c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")] if first is not None else []
            own = first is not None and any(
                t.lower_ in FIRST_PERSON_PLURAL and not any(a <= t.idx < b for a, b in self.quotes) for t in first)
            if own and subject and subject[0].pos_ != "PRON":
                speaker = self._resolve(strip_punct(list(subject[0].subtree)), subject[0].idx)
                if speaker.name != "author" and speaker.name not in {p.name for p in self.people}:
                    self._writer = speaker
        return self._writer

    def enclosing_speaker(self, pronoun, verb, speech_verbs: dict) -> Optional[Speaker]:
        """A pronoun speaking inside what another speaker says is that speaker: "Human Rights First said it
        found ...", "Judges X and Y said they acknowledged ...", "the union condemned what it describes as
        ..." (when the pronoun fits: "he"/"she" a person of that gender, "it" a body, "they" a body or
        several people). ``verb``: the inner reporting verb; ``speech_verbs``: lemmas of reporting verbs."""
        low = pronoun.lower_
        node = verb
        while node.dep_ == "ccomp" and node.head.i != node.i:
            node = node.head
            subject = [c for c in node.children if c.dep_ == "nsubj"]
            if speech_verbs.get(node.lemma_.lower()) is None or not subject:
                continue
            words = strip_punct(list(subject[0].subtree))
            if not words or words[0].pos_ == "PRON":
                return None
            outer = self._resolve(words, node.idx)
            known = {p.name: p for p in self.people}
            person = outer.name in known or any(t.ent_type_ == "PERSON" for t in words)
            head = phrase_head(words)
            several = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
            # a body: an organisation, a government, a named group, "the union", "X, an advocacy group"
            # (not an unknown name)
            body = not person and (outer.organisation is not None or head.pos_ == "NOUN"
                                   or any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in words)
                                   or any(c.dep_ == "appos" and c.lemma_.lower() in GROUP_ANAPHORS
                                          for c in head.children))
            gender = next((p.gender for p in self.people if p.name == outer.name and p.gender), None)
            fits = {"he": person and not several and gender != "f", "she": person and not several and gender != "m",
                    "it": body and not several, "they": several or body}.get(low, False)
            if not fits or outer.name == "author":
                return None
            if low in ("he", "she") and gender is None:
                self.note_gender(outer.name, low)
            return outer.model_copy(update={"text": pronoun.text})
        return None

    def _pronoun_person(self, low: str, at_char: int) -> Optional[Person]:
        """The person "he" or "she" is: going back from ``at_char``, the first person of that gender (when
        known) who has spoken, has a role, or is the subject of a clause; not one named inside a quotation
        when the pronoun is outside it, nor a victim or someone only mentioned (an object, a possessor,
        a photo credit); failing that, the last such person who spoke, then the last person named."""
        gender = {"she": "f", "he": "m"}.get(low)  # (None: "the 58-year-old", either)
        # (with the paragraphs that open with a quotation mark: British single quotes are not found as
        # quotations, and "‘Boris Johnson should be ashamed ...’" is inside one)
        quoted_here = any(s <= at_char < e for s, e in self.quotes + self.quoted_paragraphs)
        earlier = [p for p in self.people if p.end <= at_char and (gender is None or p.gender in (None, gender))]
        if not quoted_here:  # (one who speaks in such a paragraph, "‘...,’ Jonathan Miles said", is outside)
            earlier = [p for p in earlier if not any(s <= p.start < e for s, e in self.quotes) and not (
                p.name not in self.spoken and any(s <= p.start < e for s, e in self.quoted_paragraphs))] or earlier
        names = {p.name: p for p in earlier}
        # The last person of that gender who spoke: people named after them only as an object or a
        # possessor ("did not criticise his successor, Donald Trump") do not take "he" from them.
        said = next(((c, n) for c, n in reversed(self.spoken_at) if c < at_char and n in names), None)
        for p in reversed(earlier):
            if p.start < at_char - PRONOUN_WINDOW:
                break
            if said is not None and p.start < said[0]:
                return names[said[1]]
            if not self._is_subject(p) and self._subject_before(p, earlier):
                continue  # "Mr Moynihan told of the apology ... involving Mr Whitehouse": the subject
            if p.name in self.spoken or self._is_subject(p) or (said is None and p.role is not None):
                return p
        for name in reversed(self.spoken):
            if name in names:
                return names[name]
        return earlier[-1] if earlier else None

    def _subject_before(self, p: Person, people: list[Person]) -> bool:
        """Is a person of ``people`` named before ``p`` in its sentence the subject of that sentence's main
        verb (the sentence is about them; ``p`` is only mentioned)?"""
        span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            return False
        sent = span.sent
        for q in people:
            if sent.start_char <= q.start < p.start and self._is_subject(q):
                q_span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
                if q_span is not None and _clause_head(q_span.root).i == sent.root.i:
                    return True
        return False

    def _is_subject(self, p: Person) -> bool:
        span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
            node = node.head
        return node.dep_ == "nsubj"

    def _pronoun(self, low: str, text: str, at_char: int) -> Speaker:
        if low in ("he", "she"):
            p = self._pronoun_person(low, at_char)
            if p and p.gender is None:  # "he" once, "he" after: Mohamed el-Baqer is not a later "she"
                self.note_gender(p.name, low)
            if p:
                return Speaker(name=p.name, text=text, role=p.role, organisation=p.organisation)
            last = self.last_speaker
            if last is not None and last.role is not None and last.name.lower() not in PRONOUNS:
                # No person named before (the parser missed "Deprose Muchena" in "Amnesty's regional director,
                # Deprose Muchena"): "he" or "she" is the last speaker told by a person's role
                return last.model_copy(update={"text": text})
        if low == "we" and not any(s <= at_char < e for s, e in self.quotes + self.quoted_paragraphs):
            writer = self.writer()
            if writer is not None:  # "EFF is deeply saddened by ... our friend ... We condemn ..."
                return writer.model_copy(update={"text": text})
        if low == "we" and self.last_speaker is not None and self.last_speaker.name.lower() not in PRONOUNS:
            # "We" speaks for whoever spoke last ("Philip Hammond said ... we will continue"), not for the
            # last group only mentioned
            return self.last_speaker.model_copy(update={"text": text})
        if low in ("they", "we") and self.last_group_speaker is not None:
            return self.last_group_speaker.model_copy(update={"text": text})
        if low in ("they", "we"):
            group = self.last_group_before(at_char)
            if group:
                return Speaker(name=group, text=text, organisation=group)
        if low == "it":  # a body the last sentence is about: "The Justice Department declined to comment. ... it warned"
            topic = self._body_subject_before(at_char)
            if topic is not None:
                return topic.model_copy(update={"text": text})
        if low == "it" and self.last_it is not None:  # the last body that spoke: "The union ... It said"
            return self.last_it.model_copy(update={"text": text})
        if low == "it" and self.last_government:
            return Speaker(name=self.last_government, text=text, organisation=self.last_government)
        return Speaker(name=text, text=text)

    def _body_subject_before(self, at_char: int) -> Optional[Speaker]:
        """The organisation that is the subject of the sentence before the one at ``at_char``, when it is
        named after the last body that spoke (it is what a following "it" is about, even when it "declined
        to comment"); else None."""
        here = self.doc.char_span(at_char, at_char + 1, alignment_mode="expand")
        if here is None or here.sent.start == 0:
            return None
        prev = self.doc[here.sent.start - 1].sent
        subject = [c for c in prev.root.children if c.dep_ == "nsubj"]
        if not subject or subject[0].idx <= self.last_it_at:
            return None
        words = strip_punct(list(subject[0].subtree))
        if not words or words[0].pos_ == "PRON" or not any(t.ent_type_ == "ORG" for t in words):
            return None
        body = self._resolve(words, subject[0].idx)
        if body.name == "author" or body.name in {p.name for p in self.people}:
            return None
        return body


def _clause_head(token):
    """The verb whose subject ``token`` (or the name it belongs to) is."""
    node = token
    while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head
    return node.head
