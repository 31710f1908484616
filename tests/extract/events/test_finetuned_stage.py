"""The detector's fine-tuned second stage (bench/finetune_encoder.py, train_detector.py --finetuned): its
weights fold the fine-tuned head in, the detector file names its encoder beside it, and a missing encoder
file is a clear error; and bench/cv_events.py's variants keep every segment's events of a long text."""

import sys

import numpy as np
import pytest

from sitroom.extract.events import encoder as enc
from sitroom.extract.events.detector import EventDetector, get_detector
from sitroom.extract.events.taxonomy import LABELS
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import train_detector as td  # noqa: E402


def _detector(rng):
    unit = 4 + len(LABELS)
    width = 2 * unit + 3
    return EventDetector(rng.normal(size=width).astype(np.float32), 0.1, (1.5, -0.2), 0.2,
                         rng.normal(size=(unit, 2)).astype(np.float32), np.zeros(2, np.float32),
                         [LABELS[0], LABELS[10]], {"command": "test"}), width


def test_the_fine_tuned_stage_is_its_head_and_the_first_score_stacked(tmp_path):
    rng = np.random.default_rng(1)
    det, width = _detector(rng)
    head_w, head_b = rng.normal(size=enc.DIM).astype(np.float32), -0.7
    np.savez(tmp_path / "head.npz", w=head_w, b=np.array([head_b], np.float32), meta=np.array('{"context": "lede"}'))
    td.attach_finetuned(det, tmp_path, (0.8, 1.3, -0.4), 0.1)
    det.save(tmp_path / "det.npz")
    back = EventDetector.load(tmp_path / "det.npz")
    assert back.uses_encoder and not back.types_with_encoder and back.encoder_bar == 0.1
    assert back.encoder_model == tmp_path / td.FINETUNED_FILE  # beside the detector file, wherever it is
    # it reads each unit with its document's first unit, as it was fine-tuned
    assert back.encoder_contexts(["Lede.", "Second.", "Third."], [0, 2]) == ["", "Lede."]
    x = rng.normal(size=(3, width)).astype(np.float32)
    emb = rng.normal(size=(3, enc.DIM)).astype(np.float32)
    first = x @ det.det_weights + det.det_bias
    want = 1 / (1 + np.exp(-(0.8 * first + 1.3 * (emb @ head_w + head_b) - 0.4)))
    np.testing.assert_allclose(back.p_event_encoded(x, emb), want, rtol=1e-4)


def test_a_stock_detector_names_no_encoder_file(tmp_path):
    det, _ = _detector(np.random.default_rng(2))
    det.save(tmp_path / "det.npz")
    back = EventDetector.load(tmp_path / "det.npz")
    assert back.encoder_model is None and back.encoder_contexts(["a", "b"], [1]) is None


def test_the_bar_score_is_the_first_stage_score_at_that_probability():
    platt = (1.7, -0.3)
    z = td.bar_score(platt, 0.1)
    assert 1 / (1 + np.exp(-(platt[0] * z + platt[1]))) == pytest.approx(0.1)


def test_a_missing_encoder_file_says_what_to_rebuild(tmp_path):
    with pytest.raises(RuntimeError, match=r"sentence encoder .*absent\.onnx is missing; rebuild it with `make encoder`"):
        enc.get_encoder(tmp_path / "absent.onnx")


def test_the_shipped_detector_finds_its_encoder():
    det = get_detector()
    if not det.encoder_file:  # the shipped detector embeds with the packaged MiniLM, no fine-tuned file
        pytest.skip("the shipped detector names no fine-tuned encoder file")
    assert det.encoder_model.exists()


@pytest.mark.slow
def test_every_variant_keeps_every_segment_of_a_long_text(monkeypatch):
    """A text over the pipeline's segment length: each variant's events are those of all its segments,
    at the whole text's offsets (bench/cv_events.py kept the last segment's alone)."""
    import cv_events

    from sitroom.evaluation.real import Article
    from sitroom.read import segments

    monkeypatch.setattr(segments, "SEGMENT_CHARS", 300)
    paragraphs = ["Gunmen abducted 12 villagers from a farm near Kagara in Niger State on Tuesday, police said.",
                  "Soldiers killed five militants in a clash near Maiduguri in Borno State on Tuesday, the army said.",
                  "Protesters marched through Lagos on Tuesday to demand the release of detained journalists."]
    text = "\n\n".join(p + " The weather was mild and markets were calm that day across the region."
                       for p in paragraphs)
    segs = segments.split_segments(text, 300)
    assert len(segs) == 3
    det = get_detector()
    art = Article("long", text, "2024-03-14", [])
    out = cv_events.extract_variants([art], {"a": det, "b": det}, [det.threshold])
    first, second = out[("a", det.threshold)][0].events, out[("b", det.threshold)][0].events
    assert first, "the detector finds events in this text"
    assert [(e.evidence.start, e.event_type) for e in second] == [(e.evidence.start, e.event_type) for e in first]
    found_in = {k for e in second for k, (at, piece) in enumerate(segs) if at <= e.evidence.start < at + len(piece)}
    assert len(found_in) >= 2  # not the last segment's alone
    assert all(text[e.evidence.start:e.evidence.end] == e.evidence.text for e in second)  # whole-text offsets
