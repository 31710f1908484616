"""Typed records shared by every stage, the `sitroom extract` JSON and the store.

These models are the contract between stages. Field names follow the
`sitroom extract` JSONL interface (issue 2) exactly; add fields, never rename.
Every extracted item carries its provenance: the sentence index, the character
span into the document text and the registered name of the extractor that made it.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# Where a publication date came from. "inferred" dates were guessed from the text.
DateSource = Literal["metadata", "dateline", "url", "inferred", "given", "unknown"]
# ACLED time precision, spelled out. "publication": the text gives no date of its own, so the date is its
# report's (the week up to publication; a month-only publication date's month): ACLED's precision 3, tagged
# "date from publication" wherever the event is shown.
DatePrecision = Literal["day", "part of month", "month", "year", "range", "publication", "unknown"]
PlaceLevel = Literal["country", "admin1", "admin2", "populated place", "border area", "other"]
Modality = Literal[
    "asserted", "reported", "alleged", "claimed", "denied", "planned",
    "threatened", "predicted", "hypothetical", "negated",
]
# Modalities of reports of what did not, or may not, happen: not events that took place.
NON_FACTUAL: frozenset[str] = frozenset({"negated", "planned", "threatened", "predicted", "hypothetical", "denied"})


class Record(BaseModel):
    """Base for all records: unknown keys are rejected so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Published(Record):
    """The publication date of a document and how it was found."""

    value: Optional[str] = None  # ISO date, YYYY-MM-DD
    source: DateSource = "unknown"
    inferred: bool = False
    # For inferred dates: the latest date the text mentions, which bounds the guess.
    note: Optional[str] = None

    @property
    def month_only(self) -> bool:
        """Whether only the month is known (a URL's /2015/10/ path): ``value`` is then its first day."""
        return month_only(self.source, self.note)


# The note read.published writes for a publication month from a URL's path (the day not known).
MONTH_ONLY_NOTE = "month {month} from the URL's path {path}; the day is not known"


def month_only(source: Optional[str], note: Optional[str]) -> bool:
    """Whether a stored publication date (its source and note) gives only a month."""
    return source == "url" and bool(note) and note.endswith("; the day is not known")


