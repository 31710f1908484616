"""bench/rules_oof.py --diff counts the found events whose slots are right before and after a change: the test
split's floors are ratios over the found events, so a change that finds one more event with a wrong slot lowers
one even when no event found before got worse."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

import rules_oof  # noqa: E402


def test_the_slot_summary_counts_found_events_and_their_right_slots():
    before = {("a", 1, "X", None): ("hitTPDA", ""), ("a", 2, "Y", None): ("hitTpD", ""),
              ("b", 5, "Z", None): ("fp", ""), ("b", 6, "Z", None): ("dup", "")}
    after = dict(before)
    after[("c", 3, "X", "Mosul")] = ("hitPda", "")  # a gained event: its place right; its type, date and actor1 wrong
    text = rules_oof._slot_summary(before, after)
    first, second = text.splitlines()
    assert first.endswith("2 found: sub-event 2/2, place 1/2, date 2/2, actor1 1/1")
    assert second.endswith("3 found: sub-event 2/3, place 2/3, date 2/3, actor1 1/2")
