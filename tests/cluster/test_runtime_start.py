"""Starting a local Ray runtime on a loaded machine: a node that does not register within Ray's 30 s is
ended and started once more; any other failure is not retried."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("psutil")

from sitroom.cluster.runtime import start_local  # noqa: E402


class FakeRay:
    """``init`` starts a child process (as Ray starts GCS and raylet), then fails as told."""

    def __init__(self, failures: list[Exception]):
        self.failures = failures
        self.calls: list[dict] = []
        self.children: list[subprocess.Popen] = []

    def init(self, **kwargs):
        self.calls.append(kwargs)
        self.children.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]))
        if self.failures:
            raise self.failures.pop(0)


def _reap(ray: FakeRay) -> list[int | None]:
    codes = []
    for child in ray.children:
        try:
            codes.append(child.wait(timeout=10))
        except subprocess.TimeoutExpired:
            codes.append(None)
            child.kill()
            child.wait()
    return codes


def test_a_node_that_timed_out_is_ended_and_started_again():
    ray = FakeRay([Exception("The current node timed out during startup. This could happen because ...")])
    start_local(ray, num_cpus=2)
    assert [c["address"] for c in ray.calls] == ["local", "local"] and ray.calls[1]["num_cpus"] == 2
    first_exit = ray.children[0].wait(timeout=10)  # the failed attempt's process was ended by its id
    assert first_exit != 0
    assert ray.children[1].poll() is None  # the second, good start is left running
    ray.children[1].kill()
    _reap(ray)


def test_a_second_timeout_or_another_failure_is_raised():
    ray = FakeRay([Exception("node timed out during startup"), Exception("node timed out during startup")])
    with pytest.raises(Exception, match="timed out during startup"):
        start_local(ray)
    assert len(ray.calls) == 2
    other = FakeRay([ValueError("bad resources")])
    with pytest.raises(ValueError, match="bad resources"):
        start_local(other)
    assert len(other.calls) == 1
    for r in (ray, other):
        for child in r.children:
            child.kill()
        _reap(r)
