"""A registry of pipeline stages, in the manner of spaCy's component factories.

Each stage registers under a versioned name (``sitroom.places.gazetteer.v1``).
The name is the extractor version written into the provenance of everything the
stage produces: a change in behaviour gets a new name. A stage declares what it
``requires`` from earlier stages and what it ``assigns``, so a pipeline can be
checked before the first document is read.

A factory is a plain top-level function ``make(**config) -> callable(ctx)``, so
pipelines can be rebuilt in worker processes (and on a cluster) from their names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import ConfigError


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., Callable]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    default_config: dict[str, Any] = field(default_factory=dict)


_STAGES: dict[str, StageInfo] = {}


def stage(name: str, *, requires=(), assigns=(), default_config=None):
    """Register a stage factory under a versioned name."""

    def register(factory):
        _STAGES[name] = StageInfo(name, factory, tuple(requires), tuple(assigns), dict(default_config or {}))
        return factory

    return register


def get_stage(name: str) -> StageInfo:
    _ensure_registered()
    try:
        return _STAGES[name]
    except KeyError:
        known = ", ".join(sorted(_STAGES))
        raise ConfigError(f"unknown pipeline stage {name!r}; registered stages: {known}") from None


def registered() -> dict[str, StageInfo]:
    _ensure_registered()
    return dict(_STAGES)


def _ensure_registered() -> None:
    # Importing the stage modules runs their @stage decorators; one place lists them.
    from . import registrations  # noqa: F401
