"""Stage configs are typed: checked against each factory's type hints when a Pipeline is built, as spaCy does."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from sitroom import registry
from sitroom.errors import ConfigError
from sitroom.pipeline import Pipeline, extractor_version
from sitroom.registry import registered, stage_config

EVENTS = "sitroom.events.hybrid.v1"


@pytest.mark.parametrize("name", sorted(registered()))
def test_every_default_config_fits_its_factory(name):
    assert stage_config(name) == registered()[name].default_config


def test_a_wrong_type_is_one_clear_config_error_before_any_stage_is_built(monkeypatch):
    built = []

    def recording(name, factory):  # the same signature, but records that the stage was built
        @functools.wraps(factory)
        def make(**config):
            built.append(name)
            return factory(**config)
        return make

    for name, info in registered().items():
        monkeypatch.setitem(registry._STAGES, name, dataclasses.replace(info, factory=recording(name, info.factory)))
    registry._config_model.cache_clear()
    try:
        with pytest.raises(ConfigError) as err:
            Pipeline(config={EVENTS: {"threshold": "maybe"}})
    finally:
        registry._config_model.cache_clear()
    assert built == []
    message = str(err.value)
    assert "\n" not in message and EVENTS in message and "threshold" in message and "number" in message


def test_an_unknown_option_names_the_stages_options():
    with pytest.raises(ConfigError, match=r"has no config option 'colour' \(its options: threshold\)"):
        stage_config(EVENTS, {"colour": "red"})
    with pytest.raises(ConfigError, match="extra_catalogues"):
        extractor_version([EVENTS, "sitroom.actors.catalogue.v1"],
                          {"sitroom.actors.catalogue.v1": {"extra_catalogues": "mine.yaml"}})


def test_values_are_validated_and_kept_to_the_options_given():
    assert stage_config(EVENTS, {"threshold": 0.4}) == {"threshold": 0.4}
    assert stage_config("sitroom.actors.catalogue.v1", {"extra_catalogues": ["a.yaml"]}) == {
        "extra_catalogues": ("a.yaml",)}


def test_a_factory_without_type_hints_takes_any_value(monkeypatch):
    def make(x=1):
        return lambda ctx: None

    monkeypatch.setitem(registry._STAGES, "test.untyped.v1", registry.StageInfo("test.untyped.v1", make,
                                                                                default_config={"x": 1}))
    assert stage_config("test.untyped.v1", {"x": "anything"}) == {"x": "anything"}
