"""Input shards for the cluster: JSONL and Parquet files named by a file, a folder or a glob, cut into
chunks of a few documents that any worker can read on its own.

The driver only scans for line (or row-group) boundaries; the workers read and parse the documents,
so the text never passes through the driver. A chunk knows where its documents start, so a bad line
is reported as ``path:line: reason``, as `sitroom extract` reports it on one machine.
"""

from __future__ import annotations

import glob
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

from ..acquire.dumps import parse_json, record_document
from ..errors import ConfigError
from ..records import DocumentIn

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


@dataclass(frozen=True)
class Chunk:
    """Documents ``first`` .. ``first + count - 1`` of one shard.

    kind: "jsonl" (``start``/``end`` are byte offsets, ``first`` the 1-based line number) or "parquet"
    (``start`` is the row group, ``first`` the 1-based row number of its first row).
    """

    path: str
    kind: str
    start: int
    end: int
    first: int
    count: int

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "Chunk":
        return cls(**json.loads(text))


def list_shards(spec: str) -> list[str]:
    """The shard files ``spec`` names: one file, every .jsonl/.ndjson/.parquet file under a folder
    (recursively), or a glob; sorted, so every run sees them in the same order.
    RAISES ConfigError: nothing matches, or a named file is not JSONL or Parquet.
    """
    path = Path(spec).expanduser()
    if path.is_file():
        files = [str(path)]
        if _kind(files[0]) is None:
            raise ConfigError(f"{spec}: not a JSONL (.jsonl, .ndjson) or Parquet (.parquet) file")
    elif path.is_dir():
        files = sorted(str(p) for p in path.rglob("*") if p.is_file() and _kind(str(p)))
    else:
        files = sorted(p for p in glob.glob(os.path.expanduser(spec), recursive=True)
                       if os.path.isfile(p) and _kind(p))
    if not files:
        raise ConfigError(f"{spec}: no JSONL or Parquet shards found")
    return files


def _kind(path: str) -> Optional[str]:
    return SUFFIXES.get(Path(path).suffix.lower())


def plan_chunks(shards: list[str], per_chunk: int) -> Iterator[Chunk]:
    """Every shard cut into chunks of at most ``per_chunk`` documents (a Parquet chunk is a row group)."""
    for path in shards:
        if _kind(path) == "parquet":
            yield from _parquet_chunks(path)
        else:
            yield from _jsonl_chunks(path, per_chunk)


def _jsonl_chunks(path: str, per_chunk: int) -> Iterator[Chunk]:
    start, first, count, offset, lineno = 0, 1, 0, 0, 0
    with open(path, "rb") as f:
        for line in f:
            lineno += 1
            offset += len(line)
            if line.strip():
                count += 1
            if count >= per_chunk:
                yield Chunk(path, "jsonl", start, offset, first, count)
                start, first, count = offset, lineno + 1, 0
    if count:
        yield Chunk(path, "jsonl", start, offset, first, count)


def _parquet_chunks(path: str) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # pyarrow raises its own error types for a bad file
        raise ConfigError(f"{path}: not a readable Parquet file ({' '.join(str(exc).split())[:200]})") from None
    first = 1
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        if rows:
            yield Chunk(path, "parquet", group, group + 1, first, rows)
        first += rows


def read_chunk(chunk: Chunk, default_published: Optional[str] = None) -> Iterator[Union[DocumentIn, str]]:
    """The chunk's documents in order; a record that is not a document comes as its error line
    (``path:line: reason`` or ``path:row N: reason``) instead."""
    if chunk.kind == "parquet":
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(chunk.path).read_row_group(chunk.start).to_pylist()
        for k, row in enumerate(rows):
            try:
                yield record_document(row, default_published)
            except ValueError as exc:
                yield f"{chunk.path}:row {chunk.first + k}: {exc}"
        return
    with open(chunk.path, "rb") as f:
        f.seek(chunk.start)
        data = f.read(chunk.end - chunk.start)
    for k, raw in enumerate(data.split(b"\n")):
        if not raw.strip():
            continue
        where = f"{chunk.path}:{chunk.first + k}"
        try:
            obj = parse_json(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield f"{where}: line is not UTF-8 ({exc.reason} at byte {exc.start})"
            continue
        except ValueError as exc:  # worded as on one machine: `extract` and `ingest` say the same
            yield f"{where}: line is not JSON ({exc})"
            continue
        try:
            yield record_document(obj, default_published)
        except ValueError as exc:
            yield f"{where}: {str(exc).splitlines()[0]}"
