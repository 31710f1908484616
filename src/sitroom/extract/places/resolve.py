"""Choose the gazetteer entry each place name refers to, using the whole document.

Every candidate gets a score: a prior from its level, population and capital status;
a bonus when the text implies its level ("Helmand province" → admin1); the
document's country focus (countries named, nationality adjectives, unambiguous
places); explicit admin context (Garmsir's province Helmand is also named); and
spatial coherence (it lies near the other places of the document). The same name
means the same place throughout a document, so the scores of all its mentions add up.
"""

from __future__ import annotations

import math
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...lang.en.places import SITE_HEADS
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PPL, Gazetteer
from .normalise import name_variants
from .hierarchy import Constraint
from .recognise import LANDMARK_KEYS, Span

MAX_CANDIDATES = 40


@dataclass
class Choice:
    entry: int
    score: float
    confidence: float
    resolution: str
    unresolved: bool = False  # the name itself is not resolved; ``entry`` is the parent it lies in


def prior(gaz: Gazetteer, e: int) -> float:
    lvl = gaz.level[e]
    pop = float(gaz.population[e])
    if lvl == COUNTRY:
        return 7.0  # a country's name rarely means a namesake town (Canada, Chile, Mexico)
    if lvl == OTHER:
        return 5.0
    if lvl == ADMIN1:
        return 2.5 + 0.15 * math.log10(pop + 1)
    if lvl == ADMIN2:
        return 1.0 + 0.1 * math.log10(pop + 1)
    p = 0.55 * math.log10(pop + 10)
    cap = int(gaz.capital[e])
    # A bare "Kunduz" is the town, not the province named after it: seats get a lift.
    return p + (1.5 if cap == 2 else 1.0 if cap == 1 else 0.0)


@lru_cache(maxsize=65536)
def main_keys(name: str) -> frozenset[str]:
    return frozenset(name_variants(name))


def span_focus(gaz: Gazetteer, s: Span) -> tuple[str, float]:
    """The country a span points to and how firmly: a country name 1, a name found in one
    country only 0.7, otherwise the likeliest reading by prior alone 0.3."""
    cands = s.entries[:MAX_CANDIDATES]
    if not cands:
        return "", 0.0
    countries = {gaz.country[e] for e in cands if gaz.country[e]}
    if gaz.level[cands[0]] == COUNTRY:
        return gaz.country[cands[0]], 1.0
    if len(countries) == 1:
        return next(iter(countries)), 0.7
    best = max(cands, key=lambda e: prior(gaz, e))
    return gaz.country[best], 0.3


def country_focus(gaz: Gazetteer, spans: list[Span], demonyms: list[tuple[str, int, int]]) -> Counter:
    """How much the document is about each country, from what names it unambiguously."""
    focus: Counter = Counter()
    for s in spans:
        c, w = span_focus(gaz, s)
        if c:
            focus[c] += w
    for iso2, _s, _e in demonyms:
        focus[iso2] += 0.5
    return focus


def _km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(np.minimum(1.0, a)))


