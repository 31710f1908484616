"""The extractor version stored with each extraction: the package version, every stage's content version
and a digest of the user's actor catalogues. `sitroom reextract` redoes the documents stored under another."""

from __future__ import annotations

from typing import Iterable, Optional

from . import __version__
from .registry import content_version, stage_config


def extractor_version(stage_names: Iterable[str], config: Optional[dict[str, dict]] = None,
                      actors: tuple[str, ...] = ()) -> str:
    """One string naming the package version and every stage's content version (its name and a digest of
    its code, data and config): stored with each extraction.

    User actor catalogues (``actors``: ``Settings.actors``, from --actors and $SITROOM_ACTORS) change what
    is extracted, so a digest of their contents is part of the version: `sitroom reextract` then redoes
    documents made without them.
    """
    config = config or {}
    names = []
    for name in stage_names:
        names.append(content_version(name, stage_config(name, config.get(name))))
    version = f"sitroom-{__version__}+" + ",".join(names)
    digest = _user_catalogue_digest(tuple(actors))
    return f"{version}+actors:{digest}" if digest else version


def _user_catalogue_digest(paths: tuple[str, ...]) -> Optional[str]:
    import hashlib
    from pathlib import Path

    if not paths:
        return None
    h = hashlib.sha256()
    for p in paths:
        try:
            h.update(Path(p).expanduser().read_bytes())
        except OSError:  # the stage reports a missing file with a clear error
            h.update(p.encode())
    return h.hexdigest()[:12]
