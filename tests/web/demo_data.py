"""Hand-built documents and records for the web tests: no spaCy, true character spans.

Three reports about fighting in Afghanistan (two of them report the same Garmsir
clash with different death tolls, so they fuse into one incident), one protest, and
one hostile report whose text, title, source, actor and place names carry markup
that would run script if any view rendered it as HTML.
"""

from __future__ import annotations

from sitroom.records import ActorMention, ActorRef, Evidence, Event, DateValue, PlaceMention
from sitroom.store.testing import TEST_EXTRACTOR, actor, claim, event, extraction, place, published, source

GARMSIR_A = (
    "Taliban fighters attacked government positions in Garmsir district on 6 July 2021. "
    "Officials said 12 soldiers were killed in the clash. "
    "An airstrike in Lashkar Gah killed five militants on 7 July. "
    "Taliban spokesman Zabihullah Mujahid said the group now controls Garmsir."
)
GARMSIR_B = (
    "Heavy fighting was reported in Garmsir on 6 July 2021 between the Taliban and Afghan forces. "
    "A local elder said 5 soldiers died."
)
KUNDUZ = (
    "Hundreds of residents protested in Kunduz on 15 July 2021 against the rising violence. "
    "The protest ended peacefully. "
    "The governor promised that the Taliban would be driven out of Kunduz by 31 July 2021."
)
# Everything an attacker could put in a report: if any of it executes, window.__pwned is set.
HOSTILE = (
    "Breaking: <script>window.__pwned = 'script'</script> clashes in Kandahar on 10 July 2021. "
    "<img src=x onerror=\"window.__pwned = 'onerror'\"> Witnesses said 3 people were killed. "
    "<a href=\"javascript:window.__pwned = 'link'\">Read more</a> "
    "<style>body { display: none !important; }</style><div style=\"background:url(javascript:alert(1))\">x</div> "
    "<svg onload=\"window.__pwned = 'svg'\"></svg><iframe src=\"javascript:window.__pwned = 'iframe'\"></iframe>"
)
HOSTILE_NAME = "<img src=x onerror=\"window.__pwned = 'name'\">"


def _hostile_event() -> Event:
    ev = event(HOSTILE, "clashes in Kandahar on 10 July 2021", "Battles", "Armed clash",
               actor1="Taliban", where="Kandahar", date="2021-07-10", fatalities=3, source_name=HOSTILE_NAME)
    # An actor "kept as written" and a place label can carry markup too.
    ev = ev.model_copy(update={"actor2": ActorRef(name=HOSTILE_NAME, text=HOSTILE_NAME)})
    loc = ev.location.model_copy(update={"name": "Kandahar <script>window.__pwned='place'</script>"})
    return ev.model_copy(update={"location": loc})


def _hostile_markup_event() -> Event:
    """An event whose evidence span covers the <img onerror> markup itself."""
    start = HOSTILE.index("<img")
    end = HOSTILE.index("killed.") + len("killed.")
    return Event(event_type="Violence against civilians", sub_event_type="Attack", confidence=0.6,
                 location=PlaceMention(text="Kandahar", start=HOSTILE.index("Kandahar"), end=HOSTILE.index("Kandahar") + 8,
                                       name="Kandahar", lat=31.6133, lon=65.7101, country="AF", admin1="Kandahar",
                                       level="populated place", extractor=TEST_EXTRACTOR),
                 date=DateValue(start="2021-07-10", end="2021-07-10", precision="day"), fatalities=3,
                 evidence=Evidence(sentence=1, start=start, end=end, text=HOSTILE[start:end]), extractor=TEST_EXTRACTOR)


def fill_demo_store(store) -> dict[str, int]:
    """Store the demo documents; returns their ids by name."""
    ids = {}
    ids["garmsir_a"] = store.add_document(
        source(GARMSIR_A, uri="test://garmsir-a", title="Taliban attack Garmsir", source="Pajhwok", url="https://example.org/garmsir"),
        published("2021-07-08"), "en",
        extraction(published="2021-07-08",
                   events=[
                       event(GARMSIR_A, "Taliban fighters attacked government positions in Garmsir district on 6 July 2021.",
                             "Battles", "Armed clash", actor1="Taliban", actor2="Military Forces of Afghanistan",
                             where="Garmsir", date="2021-07-06", fatalities=12, source_name="Officials"),
                       event(GARMSIR_A, "An airstrike in Lashkar Gah killed five militants on 7 July.",
                             "Explosions/Remote violence", "Air/drone strike", actor1="Military Forces of Afghanistan",
                             actor2="Taliban", where="Lashkar Gah", date="2021-07-07", fatalities=5, modality="reported"),
                       event(GARMSIR_A, "the group now controls Garmsir", "Battles", "Non-state actor overtakes territory",
                             actor1="Taliban", where="Garmsir", date="2021-07-08", modality="claimed",
                             source_name="Zabihullah Mujahid"),
                   ],
                   claims=[claim(GARMSIR_A, "the group now controls Garmsir", "territorial control",
                                 speaker="Zabihullah Mujahid", organisation="Taliban", places=("Garmsir",), controller="Taliban")],
                   places=[place(GARMSIR_A, "Garmsir"), place(GARMSIR_A, "Lashkar Gah")],
                   actors=[actor(GARMSIR_A, "Taliban")]),
    )
    ids["garmsir_b"] = store.add_document(
        source(GARMSIR_B, uri="test://garmsir-b", title="Fighting in Garmsir", source="Tolo News"),
        published("2021-07-09"), "en",
        extraction(published="2021-07-09",
                   events=[event(GARMSIR_B, "Heavy fighting was reported in Garmsir on 6 July 2021 between the Taliban and Afghan forces.",
                                 "Battles", "Armed clash", actor1="Taliban", actor2="Military Forces of Afghanistan",
                                 where="Garmsir", date="2021-07-06", fatalities=5, modality="reported", source_name="A local elder")],
                   places=[place(GARMSIR_B, "Garmsir")], actors=[actor(GARMSIR_B, "Taliban")]),
    )
    ids["kunduz"] = store.add_document(
        source(KUNDUZ, uri="test://kunduz", title="Protest in Kunduz", source="Ariana"),
        published("2021-07-16"), "en",
        extraction(published="2021-07-16",
                   events=[event(KUNDUZ, "Hundreds of residents protested in Kunduz on 15 July 2021 against the rising violence.",
                                 "Protests", "Peaceful protest", actor1="Civilians (Afghanistan)", where="Kunduz",
                                 date="2021-07-15", fatalities=0)],
                   claims=[claim(KUNDUZ, "the Taliban would be driven out of Kunduz by 31 July 2021", "commitment",
                                 speaker="the governor", deadline="2021-07-31", modality="asserted")],
                   places=[place(KUNDUZ, "Kunduz")]),
    )
    ids["hostile"] = store.add_document(
        source(HOSTILE, uri="test://hostile", title=HOSTILE_NAME + " <b>bold</b>", source=HOSTILE_NAME,
               url="javascript:window.__pwned='doc-url'"),
        published("2021-07-11"), "en",
        extraction(published="2021-07-11", events=[_hostile_event(), _hostile_markup_event()],
                   places=[place(HOSTILE, "Kandahar")],
                   actors=[ActorMention(text="script", start=HOSTILE.index("script"), end=HOSTILE.index("script") + 6,
                                        name=HOSTILE_NAME, known=False, extractor=TEST_EXTRACTOR)],
                   claims=[claim(HOSTILE, "<a href=\"javascript:window.__pwned = 'link'\">Read more</a>", "statement",
                                 speaker=HOSTILE_NAME)]),
    )
    return ids
