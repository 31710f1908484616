"""Joining a Ray cluster, or starting a local Ray runtime, for the length of one command.

Ray is the optional ``cluster`` extra: this module is the only place that imports it for the
driver, and says how to install it when it is missing.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Iterator, Optional

from ..errors import ConfigError

INSTALL_HINT = "the Ray engine needs the cluster extra: pip install 'sitroom[cluster]'"


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
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    kwargs = dict(logging_level=logging.ERROR, log_to_driver=False, configure_logging=True)
    try:
        if address:
            ray.init(address=address, _node_ip_address=_loopback_host(address), **kwargs)
        else:
            # "local" always starts a new runtime, never joins a cluster left running on the machine; on the
            # loopback address, so nothing listens on or connects to the machine's network address.
            ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, include_dashboard=False,
                     _node_ip_address="127.0.0.1", **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"Ray cluster {address or 'local'}: {' '.join(str(exc).split())[:300]}") from None
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True  # output in input order, as with --jobs
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        cpus = int(ray.cluster_resources().get("CPU", 1))
        yield workers or max(1, cpus)
    finally:
        ray.shutdown()
