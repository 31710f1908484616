"""Settings: one typed object built once from command-line options, the environment and defaults.

The CLI builds a :class:`Settings` with :meth:`Settings.load` (options win over the environment,
which wins over the defaults), which validates it before the first document is read, and passes it
to the :mod:`sitroom.api` functions; they hand it on as arguments (the actor catalogues go to the
pipeline, which gives them to its stages as config). The environment is read in one place,
:mod:`sitroom.environment`, which names every variable sitroom reads. Plain pydantic: pydantic-settings would add a dependency for
the two or three variables read here, and would not split ``$SITROOM_ACTORS`` on the path separator.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .environment import from_environment
from .errors import ConfigError


class Settings(BaseModel):
    """What a run of sitroom is configured by.

    db (str | None): database URL or SQLite path; None means ./sitroom.db.
    actors (tuple of str): user actor catalogues added to the shipped one, in order.
    jobs (int): worker processes for extraction on this machine.
    engine ("local" | "ray"): where extraction runs: this machine's processes, or Ray (the cluster extra).
    ray_address (str | None): the Ray cluster to join (``host:port``, ``ray://...``, ``auto``); None starts
        a local Ray runtime. Only read when ``engine`` is "ray".
    ray_workers (int | None): pipeline actors on Ray; None means one per CPU of the cluster.
    default_published (str | None): publication date for documents that carry none.
    store_batch (int): documents stored per transaction when storing many (ingest, reextract): the bulk
        path (COPY, one fusion pass); a batch the database refuses is stored one document at a time.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    db: Optional[str] = None
    actors: tuple[str, ...] = ()
    jobs: int = Field(1, ge=1)
    engine: Literal["local", "ray"] = "local"
    ray_address: Optional[str] = None
    ray_workers: Optional[int] = Field(None, ge=1)
    default_published: Optional[str] = None
    store_batch: int = Field(100, ge=1)

    @field_validator("actors")
    @classmethod
    def _catalogues_load(cls, paths: tuple[str, ...]) -> tuple[str, ...]:
        # A bad catalogue fails here, once, with the ConfigError naming the file (pydantic lets
        # exceptions other than ValueError through), instead of in every document or worker.
        from .extract.actors.catalogue import load_catalogue

        if paths:
            load_catalogue(paths)
        return paths

    @classmethod
    def load(cls, environ: Optional[Mapping[str, str]] = None, *, actors: Optional[list[str]] = None,
             **options) -> "Settings":
        """Settings from ``options`` (None means not given), else the environment, else the defaults.

        ``actors`` (the repeatable --actors option) adds to the files $SITROOM_ACTORS names.
        RAISES ConfigError: a setting is invalid (an actor catalogue missing or malformed, jobs < 1...).
        """
        values = {k: v for k, v in options.items() if v is not None}
        if "db" not in values and from_environment("db", environ):
            values["db"] = from_environment("db", environ)
        from_env = [p for p in (from_environment("actors", environ) or "").split(os.pathsep) if p.strip()]
        given = [str(Path(f).expanduser().resolve()) for f in actors or ()]
        values["actors"] = tuple(from_env + given)
        try:
            return cls(**values)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise ConfigError(f"setting {where}: {err['msg']}") from None
