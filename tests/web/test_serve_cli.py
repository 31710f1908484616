"""`sitroom serve` starts the app on loopback over the given store, with the token from SITROOM_TOKEN."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from .browser import free_port

SERVE = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve"]


def _start(args, env):
    proc = subprocess.Popen(SERVE + args, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc


def _wait_up(url: str, proc, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited: {proc.stderr.read()}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("serve did not answer in time")


def test_serve_binds_loopback_and_guards_writes_with_the_token(demo_db):
    port = free_port()
    proc = _start(["--db", str(demo_db[0]), "--port", str(port)], {"SITROOM_TOKEN": "s3cret"})
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_up(base + "/api/summary", proc)
        assert httpx.get(base + "/api/summary").json()["documents"] == 4
        assert httpx.get(base + "/").status_code == 200
        r = httpx.post(base + "/api/documents", json={"text": "x"})
        assert r.status_code == 401 and r.json()["error"].startswith("missing token")
        r = httpx.post(base + "/api/documents", json={}, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 422  # past the token check: the empty body is what is refused
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"on http://127.0.0.1:{port}/" in err and "ingest enabled" in err


def test_serve_without_token_says_read_only(demo_db):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SITROOM_TOKEN"}
    proc = subprocess.Popen(SERVE + ["--db", str(demo_db[0]), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_up(f"http://127.0.0.1:{port}/api/summary", proc)
        r = httpx.post(f"http://127.0.0.1:{port}/api/documents", json={"text": "x"}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 401 and "read-only" in r.json()["error"]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert "read-only" in err


def test_serve_on_a_missing_directory_fails_with_one_line(tmp_path):
    proc = subprocess.run(SERVE + ["--db", str(tmp_path / "nope" / "x.db"), "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert proc.stderr.strip() == (f"Error: {tmp_path / 'nope' / 'x.db'}: no such database; check --db (or $SITROOM_DB), "
                                   "or store documents there first with `sitroom ingest FILES --db PATH`")


def test_serve_on_a_port_in_use_fails_with_one_line_and_no_traceback(demo_db):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = subprocess.run(SERVE + ["--db", str(demo_db[0]), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"Error: cannot listen on 127.0.0.1:{port}: the port is already in use; "
                                   "stop the other server or choose another --port")
    assert "serving" not in proc.stderr and "Traceback" not in proc.stderr
