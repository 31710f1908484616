"""Read a place within its sentence's other places: a name whose reading lies abroad while every other place of its
sentence (or, with none, of the story) lies in one country is read inside that country, or left unresolved and
placed there; a name the gazetteer lacks, that the text says is a place, is placed there too.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .focus import MAX_CANDIDATES, main_keys, prior, span_focus
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, PPL, Gazetteer
from .recognise import LANDMARK_KEYS, Span
from .resolve import FAR_NAMESAKE_MAX_POPULATION, Choice


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


def _others(choices: dict[int, Choice], spans: list[Span], members: list[int], i: int, skip) -> tuple[list[Choice], bool]:
    """The sure readings of the sentence's other places (as far as they are sure: "South" read as a region of
    Cameroon is no evidence), else, with none, of the story's; and whether they are the story's."""
    key = spans[i].key
    others = [choices[j] for j in members if j != i and j not in skip and choices.get(j) is not None
              and spans[j].key != key and choices[j].confidence >= SURE_OF_OTHERS]
    if others:
        return others, False
    return [c for j, c in choices.items() if j not in skip and spans[j].key != key and c.confidence >= SURE_OF_OTHERS], True


def within_sentence_places(gaz: Gazetteer, spans: list[Span], choices: dict[int, Choice], sentence_of,
                           focus: Counter, sides: frozenset[int] = frozenset(),
                           owners: frozenset[int] = frozenset()) -> None:
    """A place named in a sentence whose other places all lie in one country is read inside it: "in Dogon Noma,
    Kaduna State", "Kuriga, near Kaduna". A name the gazetteer lacks there, or whose reading is a small namesake
    or a loose spelling in a country the story names nowhere else (NoMa, Washington; Khouribga, Morocco), stays
    unresolved, placed at that country's admin1 that all the others share, else at the country; a candidate
    inside it is taken instead when the name has one. ``choices`` is updated in place. ``sides``: the spans of a
    government speaking or deciding ("U.S. officials said"), which vouch for no country. ``owners``: the spans of a
    country named only as the home of forces or arms ("US bombers"), which vouch for no country of a name the gazetteer
    lacks while the story's other places remain to say where it is."""
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
            # (nor, for a name the gazetteer lacks, the home country of forces the sentence names: "US bombers struck
            # the caves of Tora Bora" says nothing of where Tora Bora is; the story's other places may, and only
            # when nothing else is named do the forces' home country still place it: "Mali's army ... near Kouri")
            others, story = _others(choices, spans, members, i, skip | (owners if choice is None else frozenset()))
            if not others and choice is None and owners:
                others, story = _others(choices, spans, members, i, skip)
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
