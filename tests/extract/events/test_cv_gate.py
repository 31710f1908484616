"""bench/cv_gate.py, the out-of-fold measurement of an article-level relevance gate: what an article's row
holds, how units group into articles, and how a combination is held to the plain detector's recall."""

import sys

import numpy as np

from sitroom.extract.events.detector import with_context
from sitroom.extract.events.taxonomy import LABELS
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import cv_gate  # noqa: E402

UNIT = 4 + len(LABELS)


def test_an_article_row_is_its_mean_its_strongest_cues_and_its_sentence_scores():
    rng = np.random.default_rng(4)
    x = with_context(rng.normal(size=(4, UNIT)).astype(np.float32), np.arange(4, dtype=np.float32) / 4)
    row = cv_gate.article_features(x, np.array([0.1, 0.6, 0.3, 0.05]), len(LABELS))
    assert row.shape == (UNIT + len(LABELS) + cv_gate.N_SCORES,)
    np.testing.assert_allclose(row[:UNIT], x[:, :UNIT].mean(axis=0), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(row[UNIT:UNIT + len(LABELS)], x[:, UNIT - len(LABELS):UNIT].max(axis=0))
    # the highest p, the mean of the three highest, the mean, the share at 0.2 and at 0.5, log length / 5
    np.testing.assert_allclose(row[-cv_gate.N_SCORES:], [0.6, 1.0 / 3, 0.2625, 0.5, 0.25, np.log(5) / 5], rtol=1e-5)
    cols = cv_gate.subset_columns(len(row), UNIT, "scores")
    np.testing.assert_allclose(row[cols], row[-cv_gate.N_SCORES:])


def test_units_group_into_their_articles_in_order():
    parts = cv_gate.article_parts(np.array(["a", "a", "b", "c", "c", "c"]))
    assert [p.tolist() for p in parts] == [[0, 1], [2], [3, 4, 5]]


def test_the_best_combination_keeps_the_recall_it_is_held_to():
    y = np.array([True, True, False, False, True, False])
    loose = np.array([True, True, True, True, True, False])  # recall 1, precision 0.6
    tight = np.array([True, False, False, False, False, False])  # recall 1/3, precision 1
    prec, rec, setting = cv_gate.best_at_recall([("loose", loose), ("tight", tight)], y, 2 / 3)
    assert (setting, prec, rec) == ("loose", 0.6, 1.0)
    assert cv_gate.best_at_recall([("tight", tight)], y, 2 / 3) is None


def test_the_features_cache_is_read_back_as_written(tmp_path):
    import train_detector as td

    cache = tmp_path / "features.npz"
    x = np.arange(6, dtype=np.float32).reshape(3, 2)
    np.savez(cache, x=x, y=np.array(["none", "Battles / Armed clash", "none"]), groups=np.array(["a", "a", "b"]),
             texts=np.array(["one", "two", "three"]), xtt=x[:1], ytt=np.array(["Riots / Mob violence"]),
             ttexts=np.array(["template"]))
    f = td.corpus_features(tmp_path / "no-corpus-needed", cache)  # a cache that exists: no parse, no corpus
    np.testing.assert_array_equal(f["x"], x)
    assert f["texts"] == ["one", "two", "three"] and f["ttexts"] == ["template"]
    assert f["groups"].tolist() == ["a", "a", "b"] and f["ytt"].tolist() == ["Riots / Mob violence"]
