"""sitroom's exceptions. Each message says what failed, on which input, and what to try."""


class SitroomError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero."""


class ConfigError(SitroomError):
    """A pipeline or setting is wrong."""


class InputError(SitroomError):
    """An input cannot be read: empty, binary, too large, malformed, unreachable.

    ``source`` names the input (path, URL, or path#line) so batch reports can say which.
    """

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InputSkipped(InputError):
    """An input that holds no report, on purpose, and is passed over: said, but no failure (a WARC's
    recorded 404 page)."""


class StoreError(SitroomError):
    """The database cannot be opened or written."""


class ParameterError(SitroomError):
    """A command-line option or API parameter has a value sitroom cannot use.

    ``name`` is the parameter as the user wrote it (``--since`` on the command line, ``since`` in the API),
    ``reason`` says what is wrong with the value and what is accepted.
    """

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        # Every bad parameter of the request, as "name: reason" (one, unless made by :meth:`several`).
        self.problems = [f"{name}: {reason}"]
        super().__init__(f"{name}: {reason}")

    @classmethod
    def several(cls, errors: "list[ParameterError]") -> "ParameterError":
        """One error naming every bad parameter (``since: ...; event_type: ...``), so a user fixes them all
        at once rather than one per try; ``name`` and ``reason`` are the first one's."""
        if len(errors) == 1:
            return errors[0]
        exc = cls(errors[0].name, errors[0].reason)
        exc.problems = [p for e in errors for p in e.problems]
        exc.args = ("; ".join(exc.problems),)
        return exc

    def __str__(self) -> str:
        return "; ".join(self.problems)


class DatabaseError(StoreError):
    """The database driver failed on a query: locked, gone, corrupt, or the query was too complex for it.

    ``reason`` is the driver's one-line message; ``kind`` is ``busy``, ``too complex`` or ``failed``,
    so the web app can answer 503, 400 or 500 without showing the database's path or host.
    """

    def __init__(self, message: str, reason: str, kind: str = "failed"):
        self.reason = reason
        self.kind = kind
        super().__init__(message)
