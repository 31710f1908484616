"""Claim records from what the extractor found in a sentence: a reporting frame, an item of a bulleted list,
the author's own clause, or a passage of a quotation; with the speaker resolved, the kind, hedges, modality,
stance, quantities, the statement's date and the deadline of forward-looking claims. Keeps the document's
speaker memory (who spoke where) for the quotations the frames introduce."""

from __future__ import annotations

from typing import Optional

from ...lang.en.claims.extractor import CONTROLLER_POSSESSIVES, FORWARD_AUX, PRESENT_BE
from ...lang.en.claims.hedges import RELAYING_VERBS
from ...lang.en.claims.speakers import FUNCTION_WORDS, METONYMS
from ...lang.en.claims.speech import BARE_VERBS, STATEMENT_NOUNS
from ...records import Claim, DateValue, Span, Speaker
from ..actors.vocabulary import dateline_end
from ._text import span_text
from .control import claimed_control
from .deadlines import find_deadline, find_statement_date, said_day, said_from
from .hedges import find_hedges, modality, prosecutes, stance
from .kinds import (
    SELF_PRONOUNS,
    AuthorClaim,
    Control,
    clause_words,
    kind_of_frame,
)
from .quantities import find_quantities
from .quote_bounds import (
    QUOTE_MARKS as _QUOTE_MARKS,
    char_end as _end,
    one_paragraph as _one_paragraph,
    unquote as _unquote,
)
from .quotes import (
    Quotation,
    Voice,
    attribute,
    find_quotations,
    introduced_paragraphs,
    is_speech,
    paragraph_of,
    paragraphs,
)
from .speaker_names import strip_punct
from .speakers import AUTHOR, SpeakerResolver
from .speech import SENTENCE_END, VERB_CLASSES, Frame, content_class
from ..pos import VERBAL

# The claims stage (its name is each claim's extractor).
NAME = "sitroom.claims.v1"
# Kinds that look forward and so may carry a deadline or horizon.
FORWARD_KINDS = {"commitment", "prediction", "policy decision", "request", "demand"}
BULLETS = ("•", "●", "▪", "◦", "·", "-", "–", "*")
# A passage of a quotation shorter than this (in words) is not a claim of its own.
MIN_PASSAGE_WORDS = 3


def _named_act(verb) -> bool:
    """Is ``verb`` a gerund naming an act after a preposition ("for kidnapping him and demanding ...")?"""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return verb.tag_ == "VBG" and node.tag_ == "VBG" and node.dep_ in ("pcomp", "pobj")


