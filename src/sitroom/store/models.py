"""Row models the store returns: pydantic, so the CLI and the web app serialise them alike.

Filters (:class:`EventFilter`, :class:`ClaimFilter`) are models too, so the web
app can take them straight from query parameters and the CLI from options.
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ..records import ActorMention, ContentFlag, PlaceMention, Published, Quantity, month_only


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EventFilter(Row):
    """What `sitroom events`, `/api/events` and exports filter on. Empty fields do not filter."""

    since: Optional[str] = None  # ISO date: events ending on or after it
    until: Optional[str] = None  # ISO date: events starting on or before it
    event_type: Optional[list[str]] = None
    sub_event_type: Optional[str] = None
    actor: Optional[str] = None  # substring of actor1 or actor2, any case
    place: Optional[str] = None  # part of the location name, admin1 or admin2, however spelled (Faryab: Fāryāb)
    country: Optional[str] = None  # ISO alpha-2 or a country name
    admin1: Optional[str] = None  # the admin1 name, however spelled (Paktia, Paktya: Paktiyā)
    min_confidence: Optional[float] = None
    modality: Optional[list[str]] = None
    source: Optional[str] = None  # substring of the event's source or the document's outlet
    document_id: Optional[int] = None
    incident_id: Optional[int] = None
    bbox: Optional[tuple[float, float, float, float]] = None  # min_lon, min_lat, max_lon, max_lat
    located: Optional[bool] = None  # True: only events with coordinates


class ClaimFilter(Row):
    kind: Optional[str] = None  # substring of the claim kind ("territorial control", "commitment")
    speaker: Optional[str] = None  # substring of speaker name or organisation
    modality: Optional[list[str]] = None
    q: Optional[str] = None  # substring of the quote
    document_id: Optional[int] = None
    has_deadline: Optional[bool] = None
    since: Optional[str] = None  # document published on or after
    until: Optional[str] = None
    events: Optional[EventFilter] = None  # only claims in documents that report an event matching it


class DocumentRow(Row):
    id: int
    uri: str
    url: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    format: str = "text"
    encoding: Optional[str] = None
    content_hash: str
    published: Optional[str] = None
    published_source: str = "unknown"
    published_inferred: bool = False
    published_note: Optional[str] = None
    language: Optional[str] = None
    extractor_version: str = ""
    extraction_error: Optional[str] = None
    duplicate_of: Optional[int] = None
    ingested_at: str
    events: int = 0  # number of events extracted from it


def outlet_of(source: Optional[str], url: Optional[str]) -> Optional[str]:
    """The outlet that published a report: its name, else its web site's host (None when neither is known)."""
    if source:
        return source
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def publication_date_tag(date_start: Optional[str], precision: str, date_text: Optional[str],
                         published_source: str, published_inferred: bool,
                         published_note: Optional[str]) -> Optional[str]:
    """``date from publication`` (and why the publication date is itself uncertain) for a date the text
    does not give, else None. Stores extracted before the "publication" precision hold such a date as
    a range with no words of the text behind it."""
    if not date_start or not (precision == "publication" or (precision == "range" and not date_text)):
        return None
    if month_only(published_source, published_note):
        return "date from publication (only its month is known, from the URL)"
    if published_inferred:
        return "date from publication (itself inferred from the text)"
    return "date from publication"


