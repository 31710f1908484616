"""Detection around the learned detector: its second stage (the sentence encoder on the candidate units),
the embeddings its typer reads, and the headline, which is never the report of an event."""

from __future__ import annotations

import re
from typing import Optional

import numpy as np

from ...lang.en.events.discourse import CUTOFF, DAY_OF_ACT, HELD_SINCE_DAY
from ...lang.en.events.patterns import DECISIVE
from ...lang.en.reporting import CLAIM_SPEECH_LEMMAS
from .encoder import DIM, get_encoder
from .units import Unit
from ..pos import VERBAL, simple_past
from ..written import as_written


def rescore(det, x: np.ndarray, texts: list[str], p_event: np.ndarray, body: np.ndarray) -> Optional[np.ndarray]:
    """The detector's second stage, in place on ``p_event``: the candidate units (first-stage p(event) at
    the detector's encoder bar or more, headline aside) are embedded by the sentence encoder, in one
    batch, and rescored. Only candidates: the encoder costs more per sentence than the parse. Returns
    the embeddings (zeros for the units not embedded), None when the detector has no such stage."""
    if not det.uses_encoder:
        return None
    emb = np.zeros((len(texts), DIM), dtype=np.float32)
    cand = np.flatnonzero((p_event >= det.encoder_bar) & body)
    if len(cand):
        emb[cand] = get_encoder(det.encoder_model).encode([texts[i] for i in cand], det.encoder_contexts(texts, cand))
        p_event[cand] = det.p_event_encoded(x[cand], emb[cand])
    return emb


def found_embeddings(det, emb: Optional[np.ndarray], found: np.ndarray, texts: list[str]) -> Optional[np.ndarray]:
    """The embeddings the typer reads, when it reads any: of the units found to report an event, taken
    from the second stage's where it embedded them, else embedded here (few: typed units only)."""
    if not det.types_with_encoder:
        return None
    out = emb[found] if emb is not None else np.zeros((len(found), DIM), dtype=np.float32)
    todo = np.flatnonzero(~out.any(axis=1))
    if len(todo):
        out[todo] = get_encoder(det.encoder_model).encode([texts[found[i]] for i in todo],
                                                          det.encoder_contexts(texts, found[todo]))
    return out


def headline_of(ctx) -> Optional[str]:
    title = getattr(getattr(ctx, "doc_in", None), "title", None)
    return " ".join(title.split()) if title else None


def untitled_headline(units: list[Unit]) -> Optional[str]:
    """The headline of a text given without a title: its first line, when that line is a paragraph of its
    own set in title case without a closing full stop ("Escalation In Afghanistan Is Likely Nearing Its
    Final Stage"), or when the text repeats it as its next paragraph."""
    if len(units) < 2 or units[1].paragraph == units[0].paragraph:
        return None
    first = " ".join(units[0].text.split())
    if first == " ".join(units[1].text.split()):
        return first
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", first) if len(w) > 3]
    if first.endswith((".", "?", "!", ":", '"', "\u201d")) or len(words) < 3:
        return None
    return first if sum(w[0].isupper() for w in words) >= 0.8 * len(words) else None


def is_headline(u: Unit, headline: Optional[str]) -> bool:
    """Whether the unit is the document's headline: the title's words, where the text starts or repeats
    them (scraped pages often give the headline twice)."""
    return bool(headline) and " ".join(u.text.split()) == headline


# Below the detector's bar no candidate is built, but the detector underrates some plain reports of an incident
# ("But the police arrested her on October 11 at the hotel", "They were arrested Wednesday on charges of ...").
# Such a unit is admitted at the bar (the event filter still judges it) when it is one at all: at least this
# p(event), and a strong cue of the codebook told as this report's news (told_as_dated_act).
ADMIT_FLOOR = 0.005
# A source's word over the act passes the report on; a claim or an accusation does not assert it.
ATTRIBUTION = CLAIM_SPEECH_LEMMAS - {"claim", "accuse", "allege"}


def told_as_dated_act(doc, cues, lead: bool = False) -> bool:
    """A strong cue (weight 1.0 or more) whose word is the sentence's main verb in the simple past, active or
    passive ("police arrested her", "they were arrested"), with a day of its own ("on October 11", "Wednesday",
    "yesterday") among its words: an incident told as news, not a perfect's tally, a plan, a quote's claim or
    a clause of background. A cue that decides its type (DECISIVE: a chemical agent) may be the object of that
    verb ("forces used chlorine gas in an attack on Douma on Tuesday"). In the report's lead (``lead``: its first sentence) the present perfect counts too
    and no day is needed: the lead tells the news ("X has spoken by phone with Y", "police have arrested ...")."""
    for c in cues:
        if c.weight < 1.0:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        if c.weight >= DECISIVE and verb.pos_ != "VERB":
            noun = verb.head if verb.dep_ == "compound" else verb  # ("chlorine" in "chlorine gas")
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                verb = noun.head  # a weapon that decides the type, used ("forces used chlorine gas on Tuesday")
        if verb.pos_ != "VERB" or not _main_verb(verb):
            continue
        if lead and (simple_past(verb) or _present_perfect(verb)):
            return True
        if not simple_past(verb):
            continue
        own = as_written(_own_words(verb))
        if DAY_OF_ACT.search(own) and not CUTOFF.search(own):  # "as of October 19": a count's cut-off, no act's day
            return True
    return False


def held_since_day(text: str) -> bool:
    """Whether the unit tells someone held since a day ("has been in police detention since February 16"): the
    arrest of that day, told as the detention it began, which the detector underrates (no act's verb)."""
    return bool(HELD_SINCE_DAY.search(text))


def _main_verb(verb) -> bool:
    """The sentence's root, or a verb coordinated with it ("were detained and beaten"), or what a source's
    attribution governs ("police arrested him on Monday, his lawyer said"), but not a claim or an accusation."""
    if verb.dep_ == "conj" and verb.head.pos_ in VERBAL:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_ in ATTRIBUTION:
        return True
    return verb.dep_ == "ROOT"


def _present_perfect(verb) -> bool:
    """"has spoken", "have arrested", "has been arrested": "has"/"have" before the participle, nothing modal."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux)
            and not any(a.tag_ == "MD" for a in aux))


def _own_words(verb) -> list:
    """The verb's own words: its children and what a preposition among them governs, not a clause below it
    ("arrested her at the hotel where she was staying on Monday" counts no day of the staying)."""
    out = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl", "relcl", "conj", "xcomp", "csubj", "parataxis"):
            continue
        out.append(c)
        if c.dep_ == "prep" or c.dep_ == "npadvmod":
            out.extend(g for g in c.subtree if g is not c)
    return out
