"""`sitroom demo --db X` (review finding 16): the commands it suggests read X, and the README's place examples
find events in the store the demo fills."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.slow


def sitroom(*args: str, cwd):
    return subprocess.run([sys.executable, "-m", "sitroom", *args], capture_output=True, text=True,
                          timeout=1800, cwd=cwd)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    proc = sitroom("demo", "--db", "my demo.db", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return folder, proc.stdout


def test_demo_suggests_commands_on_the_store_it_filled(demo):
    _folder, out = demo
    assert re.search(r"^ingested \d+, already stored 0, .* failed 0$", out, re.M), out
    assert "Open the dashboard: .venv/bin/sitroom serve --db 'my demo.db', then visit http://127.0.0.1:8000/\n" in out
    assert ("Query from the terminal: .venv/bin/sitroom events --db 'my demo.db' --type Battles   |   "
            ".venv/bin/sitroom show --db 'my demo.db' 1\n") in out


def _readme_place_paragraph() -> str:
    start = README.index("Place filters take names as the news spells them.")
    return README[start:README.index("\n\n", start)]


def test_the_readme_place_examples_find_events_in_the_demo_store(demo):
    from sitroom.web import create_app

    folder, _out = demo
    text = " ".join(_readme_place_paragraph().split())
    places = re.findall(r"`sitroom events --place (\w+)`", text)
    api = re.findall(r"`(/api/(?:events|places)\?\w+=\w+)`", text)
    assert len(places) >= 2 and len(api) >= 3, text
    for name in places:
        proc = sitroom("events", "--db", "my demo.db", "--place", name, "--format", "json", cwd=folder)
        assert proc.returncode == 0 and json.loads(proc.stdout), f"`sitroom events --place {name}` found nothing"
    with TestClient(create_app(str(folder / "my demo.db")), base_url="http://127.0.0.1") as client:
        for url in api:
            r = client.get(url)
            assert r.status_code == 200 and r.json()["items"], f"{url} found nothing"
