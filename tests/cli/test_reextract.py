"""`sitroom reextract`: stored documents get the current pipeline's records, without re-ingesting."""

from __future__ import annotations

import pytest

from sitroom.api import open_store
from sitroom.store import testing as T
from tests.cli._filled_db import run

TEXT = ("Taliban fighters captured Garmsir district in Helmand province on Sunday, killing five soldiers, "
        "officials said on Monday.")


def _stale_store(path: str) -> int:
    old = T.extraction(published="2021-07-12", version="sitroom-0.0+old",
                       events=[T.event(TEXT, "officials said on Monday.", "Protests", "Peaceful protest")])
    with open_store(path) as store:
        return store.add_document(T.source(TEXT, uri="garmsir.txt"), T.published("2021-07-12"), "en", old)


def test_reextract_with_nothing_to_do_reports_zero(tmp_path):
    path = str(tmp_path / "r.db")
    with open_store(path):
        pass
    result = run("reextract", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("re-extracted 0 documents with sitroom-")


@pytest.mark.slow
def test_reextract_replaces_stale_records_with_the_current_pipeline(tmp_path):
    from sitroom.pipeline import DEFAULT_STAGES, extractor_version

    path = str(tmp_path / "r.db")
    doc_id = _stale_store(path)
    result = run("reextract", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    assert "re-extracted 1 document" in result.output
    with open_store(path) as store:
        view = store.document(doc_id)
        assert view.document.extractor_version == extractor_version(DEFAULT_STAGES)
        assert all(e.event_type != "Protests" for e in view.events)  # the stale record is gone
        assert view.published.value == "2021-07-12"  # the metadata date survives
        assert store.summary().documents == 1
        assert list(store.documents_needing_extraction(extractor_version(DEFAULT_STAGES))) == []
    assert "re-extracted 0 documents" in run("reextract", "--db", path, "--quiet").output


@pytest.mark.slow
def test_a_document_that_cannot_be_stored_fails_alone(tmp_path, monkeypatch):
    from sitroom.api import reextract
    from sitroom.store.store import Store

    path = str(tmp_path / "r.db")
    first = _stale_store(path)
    with open_store(path) as store:
        second = store.add_document(T.source(TEXT + " Two more were wounded.", uri="two.txt"), T.published("2021-07-12"),
                                    "en", T.extraction(published="2021-07-12", version="sitroom-0.0+old"))
    real = Store._replace

    def flaky(self, conn, doc_id, extraction):
        if doc_id == first:
            raise RuntimeError("disk on fire")
        return real(self, conn, doc_id, extraction)

    # the batch of both fails; each is then stored on its own: the first fails alone
    monkeypatch.setattr(Store, "_replace", flaky)
    with open_store(path) as store:
        report = reextract(store)
        assert report.failed == [f"document {first}: could not be stored: RuntimeError: disk on fire"]
        assert report.updated == 1
        assert store.document(second).document.extractor_version == report.version
        assert store.document(first).document.extractor_version == "sitroom-0.0+old"


@pytest.mark.slow
def test_a_document_whose_extraction_failed_is_extracted_again(tmp_path):
    """A failure (say, memory running out mid-parse) is stored with the error and, when it struck before the
    language was read, no language: `reextract` tries it again even at the current version."""
    from sitroom.pipeline import DEFAULT_STAGES, extractor_version

    path = str(tmp_path / "r.db")
    version = extractor_version(DEFAULT_STAGES)
    failed = T.extraction(version=version).model_copy(update={"language": None, "error": "reading failed: MemoryError"})
    with open_store(path) as store:
        doc_id = store.add_document(T.source(TEXT, uri="garmsir.txt"), T.published("2021-07-12"), None, failed)
        assert [i for i, _d in store.documents_needing_extraction(version)] == [doc_id]
    result = run("reextract", "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    assert "re-extracted 1 document" in result.output
    with open_store(path) as store:
        view = store.document(doc_id)
        assert view.document.extraction_error is None and view.document.language == "en"
        assert any(e.event_type == "Battles" for e in view.events)
        assert list(store.documents_needing_extraction(version)) == []


def test_a_failed_extraction_is_counted_as_failed_not_as_updated(tmp_path, monkeypatch):
    from contextlib import contextmanager

    import sitroom.api as api
    from sitroom.pipeline import DEFAULT_STAGES, extractor_version

    path = str(tmp_path / "r.db")
    doc_id = _stale_store(path)
    version = extractor_version(DEFAULT_STAGES)

    @contextmanager
    def failing_engine(_settings, _stages):
        yield lambda docs: (T.extraction(doc_id=d.id, version=version).model_copy(
            update={"error": "parse failed: MemoryError"}) for d in docs)

    monkeypatch.setattr(api, "extraction_engine", failing_engine)
    with open_store(path) as store:
        report = api.reextract(store)
        assert report.failed == [f"document {doc_id}: parse failed: MemoryError"]
        assert report.updated == 0
        assert store.document(doc_id).document.extraction_error == "parse failed: MemoryError"
