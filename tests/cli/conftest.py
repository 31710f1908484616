"""Fixtures of the CLI tests: `db`, a store filled with hand-built records (see _filled_db.py)."""

from tests.cli._filled_db import db  # noqa: F401  (a pytest fixture, shared by the CLI test modules)
