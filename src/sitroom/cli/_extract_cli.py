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
    """
    return Settings.load(actors=actors, **options)