class EventRow(Row):
    """A stored event: every :class:`sitroom.records.Event` field flattened, plus where it came from."""

    id: int
    document_id: int
    document_title: Optional[str] = None
    document_url: Optional[str] = None
    document_published: Optional[str] = None
    # How the publication date was found (metadata, given, inferred, unknown): an inferred date is a guess.
    document_published_source: str = "unknown"
    document_published_inferred: bool = False
    document_published_note: Optional[str] = None
    document_source: Optional[str] = None  # the outlet that published the document
    incident_id: Optional[int] = None
    event_type: str
    sub_event_type: str
    confidence: float
    actor1: Optional[str] = None
    actor1_text: Optional[str] = None
    actor1_type: Optional[str] = None
    actor1_inter: Optional[int] = None
    actor2: Optional[str] = None
    actor2_text: Optional[str] = None
    actor2_type: Optional[str] = None
    actor2_inter: Optional[int] = None
    location_name: Optional[str] = None
    location_text: Optional[str] = None
    gazetteer_id: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    level: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    geo_precision: Optional[int] = None
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    date_precision: str = "unknown"
    date_text: Optional[str] = None
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    fatalities_note: Optional[str] = None  # how a figure was read: an ACLED convention, a stated zero...
    modality: str = "asserted"
    hedges: list[str] = Field(default_factory=list)
    source: Optional[str] = None
    evidence_sentence: int
    evidence_start: int
    evidence_end: int
    evidence_text: str
    trigger: Optional[str] = None
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    cameo_root: Optional[str] = None
    extractor: str = ""

    # An actor the report does not name (its words are empty) was supplied by one of ACLED's conventions
    # (extract/events/conventions.py: "Civilians (X)" as victims, "Police Forces of X" making arrests,
    # the state's forces losing territory...): outputs mark it so it is not read as the report's own.
    @computed_field  # type: ignore[prop-decorator]
    @property
    def actor1_by_rule(self) -> bool:
        """Actor 1 was supplied by an ACLED convention, not named in the report."""
        return bool(self.actor1) and not self.actor1_text

    @computed_field  # type: ignore[prop-decorator]
    @property
    def actor2_by_rule(self) -> bool:
        """Actor 2 was supplied by an ACLED convention, not named in the report."""
        return bool(self.actor2) and not self.actor2_text

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_from_publication(self) -> Optional[str]:
        """How an event its text does not date is dated by its report's publication (None when the text
        dates it): ``date from publication``, with why that date is itself uncertain."""
        return publication_date_tag(self.date_start, self.date_precision, self.date_text,
                                    self.document_published_source, self.document_published_inferred,
                                    self.document_published_note)

    def actors_marked(self) -> str:
        """"Taliban vs Military Forces of Afghanistan (by rule)": the actors as tables show them, "" for none."""
        return " vs ".join(a + (" (by rule)" if rule else "") for a, rule in
                           ((self.actor1, self.actor1_by_rule), (self.actor2, self.actor2_by_rule)) if a)


class PlaceRow(PlaceMention):
    """A place mention as stored."""

    id: int
    document_id: int


class ActorRow(ActorMention):
    id: int
    document_id: int


class FlagRow(ContentFlag):
    id: int
    document_id: int


class ClaimRow(Row):
    """A stored claim, with its speaker and deadline flattened for tables."""

    id: int
    document_id: int
    document_title: Optional[str] = None
    document_published: Optional[str] = None
    document_published_inferred: bool = False  # the publication date is a guess from the text
    document_source: Optional[str] = None
    document_url: Optional[str] = None
    kind: str
    speaker: Optional[str] = None
    speaker_role: Optional[str] = None
    speaker_organisation: Optional[str] = None
    quote: str
    quote_start: int
    quote_end: int
    modality: str = "asserted"
    stance: Optional[str] = None
    hedges: list[str] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    deadline_start: Optional[str] = None
    deadline_end: Optional[str] = None
    deadline_precision: Optional[str] = None
    places: list[PlaceMention] = Field(default_factory=list)
    controller: Optional[str] = None
    sentence: int
    start: int
    end: int
    extractor: str = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def deadline(self) -> Optional[str]:
        """The claim's one deadline: the last day of its window ("by August" ends on August 31).

        `show`, `/api/claims` and the ledger all give this date.
        """
        return self.deadline_end or self.deadline_start


class PlaceSummary(Row):
    """A distinct place across all documents, with how often it is mentioned."""

    name: str
    gazetteer_id: Optional[str] = None
    level: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    mentions: int
    documents: int


class ActorSummary(Row):
    name: str
    kind: str = "group"
    actor_type: Optional[str] = None
    inter: Optional[int] = None
    country: Optional[str] = None
    mentions: int
    documents: int


class DocumentView(Row):
    """A document with everything extracted from it, for `sitroom show` and the document page."""

    document: DocumentRow
    text: str
    published: Published
    places: list[PlaceRow] = Field(default_factory=list)
    actors: list[ActorRow] = Field(default_factory=list)
    events: list[EventRow] = Field(default_factory=list)
    claims: list[ClaimRow] = Field(default_factory=list)
    flags: list[FlagRow] = Field(default_factory=list)


class StatRow(Row):
    period: str  # the day, or the Monday that starts the ISO week
    event_type: str
    count: int


class Summary(Row):
    """What `sitroom stats` and the end of `make demo` print."""

    documents: int
    duplicates: int  # exact-duplicate inputs skipped
    near_duplicates: int  # stored documents linked to an earlier copy
    events_by_type: dict[str, int] = Field(default_factory=dict)
    events: int = 0
    incidents: int = 0
    places: int = 0  # distinct resolved places
    actors: int = 0  # distinct actors
    claims: int = 0
    failures: int = 0
    languages: dict[str, int] = Field(default_factory=dict)
    extractor_versions: dict[str, int] = Field(default_factory=dict)
    date_range: Optional[tuple[str, str]] = None  # earliest and latest event date


class FailureRow(Row):
    id: int
    source: str
    reason: str
    at: str


