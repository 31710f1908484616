"""A small stored corpus for the store commands' tests, built by hand (no spaCy)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sitroom.api import open_store
from sitroom.store import testing as T

GARMSIR = ("The Taliban took control over Garmsir district, killing 5 soldiers. "
           "Zabihullah Mujahid said they would not attack provincial capitals until September 11.")
KUNDUZ = "Government forces regained Kunduz on Sunday. Officials said the \x1b[31mcity\x1b[0m was calm."


def fill(path: str) -> dict[str, int]:
    """Store two documents with events, places, actors and a claim; return their ids."""
    with open_store(path) as store:
        a = store.add_document(
            T.source(GARMSIR, uri="garmsir.txt", title="Garmsir falls", source="Wire A"), T.published("2021-07-12"),
            "en", T.extraction(published="2021-07-12",
                               events=[T.event(GARMSIR, "The Taliban took control over Garmsir district, killing 5 soldiers.",
                                               "Battles", "Non-state actor overtakes territory", actor1="Taliban",
                                               actor2="Military Forces of Afghanistan", where="Garmsir",
                                               date="2021-07-11", fatalities=5, confidence=0.9)],
                               places=[T.place(GARMSIR, "Garmsir")], actors=[T.actor(GARMSIR, "Taliban")],
                               claims=[T.claim(GARMSIR, "would not attack provincial capitals until September 11",
                                               "commitment", speaker="Zabihullah Mujahid", organisation="Taliban",
                                               deadline="2021-09-11")]))
        b = store.add_document(
            T.source(KUNDUZ, uri="kunduz.txt", title="Kunduz retaken"), T.published("2021-08-02"), "en",
            T.extraction(published="2021-08-02",
                         events=[T.event(KUNDUZ, "Government forces regained Kunduz on Sunday.", "Battles",
                                         "Government regains territory", actor1="Military Forces of Afghanistan",
                                         actor2="Taliban", where="Kunduz", date="2021-08-01", confidence=0.6)]))
        store.record_failure("empty.txt", "empty file")
    return {"garmsir": a, "kunduz": b}


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    fill(path)
    return path


def run(*args: str):
    """Run a sitroom command in-process; returns typer's Result."""
    from sitroom.cli import _register, app

    _register()
    return CliRunner().invoke(app, list(args))


def run_process(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m sitroom` for what only the real entry point does (error lines, exit codes)."""
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True, timeout=120)
