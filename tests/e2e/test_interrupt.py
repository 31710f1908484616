"""Ctrl-C or SIGTERM during `sitroom ingest --jobs 2`: one line saying what was stored, the shell's exit
status, no worker tracebacks; run again, every document is stored once."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.e2e.test_kill_resume import N_DOCS, _corpus, _count


@pytest.mark.slow
@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_ingest_says_what_it_stored_and_resumes(tmp_path, seed_text, sig, status):
    folder = tmp_path / "reports"
    folder.mkdir()
    _corpus(folder, seed_text)
    db = tmp_path / "int.db"
    cmd = [sys.executable, "-m", "sitroom", "ingest", str(folder), "--db", str(db), "--quiet", "--jobs", "2",
           "--published", "2021-07-12"]
    # As in a terminal: SIGINT handled by default, even when this test runs in a background job (which ignores it).
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 600
    while _count(db) < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "ingest finished before it could be interrupted: make the corpus larger"
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # Ctrl-C in a terminal reaches the whole process group, workers included
    else:
        proc.send_signal(sig)  # a service manager stopping the command
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == status, err
    assert "Traceback" not in err and "Error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    said = re.fullmatch(r"interrupted: (\d+) documents? stored by this run; run the same command again to resume",
                        lines[0])
    assert said, lines[0]
    stored = _count(db)
    assert 5 <= int(said.group(1)) <= stored < N_DOCS
    assert out == ""  # no final report: the run did not finish

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr
    assert f"already stored {stored}, duplicates skipped 0" in done.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == N_DOCS
        assert con.execute("select count(distinct content_hash) from documents").fetchone()[0] == N_DOCS
