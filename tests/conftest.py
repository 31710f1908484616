"""Shared fixtures. Stage-specific fixtures live in each test folder's conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "src" / "sitroom" / "data" / "samples" / "seed" / "afghanistan-escalation-2021-07.txt"
SEED_PUBLISHED = "2021-07-12"  # the gold annotation's test value for the undated seed article


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from sitroom.read.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def pipeline():
    from sitroom.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_extraction(pipeline, seed_text):
    """The whole pipeline run once on the seed article with the gold publication date."""
    from sitroom.records import DocumentIn

    return pipeline.extract(DocumentIn(id="seed", text=seed_text, published=SEED_PUBLISHED))


@pytest.fixture
def store(tmp_path):
    """A fresh SQLite store in a temporary folder."""
    from sitroom.api import open_store

    s = open_store(str(tmp_path / "test.db"))
    yield s
    s.close()


# In CI (.ci/run sets SITROOM_REQUIRE_SERVERS=1) a test that needs PostgreSQL or Chromium must
# run: a skip there means the set-up broke, so it is reported as a failure.
_SERVER_MARKERS = ("postgres", "browser")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("SITROOM_REQUIRE_SERVERS")
        and any(item.get_closest_marker(m) for m in _SERVER_MARKERS)
    ):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where its server must be available: {report.longrepr}"
