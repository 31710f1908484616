"""Which side of armed violence acts: the side that attacked first, the party casualties fought (ACLED's actor1 is
the initiator; the guide's table of actors)."""

from __future__ import annotations

from ...lang.en.events.arguments import CASUALTY_PREPS, DYING_LEMMAS, INITIATING_LEMMAS, OPEN_FIRE, OTHER_SIDE_PRONOUNS
from ...lang.en.events.rules import ARMED_VICTIMS


def fought_with(tok) -> bool:
    """Whether ``tok`` is the party casualties fought: "killed in a clash with X", "died in a gun battle with X"
    (the object of "with" on a noun that is where someone was killed, wounded or died; not "captured the town
    after fighting with X", whose subject acts)."""
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    fight = tok.head.head
    if fight.pos_ not in ("NOUN", "PROPN") or fight.dep_ != "pobj" or fight.head.lower_ not in CASUALTY_PREPS:
        return False
    verb = fight.head.head
    if verb.lemma_.lower() in DYING_LEMMAS:
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)
    return verb.tag_ == "VBN" and not perfect  # "was wounded in", "a Palestinian, killed in"


def initiated(tok) -> bool:
    """Whether a relative clause on ``tok`` tells that it started armed violence: "militants who attacked a
    convoy", "gunmen who opened fire on them" (active: the relative pronoun its subject)."""
    if tok is None:
        return False
    for c in tok.children:
        if c.dep_ != "relcl" or not any(x.dep_ == "nsubj" and x.tag_ in ("WP", "WDT") for x in c.children):
            continue
        lemma = c.lemma_.lower()
        if lemma in INITIATING_LEMMAS or (lemma == OPEN_FIRE[0] and any(
                x.dep_ == "dobj" and x.lemma_.lower() == OPEN_FIRE[1] for x in c.children)):
            return attacked_the_other_side(c)
    return False


def attacked_the_other_side(verb) -> bool:
    """Whether what the relative clause attacked is armed or the other side's ("a checkpoint", "one of its vehicles",
    "them"), or is left untold: troops who kill "fighters who had attacked a school" answer no attack on themselves,
    the school's is another event."""
    targets = [x for x in verb.children if x.dep_ == "dobj" and x.lemma_.lower() != OPEN_FIRE[1]]
    targets += [p for x in verb.subtree if x.dep_ == "prep" and x.lower_ in ("on", "against")
                for p in x.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
    if not targets:
        return True
    for t in targets:
        words = [w for w in t.subtree]
        if ARMED_VICTIMS.search(" ".join(w.text for w in words)) or any(
                w.lower_ in OTHER_SIDE_PRONOUNS for w in words):
            return True
    return False
