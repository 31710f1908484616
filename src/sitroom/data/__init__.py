"""Data files shipped with sitroom, found by path so they work from a wheel or a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
# Files in samples/ that describe the samples rather than being reports.
_NOT_REPORTS = {"ATTRIBUTION.md"}


def samples_path() -> Path:
    """The folder of bundled sample reports (see samples/ATTRIBUTION.md for their sources).

    Ingesting the folder reads the reports only: sitroom.acquire skips ATTRIBUTION.md.
    """
    return _HERE / "samples"


def sample_inputs() -> list[Path]:
    """The sample report files to ingest for `make demo`, in a stable order; ATTRIBUTION.md is left out."""
    root = samples_path()
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name not in _NOT_REPORTS
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))
