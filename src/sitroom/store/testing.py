"""Builders of hand-made records for tests of the store, fusion, exports and the web app.

They make :mod:`sitroom.records` objects whose spans point into a real text, so
tests are fast (no spaCy) and still carry true provenance.
"""

from __future__ import annotations

import hashlib
from typing import Optional

from ..records import (
    ActorMention, ActorRef, Claim, DateValue, Event, Evidence, Extraction, PlaceMention, Published,
    SourceDocument, Span, Speaker,
)

TEST_EXTRACTOR = "sitroom.test.v1"

# Gazetteer facts for the places tests use (GeoNames coordinates).
PLACES = {
    "Garmsir": dict(name="Garmsir", level="admin2", country="AF", admin1="Helmand", admin2="Garmsir",
                    lat=31.1168, lon=64.1995, geo_precision=2, gazetteer_id="1141089"),
    "Lashkar Gah": dict(name="Lashkar Gah", level="populated place", country="AF", admin1="Helmand",
                        admin2="Lashkar Gah", lat=31.5938, lon=64.3716, geo_precision=1, gazetteer_id="1457964"),
    "Kandahar": dict(name="Kandahar", level="populated place", country="AF", admin1="Kandahar",
                     admin2="Kandahar", lat=31.6133, lon=65.7101, geo_precision=1, gazetteer_id="1138336"),
    "Helmand": dict(name="Helmand", level="admin1", country="AF", admin1="Helmand", lat=31.0, lon=64.0,
                    geo_precision=3, gazetteer_id="1140026"),
    "Kunduz": dict(name="Kunduz", level="populated place", country="AF", admin1="Kunduz", admin2="Kunduz",
                   lat=36.728, lon=68.8681, geo_precision=1, gazetteer_id="1135689"),
    "Faryab": dict(name="Faryab", level="admin1", country="AF", admin1="Faryab", lat=36.0, lon=64.8333,
                   geo_precision=3, gazetteer_id="1142226"),
    "Dallas": dict(name="Dallas", level="populated place", country="US", admin1="Texas", lat=32.78, lon=-96.81,
                   geo_precision=1),
    "Afghanistan": dict(name="Afghanistan", level="country", country="AF", lat=33.0, lon=66.0,
                        geo_precision=3, gazetteer_id="1149361"),
}
ACTORS = {
    "Taliban": dict(actor_type="rebel group", inter=2, country="AF"),
    "Military Forces of Afghanistan": dict(actor_type="state forces", inter=1, country="AF"),
    "Islamic State Khorasan Province": dict(actor_type="rebel group", inter=2, country="AF"),
    "Civilians (Afghanistan)": dict(actor_type="civilians", inter=7, country="AF"),
}


def source(text: str, uri: str = "test://doc", **meta) -> SourceDocument:
    """A SourceDocument with its content hash set as acquire would."""
    return SourceDocument(uri=uri, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), **meta)


def _find(text: str, phrase: str) -> tuple[int, int]:
    start = text.find(phrase)
    if start < 0:
        raise ValueError(f"{phrase!r} is not in the text")
    return start, start + len(phrase)


def _sentence_of(text: str, offset: int) -> int:
    # Sentences end at ". " in the hand-written test texts.
    return text[:offset].count(". ")


def place(text: str, name: str, surface: Optional[str] = None) -> PlaceMention:
    start, end = _find(text, surface or name)
    return PlaceMention(text=text[start:end], start=start, end=end, sentence=_sentence_of(text, start),
                        confidence=0.9, extractor=TEST_EXTRACTOR, **PLACES[name])


def actor(text: str, name: str, surface: Optional[str] = None) -> ActorMention:
    start, end = _find(text, surface or name)
    return ActorMention(text=text[start:end], start=start, end=end, sentence=_sentence_of(text, start), name=name,
                        extractor=TEST_EXTRACTOR, **ACTORS.get(name, {}))


def ref(name: Optional[str]) -> Optional[ActorRef]:
    if name is None:
        return None
    info = ACTORS.get(name, {})
    return ActorRef(name=name, text=name, actor_type=info.get("actor_type"), inter=info.get("inter"),
                    country=info.get("country"))


def event(text: str, evidence: str, event_type: str, sub_event_type: str, *, actor1: Optional[str] = None,
          actor2: Optional[str] = None, where: Optional[str] = None, date: Optional[str] = None,
          date_end: Optional[str] = None, precision: str = "day", fatalities: Optional[int] = None,
          modality: str = "asserted", confidence: float = 0.8, source_name: Optional[str] = None) -> Event:
    """An event whose evidence is the phrase ``evidence`` of ``text``."""
    start, end = _find(text, evidence)
    return Event(
        event_type=event_type, sub_event_type=sub_event_type, confidence=confidence,
        actor1=ref(actor1), actor2=ref(actor2),
        location=place(text, where) if where and where in text else (
            PlaceMention(text=where, start=start, end=end, confidence=0.5, extractor=TEST_EXTRACTOR, **PLACES[where])
            if where else None),
        date=DateValue(start=date, end=date_end or date, precision=precision if date else "unknown"),
        fatalities=fatalities, modality=modality, source=source_name,
        evidence=Evidence(sentence=_sentence_of(text, start), start=start, end=end, text=text[start:end]),
        extractor=TEST_EXTRACTOR,
    )


def claim(text: str, quote: str, kind: str, *, speaker: Optional[str] = None, organisation: Optional[str] = None,
          deadline: Optional[str] = None, places: tuple[str, ...] = (), controller: Optional[str] = None,
          modality: str = "claimed") -> Claim:
    start, end = _find(text, quote)
    sentence = _sentence_of(text, start)
    return Claim(
        kind=kind, speaker=Speaker(name=speaker, organisation=organisation) if speaker else None,
        quote=Span(text=quote, start=start, end=end, sentence=sentence), modality=modality,
        deadline=DateValue(start=deadline, end=deadline, precision="day") if deadline else None,
        places=[place(text, p) for p in places], controller=controller,
        sentence=sentence, start=start, end=end, extractor=TEST_EXTRACTOR,
    )


def extraction(doc_id: str = "1", published: Optional[str] = None, *, events=(), claims=(), places=(), actors=(),
               version: str = "sitroom-test+" + TEST_EXTRACTOR) -> Extraction:
    return Extraction(id=doc_id, published=Published(value=published, source="metadata" if published else "unknown"),
                      language="en", events=list(events), claims=list(claims), places=list(places),
                      actors=list(actors), extractor_version=version)


def published(value: Optional[str]) -> Published:
    return Published(value=value, source="metadata" if value else "unknown")
