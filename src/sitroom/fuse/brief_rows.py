"""The morning brief's records (brief.py builds them; export/brief.py renders them): each line with its
evidence, a document and the sentence in it."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from ..store.models import Row


class Evidence(Row):
    """Where a line of the brief comes from: a document and the sentence in it."""

    document_id: int
    document_title: Optional[str] = None
    document_url: Optional[str] = None
    published: Optional[str] = None
    published_inferred: bool = False  # the publication date is a guess from the text, not given
    sentence: Optional[int] = None  # index of the sentence in the document
    start: Optional[int] = None  # character offsets of the evidence in the document's text
    end: Optional[int] = None
    text: str
    event_id: Optional[int] = None  # the event the line is about (the dashboard's drill-down)
    claim_id: Optional[int] = None


class BriefEvent(Row):
    event_id: int
    incident_id: Optional[int] = None
    event_type: str
    sub_event_type: str
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    date_from_publication: Optional[str] = None  # EventRow.date_from_publication: the text gives no date
    location: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    # Supplied by an ACLED convention, not named in the report (EventRow.actor1_by_rule).
    actor1_by_rule: bool = False
    actor2_by_rule: bool = False
    fatalities: Optional[int] = None
    modality: str = "asserted"
    sources: int = 1  # independent documents reporting its incident
    evidence: Evidence


class PlaceGroup(Row):
    """The new events at one place (a location within its province and country), by type."""

    place: str
    admin1: Optional[str] = None
    country: Optional[str] = None
    by_type: dict[str, int]
    events: list[BriefEvent]


class ControlChange(Row):
    place: str
    admin1: Optional[str] = None
    country: Optional[str] = None
    before: Optional[str] = None  # the controller the day before the window; None: none known
    after: str
    since: Optional[str] = None
    since_label: Optional[str] = None  # ControlRow.since_label: with its range's end, "(inferred)" when a guess
    contested: bool = False
    claimed_only: bool = False
    partial: bool = False  # the evidence is about parts of the place only
    evidence: Evidence


class SingleSourceClaim(Row):
    claim_id: int
    kind: str
    speaker: Optional[str] = None
    quote: str
    modality: str = "asserted"
    source: Optional[str] = None  # the outlet of its document
    evidence: Evidence


class DeadlinePassed(Row):
    claim_id: int
    kind: str
    speaker: Optional[str] = None
    quote: str
    made_on: Optional[str] = None
    made_on_inferred: bool = False
    deadline: Optional[str] = None
    status: str
    reason: str
    evidence_event_ids: list[int] = Field(default_factory=list)
    evidence: Evidence


class Brief(Row):
    """The morning brief over ``since``..``until``. ``totals`` counts every line, also those past ``limit``."""

    since: str
    until: str
    generated_at: str
    places: list[PlaceGroup] = Field(default_factory=list)
    control_changes: list[ControlChange] = Field(default_factory=list)
    single_source_claims: list[SingleSourceClaim] = Field(default_factory=list)
    deadlines: list[DeadlinePassed] = Field(default_factory=list)
    totals: dict[str, int] = Field(default_factory=dict)