def _score_group(gaz: Gazetteer, spans: list[Span], focus: Counter, idx: list[int],
                 context: Optional[dict], allowed: Optional[list[int]] = None) -> tuple[list[tuple[float, int, str]], int]:
    """The candidates of one name (the spans ``idx`` share its key), scored best first, with why; ``context``
    (the other names' first choices, the units near each mention, their points) is None on the first pass;
    ``allowed`` the candidates a parent named in the text leaves."""
    cands = allowed if allowed is not None else spans[idx[0]].entries[:MAX_CANDIDATES]
    key = spans[idx[0]].key
    hints = [spans[i].level_hint for i in idx if spans[i].level_hint is not None]
    shadowed = any(gaz.level[e] in (COUNTRY, ADMIN1) for e in cands)
    # the focus of the other places: a name must not vouch for itself ("Georgia" in a US story)
    own_c, own_w = span_focus(gaz, spans[idx[0]])
    own = {own_c: own_w * len(idx)} if own_c else {}
    total = max(1.0, sum(focus.values()) - sum(own.values()))
    scored = []
    for e in cands:
        lvl = int(gaz.level[e])
        sc = prior(gaz, e)
        why = "population" if lvl == PPL else "level prior"
        if hints:
            if lvl in hints:
                sc += 4.0
                why = "level in text"
            else:
                sc -= 1.5
        c = gaz.country[e]
        if c:
            f = max(0.0, focus.get(c, 0.0) - own.get(c, 0.0))
            bonus = 3.0 * f / total + (0.8 if f > 0 else 0.0)
            sc += bonus
            if bonus >= 2.0 and why != "level in text":
                why = "country focus"
        if key in main_keys(gaz.names[e]):
            sc += 1.0  # named by its own name rather than by one of many alternate names
        if context is not None and lvl in (PPL, ADMIN2) and shadowed and gaz.population[e] < 100_000:
            pass  # "California": a small namesake town never beats the state it is named after
        elif context is not None:
            a1, a2 = int(gaz.admin1[e]), int(gaz.admin2[e])
            near_units = context["near"].get(idx[0], set())
            if (a1 >= 0 and a1 in near_units) or (a2 >= 0 and a2 in near_units):
                sc += 3.0  # "Garmsir district, Helmand province"
                why = "admin context"
            elif (a1 >= 0 and a1 in context["chosen"]) or (a2 >= 0 and a2 in context["chosen"]):
                sc += 1.0
                why = "admin context" if why != "level in text" else why
            if lvl == PPL and int(gaz.capital[e]) == 2 and c in context["named"]:
                sc += CAPITAL_OF_NAMED  # "in France ... Paris": the capital, not a namesake near another unit named
            pts = context["points"]
            if len(pts) and lvl in (PPL, ADMIN2, ADMIN1) and not np.isnan(gaz.lat[e]):
                d = float(np.min(_km(gaz.lat[e], gaz.lon[e], pts[:, 0], pts[:, 1])))
                sc += 1.5 if d < 100 else 0.75 if d < 300 else 0.0
        scored.append((sc, e, why))
    scored.sort(key=lambda t: -t[0])
    return scored, len(idx)


# A document is about one country when it has this much focus there and this share of all of it.
CLEAR_FOCUS, CLEAR_SHARE = 3.0, 0.75
# Namesakes abroad smaller than this are not what a story about another country means.
FAR_NAMESAKE_MAX_POPULATION = 100_000
# A namesake read by an alternate spelling only, or a site's name, stays unresolved abroad while its country
# has at most this share of the story's focus (named in passing, not a second setting of the story).
WEAK_ABROAD_SHARE = 0.15
# A village abroad smaller than this is not what a story about another country means, however briefly it names that.
TINY_NAMESAKE_MAX_POPULATION = 10_000
# A national capital gains this much where the story names its country.
CAPITAL_OF_NAMED = 2.0


def _far_namesake(gaz: Gazetteer, spans: list[Span], focus: Counter, idx: list[int], best: int,
                  filed_from: frozenset[str] = frozenset()) -> Optional[Choice]:
    """"Tarin Kowt" in an Afghan report must not become a village in Estonia: when a story is clearly
    about one country (named often, or the country of its dateline, ``filed_from``) and the best reading
    of a name is a small place or district in a country it never names, the name stays unresolved, placed
    at the story's country ("TORONTO -- ... in Scarborough" is no Scarborough, England)."""
    if not focus:
        return None
    tiny = _tiny_namesake(gaz, spans, focus, idx, best)
    if tiny is not None:
        return tiny
    # Read by an alternate or loose spelling only ("Nina" for Neenah, Wisconsin; "Abbassiya" for Yehud):
    # weak evidence, so neither a cue ("in Abbassiya") nor a passing mention of that country saves it.
    weak = spans[idx[0]].key not in main_keys(gaz.names[best])
    # "rally in Victoria Park" in a Canadian story: a park, square or street of the story's town, which a
    # cue says is a place but not which namesake (Victoria Park, Western Australia).
    weak = weak or spans[idx[0]].text.split()[-1].lower() in SITE_HEADS
    if any(spans[i].cue for i in idx) and not weak:
        return None
    top, weight = focus.most_common(1)[0]
    own_c, own_w = span_focus(gaz, spans[idx[0]])
    own = own_w * len(idx)
    rest = sum(focus.values()) - own
    c = gaz.country[best]
    named = focus.get(c, 0.0) - (own if own_c == c else 0.0)
    # the name's own weight is no part of the story's focus: it must not vouch for itself; a weak reading in
    # a country the story never names needs only a story firmly about one country, not solely about it
    # (a Canadian rally for Syria)
    shared = weight < CLEAR_SHARE * rest and not (weak and named <= 1e-9)
    if (weight < CLEAR_FOCUS and top not in filed_from) or shared:
        return None
    if not c or c == top or named > (WEAK_ABROAD_SHARE * rest if weak else 0.0) + 1e-9:
        return None  # the country is named elsewhere in the story
    if gaz.level[best] not in (PPL, ADMIN2) or gaz.population[best] >= FAR_NAMESAKE_MAX_POPULATION:
        return None
    home = gaz.country_index.get(top)
    if home is None:
        return None
    return Choice(home, 0.0, 0.3, f"unresolved: {gaz.names[best]} ({c}) is abroad from a story about "
                                  f"{gaz.names[home]}; placed at {gaz.names[home]}", unresolved=True)


