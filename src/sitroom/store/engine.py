"""Opening a database: URL rules, SQLite pragmas, and the Alembic upgrade run on open."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import StaticPool

from ..environment import from_environment
from ..errors import StoreError
from .placekeys import keys_current, refresh_keys

DEFAULT_URL = "sqlite:///./sitroom.db"
MIGRATIONS = Path(__file__).parent / "migrations"
# A second process (the web app reading while an ingest writes) waits this long for a lock.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def resolve_url(url: Optional[str] = None) -> str:
    """The SQLAlchemy URL for ``url``: None -> $SITROOM_DB or ./sitroom.db; a plain path -> SQLite.

    ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    url = url or from_environment("db") or DEFAULT_URL
    if url == ":memory:":
        return "sqlite://"
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser())
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str, create: bool = True) -> Engine:
    """An engine for ``url`` (already resolved), configured for sitroom's single-writer use.

    create (bool): False refuses a SQLite file that does not exist yet, instead of creating an empty one
        (read commands: a mistyped path must not answer "0 events").
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL ({exc}); use a file path or postgresql://user@host/db") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database, create)
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        hint = "install sitroom[postgres]" if parsed.get_backend_name() == "postgresql" else \
            "sitroom stores to SQLite (a file path) or PostgreSQL (postgresql://...)"
        raise StoreError(f"{url}: database driver missing ({exc}); {hint}") from None


def _sqlite_engine(url: str, database: Optional[str], create: bool = True) -> Engine:
    in_memory = not database or database == ":memory:" or database.startswith("file::memory:")
    if not in_memory:
        path = Path(database).expanduser()
        if not create and not path.exists():
            raise StoreError(f"{database}: no such database; check --db (or $SITROOM_DB), "
                             "or store documents there first with `sitroom ingest FILES --db PATH`")
        if not path.parent.is_dir():
            raise StoreError(f"{database}: directory {path.parent} does not exist")
    kwargs = {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    if in_memory:
        # One shared connection, or every checkout would see a fresh empty database.
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        # Let SQLAlchemy issue BEGIN itself, so one transaction really is one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not in_memory:
            cur.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL survives a killed process; only a power cut can lose the last commits.
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # Writers (execution option sitroom_write) take the lock up front with IMMEDIATE, so two
        # writers queue on busy_timeout instead of failing on a read-to-write upgrade; readers
        # never block in WAL mode.
        immediate = conn.get_execution_options().get("sitroom_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# The advisory lock a PostgreSQL store's migration holds to its commit (any number no other application on
# the database uses; the loaders' write lock is another: store._load.WRITE_LOCK).
MIGRATE_LOCK = 0x5174_0002


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision, and rekey the stored place names
    when the folding that keyed them has changed (see :mod:`.placekeys`)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    # A store already at head with current keys needs no write lock: a second process opening it while
    # the first one writes (two ingests into one file) would otherwise queue behind, or time out on, its
    # writes just to find nothing to do.
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head and keys_current(conn):
                return
    except DBAPIError:
        pass  # answered below, under the write lock
    for attempt in range(3):
        try:
            with engine.execution_options(sitroom_write=True).begin() as conn:
                if conn.dialect.name == "postgresql":
                    # PostgreSQL lets two sessions create the same new tables at once until one commits
                    # (the other then fails on pg_type's unique index): processes opening one new store
                    # together migrate in turn, each finding the schema as the one before left it.
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
                if MigrationContext.configure(conn).get_current_revision() != head:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                refresh_keys(conn)
            return
        except DBAPIError as exc:
            # Another process creating the same new store holds its lock (SQLite answers some such
            # conflicts at once, without the busy timeout): it will be done soon; try again, twice.
            if attempt < 2 and db_error_kind(db_error_reason(exc)) == "busy":
                continue
            raise StoreError(f"{engine.url.render_as_string(hide_password=True)}: cannot open database: "
                             f"{db_error_reason(exc)}") from None


def db_error_reason(exc: DBAPIError) -> str:
    """The driver's own message, first line only."""
    return (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]


# Driver messages for a query the database refuses by its size or depth (SQLite: "LIKE or GLOB pattern too
# complex", "Expression tree is too large", "too many SQL variables", "string or blob too big"; PostgreSQL:
# "stack depth limit exceeded", "number of parameters must be between"): the caller asked too much.
_TOO_COMPLEX = re.compile(r"too (complex|large|big|many)|maximum depth|stack depth|number of parameters", re.I)
_BUSY = re.compile(r"database is locked|database table is locked|busy|lock timeout|deadlock", re.I)


def db_error_kind(reason: str) -> str:
    """``too complex``, ``busy`` or ``failed``: how a driver message should be answered."""
    if _TOO_COMPLEX.search(reason):
        return "too complex"
    if _BUSY.search(reason):
        return "busy"
    return "failed"
