"""The pipeline actor: one per Ray worker process, holding the pipeline (spaCy, the gazetteer, the
events models) loaded once, fed by Ray Data's ``map_batches`` with an actor pool.

Each input row is one task: a chunk of a shard to read (see :mod:`.shards`) or a list of documents the
driver sends. Each output row is one document: its extraction as the JSON line `sitroom extract` writes,
or the error line of a record that was not a document. Rows say which worker made them, its peak
memory, the CPU time its process has used, and how much of it went into the pipeline and for how long
it ran, which `sitroom bench scale` reports (what the actor spends around the pipeline is Ray's cost;
the time it did not run, waiting for its next task, is too).
"""

from __future__ import annotations

import json
import os
import resource
import time
from typing import Any, Optional

from ..records import DocumentIn
from .shards import Chunk, read_chunk

# Output columns, typed up front: a batch whose rows are all null would otherwise infer a null column.
COLUMNS = (("task", "int64"), ("id", "string"), ("result", "string"), ("error", "string"),
           ("pid", "int64"), ("peak_mb", "float64"), ("cpu_s", "float64"), ("pipeline_cpu_s", "float64"),
           ("busy_s", "float64"))


# A document run through the pipeline in the actor's constructor, so its models (spaCy, the language
# identifier, the gazetteer, the events models) load there and not in its first task: Ray Data hands out
# the first tasks once every actor is constructed, so the actors load side by side while the job starts,
# and the first tasks do not load them while Ray Data's helper actors start on the same cores. Its
# extraction is dropped; the models' caches are pure, so every document's output stays the same.
WARM_UP_DOC = DocumentIn(id="warm-up", published="2024-03-04", text=(
    "Police fired tear gas at protesters in Lagos on Monday, the Nigerian army said. Two soldiers were killed "
    "in an attack near Kharkiv on Sunday, the regional governor told Reuters. \"We will respond,\" he said."))


def task_for_chunk(seq: int, chunk: Chunk) -> dict[str, Any]:
    return {"seq": seq, "chunk": chunk.to_json(), "docs": None}


def task_for_docs(seq: int, docs: list[DocumentIn]) -> dict[str, Any]:
    return {"seq": seq, "chunk": None, "docs": json.dumps([d.model_dump(mode="json") for d in docs])}


class PipelineActor:
    """A Ray Data callable class: the pipeline built once in ``__init__``, batches extracted in ``__call__``."""

    def __init__(self, stages: tuple[str, ...], actors: tuple[str, ...] = (), config: Optional[dict] = None,
                 default_published: Optional[str] = None):
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(stages, config, actors)
        self.pipeline.run_batch([WARM_UP_DOC])  # loads the models now (see WARM_UP_DOC)
        self.default_published = default_published
        self.pipeline_cpu_s = 0.0  # CPU seconds of this thread inside the pipeline, all tasks so far
        self.busy_s = 0.0  # wall seconds inside __call__, all tasks so far

    def __call__(self, batch):
        import pyarrow as pa

        start = time.perf_counter()
        rows: list[dict[str, Any]] = []
        for task in batch.to_pylist():
            rows.extend(self._run(task))
        usage = resource.getrusage(resource.RUSAGE_SELF)
        peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime  # maxrss is in KiB on Linux
        self.busy_s += time.perf_counter() - start
        for row in rows:
            row.update(pid=os.getpid(), peak_mb=peak, cpu_s=cpu, pipeline_cpu_s=self.pipeline_cpu_s, busy_s=self.busy_s)
        schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
        return pa.Table.from_pylist(rows, schema=schema)

    def _run(self, task: dict[str, Any]) -> list[dict[str, Any]]:
        if task["chunk"]:
            items = list(read_chunk(Chunk.from_json(task["chunk"]), self.default_published))
        else:
            items = [DocumentIn.model_validate(d) for d in json.loads(task["docs"])]
        docs = [d for d in items if isinstance(d, DocumentIn)]
        cpu = time.thread_time()
        results = iter(self.pipeline.run_batch(docs)) if docs else iter(())
        self.pipeline_cpu_s += time.thread_time() - cpu
        out = []
        for item in items:
            if isinstance(item, str):  # a record that is not a document: its error line
                out.append({"task": task["seq"], "id": None, "result": None, "error": item})
                continue
            result = next(results)
            error = f"{result.id}: {result.error}" if result.error else None
            out.append({"task": task["seq"], "id": result.id, "result": result.model_dump_json(), "error": error})
        return out