def _tiny_namesake(gaz: Gazetteer, spans: list[Span], focus: Counter, idx: list[int], best: int) -> Optional[Choice]:
    """"a base in Baga, Nigerian officials said": a village abroad (Bagà, Spain) in a country the story never names is
    not what a story about another country means, however briefly that is named and whatever the cue; the name stays
    unresolved, placed at the story's country."""
    # (or as small a unit of a small territory: "the East End" of a London story is no district of the Cayman Islands)
    small_unit = gaz.level[best] == ADMIN1 and 0 < gaz.population[best] < TINY_NAMESAKE_MAX_POPULATION
    if (gaz.level[best] != PPL and not small_unit) or gaz.population[best] >= TINY_NAMESAKE_MAX_POPULATION or int(
            gaz.capital[best]) == 2:
        return None
    own_c, own_w = span_focus(gaz, spans[idx[0]])
    rest = Counter({c: r for c, w in focus.items() if c and (r := w - (own_w * len(idx) if c == own_c else 0.0)) > 1e-9})
    if not rest or rest.get(gaz.country[best], 0.0) > 0:
        return None
    top, weight = rest.most_common(1)[0]
    home = gaz.country_index.get(top)
    # (a country named, a nationality word, or a name of one country only; not a guess among namesakes)
    if home is None or weight < 0.5 or weight < CLEAR_SHARE * sum(rest.values()):
        return None
    return Choice(home, 0.0, 0.3, f"unresolved: {gaz.names[best]} ({gaz.country[best]}) is abroad (a {'unit' if small_unit else 'village'}) from a "
                                  f"story about {gaz.names[home]}; placed at {gaz.names[home]}", unresolved=True)


def resolve_spans(gaz: Gazetteer, spans: list[Span], focus: Counter,
                  constraint: Optional[Constraint] = None) -> dict[int, Choice]:
    """The chosen entry of every span that has candidates, keyed by position in ``spans``; a span
    named inside a parent where no candidate lies gets an ``unresolved`` choice at that parent."""
    constraint = constraint or Constraint({}, {})
    groups: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(spans):
        if s.entries and s.kind == "name" and i not in constraint.unresolved:
            groups[s.key].append(i)
    allowed: dict[str, list[int]] = {}
    for key, idx in groups.items():
        limits = [constraint.allowed[i] for i in idx if i in constraint.allowed]
        if limits:  # the same name is the same place throughout: every mention keeps what its parent allows
            allowed[key] = list(dict.fromkeys(e for lim in limits for e in lim))

    first: dict[str, int] = {}
    for key, idx in groups.items():
        scored, _ = _score_group(gaz, spans, focus, idx, None, allowed.get(key))
        if scored:
            first[key] = scored[0][1]
    choices: dict[int, Choice] = {}
    # The country of the dateline ("TORONTO --"): where the story is filed from, as firm as a country named.
    filed_from = frozenset(gaz.country[first[s.key]] for s in spans if s.extra.get("dateline") and s.key in first)
    # The names read as countries, once for the document (each group leaves out its own).
    countries_named = {k: gaz.country[e] for k, e in first.items() if gaz.level[e] == COUNTRY}
    # Units named within a sentence's reach of each mention: explicit admin context.
    near: dict[int, set[int]] = defaultdict(set)
    for key, idx in groups.items():
        for i in idx:
            for k2, idx2 in groups.items():
                if k2 != key and k2 in first and any(abs(spans[j].start - spans[i].start) < 200 for j in idx2):
                    near[idx[0]].add(first[k2])
    for key, idx in groups.items():
        others = [e for k, e in first.items() if k != key]
        chosen = set(others)
        pts = np.array([(gaz.lat[e], gaz.lon[e]) for e in others
                        if gaz.level[e] in (PPL, ADMIN2, ADMIN1) and not np.isnan(gaz.lat[e])], dtype=np.float64)
        # The countries the other names name as such ("in France"): their capitals are what a bare "Paris" means.
        named = {c for k, c in countries_named.items() if k != key}
        context = {"chosen": chosen, "near": near, "points": pts.reshape(-1, 2), "named": named}
        scored, _ = _score_group(gaz, spans, focus, idx, context, allowed.get(key))
        if not scored:
            continue
        best_sc, best, why = scored[0]
        if key in allowed:
            why = "parent in text"
        elif (far := _far_namesake(gaz, spans, focus, idx, best, filed_from)) is not None:
            for i in idx:
                choices[i] = far
            continue
        if len(scored) == 1:
            conf, why = 0.9, "only candidate" if why in ("level prior", "population") else why
        else:
            margin = best_sc - scored[1][0]
            conf = round(0.5 + 0.45 * (1 - math.exp(-margin)), 3)
        for i in idx:
            choices[i] = Choice(best, best_sc, conf, why)
    within: dict[str, Choice] = {}
    for i, p in sorted(constraint.unresolved.items(), reverse=True):  # chains: the parent is decided first
        parent = choices.get(p)
        if parent is not None:
            where = gaz.names[parent.entry]
            choices[i] = Choice(parent.entry, 0.0, round(0.6 * parent.confidence, 3),
                                f"unresolved: no {spans[i].text} in {where} in the gazetteer; placed at {where}",
                                unresolved=True)
            within.setdefault(spans[i].key, choices[i])
    # One name, one place: "HOLLIDAY, Mo. — ... 2 miles south of Holliday" is the Holliday the dateline
    # puts in Missouri, not a namesake elsewhere that the bare mention would pick.
    for key, choice in within.items():
        if key not in allowed:
            for i in groups.get(key, ()):
                choices[i] = choice
    return choices


