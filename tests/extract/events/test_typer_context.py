"""Typing with the document's context (detector.p_type_in_document; bench/train_detector.py --context,
bench/type_context.py; measured, not in the shipped detector): a detail sentence that does not name its
event's type takes the type its document's other event sentences and its lede give, while a sentence that
names its own type keeps it, and no single confident sentence outvotes another."""

import sys

import numpy as np
import pytest

from sitroom.extract.events.detector import DETECTOR_PATH, EventDetector
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import train_detector as td  # noqa: E402

ATTACK, ARRESTS = "Violence against civilians / Attack", "Strategic developments / Arrests"


def _typer(context: float, lede: float) -> EventDetector:
    """A typer over two features: the first says Attack, the second Arrests (no cue columns)."""
    det = EventDetector(np.zeros(1), 0.0, (1.0, 0.0), 0.2, np.array([[3.0, 0.0], [0.0, 3.0]]), np.zeros(2),
                        [ATTACK, ARRESTS], {})
    det.context_weight, det.lede_weight = context, lede
    return det


# lede: plainly an attack; a detail sentence leaning a little to arrests; another attack sentence; a
# sentence that plainly reports arrests
UNITS = np.array([[1.0, 0.0], [0.40, 0.55], [0.8, 0.0], [0.0, 1.5]])
P_EVENT = np.array([0.9, 0.5, 0.6, 0.8])


def test_without_weights_each_unit_is_typed_alone():
    det = _typer(0.0, 0.0)
    np.testing.assert_allclose(det.p_type_in_document(UNITS, P_EVENT, lede=0), det.p_type(UNITS))


def test_a_detail_sentence_takes_its_documents_type_and_a_named_type_stays():
    alone = _typer(0.0, 0.0).p_type(UNITS).argmax(axis=1)
    det = _typer(td.CONTEXT_WEIGHT, td.LEDE_WEIGHT)
    p = det.p_type_in_document(UNITS, P_EVENT, lede=0)
    assert [det.labels[i] for i in alone] == [ATTACK, ARRESTS, ATTACK, ARRESTS]
    assert [det.labels[i] for i in p.argmax(axis=1)] == [ATTACK, ATTACK, ATTACK, ARRESTS]
    np.testing.assert_allclose(p.sum(axis=1), 1.0)


def test_the_lede_counts_only_when_it_reports_an_event_and_a_lone_unit_is_typed_alone():
    det = _typer(0.0, 1.0)
    with_lede = det.p_type_in_document(UNITS, P_EVENT, lede=0)
    without = det.p_type_in_document(UNITS, P_EVENT, lede=None)
    assert with_lede[1, 0] > without[1, 0]  # the attack lede pulls the detail sentence to Attack
    np.testing.assert_allclose(with_lede[0], without[0])  # the lede itself is typed as it was
    np.testing.assert_allclose(det.p_type_in_document(UNITS[1:2], P_EVENT[1:2], lede=None), det.p_type(UNITS[1:2]))


def test_weights_survive_saving_and_documents_are_typed_apart(tmp_path):
    det = _typer(1.0, 0.5)
    det.save(tmp_path / "d.npz")
    back = EventDetector.load(tmp_path / "d.npz")
    assert (back.context_weight, back.lede_weight) == (1.0, 0.5)
    # two documents: the detail sentence follows an arrests story in the second, so it stays Arrests there
    x = np.vstack([UNITS[:3], [[0.0, 1.5], [0.40, 0.55]]])
    p_event = np.array([0.9, 0.5, 0.6, 0.8, 0.5])
    groups = np.array(["a", "a", "a", "b", "b"])
    labels = td.typed_in_documents(back, x, p_event, groups)
    assert list(labels) == [ATTACK, ATTACK, ATTACK, ARRESTS, ARRESTS]
    labels = td.typed_in_documents(back, x, np.array([0.9, 0.1, 0.6, 0.8, 0.5]), groups)
    assert labels[1] == "none"  # under the threshold: not typed


def test_one_confident_sentence_of_another_type_does_not_outvote_a_confident_unit():
    # "A roadside bomb killed four policemen ... No group claimed responsibility for the attack.": the
    # second is surely a claim (its own gap 20), the first surely the attack (gap 7); the floor keeps it so
    det = _typer(td.CONTEXT_WEIGHT, td.LEDE_WEIGHT)
    x = np.array([[7 / 3, 0.0], [0.0, 20 / 3]])
    p = det.p_type_in_document(x, np.array([0.99, 0.43]), lede=0)
    assert list(p.argmax(axis=1)) == [0, 1]
    det.context_eps = 1e-9  # without the floor the claim would win the first sentence too
    assert list(det.p_type_in_document(x, np.array([0.99, 0.43]), lede=0).argmax(axis=1)) == [1, 1]


@pytest.mark.skipif(not DETECTOR_PATH.exists(), reason="the shipped detector is missing")
def test_the_shipped_detector_types_each_unit_alone_and_type_context_makes_a_copy_that_does_not(tmp_path):
    import type_context

    det = EventDetector.load(DETECTOR_PATH)
    assert (det.context_weight, det.lede_weight) == (0.0, 0.0)
    rng = np.random.default_rng(1)
    x = rng.normal(size=(4, det.type_weights.shape[0])).astype(np.float32)
    np.testing.assert_allclose(det.p_type_in_document(x, np.full(4, 0.5), lede=0), det.p_type(x), rtol=1e-6)

    assert type_context.main([str(DETECTOR_PATH), str(tmp_path / "ctx.npz")]) == 0
    ctx = EventDetector.load(tmp_path / "ctx.npz")
    assert (ctx.context_weight, ctx.lede_weight, ctx.context_eps) == (1.0, 0.5, 0.01)
    assert ctx.meta["command"] == det.meta["command"]  # the build's meta stays, the copy's step is added
    assert ctx.meta["type_context"]["command"] == "python bench/type_context.py"
    np.testing.assert_array_equal(ctx.det_weights, det.det_weights)
    assert not np.allclose(ctx.p_type_in_document(x, np.full(4, 0.5), lede=0), det.p_type(x))


def test_type_context_refuses_a_missing_file(tmp_path, capsys):
    import type_context

    with pytest.raises(SystemExit) as exc:
        type_context.main([str(tmp_path / "nothing.npz"), str(tmp_path / "out.npz")])
    assert exc.value.code == 2
    assert f"{tmp_path / 'nothing.npz'} does not exist" in capsys.readouterr().err
    assert not (tmp_path / "out.npz").exists()
