"""A batch is stored and counted as one step: an interrupt that arrives meanwhile waits for the count, so
"interrupted: N documents stored by this run" never says fewer than the run stored."""

from __future__ import annotations

import signal
import threading

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
                # to the main thread itself: a signal sent to the process may reach another thread of the
                # test run first and be handled only later, outside the test
                signal.pthread_kill(threading.main_thread().ident, sig)
                seen.append("stored")
                seen.append("counted")
        assert seen == ["stored", "counted", "interrupted"]
    finally:
        signal.signal(sig, previous)


def test_signals_are_not_held_after_the_batch():
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    with _interrupts_held():
        pass
    assert {s: signal.getsignal(s) for s in before} == before
    assert not {signal.SIGINT, signal.SIGTERM} & signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_an_interrupt_from_another_thread_is_held_too():
    """Whichever thread the kernel hands a signal to, Python handles it in the main thread: still held."""
    seen = []

    def handler(_signum, _frame):
        seen.append("interrupted")
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with _interrupts_held():
                # the signal reaches this other thread (as a Ctrl-C to a process with worker threads may)
                sender = threading.Thread(target=lambda: signal.pthread_kill(threading.get_ident(), signal.SIGINT))
                sender.start()
                sender.join()
                for _ in range(1000):  # bytecodes, where Python runs the handlers
                    pass
                seen.append("stored")
        assert seen == ["stored", "interrupted"]
    finally:
        signal.signal(signal.SIGINT, previous)