def _unit_of(gaz: Gazetteer, e: int) -> tuple[str, int]:
    """The country and the admin1 an entry lies in (the entry itself for an admin1; -1 for a country)."""
    lvl = int(gaz.level[e])
    if lvl == COUNTRY:
        return gaz.country[e], -1
    return gaz.country[e], e if lvl == ADMIN1 else int(gaz.admin1[e])


def _loose_reading(s: Span, e: int, gaz: Gazetteer) -> bool:
    """Whether a name reads entry ``e`` by a transliteration skeleton or an alternate name only."""
    return bool(s.extra.get("variant")) or s.key not in main_keys(gaz.names[e])


def _weak_reading(gaz: Gazetteer, s: Span, e: int) -> bool:
    """A reading a sentence about another country overrules: a small town or district, or one read by an
    alternate spelling or a skeleton only ("Kuriga" for Khouribga, "Wadi" for El Oued)."""
    if int(gaz.level[e]) not in (PPL, ADMIN2):
        return False
    return _loose_reading(s, e, gaz) or int(gaz.population[e]) < FAR_NAMESAKE_MAX_POPULATION


# A city this big, read for a name a unit's word follows ("Hodeidah province"), is the seat of that unit.
UNIT_SEAT_POPULATION = 100_000
# The confidence a sentence's other places need to say which country it is about.
SURE_OF_OTHERS = 0.6


