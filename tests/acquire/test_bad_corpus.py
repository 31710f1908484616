"""The bad-input corpus read by acquire: each case gives exactly its errors (source and reason, one line
each) and yields its good documents (issue 14). `tests/cli/test_bad_corpus_cli.py` ingests the same
corpus with the CLI and checks what is stored."""

from __future__ import annotations

import pytest

from sitroom.acquire import AcquireOptions, iter_documents
from sitroom.errors import InputError
from sitroom.records import SourceDocument

from .bad_corpus import URL_CASES, cases


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_each_bad_file_gives_its_exact_errors_and_keeps_its_good_documents(case, tmp_path):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    items = list(iter_documents([str(path)], AcquireOptions()))
    errors = [(e.source, e.reason) for e in items if isinstance(e, InputError)]
    assert errors == [(f"{path}{suffix}", reason) for suffix, reason in case.errors]
    assert all("\n" not in f"{source}: {reason}" for source, reason in errors)
    docs = [d for d in items if isinstance(d, SourceDocument)]
    assert len(docs) == case.docs
    if case.encoding:
        assert [d.encoding for d in docs] == [case.encoding]


@pytest.mark.parametrize("argument, reason", URL_CASES, ids=[a for a, _ in URL_CASES])
def test_each_bad_url_argument_is_one_error(argument, reason):
    [error] = list(iter_documents([argument], AcquireOptions()))
    assert isinstance(error, InputError)
    assert (error.source, error.reason) == (argument, reason)
