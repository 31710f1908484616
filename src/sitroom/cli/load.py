"""`sitroom load`: store `sitroom extract`'s results (its input and output JSONL) without extracting again,
with several loader processes at once on PostgreSQL (the archive's second step, docs/scale.md)."""

from __future__ import annotations

import time
from typing import Optional

import typer

from ..lang.en.wording import count
from . import USAGE, app, fail
from ._extract_cli import load_settings
from ._store_cli import DB_OPTION


@app.command()
def load(
    documents: str = typer.Argument(..., metavar="DOCUMENTS", help="The JSONL `sitroom extract` read (id, text, ...)."),
    extractions: str = typer.Argument(..., metavar="EXTRACTIONS", help="The JSONL `sitroom extract` wrote for it."),
    db: Optional[str] = DB_OPTION,
    loaders: int = typer.Option(1, "--loaders", "-l", min=1, max=64,
                                help="Loader processes storing at once, each its own batches and connections "
                                     "(PostgreSQL; SQLite takes one writer). 2 keeps a 2-core machine busy."),
    batch: int = typer.Option(100, "--batch", min=1, help="Documents per transaction."),
    publication_date: Optional[str] = typer.Option(None, "--published",
                                                   help="Publication date (YYYY-MM-DD) of documents that carry none, "
                                                        "as given to `extract`."),
):
    """Store documents with the extraction `sitroom extract` made of them, matched by id: each new text
    once (a text stored before, or loaded twice, is skipped), its events fused into incidents. The
    near-duplicate links `ingest` makes are not made here."""
    settings = load_settings(db=db, default_published=publication_date)
    from ..api import open_store
    from ..store.loaders import LoaderStats, run_loaders

    errors: list[str] = []
    items = _items(documents, extractions, settings.default_published, errors)
    with open_store(settings.db) as store:
        if loaders > 1 and store.engine.dialect.name != "postgresql":
            raise fail("--loaders: several loaders need a PostgreSQL store (--db postgresql://...); "
                       "SQLite takes one writer at a time", USAGE)
        address = store.engine.url.render_as_string(hide_password=False)
        batches = [items[i:i + batch] for i in range(0, len(items), batch)]
        stats = LoaderStats()
        stored = skipped = 0
        t0 = time.perf_counter()
        share = (lambda k: ([(src, x.published, x.language, None if x.error else x) for src, x in b]
                            for b in batches[k::loaders]))
        for k, j, outcomes in run_loaders(lambda: open_store(address), share, loaders, stats):
            for (src, x), outcome in zip(batches[k + j * loaders], outcomes):
                if outcome.error:
                    errors.append(f"{src.uri}: could not be stored: {outcome.error}")
                elif not outcome.created:
                    skipped += 1
                else:
                    stored += 1
                    if x.error:  # stored without records, as ingest stores it; the failure is kept
                        errors.append(f"{src.uri}: {x.error}")
                        store.record_failure(src.uri, x.error)
        seconds = time.perf_counter() - t0
    errors += stats.failed
    for line in errors:
        typer.echo(f"Error: {line}", err=True)
    rate = f", {stored / seconds:.1f} documents/s" if stored and seconds else ""
    typer.echo(f"stored {count(stored, 'document')} with {count(loaders, 'loader')} in {seconds:.1f} s{rate}; "
               f"{skipped} already stored, {len(errors)} failed")
    if errors:
        raise typer.Exit(1)


def _items(documents: str, extractions: str, default_published: Optional[str], errors: list[str]) -> list:
    """(SourceDocument, Extraction) for each document with an extraction of its id, in the documents'
    order; what does not pair up is an error naming it."""
    from ..acquire.dedup import content_hash
    from ..api import BatchStats, read_jsonl_documents
    from ..records import Extraction, SourceDocument

    stats = BatchStats()
    try:
        with open(documents, encoding="utf-8") as f:
            docs = list(read_jsonl_documents(f, stats, documents, default_published))
        found: dict[str, Extraction] = {}
        with open(extractions, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    x = Extraction.model_validate_json(line)
                except ValueError as exc:
                    errors.append(f"{extractions}:{lineno}: not an extraction ({' '.join(str(exc).split())[:160]})")
                    continue
                found.setdefault(x.id, x)
    except OSError as exc:
        raise fail(f"{exc.filename}: {exc.strerror}")
    errors += stats.errors
    out, ids = [], set()
    for d in docs:
        ids.add(d.id)
        x = found.get(d.id)
        if x is None:
            errors.append(f"{documents}#{d.id}: no extraction of this id in {extractions}; not stored")
            continue
        src = SourceDocument(uri=f"{documents}#{d.id}", text=d.text, title=d.title, url=d.url, source=d.source,
                             published=d.published, format="jsonl", content_hash=content_hash(d.text))
        out.append((src, x))
    errors += [f"{extractions}: extraction {i!r} has no document of this id in {documents}; not stored"
               for i in found if i not in ids]
    return out
