"""/api/brief and its rendered twins, and the /brief page, over the demo store."""

from __future__ import annotations

WINDOW = {"since": "2021-07-06", "until": "2021-07-16"}


def test_the_brief_as_json(client, demo_ids):
    r = client.get("/api/brief", params=WINDOW)
    assert r.status_code == 200
    body = r.json()
    assert (body["since"], body["until"]) == ("2021-07-06", "2021-07-16")
    assert body["totals"]["events"] == 7 and body["totals"]["control_changes"] == 1
    garmsir = next(g for g in body["places"] if g["place"] == "Garmsir")
    assert garmsir["by_type"] == {"Battles": 3}
    clash = next(e for e in garmsir["events"] if e["evidence"]["document_id"] == demo_ids["garmsir_a"]
                 and e["sub_event_type"] == "Armed clash")
    assert clash["sources"] == 2 and clash["evidence"]["event_id"] == clash["event_id"]
    assert clash["evidence"]["text"] == "Taliban fighters attacked government positions in Garmsir district on 6 July 2021."


def test_until_alone_counts_back_from_it(client):
    r = client.get("/api/brief", params={"until": "2021-07-16"})
    assert r.status_code == 200, r.text
    assert (r.json()["since"], r.json()["until"]) == ("2021-07-15", "2021-07-16")
    r = client.get("/api/brief", params={"since": "7d", "until": "2021-07-16"})
    assert (r.json()["since"], r.json()["until"]) == ("2021-07-10", "2021-07-16")


def test_the_brief_rendered(client):
    md = client.get("/api/brief.md", params=WINDOW)
    assert md.status_code == 200 and md.headers["content-type"] == "text/markdown; charset=utf-8"
    assert md.text.startswith("# Morning brief: 2021-07-06 to 2021-07-16")
    html = client.get("/api/brief.html", params=WINDOW)
    assert html.status_code == 200 and html.headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src" not in html.headers["content-security-policy"]
    assert html.headers["content-security-policy"].startswith("default-src 'none'")
    assert "<script" not in html.text
    txt = client.get("/api/brief.txt", params=WINDOW)
    assert txt.status_code == 200 and txt.text.startswith("MORNING BRIEF")


def test_bad_parameters_are_4xx_with_one_message(client):
    r = client.get("/api/brief", params={"since": "someday"})
    assert r.status_code == 422
    # The shape of every other bad parameter: "invalid request: " and the parameter, listed in errors.
    problem = "since: 'someday' is not a date: use YYYY-MM-DD, yesterday, today, or a span such as 24h or 7d"
    assert r.json()["error"] == "invalid request: " + problem and r.json()["errors"] == [problem]
    r = client.get("/api/brief.md", params={"until": "garbage"})
    assert r.status_code == 422 and r.json()["error"].startswith("invalid request: until: 'garbage'")
    r = client.get("/api/brief", params={"since": "2021-07-10", "until": "2021-07-01"})
    assert r.status_code == 422
    assert r.json()["errors"] == ["since: 2021-07-10 is after until 2021-07-01; nothing can match"]
    r = client.get("/api/brief", params={"limit": 0})
    assert r.status_code == 422
    r = client.get("/api/brief.pdf")
    assert r.status_code == 404 and r.json()["error"] == "no brief format 'pdf': use brief.md, brief.html or brief.txt"


def test_the_brief_page_is_served(client):
    r = client.get("/brief")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'src="static/js/brief.js"' in r.text
    assert '<a href="brief">Morning brief</a>' in client.get("/").text
