"""Cue patterns: strong and decisive cues point to their type; plain sentences are not candidates."""

from sitroom.extract.events.patterns import DECISIVE, cue_vector, find_cues, is_candidate
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


def test_sentences_without_cues_are_not_candidates():
    text = "The central bank raised interest rates."
    assert not is_candidate(text, find_cues(text))


def test_classifier_ships_both_models_small():
    from sitroom.extract.events.classifier import MODEL_PATH, get_classifier
    from sitroom.extract.events.taxonomy import NONE_LABEL

    clf = get_classifier()
    assert clf is not None and clf.bow_weights is not None
    assert clf.labels == list(LABELS) + [NONE_LABEL]
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
