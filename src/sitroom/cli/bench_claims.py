"""`sitroom bench claims`: claims against the annotated real-news corpus (precision, recall, speaker, kind,
hedge and deadline accuracy, per-kind tables)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .bench import bench_app


@bench_app.command("claims")
def bench_claims(
    corpus: Path = typer.Option(Path("data/annotated"), help="Folder of the annotated real-news corpus "
                                                              "(articles.jsonl, raw/A*.jsonl, SPLIT_HASHES.json)."),
    split: list[str] = typer.Option(["dev"], "--split", "-s",
                                    help="train, dev or test (repeatable; test is frozen: reported, never tuned on)."),
    jobs: int = typer.Option(1, help="Processes."),
    full: bool = typer.Option(False, help="Run every default stage, not only those claims need (same claims, slower)."),
    show_errors: bool = typer.Option(False, "--errors", help="List each article's errors (not for the test split)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Claim precision and recall (quote spans overlapping in the same sentence), and on the matches the
    speaker (lenient name match), kind and hedge accuracy, and deadlines; per-kind tables."""
    from ..evaluation.claims_real import run_benchmark

    f = run_benchmark(corpus, split, jobs=jobs, full=full, show_errors=show_errors)
    if as_json:
        typer.echo(json.dumps(f, default=str))
        return
    for doc, lines in f.get("errors", {}).items():
        if lines:
            typer.echo(f"-- {doc}")
            for line in lines:
                typer.echo("   " + line)
    typer.echo(f"== claims, split {'+'.join(f['splits'])}: {f['articles']} articles, {f['gold']} gold, "
               f"{f['predicted']} predicted, {f['matched']} matched, {f['duplicates']} duplicates")
    typer.echo(f"  precision {_f(f['precision'])}  recall {_f(f['recall'])}  F1 {_f(f['f1'])}")
    typer.echo(f"  on matches: speaker {_f(f['speaker_accuracy'])}  kind {_f(f['kind_accuracy'])}  "
               f"hedge {_f(f['hedge_accuracy'])}")
    d = f["deadlines"]
    typer.echo(f"  deadlines: gold {d['gold_total']} ({d['gold_matched']} matched), set {d['set']}, right {d['right']}, "
               f"set where gold has none {d['spurious']}")
    typer.echo("  per gold kind:      support  recall  kind  speaker")
    for k, v in sorted(f["per_gold_kind"].items(), key=lambda kv: -kv[1]["support"]):
        found = v.get("found", 0)
        typer.echo(f"    {k:<16} {v['support']:>7}  {_f(_r(found, v['support']))}   {_f(_r(v.get('kind_right', 0), found))}  "
                   f"{_f(_r(v.get('speaker_right', 0), found))}")
    typer.echo("  per predicted kind: predicted  precision")
    for k, v in sorted(f["per_pred_kind"].items(), key=lambda kv: -kv[1]["predicted"]):
        typer.echo(f"    {k:<16} {v['predicted']:>9}  {_f(_r(v.get('matched', 0), v['predicted']))}")
    typer.echo("  per gold hedge:     n  right")
    for k, v in sorted(f["hedges"].items(), key=lambda kv: -kv[1]["n"]):
        typer.echo(f"    {k:<16} {v['n']:>3}  {_f(_r(v.get('right', 0), v['n']))}")
    typer.echo("  kinds (gold -> predicted): " + ", ".join(f"{k} {n}" for k, n in f["confusion"].items() if k.split(' -> ')[0] != k.split(' -> ')[1]))


def _r(a, b):
    return a / b if b else None


def _f(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"
