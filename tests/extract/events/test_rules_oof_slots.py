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


def test_split_keeps_one_splits_articles_and_their_events_only(tmp_path):
    from types import SimpleNamespace

    (tmp_path / "train.jsonl").write_text('{"id": "t1"}\n{"id": "t2"}\n', encoding="utf-8")
    (tmp_path / "dev.jsonl").write_text('{"id": "d1"}\n', encoding="utf-8")
    articles = [SimpleNamespace(id=i) for i in ("t1", "d1", "t2")]
    events = {"t1": ["e1"], "d1": ["e2"], "t2": []}
    arts, evs = rules_oof.only_split(articles, events, tmp_path, "dev")
    assert [a.id for a in arts] == ["d1"] and evs == {"d1": ["e2"]}
    arts, evs = rules_oof.only_split(articles, events, tmp_path, "train")
    assert [a.id for a in arts] == ["t1", "t2"] and set(evs) == {"t1", "t2"}


def test_refit_with_other_folds_writes_no_fold_detector(tmp_path):
    """--refit checks the features file's folds against the cache's before it fits: a mismatch leaves the cache's
    fold detectors as they were (it used to overwrite all five, then refuse)."""
    import numpy as np
    import pytest

    pytest.importorskip("sklearn")  # the folds are scikit-learn's (the train extra, as bench/rules_oof.py --build)
    groups = np.array([f"a{i}" for i in range(10)])
    features = tmp_path / "f.npz"
    np.savez(features, x=np.zeros((10, 3)), y=np.array(["none"] * 10), groups=groups, xtt=np.zeros((0, 3)),
             ytt=np.array([], dtype=str))
    raw = [{"id": str(g)} for g in groups]
    _, fold_of = rules_oof._folds(np.zeros((10, 3)), np.array(["none"] * 10), groups)
    wrong = {g: (k + 1) % rules_oof.FOLDS for g, k in fold_of.items()}
    with pytest.raises(SystemExit, match="folds are not those"):
        rules_oof.fit_folds(tmp_path, features, raw, fold_of_built=wrong)
    assert not list(tmp_path.glob("fold*.npz"))
