"""The CPU meter of `sitroom bench scale`: a process tree's CPU seconds, by role, between two snapshots."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("psutil")

from sitroom.cluster.process_cpu import snapshot  # noqa: E402

# Burns about 0.6 CPU seconds, says so, then waits to be told to end (so it is alive at the snapshot).
BURN = ("import sys, time\n"
        "t = time.process_time()\n"
        "while time.process_time() - t < 0.6: pass\n"
        "print('done', flush=True)\n"
        "sys.stdin.readline()\n")


def _burner(*argv: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", BURN, *argv], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "done"
    return proc


def _end(proc: subprocess.Popen) -> None:
    proc.communicate("\n", timeout=30)


@pytest.mark.parametrize("kind, argv, role", [
    ("pool", (), "workers"),                 # every child of a --jobs driver is a pipeline worker
    ("ray", ("PipelineActor",), "workers"),  # a Ray process titled after the pipeline actor
    ("ray", ("raylet",), "system"),          # any other Ray process
])
def test_a_child_s_cpu_is_counted_under_its_role(kind, argv, role):
    before = snapshot(kind)
    proc = _burner(*argv)
    try:
        after = snapshot(kind)
    finally:
        _end(proc)
    # the burner is counted under its role, with what it burnt (other children of this process, such as
    # the session's Ray nodes, keep their own roles and may use any CPU meanwhile on a loaded machine)
    burner_role, burnt = after.seconds[proc.pid]
    assert burner_role == role and burnt >= 0.45
    used = after.since(before)
    assert getattr(used, role) >= 0.45
    assert used.total == pytest.approx(used.driver + used.workers + used.system)


def test_a_child_that_ended_counts_through_its_parent():
    """A worker that ended and was reaped (an actor the raylet stopped, a pool closed) is not lost."""
    before = snapshot("pool")
    _end(_burner())
    used = snapshot("pool").since(before)
    assert used.driver >= 0.45  # reaped by this process: in its children's time


def test_one_process_running_the_pipeline_itself_is_a_worker():
    before = snapshot("alone")
    t = __import__("time").process_time()
    while __import__("time").process_time() - t < 0.3:
        pass
    used = snapshot("alone").since(before)
    assert used.workers >= 0.25 and used.driver == 0  # (other tests' children, if any, would be 'system')


def test_an_actor_stopped_before_the_end_counts_what_it_last_reported():
    from sitroom.cluster.process_cpu import CpuSnapshot

    start = CpuSnapshot({1: ("driver", 1.0), 7: ("workers", 2.0)})
    end = CpuSnapshot({1: ("driver", 1.5)}).with_ended({7: 9.0, 8: 4.0})
    used = end.since(start)
    assert (used.driver, used.workers, used.system) == (0.5, 7.0 + 4.0, 0.0)
    # a process still running keeps its own reading, not the (older) one it reported
    assert CpuSnapshot({7: ("workers", 10.0)}).with_ended({7: 9.0}).seconds[7] == ("workers", 10.0)


@pytest.mark.parametrize("argv, name", [
    (["ray::_StatsActor.update_execution_metrics"], "_StatsActor"),
    (["ray::ActorLocationTracker"], "ActorLocationTracker"),
    (["/venv/lib/python3.11/site-packages/ray/core/src/ray/raylet/raylet", "--raylet_socket_name=x"], "raylet"),
    (["/venv/bin/python", "-u", "/venv/lib/python3.11/site-packages/ray/_private/log_monitor.py", "--x"], "log_monitor.py"),
    ([], "other"),
])
def test_a_ray_process_is_named_by_its_title_binary_or_script(argv, name):
    from sitroom.cluster.process_cpu import process_name

    assert process_name(argv) == name


def test_the_driver_s_threads_are_counted_by_name_without_their_run_s_id():
    """`bench scale` splits the driver's CPU by thread (Ray Data's executor loop, the consumer, ...)."""
    import threading
    import time

    from sitroom.cluster.process_cpu import CpuSnapshot, ThreadMeter

    burnt, done = threading.Event(), threading.Event()

    def burn():  # burns 0.3 CPU s, is read once, then ends
        t = time.thread_time()
        while time.thread_time() - t < 0.3:
            pass
        burnt.set()
        done.wait(30)

    meter = ThreadMeter()
    before = CpuSnapshot(threads=meter.read())
    # named as Ray Data names its executor's threads, with a stem no other thread of this process has
    worker = threading.Thread(target=burn, name="MeterProbe-dataset_0358T0h1DhNM_0")
    worker.start()
    try:
        assert burnt.wait(60)
        meter.read()
    finally:
        done.set()
        worker.join()
    # read again after the thread ended: it keeps the time it had at the last reading
    parts = CpuSnapshot(threads=meter.read()).parts_since(before)
    assert 0.25 <= parts["driver: MeterProbe"] <= 0.5
    assert all(cpu > 0 for cpu in parts.values())


def test_system_processes_are_counted_by_name():
    from sitroom.cluster.process_cpu import CpuSnapshot

    start = CpuSnapshot({1: ("driver", 1.0), 5: ("system", 2.0), 6: ("system", 1.0)})
    end = CpuSnapshot({1: ("driver", 1.5), 5: ("system", 2.5), 6: ("system", 1.25), 9: ("system", 0.5), 7: ("workers", 3.0)},
                      names={5: "raylet", 6: "_StatsActor", 9: "_StatsActor"})
    assert end.parts_since(start) == {"raylet": 0.5, "_StatsActor": 0.75}
