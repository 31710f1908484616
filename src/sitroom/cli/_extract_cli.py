"""What the extracting commands share: the --actors option."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from . import fail

ACTORS_OPTION = typer.Option(
    None, "--actors", metavar="FILE",
    help="Extra actor catalogue (YAML, same layout as the shipped one); repeatable. Adds to $SITROOM_ACTORS.")


def use_actor_files(files: Optional[list[str]]) -> None:
    """Check the user's catalogue files and make every extractor (and forked worker) read them.

    They go into $SITROOM_ACTORS because the actor stage, claim speakers and scoring all read the
    catalogue through it; the extractor version then names their contents, so `reextract` notices.
    """
    if not files:
        return
    from ..errors import ConfigError
    from ..extract.actors.catalogue import ENV_VAR, env_paths, load_catalogue

    paths = [str(Path(f).expanduser().resolve()) for f in files]
    try:
        load_catalogue(paths, use_env=False)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    os.environ[ENV_VAR] = os.pathsep.join(env_paths() + paths)
