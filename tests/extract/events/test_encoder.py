"""The sentence encoder (MiniLM int8 on onnxruntime) and the detector's second stage that reads it."""

import numpy as np
import pytest

from sitroom.extract.events import encoder as enc
from sitroom.extract.events.detector import EventDetector
from sitroom.extract.events.taxonomy import LABELS

pytestmark = pytest.mark.slow


def test_embeddings_are_unit_vectors_that_know_paraphrases():
    e = enc.get_encoder()
    v = e.encode(["Gunmen abducted twelve villagers near the farm.",
                  "Armed men kidnapped 12 people from a village.",
                  "The central bank raised interest rates again.",
                  ""])
    assert v.shape == (4, enc.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3
    assert e.encode([]).shape == (0, enc.DIM)


def test_one_encoder_per_process_with_one_thread():
    first = enc.get_encoder()
    assert enc.get_encoder() is first
    assert first.session.get_session_options().intra_op_num_threads == 1


def test_batches_give_the_vectors_of_single_sentences():
    """Padding a batch to its longest sentence must not change a shorter sentence's vector."""
    e = enc.get_encoder()
    texts = ["Shelling killed three.", "A long sentence about the artillery shelling of the eastern districts "
             "of the city that killed three civilians and wounded nine on Tuesday night, officials said."]
    together = e.encode(texts)
    alone = np.vstack([e.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_a_missing_tokenizer_says_how_to_rebuild_it(monkeypatch, tmp_path):
    monkeypatch.setattr(enc, "TOKENIZER_PATH", tmp_path / "absent.json")
    monkeypatch.setattr(enc, "_ENCODERS", {})
    with pytest.raises(RuntimeError, match="bench/fetch_minilm_tokenizer.py"):
        enc.get_encoder()


def test_the_second_stage_survives_saving(tmp_path):
    rng = np.random.default_rng(0)
    unit = 4 + len(LABELS)
    width = 2 * unit + 3
    det = EventDetector(rng.normal(size=width), 0.1, (1.5, -0.2), 0.2, rng.normal(size=(unit, 2)),
                        np.zeros(2), [LABELS[0], LABELS[10]], {"command": "test"}, cue_prior=3.0,
                        encoder_bar=0.05, enc_det_weights=rng.normal(size=1 + enc.DIM), enc_det_bias=-0.3,
                        enc_type_weights=rng.normal(size=(enc.DIM, 2)))
    det.save(tmp_path / "d.npz")
    back = EventDetector.load(tmp_path / "d.npz")
    x, emb = rng.normal(size=(3, width)).astype(np.float32), rng.normal(size=(3, enc.DIM)).astype(np.float32)
    assert back.uses_encoder and back.encoder_bar == 0.05
    assert np.allclose(back.p_event_encoded(x, emb), det.p_event_encoded(x, emb), atol=1e-5)
    assert np.allclose(back.p_type(x, emb), det.p_type(x, emb), atol=1e-2)  # typer weights stored as float16
    assert not np.allclose(back.p_type(x, emb), back.p_type(x), atol=1e-3)  # the embedding moves the typer


def test_a_typer_with_embeddings_embeds_only_the_units_found(monkeypatch):
    """Without the second stage, the encoder runs on the units found to report an event, nothing else."""
    import dataclasses

    import sitroom.extract.events as events
    from sitroom.extract.events import detection
    from sitroom.extract.events.detector import get_detector
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    seen: list[str] = []

    class Counting:
        def encode(self, texts, contexts=None):
            seen.extend(texts)
            return enc.get_encoder().encode(texts, contexts)

    monkeypatch.setattr(detection, "get_encoder", lambda path=None: Counting())
    plain = get_detector()
    labels = len(plain.labels)
    det = dataclasses.replace(plain, enc_type_weights=np.zeros((enc.DIM, labels), dtype=np.float32))
    det.p_event = lambda x: np.where(np.arange(len(x)) == 0, 0.9, 0.01)  # the first sentence alone is found
    text = ("Gunmen abducted 12 villagers from a farm near Kagara in Niger State on Tuesday, police said. "
            "The weather was mild. Scientists published a study on coral reefs. Markets were calm.")
    pipe = Pipeline()
    ctx_events = []

    def stage(ctx):
        ctx_events.extend(events.extract_events(ctx, det))

    pipe.stages = [(n, stage if n == events.NAME else fn) for n, fn in pipe.stages]
    pipe.extract(DocumentIn(id="t", text=text))
    assert ctx_events and seen  # an event, typed with its embedding
    assert seen == [text.split(" police said.")[0] + " police said."]  # the found unit, nothing else
    assert not det.uses_encoder and det.types_with_encoder
