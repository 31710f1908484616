"""Who speaks: people with their role and organisation, groups, governments, the author.

A speaker is resolved from the words naming it, in this order: a person
("Taliban spokesman Zabihullah Mujahid" → Zabihullah Mujahid, spokesman,
Taliban), a pronoun ("He accused" → the last person named before), a group
("Representatives of the Taliban" → Taliban), a country or capital used for its
government ("Washington assures" → Government of the United States), and the
words as written when nothing else fits. People and groups come from the actors
stage (``ctx.actors``) when it found them, and from spaCy's entities otherwise.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.claims.speakers import (
    AGE_ONLY,
    COLLECTIVE_NOUNS,
    COURT_WORDS,
    DEFINITE_DETERMINERS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    GROUP_ANAPHORS,
    METONYMS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    ROLE_WORDS,
)
from ...lang.en.claims.speech import RULING_NOUNS, SIGNING_VERBS, SPEAKING_DOCUMENTS, STATEMENT_NOUNS
from ...lang.en.actors.vocabulary import FAMILY_NOUNS
from ...records import Speaker
from ..actors.vocabulary import dateline_end
from ._text import doc_text, span_text
from .named import Group, NameMemory
from .pronouns import Person, PronounResolution
from .speaker_names import (
    DETERMINER, country_of_iso, government_name, is_country_name, last_paragraph, match_actor_name, phrase_head,
    short_name, strip_punct,
)

AUTHOR = Speaker(name="author")
OPENING_MARKS = "“‘«„\""
# Speakers the catalogue files under a category of people (civilians of a country) are named as written.
AS_WRITTEN_FAMILIES = {"civilians", "refugees", "protesters", "rioters"}
STATE_FAMILIES = {"government", "military", "police"}
# Words of a state body's name: "Interior Ministry", "Army"; an organisation named otherwise is its own.
STATE_NOUNS = {w for f in STATE_FAMILIES for phrase in FAMILY_NOUNS[f] for w in phrase.split()}


class SpeakerResolver(NameMemory, PronounResolution):
    """Resolves the words naming a speaker to a :class:`Speaker`, with the document's memory of names."""

    def __init__(self, ctx):
        from ..actors import catalogue_of

        self.ctx = ctx
        self.doc = ctx.doc
        self.catalogue = catalogue_of(ctx.doc)  # the actors stage's, with the user's catalogues
        self.groups = self._groups()
        self.people = self._people()
        self.last_group_speaker: Optional[Speaker] = None
        self.last_government: Optional[str] = None
        self.last_body: Optional[Speaker] = None  # the last organisation, group or government that spoke
        self.last_statement: Optional[Speaker] = None  # who issued the last statement named
        self.last_speaker: Optional[Speaker] = None  # whoever spoke last
        self.last_court: Optional[Speaker] = None  # the last court or judge that spoke or gave a ruling
        # What a later "it said" refers to: the last body that spoke, or the issuer of the last document
        # that spoke ("the ruling of Judge X read ... it added" is the judge's)
        self.last_it: Optional[Speaker] = None
        self.last_it_at = -1
        # body name → the person who signed or issued its statement: the body's verbatim words are theirs
        self.spokespeople: dict[str, Speaker] = {}
        self.spoken: list[str] = []  # names of the people who have spoken, in order
        self.spoken_at: list[tuple[int, str]] = []  # (where, name) of each time a person spoke
        from .quotes import find_quotations, paragraphs

        text = doc_text(self.doc)
        # The dateline ("KABUL, Afghanistan (AP) —") names where the report was filed, never who speaks,
        # though the parser may hang it on the first sentence's subject.
        self.dateline = dateline_end(text)
        self.quotes = [(q.start, q.end) for q in find_quotations(text)]
        self.quoted_paragraphs = [(a, b) for a, b in paragraphs(text) if text[a:b].lstrip()[:1] in OPENING_MARKS]

    # --- resolution ------------------------------------------------------------------------
    def resolve(self, tokens: list, at_char: int) -> Speaker:
        """The speaker named by ``tokens`` (the subject of a reporting verb), spoken at ``at_char``."""
        speaker = self._resolve(tokens, at_char)
        named = speaker.name != "author" and speaker.name.lower() not in PRONOUNS
        if named:
            self.last_speaker = speaker
            if self._is_court(speaker):
                self.last_court = speaker
        people = {p.name for p in self.people}
        if speaker.name in people:
            self.spoken.append(speaker.name)
            self.spoken_at.append((at_char, speaker.name))
            if named and phrase_head(tokens).lemma_.lower() in SPEAKING_DOCUMENTS:
                self.last_it, self.last_it_at = speaker, at_char
            if named and sum(1 for p in self.people if tokens[0].idx <= p.start < tokens[-1].idx + 1) > 1:
                self.last_group_speaker = speaker  # "Judges X and Y said ... they wrote"
        elif named:
            self.last_body = self.last_it = speaker
            self.last_it_at = at_char
        return speaker

    @staticmethod
    def _is_court(speaker: Speaker) -> bool:
        words = f"{speaker.name} {speaker.role or ''} {speaker.text or ''}".lower().split()
        return any(w.strip(".,") in COURT_WORDS for w in words)

    def _resolve(self, tokens: list, at_char: int) -> Speaker:
        tokens = strip_punct(last_paragraph(tokens))
        tokens = strip_punct([t for t in tokens if t.idx >= self.dateline]) or tokens
        if not tokens:
            return AUTHOR
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc_text(self.doc)[start:end]
        low = text.lower()
        if len(tokens) == 1 and tokens[0].pos_ == "PRON":
            low = POSSESSIVE_PRONOUNS.get(low, low)  # "In his own words:" → he
            # From where the pronoun stands: a name later in its clause ("He ... approve of Mr Putin,
            # declaring:") cannot be what it refers to.
            return self._pronoun(low, text, min(at_char, start))
        # (a mention the actors stage ran back over a headline still ends inside the speaker's words)
        inside = [p for p in self.people if start <= p.start < end or start < p.end <= end]
        if inside:
            p = self._head_person(inside, tokens)
            return Speaker(name=p.name, text=text, role=p.role, organisation=p.organisation)
        surname = self._by_surname(tokens, start)
        if surname is not None:  # "Cook said", after "Press Secretary Peter Cook"
            return Speaker(name=surname.name, text=text, role=surname.role, organisation=surname.organisation)
        issued = self._statement_issuer(tokens, at_char)
        if issued is not None:
            return issued
        if tokens[-1].lemma_.lower() in DOCUMENT_NOUNS and not any(t.ent_type_ for t in tokens):
            return AUTHOR  # "the release said": the text's own voice
        if AGE_ONLY.match(text):  # "The 58-year-old has also demanded ...": a person named before
            p = self._pronoun_person("someone", start)
            if p is not None:
                return Speaker(name=p.name, text=text, role=p.role, organisation=p.organisation)
        described = self._described(tokens, start)
        if described is not None:  # "the brother", after "Bellar's older brother, Thomas Bellar Jr."
            return Speaker(name=described.name, text=text, role=described.role, organisation=described.organisation)
        role = self._role_in(tokens)
        body = self._named_body(tokens)
        if body is not None:  # "Jordan's Public Security Directorate": the directorate, of Jordan
            owner = self._resolve(body[1], body[1][0].idx)
            return Speaker(name=body[0], text=text, role=role,
                           organisation=None if owner.name == "author" else owner.name)
        for g in self.groups:
            if start <= g.start < end:
                if self._named_otherwise(g, tokens):  # the words as written name the speaker better
                    return Speaker(name=short_name(tokens), text=text, role=role)
                return self._group_speaker(g.name, text, role)
        government = self._government(tokens, low)
        if government:
            self.last_government = government
            return Speaker(name=government, text=text, role=role, organisation=government)
        # "the group said", not "Human Rights First, an advocacy group that ..." (a name of its own)
        # (a definite "the group", "the militants"; "six human rights groups" are groups of their own)
        head = phrase_head(tokens)
        if any(t.lemma_.lower() in GROUP_ANAPHORS for t in tokens) and head.pos_ != "PROPN" \
                and any(t.lower_ in DEFINITE_DETERMINERS for t in (tokens[0], *(c for c in head.children if c.dep_ == "det"))):
            group = self.last_group_before(start, non_state=True)
            if group:
                return self._group_speaker(group, text, role)
        catalogued = match_actor_name(text, self.catalogue)
        if catalogued:
            if catalogued.startswith("Government of"):
                self.last_government = catalogued
            return Speaker(name=catalogued, text=text, role=role, organisation=catalogued)
        return Speaker(name=short_name(tokens), text=text, role=role)

    def _named_otherwise(self, group: Group, tokens) -> bool:
        """Is the catalogue's actor for these words not who speaks? People described by a common noun
        ("Two Belarusian journalists", "villagers") are those people, not the catalogue's civilians of
        a country; a body with a name of its own that names a country ("the Belarus Association of
        Journalists") is that body, not the country's government or forces."""
        actor = getattr(self.catalogue, "actors", {}).get(group.name)
        if actor is None or actor.family is None:
            return False
        if actor.family in AS_WRITTEN_FAMILIES:
            return True
        if actor.family not in STATE_FAMILIES:
            return False
        head = phrase_head(tokens)
        if head.pos_ != "PROPN" or head.ent_type_ != "ORG":
            return False
        return not {head.lemma_.lower(), head.lower_} & STATE_NOUNS

    def _head_person(self, people: list[Person], tokens) -> Person:
        """Of the people named in a speaker's words, the one the words are about: "Bellar's older brother,
        Thomas Bellar Jr." is the brother, not Bellar (a possessor); else the first named."""
        head = phrase_head(tokens)
        core = {head.i} | {c.i for c in head.children if c.dep_ == "appos"}
        for p in people:
            span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and any(t.i in core for t in span):
                return p
        return people[0]

    def peek(self, tokens: list, at_char: int) -> Speaker:
        """The speaker ``tokens`` name, without remembering it as having spoken."""
        return self._resolve(tokens, at_char)

    def _named_body(self, tokens) -> Optional[tuple[str, list]]:
        """A body with a proper name of its own that a country or group possesses ("Jordan's Public
        Security Directorate"): its name and the possessor's words; else None."""
        inside = set(tokens)
        head = next((t for t in tokens if t.head not in inside or t.head.i == t.i), tokens[-1])
        owner = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP")]
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or not owner:
            return None
        words = [t for t in owner[0].subtree if t.dep_ != "case"]
        return short_name(tokens), words

    def _statement_issuer(self, tokens, at_char: int) -> Optional[Speaker]:
        """ "a statement by Jordan's Public Security Directorate said" speaks for the directorate; a later
        "the statement said" for whoever issued the last statement ("In a statement issued on Sunday, the
        group said ... The statement warned ...")."""
        head = phrase_head(tokens)
        if head.lemma_.lower() not in SPEAKING_DOCUMENTS:
            return None
        # "a statement by X", "a statement from X", "a statement issued by X" (the participle is not
        # among the subject's words: they stop before it)
        links = list(head.children) + [g for c in head.children if c.dep_ == "acl" for g in c.children]
        by = [g for c in links if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of")
              for g in c.children if g.dep_ == "pobj"]
        owner = [c for c in head.children if c.dep_ == "poss"]
        if by or owner:
            # the possessor made it: "CPJ's review of their pages" is CPJ's, not the pages'
            named = (owner or by)[0]
            owner_words = [t for t in named.subtree if not (t.dep_ == "case" and t.head.i == named.i)]
            speaker = self._resolve(strip_punct(owner_words), named.idx)
            if speaker.name != "author":
                return speaker.model_copy(update={"text": span_text(tokens)})
        definite = any(t.lower_ in ("the", "this", "that") for t in tokens)
        if head.lemma_.lower() in RULING_NOUNS:  # "the written ruling said": the court that last spoke
            if self.last_court is not None and definite:
                return self.last_court.model_copy(update={"text": span_text(tokens)})
            return None
        if self.last_statement is not None and definite and head.lemma_.lower() in STATEMENT_NOUNS:
            return self.last_statement.model_copy(update={"text": span_text(tokens)})
        return None

    def note_statement(self, speaker: Speaker) -> None:
        """``speaker`` issued a statement: a later "the statement said" is theirs."""
        if speaker.name != "author" and speaker.name.lower() not in STATEMENT_NOUNS:
            self.last_statement = speaker

    def note_signer(self, body: Speaker, verb) -> None:
        """ "In a statement signed by the Director of Army Public Relations, X, the army explained": X
        speaks for the army, and the army's words quoted verbatim later are X's (an organisation writes;
        a person says the words)."""
        if body.name == "author" or body.name in {p.name for p in self.people}:
            return
        nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
        for noun in nouns:
            if noun.lemma_.lower() not in STATEMENT_NOUNS:
                continue
            for acl in noun.children:
                if acl.dep_ != "acl" or acl.lemma_.lower() not in SIGNING_VERBS:
                    continue
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for obj in (g for g in agent.children if g.dep_ == "pobj"):
                        person = self._resolve(strip_punct(list(obj.subtree)), obj.idx)
                        if person.name in {p.name for p in self.people}:
                            self.spokespeople[body.name] = person

    def verbatim(self, speaker: Speaker) -> Speaker:
        """Who says a body's words quoted verbatim: the person who signed its statement, when the text
        named one (see :meth:`note_signer`), on behalf of the body; else the body."""
        person = self.spokespeople.get(speaker.name)
        if person is None:
            return speaker
        return person.model_copy(update={"organisation": speaker.organisation or speaker.name,
                                         "text": speaker.text})

    def _by_surname(self, tokens, start: int) -> Optional[Person]:
        names = [t for t in tokens if t.pos_ == "PROPN"]
        if not names or len(names) != len([t for t in tokens if not t.is_punct and t.pos_ != "DET"]):
            return None
        written = " ".join(t.text for t in names)
        earlier = [p for p in self.people if p.start < start]
        for p in reversed(earlier):
            if p.name.split()[-1] == names[-1].text and (len(names) == 1 or p.name.endswith(written)):
                return p
        # "according to Sakaria", after "Sakaria Ahmed Muhumed": a given name stands for the one person of
        # that name (naming customs that use it, as in Somalia); two with that given name are ambiguous
        if len(names) == 1:
            given = {p.name: p for p in earlier if " " in p.name and p.name.split()[0] == names[0].text}
            if len(given) == 1:
                return next(iter(given.values()))
        return None

    def _group_speaker(self, name: str, text: str, role: Optional[str]) -> Speaker:
        speaker = Speaker(name=name, text=text, role=role, organisation=name)
        self.last_group_speaker = speaker
        if name.startswith("Government of"):
            self.last_government = name
        return speaker

    def _described(self, tokens, start: int) -> Optional[Person]:
        """A definite description of a person named before: "the brother", "The judge", "the president"."""
        content = [t for t in tokens if not t.is_punct]
        if len(content) < 2 or content[0].lower_ != "the":
            return None
        head = phrase_head(content)
        # "The Police Commissioner", after "The Niger state Police Commissioner, Alhaji Adamu Usman": the
        # words are the end of the title of one named before (a title may be written as a proper name)
        words = [t.lower_ for t in content[1:]]
        lemmas = {t.lemma_.lower() for t in content[1:]}
        title = head.lemma_.lower() in ROLE_WORDS and head.tag_ not in ("NNS", "NNPS") and head.lower_ not in COLLECTIVE_NOUNS
        titled = [p for p in self.people if title and p.end <= start and (
            (p.role and p.role.lower().split()[-len(words):] == words) or lemmas <= p.descriptors)]
        if titled:
            spoke = [p for p in titled if p.name in self.spoken]
            return (spoke or titled)[-1]
        # "the spokesman for Yemeni Armed Forces": a title with whose it is, after the title's holder was named
        whose = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > head.i
                 for t in c.subtree} if head.lemma_.lower() in ROLE_WORDS else set()
        if any((t.pos_ == "PROPN" or t.ent_type_) and t.i not in whose for t in content):
            return None
        if head.pos_ != "NOUN" or head.lemma_.lower() in GROUP_ANAPHORS or head.tag_ == "NNS":
            return None
        lemma = head.lemma_.lower()
        # "the president" after "President Barack Obama": a title is a descriptor too. One who has spoken
        # comes before one only named ("The president said" after "Mr Obama said ... warned Mr Putin").
        fits = [p for p in self.people if p.end <= start and
                (lemma in p.descriptors or (p.role and p.role.lower().split()[-1] == lemma))]
        spoke = [p for p in fits if p.name in self.spoken]
        return (spoke or fits)[-1] if fits else None

    def _government(self, tokens, low: str) -> Optional[str]:
        """"Washington", "Afghanistan", "the government": a state speaking through its government."""
        stripped = DETERMINER.sub("", low)
        if stripped in GOVERNMENT_NOUNS:
            return self.last_government or self._main_country_government()
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        for place in self.ctx.places:
            if start <= place.start < end and place.end <= end and (place.end - place.start) >= 0.6 * (end - start):
                catalogued = match_actor_name(place.text, self.catalogue)
                if catalogued and catalogued.lower().startswith("government"):
                    return catalogued
                country = (METONYMS.get(place.text.lower()) or
                           (country_of_iso(place.country) if place.level in ("country", None) or place.role == "metonym" else None))
                if country is None and place.level in (None, "country"):
                    country = place.text
                if country:
                    return government_name(country)
        if low in METONYMS or stripped in METONYMS:
            return government_name(METONYMS.get(low) or METONYMS[stripped])
        return None

    def _main_country_government(self) -> Optional[str]:
        countries = [country_of_iso(p.country) or p.text for p in self.ctx.places
                     if p.level == "country" or (p.level is None and is_country_name(p.text))]
        if not countries:
            return None
        return government_name(max(set(countries), key=countries.count))