class ClaimBuilder:
    """Turns frames and author clauses into Claim records, with the document's speaker memory."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.text
        self.pub = ctx.pub_date
        self.resolver = SpeakerResolver(ctx)
        self.claims: list[Claim] = []
        self.voices: list[Voice] = []  # where frames speak, for the quotations they introduce
        self._inner_kinds: list[tuple[int, int, str]] = []  # kinds of frames that gave way to a quotation
        self.paras = paragraphs(ctx.text)
        self._speakers: dict[int, Speaker] = {}  # frame verb index → resolved speaker
        self.time_spans = [(t.start, t.end) for t in ctx.times] + [
            (e.start_char, e.end_char) for e in self.doc.ents if e.label_ in ("DATE", "TIME")]
        # The dateline ("GAZA CITY (AP) —") says where the report was filed: no words of what anyone said.
        self.dateline = dateline_end(ctx.text)

    # --- sources of claims --------------------------------------------------------------
    def from_frame(self, si: int, sent, frame: Frame, relayed_by=None) -> Optional[Claim]:
        """``relayed_by``: the verb of another speaker's frame whose content holds this one ("The court
        said that Velasco argued ...")."""
        speaker = self._frame_speaker(frame)
        if speaker.name == "author" and not frame.by_author and frame.verb_class == "request" and _named_act(frame.verb):
            return None  # "arrested for kidnapping him and demanding Rs 5 lakh": a narrated act, no one's claim
        words = _unquote(frame.content)
        words = _unquote(_one_paragraph(words, frame.verb.idx)) if words else words
        if not words:
            return None
        verb_class = content_class(frame)
        kind, control = kind_of_frame(verb_class, words, self._speaker_words(speaker),
                                      self.ctx.places, self._is_person(speaker))
        if verb_class == "claim" and control is None:
            control = claimed_control(words, frame.subject, self.ctx.places)  # "claims full control of Aleppo"
            kind = "territorial control" if control is not None else kind
        start = min([frame.verb.idx, words[0].idx] + [t.idx for t in frame.subject])
        hedge_text = self.text[sent.start_char:_end(words[-1])]
        hedges = find_hedges(hedge_text)
        # what passes the words on may come after them ("..., Mrs Clinton said, quoted by the Times")
        hedges += [h for h in find_hedges(self.text[_end(words[-1]):sent.end_char]) if h[0] == "relayed"]
        if frame.verb.lemma_.lower() in RELAYING_VERBS or relayed_by is not None:
            hedges.append(("relayed", (relayed_by or frame.verb).text))
        if frame.verb_class == "claim":
            hedges.append(("claimed", frame.verb.text))
        elif frame.inherits_from is not None and frame.inherits_from.verb_class == "claim":
            # "claimed that ..., highlighting that ...": the second clause is part of the same claim
            hedges.append(("claimed", frame.inherits_from.verb.text))
        if frame.via:  # the fuller "according to Russian media" replaces the bare cue
            hedges = [h for h in hedges if h[1].lower() != "according to"]
            hedges.append(("reported", "according to " + _text(frame.via)))
        return self._add(si, sent, kind, speaker, words, hedges, frame.verb_class, frame.by_author, control, start,
                         anchor=frame.verb.idx)

    def from_list_item(self, si: int, sent, verb, speaker: Speaker, verb_class: str) -> Optional[Claim]:
        words = clause_words(verb)
        words = [t for t in words if t.text not in BULLETS]
        if not words:
            return None
        hedges = find_hedges(sent.text)
        return self._add(si, sent, "commitment", speaker, words, hedges, verb_class, False, None, words[0].idx)

    def from_author(self, si: int, sent, prev, found: AuthorClaim) -> Optional[Claim]:
        speaker = AUTHOR
        if found.kind == "policy decision" and prev is not None:
            speaker = self._context_speaker(prev) or AUTHOR
        hedges = find_hedges(sent.text)
        return self._add(si, sent, found.kind, speaker, found.words, hedges, None, True, found.control, found.words[0].idx)

    def add_voice(self, frame: Frame) -> None:
        """Remember where a frame speaks and who it is, for the quotations it may introduce."""
        speaker = self._speakers.get(frame.verb.i) or self._frame_speaker(frame)
        if speaker.name == "author":
            return
        pi = paragraph_of(self.paras, frame.verb.idx)
        # "He said:" ends its paragraph: what it says is in the paragraphs after it. The colon must end
        # the frame's own sentence ("We condemn ... In his own words:" is not "We" introducing).
        rest = self.text[frame.verb.idx:self.paras[pi][1]].rstrip() if pi >= 0 else ""
        colon = rest.endswith(":") and not SENTENCE_END.search(rest)
        sent = frame.verb.sent
        relayed = [h for h in find_hedges(self.text[sent.start_char:sent.end_char]) if h[0] == "relayed"]
        self.voices.append(Voice(frame.verb.idx, pi, speaker, frame.verb_class, colon, relayed))

    def quotation_claims(self, sents) -> None:
        """Claims for the sentences of quotations and of statements introduced by a colon that no frame
        of their own covers, spoken by the voice that introduces them (see quotes.py)."""
        spans = [(s.start_char, s.end_char) for s in sents]
        self._colon_paragraph_voices()
        quotes = find_quotations(self.text, self.paras)
        said = attribute(self.text, quotes, self.voices, self.paras, spans)
        passages = []
        for qi, voice in said.items():
            q = quotes[qi]
            if is_speech(self.text, q, spans):
                passages.append((q.start, q.end, voice))
                self._first_person_inside(q, voice)
        # An introduced statement runs on over paragraphs where only things "conclude" or "show"
        # ("This independent investigation has concluded that ..."), not over a new person or body.
        people = {p.name for p in self.resolver.people}
        voices = [v for v in self.voices if v.speaker.name in people or v.speaker.organisation or v.speaker.role]
        for pi, voice in introduced_paragraphs(self.text, voices, quotes, self.paras).items():
            passages.append((*self.paras[pi], voice))
            self._first_person_inside(Quotation(*self.paras[pi], pi, True), voice)
        for start, end, voice in passages:
            for si, (s, e) in enumerate(spans):
                if s < end and start < e:
                    self.from_passage(si, sents[si], max(s, start), min(e, end), voice)

    def _colon_paragraph_voices(self) -> None:
        """A paragraph that is only "The Foreign Secretary, Boris Johnson, said:" introduces the next ones
        even when the parser runs its sentence on over the blank line and loses the frame."""
        have = {v.paragraph for v in self.voices if v.colon}
        for pi, (ps, pe) in enumerate(self.paras):
            if pi in have or not self.text[ps:pe].rstrip().endswith(":"):
                continue
            span = self.doc.char_span(ps, len(self.text[:pe].rstrip()) - 1, alignment_mode="contract")
            if span is None or len(span) < 2:
                continue
            verb = span[-1]
            if verb.lemma_.lower() not in BARE_VERBS or verb.pos_ not in VERBAL or \
                    SENTENCE_END.search(self.text[ps:pe]):
                continue
            subject = strip_punct([t for t in span[:-1] if not t.is_space])
            if not subject or subject[0].pos_ == "VERB":
                continue
            speaker = self.resolver.resolve(subject, verb.idx)
            if speaker.name != "author":
                self.voices.append(Voice(verb.idx, pi, speaker, "say", True))

    def _first_person_inside(self, q: Quotation, voice: Voice) -> None:
        """ "I"/"we" framing a claim inside a quotation are its speaker ("We believe his presence ...").
        Another reporting verb inside it is part of what the quotation's speaker says ('"Putin publicly
        blamed me ...," Mrs Clinton said'): its claim gives way to the quoted sentence's."""
        kept = []
        for c in self.claims:
            inside = q.start <= c.start < q.end and c.quote.end <= q.end
            if inside and c.speaker.text and c.speaker.text.lower() in ("i", "we"):
                c = c.model_copy(update={"speaker": voice.speaker.model_copy(update={"text": c.speaker.text})})
            elif inside and c.speaker.name != voice.speaker.name:
                if c.kind in ("request", "accusation", "denial"):  # "RMT is calling for ..."
                    self._inner_kinds.append((c.quote.start, c.quote.end, c.kind))
                continue
            kept.append(c)
        self.claims[:] = kept

    def from_passage(self, si: int, sent, start: int, end: int, voice: Voice) -> Optional[Claim]:
        words = [t for t in sent if start <= t.idx < end and not t.is_space]
        words = _unquote(words)
        while words and (words[0].is_punct or words[0].text in _QUOTE_MARKS):
            words = words[1:]
        if len([t for t in words if not t.is_punct]) < MIN_PASSAGE_WORDS:
            return None
        q_start, q_end = words[0].idx, _end(words[-1])
        for c in self.claims:
            overlap = min(q_end, c.quote.end) - max(q_start, c.quote.start)
            if overlap > 0 and overlap >= 0.5 * min(q_end - q_start, c.quote.end - c.quote.start):
                return None  # a frame of its own already made it a claim
        kind, control = kind_of_frame("say", words, self._speaker_words(voice.speaker), self.ctx.places,
                                      self._is_person(voice.speaker), verbatim=True)
        if kind == "statement":  # a request or accusation the quoted speaker makes in a frame of their own
            kind = next((k for s, e, k in self._inner_kinds if q_start <= s and e <= q_end), kind)
        hedges = find_hedges(self.text[q_start:q_end]) + voice.hedges  # "..., she said, quoted by the Times"
        speaker = self.resolver.verbatim(voice.speaker)
        return self._add(si, sent, kind, speaker, words, hedges, "say", False, control, q_start)

    # --- helpers ------------------------------------------------------------------------
    def _is_person(self, speaker: Speaker) -> bool:
        return speaker.name in {p.name for p in self.resolver.people}

    @staticmethod
    def _speaker_words(speaker: Speaker) -> set[str]:
        """Words that name the speaker or its body: its name, organisation and the words naming it in the
        text, with the short names of its country ("The UK will continue ..." for the Foreign Secretary)."""
        names = f"{speaker.name} {speaker.organisation or ''} {speaker.text or ''}".split()
        words = {w.lower() for w in names if w[:1].isupper() and w.lower() not in FUNCTION_WORDS}
        org = speaker.organisation or speaker.name
        words |= {k for k, country in METONYMS.items() if " " not in k and org.endswith(country)}
        return words - SELF_PRONOUNS
    def has_deadline(self, words: list) -> bool:
        found = find_deadline(self.text[words[0].idx:_end(words[-1])], self.pub)
        return found is not None and found.value.end is not None  # a date, not only words

    def _frame_speaker(self, frame: Frame) -> Speaker:
        if frame.by_author:
            speaker = AUTHOR
        elif frame.inherits_from is not None and frame.inherits_from.verb.i in self._speakers:
            speaker = self._speakers[frame.inherits_from.verb.i]
        elif frame.inherits_from is not None and (frame.inherits_from.subject or frame.inherits_from.inherits_from):
            # 'X said that he is not blaming ..., but noted that ...': the enclosing frame made no claim of
            # its own (its words are all another frame's) but still names who speaks
            speaker = self._frame_speaker(frame.inherits_from)
        elif frame.subject:
            inner = len(frame.subject) == 1 and frame.subject[0].pos_ == "PRON"
            speaker = (self.resolver.enclosing_speaker(frame.subject[0], frame.verb, VERB_CLASSES) if inner else None) \
                or self.resolver.resolve(frame.subject, frame.verb.idx)
        else:
            speaker = AUTHOR
        self._speakers[frame.verb.i] = speaker
        if _in_statement(frame):
            self.resolver.note_statement(speaker)
            self.resolver.note_signer(speaker, frame.verb)
        return speaker

    def _context_speaker(self, prev) -> Optional[Speaker]:
        """The person or government that the previous sentence is about ("Joe Biden has changed the deadline")."""
        subject = [c for c in prev.root.children if c.dep_ == "nsubj"]
        if not subject:
            return None
        speaker = self.resolver.resolve(list(subject[0].subtree), subject[0].idx)
        people = {p.name for p in self.resolver.people}
        if speaker.name in people or speaker.name.startswith("Government of"):
            return speaker
        return None

    def _controller(self, control: Control, speaker: Speaker) -> Optional[str]:
        words = control.controller_words
        if len(words) == 1 and words[0].lower_ in CONTROLLER_POSSESSIVES:
            if speaker.name != "author":
                return speaker.organisation or speaker.name
            return self.resolver.last_group_before(words[0].idx)
        saved = self.resolver.last_group_speaker
        named = self.resolver.resolve(words, words[0].idx)
        self.resolver.last_group_speaker = saved  # a controller is not a speaker
        return named.name

    def _add(self, si, sent, kind, speaker, words, hedges, verb_class, by_author, control, start,
             anchor: Optional[int] = None) -> Optional[Claim]:
        words = _unquote(_one_paragraph(words, anchor)) or words
        words = [w for w in words if w.idx >= self.dateline] or words
        q_start, q_end = words[0].idx, _end(words[-1])
        if any(c.quote.start == q_start and c.quote.end == q_end for c in self.claims):
            return None
        quote_text = self.text[q_start:q_end]
        quantities = [q.quantity for q in find_quantities(self.doc, q_start, q_end, self.time_spans)]
        deadline = None
        said_on = self._statement_date(sent, q_start, q_end) if kind != "quantity" else None
        if kind in FORWARD_KINDS or _looks_forward(words):
            # "on <date>" and bare dates only in claims that look forward by their kind. Relative words count
            # from the day the words were said when the sentence dates it ("said on Monday it would withdraw
            # by Friday"), else from the publication date; a calendar date looks forward from the first day
            # the sentence dates the words to ("In June, rebels demanded ... by June 30"), at any precision.
            found = find_deadline(quote_text, said_day(said_on) or self.pub, allow_on=kind in FORWARD_KINDS,
                                  said_from=said_from(said_on))
            deadline = found.value if found else None
        places, controller = [], None
        if control is not None:
            controller = self._controller(control, speaker)
            t_start, t_end = control.territory_words[0].idx, _end(control.territory_words[-1])
            places = [p.model_copy() for p in self.ctx.places
                      if t_start <= p.start < t_end and p.role != "metonym"]
        claim = Claim(
            kind=kind, speaker=speaker,
            quote=Span(text=quote_text, start=q_start, end=q_end, sentence=si),
            modality=modality(kind, verb_class, by_author or speaker.name == "author", hedges, quote_text,
                              prosecutes(speaker.name, speaker.text, speaker.organisation)),
            stance=stance(hedges, denied=(kind == "denial")),
            hedges=_unique(cue for _cls, cue in hedges),
            quantities=quantities, deadline=deadline,
            statement_date=said_on,
            places=places, controller=controller,
            sentence=si, start=min(start, q_start), end=q_end, extractor=NAME,
        )
        self.claims.append(claim)
        return claim

    def _statement_date(self, sent, q_start: int, q_end: int) -> Optional[DateValue]:
        """A past date in the sentence but outside the quote: when the claim was made."""
        return find_statement_date(self.text, sent.start_char, sent.end_char, (q_start, q_end), self.ctx.times, self.pub)


def _in_statement(frame: Frame) -> bool:
    """Does the frame say where a statement comes from ("said in a statement", "issued a statement",
    "a statement by the directorate said")?"""
    verb = frame.verb
    nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    subject = set(frame.subject)
    nouns += [c for c in verb.children if c.dep_ == "dobj"] + [t for t in frame.subject if t.head not in subject]
    return verb.pos_ != "NOUN" and any(n.lemma_.lower() in STATEMENT_NOUNS for n in nouns)


def _looks_forward(words: list) -> bool:
    """A future or modal auxiliary, or a present progressive ("is halting a policy next week")."""
    for t in words:
        if t.dep_ in ("aux", "auxpass") and t.lower_ in FORWARD_AUX:
            return True
        if t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in t.children):
            return True
    return False


def _text(tokens: list) -> str:
    return span_text(tokens)


def _unique(items) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
