"""Ctrl-C and SIGTERM during a long command: one line saying what was done, the shell's exit status."""

from __future__ import annotations

import signal
from contextlib import contextmanager
from typing import Callable, Iterator

import typer


class Interrupted(KeyboardInterrupt):
    """Raised by the SIGTERM handler, so a service manager's stop ends the run as Ctrl-C does."""


@contextmanager
def interruptible(said: Callable[[], str]) -> Iterator[None]:
    """Run the block; on Ctrl-C (SIGINT) or SIGTERM print ``interrupted: <said()>`` on stderr, once, and exit
    130 or 143 (128 + the signal, as a shell reports a command the signal killed). What was stored before
    is kept: each batch is one transaction, rolled back if the interrupt lands inside it."""

    def on_term(_signum, _frame) -> None:
        raise Interrupted()

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    except KeyboardInterrupt as exc:
        # No further interrupts while the worker processes are stopped and the line is printed.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        typer.echo(f"interrupted: {said()}", err=True)
        raise typer.Exit(128 + (signal.SIGTERM if isinstance(exc, Interrupted) else signal.SIGINT)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)

