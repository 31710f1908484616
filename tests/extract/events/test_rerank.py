"""The event-level filter (extract/events/rerank.py, built by bench/train_rerank.py): the shipped model
matches the shipped detector, keeps what it should, and reads the event's telling from the parse."""

import sys

import numpy as np
import pytest

from sitroom.extract.events import rerank
from sitroom.extract.events.detector import DETECTOR_PATH
from sitroom.records import ActorRef, DateValue, DocumentIn, Event, Evidence
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import train_rerank as tr  # noqa: E402


def test_the_shipped_filter_was_trained_against_the_shipped_detector():
    model = rerank.Reranker.load(rerank.RERANK_PATH)
    assert model.meta["detector_sha256"] == rerank.file_sha256(DETECTOR_PATH), (
        "detector.npz changed since rerank.npz was built: its scores are the filter's main inputs; "
        "rebuild it with `make rerank` (bench/train_rerank.py)")
    assert model.meta["command"] == "python bench/train_rerank.py"
    assert {"train_sha256", "dev_sha256"} <= set(model.meta) and "test_sha256" not in model.meta
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.detector_bar <= 1.0
    assert model.names == rerank.FEATURES and model.weights.shape == (len(rerank.FEATURES),)


def _event(modality="asserted", text="Gunmen killed five villagers in Kaduna on Monday.", trigger="killed", at=None):
    """An event as the extractor builds it, its trigger found at ``at`` (default: the word's first occurrence)."""
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack", confidence=0.5,
               modality=modality, trigger=trigger, actor1=ActorRef(name="Unidentified armed group", text="Gunmen"),
               date=DateValue(start="2024-03-11", end="2024-03-11", precision="day", text="Monday"),
               evidence=Evidence(sentence=0, start=0, end=len(text), text=text, paragraph=0))
    ev._trigger_start = text.find(trigger) if at is None else at
    return ev


def _model(weight_on_p_event: float, threshold=0.5) -> rerank.Reranker:
    n = len(rerank.FEATURES)
    w = np.zeros(n)
    w[rerank.FEATURES.index("p_event")] = weight_on_p_event
    return rerank.Reranker(np.zeros(n), np.ones(n), w, 0.0, threshold, list(rerank.FEATURES), {}, detector_bar=0.1)


def test_factual_events_below_the_threshold_go_and_non_factual_ones_stay():
    events = [_event(), _event(modality="planned"), _event(modality="reported")]
    x = np.zeros((3, len(rerank.FEATURES)))
    x[:, rerank.FEATURES.index("p_event")] = [-1.0, -1.0, 1.0]  # sigmoid(-4) < 0.5 <= sigmoid(4)
    kept = _model(4.0).select(events, x)
    assert [e.modality for e in kept] == ["planned", "reported"]


def test_a_model_saved_and_loaded_scores_alike(tmp_path):
    model = _model(2.5, threshold=0.3)
    model.save(tmp_path / "r.npz")
    back = rerank.Reranker.load(tmp_path / "r.npz")
    x = np.random.default_rng(1).normal(size=(4, len(rerank.FEATURES)))
    np.testing.assert_allclose(back.p(x), model.p(x))
    assert (back.threshold, back.detector_bar) == (0.3, 0.1)


def test_a_model_of_other_features_is_refused_with_the_way_to_rebuild_it(tmp_path):
    model = _model(1.0)
    model.names = model.names[:-1] + ["something else"]
    model.save(tmp_path / "old.npz")
    with pytest.raises(ValueError, match=r"old\.npz: its features are not this code's \(rebuild it with bench/train_rerank.py\)"):
        rerank.Reranker.load(tmp_path / "old.npz")


@pytest.mark.slow
def test_quotes_reported_speech_and_arguments_are_read_from_the_event_and_its_parse(nlp):
    text = 'Police said "Gunmen killed five villagers" in the night.'
    doc = nlp(text)
    quoted = _event(text=text)
    plain = _event()
    info = rerank.DocInfo(scores={}, n_units=1, n_found=1, reports=[quoted, plain], pub_date=None)
    x = rerank.event_features([quoted, plain], info, doc)
    col = {n: x[:, i] for i, n in enumerate(rerank.FEATURES)}
    assert col["in_quotes"].tolist() == [1.0, 0.0] and col["has_quotes"].tolist() == [1.0, 0.0]
    assert col["speech_clause"][0] == 1.0 and col["tense_VBD"][0] == 1.0
    assert col["date_day"].tolist() == [1.0, 1.0] and col["date_in_sentence"].tolist() == [0.0, 1.0]
    assert col["actor1"].tolist() == [1.0, 1.0] and col["actor1_in_sentence"].tolist() == [1.0, 1.0]
    assert col["reports_same_type"].tolist() == pytest.approx([np.log1p(2)] * 2) and col["place_none"].tolist() == [1.0, 1.0]


