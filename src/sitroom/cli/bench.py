"""`sitroom bench ...`: quality and speed benchmarks. Each benchmark adds its own sub-command
from a module named cli/bench_<name>.py that imports ``bench_app`` from here."""

import typer

from . import app

bench_app = typer.Typer(help="Measure quality and speed against baselines run in the same process.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
