"""Records to table rows and rows back to row models."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Mapping, Optional

from ..records import (
    ActorMention, Claim, ContentFlag, Event, Extraction, PlaceMention, Published, SourceDocument,
)
from .placekeys import event_keys, place_mention_keys
from .models import ActorRow, ClaimRow, DocumentRow, EventRow, FlagRow, PlaceRow


class RawJSON(str):
    """A JSON column's value already serialised: the bulk path's COPY writes it as it is instead of
    dumping it again."""


class JSONBytes(bytes):
    """A record's JSON as pydantic's serialiser writes it, UTF-8 (``model_dump_json`` without its decode):
    the bulk path's COPY puts it into the line as it is."""


def _data(model, as_text: bool):
    if as_text:
        return JSONBytes(model.__pydantic_serializer__.to_json(model))
    return model.model_dump(mode="json")


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_hash(src: SourceDocument) -> str:
    """The document's exact-duplicate key: the one acquire computed, else sha256 of the text."""
    return src.content_hash or hashlib.sha256(src.text.encode("utf-8")).hexdigest()


def document_values(src: SourceDocument, published: Published, language: Optional[str],
                    extraction: Optional[Extraction], signature: Optional[bytes],
                    duplicate_of: Optional[int]) -> dict[str, Any]:
    return {
        "uri": src.uri, "url": src.url, "title": src.title, "source": src.source, "format": src.format,
        "encoding": src.encoding, "content_hash": content_hash(src), "text": src.text,
        **published_values(published), "language": language,
        "extractor_version": extraction.extractor_version if extraction else "",
        "extraction_error": extraction.error if extraction else None,
        "signature": signature, "duplicate_of": duplicate_of, "ingested_at": now_iso(),
    }


def published_values(p: Published) -> dict[str, Any]:
    return {"published": p.value, "published_source": p.source, "published_inferred": p.inferred,
            "published_note": p.note}


def place_values(p: PlaceMention, as_text: bool = False) -> dict[str, Any]:
    return {
        "text": p.text, "sentence": p.sentence, "start": p.start, "end": p.end, "extractor": p.extractor,
        "name": p.name, "gazetteer_id": p.gazetteer_id, "lat": p.lat, "lon": p.lon, "level": p.level,
        "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "confidence": p.confidence,
        "role": p.role, "geo_precision": p.geo_precision, "data": _data(p, as_text),
        **place_mention_keys(p.name, p.admin1),
    }


def actor_values(a: ActorMention, as_text: bool = False) -> dict[str, Any]:
    return {
        "text": a.text, "sentence": a.sentence, "start": a.start, "end": a.end, "extractor": a.extractor,
        "name": a.name, "kind": a.kind, "actor_type": a.actor_type, "inter": a.inter, "country": a.country,
        "role": a.role, "organisation": a.organisation, "known": a.known, "data": _data(a, as_text),
    }


def event_values(e: Event, as_text: bool = False) -> dict[str, Any]:
    a1, a2, loc = e.actor1, e.actor2, e.location
    values = {
        "event_type": e.event_type, "sub_event_type": e.sub_event_type, "confidence": e.confidence,
        "actor1": a1.name if a1 else None, "actor1_text": a1.text if a1 else None,
        "actor1_type": a1.actor_type if a1 else None, "actor1_inter": a1.inter if a1 else None,
        "actor2": a2.name if a2 else None, "actor2_text": a2.text if a2 else None,
        "actor2_type": a2.actor_type if a2 else None, "actor2_inter": a2.inter if a2 else None,
        "location_name": (loc.name or loc.text) if loc else None, "location_text": loc.text if loc else None,
        "gazetteer_id": loc.gazetteer_id if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "level": loc.level if loc else None,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None, "geo_precision": loc.geo_precision if loc else None,
        "date_start": e.date.start, "date_end": e.date.end or e.date.start, "date_precision": e.date.precision,
        "date_text": e.date.text, "fatalities": e.fatalities, "injured": e.injured, "arrested": e.arrested,
        "modality": e.modality, "hedges": list(e.hedges), "source": e.source,
        "evidence_sentence": e.evidence.sentence, "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end, "evidence_text": e.evidence.text, "trigger": e.trigger,
        "plover_type": e.plover_type, "plover_mode": e.plover_mode, "cameo_root": e.cameo_root,
        "extractor": e.extractor, "data": _data(e, as_text),
    }
    values.update(event_keys(values["location_name"], values["admin1"], values["admin2"]))
    return values


def claim_values(c: Claim, as_text: bool = False) -> dict[str, Any]:
    s, d = c.speaker, c.deadline
    return {
        "kind": c.kind, "speaker": s.name if s else None, "speaker_role": s.role if s else None,
        "speaker_organisation": s.organisation if s else None,
        "quote": c.quote.text, "quote_start": c.quote.start, "quote_end": c.quote.end,
        "modality": c.modality, "stance": c.stance,
        "deadline_start": d.start if d else None, "deadline_end": d.end if d else None,
        "deadline_precision": d.precision if d else None, "controller": c.controller,
        "sentence": c.sentence, "start": c.start, "end": c.end, "extractor": c.extractor,
        "data": _data(c, as_text),
    }


def flag_values(f: ContentFlag, as_text: bool = False) -> dict[str, Any]:
    return {"flag": f.flag, "cue": f.cue, "sentence": f.sentence, "start": f.start, "end": f.end,
            "extractor": f.extractor}


def _pick(model, data: Mapping[str, Any]) -> dict[str, Any]:
    # Keep only fields this version knows: rows written by a newer sitroom may carry more.
    return {k: data[k] for k in model.model_fields if k in data}


def document_row(r: Mapping[str, Any]) -> DocumentRow:
    return DocumentRow(**_pick(DocumentRow, r))


def event_rows(result, keys: Optional[list[str]] = None) -> list[EventRow]:
    """EventRows from a result whose columns are all EventRow fields (the fast path for pages), or from
    rows of such a result and its column names ``keys``."""
    keys = list(result.keys()) if keys is None else keys
    out = []
    for values in result:
        data = dict(zip(keys, values))
        data["hedges"] = data["hedges"] or []
        out.append(EventRow.model_validate(data))
    return out


def place_row(r: Mapping[str, Any]) -> PlaceRow:
    return PlaceRow(**_pick(PlaceRow, {**r["data"], "id": r["id"], "document_id": r["document_id"]}))


def actor_row(r: Mapping[str, Any]) -> ActorRow:
    return ActorRow(**_pick(ActorRow, {**r["data"], "id": r["id"], "document_id": r["document_id"]}))


def flag_row(r: Mapping[str, Any]) -> FlagRow:
    return FlagRow(**_pick(FlagRow, r))


def claim_row(r: Mapping[str, Any]) -> ClaimRow:
    c = Claim.model_validate(_pick(Claim, r["data"]))
    return ClaimRow(
        **_pick(ClaimRow, r),
        hedges=c.hedges, quantities=c.quantities, places=c.places,
    )
