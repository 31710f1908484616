"""`sitroom bench events` takes its data paths as options: a dataset asked for needs its data, the others
are skipped when theirs is absent, and the package itself carries no checkout paths."""

from __future__ import annotations

import json
import os
import re

import pytest
from typer.testing import CliRunner

from sitroom.cli import _register, app
from tests.conftest import ROOT

REPORTS = ROOT / "data" / "events" / "reports.jsonl"


def run(*args: str, cwd):
    _register()
    here = os.getcwd()
    os.chdir(cwd)  # the options' defaults are relative to the working folder
    try:
        return CliRunner().invoke(app, ["bench", "events", *args])
    finally:
        os.chdir(here)


@pytest.mark.parametrize("dataset, option", [("plover", "--plover-map"), ("seed", "--seed-gold"),
                                             ("hrdsattack", "--devdata"), ("re3d", "--devdata"),
                                             ("written", "--written"), ("real", "--corpus")])
def test_a_dataset_asked_for_without_its_data_is_one_clear_error(tmp_path, dataset, option):
    result = run("--dataset", dataset, cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"Error: no data for dataset {dataset!r}")
    assert option in result.output


def test_no_data_anywhere_is_one_clear_error(tmp_path):
    result = run(cwd=tmp_path)
    assert result.exit_code == 1 and result.output.startswith("Error: no dataset has its data here")


@pytest.mark.slow
def test_datasets_without_data_are_skipped_when_not_asked_for(tmp_path):
    written = tmp_path / "mine.jsonl"
    lines = [line for line in REPORTS.read_text(encoding="utf-8").splitlines() if '"split": "test"' in line][:2]
    written.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--written", str(written), "--json", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert list(figures) == ["written-test"] and figures["written-test"]["documents"] == 2


def test_the_package_holds_no_checkout_paths():
    """Nothing in the package climbs out of it (``parents[n]``) or names the checkout's ../shared."""
    import sitroom.evaluation.events as ev

    for path in (ROOT / "src" / "sitroom").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\.parents\[\d+\]", source) and '"shared"' not in source, path
    assert not hasattr(ev, "SHARED") and not hasattr(ev, "WRITTEN")
