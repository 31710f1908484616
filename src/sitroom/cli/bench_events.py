"""`sitroom bench events`: event typing F1 and argument accuracy per dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .bench import bench_app


@bench_app.command("events")
def bench_events(
    dataset: Optional[list[str]] = typer.Option(None, "--dataset", "--set", "-d",
                                                help="real, written, seed, plover, hrdsattack, re3d (repeatable); "
                                                     "default: every one whose data is there."),
    split: str = typer.Option("test", help="Split of the real corpus and of the written reports: test (frozen, "
                                           "held out), dev, train (written: also all)."),
    devdata: Path = typer.Option(Path("../shared/devdata"), "--devdata",
                                 help="Development data folder (plover/, hrdsattack/, re3d/)."),
    written: Path = typer.Option(Path("data/events/reports.jsonl"), "--written", help="Our labelled written reports."),
    seed_gold: Path = typer.Option(Path("../shared/gold/seed-article.json"), "--seed-gold",
                                   help="The seed article's gold annotation (the article is found from it)."),
    plover_map: Path = typer.Option(Path("data/events/plover_acled.json"), "--plover-map",
                                    help="The mapping of PLOVER sentences to ACLED types."),
    corpus: Path = typer.Option(Path("data/annotated"), help="Folder of the annotated real-news corpus."),
    limit: Optional[int] = typer.Option(None, help="Only the first N documents of each dataset."),
    per_type: bool = typer.Option(False, "--per-type", help="Print F1 for every sub-event type."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Weighted and macro F1 over sub-event types, date and fatalities exact match, actor and place
    accuracy, per dataset (re3d: actor and place mentions, and the events' actors and places, against its
    entities); and the events stage's share of the pipeline time. Data paths default to a checkout's
    (run from its top folder); a dataset asked for with --dataset must have its data, the others are
    skipped when theirs is absent."""
    from ..evaluation.events import DATASETS, DataPaths, run_benchmark
    from . import USAGE, fail

    paths = DataPaths(devdata=devdata, written=written, seed_gold=seed_gold, corpus=corpus, plover_map=plover_map)
    if dataset:
        unknown = [d for d in dataset if d not in DATASETS]
        if unknown:
            raise fail(f"unknown dataset {unknown[0]!r}; choose from {', '.join(DATASETS)}", USAGE)
        for d in dataset:
            gone = paths.missing(d, split)
            if gone is not None:
                raise fail(f"no data for dataset {d!r}: {gone} does not exist; give it with {_option_for(paths, gone)}")
    else:
        dataset = [d for d in DATASETS if paths.missing(d, split) is None]
        if not dataset:
            raise fail("no dataset has its data here; run from a checkout or give --devdata, --written, "
                       "--seed-gold, --corpus")
    figures = run_benchmark(dataset, paths, split=split, limit=limit)
    if as_json:
        typer.echo(json.dumps(figures, default=str))
        return
    for name, f in figures.items():
        _print_dataset(name, f, per_type)

def _print_dataset(name: str, f: dict, per_type: bool) -> None:
    """One dataset's figures, as lines of text."""
    typer.echo(f"== {name}: {f['documents']} documents")
    if "incident_recall" in f:
        typer.echo(f"  events    precision {_f(f['precision'])}  strict precision {_f(f['strict_precision'])}  "
                   f"incident recall {_f(f['incident_recall'])}  ({f['extracted_events']} extracted, "
                   f"{f['gold_events']} gold)")
        typer.echo(f"  on found  sub-event {_f(f['sub_event_accuracy'])}  place {_f(f['place_accuracy'])}  "
                   f"date {_f(f['date_accuracy'])} (n={f['date_n']})  actor1 {_f(f['actor1_accuracy'])} "
                   f"(n={f['actor1_n']})"
                   + (f"  actor2 {_f(f['actor2_accuracy'])} (n={f['actor2_n']})" if "actor2_n" in f else "")
                   + (f"  fatalities {_f(f['fatalities_accuracy'])} (n={f['fatalities_n']})" if "fatalities_n" in f else "")
                   + f"  of {f['found']} found")
        if "date_dated_n" in f:
            typer.echo(f"  date on articles with a publication date {_f(f['date_accuracy_dated'])} "
                       f"(n={f['date_dated_n']}; an undated article naming no year is dated by the annotator alone)")
        for src, b in (f.get("by_source") or {}).items():
            typer.echo(f"  {src:<10}{b['documents']:>4} docs  precision {_f(b['precision'])}  strict "
                       f"{_f(b['strict_precision'])}  recall {_f(b['incident_recall'])}  ({b['extracted_events']} "
                       f"extracted, {b['found']} found of {b['gold_events']})  sub-event {_f(b['sub_event_accuracy'])}  "
                       f"place {_f(b['place_accuracy'])}  date {_f(b['date_accuracy'])}  actor1 {_f(b['actor1_accuracy'])}")
        if per_type:
            for label, v in sorted(f["per_type"].items(), key=lambda kv: -kv[1]["support"]):
                typer.echo(f"    P {_f(v['precision'])} R {_f(v['recall'])}  n={v['support']:<3} "
                           f"wrong={v['extracted_wrong']:<3} {label}")
    if "weighted_f1" in f:
        typer.echo(f"  types     weighted F1 {f['weighted_f1']:.3f}  macro F1 {f['macro_f1']:.3f}  "
                   f"({f['gold_events']} gold events, {f['false_positives']} false positives)")
    for key in ("date_exact", "fatalities_exact", "actor", "place", "modality", "type_found", "country",
                "perpetrator_state"):
        if f.get(key) is not None:
            typer.echo(f"  {key:<17} {f[key]:.3f}  (n={f[key + '_n']})")
    for kind in ("actor", "place"):
        if f.get(f"{kind}_f1") is not None:
            typer.echo(f"  {kind + ' mentions':<17} P {f[kind + '_precision']:.3f} R {f[kind + '_recall']:.3f} "
                       f"F1 {f[kind + '_f1']:.3f}  (n={f[kind + '_gold']} gold)")
    for key in ("event_actor", "event_place"):
        if f.get(key) is not None:
            typer.echo(f"  {key:<17} {f[key]:.3f}  (of {f[key + '_n']} {key[6:]}s of {f['events']} events)")
    if "seed" in f:
        s = f["seed"]
        typer.echo(f"  seed      core events right {s['core_right']}/{s['core_total']}, all right {s['all_right']}/"
                   f"{len(s['events'])}, type recall {s['recall']:.2f}")
        for row in s["events"]:
            typer.echo("    " + " ".join(f"{k}={v}" for k, v in row.items()))
    if per_type and "weighted_f1" in f:
        for label, v in sorted(f["per_type"].items(), key=lambda kv: kv[1]["f1"]):
            typer.echo(f"    {v['f1']:.2f}  P {v['precision']:.2f} R {v['recall']:.2f}  n={v['support']:<3} {label}")
    typer.echo(f"  time      events stage {f['events_seconds']:.2f} s of {f['pipeline_seconds']:.2f} s pipeline")


def _option_for(paths, gone: Path) -> str:
    """The option that names the missing file ``gone``."""
    named = {paths.written: "--written", paths.seed_gold: "--seed-gold", paths.plover_map: "--plover-map"}
    if gone in named:
        return named[gone]
    return "--corpus (and --split)" if gone.parent == paths.corpus else "--devdata"


def _f(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"
