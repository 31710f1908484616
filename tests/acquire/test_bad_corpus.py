"""The bad-input corpus read by acquire: each case gives exactly its errors (source and reason, one line
each) and yields its good documents (issue 14). `tests/cli/test_bad_corpus_cli.py` ingests the same
corpus with the CLI and checks what is stored."""

from __future__ import annotations

import os

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


def test_an_unreadable_sub_folder_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    from .bad_corpus import report

    (tmp_path / "a.txt").write_text(report(500), encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(report(501), encoding="utf-8")
    (tmp_path / "z.txt").write_text(report(502), encoding="utf-8")
    if os.geteuid() == 0:  # root reads any folder: make this one refuse as a locked folder would
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        items = list(iter_documents([str(tmp_path)], AcquireOptions()))
    finally:
        locked.chmod(0o755)
    assert [i.uri if isinstance(i, SourceDocument) else str(i) for i in items] == [
        str(tmp_path / "a.txt"), str(tmp_path / "z.txt"),
        f"{locked}: cannot read folder: Permission denied; its files were skipped"]


def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as f:
        f.write(b"Caf\xe9 owners in Kagara said gunmen raided the market on Tuesday.\n")
    os.close(os.open(os.path.join(folder, b"\xff\xfe.txt"), os.O_CREAT | os.O_WRONLY))
    items = list(iter_documents([str(tmp_path)], AcquireOptions()))
    assert [str(i) if isinstance(i, InputError) else i.uri for i in items] == [
        f"{tmp_path}/caf\\xe9.txt", f"{tmp_path}/\\xff\\xfe.txt: empty file (0 bytes)"]
    assert items[0].text.startswith("Caf\u00e9 owners")


def test_html_nested_10000_deep_keeps_its_text(tmp_path):
    from .bad_corpus import _deep_html

    path = tmp_path / "deep.html"
    path.write_bytes(_deep_html(10_000))
    [doc] = list(iter_documents([str(path)], AcquireOptions()))
    assert doc.text == "Gunmen attacked a school in Kagara on Wednesday, killing one student, officials said.\n"
    assert doc.title == "Deep page"
