""""last Monday" in a report of a later day of the same week is the most recent Monday, also when the report writes out
a day of the week before for another act (a rule that read it as that written day, c38a75e, dated the second of two
marches at the first: reverted). Our own sentences."""

from __future__ import annotations

import pytest

from tests.extract.test_time import _stage_times

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,published,day", [
    ("Police beat the activist last Monday in Managua.", "2019-12-04", "2019-12-02"),
    # an earlier day written out belongs to an earlier act, not to "last Monday"
    ("Protesters first gathered in Lagos on June 3. They marched again last Monday, and police fired tear gas.",
     "2024-06-14", "2024-06-10"),
    ("Police beat the activist last Monday in Managua. He had been warned on November 25, his wife said.",
     "2019-12-04", "2019-12-02"),
    # a Wednesday already in the week before (a Tuesday report): no other reading
    ("Police beat the activist last Wednesday. On November 20 he had been warned.", "2019-12-03", "2019-11-27"),
])
def test_last_weekday_is_the_most_recent_one(text, published, day):
    times = _stage_times(text, published)
    assert times.get("last Monday", times.get("last Wednesday")) == (day, day, "day")
