"""Article dumps: JSON Lines (or a JSON array) and CSV, one article per line or row.

Field names come from :class:`AcquireOptions` so dumps from other tools can be
read as they are. A bad line is reported as ``path:line`` and the rest carry on.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..records import SourceDocument
from .dedup import content_hash
from .options import AcquireOptions
from .text import normalise_newlines

# Article texts are long; the csv module's default 128 KB field limit would reject some.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def jsonl_documents(text: str, uri: str, opts: AcquireOptions, encoding: str) -> Iterator[SourceDocument | InputError]:
    """Yield a document or an InputError for each line of a JSONL dump (or item of a JSON array)."""
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n" in stripped.rstrip():
        # One pretty-printed object spread over lines, or JSON Lines? Only the first parses whole.
        try:
            single = json.loads(stripped)
        except json.JSONDecodeError:
            single = None
        if isinstance(single, dict):
            yield from _records(uri, [(1, single)], opts, encoding, "jsonl")
            return
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield InputError(uri, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
            return
        if not isinstance(items, list):
            yield InputError(uri, "a JSON dump must be an array of objects or one object per line")
            return
        yield from _records(uri, ((i, item) for i, item in enumerate(items, 1)), opts, encoding, "jsonl")
        return
    yield from _records(uri, _jsonl_lines(text, uri), opts, encoding, "jsonl")


def csv_documents(text: str, uri: str, opts: AcquireOptions, encoding: str) -> Iterator[SourceDocument | InputError]:
    """Yield a document or an InputError for each row of a CSV (or TSV) dump with a header row."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text, uri))
    if not reader.fieldnames or opts.text_field not in reader.fieldnames:
        found = ", ".join(reader.fieldnames or []) or "none"
        yield InputError(uri, f"CSV has no {opts.text_field!r} column (columns: {found}); "
                              "name the text column with the text-field option")
        return

    def rows() -> Iterator[tuple[int, Any]]:
        # Rows are numbered by the line they start on (quoted texts span several lines);
        # DictReader's line_num is the line where the row just read ended.
        start = reader.line_num + 1 if reader.fieldnames else 2
        try:
            for row in reader:
                yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            yield start, InputError(f"{uri}:{start}", f"malformed CSV: {exc}")

    yield from _records(uri, rows(), opts, encoding, "csv")


def _delimiter(text: str, uri: str) -> str:
    """The delimiter of a CSV dump, judged from its header row.

    csv.Sniffer looks at the whole sample and is misled by prose full of commas and
    semicolons; column names seldom contain delimiters, so the header decides.
    """
    if uri.lower().endswith(".tsv"):
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _jsonl_lines(text: str, uri: str) -> Iterator[tuple[int, Any]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, InputError(f"{uri}:{lineno}", f"line is not JSON ({exc.msg} at column {exc.colno})")


def _records(uri: str, items: Iterable[tuple[int, Any]], opts: AcquireOptions, encoding: str,
             fmt: str) -> Iterator[SourceDocument | InputError]:
    """Documents from (line or item number, parsed object) pairs; errors name ``uri:number``."""
    for number, obj in items:
        where = f"{uri}:{number}"
        if isinstance(obj, InputError):
            yield obj
            continue
        if not isinstance(obj, dict):
            yield InputError(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        text = obj.get(opts.text_field)
        if not isinstance(text, str) or not text.strip():
            problem = "missing" if opts.text_field not in obj else "empty or not a string"
            yield InputError(where, f"text field {opts.text_field!r} is {problem}")
            continue
        text = normalise_newlines(text)
        record_id = _str(obj.get(opts.id_field))
        yield SourceDocument(
            uri=f"{uri}#{record_id or number}", text=text, title=_str(obj.get(opts.title_field)), url=_str(obj.get(opts.url_field)),
            source=_str(obj.get(opts.source_field)), published=_str(obj.get(opts.published_field)),
            format=fmt, encoding=encoding, content_hash=content_hash(text),
        )


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
