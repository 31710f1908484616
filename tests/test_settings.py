"""Settings: one object from options, environment and defaults, checked before the first document."""

from __future__ import annotations

import os

import pytest

from sitroom.errors import ConfigError
from sitroom.settings import Settings

CATALOGUE = "actors:\n  - {name: Test Militia, actor_type: political militia, inter: 3, country: IQ, aliases: [TM]}\n"


def test_options_win_over_the_environment_which_wins_over_defaults(tmp_path):
    env = {"SITROOM_DB": "env.db"}
    assert Settings.load(env).db == "env.db"
    assert Settings.load(env, db="cli.db").db == "cli.db"
    assert Settings.load({}) == Settings()


def test_actor_files_add_to_the_environments(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(CATALOGUE, encoding="utf-8")
    b.write_text(CATALOGUE.replace("Test Militia", "Other Militia").replace("TM", "OM"), encoding="utf-8")
    s = Settings.load({"SITROOM_ACTORS": str(a)}, actors=[str(b)])
    assert s.actors == (str(a), str(b.resolve()))


def test_a_broken_catalogue_fails_before_any_document(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        Settings.load({}, actors=[str(tmp_path / "missing.yaml")])


def test_jobs_must_be_positive():
    with pytest.raises(ConfigError, match="setting jobs"):
        Settings.load({}, jobs=0)


def test_catalogues_reach_every_stage_as_config_not_through_the_environment(tmp_path, monkeypatch):
    from sitroom.pipeline import DEFAULT_STAGES, Pipeline, extractor_version
    from sitroom.records import DocumentIn

    monkeypatch.delenv("SITROOM_ACTORS", raising=False)
    a = tmp_path / "a.yaml"
    a.write_text(CATALOGUE, encoding="utf-8")
    s = Settings.load({}, actors=[str(a)])
    pipe = Pipeline(actors=s.actors)
    text = ("TM fighters attacked an army checkpoint in Baiji on Sunday, killing four soldiers. "
            "\"We will continue,\" TM said in a statement.")
    x = pipe.extract(DocumentIn(id="1", text=text, published="2023-03-14"))
    assert "SITROOM_ACTORS" not in os.environ
    assert any(m.name == "Test Militia" for m in x.actors)  # the actors stage
    assert any(c.speaker and c.speaker.name == "Test Militia" for c in x.claims)  # claims' speakers
    assert any(e.actor1 and e.actor1.name == "Test Militia" for e in x.events)  # events' arguments
    plain = extractor_version(DEFAULT_STAGES)
    assert pipe.version.startswith(plain + "+actors:")  # the catalogue's contents name the version
    assert extractor_version(DEFAULT_STAGES, actors=s.actors) == pipe.version