@pytest.mark.slow
def test_the_telling_is_read_at_the_events_own_trigger_when_its_word_occurs_twice(nlp):
    # the same word reports two acts: the first told plainly, the second inside a quote of what was said
    text = 'Soldiers killed two gunmen, and residents said "they killed our sons" on Monday.'
    doc = nlp(text)
    first, second = _event(text=text), _event(text=text, at=text.rindex("killed"))
    info = rerank.DocInfo(scores={}, n_units=1, n_found=1, reports=[first, second], pub_date=None)
    x = rerank.event_features([first, second], info, doc)
    col = {n: x[:, i] for i, n in enumerate(rerank.FEATURES)}
    assert col["in_quotes"].tolist() == [0.0, 1.0]
    assert col["speech_clause"].tolist() == [0.0, 1.0]


def test_the_threshold_is_the_most_precise_that_keeps_the_recall_asked():
    # (threshold, precision, strict, recall, ...) as train_rerank.table gives them
    rows = [(0.0, 0.20, 0.1, 0.50), (0.1, 0.30, 0.1, 0.46), (0.2, 0.40, 0.1, 0.44), (0.3, 0.30, 0.1, 0.46)]
    assert tr.pick_threshold(rows, 0.45) == 0.1  # 0.2 is more precise but loses recall; 0.3 ties 0.1, higher
    assert tr.pick_threshold(rows, 0.60) == 0.0  # nothing keeps it: no filtering


