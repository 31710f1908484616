""""last Monday" in a report of a later day of the same week: the most recent Monday, unless the report writes out the
day of the week before (time/__init__.py last_weekday_written). Our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.test_time import _stage_times

pytestmark = pytest.mark.slow

WEDNESDAY = "2019-12-04"  # "last Monday" is 2019-12-02 or 2019-11-25


@pytest.mark.parametrize("text,day", [
    # the report names the week before's Monday: that is the one meant
    ("Police beat the activist last Monday in Managua. The attack took place on November 25, his wife said.",
     "2019-11-25"),
    ("Soldiers detained the two reporters last Monday. Their lawyer said they had been held since Nov. 25.",
     "2019-11-25"),
    ("Gunmen raided the village on 25 November 2019. Survivors of the raid last Monday fled to Jos.", "2019-11-25"),
])
def test_last_weekday_is_the_written_day_of_the_week_before(text, day):
    assert _stage_times(text, WEDNESDAY)["last Monday"] == (day, day, "day")


@pytest.mark.parametrize("text,published,day", [
    # nothing written out: the most recent Monday
    ("Police beat the activist last Monday in Managua.", WEDNESDAY, "2019-12-02"),
    # both Mondays written out: the nearer, as read alone
    ("Police beat him last Monday. The beating on December 2 followed a warning on November 25.", WEDNESDAY,
     "2019-12-02"),
    # a Wednesday already in the week before (a Tuesday report): no other reading
    ("Police beat the activist last Wednesday. On November 20 he had been warned.", "2019-12-03", "2019-11-27"),
])
def test_last_weekday_stays_the_most_recent_one(text, published, day):
    times = _stage_times(text, published)
    assert times.get("last Monday", times.get("last Wednesday")) == (day, day, "day")
