"""`sitroom bench store`: filtered event queries over many stored events, against the 200 ms target; and
bulk storing of extraction results (documents/s), with the extraction already done."""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path
from typing import Optional

import typer

from . import USAGE, fail
from .bench import bench_app


@bench_app.command("store")
def bench_store(
    events: int = typer.Option(100_000, "--events", min=0, help="Synthetic events to store first (0: no query timing)."),
    db: Optional[str] = typer.Option(None, "--db", help="Database to fill (default: a temporary SQLite file). "
                                     "Use one for benchmarks only: synthetic rows are added to it, up to --events "
                                     "(a store filled before is reused)."),
    repeats: int = typer.Option(5, "--repeats", min=1, help="Runs per query; the median is reported."),
    bulk_docs: Optional[str] = typer.Option(None, "--bulk-docs", metavar="JSONL",
                                            help="Documents (the `extract` input) to store with --bulk-extractions."),
    bulk_extractions: Optional[str] = typer.Option(None, "--bulk-extractions", metavar="JSONL",
                                                   help="`sitroom extract` output for --bulk-docs: stored, and timed."),
    bulk: Optional[int] = typer.Option(None, "--bulk", min=1, help="Documents to store (copies when more than given; default: as many as given)."),
    batch: int = typer.Option(100, "--batch", min=2, help="Documents per transaction in the batched run."),
    loaders: Optional[str] = typer.Option(None, "--loaders", metavar="N[,N...]",
                                          help="Store the batches with N loader processes at once (PostgreSQL), "
                                               "each N in turn on the same documents, e.g. 1,2; instead of the "
                                               "one-transaction-per-document and in-process runs."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Store synthetic events, then time the queries the CLI and the dashboard make; with --bulk-docs and
    --bulk-extractions, time storing extraction results as ingest stores them."""
    from ..api import open_store
    from ..store.bench import CLI_EXACT_COUNT, TARGET_MS, fill_synthetic, time_bulk_store, time_queries
    from ..store.synthetic import synthetic_events

    if bool(bulk_docs) != bool(bulk_extractions):
        raise fail("--bulk-docs and --bulk-extractions go together", USAGE)
    pairs = _pairs(bulk_docs, bulk_extractions) if bulk_docs else []
    counts = _loader_counts(loaders) if loaders else []
    if counts and not pairs:
        raise fail("--loaders times storing --bulk-docs with --bulk-extractions", USAGE)
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(db or str(Path(tmp) / "bench.db")) as store:
            url = figures["store"] = store.url
            if events:
                # A store filled by an earlier run is reused: ten million events are made once.
                have = synthetic_events(store)
                if have < events:
                    fill_synthetic(store, events - have, seed=have)
                figures["synthetic_events"] = max(have, events)
                timings = time_queries(store, repeats)
                served = [t for t in timings if t.label != CLI_EXACT_COUNT]  # what the dashboard and API ask
                slowest = max(t.median_ms for t in served)
                cli = next((t for t in timings if t.label == CLI_EXACT_COUNT), None)
                figures.update(events=events, target_ms=TARGET_MS, slowest_ms=round(slowest, 1),
                               cli_exact_count_ms=None if cli is None else round(cli.median_ms, 1),
                               queries={t.label.strip(" ."): round(t.median_ms, 1) for t in timings},
                               cpu_ms={t.label.strip(" ."): None if t.cpu_ms is None else round(t.cpu_ms, 1)
                                       for t in timings})
            if pairs:
                run_id = uuid.uuid4().hex[:8]  # a run on a store used before stores new copies, not duplicates
                if counts:
                    if store.engine.dialect.name != "postgresql":
                        raise fail("--loaders: several loaders need a PostgreSQL store (--db postgresql://...); "
                                   "SQLite takes one writer at a time", USAGE)
                    address = store.engine.url.render_as_string(hide_password=False)
                    runs = [time_bulk_store(store, pairs, bulk or len(pairs), batch, f"{run_id}-{i}-loaders{n}-", n,
                                            lambda: open_store(address)) for i, n in enumerate(counts)]
                else:
                    runs = [time_bulk_store(store, pairs, bulk or len(pairs), 1, f"{run_id}-one-"),
                            time_bulk_store(store, pairs, bulk or len(pairs), batch, f"{run_id}-batch-")]
                figures["bulk"] = [{"documents": b.documents, "events": b.events, "batch": b.batch,
                                    "loaders": b.loaders or 1,
                                    "docs_per_cpu_s": None if b.docs_per_cpu_s is None else round(b.docs_per_cpu_s, 1),
                                    "seconds": round(b.seconds, 2), "docs_per_s": round(b.docs_per_s, 1),
                                    "client_cpu_ms_per_doc": round(1000 * b.cpu_seconds / b.documents, 1),
                                    "server_cpu_ms_per_doc": None if b.server_cpu_seconds is None else
                                    round(1000 * b.server_cpu_seconds / b.documents, 1),
                                    "waited_for_a_core_s": None if b.waited_seconds is None else round(b.waited_seconds, 2),
                                    "docs_per_s_unwaited": None if b.docs_per_s_unwaited is None else
                                    round(b.docs_per_s_unwaited, 1), "load_average": [round(x, 2) for x in b.load]} for b in runs]
    if as_json:
        typer.echo(json.dumps(figures))
        return
    if events:
        typer.echo(f"{figures['synthetic_events']:,} synthetic events in {url}; median of {repeats} runs "
                   f"(wall time; CPU: the client's and the database server's)")
        for t in timings:
            cpu = "" if t.cpu_ms is None else f"  CPU {t.cpu_ms:7.1f} ms"
            typer.echo(f"  {t.label:<48} {t.median_ms:8.1f} ms{cpu}  ({t.rows} rows)")
        verdict = "within" if slowest <= TARGET_MS else "OVER"
        typer.echo(f"slowest query of the dashboard and the API {slowest:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")
        if all(t.cpu_ms is not None for t in served):
            typer.echo(f"slowest in CPU time (client and server): {max(t.cpu_ms for t in served):.1f} ms")
        if cli is not None:
            typer.echo(f"the CLI's exact total of a filter no roll-up holds: {cli.median_ms:.1f} ms "
                       f"(counted over the events; not a dashboard or API query)")
    for b in runs if pairs else []:
        how = "one transaction per document" if b.batch == 1 else f"{b.batch} documents per transaction"
        if b.loaders:
            how += f", {b.loaders} loader process{'es' if b.loaders > 1 else ''}"
        typer.echo(f"stored {b.documents} documents ({b.events} events) in {b.seconds:.1f} s: "
                   f"{b.docs_per_s:.1f} documents/s ({1000 * b.cpu_seconds / b.documents:.1f} ms of client CPU each"
                   + ("" if b.server_cpu_seconds is None else f", {1000 * b.server_cpu_seconds / b.documents:.1f} ms of server CPU")
                   + "), "
                   f"{how}, incidents fused; load average {b.load[0]:.1f} before, {b.load[1]:.1f} after")
        if b.docs_per_cpu_s is not None:
            typer.echo(f"  {b.docs_per_cpu_s:.1f} documents per CPU second (client and server): "
                       f"at most {2 * b.docs_per_cpu_s:.0f} documents/s on two cores")
        if b.docs_per_s_unwaited is not None:
            typer.echo(f"  less {b.waited_seconds:.1f} s spent waiting for a core held by other processes: "
                       f"{b.docs_per_s_unwaited:.1f} documents/s (an estimate of the rate alone on the machine)")


def _pairs(docs_path: str, extractions_path: str):
    """(SourceDocument, Extraction) for every extraction whose id is among the documents."""
    import hashlib

    from ..records import DocumentIn, Extraction, SourceDocument

    try:
        docs = {}
        for line in open(docs_path, encoding="utf-8"):
            if line.strip():
                d = DocumentIn.from_input(json.loads(line))
                docs[d.id] = d
        xs = [Extraction.model_validate_json(line) for line in open(extractions_path, encoding="utf-8") if line.strip()]
    except (OSError, ValueError) as exc:
        raise fail(f"bench store: {' '.join(str(exc).split())[:200]}")
    pairs = []
    for x in xs:
        d = docs.get(x.id)
        if d is not None:
            src = SourceDocument(uri=f"bench://{d.id}", text=d.text, title=d.title, url=d.url, source=d.source,
                                 published=d.published, format="jsonl",
                                 content_hash=hashlib.sha256(d.text.encode()).hexdigest())
            pairs.append((src, x))
    if not pairs:
        raise fail(f"{extractions_path}: no extraction matches a document of {docs_path} by id")
    return pairs


def _loader_counts(value: str) -> list[int]:
    """--loaders "1,2" as [1, 2]; a clear error for anything else."""
    try:
        counts = [int(part) for part in value.split(",")]
    except ValueError:
        counts = []
    if not counts or any(n < 1 or n > 64 for n in counts):
        raise fail(f"--loaders {value!r}: give loader counts from 1 to 64, separated by commas (e.g. 1,2)", USAGE)
    return counts
