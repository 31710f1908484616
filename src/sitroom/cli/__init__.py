"""The `sitroom` command line: thin commands over the library API.

Each command lives in its own module and registers itself on ``app``.
Errors from the library (:class:`sitroom.errors.SitroomError`) become one line on
stderr and a non-zero exit (1); so do bad options (``Error: Invalid value for '--port': ...``, exit 2).
"""

from __future__ import annotations

import sys

import typer

from ..errors import SitroomError

app = typer.Typer(
    name="sitroom",
    help="Turn news reports about armed conflict into a sourced, geolocated record of events and claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """sitroom: conflict reports in, a sourced record of events and claims out."""


# A bad option value is a usage error, as click's own checks make it (exit status 2); 1 is for failures of the
# work itself (an input that cannot be read, a store that cannot be opened).
USAGE = 2


def fail(message: str, code: int = 1) -> "typer.Exit":
    """Print ``Error: message`` on stderr, on one line (library messages may quote multi-line parser
    errors), and return the Exit to raise."""
    typer.echo("Error: " + " ".join(str(message).split()), err=True)
    return typer.Exit(code)


def _register() -> None:
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        if not mod.name.startswith("_"):
            importlib.import_module(f"{__name__}.{mod.name}")


def _click_exception() -> type:
    try:  # typer 0.2x carries its own copy of click
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover
        from click import ClickException
    return ClickException


def main() -> None:
    _register()
    try:
        # Not standalone: click's usage errors come here, to be printed as one line instead of a panel.
        code = app(standalone_mode=False, prog_name="sitroom")
    except _click_exception() as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `sitroom` alone: the help was printed
            sys.exit(exc.exit_code)
        where = exc.ctx.command_path if getattr(exc, "ctx", None) else "sitroom"
        typer.echo("Error: " + " ".join(exc.format_message().split()) + f" (see `{where} --help`)", err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(130)
    except SitroomError as exc:
        typer.echo("Error: " + " ".join(str(exc).split()), err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
