"""Acts told inside a frame of the sentence that makes them no news of the article (rule 6, read by rules.news_gate).

discourse.not_news reads the act's own clause and the clauses that govern it. Two frames govern the act from
further up the sentence, through complement and adverbial clauses or a participle on a noun:
- evidence at a hearing ("A fireman has told a court how he photographed a body as a flash flood rushed down the
  gorge"): the testimony retells an act of its own, earlier day; the news is the hearing (the guide: court
  hearings and trials are no events, and the act is background). An act the hearing dates to a day of its own
  ("the court heard police arrested him on Sunday") is still news, as in discourse.not_news.
- people mourned or honoured as the dead of an act ("ceremonies honoured some 3,300 people killed on that day",
  "mourners remembered the 40 villagers killed in the massacre"): the news is the mourning, the killing is told
  before it (the guide: anniversaries are background), as discourse.mourned_event reads "the victims of the
  bombing". A killing with its own day ("the people killed in Sunday's attack") may be the article's news and
  stays.
- an act named through those who suffered it ("the affectees of the Baldia factory fire held a press conference",
  "survivors of the massacre marched to the court"): the act is the people's past; the news is what they do now.
  An act with its own day ("the families of those abducted on Friday") may be the article's news and stays.
- an act told as what people report, complain of or recount having suffered ("at least 22 women have reported
  being sexually assaulted", "complained of being beaten"): the content of accounts, often a count of them (the
  guide: statistics, and a report's contents, are no events). One with its own day stays.
"""

from __future__ import annotations

from ...lang.en.events.discourse import HEARD_AT_HEARING, MOURNING_WORDS, RECENT_DAY, SPECIFIC_DAY
from ...lang.en.events.frames import ACCOUNT_VERBS, SUFFERERS
from ..written import as_written
from .discourse import scope

# How far up the parse the hearing's verb may govern the act ("told a court how he snapped a photograph of a body
# being swept along ... as a flash flood rushed down": six links).
_MAX_HOPS = 8


def heard_at_hearing(tok) -> bool:
    """Whether the act at ``tok`` is told as evidence at a hearing whose words govern it from a higher clause."""
    sent = tok.sent
    told = as_written(scope(tok))
    if SPECIFIC_DAY.search(told) or RECENT_DAY.search(told):  # (a weekday bare too: "shot two protesters early Monday")
        return False
    ancestors = {a.i for a, _ in zip(tok.ancestors, range(_MAX_HOPS))}
    for m in HEARD_AT_HEARING.finditer(sent.text):
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and any(t.i in ancestors for t in span):
            return True
    return False


def _own_day(words) -> bool:
    """Whether the words date the act: a day, or a date the tagger finds, though not an indefinite one ("killed on an
    unprecedented day of horror" names no day)."""
    told = as_written(words)
    return bool(SPECIFIC_DAY.search(told) or RECENT_DAY.search(told)
                or any(t.ent_type_ == "DATE" and t.ent_iob_ == "B" and t.lower_ not in ("a", "an") for t in words))


def named_by_sufferers(tok) -> bool:
    """Whether the event noun ``tok`` is the "of" phrase of people named by it ("the affectees of the factory fire",
    "the victims of the massacre"), with no day of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    return tok.head.head.lemma_.lower() in SUFFERERS and not _own_day(list(tok.subtree))


def mourned_dead(tok) -> bool:
    """Whether the act at ``tok`` is a participle on the people a mourning word governs ("honoured the people
    killed", "a vigil for those killed"), with no day of its own."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PRON"):
        return False
    if _own_day(list(tok.subtree)):
        return False
    dead = tok.head
    gov = dead.head.head if dead.dep_ == "pobj" else dead.head
    return dead.dep_ in ("dobj", "pobj") and gov.lemma_.lower() in MOURNING_WORDS


def told_as_suffered(tok) -> bool:
    """Whether the act at ``tok`` is the passive gerund that a verb of account takes ("reported being beaten",
    "reported having been questioned", "complained of being tortured"; through a conjunct: "being beaten and
    abused"), with no day of its own."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VBN":
        tok = tok.head
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in tok.children):
        return False
    gov = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "xcomp" else None
    return gov is not None and gov.lemma_.lower() in ACCOUNT_VERBS and not _own_day(list(tok.subtree))
