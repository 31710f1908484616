"""Store fixtures on both back ends, shared by the store, fuse and export tests.

``store`` runs a test on SQLite, and again on PostgreSQL when $SITROOM_TEST_PG names a
reachable server (marked ``postgres``: skipped without one, failed in CI).
"""

from __future__ import annotations

import os

import pytest

from sitroom.api import open_store


@pytest.fixture
def sqlite_store(tmp_path):
    s = open_store(str(tmp_path / "test.db"))
    yield s
    s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    """The same tests on both back ends: SQLite always, PostgreSQL when $SITROOM_TEST_PG is reachable."""
    return request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")


def _pg_url() -> str | None:
    return os.environ.get("SITROOM_TEST_PG")


@pytest.fixture
def pg_store():
    """A store on the PostgreSQL server named by $SITROOM_TEST_PG, emptied first; skipped when unreachable."""
    url = _pg_url()
    if not url:
        pytest.skip("SITROOM_TEST_PG is not set")
    from sqlalchemy import text

    from sitroom.errors import StoreError
    from sitroom.store.engine import make_engine, resolve_url
    from sitroom.store.schema import metadata

    engine = make_engine(resolve_url(url))
    try:
        with engine.begin() as conn:  # start from an empty database: the migrations run on open
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    except Exception as exc:  # any connection failure means: no server here
        pytest.skip(f"PostgreSQL not reachable at {url}: {str(exc).splitlines()[0]}")
    finally:
        engine.dispose()
    try:
        s = open_store(url)
    except StoreError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    yield s
    s.close()
