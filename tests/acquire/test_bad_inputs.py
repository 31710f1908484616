"""Each bad input gives one InputError naming the input and the reason; the batch carries on."""

from __future__ import annotations

import pytest

from sitroom.acquire import AcquireOptions, iter_documents
from sitroom.errors import InputError
from sitroom.records import SourceDocument

from .conftest import BAD, REPORTS


def read(*paths, opts=None) -> list:
    return list(iter_documents([str(p) for p in paths], opts or AcquireOptions()))


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file (0 bytes)"),
    ("blank.txt", "empty file (only whitespace)"),
    ("image.txt", "binary file (PNG image), not text"),
    ("nul-bytes.dat", "binary file (contains NUL bytes), not text"),
    ("undecodable.txt", "undecodable text: not UTF-8 or UTF-16, and no legacy encoding reads it cleanly"),
    ("malformed.html", "malformed or empty HTML: no main text found"),
    ("not-xml.rss", "not a feed: the file is not XML"),
    ("not-a-feed.xml", "XML that is not an RSS or Atom feed"),
    ("no-text-column.csv", "CSV has no 'text' column (columns: id, title, body)"),
])
def test_bad_file_is_one_error_naming_it(name, reason):
    [error] = read(BAD / name)
    assert isinstance(error, InputError)
    assert error.source == str(BAD / name)
    assert error.reason.startswith(reason)
    assert str(error) == f"{BAD / name}: {error.reason}" and "\n" not in str(error)


def test_file_over_the_size_limit_is_refused_before_reading():
    [error] = read(REPORTS / "centcom-abu-jandal.txt", opts=AcquireOptions(max_bytes=100))
    assert isinstance(error, InputError)
    assert error.reason == "file too large: 678 bytes, over the limit of 100 bytes (raise it with --max-mb)"


def test_size_limit_in_megabytes_reads_as_such(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Fighting continued. " * 60000)  # 1.1 MB
    [error] = read(path, opts=AcquireOptions(max_bytes=1024 * 1024))
    assert error.reason == "file too large: 1.1 MB, over the limit of 1.0 MB (raise it with --max-mb)"


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_warc_cut_mid_record_keeps_the_records_before_the_cut(name):
    items = read(BAD / name)
    assert isinstance(items[0], SourceDocument)
    assert items[0].title == "Myanmar records its deadliest day of pro-democracy protests"
    assert isinstance(items[1], InputError) and len(items) == 2
    assert items[1].source == str(BAD / name)
    assert items[1].reason.startswith("WARC cut mid-record")


def test_jsonl_bad_lines_are_named_by_line_and_the_others_carry_on():
    items = read(BAD / "bad-lines.jsonl")
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["SourceDocument", "InputError", "InputError", "SourceDocument"]
    assert items[1].source == f"{BAD / 'bad-lines.jsonl'}:2"
    assert items[1].reason.startswith("line is not JSON")
    assert items[2].source == f"{BAD / 'bad-lines.jsonl'}:3"
    assert items[2].reason == "text field 'text' is missing"
    assert items[3].uri.endswith("bad-lines.jsonl#good-2")


def test_a_folder_of_bad_inputs_reports_each_and_keeps_the_good_parts():
    items = read(BAD)
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert len(errors) == 13  # nine bad files, two cut archives, two bad JSONL lines
    assert len(docs) == 4  # two JSONL lines, and the first page of each cut archive


def test_missing_path_and_unsupported_scheme():
    missing, ftp = read("/no/such/report.txt", "ftp://example.org/report.txt")
    assert missing.reason == "no such file or folder"
    assert ftp.reason.startswith("unsupported URL scheme")


def test_json_array_and_non_object_items(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text('[{"text": "The convoy was attacked near the border."}, 42, {"title": "no text"}]')
    doc, not_object, no_text = read(path)
    assert doc.text == "The convoy was attacked near the border."
    assert not_object.source == f"{path}:2" and not_object.reason == "expected a JSON object, got int"
    assert no_text.reason == "text field 'text' is missing"


def test_gzip_that_is_not_a_warc(tmp_path):
    import gzip

    path = tmp_path / "notes.gz"
    path.write_bytes(gzip.compress(b"just some text"))
    [error] = read(path)
    assert error.reason == "binary file (gzip data that is not a WARC archive), not text"
