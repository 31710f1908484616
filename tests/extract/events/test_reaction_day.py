"""A sentence that condemns an act and dates both: the time before the act's word (hung, like the act's own, on
the verb of condemning) dates the condemnation; the one after it dates the act. One time alone is kept."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

PUB = "2023-03-01"  # a Wednesday
CASES = [
    # (text, the date the event must have)
    ("Human Rights Watch today condemned the arrest of journalist Dawit Kebede by federal police in Addis Ababa "
     "on Monday.", "2023-02-27"),
    ("Amnesty International on Wednesday condemned the killing of a teacher by soldiers in the village of Kuma "
     "on Sunday.", "2023-02-26"),
    ("The African Union on Tuesday denounced the abduction of three aid workers by gunmen in Gao on Saturday.",
     "2023-02-25"),
    # must not move: one time only, or the time of the act itself before its word
    ("The United Nations condemned the abduction of three aid workers by gunmen in Gao on Monday.", "2023-02-27"),
    ("The government condemned Sunday's killing of a teacher by gunmen in the village of Kuma.", "2023-02-26"),
]


@pytest.fixture(scope="module")
def events(pipeline):
    docs = [DocumentIn(id=f"r{i}", text=t, published=PUB) for i, (t, _) in enumerate(CASES)]
    return [r.events for r in pipeline.run_batch(docs)]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_the_act_keeps_its_own_day(events, i):
    acts = [e for e in events[i] if e.modality not in ("negated",)]
    assert acts, CASES[i][0]
    assert acts[0].date.start == CASES[i][1], (acts[0].date, CASES[i][0])
