"""`sitroom control` on real wording (review 2, items 10-12): a denied capture, a withdrawal and a partisan
claim after a reported recapture, ingested through the whole pipeline."""

from __future__ import annotations

import json

import pytest

from sitroom.api import open_store
from sitroom.store import ClaimFilter
from tests.cli._filled_db import run

pytestmark = pytest.mark.slow  # the whole pipeline

REPORTS = [
    {"text": "Taliban fighters captured the district centre of Dehrawud in Uruzgan province on Monday, officials "
             "said. Government troops withdrew from the area.", "published": "2021-07-06", "source": "Pajhwok"},
    {"text": "Afghan security forces retook the Dehrawud district centre in Uruzgan province from the Taliban on "
             "Friday after heavy fighting, the defence ministry said.", "published": "2021-07-10",
     "source": "Tolo News"},
    {"text": "A Taliban spokesman claimed on Monday that Dehrawud district remained under the group's control and "
             "denied government forces had retaken it.", "published": "2021-07-13", "source": "Al Emarah"},
    {"text": "Taliban fighters did not capture Chora district in Uruzgan, officials said on Monday, denying "
             "reports that the district had fallen.", "published": "2021-07-13", "source": "Pajhwok"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ctl")
    src = folder / "ctl.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    path = str(folder / "ctl.db")
    result = run("ingest", str(src), "--db", path)
    assert result.exit_code == 0, result.output
    return path


def _control(db, day):
    result = run("control", "--db", db, "--as-of", day, "--format", "json")
    assert result.exit_code == 0, result.output
    return {r["place"]: r for r in json.loads(result.output)}


def test_a_denied_capture_is_no_control_and_a_district_claim_not_the_provinces(db):
    rows = _control(db, "2021-07-14")
    # "did not capture Chora district": no one's control; "Dehrawud in Uruzgan province": not Uruzgan's.
    assert set(rows) == {"Deh Rāwud"}
    with open_store(db) as store:
        chora = [c for c in store.claims(ClaimFilter(), limit=None) if "Chora" in c.quote]
    assert [(c.kind, c.controller) for c in chora] == [("denial", None)]


def test_a_partisan_claim_leaves_the_recapture_standing_contested(db):
    row = _control(db, "2021-07-14")["Deh Rāwud"]
    assert (row["controller"], row["since"], row["contested"], row["claimed_only"]) == (
        "Military Forces of Afghanistan", "2021-07-09", True, False)
    assert row["evidence"][0]["controller"] == "Taliban" and not row["evidence"][0]["firm"]


def test_a_withdrawal_is_no_gain_for_the_side_withdrawing(db):
    row = _control(db, "2021-07-06")["Deh Rāwud"]
    assert (row["controller"], row["contested"]) == ("Taliban", False)
    assert all(e["controller"] == "Taliban" for e in row["evidence"])
    events = json.loads(run("events", "--db", db, "--format", "json").output)
    withdrawal = [e for e in events if e["evidence_text"] == "Government troops withdrew from the area."]
    # Told alone, a withdrawal names the side that lost the place, never as the side that gained it.
    assert all(e["actor1"] != "Military Forces of Afghanistan" for e in withdrawal)
