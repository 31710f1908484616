"""Parquet (pyarrow): one row per event, typed columns, written in row groups; the last column,
``incomplete``, lists what ACLED requires that the event lacks (as in the JSONL export)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO, Iterable, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from ..store.models import EventRow
from .acled_rules import missing

if TYPE_CHECKING:
    from .report import ExportReport

ROW_GROUP = 10_000

_TYPES = {int: pa.int64(), float: pa.float64(), str: pa.string(), bool: pa.bool_()}


def _arrow_type(annotation) -> pa.DataType:
    import types
    import typing

    base = annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        base = next(a for a in typing.get_args(annotation) if a is not type(None))  # Optional[X] -> X
    if typing.get_origin(base) is list:
        return pa.list_(pa.string())
    return _TYPES.get(base, pa.string())


SCHEMA = pa.schema([(name, _arrow_type(field.annotation)) for name, field in EventRow.model_fields.items()]
                   + [(name, _arrow_type(field.return_type))
                      for name, field in EventRow.model_computed_fields.items()]  # actor1_by_rule...
                   + [("incomplete", pa.list_(pa.string()))])


def write_parquet(events: Iterable[EventRow], out: BinaryIO | str, report: Optional["ExportReport"] = None) -> int:
    """Write events to ``out`` (a path or a binary file); return the number of rows."""
    n = 0
    with pq.ParquetWriter(out, SCHEMA) as writer:
        batch: list[dict] = []
        for e in events:
            batch.append({**e.model_dump(), "incomplete": missing(e)})
            if report is not None:
                report.wrote(e)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            n += len(batch)
    return n
