"""Article dumps: JSON Lines (or a JSON array) and CSV, one article per line or row.

Field names come from :class:`AcquireOptions` so dumps from other tools can be
read as they are. A bad line is reported as ``path:line`` and the rest carry on.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..records import DocumentIn, SourceDocument
from .dedup import content_hash
from .options import AcquireOptions
from .text import clean_str, main_text_problem, normalise_newlines

# Article texts are long; the csv module's default 128 KB field limit would reject some.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def jsonl_documents(text: str, uri: str, opts: AcquireOptions, encoding: str) -> Iterator[SourceDocument | InputError]:
    """Yield a document or an InputError for each line of a JSONL dump (or item of a JSON array)."""
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n" in stripped.rstrip():
        # One pretty-printed object spread over lines, or JSON Lines? Only the first parses whole.
        try:
            single = parse_json(stripped)
        except ValueError:
            single = None
        if isinstance(single, dict):
            yield from _records(uri, [(1, single)], opts, encoding, "jsonl")
            return
    if stripped.startswith("["):
        try:
            items = parse_json(stripped)
        except ValueError as exc:
            yield InputError(uri, f"not valid JSON: {exc}")
            return
        if not isinstance(items, list):
            yield InputError(uri, "a JSON dump must be an array of objects or one object per line")
            return
        if not items:
            yield InputError(uri, "the JSON array is empty: no articles in it")
            return
        yield from _records(uri, ((i, item) for i, item in enumerate(items, 1)), opts, encoding, "jsonl")
        return
    yield from _records(uri, _jsonl_lines(text, uri), opts, encoding, "jsonl")


def csv_documents(text: str, uri: str, opts: AcquireOptions, encoding: str) -> Iterator[SourceDocument | InputError]:
    """Yield a document or an InputError for each row of a CSV (or TSV) dump with a header row."""
    # strict: a quote left open is an error, not a field that swallows every row after it.
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text, uri), strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield InputError(uri, f"malformed CSV header row: {exc}")
        return
    if not fieldnames or opts.text_field not in fieldnames:
        found = ", ".join(fieldnames or []) or "none"
        yield InputError(uri, f"CSV has no {opts.text_field!r} column (columns: {found}); "
                              "name the text column with the text-field option")
        return

    def rows() -> Iterator[tuple[int, Any]]:
        # Rows are numbered by the line they start on (quoted texts span several lines);
        # DictReader's line_num is the line where the row just read ended.
        start = reader.line_num + 1
        count = 0
        try:
            for row in reader:
                count += 1
                yield start, row
                start = reader.line_num + 1
        except csv.Error as exc:
            reason = "a quoted field is never closed" if "end of data" in str(exc) else str(exc)
            yield start, InputError(f"{uri}:{start}", f"malformed CSV ({reason}; check the quotes): "
                                                      f"this row and the rest of the file were not read")
            return
        if count == 0:
            yield 0, InputError(uri, "CSV has a header row but no articles")

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
            yield lineno, parse_json(line)
        except ValueError as exc:
            yield lineno, InputError(f"{uri}:{lineno}", f"line is not JSON ({exc})")


# Deeper nesting than any article record needs; Python's parser would hit its recursion limit
# (RecursionError, not a JSONDecodeError) somewhere near 1,000.
MAX_JSON_DEPTH = 200
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def parse_json(text: str) -> Any:
    """json.loads with every failure a ValueError whose message says what is wrong, in one line.

    Besides syntax errors: nesting deeper than MAX_JSON_DEPTH, and integers longer than
    Python converts (4,300 digits), which json.loads reports as other exceptions.
    """
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH:  # cheap test first; strings skipped below
        depth = deepest = 0
        for token in _BRACKETS.findall(text):
            if token in "[{":
                depth += 1
                deepest = max(deepest, depth)
                if deepest > MAX_JSON_DEPTH:
                    raise ValueError(f"nested more than {MAX_JSON_DEPTH} levels deep")
            elif token in "]}":
                depth -= 1
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno} column {exc.colno}"
        # "Unterminated string starting at": some of json's messages end in "at" already
        raise ValueError(f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}") from None
    except RecursionError:
        raise ValueError(f"nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError as exc:  # int() refusing a number of more than 4,300 digits
        if "digits" in str(exc):
            raise ValueError(f"a number with more than {sys.get_int_max_str_digits():,} digits") from None
        raise ValueError(str(exc).splitlines()[0]) from None


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
        fields = {}
        for key, name in (("id", opts.id_field), ("title", opts.title_field), ("url", opts.url_field),
                          ("source", opts.source_field), ("published", opts.published_field)):
            value = obj.get(name)
            if value is not None and not isinstance(value, (str, int, float)) or isinstance(value, bool):
                break
            fields[key] = _str(value)
        else:
            problem = _published_problem(fields["published"])
            if problem:
                yield InputError(where, f"field {opts.published_field!r}: {problem}")
                continue
            yield SourceDocument(
                uri=f"{uri}#{fields['id'] or number}", text=text, title=fields["title"], url=fields["url"],
                source=fields["source"], published=fields["published"],
                format=fmt, encoding=encoding, content_hash=content_hash(text), failure_source=where,
            )
            continue
        yield InputError(where, f"field {name!r} is {_json_kind(value)}, not a string")


def _published_problem(value: str | None) -> str | None:
    """Why a record's publication date is refused, or None. A date the record gives and no reader can
    read is refused with the record, not stored as undated: the user fixes it and ingests again."""
    from ..read.published import check_published

    if value is None:
        return None
    try:
        check_published(value)
    except ValueError as exc:
        return str(exc)
    return None


def record_document(obj: Any, default_published: str | None = None) -> DocumentIn:
    """One parsed record of `sitroom extract`'s input (a JSONL line, a Parquet row) as a document, checked
    as `ingest` checks a dump's records (on one machine and on a Ray cluster alike).
    RAISES ValueError: one line naming the field at fault.
    """
    if isinstance(obj, dict):  # JSON may escape lone surrogates ("\ud800"), which no output can encode
        obj = {k: clean_str(v) if isinstance(v, str) else v for k, v in obj.items()}
    doc = DocumentIn.from_input(obj, default_published)
    if not doc.text.strip():  # as `ingest` says it of a dump's record
        raise ValueError("text field 'text' is empty or not a string")
    problem = main_text_problem(doc.text)
    if problem:
        raise ValueError(problem)
    problem = _published_problem(doc.published)
    if problem:
        raise ValueError(f"field 'published': {problem}")
    return doc


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = clean_str(str(value)).strip()
    return value or None


def _json_kind(value: Any) -> str:
    """How a JSON value is called in messages: "an object", "a list", "true"."""
    if isinstance(value, bool):
        return "a boolean"
    return {dict: "an object", list: "a list"}.get(type(value), f"a {type(value).__name__}")
