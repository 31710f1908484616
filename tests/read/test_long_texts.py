"""Long texts are read in segments, and one document's failure is that document's only (issue 14)."""

from __future__ import annotations

import pytest

from sitroom.read.segments import split_segments
from sitroom.records import DocumentIn


def test_segments_cover_the_text_exactly_and_cut_between_paragraphs():
    paragraphs = [f"Paragraph {i}. " + "Fighting continued in the north. " * 20 for i in range(30)]
    text = "\n\n".join(paragraphs)
    segments = split_segments(text, max_chars=2000)
    assert "".join(piece for _offset, piece in segments) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in segments)
    assert all(len(piece) <= 2000 for _offset, piece in segments)
    assert all(piece.endswith("\n\n") for _offset, piece in segments[:-1])


def test_a_text_without_spaces_is_cut_at_the_limit():
    segments = split_segments("x" * 5000, max_chars=2000)
    assert [len(piece) for _offset, piece in segments] == [2000, 2000, 1000]


def test_a_short_text_is_one_segment():
    assert split_segments("Short report.", max_chars=2000) == [(0, "Short report.")]


def _check_offsets(text, x):
    for item in [*x.places, *x.actors]:
        assert text[item.start:item.end] == item.text
    for event in x.events:
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    for claim in x.claims:
        assert text[claim.quote.start:claim.quote.end] == claim.quote.text


@pytest.mark.slow
def test_a_document_read_in_segments_keeps_every_offset_and_sentence_in_the_whole_text(pipeline, seed_text,
                                                                                        monkeypatch):
    import sitroom.read.segments as segments

    whole = pipeline.extract(DocumentIn(id="one", text=seed_text))
    text = seed_text + "\n\n" + seed_text
    monkeypatch.setattr(segments, "SEGMENT_CHARS", len(seed_text) + 2)
    assert len(split_segments(text, segments.SEGMENT_CHARS)) == 2
    x = pipeline.extract(DocumentIn(id="two", text=text))
    assert x.error is None
    _check_offsets(text, x)
    # The second copy is read as the first was, its records moved by the first's length and sentences.
    assert len(x.places) == 2 * len(whole.places)
    # Its events are the first copy's told again: each is one event of the document, not two.
    told = [(e.event_type, e.sub_event_type, e.location and e.location.name) for e in x.events]
    for e in whole.events:
        assert told.count((e.event_type, e.sub_event_type, e.location and e.location.name)) == 1
    sentences = max(p.sentence for p in whole.places) < min(p.sentence for p in x.places[len(whole.places):])
    assert sentences
    assert [p.start - len(seed_text) - 2 for p in x.places[len(whole.places):]] == [p.start for p in whole.places]


@pytest.mark.slow
def test_a_text_longer_than_spacys_limit_is_extracted(pipeline, nlp, seed_text, monkeypatch):
    # spaCy's limit lowered from 1,000,000 to 20,000 characters, so that a text over it stays quick to parse.
    monkeypatch.setattr(nlp, "max_length", 20_000)
    text = "\n\n".join(seed_text.replace("Kandahar", f"Kandahar ({i})") for i in range(5))
    assert len(text) > nlp.max_length
    x = pipeline.extract(DocumentIn(id="long", text=text))
    assert x.error is None and x.events
    _check_offsets(text, x)



@pytest.mark.slow
def test_a_sentence_repeated_across_segments_is_one_event_with_its_own_toll(pipeline, monkeypatch):
    # The reviewer's hugeline.txt: one sentence repeated over 270 kB gave one event per 25,000-character
    # segment (11), each with 4 dead, 44 in the export.
    import sitroom.read.segments as segments

    sentence = "Taliban fighters attacked a police post in Kunduz on July 3 2021, killing four policemen. "
    text = sentence * 60
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 2000)
    assert len(split_segments(text, segments.SEGMENT_CHARS)) >= 3
    x = pipeline.extract(DocumentIn(id="repeated", text=text, published="2021-07-04"))
    assert x.error is None
    short = pipeline.extract(DocumentIn(id="short", text=sentence * 3, published="2021-07-04"))
    assert len(short.events) == 1
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in x.events] == \
        [(e.event_type, e.sub_event_type, e.fatalities) for e in short.events]
    assert x.events[0].fatalities == 4

class _Flaky:
    """spaCy, except that it cannot parse a text holding CRASH."""

    def __init__(self, nlp):
        self.nlp, self.max_length = nlp, nlp.max_length

    def pipe(self, texts, batch_size):
        texts = list(texts)
        if any("CRASH" in t for t in texts):
            raise ValueError("cannot parse this")
        return self.nlp.pipe(texts, batch_size=batch_size)

    def __call__(self, text):
        if "CRASH" in text:
            raise ValueError("cannot parse this")
        return self.nlp(text)


@pytest.mark.slow
def test_a_document_that_fails_fails_alone(pipeline, nlp, seed_text, monkeypatch):
    # A parse error and a stage error, each in one document of the batch.
    monkeypatch.setattr("sitroom.read.nlp.get_nlp", lambda: _Flaky(nlp))
    docs = [DocumentIn(id="good-1", text=seed_text[:3000]),
            DocumentIn(id="unparsable", text="CRASH. " + seed_text[:3000]),
            DocumentIn(id="good-2", text=seed_text[3000:5900])]
    first, failed, second = pipeline.run_batch(docs)
    assert failed.error == "parse failed: ValueError: cannot parse this"
    assert failed.events == [] and failed.places == []
    assert first.error is None and first.places and second.error is None and second.places

    name, stage = pipeline.stages[0]

    def boom(ctx):
        if "BOOM" in ctx.text:
            raise RuntimeError("a bug in a stage")
        return stage(ctx)

    monkeypatch.setattr(pipeline, "stages", [(name, boom), *pipeline.stages[1:]])
    good, bad = pipeline.run_batch([DocumentIn(id="good", text=seed_text[:3000]),
                                    DocumentIn(id="bad", text="BOOM. " + seed_text[:3000])])
    assert bad.error == "extraction failed: RuntimeError: a bug in a stage"
    assert good.error is None and good.places
