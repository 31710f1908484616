"""`sitroom ingest` over the whole bad-input corpus (tests/acquire/bad_corpus.py) plus good reports, in one
run: each bad input prints its exact one-line error, the run exits 1, and every good document, beside
the bad ones or inside a half-bad file, is stored (issue 14)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.acquire.bad_corpus import URL_CASES, cases, expected_lines, report, write_corpus

GOOD = {f"good-{i}.txt": f"Report {i} from the north\n\n{report(200 + i)}" for i in range(3)}
NON_UTF8_GOOD = b"caf\xe9-report.txt"  # a Latin-1 file name: not valid UTF-8
NON_UTF8_EMPTY = b"empty-\xff.txt"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The corpus, good files and odd names in one folder, ingested once: (folder, process, db)."""
    tmp = tmp_path_factory.mktemp("corpus")
    folder = tmp / "in"
    write_corpus(folder)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    os.close(os.open(os.path.join(os.fsencode(folder), NON_UTF8_EMPTY), os.O_CREAT | os.O_WRONLY))
    with open(os.path.join(os.fsencode(folder), NON_UTF8_GOOD), "wb") as f:
        f.write(b"Caf\xe9 owners in Kagara said gunmen raided the market on Tuesday.\n")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    db = tmp / "s.db"
    proc = subprocess.run([sys.executable, "-m", "sitroom", "ingest", "--quiet", "--db", str(db), str(folder),
                           *[argument for argument, _ in URL_CASES]],
                          capture_output=True, text=True, timeout=1800)
    return folder, proc, db


def _stored(db: Path) -> dict[str, tuple]:
    con = sqlite3.connect(db)
    try:
        return {uri: (language, encoding, text) for uri, language, encoding, text
                in con.execute("select uri, language, encoding, text from documents")}
    finally:
        con.close()


@pytest.mark.slow
@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_each_case_prints_its_line_and_its_good_documents_are_stored(run, case):
    folder, proc, db = run
    lines = proc.stderr.splitlines()
    for line in expected_lines(folder, case):
        assert line in lines
    base = str(folder / case.name)
    stored = {uri: row for uri, row in _stored(db).items() if uri == base or uri.startswith(base + "#")}
    assert len(stored) == case.docs, stored.keys()
    if case.language:
        assert {row[0] for row in stored.values()} == {case.language}
    if case.encoding:
        assert {row[1] for row in stored.values()} == {case.encoding}


@pytest.mark.slow
@pytest.mark.parametrize("argument, reason", URL_CASES, ids=[a for a, _ in URL_CASES])
def test_each_bad_argument_prints_its_line(run, argument, reason):
    assert f"Error: {argument}: {reason}" in run[1].stderr.splitlines()


@pytest.mark.slow
def test_the_run_exits_1_counts_every_failure_and_stores_the_good_reports(run):
    folder, proc, db = run
    assert proc.returncode == 1
    n_errors = sum(len(c.errors) for c in cases()) + len(URL_CASES) + 2  # + the empty odd name, the dangling link
    assert len([line for line in proc.stderr.splitlines() if line.startswith("Error: ")]) == n_errors
    assert "Traceback" not in proc.stderr
    n_docs = sum(c.docs for c in cases()) + len(GOOD) + 1
    n_foreign = sum(c.docs for c in cases() if c.language not in (None, "en"))
    assert proc.stdout.strip() == (f"ingested {n_docs}, already stored 0, duplicates skipped 0, "
                                   f"near-duplicates linked 0, non-English stored {n_foreign}, failed {n_errors}")
    stored = _stored(db)
    assert len(stored) == n_docs
    for name in GOOD:
        assert str(folder / name) in stored


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_is_named_with_its_bytes_escaped(run):
    folder, proc, db = run
    assert f"Error: {folder}/empty-\\xff.txt: empty file (0 bytes)" in proc.stderr.splitlines()
    stored = _stored(db)
    assert stored[f"{folder}/caf\\xe9-report.txt"][2].startswith("Caf\u00e9 owners in Kagara")


@pytest.mark.slow
def test_a_dangling_link_is_named(run):
    folder, proc, _db = run
    assert f"Error: {folder / 'dangling.txt'}: cannot read file: No such file or directory" in proc.stderr.splitlines()


@pytest.mark.slow
def test_a_rerun_stores_nothing_new_and_logs_no_duplicates(run):
    folder, _proc, db = run
    before = _stored(db)
    again = subprocess.run([sys.executable, "-m", "sitroom", "ingest", "--quiet", "--db", str(db), str(folder)],
                           capture_output=True, text=True, timeout=1800)
    assert again.returncode == 1  # the bad inputs are still bad
    assert again.stdout.startswith(f"ingested 0, already stored {len(before)}, duplicates skipped 0, ")
    con = sqlite3.connect(db)
    try:
        assert con.execute("select count(*) from duplicates").fetchone()[0] == 0
        assert con.execute("select count(*) from documents").fetchone()[0] == len(before)
    finally:
        con.close()
