"""A batch is stored and counted as one step: an interrupt that arrives meanwhile waits for the count, so
"interrupted: N documents stored by this run" never says fewer than the run stored."""

from __future__ import annotations

import os
import signal

import pytest

from sitroom.ingest import _interrupts_held


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupt_during_a_batch_lands_after_it(sig):
    seen = []

    def handler(_signum, _frame):
        seen.append("interrupted")
        raise KeyboardInterrupt

    previous = signal.signal(sig, handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with _interrupts_held():
                os.kill(os.getpid(), sig)
                seen.append("stored")
                seen.append("counted")
        assert seen == ["stored", "counted", "interrupted"]
    finally:
        signal.signal(sig, previous)


def test_signals_are_not_held_after_the_batch():
    with _interrupts_held():
        pass
    assert not {signal.SIGINT, signal.SIGTERM} & signal.pthread_sigmask(signal.SIG_BLOCK, set())
