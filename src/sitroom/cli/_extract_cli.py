"""What the extracting commands share: the --actors option, and the settings built from the options."""

from __future__ import annotations

from typing import Optional

import typer

from ..settings import Settings

ACTORS_OPTION = typer.Option(
    None, "--actors", metavar="FILE",
    help="Extra actor catalogue (YAML, same layout as the shipped one); repeatable. Adds to $SITROOM_ACTORS.")


def load_settings(actors: Optional[list[str]] = None, **options) -> Settings:
    """The run's :class:`Settings` from the command's options, the environment and the defaults, checked
    before the first document (a missing or malformed actor catalogue is one ``Error:`` line).

    The extractor version names the catalogues' contents, so `reextract` notices a new one.
    A --published date that is not a real calendar date is refused here too.
    """
    if options.get("default_published") is not None:
        from ..validate import iso_date
        from ._store_cli import checked

        checked("--published", iso_date, options["default_published"])
    return Settings.load(actors=actors, **options)


JOBS_HELP = ("Worker processes (default 1); with --engine ray, pipeline actors (default: one per CPU of the "
             "Ray cluster).")
ENGINE_OPTION = typer.Option(
    "local", "--engine", help="local: processes on this machine; ray: a Ray cluster (pip install 'sitroom\\[cluster]').")
ADDRESS_OPTION = typer.Option(
    None, "--address", metavar="ADDR",
    help="With --engine ray: the cluster to join (host:port of `ray start --head`, ray://host:10001, auto); "
         "default: start a local Ray runtime.")


def engine_options(engine: str, address: Optional[str], jobs: Optional[int]) -> dict:
    """The Settings options that --engine, --address and --jobs give.
    RAISES typer.BadParameter: an unknown engine, or --address without --engine ray."""
    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"{engine!r} is not an engine (local, ray)", param_hint="--engine")
    if engine == "ray":
        return {"engine": "ray", "ray_address": address, "ray_workers": jobs}
    if address:
        raise typer.BadParameter("needs --engine ray", param_hint="--address")
    return {"jobs": jobs}
