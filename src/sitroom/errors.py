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


class StoreError(SitroomError):
    """The database cannot be opened or written."""