def _events_version(monkeypatch, **env) -> str:
    import sitroom.pipeline  # noqa: F401  (registers the stages)
    from sitroom.extract.events import NAME
    from sitroom.registry import content_version, stage_config

    for key in (rerank.RERANK_ENV, "SITROOM_EVENTS_DETECTOR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    return content_version(NAME, stage_config(NAME))


def _filter_for(tmp_path, detector_sha256: str):
    model = rerank.Reranker.load(rerank.RERANK_PATH)
    model.meta = {**model.meta, "detector_sha256": detector_sha256}
    model.save(tmp_path / "filter.npz")
    return tmp_path / "filter.npz"


def test_the_events_version_says_which_detector_and_filter_run(tmp_path, monkeypatch):
    from sitroom.extract.events.detector import EventDetector

    shipped = _events_version(monkeypatch)
    off = _events_version(monkeypatch, SITROOM_EVENTS_RERANKER="off")
    other = EventDetector.load(DETECTOR_PATH)
    other.meta = {**other.meta, "note": "a candidate"}
    other.save(tmp_path / "detector.npz")
    candidate = _events_version(monkeypatch, SITROOM_EVENTS_DETECTOR=tmp_path / "detector.npz")
    assert len({shipped, off, candidate}) == 3
    # the contents decide, not where the file is
    (tmp_path / "copy.npz").write_bytes(rerank.RERANK_PATH.read_bytes())
    assert _events_version(monkeypatch, SITROOM_EVENTS_RERANKER=tmp_path / "copy.npz") == shipped
    # a filter of another detector is not applied: the version is the one without a filter
    stale = _filter_for(tmp_path, "0" * 64)
    assert _events_version(monkeypatch, SITROOM_EVENTS_RERANKER=stale) == off


def test_a_filter_of_another_detector_is_not_applied_and_said_once(tmp_path, monkeypatch, capsys):
    stale = _filter_for(tmp_path, "0" * 64)
    monkeypatch.setenv(rerank.RERANK_ENV, str(stale))
    assert rerank.get_reranker(DETECTOR_PATH) is None
    assert rerank.get_reranker(DETECTOR_PATH) is None
    assert capsys.readouterr().err == (
        f"warning: the event filter {stale} was trained against another detector than {DETECTOR_PATH}; "
        "events are extracted without it (rebuild it with `make rerank`)\n")
    (tmp_path / "good").mkdir()
    good = _filter_for(tmp_path / "good", rerank.file_sha256(DETECTOR_PATH))
    monkeypatch.setenv(rerank.RERANK_ENV, str(good))
    assert rerank.get_reranker(DETECTOR_PATH).threshold == rerank.Reranker.load(rerank.RERANK_PATH).threshold
    monkeypatch.setenv(rerank.RERANK_ENV, "off")
    assert rerank.get_reranker(DETECTOR_PATH) is None
    assert capsys.readouterr().err == ""


def test_the_shipped_filter_runs_with_the_shipped_detector(monkeypatch):
    monkeypatch.delenv(rerank.RERANK_ENV, raising=False)
    assert rerank.active_path(DETECTOR_PATH) == rerank.RERANK_PATH


def test_a_rules_oof_cache_of_other_train_or_dev_files_is_refused(tmp_path, capsys):
    import rules_oof

    corpus, cache = tmp_path / "annotated", tmp_path / "cache"
    corpus.mkdir()
    cache.mkdir()
    for name in ("train.jsonl", "dev.jsonl"):
        (corpus / name).write_text('{"id": "a"}\n', encoding="utf-8")
    (cache / "contexts.pkl").write_bytes(b"")
    rebuild = (f"rebuild it: rm -r {cache} && make rerank RULES_OOF={cache} (or bench/rules_oof.py --build "
               f"--features F --cache {cache})")
    assert rules_oof.cache_problem(cache, corpus) == (
        f"{cache}: it does not record the train and dev files it was built from; {rebuild}")
    (cache / rules_oof.BUILT_FROM).write_text(__import__("json").dumps(rules_oof.corpus_hashes(corpus)))
    assert rules_oof.cache_problem(cache, corpus) is None
    (corpus / "dev.jsonl").write_text('{"id": "b"}\n', encoding="utf-8")
    assert rules_oof.cache_problem(cache, corpus) == f"{cache}: built from another dev.jsonl than {corpus / 'dev.jsonl'}; {rebuild}"
    assert tr.main(["--cache", str(cache), "--corpus", str(corpus)]) == 2
    assert capsys.readouterr().err == rules_oof.cache_problem(cache, corpus) + "\n"


def test_fold_detectors_stand_for_a_detector_only_when_fitted_and_typing_as_it(tmp_path):
    from sitroom.extract.events.detector import EventDetector
    import rules_oof

    det = EventDetector.load(DETECTOR_PATH)
    for k in range(rules_oof.FOLDS):
        det.save(tmp_path / f"fold{k}.npz")
    det.meta = {**det.meta, "C": rules_oof.FOLD_C}
    assert tr.fitted_alike(det) is None
    det.meta = {**det.meta, "C": 1.0}
    assert tr.fitted_alike(det) == f"the detector's C is 1.0, the fold detectors' {rules_oof.FOLD_C}"
    det.context_weight, det.lede_weight, det.context_eps = 1.0, 0.5, 0.02  # bench/type_context.py's weights
    folds = tr.fold_detectors(tmp_path, like=det)
    assert {(d.context_weight, d.lede_weight, d.context_eps) for d in folds} == {(1.0, 0.5, 0.02)}
    assert {d.context_weight for d in tr.fold_detectors(tmp_path)} == {0.0}


@pytest.mark.slow
def test_rules_oof_keeps_each_segment_of_a_long_text_at_its_own_offsets():
    # A text cut into segments: the records of a later segment were moved to the whole text's offsets by the
    # pipeline after the cache kept them, so its events lost their dates and places.
    import rules_oof
    from sitroom.read import segments

    para = "Gunmen abducted five farmers in Kaduna on Monday, police said on Tuesday.\n\n"
    text = para * (segments.SEGMENT_CHARS // len(para) + 5)
    parts = rules_oof._segments_of([DocumentIn(id="long", text=text, published="2021-03-03")])["long"]
    assert len(parts) >= 2
    for _off, ctx, _doc in parts:
        assert ctx.times and ctx.places
        assert all(ctx.text[t.start:t.end] == t.text for t in ctx.times)
        assert all(ctx.text[p.start:p.end] == p.text for p in ctx.places)


def _article_and_rows():
    """An article with one gold attack (sentence 0) and what the filter saw of it: a clash the rules after the
    filter recode as the attack, an attack in sentence 1 they drop, and an arrest in sentence 1 they keep."""
    from sitroom.evaluation.real import parse_article

    first, second = "Gunmen shot dead five farmers in Zamfara on Monday.", "Police later held two suspects."
    text = f"{first} {second}"
    art = parse_article({"id": "a1", "text": text, "published": "2024-03-12",
                         "sentences": [[0, len(first)], [len(first) + 1, len(text)]],
                         "events": [{"sentences": [0], "event_type": "Violence against civilians",
                                     "sub_event_type": "Attack", "country": "Nigeria", "date": "2024-03-11"}]})

    def event(kind, sub, s):
        start, end = art.sentences[s]
        return Event(event_type=kind, sub_event_type=sub, confidence=0.5, modality="asserted",
                     evidence=Evidence(sentence=s, start=start, end=end, text=text[start:end], paragraph=0))

    clash = event("Battles", "Armed clash", 0)
    dropped = event("Violence against civilians", "Attack", 1)
    arrest = event("Strategic developments", "Arrests", 1)
    recoded = clash.model_copy(update={"event_type": "Violence against civilians", "sub_event_type": "Attack"})
    x = np.eye(3)
    return art, tr.made_of(list(zip([clash, dropped, arrest], x)), [recoded, arrest]), recoded, arrest


def test_each_event_the_filter_saw_is_traced_to_what_the_rules_after_it_made_of_it():
    _, rows, recoded, arrest = _article_and_rows()
    assert [fs for _, _, fs in rows] == [[recoded], [], [arrest]]


def test_the_filter_learns_events_as_finally_coded_and_not_those_the_later_rules_drop():
    art, rows, recoded, arrest = _article_and_rows()
    x, y, groups, refs = tr.labelled([art], {"a1": rows})
    # the clash recoded as the gold attack is a real event; the dropped attack is not learned at all
    assert y.tolist() == [True, False] and x[:, 0].tolist() == [1.0, 0.0] and groups.tolist() == ["a1", "a1"]
    assert refs == [("a1", [recoded]), ("a1", [arrest])]
    # the table scores the final events of what each threshold keeps
    rows_t = tr.table([art], refs, np.array([0.9, 0.1]), thresholds=(0.0, 0.5))
    assert [(r[0], r[3], r[4]) for r in rows_t] == [(0.0, 1.0, 2), (0.5, 1.0, 1)]
