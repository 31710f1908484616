"""Driver errors (locked, gone, corrupt) as one-line StoreErrors the CLI can print, for every public
method of the store's classes."""

from __future__ import annotations

import functools
import inspect

from sqlalchemy.exc import DBAPIError, IntegrityError

from ..errors import DatabaseError, StoreError
from .engine import db_error_kind, db_error_reason


def db_errors(fn):
    """Turn driver errors (locked, gone, corrupt) into one-line StoreErrors the CLI can print."""

    def convert(self, exc: DBAPIError) -> StoreError:
        reason = db_error_reason(exc)
        return DatabaseError(f"{self.url}: {fn.__name__} failed: {reason}", reason, db_error_kind(reason))

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def gen(self, *args, **kwargs):
            try:
                yield from fn(self, *args, **kwargs)
            except DBAPIError as exc:
                raise convert(self, exc) from exc
        return gen

    @functools.wraps(fn)
    def call(self, *args, **kwargs):
        try:
            return fn(self, *args, **kwargs)
        except DBAPIError as exc:
            if isinstance(exc, IntegrityError):
                raise  # a bug or a race, not a user-facing condition
            raise convert(self, exc) from exc
    return call


def wrap_public(cls) -> None:
    """Wrap every public method defined on ``cls`` itself with :func:`db_errors`."""
    for name, fn in list(vars(cls).items()):
        if callable(fn) and not name.startswith("_"):
            setattr(cls, name, db_errors(fn))
