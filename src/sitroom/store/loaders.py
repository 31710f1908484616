"""Several loaders storing extraction results into one PostgreSQL store at once, a process each.

Each loader opens the store itself (its own connections) and stores its share of the batches through
the bulk path (:meth:`Store.store_batches`: one transaction per batch, the rows built while the batch
before is written). The bulk path takes care of what loaders share (see :mod:`._load`): a document
met by two loaders is stored once, the documents, events and incidents go in one loader at a time, the
rest side by side. On a 2-core machine two loaders keep both cores busy where one leaves its client and
the server taking turns.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from .store import Store, StoreOutcome

# What a loader sends back: ("batch", loader, batch number, [outcomes]), then ("done", loader, cpu seconds, seconds
# waited for a core) or ("failed", loader, one-line reason).
_POLL = 1.0


@dataclass
class LoaderStats:
    """What the loaders used: the CPU seconds of their processes, and the seconds their storing threads
    spent runnable while other processes held the cores (None where /proc does not say)."""

    cpu_seconds: float = 0.0
    waited_seconds: Optional[float] = 0.0
    failed: list[str] = field(default_factory=list)  # a loader that stopped: "loader N: reason"


def _waited() -> Optional[float]:
    try:
        with open(f"/proc/{os.getpid()}/task/{threading.get_native_id()}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def _loader(k: int, opener: Callable[[], Store], share: Callable[[int], Iterable[list[tuple]]], queue,
            release, opened) -> None:
    try:
        with opener() as store:
            if opened is not None:
                opened.wait(timeout=120)
            cpu0, waited0 = time.process_time(), _waited()
            for j, outcomes in enumerate(store.store_batches(share(k))):
                queue.put(("batch", k, j, [tuple(o) for o in outcomes]))
            waited = _waited()
            queue.put(("done", k, time.process_time() - cpu0,
                       None if waited is None or waited0 is None else waited - waited0))
            release.wait(timeout=60)  # connections kept until the parent has seen every loader done
    except BaseException as exc:  # noqa: BLE001  reported by the parent, which names the loader
        if opened is not None:
            opened.abort()  # the others (and the parent) stop waiting for this one
        detail = str(exc).splitlines()[0] if str(exc) else "no detail"
        queue.put(("failed", k, f"{type(exc).__name__}: {detail}"))


def _child(k, opener, share, queue, release, opened) -> None:
    try:
        _loader(k, opener, share, queue, release, opened)
    finally:
        queue.close()
        queue.join_thread()
        # Leave at once: the parent's engine, inherited by the fork, must not be closed from here.
        os._exit(0)


def run_loaders(opener: Callable[[], Store], share: Callable[[int], Iterable[list[tuple]]], loaders: int,
                stats: Optional[LoaderStats] = None,
                when_done: Optional[Callable[[], None]] = None,
                when_open: Optional[Callable[[], None]] = None) -> Iterator[tuple[int, int, list[StoreOutcome]]]:
    """Start ``loaders`` processes, loader k storing the batches ``share(k)`` gives (called in the loader's
    process: it may read its input there) into the store ``opener()`` opens; yield (k, j, outcomes) for
    each batch as it is stored, the j-th of loader k (in no fixed order between loaders). ``stats``, when given, is filled in at the end.
    The processes are forked: ``opener`` and ``share`` need not be picklable. ``when_done`` is called
    once every loader is done, before they close their connections (to read the server's CPU time);
    ``when_open`` once every loader has opened the store, before any stores (to start a clock). A
    loader's CPU seconds (``stats``) are counted from then.
    """
    ctx = multiprocessing.get_context("fork")
    queue, release = ctx.Queue(), ctx.Event()
    opened = ctx.Barrier(loaders + 1) if when_open is not None else None
    procs = [ctx.Process(target=_child, args=(k, opener, share, queue, release, opened), name=f"sitroom-loader-{k}", daemon=True)
             for k in range(loaders)]
    # The parent's objects (the input, every module) out of the collector's reach in the children: a
    # collection there would write to each object's header, copying every page of the parent's memory
    # into each loader, and walk all of them again at each full collection.
    gc.freeze()
    try:
        for p in procs:
            p.start()
    finally:
        gc.unfreeze()
    stats = stats if stats is not None else LoaderStats()
    running = set(range(loaders))
    try:
        if opened is not None:
            try:
                opened.wait(timeout=120)
                when_open()
            except threading.BrokenBarrierError:
                pass  # a loader could not open the store: its reason comes through the queue
        while running:
            try:
                msg = queue.get(timeout=_POLL)
            except Exception:  # noqa: BLE001  queue.Empty: is a loader gone without a word (killed)?
                for k in list(running):
                    if not procs[k].is_alive() and queue.empty():
                        running.discard(k)
                        stats.failed.append(f"loader {k}: ended with exit code {procs[k].exitcode}")
                continue
            kind, k = msg[0], msg[1]
            if kind == "batch":
                yield k, msg[2], [StoreOutcome(*o) for o in msg[3]]
            elif kind == "done":
                running.discard(k)
                stats.cpu_seconds += msg[2]
                if msg[3] is None or stats.waited_seconds is None:
                    stats.waited_seconds = None
                else:
                    stats.waited_seconds += msg[3]
            else:
                running.discard(k)
                stats.failed.append(f"loader {k}: {msg[2]}")
        if when_done is not None:
            when_done()
    finally:
        release.set()
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.terminate()
                p.join()
