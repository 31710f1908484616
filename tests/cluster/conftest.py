"""A real local Ray cluster for the cluster tests: `ray start --head` and a second worker node on this
machine (one CPU and a small object store each), on a loopback address, stopped by process id afterwards.

The documents are real news: HRDsAttack articles from the development data, cut at a sentence end so the
tests stay within a few minutes on two cores. Without Ray (the cluster extra) the tests skip, and fail in
CI, which installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.store.backends import pg_store  # noqa: F401  (a fixture: PostgreSQL emptied first)

N_DOCS = 200
MAX_CHARS = 2500
HOST = "127.0.0.2"  # a loopback address of its own: see sitroom.cluster.runtime._loopback_host


_TOKEN = uuid.uuid4().hex


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def cluster_env() -> dict[str, str]:
    """The environment of the nodes and of every `sitroom` run against them: this tree's code, and
    Ray's token authentication on, with a token of this test session (a fresh machine has no
    ~/.ray/auth_token, and `ray start --head` does not make one)."""
    env = dict(os.environ, RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=_TOKEN, RAY_DISABLE_USAGE_STATS="1")
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return env


def _start(args: list[str], log: Path) -> subprocess.Popen:
    ray = shutil.which("ray", path=str(Path(sys.executable).parent)) or "ray"
    out = open(log, "w")
    proc = subprocess.Popen([ray, "start", *args, "--num-cpus", "1", "--object-store-memory", str(100 * 2**20),
                             "--node-ip-address", HOST, "--block"],
                            stdout=out, stderr=subprocess.STDOUT, env=cluster_env(), start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline:
        if "Ray runtime started" in log.read_text(errors="replace"):
            return proc
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    _stop(proc)
    pytest.fail(f"ray start {' '.join(args)} did not come up:\n{log.read_text(errors='replace')[-2000:]}")


def _stop(proc: subprocess.Popen) -> None:
    # `ray start --block` stops the node's processes when it gets SIGTERM.
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory):
    """The address of a two-node Ray cluster on this machine."""
    try:
        import ray  # noqa: F401
    except ImportError:
        if os.environ.get("SITROOM_REQUIRE_SERVERS"):
            pytest.fail("Ray is not installed: CI installs the cluster extra")
        pytest.skip("Ray is not installed (pip install 'sitroom[cluster]')")
    logs = tmp_path_factory.mktemp("ray-logs")
    port = _free_port()
    head = _start(["--head", "--port", str(port), "--include-dashboard", "false", "--disable-usage-stats"],
                  logs / "head.log")
    try:
        worker = _start(["--address", f"{HOST}:{port}"], logs / "worker.log")
        try:
            yield f"{HOST}:{port}"
        finally:
            _stop(worker)
    finally:
        _stop(head)


@pytest.fixture(scope="session")
def real_docs() -> list[dict]:
    """N_DOCS HRDsAttack articles (dev, then train), as `sitroom extract` input records."""
    from sitroom.evaluation.events import hrds_docs
    from sitroom.evaluation.throughput import clip_text

    if not (SHARED / "devdata" / "hrdsattack" / "dev.json").exists():
        pytest.skip("no development data (../shared/devdata/hrdsattack)")
    docs = hrds_docs(SHARED / "devdata", "dev") + hrds_docs(SHARED / "devdata", "train")
    return [{"id": d.doc.id, "text": clip_text(d.doc.text, MAX_CHARS), "published": d.doc.published}
            for d in docs[:N_DOCS]]


@pytest.fixture(scope="session")
def shards(tmp_path_factory, real_docs) -> Path:
    """A folder of two shards: the first half of the documents as JSONL, the second as Parquet (row
    groups of 16), plus ``all.jsonl`` outside it with every document, for the single-process run."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path_factory.mktemp("shards")
    folder = root / "in"
    folder.mkdir()
    half = len(real_docs) // 2
    with open(folder / "a.jsonl", "w", encoding="utf-8") as f:
        for d in real_docs[:half]:
            f.write(json.dumps(d) + "\n")
    pq.write_table(pa.Table.from_pylist(real_docs[half:]), folder / "b.parquet", row_group_size=16)
    with open(root / "all.jsonl", "w", encoding="utf-8") as f:
        for d in real_docs:
            f.write(json.dumps(d) + "\n")
    return folder


@pytest.fixture(scope="session")
def single_process_output(shards) -> list[str]:
    """`sitroom extract --jobs 1` on every document: the reference the cluster must match line for line."""
    out = shards.parent / "jobs1.jsonl"
    run = subprocess.run([sys.executable, "-m", "sitroom", "extract", "-i", str(shards.parent / "all.jsonl"),
                          "-o", str(out), "--jobs", "1"], capture_output=True, text=True, env=cluster_env(),
                         timeout=1800)
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8").splitlines()
