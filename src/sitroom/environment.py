"""The environment variables sitroom reads, and the one function that reads them.

:meth:`sitroom.settings.Settings.load` reads the CLI's settings through it (options win over the
environment), and the CLI passes them down as a :class:`~sitroom.settings.Settings`. Below the CLI, the
library's own defaults read it too, for callers that give no value: the store's database when no URL is
given (``open_store()``), the gazetteer's cache, and the candidate model files of the events stage that
bench scripts name (``SITROOM_EVENTS_DETECTOR=FILE sitroom bench events ...``). (The CLI's `--db` options
name their variable to typer from ``ENV``, which reads it for the option and shows it in the help.) This module imports nothing of sitroom, so every layer may
ask it.
"""

from __future__ import annotations

import os
from typing import Mapping, Optional

# The environment variable of each setting.
ENV = {
    "db": "SITROOM_DB",  # database URL or SQLite path
    "actors": "SITROOM_ACTORS",  # user actor catalogues, separated by os.pathsep
    "cache": "SITROOM_CACHE",  # where built gazetteer indexes live (default ~/.cache/sitroom)
    "events_detector": "SITROOM_EVENTS_DETECTOR",  # a candidate event detector file instead of the shipped one
    "events_reranker": "SITROOM_EVENTS_RERANKER",  # a candidate event filter file, or "off"
    "token": "SITROOM_TOKEN",  # the bearer token `sitroom serve` takes ingest requests with
}


def from_environment(setting: str, environ: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """The value the environment (``environ``, by default the process's) gives ``setting``; None when its
    variable is unset or empty."""
    env = os.environ if environ is None else environ
    return env.get(ENV[setting]) or None
