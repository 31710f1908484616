"""`sitroom bench throughput` on a corpus it cannot use: one line naming it, exit 1 (2 for a bad option), no traceback."""

from __future__ import annotations

import pytest

from tests.cli._filled_db import run_process as run


@pytest.mark.parametrize("make, message", [
    (lambda p: (p / "empty.jsonl").write_text("", encoding="utf-8") and None or p / "empty.jsonl",
     "no documents: give a JSONL file of {id, text} lines or a folder of .txt/.jsonl files"),
    (lambda p: p / "missing", "no such file or folder"),
    (lambda p: (p / "bad.jsonl").write_text('{"text": "x"}\n{oops\n', encoding="utf-8") and None or p / "bad.jsonl",
     "not a JSON object"),
])
def test_an_unusable_corpus_is_one_line(tmp_path, make, message):
    path = make(tmp_path)
    result = run("bench", "throughput", "--corpus", str(path), "--docs", "2")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout
    assert result.stderr.strip().startswith(f"Error: {path}") and message in result.stderr


def test_zero_documents_is_refused():
    result = run("bench", "throughput", "--docs", "0")
    assert result.returncode == 2 and "--docs" in result.stderr
