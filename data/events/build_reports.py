"""Write data/events/reports.jsonl: short labelled reports built from the hand-written templates.

Each template is filled several times with different countries, places, actors, dates and counts, and
wrapped in one of five styles (wire report with a dateline, agency press release, ACLED-like one-line
summary, partisan statement, local news), with context sentences that report no event.

Splits are by template, not by report: the last two templates of every type (and the last context
sentences) appear only in the "test" split, one more only in "dev" (used to calibrate the classifier),
so the held-out score measures how the model does on phrasing it never saw.

Run: .venv/bin/python data/events/build_reports.py   (deterministic: seeded)
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from regions import FOREIGN, OUTLETS, REGIONS  # noqa: E402
from templates import NONE, T  # noqa: E402
from templates_extra import EXTRA, NONE_EXTRA  # noqa: E402


def _optional(module: str, name: str, empty):
    """A template set written later in its own module; ``empty`` while that module does not exist."""
    try:
        return getattr(__import__(module), name, empty)
    except ImportError:
        return empty


# More training phrasing (train split only), and held-out templates written apart from every training
# template (test split only), so the held-out score is about phrasing the classifier never saw.
MORE_MODULES = [f"templates_more_{x}" for x in "abcdefgh"]
MORE = [_optional(m, "MORE", {}) for m in MORE_MODULES]
NONE_MORE = [s for m in MORE_MODULES for s in _optional(m, "NONE_MORE", [])]
# templates_heldout_b was written blind (no other template module read) after the model of session 4
# was chosen: the held-out part's second, untuned measure.
HELDOUT_SETS = [_optional(m, "HELDOUT", {}) for m in ("templates_heldout", "templates_heldout_b")]
HELDOUT = {label: [t for h in HELDOUT_SETS for t in h.get(label, [])] for label in T}
NONE_HELDOUT = _optional("templates_heldout", "NONE_HELDOUT", [])

SEED = 20240611
PER_TEMPLATE = {"train": 5, "dev": 3, "test": 4}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
VICTIMS = ["civilians", "villagers", "farmers", "residents", "worshippers", "women and children", "herders",
           "displaced people", "traders", "passengers"]
SOURCES = ["a local official", "police", "the provincial governor", "witnesses", "a military spokesman",
           "residents", "a hospital source", "a security source", "the defence ministry", "medical workers"]
# Gold labels changed after an independent review of the held-out templates (2026-11-25): the
# template keeps its place (and split); only its label changes. Keyed by a unique piece of its text.
RELABEL = {
    # troops abandoned the town before any fighting there: no violent interaction, so ACLED's
    # Non-violent transfer, not Non-state actor overtakes territory
    "now control {loc} after {a2} abandoned the town": "Strategic developments / Non-violent transfer of territory",
}
# A template that names its own source ("..., local elders said") reports, as one with {src} does.
_ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|according to|confirmed|reported|claimed)\b", re.I)
# "accused" makes a report alleged when someone accuses someone ("{src} accused {a1} of ..."), not when
# it describes the victims ("men accused of theft", "villagers they accused of spying").
_ALLEGED = re.compile(r"\ballegedly\b|\breportedly\b|\baccused (?!of\b)", re.I)
# Group nouns: "{a1} fighters" must not read "IS fighters fighters" when the actor is written with one.
_GROUP_NOUN = ("fighters|militants|rebels|gunmen|soldiers|troops|members|forces|guerrillas|insurgents|"
               "jihadists|militiamen|robbers|dealers|police|policemen|officers|men")
_ENDS_WITH_GROUP = re.compile(rf"\b(?:{_GROUP_NOUN})$", re.I)
# Words after {kill} that make a vague amount ("dozens of") unreadable.
_NOT_NOUN = {"and", "in", "on", "at", "near", "when", "as", "after", "from", "were", "was", "died", "dead"}


def split_of(index: int, n: int) -> str:
    if index >= n - 2:
        return "test"
    if index == n - 3:
        return "dev"
    return "train"


def date_phrase(rng: random.Random, pub: dt.date) -> tuple[str, str, dict]:
    """(phrase, capitalised phrase, gold date) for an expression resolved against ``pub``."""
    kind = rng.choice(["weekday", "weekday", "yesterday", "monthday", "daymonth", "partday", "today", "early"])
    if kind == "weekday":
        back = rng.randint(2, 6)
        d = pub - dt.timedelta(days=back)
        p = f"on {WEEKDAYS[d.weekday()]}"
    elif kind == "partday":
        back = rng.randint(2, 6)
        d = pub - dt.timedelta(days=back)
        p = rng.choice([f"late on {WEEKDAYS[d.weekday()]}", f"early on {WEEKDAYS[d.weekday()]}",
                        f"on {WEEKDAYS[d.weekday()]} night", f"on {WEEKDAYS[d.weekday()]} morning"])
    elif kind == "yesterday":
        d = pub - dt.timedelta(days=1)
        p = "yesterday"
    elif kind == "today":
        d = pub
        p = rng.choice(["today", "this morning"])
    elif kind in ("monthday", "daymonth"):
        d = pub - dt.timedelta(days=rng.randint(1, 20))
        p = f"on {MONTHS[d.month - 1]} {d.day}" if kind == "monthday" else f"on {d.day} {MONTHS[d.month - 1]}"
    else:  # part of month: the previous month
        first = pub.replace(day=1) - dt.timedelta(days=1)
        p = f"in early {MONTHS[first.month - 1]}"
        gold = {"start": first.replace(day=1).isoformat(), "end": first.replace(day=10).isoformat(),
                "precision": "part of month"}
        return p, p[0].upper() + p[1:], gold
    gold = {"start": d.isoformat(), "end": d.isoformat(), "precision": "day"}
    return p, p[0].upper() + p[1:], gold


def count_phrase(rng: random.Random, allow_vague: bool) -> tuple[str, int]:
    r = rng.random()
    if allow_vague and r < 0.12:
        return rng.choice([("several", 3), ("dozens of", 12)])
    n = rng.randint(2, 35)
    if r < 0.45 and n <= 20:
        return NUMBER_WORDS[n - 1], n
    if r < 0.7:
        return f"at least {n}", n
    return str(n), n


def actor_for(kind: str, region: dict, rng: random.Random, foreign=None, first_rebel=None):
    """(canonical name, text as written) for an actor kind in a region."""
    if kind == "mil":
        name, texts = region["military"]
    elif kind == "pol":
        name, texts = region["police"]
    elif kind == "reb":
        name, texts = first_rebel or rng.choice(region["rebels"])
    elif kind == "reb2":
        others = [r for r in region["rebels"] if r != first_rebel] or [region["gang"]]
        name, texts = rng.choice(others)
    elif kind == "gov":
        name, texts = region["gov"]
    elif kind == "gang":
        name, texts = region["gang"]
    elif kind == "for":
        name, texts = foreign[0], foreign[1]
    elif kind == "civ":
        return f"Civilians ({region['country']})", None
    elif kind == "prot":
        return f"Protesters ({region['country']})", None
    elif kind == "riot":
        return f"Rioters ({region['country']})", None
    else:
        return None, None
    return name, rng.choice(texts)


def place_phrase(rng: random.Random, region: dict) -> tuple[str, dict]:
    if rng.random() < 0.25:
        name, admin1 = rng.choice(region["districts"])
        phrase = rng.choice([f"{name} district", f"{name} district of {admin1} {region['admin_word']}", name])
    else:
        name, admin1 = rng.choice(region["towns"])
        phrase = rng.choice([name, name, f"the town of {name}", f"{name}, in {admin1} {region['admin_word']},",
                             f"{name} in {admin1} {region['admin_word']}"])
    return phrase, {"name": name, "admin1": admin1, "country": region["iso"]}


def fill(template: str, a1k: str, a2k: str, rng: random.Random, pub: dt.date) -> dict:
    region = rng.choice(REGIONS)
    foreign = rng.choice([f for f in FOREIGN if f[3] != region["iso"]])
    rebel = rng.choice(region["rebels"])
    a1 = actor_for(a1k, region, rng, foreign, rebel)
    a2 = actor_for(a2k, region, rng, foreign, rebel if a1k != "reb" else rebel)
    if a2k == "reb2" or (a1k == "reb" and a2k == "reb"):
        a2 = actor_for("reb2", region, rng, foreign, rebel)
    loc_phrase, loc = place_phrase(rng, region)
    if "{fcap}" in template:
        loc = {"name": foreign[2], "country": foreign[3]}
    date_p, date_cap, date_gold = date_phrase(rng, pub)
    m = re.search(r"\{kill(?:_cap)?\} (\w+)", template)
    vague_ok = bool(m) and m.group(1) not in _NOT_NOUN
    kill_p, kill_n = count_phrase(rng, vague_ok)
    inj_p, inj_n = count_phrase(rng, False)
    arr_p, arr_n = count_phrase(rng, "{arr} " in template or "{arr_cap} " in template)
    num_p, _ = count_phrase(rng, True)
    src = rng.choice(SOURCES + [rng.choice(OUTLETS)])
    plain = f"{date_gold['start'][8:].lstrip('0')} {MONTHS[int(date_gold['start'][5:7]) - 1]} {date_gold['start'][:4]}"
    values = dict(
        a1=a1[1] or "", a2=a2[1] or "", loc=loc_phrase, date=date_p, date_cap=date_cap, date_plain=plain,
        kill=kill_p, kill_cap=kill_p[0].upper() + kill_p[1:], inj=inj_p, arr=arr_p, arr_cap=arr_p[0].upper() + arr_p[1:],
        num=num_p, vic=rng.choice(VICTIMS), src=src, fcap=foreign[2],
    )
    for slot in ("a1", "a2"):
        if _ENDS_WITH_GROUP.search(values[slot]):
            template = re.sub(r"\{%s\} (?:%s)\b" % (slot, _GROUP_NOUN), "{%s}" % slot, template)
    sentence = template.format(**values)
    sentence = sentence[0].upper() + sentence[1:]
    sentence = sentence.replace(",,", ",").replace(", ,", ",").replace(",.", ".").replace(",:", ":").replace(",;", ";")
    sentence = re.sub(r"\b([Tt]own of) the town of\b", r"\1", sentence)
    if "{date_plain}" in template:  # one-line summaries give an absolute date
        date_gold = {"start": date_gold["start"], "end": date_gold["start"], "precision": "day"}
    gold = {
        "actor1": {"name": a1[0], "text": a1[1]} if "{a1}" in template and a1[0] else None,
        "actor2": {"name": a2[0], "text": a2[1]} if "{a2}" in template and a2[0] else None,
        "location": loc if ("{loc}" in template or "{fcap}" in template) else None,
        "date": date_gold if any(f"{{{k}}}" in template for k in ("date", "date_cap", "date_plain")) else None,
        "fatalities": kill_n if ("{kill}" in template or "{kill_cap}" in template) else None,
        "injured": inj_n if "{inj}" in template else None,
        "arrested": arr_n if ("{arr}" in template or "{arr_cap}" in template) else None,
        "modality": "alleged" if _ALLEGED.search(template) else (
            "reported" if "{src}" in template or _ATTRIBUTION.search(template) else "asserted"),
    }
    return {"sentence": sentence, "gold": gold, "region": region, "pub": pub}


def wrap(style: str, body: list[str], region: dict, pub: dt.date, rng: random.Random) -> tuple[str, str]:
    """Text and outlet for a report in ``style``; body sentences are joined as they come."""
    outlet = rng.choice(OUTLETS)
    # Headline-like sentences carry no full stop; run into the next sentence they would read as one.
    text = " ".join(b if b.rstrip()[-1:] in '.!?"\u201d\'' else b.rstrip() + "." for b in body)
    if style == "wire":
        return f"{region['capital'].upper()}, {MONTHS[pub.month - 1][:3]} {pub.day} ({outlet}) - {text}", outlet
    if style == "press":
        org = rng.choice(["Ministry of Defence", "Office of the Governor", "Police Headquarters", "Press Office"])
        return f"PRESS RELEASE\n{org}, {pub.day} {MONTHS[pub.month - 1]} {pub.year}\n\n{text}", org
    if style == "local":
        head = rng.choice(["Residents count the cost", "Fear grips town", "Breaking news", "Latest from the region"])
        return f"{head}\n\n{text}", outlet
    if style == "partisan":
        return f"Statement from the front. {text}", outlet
    return text, outlet  # "summary": ACLED-like one-liner


def build() -> list[dict]:
    reports = []
    nones = NONE_EXTRA + NONE
    none_split = {s: split_of(i, len(nones)) if i < len(nones) - 10 else "test" for i, s in enumerate(nones)}
    none_split.update({s: "train" for s in NONE_MORE})
    none_split.update({s: "test" for s in NONE_HELDOUT})
    none_by_split = {sp: [s for s, x in none_split.items() if x == sp] for sp in ("train", "dev", "test")}
    none_by_split["dev"] = none_by_split["dev"] or none_by_split["train"][-4:]
    for label, templates in T.items():
        more = [t for m in MORE for t in m.get(label, [])]
        templates = more + EXTRA.get(label, []) + templates
        held = HELDOUT.get(label, [])
        for ti, (a1k, a2k, template) in enumerate(templates + held):
            split = split_of(ti, len(templates)) if ti < len(templates) else "test"
            # A template's reports draw from their own random stream, so adding training templates
            # leaves every other template's reports (the held-out ones among them) as they were.
            rng = random.Random(f"{SEED}|{label}|{template}")
            for k in range(PER_TEMPLATE[split]):
                pub = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
                f = fill(template, a1k, a2k, rng, pub)
                style = "summary" if template.count(":") and "({date_plain})" in template else rng.choice(
                    ["wire", "press", "local", "partisan", "plain"])
                context = rng.sample(none_by_split[split], k=0 if style == "summary" else rng.randint(0, 2))
                pos = rng.randint(0, len(context))
                body = context[:pos] + [f["sentence"]] + context[pos:]
                text, outlet = wrap(style, body, f["region"], pub, rng)
                gold_label = next((v for k, v in RELABEL.items() if k in template), label)
                event = {"event_type": gold_label.split(" / ")[0], "sub_event_type": gold_label.split(" / ")[1],
                         "quote": f["sentence"], **f["gold"]}
                reports.append({"id": f"w{len(reports):04d}", "split": split, "style": style, "template": f"{label}#{ti}",
                                "published": pub.isoformat(), "source": outlet, "text": text, "events": [event],
                                "none_sentences": context})
    # Reports with no codable event at all.
    for split, n in (("train", 40), ("dev", 8), ("test", 20)):
        rng = random.Random(f"{SEED}|none|{split}")
        for _ in range(n):
            pub = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
            pool = none_by_split[split]
            body = rng.sample(pool, k=min(len(pool), rng.randint(2, 3)))
            reports.append({"id": f"w{len(reports):04d}", "split": split, "style": "plain", "template": "none",
                            "published": pub.isoformat(), "source": rng.choice(OUTLETS), "text": " ".join(body),
                            "events": [], "none_sentences": body})
    return reports


def main() -> None:
    reports = build()
    out = HERE / "reports.jsonl"
    with out.open("w") as fh:
        for r in reports:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {s: sum(r["split"] == s for r in reports) for s in ("train", "dev", "test")}
    print(f"wrote {len(reports)} reports to {out}: {counts}")


if __name__ == "__main__":
    main()
