"""Static word vectors (distilled from MiniLM) and the screen for sentences without a cue."""

import numpy as np
import pytest

from sitroom.extract.events.classifier import get_classifier, screen_features
from sitroom.extract.events.word_vectors import WordVectors, get_word_vectors

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


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


def test_screen_ranks_an_uncued_report_above_unrelated_text(nlp):
    clf = get_classifier()
    report = nlp("Rebels occupied a disused cotton gin on the edge of town and began using it as a base.")[:]
    other = nlp("Scientists published a study on coral reefs.")[:]
    x = screen_features([report, other])
    score = x @ clf.screen.weights + clf.screen.bias
    assert score[0] > score[1]
    assert not clf.screen.passes(x)[1]
