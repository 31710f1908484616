"""Row models of what fusion decides (sitroom.fuse): incidents with their reports side by side, who controls
a place and on what evidence, and the ledger of commitments and predictions; the store's other rows are in
models.py."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field, computed_field

from .models import Row


class ReportDetail(Row):
    """One report of an incident: the detail as that source gives it."""

    event_id: int
    document_id: int
    document_title: Optional[str] = None
    source: Optional[str] = None
    independent_of: Optional[int] = None  # the original document when this one is a near-duplicate copy
    date_start: Optional[str] = None
    fatalities: Optional[int] = None
    modality: str = "asserted"
    evidence_text: str


class IncidentRow(Row):
    """Reports of one incident fused: conflicting details are kept side by side."""

    id: int
    event_type: str
    sub_event_type: str
    sub_event_types: list[str] = Field(default_factory=list)
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    location_name: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    actors: list[str] = Field(default_factory=list)
    reports: int  # events (mentions) fused into it
    sources: int  # independent sources: outlets of the original texts (a copy counts with its original), or documents whose outlet is unknown
    fatalities: list[int] = Field(default_factory=list)  # distinct figures reported
    fatalities_conflict: bool = False
    details: list[ReportDetail] = Field(default_factory=list)


class ControlEvidence(Row):
    kind: Literal["event", "claim"]
    id: int
    document_id: int
    date: Optional[str] = None
    date_end: Optional[str] = None  # the last day of an event dated to a range (the first is ``date``)
    # The date is counted from a publication date that is itself a guess (an inferred date's "the past 24
    # hours", or an undated report's publication), or is that publication date.
    date_inferred: bool = False
    controller: str
    sub_event_type: Optional[str] = None  # for events
    modality: str = "asserted"
    source: Optional[str] = None  # the outlet that published the report
    cited: Optional[str] = None  # whom the report cites (an event's source, a claim's speaker)
    text: str
    # False: the controller's own side says it, or the report hedges it ("claimed", "reportedly"): it does
    # not override firm evidence of another controller (see sitroom.fuse.control).
    firm: bool = True
    partial: bool = False  # about part of the place only ("most areas of Kunduz")


class ControlRow(Row):
    """Who controls a place as of a date, and on what evidence."""

    place: str
    gazetteer_id: Optional[str] = None
    level: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    controller: str
    # The first day of the earliest evidence of the run naming the controller (an event's range starts
    # there: the same whatever the as-of date), its last day when a range, and whether it is a guess.
    since: Optional[str] = None
    since_end: Optional[str] = None
    since_inferred: bool = False
    contested: bool = False  # another controller claimed within the same window
    claimed_only: bool = False  # no event, only claims, supports the controller
    partial: bool = False  # the evidence for the controller is about parts of the place only: not all of it
    evidence: list[ControlEvidence] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def since_label(self) -> Optional[str]:
        """``since`` as every view shows it: "2021-07-11..2021-07-12 (inferred)"."""
        return since_label(self.since, self.since_end, self.since_inferred)


def since_label(since: Optional[str], since_end: Optional[str], inferred: bool) -> Optional[str]:
    if not since:
        return None
    return since + (f"..{since_end}" if since_end and since_end != since else "") + (" (inferred)" if inferred else "")


LedgerStatus = Literal["kept", "broken", "open", "undetermined"]


class LedgerRow(Row):
    """A commitment or prediction and how later events bear on it."""

    claim_id: int
    document_id: int
    kind: str
    speaker: Optional[str] = None
    speaker_organisation: Optional[str] = None
    quote: str
    made_on: Optional[str] = None
    made_on_inferred: bool = False  # made_on is its report's publication date guessed from the text
    deadline: Optional[str] = None
    status: LedgerStatus
    reason: str
    evidence_event_ids: list[int] = Field(default_factory=list)
    evidence_claim_ids: list[int] = Field(default_factory=list)
    # Where the claim is judged (ISO alpha-2 codes) and up to when the store has reports from there.
    countries: list[str] = Field(default_factory=list)
    known_until: Optional[str] = None
