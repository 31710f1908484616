"""The library API that the CLI and the web app call. Nothing here prints."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import IO, Iterator, Optional

from pydantic import ValidationError

from .pipeline import extract_stream
from .records import DocumentIn


@dataclass
class BatchStats:
    ok: int = 0
    errors: list[str] = field(default_factory=list)


def read_jsonl_documents(src: IO[str], stats: BatchStats, name: str = "input",
                         default_published: Optional[str] = None) -> Iterator[DocumentIn]:
    """Yield DocumentIn from JSONL lines; bad lines are recorded in ``stats`` and skipped."""
    for lineno, line in enumerate(src, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            if "id" in obj:
                obj["id"] = str(obj["id"])
            if default_published and not obj.get("published"):
                obj["published"] = default_published
            yield DocumentIn.model_validate(obj)
        except (ValueError, ValidationError) as exc:
            reason = str(exc).splitlines()[0] if not isinstance(exc, ValidationError) else _validation_reason(exc)
            stats.errors.append(f"{name}:{lineno}: {reason}")


def _validation_reason(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"field {'.'.join(str(p) for p in err['loc'])}: {err['msg']}"


def extract_jsonl(src: IO[str], dst: IO[str], jobs: int = 1, default_published: Optional[str] = None) -> BatchStats:
    """Run the pipeline over JSONL documents and write one JSON line per document."""
    stats = BatchStats()
    docs = read_jsonl_documents(src, stats, getattr(src, "name", "input"), default_published)
    for result in extract_stream(docs, jobs=jobs):
        dst.write(result.model_dump_json() + "\n")
        if result.error:
            stats.errors.append(f"{result.id}: {result.error}")
        else:
            stats.ok += 1
    dst.flush()
    return stats