def within_sentence_places(gaz: Gazetteer, spans: list[Span], choices: dict[int, Choice], sentence_of,
                           focus: Counter, sides: frozenset[int] = frozenset()) -> None:
    """A place named in a sentence whose other places all lie in one country is read inside it: "in Dogon Noma,
    Kaduna State", "Kuriga, near Kaduna". A name the gazetteer lacks there, or whose reading is a small namesake
    or a loose spelling in a country the story names nowhere else (NoMa, Washington; Khouribga, Morocco), stays
    unresolved, placed at that country's admin1 that all the others share, else at the country; a candidate
    inside it is taken instead when the name has one. ``choices`` is updated in place. ``sides``: the spans of a
    government speaking or deciding ("U.S. officials said"), which vouch for no country."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(spans):
        if s.kind == "name":
            by_sentence[sentence_of(s.start)].append(i)
    for members in by_sentence.values():
        for i in members:
            s = spans[i]
            choice = choices.get(i)
            if choice is not None and (choice.unresolved or choice.resolution == "parent in text"):
                continue
            if s.key in LANDMARK_KEYS:
                continue  # "met the leader of Hungary in Downing Street": a seat of government stays where it is
            owner = gaz.country_index.get(s.extra.get("kind_country")) if choice is None and not s.entries else None
            if owner is not None:  # "the Syrian town of Dabiq", a name the gazetteer lacks: placed at Syria
                choices[i] = Choice(owner, 0.0, 0.4, f"unresolved: no {s.text} in the gazetteer; placed at {gaz.names[owner]}",
                                    unresolved=True)
                continue
            # the others as far as they are sure ("South" read as a region of Cameroon is no evidence)
            # (a name the gazetteer lacks is not placed in a country named only in a feature's name: "in Jubilaram in
            # the Lake Chad Basin", a basin of four countries; a name it has may still be read there, "near Bol")
            skip = sides | ({j for j, t in enumerate(spans) if t.extra.get("feature")} if choice is None else set())
            others = [choices[j] for j in members if j != i and j not in skip and choices.get(j) is not None
                      and spans[j].key != s.key and choices[j].confidence >= SURE_OF_OTHERS]
            story = not others
            if story:  # a sentence with no other place: the story's other places, all of them
                others = [c for j, c in choices.items() if j not in skip and spans[j].key != s.key
                          and c.confidence >= SURE_OF_OTHERS]
            if not others:
                continue
            units = {_unit_of(gaz, o.entry) for o in others}
            countries = {c for c, _ in units}
            if len(countries) != 1 or not next(iter(countries)):
                continue
            home = next(iter(countries))
            if choice is not None:
                e = choice.entry
                c = gaz.country[e]
                loose = _loose_reading(s, e, gaz)
                same = [t for t in spans if t.key == s.key]
                # (a story's other places vouch against a reading by the name's own spelling only when one of them
                # names the country as such: "Burkina Faso's army ... near Kouri" is no Kouri, Mali)
                named_home = any(gaz.level[o.entry] == COUNTRY for o in others)
                if (c == home or not c or not _weak_reading(gaz, s, e) or (story and not loose and not named_home)
                        or any(t.extra.get("dateline") or (t.cue and not loose) for t in same)
                        or any(t.level_hint in (ADMIN1, ADMIN2) and (int(gaz.level[e]) in (ADMIN1, ADMIN2)
                                                                     or gaz.population[e] >= UNIT_SEAT_POPULATION)
                               for t in same)):
                    continue  # a dateline vouches for a reading, and so does a cue ("Torrington city") for one by
                    # the name's own spelling (not for Khouribga as "the village of Kuriga"), and a unit's word for
                    # a unit or a city that seats one, however spelt ("in Hodeidah province": Al Ḩudaydah)
                own_c, own_w = span_focus(gaz, s)
                if focus.get(c, 0.0) - (own_w * len(same) if own_c == c else 0.0) > 1e-9:
                    continue  # the country is named elsewhere in the story
                inside = [x for x in s.entries[:MAX_CANDIDATES] if gaz.country[x] == home]
                if inside:
                    best = max(inside, key=lambda x: prior(gaz, x))
                    choices[i] = Choice(best, 0.0, 0.6, f"{'story' if story else 'sentence'} context: the other places are in "
                                                        f"{gaz.names[gaz.country_index[home]]}"
                                        if home in gaz.country_index else "sentence context")
                    continue
            elif not (not s.entries and (
                    s.cue or s.extra.get("generic_head") or s.extra.get("locative") or s.extra.get("attacked"))):
                continue  # a name the gazetteer lacks, that the text says is a place ("in Kuriga", "Wadi Barada", "seized Bunagana")
            admin1s = {a for _, a in units}
            parent = next(iter(admin1s)) if len(admin1s) == 1 and -1 not in admin1s else gaz.country_index.get(home)
            if parent is None or parent < 0:
                continue
            where = gaz.names[parent]
            was = f"{gaz.names[choice.entry]} ({gaz.country[choice.entry]}) is not" if choice is not None else \
                f"no {s.text} in the gazetteer, and"
            where_others = "story's" if story else "sentence's"
            choices[i] = Choice(parent, 0.0, 0.4, f"unresolved: {was} where the {where_others} other places are; "
                                                  f"placed at {where}", unresolved=True)
    # one name, one place: a name the gazetteer lacks, placed once where a word says it is a place ("the villages of Foua
    # and Kfraya in Idlib"), is placed there wherever the story names it again, also in a sentence of two countries (a
    # preposition alone is not enough: "a symbol of change in Sviatlana" is a person's)
    placed = {spans[i].key: c for i, c in sorted(choices.items()) if c.unresolved and not spans[i].entries
              and spans[i].cue}
    for i, s in enumerate(spans):
        if i not in choices and not s.entries and s.key in placed:
            choices[i] = placed[s.key]
