"""Fixtures for the claims tests: a parsed context for short texts, and the seed gold claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PUB = "2021-07-12"


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((HERE / "seed_gold_claims.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def claims_of(nlp):
    """claims_of(text, published=PUB) -> list[Claim], running places, actors, time and claims on ``text``."""
    from sitroom.pipeline import DocContext, _stamp_versions
    from sitroom.records import DocumentIn, Published
    from sitroom.registry import content_version, get_stage

    names = ("sitroom.places.gazetteer.v1", "sitroom.actors.catalogue.v1", "sitroom.time.v1", "sitroom.claims.v1")
    stages = [get_stage(n).factory() for n in names]
    # Provenance carries each stage's content version, as the pipeline stamps it.
    versions = {n: content_version(n, get_stage(n).default_config) for n in names}

    def run(text: str, published: str | None = PUB):
        ctx = DocContext(DocumentIn(id="t", text=text), Published(value=published, source="given"), "en")
        ctx.doc = nlp(text)
        for stage in stages:
            stage(ctx)
        _stamp_versions(ctx, versions)
        return ctx.claims

    return run
