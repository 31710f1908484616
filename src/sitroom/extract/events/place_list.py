"""One event per place (ACLED's rule 4): a report told at a list of places ("arrested in Gorakhpur, Azamgarh and
Kanpur", "flooding in Hunan and Hubei provinces", "raids in Minsk, Brest, Polotsk and other cities") is one event
at each place of the list.

The list is the event's own place with the places coordinated with it in its sentence (conj in the parse), or said
of the other counted groups of one list ("including five students in Nakuru, three teachers in Eldoret"), of
the same country and finer than a country ("India, Nepal and Bangladesh" are a region's countries: the guide
codes such a report at none of them alone). Each copy keeps the report's type, actors and date; the figures
stay with the first place (a count told for the list is not each place's). A copy its sentence dates only
vaguely takes, once the reports are merged, the more precise date of the incident it was split from
(dated_by_source). Places named "between" two others ("on the road between Kabul and Kandahar") are one place,
the road; a province named after a town of it ("Nakuru, Rift Valley") is the town's address.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ...lang.en.events.arguments import SITE_PREPS
from ...lang.en.events.rules import BETWEEN
from ...lang.en.time.patterns import CUES
from ...records import Event, PlaceMention
from .mention_place import place_of_act
from ..pos import VERBAL
from .trigger_word import trigger_token

STRETCH = CUES["unit"]  # a date's words that name a stretch of time ("this week"), not a day
# The prepositions that open a phrase of where an act was: "in", "at", "near"..., and "on" of a strike's target.
ON_OR_AT = SITE_PREPS | {"on"}


def split_by_place(events: list[Event], doc, places: Iterable[PlaceMention],
                   mentions: frozenset[int] = frozenset(), sources: Optional[dict] = None,
                   lists: Optional[list] = None) -> list[Event]:
    """``events`` with each report told at a list of places followed by one copy per other place of the list
    (``places``: the document's place mentions; ``doc``: the parse the offsets point into). A mention
    (``mentions``: ids) refers to an event told before and is split only when its list is where its own act
    happened (_told_at_list): its first place stays the event's it refers to, the others are its other places. ``sources`` is filled with id() of
    each copy -> the report it was split from; ``lists`` with each split report and its copies (one list each)."""
    places = [p for p in places if p.role == "location"]
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if id(ev) in mentions and not _told_at_list(ev, doc):
            continue
        copies = []
        for p in _listed_with(ev, doc, places):
            out.append(ev.model_copy(update={"location": p.model_copy(), "fatalities": None, "injured": None,
                                             "arrested": None, "fatalities_note": None}))
            copies.append(out[-1])
            if sources is not None:
                sources[id(out[-1])] = ev
        if copies and lists is not None:
            lists.append([ev, *copies])
    return out


def dated_by_source(kept: list[Event], groups: list, sources: dict) -> list[Event]:
    """The events ``kept`` (``groups``: the reports merged into each) with each one split off a list, or a
    mention at a place of its own, that its sentence does not date itself (the publication week, the week up
    to a statement: _vague) dated as the incident of the report it comes from (``sources``: id() of a report
    -> that report) is dated once merged, when that date is more precise and no later: the places of one list
    are one report's, and "the flash floods in Indore" after floods told on Monday are that spell of floods."""
    where = {id(r): i for i, group in enumerate(groups) for r in group}
    out = list(kept)
    for i, (e, group) in enumerate(zip(kept, groups)):
        if not _vague(e.date):
            continue
        src = next((sources[id(r)] for r in group if id(r) in sources), None)
        j = where.get(id(src)) if src is not None else None
        if j is None or j == i:
            continue
        d = kept[j].date
        if d.start and d.precision != "publication" and _days(d) < _days(e.date) \
                and d.start <= (e.date.end or e.date.start):
            out[i] = e.model_copy(update={"date": d.model_copy()})
    return out


def _vague(d) -> bool:
    """Whether a date is one its sentence does not state: the publication week, or the week up to a statement's
    day ("the party said on Thursday"), not a stretch the sentence names ("this week", "over the weekend")."""
    if not d.start:
        return False
    return d.precision == "publication" or (d.precision == "range" and not (d.text and STRETCH.search(d.text)))


def _days(d) -> int:
    """How many days a date spans."""
    return (dt.date.fromisoformat((d.end or d.start)[:10]) - dt.date.fromisoformat(d.start[:10])).days + 1


def _listed_with(ev: Event, doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of ``ev``'s sentence coordinated with its own place, in text order, its own left out."""
    loc, span = ev.location, ev.evidence
    if (loc is None or loc.country is None or loc.level in (None, "country")
            or not (span.start <= loc.start and loc.end <= span.end)):
        return []
    own = _head(doc, loc)
    if own is None:
        return []
    chain = _conj_root(own)
    if doc[chain].head.lower_ in BETWEEN:
        return []  # "on the road between Kabul and Kandahar": one place, the road
    out, seen = [], {(loc.name or loc.text).lower()}
    for p in places:
        if not (span.start <= p.start and p.end <= span.end) or p.start == loc.start:
            continue
        if p.country != loc.country or p.level in (None, "country") or _nested(p, loc) or _nested(loc, p):
            continue  # (a province after its town is the town's address: "Upington, Northern Cape")
        key = (p.name or p.text).lower()
        head = _head(doc, p)
        if key in seen or head is None or (_conj_root(head) != chain and not _other_item(own, head)
                                           and not _joined_phrases(own, head)):
            continue
        seen.add(key)
        out.append(p)
    return out


def _told_at_list(ev: Event, doc) -> bool:
    """Whether a mention ("the raids and detentions continued throughout the day in Minsk, Brest and Orsha") is
    placed by its own sentence where its act happened (mention_place._place_of_act), not at a place of another noun
    ("the bombing follows air strikes in the West Bank and Gaza"): the event it refers to was at each of them."""
    loc = ev.location
    if loc is None or not (ev.evidence.start <= loc.start and loc.end <= ev.evidence.end):
        return False
    span = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
    tok, own = trigger_token(span, ev.trigger), _head(doc, loc)
    if tok is None or own is None:
        return False
    if place_of_act(tok, loc):
        return True
    # (the parser hangs the place on a stretch of time, "continued throughout the day in Minsk": the verb's place)
    a = own.head
    while a.dep_ in ("prep", "pobj") and a.head.i != a.i and not (a.pos_ == "NOUN" and STRETCH.fullmatch(a.text)):
        a = a.head
    if not (a.pos_ == "NOUN" and STRETCH.fullmatch(a.text) and a.dep_ == "pobj"):
        return False
    verb = a.head.head
    while verb.pos_ in VERBAL and not any(t.i == tok.i for t in verb.subtree):
        if verb.dep_ != "conj" or verb.head.i == verb.i:  # ("the raids started ... and continued ... in Minsk")
            return False
        verb = verb.head
    return verb.pos_ in VERBAL


def _phrase_of(tok):
    """The phrase of place that ``tok``, a place's name, is the object of: the preposition of place that opens it
    ("in" of "in Khan Yunis"; "on" of "on the towns of Salfit and Tulkarem", through the noun the name is "of"), or
    None when the name is no object of a preposition ("the West Bank towns": a name that modifies a noun)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ in ON_OR_AT:
            return prep
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        tok = prep.head  # "the towns of Salfit": the noun the name is "of" stands where the name stands
    return None


def _joined_phrases(own, head) -> bool:
    """Whether two places are the objects of two phrases of place joined to one another ("rockets fired on offices in
    Khan Yunis and on the towns of Salfit and Tulkarem", "raids in Minsk and in Brest"): a list of places joined at the
    preposition, one act at each (the name that only places the noun of the other phrase, "offices in Khan Yunis", is
    read through that noun, and either phrase may be the one the other is joined to)."""
    b = _phrase_of(head)
    inner = _phrase_of(own)
    if b is None or inner is None:
        return False
    outer = inner.head.head if inner.head.dep_ == "pobj" and inner.head.head.lower_ in ON_OR_AT else None
    for a in (inner, outer):
        if a is None or a.i == b.i:
            continue
        if _conj_root(a) == _conj_root(b):
            return True
        # (the parser may hang "and on the towns" on another phrase of place said of the same word: "offices in
        # Khan Yunis in the southern Gaza Strip and on the towns of ...")
        doc = a.doc
        if any(x.dep_ == "conj" and doc[_conj_root(x)].head.i == y.head.i for x, y in ((a, b), (b, a))):
            return True
    return False


def _other_item(own, head) -> bool:
    """Whether two places are said of two counted groups of one list ("including four volunteers in Quezon City,
    two unionists holding placards in Rizal, and 42 people in Iloilo"): each group's place is its own incident's."""
    if not (_located(own) and _located(head)):
        return False  # ("five students from Nakuru": where they come from, not where they were held)
    a, b = _counted_item(own), _counted_item(head)
    return a is not None and b is not None and a.i != b.i and _list_root(a) == _list_root(b)


def _counted_item(tok):
    """The nearest word above ``tok`` that is a counted noun ("four volunteers"), None when there is none."""
    for a in tok.ancestors:
        if _is_counted(a):
            return a
        if a.dep_ == "ROOT":
            return None
    return None


def _list_root(tok) -> int:
    """The first item of the list ``tok`` is an item of (conjuncts and appositions; an item the parser hangs on
    the place of the item before, "five students in Nakuru, three teachers in Eldoret", is of that item's list)."""
    for _ in range(8):
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        up = None if _is_counted(tok) else _counted_item(tok)
        if up is None:
            break
        tok = up
    return tok.i


def _located(tok) -> bool:
    """Whether the place is told as where someone was ("in Rizal", "at the airport"), not where from."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "outside")


def _is_counted(tok) -> bool:
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children)


def _nested(narrow: PlaceMention, wide: PlaceMention) -> bool:
    """Whether ``narrow`` lies in the province ``wide`` ("Srinagar" in "Jammu and Kashmir")."""
    return wide.level == "admin1" and narrow.level != "admin1" and bool(narrow.admin1) \
        and narrow.admin1 == (wide.name or wide.text)


def _head(doc, p: PlaceMention):
    """The token of the place's words whose head lies outside them (the name's head), None when unparsed."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # not a walk over the whole document
    toks = [t for t in span if p.start <= t.idx < p.end] if span is not None else []
    for t in toks:
        if not (p.start <= t.head.idx < p.end) or t.head.i == t.i:
            return t
    return None


def _conj_root(tok) -> int:
    """The first conjunct of the coordination ``tok`` is in ("Brest" in "Minsk, Brest and Polotsk": Minsk). Before
    "as well as" the parser makes the second item an apposition ("Minsk, Brest, as well as Polotsk"): an apposition
    in a coordinated list is an item of it (a lone one is an address, "Goma, North Kivu", and stays apart)."""
    while tok.head.i != tok.i and (tok.dep_ == "conj" or (tok.dep_ == "appos" and _coordinated(tok))):
        tok = tok.head
    return tok.i


def _coordinated(appos) -> bool:
    """Whether an apposition or the word it is set beside has a conjunct: the two are items of one list."""
    return any(c.dep_ == "conj" for c in (*appos.children, *appos.head.children))
