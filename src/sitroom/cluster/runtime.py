"""Joining a Ray cluster, or starting a local Ray runtime, for the length of one command.

Ray is the optional ``cluster`` extra: this module is the only place that imports it for the
driver, and says how to install it when it is missing.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from contextlib import contextmanager
from typing import Iterator, Optional

from ..errors import ConfigError
from .helper_actors import end_own_helpers, existing_helpers, start_helpers

INSTALL_HINT = "the Ray engine needs the cluster extra: pip install 'sitroom[cluster]'"

# The local runtime's address: Ray swaps 127.0.0.1 (and "localhost") for the machine's network address,
# any other loopback address it keeps.
LOCAL_HOST = "127.0.0.3"

# Lines Ray's C++ core writes straight to the driver's stderr (file descriptor 2, past Python's logging)
# that say nothing to a user. Ray Data keeps the pipeline actor's constructor arguments in the object
# store and holds them for the whole job, so the restart the warning is about works (a killed actor is
# restarted: tests/cluster).
# Ray's words for a node that did not register in time, and how often a local runtime is started.
START_TIMEOUT = "timed out during startup"
START_ATTEMPTS = 2

RAY_NOISE = ("has constructor arguments in the object store and max_restarts > 0",)
# What Ray's core repeats once a second while it cannot join a cluster (a wrong token, a wrong address):
# one line of it goes into the command's one-line error instead.
CONNECT_NOISE = "Failed to get cluster ID from GCS server: "


def import_ray():
    """The ``ray`` module with Ray Data. RAISES ConfigError: Ray is not installed (one line saying how)."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    return ray


def _loopback_host(address: str) -> Optional[str]:
    """The host of a cluster address on this machine's loopback range (``127.0.0.2:6379``), else None.

    Ray takes a driver's node address from the route to the cluster, which is 127.0.0.1 for any loopback
    address: a cluster started with ``--node-ip-address 127.0.0.2`` is only found under its own address.
    """
    host = address.split("://")[-1].rsplit(":", 1)[0]
    return host if host.startswith("127.") else None


# Ray's default ports: a cluster's GCS (``ray start --head``) and the Ray Client server (``ray://``).
GCS_PORT, CLIENT_PORT = 6379, 10001
# How long a cluster address may take to accept a connection before the command gives up on it.
REACH_TIMEOUT_S = 5.0