class DocumentIn(Record):
    """One input line of `sitroom extract`, and what acquire hands to the pipeline."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None

    @classmethod
    def from_input(cls, obj: object, default_published: Optional[str] = None) -> "DocumentIn":
        """A document from one parsed input record (a JSONL line, a Parquet row): a numeric id becomes a
        string, and ``default_published`` fills a missing date.
        RAISES ValueError: the record is not an object, or a field is missing or of the wrong type
            (the message is one line naming the field).
        """
        from pydantic import ValidationError

        if not isinstance(obj, dict):
            raise ValueError("not a JSON object")
        obj = dict(obj)
        if isinstance(obj.get("id"), (int, float)) and not isinstance(obj["id"], bool):
            obj["id"] = str(obj["id"])  # a numeric id; an object or a list is refused below, not its repr stored
        if default_published and not obj.get("published"):
            obj["published"] = default_published
        try:
            return cls.model_validate(obj)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise ValueError(f"field {'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from None


class SourceDocument(Record):
    """A document as acquire read it: text plus whatever metadata its container gave."""

    uri: str  # where it came from: a path, a URL, or path#entry for feeds, WARCs and dumps
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None  # outlet or site name
    published: Optional[str] = None  # raw metadata date, parsed later by read.published
    format: str = "text"  # text, markdown, html, feed, warc, jsonl, csv, api
    encoding: Optional[str] = None  # the encoding it was decoded from
    content_hash: str = ""  # sha256 of the normalised text: exact-duplicate key
    # The name its failures are recorded under when that is not ``uri`` (a dump's record: ``file:line``),
    # so storing it clears them.
    failure_source: Optional[str] = None

    @property
    def failure_sources(self) -> list[str]:
        """Every name a failure to read or store this input is recorded under."""
        return [self.uri] + ([self.failure_source] if self.failure_source and self.failure_source != self.uri else [])

    def to_document_in(self, doc_id: str) -> "DocumentIn":
        return DocumentIn(id=doc_id, text=self.text, published=self.published, title=self.title,
                          url=self.url, source=self.source)


class Span(Record):
    """A piece of the document text with its position (provenance)."""

    text: str
    start: int
    end: int
    sentence: int


class PlaceMention(Record):
    """A toponym found in the text and what it was resolved to."""

    text: str
    start: int
    end: int
    sentence: int = 0
    name: Optional[str] = None
    gazetteer_id: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    level: Optional[PlaceLevel] = None
    country: Optional[str] = None  # ISO 3166-1 alpha-2
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    confidence: float = 0.0
    resolution: Optional[str] = None  # how it was resolved, e.g. "admin-context", "population"
    # "location" for places where things happen; "metonym" for "Washington said".
    role: Literal["location", "metonym", "origin"] = "location"
    geo_precision: Optional[int] = None  # ACLED: 1 town, 2 district/near a town, 3 province or wider
    extractor: str = ""


class ActorMention(Record):
    """A mention of a canonical actor or of a person with a role."""

    text: str
    start: int
    end: int
    sentence: int = 0
    name: str  # canonical name from the catalogue, or the text as written
    kind: Literal["group", "person"] = "group"
    actor_type: Optional[str] = None  # e.g. "rebel group", "state forces"
    inter: Optional[int] = None  # ACLED interaction code 1..8
    country: Optional[str] = None
    role: Optional[str] = None  # for people: "spokesman", "President"
    organisation: Optional[str] = None  # for people: the canonical actor they speak for
    known: bool = True  # False when not in the catalogue ("kept as written")
    extractor: str = ""


class ActorRef(Record):
    """An event argument: the canonical actor and the words that named it."""

    name: str
    text: Optional[str] = None
    actor_type: Optional[str] = None
    inter: Optional[int] = None
    country: Optional[str] = None


class DateValue(Record):
    start: Optional[str] = None
    end: Optional[str] = None
    precision: DatePrecision = "unknown"
    text: Optional[str] = None


class TimeMention(Record):
    """A time expression in the text, resolved against the publication date."""

    text: str
    start: int
    end: int
    sentence: int = 0
    date: DateValue
    extractor: str = ""


class Evidence(Record):
    sentence: int
    start: int
    end: int
    text: str
    paragraph: Optional[int] = None  # the sentence's paragraph: figures are never taken across paragraphs


class Event(Record):
    """An event coded in the ACLED taxonomy (plus the five non-conflict types)."""

    event_type: str
    sub_event_type: str
    confidence: float
    actor1: Optional[ActorRef] = None
    actor2: Optional[ActorRef] = None
    location: Optional[PlaceMention] = None
    date: DateValue = Field(default_factory=DateValue)
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    # How a figure was read when the number is not the report's own words: a vague amount coded by ACLED's
    # convention, a stated zero, deaths and injuries told together (extract/events/figures.py).
    fatalities_note: Optional[str] = None
    modality: Modality = "asserted"
    hedges: list[str] = Field(default_factory=list)
    source: Optional[str] = None  # who reports it; the outlet when unattributed
    evidence: Evidence
    trigger: Optional[str] = None
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    cameo_root: Optional[str] = None
    extractor: str = ""
    # Where the extractor found the trigger: its character offset in the document being parsed (a segment's,
    # while extracting), so later steps read that very word when it occurs twice in the sentence ("killed
    # ... said they killed"). Not part of the output: the offset is the parse's, moved by no segment shift,
    # and the stored event does not need it. None when the event has no trigger or was not built so.
    _trigger_start: Optional[int] = PrivateAttr(default=None)


class Quantity(Record):
    value: float
    unit: Optional[str] = None
    text: str
    approximate: bool = False


class Speaker(Record):
    name: str
    text: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None


class Claim(Record):
    """Who says what: statements, commitments, predictions, control claims."""

    kind: str  # territorial control, commitment, prediction, accusation, request, denial, policy decision, statement, quantity
    speaker: Optional[Speaker] = None
    quote: Span
    modality: Modality = "asserted"
    stance: Optional[str] = None
    hedges: list[str] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    deadline: Optional[DateValue] = None
    # When the claim was made, if the text says ("On June 8, yet another date was appointed").
    statement_date: Optional[DateValue] = None
    places: list[PlaceMention] = Field(default_factory=list)
    controller: Optional[str] = None
    sentence: int
    start: int
    end: int
    extractor: str = ""


class ContentFlag(Record):
    flag: str  # e.g. "graphic violence"
    cue: str
    start: int
    end: int
    sentence: int = 0
    extractor: str = ""


class Extraction(Record):
    """One output line of `sitroom extract`."""

    id: str
    published: Published
    language: Optional[str] = None
    places: list[PlaceMention] = Field(default_factory=list)
    actors: list[ActorMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    flags: list[ContentFlag] = Field(default_factory=list)
    extractor_version: str = ""
    error: Optional[str] = None
