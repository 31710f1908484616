"""The throughput benchmark's corpus handling (its timings are not tested: they are measured)."""

from sitroom.evaluation.throughput import clip_text, load_corpus


def test_clip_text_cuts_at_a_sentence_end():
    text = "First sentence here. Second one is longer than the rest of it. Third."
    assert clip_text(text, len(text) - 2) == "First sentence here. Second one is longer than the rest of it."
    assert clip_text(text, 1000) == text


def test_bundled_corpus_is_repeated_to_the_requested_size_with_unique_ids():
    docs = load_corpus(None, 100, max_chars=2000)
    assert len(docs) == 100
    assert len({d.id for d in docs}) == 100
    assert max(len(d.text) for d in docs) <= 2000
