"""Fixtures of the events tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def actor_pairs(pipeline):
    """(actor1, actor2) names of the events the whole pipeline finds in a text published 2021-05-10."""
    from sitroom.records import DocumentIn

    def run(text):
        doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2021-05-10")])[0]
        return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in doc.events]
    return run
