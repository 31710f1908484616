"""Fixtures for the web tests: a store filled with the demo records, and apps over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.api import open_store
from sitroom.web import create_app

from .demo_data import fill_demo_store

TOKEN = "test-token-0123456789"
# The app answers only its own host names (a guard against DNS rebinding), not TestClient's "testserver".
BASE_URL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """Path of a SQLite store holding the demo documents (built once per test module)."""
    path = tmp_path_factory.mktemp("web") / "demo.db"
    store = open_store(str(path))
    ids = fill_demo_store(store)
    store.close()
    return path, ids


@pytest.fixture(scope="module")
def demo_ids(demo_db):
    return demo_db[1]


@pytest.fixture(scope="module")
def client(demo_db):
    """A read-only app (no token configured) over the demo store."""
    with TestClient(create_app(str(demo_db[0])), base_url=BASE_URL) as c:
        yield c


@pytest.fixture
def writable_client(tmp_path):
    """An app with a token, over a fresh copy of the demo store (tests may write to it)."""
    path = tmp_path / "rw.db"
    store = open_store(str(path))
    fill_demo_store(store)
    store.close()
    with TestClient(create_app(str(path), token=TOKEN, max_upload_bytes=64 * 1024), base_url=BASE_URL) as c:
        yield c
