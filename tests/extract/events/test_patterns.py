"""Cue patterns: strong and decisive cues point to their type; plain sentences are not candidates."""

from sitroom.extract.events.patterns import DECISIVE, cue_vector, find_cues
from sitroom.extract.events.taxonomy import LABELS


def _labels(text):
    return {c.label for c in find_cues(text)}


def test_cues_point_to_their_types():
    assert "Explosions/Remote violence / Suicide bomb" in _labels("A suicide bomber blew himself up at a mosque.")
    assert "Battles / Non-state actor overtakes territory" in _labels("Militants took control over Garmsir district.")
    assert "Statements / Claim of responsibility" in _labels("The group claimed responsibility for the blast.")


def test_decisive_cue_and_vector():
    cues = find_cues("Joint military drills were carried out near the border.")
    assert any(c.weight == DECISIVE and c.label == "Strategic developments / Other" for c in cues)
    vec = cue_vector(cues)
    assert len(vec) == len(LABELS) and max(vec) == DECISIVE


def test_offsets_are_document_offsets():
    cue = find_cues("Police arrested 12 men.", offset=100)[0]
    assert (cue.start, cue.text) == (107, "arrested")


def test_a_sentence_about_something_else_has_no_cue():
    assert find_cues("The central bank raised interest rates.") == []


def test_prefix_gates_skip_no_cue():
    """The word-start gates only skip patterns that cannot match: same cues as running every pattern."""
    from sitroom.extract.events import patterns as P

    texts = ["Gunmen ambushed a convoy and killed five soldiers near Gao.", "A car bomb exploded at a market.",
             "Protesters marched on parliament; police fired tear gas.", "The minister visited Kyiv for talks.",
             "An air-strike hit the village after heavy shelling and clashes.", "Nothing happened today."]
    for text in texts:
        plain = sorted(((l, m.start(), m.end()) for l, rx, _ in P._COMPILED for m in rx.finditer(text)), key=str)
        gated = sorted(((c.label, c.start, c.end) for c in find_cues(text)), key=str)
        assert gated == plain, text
    assert all(g is not None for g in P._GATES)


def test_classifier_ships_small():
    from sitroom.extract.events.classifier import BOW_DIM, CONTEXT_DIM, MODEL_PATH, get_classifier
    from sitroom.extract.events.taxonomy import NONE_LABEL
    from sitroom.extract.events.word_vectors import VECTORS_PATH, get_word_vectors

    clf, wv = get_classifier(), get_word_vectors()
    assert clf is not None and wv is not None
    assert clf.weights.shape == (CONTEXT_DIM + wv.dim + BOW_DIM + len(LABELS), len(LABELS) + 1)
    assert clf.screen is not None and clf.screen.weights.shape == (CONTEXT_DIM + wv.dim,)
    assert clf.labels == list(LABELS) + [NONE_LABEL]
    assert clf.hidden is not None and clf.hidden.w1.shape[0] == clf.weights.shape[0]
    assert clf.hidden.w2.shape == (clf.hidden.w1.shape[1], len(LABELS) + 1)
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    assert VECTORS_PATH.stat().st_size < 12 * 1024 * 1024


def test_words_that_only_look_like_cues_are_not_cues():
    assert "Riots / Violent demonstration" not in _labels("Riot police lined the avenue.")
    assert "Disasters / Natural disaster" not in _labels("The party won a landslide victory in November.")
    assert "Violence against civilians / Abduction/forced disappearance" not in _labels("Police busted a kidnapping gang.")
    assert "Violence against civilians / Abduction/forced disappearance" in _labels("Gunmen kidnapped two engineers.")


def test_a_classifier_with_a_hidden_layer_survives_saving(tmp_path):
    import numpy as np

    from sitroom.extract.events.classifier import HiddenLayer, SentenceClassifier

    rng = np.random.default_rng(0)
    clf = SentenceClassifier(rng.normal(size=(6, 3)), np.zeros(3), ["a", "b", "none"], 1.3,
                             hidden=HiddenLayer(rng.normal(size=(6, 4)), np.zeros(4), rng.normal(size=(4, 3))))
    clf.save(tmp_path / "m.npz")
    back = SentenceClassifier.load(tmp_path / "m.npz")
    x = rng.normal(size=(5, 6))
    assert back.hidden is not None
    np.testing.assert_allclose(back.predict_proba(x), clf.predict_proba(x), atol=2e-3)
    assert not np.allclose(SentenceClassifier(clf.weights, clf.bias, clf.labels, 1.3).predict_proba(x),
                           clf.predict_proba(x), atol=2e-3)  # the hidden layer counts
