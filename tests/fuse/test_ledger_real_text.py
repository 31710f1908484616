"""The ledger on real text: the seed article's promises judged with a later real report from Afghanistan.

Issue 14: "withdrawal completed by August 31" was marked broken because no withdrawal event was
stored, and "would not attack provincial capitals until September 11" kept because no attack was.
"""

from __future__ import annotations

import json

from sitroom import api
from sitroom.records import DocumentIn
from sitroom.store import ClaimFilter
from sitroom.store import testing as T
from tests.conftest import ROOT, SEED_PUBLISHED

KABUL_ID = "hrdsattack-train-179"  # "Kidnapping gang busted in Afghanistan's Kabul", 2021-10-02


def _kabul() -> dict:
    with open(ROOT / "src/sitroom/data/samples/news.jsonl", encoding="utf-8") as f:
        return next(d for d in map(json.loads, f) if d["id"] == KABUL_ID)


def test_the_seed_promises_are_not_judged_on_absence(tmp_path, pipeline, seed_text, seed_extraction):
    kabul = _kabul()
    later = pipeline.extract(DocumentIn(id="kabul", text=kabul["text"], published=kabul["published"][:10]))
    with api.open_store(str(tmp_path / "real.db")) as store:
        store.add_document(T.source(seed_text, uri="seed"), T.published(SEED_PUBLISHED), "en", seed_extraction)
        store.add_document(T.source(kabul["text"], uri="kabul"), T.published(kabul["published"][:10]), "en", later)
        rows = {r.quote: r for r in api.ledger(store)}
        withdrawal = next(r for q, r in rows.items() if "withdrawal of the troops" in q)
        promise = next(r for q, r in rows.items() if "would not attack provincial capitals" in q)
        for row in (withdrawal, promise):
            assert row.status == "undetermined", row
            # the Kabul report's raid "took place on Friday" (2021-10-01); the dateline (Oct. 2) and "confirmed on Saturday" do not date it
            assert row.countries == ["AF"] and row.known_until == "2021-10-01"
            assert "no report is not evidence either way" in row.reason
        assert withdrawal.deadline == "2021-08-31" and promise.deadline == "2021-09-11"
        # `show` and the ledger give every claim one deadline.
        claims = {c.id: c for c in store.claims(ClaimFilter(has_deadline=True), limit=None)}
        assert all(claims[r.claim_id].deadline == r.deadline for r in rows.values())
        # Judged as of the week after the promise, the Afghan reports do not reach the deadlines yet.
        early = {r.claim_id: r for r in api.ledger(store, as_of="2021-07-20")}
        assert early[promise.claim_id].status == early[withdrawal.claim_id].status == "open"


def test_a_deadline_past_the_as_of_date_but_not_the_reports_says_so(tmp_path, seed_text, seed_extraction):
    # Only the seed article: its Afghan reports stop in July 2021, before the September deadline.
    with api.open_store(str(tmp_path / "seed.db")) as store:
        store.add_document(T.source(seed_text, uri="seed"), T.published(SEED_PUBLISHED), "en", seed_extraction)
        rows = api.ledger(store, as_of="2021-10-15")
        promise = next(r for r in rows if "would not attack provincial capitals" in r.quote)
        assert promise.status == "open"
        assert promise.reason.startswith(
            "no attack on provincial capitals reported yet, and deadline 2021-09-11 is past as of 2021-10-15, but not for the store: "
            f"the store's reports from AF (where its report's events are) reach {promise.known_until}, "
            "so nothing reported yet can say whether it was kept"), promise.reason
        assert promise.known_until < "2021-09-11"
