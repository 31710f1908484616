"""Static word vectors (distilled from MiniLM), and the detector that reads them."""

import numpy as np
import pytest

from sitroom.extract.events.classifier import features
from sitroom.extract.events.detector import get_detector, with_context
from sitroom.extract.events.patterns import find_cues
from sitroom.extract.events.word_vectors import WordVectors, get_word_vectors

pytestmark = pytest.mark.slow


def _vec(nlp, text):
    return get_word_vectors().sentence_vectors([nlp(text)[:]])[0]


def test_paraphrases_are_closer_than_other_violence(nlp):
    """What the vectors are for: a phrasing never seen lands near one with the same meaning."""
    raped = _vec(nlp, "A woman was gang-raped near the camp.")
    assaulted = _vec(nlp, "Soldiers sexually assaulted two girls.")
    shelled = _vec(nlp, "Artillery shelled the town overnight.")
    assert raped @ assaulted > raped @ shelled + 0.1


def test_lemma_fallback_and_unknown_words(nlp):
    wv = WordVectors(["attack", "village"], np.eye(2, dtype=np.float32))
    x = wv.sentence_vectors([nlp("Gunmen attacked the villages.")[:], nlp("Zzyzx qwv.")[:]])
    # "attacked" is not in the table, its lemma is; "villages" neither, its lemma is; stop words skipped.
    assert np.allclose(x[0], np.array([1, 1]) / np.sqrt(2))
    assert not x[1].any()  # nothing known: zeros, not NaN


def test_detector_ranks_a_report_above_unrelated_text(nlp):
    det = get_detector()
    doc = nlp("Gunmen abducted 12 villagers from a farm near Kagara on Tuesday, police said. "
              "Scientists published a study on coral reefs.")
    spans = list(doc.sents)
    x = with_context(features(spans, [s.text for s in spans], [find_cues(s.text, s.start_char) for s in spans]),
                     np.array([0.0, 0.5], dtype=np.float32))
    p = det.p_event(x)
    assert p[0] > det.threshold > p[1]
    assert det.labels[det.p_type(x)[0].argmax()] == "Violence against civilians / Abduction/forced disappearance"