def check_reachable(address: str, timeout: float = REACH_TIMEOUT_S) -> None:
    """RAISES ConfigError when nothing accepts a connection at the cluster ``address`` (``host:port``,
    ``ray://host[:port]``; ``auto`` is Ray's to find). Ray itself retries a GCS that does not answer
    twenty times, each try waiting on its own timeout: a mistyped host or port kept the command waiting
    for over ten minutes before this check."""
    import socket

    if address == "auto":
        return
    scheme, _, rest = address.rpartition("://")
    host, sep, port_text = rest.rstrip("/").rpartition(":")
    if not sep or not port_text.isdigit():  # no port given: Ray's default for the scheme
        host, port_text = rest.rstrip("/"), str(CLIENT_PORT if scheme == "ray" else GCS_PORT)
    try:
        with socket.create_connection((host.strip("[]"), int(port_text)), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        if isinstance(exc, TimeoutError):
            reason = f"no answer within {timeout:g} s"
        raise ConfigError(f"Ray cluster {address}: nothing answers at {host}:{port_text} ({reason}): "
                          f"check the address, and that the cluster is up there (`ray start --head`)") from None


def start_local(ray, **kwargs) -> None:
    """``ray.init(address="local", **kwargs)``, started once more if the node does not come up in time.

    Ray gives a new node a fixed 30 s to register; on a loaded machine (load ~20 on 2 cores) it sometimes
    does not, and leaves the processes it started running: those (children of this process that were
    not there before) are ended by process id before the second start.
    """
    import psutil

    me = psutil.Process()
    for attempt in range(START_ATTEMPTS):
        before = {p.pid for p in me.children(recursive=True)}
        try:
            ray.init(address="local", **kwargs)
            return
        except Exception as exc:
            if START_TIMEOUT not in str(exc) or attempt == START_ATTEMPTS - 1:
                raise
            for proc in me.children(recursive=True):
                if proc.pid not in before:
                    try:
                        proc.kill()
                    except psutil.Error:
                        pass


@contextmanager
def ray_runtime(address: Optional[str], workers: Optional[int]) -> Iterator[int]:
    """Connect to the Ray cluster at ``address`` (``host:port``, ``ray://host:port`` or ``auto``), or start a
    local runtime with ``workers`` CPUs when ``address`` is None; shut the connection down on exit.

    YIELDS (int): how many pipeline actors to run: ``workers`` when given, else the cluster's CPUs.
    RAISES ConfigError: Ray is missing, or the cluster cannot be reached (one line naming the address).
    """
    ray = import_ray()
    # Ray's own progress bars and INFO lines would interleave with the command's output.
    os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")
    # A local runtime reports nothing home (the project makes no network calls at run time).
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    kwargs = dict(logging_level=logging.ERROR, log_to_driver=False, configure_logging=True)
    retries: list[str] = []
    if address:
        check_reachable(address)
    try:
        with _without_ray_noise(retries):
            if address:
                ray.init(address=address, _node_ip_address=_loopback_host(address), **kwargs)
            else:
                # "local" always starts a new runtime, never joins a cluster left running on the machine; on a
                # loopback address, so nothing listens on or connects to the machine's network address.
                start_local(ray, num_cpus=workers or os.cpu_count() or 1, include_dashboard=False,
                            _node_ip_address=LOCAL_HOST, **kwargs)
    except Exception as exc:  # Ray raises a plain Exception for a node that does not come up in time
        reason = ' '.join(str(exc).split())[:300]
        if retries:
            reason += f" ({retries[-1]})"
        if "InvalidAuthToken" in reason:
            # Ray sends a token only in token mode, even with one here; a token sent to a cluster without
            # authentication breaks its workers, so the mode is the user's to set, not guessed.
            reason += (": the cluster asks for a token: set RAY_AUTH_MODE=token, with the head's "
                       "~/.ray/auth_token on this machine (or RAY_AUTH_TOKEN)")
        raise ConfigError(f"Ray cluster {address or 'local'}: {reason}") from None
    helpers_before: set[tuple[str, str]] = set()
    try:
        # Ray Data's helper actors already on a cluster that stays up: they belong to others, and stay.
        helpers_before = existing_helpers(ray) if address else set()
        start_helpers()  # they start while the job is planned and the actors load, not with its first tasks
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # output in input order, as with --jobs
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        # A failed job is reported once, by the command: Ray Data's own error lines and trace are dropped.
        logging.getLogger("ray.data").setLevel(logging.CRITICAL)
        with _without_ray_noise():
            yield workers or max(1, cpus)
    except ray.exceptions.RayError as exc:  # a worker that cannot start, a cluster gone mid-job
        raise ConfigError(f"Ray cluster {address or 'local'}: the job failed: {_job_failure(exc)}") from None
    finally:
        try:
            if address:  # a local runtime ends with everything in it
                end_own_helpers(ray, helpers_before)
        finally:
            ray.shutdown()


def _job_failure(exc: Exception) -> str:
    """Ray's error in one line: its first line without the process details, and the worker's own
    exception (the last ``SomeError: ...`` line of the remote traceback) when there is one."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()] or [type(exc).__name__]
    first = lines[0].split(" (pid=", 1)[0]
    cause = [line for line in lines[1:] if re.match(r"^[\w.]+(Error|Exception|Exit): ", line)]
    return (f"{first}: {cause[-1]}" if cause else first)[:400]


@contextmanager
def _without_ray_noise(retries: Optional[list[str]] = None) -> Iterator[None]:
    """File descriptor 2 passed through a pipe for the block, dropping the lines of :data:`RAY_NOISE`
    and forwarding every other byte in order (the command's own messages go the same way). With
    ``retries``, Ray's failed attempts to join a cluster are dropped too and their reasons kept there."""
    sys.stderr.flush()
    saved = os.dup(2)
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)

    def forward() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            for line in pipe:
                text = line.decode("utf-8", "replace")
                if retries is not None and CONNECT_NOISE in text:
                    retries.append(text.split(CONNECT_NOISE, 1)[1].strip())
                elif not any(mark in text for mark in RAY_NOISE):
                    os.write(saved, line)

    thread = threading.Thread(target=forward, name="ray-stderr", daemon=True)
    thread.start()
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)  # the pipe's last write end closes: the thread reads to its end and stops
        thread.join(timeout=5)
        os.close(saved)
