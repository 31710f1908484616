"""Choose the gazetteer entry each place name refers to, using the whole document.

Every candidate gets a score: a prior from its level, population and capital status;
a bonus when the text implies its level ("Helmand province" → admin1); the
document's country focus (countries named, nationality adjectives, unambiguous
places); explicit admin context (Garmsir's province Helmand is also named); and
spatial coherence (it lies near the other places of the document). The same name
means the same place throughout a document, so the scores of all its mentions add up.
A small namesake abroad from a story clearly about one country stays unresolved, placed at
that country. (The prior and the country focus are focus.py's; the second reading of each
place within its sentence's other places is sentence_context.py's.)
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...lang.en.places import SITE_HEADS
from .focus import MAX_CANDIDATES, main_keys, prior, span_focus
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, PPL, Gazetteer
from .hierarchy import Constraint
from .recognise import Span


@dataclass
class Choice:
    entry: int
    score: float
    confidence: float
    resolution: str
    unresolved: bool = False  # the name itself is not resolved; ``entry`` is the parent it lies in


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
    # "Lake Victoria" in a story about Uganda: a feature's name read as a city abroad by another of its names only
    # (Hong Kong, once Victoria) is no reading of it, however big that city
    feature_alias = weak and spans[idx[0]].extra.get("feature", False)
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
    if gaz.level[best] not in (PPL, ADMIN2) or (gaz.population[best] >= FAR_NAMESAKE_MAX_POPULATION
                                                and not feature_alias):
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


# A city this big is what its bare name means, whatever small namesake a guess at the story's country favours.
FAMOUS_CITY_POPULATION = 1_000_000


def _famous_city(gaz: Gazetteer, scored: list, why: str, firm: Counter, pts: np.ndarray) -> Optional[int]:
    """"Police in Toronto broke up a rally in Victoria Park": Toronto is the city of millions in Canada, not the
    small town in New South Wales that a guess at the park's country (a namesake in Australia) tips it to. The big
    city's entry, when the best reading is a small town or district that nothing firm places the story near: no
    country named there (as such, by a name of one country only, or a nationality word: ``firm``), no unit of it
    named nearby, no other place of the story within 300 km."""
    best = scored[0][1]
    if why not in ("population", "country focus") or int(gaz.level[best]) not in (PPL, ADMIN2) or (
            gaz.population[best] >= FAR_NAMESAKE_MAX_POPULATION or firm.get(gaz.country[best], 0.0) > 1e-9):
        return None
    famous = [e for _, e, _ in scored[1:] if gaz.level[e] == PPL and gaz.population[e] >= FAMOUS_CITY_POPULATION
              and gaz.country[e] != gaz.country[best]]
    if not famous:
        return None
    if len(pts) and not np.isnan(gaz.lat[best]) and float(np.min(_km(gaz.lat[best], gaz.lon[best], pts[:, 0], pts[:, 1]))) < 300:
        return None
    return famous[0]


# A site of a town ("Union Square") is that town's when its namesake town lies farther than this from it.
SITE_TOWN_KM = 100.0


def _site_of_story_town(gaz: Gazetteer, spans: list[Span], groups: dict, first: dict, key: str,
                        best: int) -> Optional[Choice]:
    """"arrested near Union Square" in a story about New York is a square of New York, not the town of Union Square,
    Maryland: a name ending in a square's, park's or street's word read as a town far from every town the story
    names in that country stays unresolved, placed at the first of those towns (None when the namesake is near one
    of them, or the story names no town of its country)."""
    if gaz.level[best] != PPL or spans[groups[key][0]].text.split()[-1].lower() not in SITE_HEADS:
        return None
    towns = sorted((spans[groups[k][0]].start, e) for k, e in first.items()
                   if k != key and gaz.level[e] == PPL and gaz.country[e] == gaz.country[best]
                   and not np.isnan(gaz.lat[e]) and spans[groups[k][0]].text.split()[-1].lower() not in SITE_HEADS)
    if not towns or np.isnan(gaz.lat[best]):
        return None
    pts = np.array([(gaz.lat[e], gaz.lon[e]) for _, e in towns], dtype=np.float64)
    if float(np.min(_km(gaz.lat[best], gaz.lon[best], pts[:, 0], pts[:, 1]))) <= SITE_TOWN_KM:
        return None
    town = towns[0][1]
    return Choice(town, 0.0, 0.3, f"unresolved: {gaz.names[best]} is far from the story's {gaz.names[town]}, a site "
                                  f"of it; placed at {gaz.names[town]}", unresolved=True)


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

    # The story's focus without the guesses (a name of several countries counts for its likeliest reading's, weakly)
    guesses: Counter = Counter()
    for s in spans:
        c, w = span_focus(gaz, s)
        if c and w < 0.5:
            guesses[c] += w

    def famous(key: str, idx: list[int], scored: list, why: str, pts: np.ndarray) -> Optional[int]:
        if key in allowed:
            return None
        own_c, own_w = span_focus(gaz, spans[idx[0]])
        firm = Counter({c: w - guesses.get(c, 0.0) - (own_w * len(idx) if c == own_c and own_w >= 0.5 else 0.0)
                        for c, w in focus.items()})
        return _famous_city(gaz, scored, why, firm, pts)

    first: dict[str, int] = {}
    for key, idx in groups.items():
        scored, _ = _score_group(gaz, spans, focus, idx, None, allowed.get(key))
        if scored:
            big = famous(key, idx, scored, scored[0][2], np.empty((0, 2)))
            first[key] = scored[0][1] if big is None else big
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
        if (big := famous(key, idx, scored, why, context["points"])) is not None:
            for i in idx:
                choices[i] = Choice(big, 0.0, 0.6, "famous city: nothing firm places the story near its namesake")
            continue
        if key in allowed:
            why = "parent in text"
        elif (far := _far_namesake(gaz, spans, focus, idx, best, filed_from)
               or _site_of_story_town(gaz, spans, groups, first, key, best)) is not None:
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
