"""The typer's class weights (bench/train_detector.py): rarer sub-event types weigh more per example,
by the power of scikit-learn's "balanced" weights chosen out of fold (bench/cv_typer.py)."""

import sys

import numpy as np

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import train_detector as td  # noqa: E402


def test_a_rare_label_weighs_more_per_example_and_power_zero_weighs_all_alike():
    y = np.array(["Strategic developments / Arrests"] * 9 + ["Protests / Excessive force against protesters"])
    balanced = td.class_weights(y, 1.0)
    assert np.allclose(balanced, [10 / (2 * 9)] * 9 + [10 / 2])  # sklearn's "balanced": n / (k * n_label)
    assert np.isclose(balanced[:9].sum(), balanced[9:].sum())  # each label counts as much in total
    assert np.allclose(td.class_weights(y, 0.5), np.sqrt(balanced))
    assert np.allclose(td.class_weights(y, 0.0), 1.0)

