"""The roll-up tables: counts of the events and documents by the dimensions the dashboard filters on, kept
by triggers (see rollup.py and the migrations named below), so that totals read a few rows, not every event."""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, String, Table, Text, UniqueConstraint

from .schema_base import ISO_DATE, metadata

# Event counts per week and the dimensions the dashboard filters on (type, country, province): the
# timeline, the summary and filtered totals read these few rows instead of scanning every event
# (see rollup.py). Kept current by triggers on ``events`` (migration 0010) in the transaction that
# changes the events, whoever writes them. A row per (week of date_start, week of date_end, ...);
# '' stands for NULL (undated, no country), since NULLs never conflict in a unique key.
event_weeks = Table(
    "event_weeks", metadata,
    Column("week_start", ISO_DATE, nullable=False),
    Column("week_end", ISO_DATE, nullable=False),
    Column("event_type", String(100), nullable=False),
    Column("country", String(2), nullable=False),
    Column("admin1", String(200), nullable=False),
    Column("admin1_key", String(200), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("week_start", "week_end", "event_type", "country", "admin1", "admin1_key"),
)

# Documents per (language, extractor version), kept by triggers on ``documents`` (migration 0011): the
# summary's document counts without reading every document ('' stands for no language).
document_counts = Table(
    "document_counts", metadata,
    Column("language", String(12), nullable=False),
    Column("extractor_version", Text, nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("language", "extractor_version"),
)

# More roll-ups of the events (migration 0012), for counts whose filters or groups event_weeks has
# no dimension for; kept by triggers like it. event_place_weeks adds the event's place: its names and
# their search keys (the place filter), and its point (a map box), with located 0 and lat = lon = 0
# for an event without coordinates. Events sit on gazetteer points, so a box's total sums the rows
# of the points inside it, exactly, with no cells cut by its edges. event_actor_weeks adds actor1
# and actor2 (a pair per row, so an event both of whose actors match is counted once), without the
# province, which would multiply its rows; event_source_weeks the source (the source facet).
event_place_weeks = Table(
    "event_place_weeks", metadata,
    Column("week_start", ISO_DATE, nullable=False),
    Column("week_end", ISO_DATE, nullable=False),
    Column("event_type", String(100), nullable=False),
    Column("country", String(2), nullable=False),
    Column("admin1", String(200), nullable=False),
    Column("admin1_key", String(200), nullable=False),
    Column("admin2", String(200), nullable=False),
    Column("admin2_key", String(200), nullable=False),
    Column("location_name", String(300), nullable=False),
    Column("location_key", String(300), nullable=False),
    Column("located", Integer, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("week_start", "week_end", "event_type", "country", "admin1", "admin1_key", "admin2",
                     "admin2_key", "location_name", "location_key", "located", "lat", "lon",
                     name="uq_event_place_weeks_key"),
)

# event_place_weeks split by confidence band (migration 0014): how many of 0.05, 0.10, ..., 1.0 the
# event's confidence reaches (-1 below 0), so a minimum confidence on that grid (the dashboard's slider)
# is a condition on the band.
event_confidence_weeks = Table(
    "event_confidence_weeks", metadata,
    *[Column(c.name, c.type, nullable=False) for c in event_place_weeks.c if c.name != "n"],
    Column("confidence_band", Integer, nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("week_start", "week_end", "event_type", "country", "admin1", "admin1_key", "admin2",
                     "admin2_key", "location_name", "location_key", "located", "lat", "lon", "confidence_band",
                     name="uq_event_confidence_weeks_key"),
)
CONFIDENCE_BANDS = 20

# The counted columns of the actor roll-ups (by week and by day), after their dates, and their key's part.
ACTOR_ROLLUP_KEY = ("event_type", "country", "actor1", "actor2", "actor1_key", "actor2_key")


def _actor_rollup_columns() -> list[Column]:
    return [
        Column("event_type", String(100), nullable=False),
        Column("country", String(2), nullable=False),
        Column("actor1", String(300), nullable=False),
        Column("actor2", String(300), nullable=False),
        # lower(actor1), lower(actor2) (migration 0016): PostgreSQL's ILIKE is lower() of both sides and LIKE,
        # so the actor filter matches these with LIKE and one lower() of its pattern (queries.contains_lower).
        Column("actor1_key", String(300), nullable=False),
        Column("actor2_key", String(300), nullable=False),
        Column("n", Integer, nullable=False),
    ]


event_actor_weeks = Table(
    "event_actor_weeks", metadata,
    Column("week_start", ISO_DATE, nullable=False),
    Column("week_end", ISO_DATE, nullable=False),
    *_actor_rollup_columns(),
    UniqueConstraint("week_start", "week_end", *ACTOR_ROLLUP_KEY, name="uq_event_actor_weeks_key"),
)

# event_actor_weeks per exact start and end date (migration 0016): the weeks an actor filter's dates cut
# (a month's total was reading every event of those days: ~20,000 rows of ~1.5 kB at 10M events,
# growing with the events) and the timeline by day of an actor filter. Kept by triggers like the others.
event_actor_days = Table(
    "event_actor_days", metadata,
    Column("date_start", ISO_DATE, nullable=False),
    Column("date_end", ISO_DATE, nullable=False),
    *_actor_rollup_columns(),
    UniqueConstraint("date_start", "date_end", *ACTOR_ROLLUP_KEY, name="uq_event_actor_days_key"),
    # The unique key's leading date_start finds the days a week cut at its end; this one those cut at its start.
    Index("ix_event_actor_days_date_end", "date_end"),
)

# Every distinct actor pair and place (by its search keys) an event carries, with its count (migration
# 0017): the actor and place filters look the names they match up here and match the events by equality
# (names.py); the week roll-ups hold the same names once per week each is used.
event_actor_names = Table(
    "event_actor_names", metadata,
    Column("actor1", String(300), nullable=False),
    Column("actor2", String(300), nullable=False),
    Column("actor1_key", String(300), nullable=False),
    Column("actor2_key", String(300), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("actor1", "actor2", "actor1_key", "actor2_key", name="uq_event_actor_names_key"),
)

event_place_names = Table(
    "event_place_names", metadata,
    Column("location_key", String(300), nullable=False),
    Column("admin1_key", String(300), nullable=False),
    Column("admin2_key", String(300), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("location_key", "admin1_key", "admin2_key", name="uq_event_place_names_key"),
)

# Every distinct source an event names and outlet a document comes from, with its count (migration 0018):
# the source filter looks the ones it matches up here (names.py).
event_source_names = Table(
    "event_source_names", metadata,
    Column("source", String(300), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("source", name="uq_event_source_names_key"),
)

document_source_names = Table(
    "document_source_names", metadata,
    Column("source", String(300), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("source", name="uq_document_source_names_key"),
)

event_source_weeks = Table(
    "event_source_weeks", metadata,
    Column("week_start", ISO_DATE, nullable=False),
    Column("week_end", ISO_DATE, nullable=False),
    Column("event_type", String(100), nullable=False),
    Column("country", String(2), nullable=False),
    Column("source", String(300), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("week_start", "week_end", "event_type", "country", "source", name="uq_event_source_weeks_key"),
)

# Counts per exact start and end date (as stored, '' for none) and modality: the timeline by day, totals
# whose dates cut a week (compared as the events' own dates are, with no events to count at the
# edges), and the modality filter.
event_days = Table(
    "event_days", metadata,
    Column("event_type", String(100), nullable=False),
    Column("date_start", ISO_DATE, nullable=False),
    Column("date_end", ISO_DATE, nullable=False),
    Column("country", String(2), nullable=False),
    Column("admin1", String(200), nullable=False),
    Column("admin1_key", String(200), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("n", Integer, nullable=False),
    UniqueConstraint("event_type", "date_start", "date_end", "country", "admin1", "admin1_key", "modality",
                     name="uq_event_days_key"),
)
