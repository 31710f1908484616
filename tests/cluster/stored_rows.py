"""Every row a store holds, with what differs between two equal runs taken out, so the PostgreSQL rows
of a Ray run can be compared with those of `--jobs 1` by content.

Database ids become what they stand for: a document its content hash, a document's place, actor,
event, claim or flag its place among that document's records of the kind, an incident its contents;
foreign keys (and provenance's ``record_id``) become the key of the row they point to. Times of
storing (``ingested_at``, ``at``...) become a marker, since two runs never store at the same moment.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sitroom.store.schema import metadata

# Columns that say when a run stored something, not what it stored.
STORED_AT = {"ingested_at", "at", "added_at", "first_seen", "last_polled"}
# provenance.record_kind -> the table its record_id points into
RECORD_TABLES = {"place": "places", "actor": "actors", "event": "events", "claim": "claims", "flag": "flags"}


def _content(row: dict[str, Any]) -> str:
    return repr(sorted((k, v) for k, v in row.items() if k != "id"))


def stored_rows(engine) -> dict[str, list[str]]:
    """Each table's rows (sorted), normalised as the module says; tables are in dependency order."""
    with engine.connect() as conn:
        raw = {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in metadata.sorted_tables}
    keys: dict[str, dict[int, Any]] = {"documents": {r["id"]: r["content_hash"] for r in raw["documents"]}}
    for name, rows in raw.items():
        if name == "documents" or not rows or "id" not in rows[0]:
            continue
        if "document_id" in rows[0]:  # a document's records keep their order, whatever their ids
            by_doc: dict[int, list[int]] = {}
            for r in sorted(rows, key=lambda r: r["id"]):
                by_doc.setdefault(r["document_id"], []).append(r["id"])
            keys[name] = {rid: (keys["documents"].get(doc), i) for doc, ids in by_doc.items() for i, rid in enumerate(ids)}
        else:
            keys[name] = {r["id"]: _content(r) for r in rows}
    out: dict[str, list[str]] = {}
    for table in metadata.sorted_tables:
        fks = {c.name: next(iter(c.foreign_keys)).column.table.name for c in table.columns if c.foreign_keys}
        normalised = []
        for r in raw[table.name]:
            row = {k: v for k, v in r.items() if k != "id"}
            for col, target in fks.items():
                if row.get(col) is not None:
                    row[col] = ("->", target, keys.get(target, {}).get(row[col], "missing"))
            if table.name == "provenance":
                target = RECORD_TABLES[row["record_kind"]]
                row["record_id"] = ("->", target, keys.get(target, {}).get(row["record_id"], "missing"))
            for col in STORED_AT & row.keys():
                row[col] = "<stored at>" if row[col] is not None else None
            normalised.append(repr(sorted(row.items())))
        out[table.name] = sorted(normalised)
    return out


def first_difference(got: dict[str, list[str]], want: dict[str, list[str]]) -> str:
    """A readable account of where two :func:`stored_rows` differ ("" when they do not)."""
    for name in want:
        a, b = got.get(name, []), want[name]
        if a != b:
            only_got = sorted(set(a) - set(b))[:1]
            only_want = sorted(set(b) - set(a))[:1]
            return (f"{name}: {len(a)} rows against {len(b)}; only in the run: {only_got}; "
                    f"only in --jobs 1's: {only_want}")
    return ""
