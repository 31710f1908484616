"""Where `sitroom extract --engine ray` writes: one JSONL stream (a file or stdout), or a folder with one
JSONL shard per input shard.

A shard in the folder is written under a temporary name and renamed when its last document is in, so a
killed run leaves only complete shards, and running it again extracts just the shards still missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Optional

from .shards import Chunk


class StreamSink:
    """Every line to one open text stream, in input order."""

    def __init__(self, dst: IO[str]):
        self.dst = dst

    def pending(self, chunks: list[Chunk]) -> list[Chunk]:
        return chunks

    def write(self, chunk: Chunk, line: Optional[str]) -> None:
        if line is not None:
            self.dst.write(line + "\n")

    def close(self) -> None:
        self.dst.flush()


class FolderSink:
    """One ``<shard name>.jsonl`` per input shard under ``root``, named by the shard's path below the
    inputs' common folder."""

    def __init__(self, root: str, shards: list[str]):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        base = os.path.commonpath([os.path.dirname(os.path.abspath(s)) for s in shards])
        self.names = {s: Path(os.path.relpath(os.path.abspath(s), base)).with_suffix(".jsonl") for s in shards}
        self.left: dict[str, int] = {}
        self.open: dict[str, IO[str]] = {}

    def target(self, shard: str) -> Path:
        return self.root / self.names[shard]

    def pending(self, chunks: list[Chunk]) -> list[Chunk]:
        """The chunks of shards whose output is not there yet (a re-run skips the finished ones)."""
        todo = [c for c in chunks if not self.target(c.path).exists()]
        for c in todo:
            self.left[c.path] = self.left.get(c.path, 0) + c.count
        return todo

    def write(self, chunk: Chunk, line: Optional[str]) -> None:
        """Write ``line`` (None: a record that was not a document, counted but not written)."""
        path = chunk.path
        if path not in self.open:
            tmp = self._tmp(path)
            tmp.parent.mkdir(parents=True, exist_ok=True)
            self.open[path] = open(tmp, "w", encoding="utf-8")
        if line is not None:
            self.open[path].write(line + "\n")
        self.left[path] -= 1
        if self.left[path] == 0:
            self.open.pop(path).close()
            os.replace(self._tmp(path), self.target(path))

    def _tmp(self, shard: str) -> Path:
        target = self.target(shard)
        return target.with_name(f".{target.name}.part")

    def close(self) -> None:
        for f in self.open.values():  # only left open when the run failed: the shard stays unfinished
            f.close()
