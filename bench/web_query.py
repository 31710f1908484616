"""Benchmark of the web API and dashboard under load.

1. Fills a store with SYNTHETIC events (clearly marked: title "SYNTHETIC LOAD-TEST DOCUMENT n",
   source "synthetic-load-test"; random types, places, actors and dates; for load only, they
   mean nothing) -- 100,000 by default.
2. Serves it with uvicorn on a loopback port and times filtered /api/events queries over HTTP
   (median and 95th percentile of repeated runs; the target is under 200 ms).
3. Opens the dashboard in headless Chromium on a store of 10,000 markers and measures the time to
   first full render, and the longest frame gap while zooming and panning the clustered map
   (a page that stays responsive keeps it well under a second).

Usage: .venv/bin/python bench/web_query.py [--events 100000] [--markers 10000] [--db PATH] [--markers-db PATH]
                                           [--runs 20] [--no-browser]
Stores are built in a temporary folder unless --db / --markers-db are given (re-used when they hold data
already). Filling is slow: every stored event is fused into incidents as it is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the live-server and Chromium helpers of the browser tests (tests/web/browser.py)

from sitroom.records import ActorRef, DateValue, Event, Evidence, Extraction, PlaceMention, Published  # noqa: E402
from sitroom.store import open_store  # noqa: E402
from sitroom.store.testing import source  # noqa: E402

EXTRACTOR = "sitroom.bench.synthetic.v1"
EVENTS_PER_DOC = 20
TYPES = [
    ("Battles", "Armed clash", 0.35), ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.2),
    ("Explosions/Remote violence", "Air/drone strike", 0.1), ("Violence against civilians", "Attack", 0.12),
    ("Protests", "Peaceful protest", 0.1), ("Riots", "Mob violence", 0.05),
    ("Strategic developments", "Looting/property destruction", 0.08),
]
# (country, admin1, lat, lon): centres that synthetic places scatter around.
REGIONS = [
    ("AF", "Helmand", 31.3, 64.2), ("AF", "Kandahar", 31.6, 65.7), ("AF", "Kunduz", 36.7, 68.9),
    ("SY", "Idlib", 35.9, 36.6), ("SY", "Aleppo", 36.2, 37.2), ("UA", "Donetsk", 48.0, 37.8),
    ("UA", "Kharkiv", 49.99, 36.2), ("SD", "Khartoum", 15.5, 32.5), ("ML", "Mopti", 14.5, -4.2),
    ("NG", "Borno", 11.8, 13.2), ("YE", "Marib", 15.5, 45.3), ("SO", "Banaadir", 2.05, 45.3),
]
ACTORS = ["Taliban", "Military Forces of Afghanistan", "HTS", "Military Forces of Syria", "Military Forces of Russia",
          "Military Forces of Ukraine", "RSF", "Military Forces of Sudan", "JNIM", "ISWAP", "Houthis", "Al Shabaab",
          "Civilians", "Protesters", "Unidentified Armed Group"]


def synthetic_document(rng: random.Random, n: int, events: int) -> tuple:
    """One synthetic document and an extraction holding ``events`` events.

    Like a real report, one document covers one region and the few days before it
    was published: its events share a region and a four-day window.
    """
    sentence = f"SYNTHETIC LOAD-TEST SENTENCE {n}. "
    text = sentence * events
    country, admin1, lat0, lon0 = rng.choice(REGIONS)
    published = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    evs = []
    for k in range(events):
        event_type, sub, _ = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
        day = (published - dt.timedelta(days=rng.randint(0, 3))).isoformat()
        start = k * len(sentence)
        evs.append(Event(
            event_type=event_type, sub_event_type=sub, confidence=round(rng.uniform(0.3, 1.0), 2),
            actor1=ActorRef(name=rng.choice(ACTORS)), actor2=ActorRef(name=rng.choice(ACTORS)),
            location=PlaceMention(text=admin1, start=start, end=start + 9, name=f"{admin1} place {rng.randint(1, 40)}",
                                  lat=lat0 + rng.gauss(0, 0.6), lon=lon0 + rng.gauss(0, 0.6), country=country,
                                  admin1=admin1, level="populated place", geo_precision=1, extractor=EXTRACTOR),
            date=DateValue(start=day, end=day, precision="day"),
            fatalities=min(200, int(rng.expovariate(0.3))), modality=rng.choice(["asserted", "reported", "claimed"]),
            source="synthetic-load-test",
            evidence=Evidence(sentence=k, start=start, end=start + len(sentence) - 1, text=sentence[:-1]),
            extractor=EXTRACTOR,
        ))
    src = source(text, uri=f"synthetic://{n}", title=f"SYNTHETIC LOAD-TEST DOCUMENT {n}", source="synthetic-load-test")
    x = Extraction(id=str(n), published=Published(value=published.isoformat(), source="given"), language="en",
                   events=evs, extractor_version="sitroom-bench+" + EXTRACTOR)
    return src, x


def fill(path: Path, n_events: int, seed: int = 7) -> float:
    """Store ``n_events`` synthetic events at ``path`` unless it holds them already; returns seconds spent."""
    store = open_store(str(path))
    try:
        have = store.count_events()
        if have >= n_events:
            return 0.0
        rng = random.Random(seed)
        t0 = time.perf_counter()
        n_docs = (n_events - have + EVENTS_PER_DOC - 1) // EVENTS_PER_DOC
        for i in range(n_docs):
            src, x = synthetic_document(rng, have // EVENTS_PER_DOC + i, EVENTS_PER_DOC)
            store.add_document(src, x.published, "en", x)
            if i % 200 == 199:
                print(f"  stored {(i + 1) * EVENTS_PER_DOC:,} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        return time.perf_counter() - t0
    finally:
        store.close()


QUERIES = {
    "type + country + 3 months, page 1": {"event_type": "Battles", "country": "AF", "since": "2022-01-01", "until": "2022-03-31"},
    "actor substring, page 1": {"actor": "taliban"},
    "admin1 + min confidence + modality": {"admin1": "Donetsk", "min_confidence": 0.7, "modality": "reported"},
    "no filter, sorted by fatalities": {"sort": "-fatalities"},
    "no filter, page 200": {"offset": 20000},
    "bbox + date range": {"bbox": "35,34,38,37", "since": "2021-06-01", "until": "2021-12-31"},
}


def time_queries(base_url: str, runs: int) -> list[tuple[str, str, float, float, int]]:
    import httpx

    out = []
    with httpx.Client(base_url=base_url, timeout=60) as client:
        for name, params in QUERIES.items():
            for path in ("api/events",):
                client.get(path, params=params).raise_for_status()  # warm-up
                times = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    r = client.get(path, params={"limit": 100, **params})
                    times.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
                total = r.json()["total"]
                out.append((name, path, statistics.median(times), _p95(times), total))
        for name, path, params in [("timeline stats per day (all events)", "api/stats", {}),
                                   ("map points, one type + country", "api/events/points", {"event_type": "Battles", "country": "SY"})]:
            client.get(path, params=params).raise_for_status()
            times = []
            for _ in range(max(3, runs // 4)):
                t0 = time.perf_counter()
                r = client.get(path, params=params)
                times.append((time.perf_counter() - t0) * 1000)
            size = len(r.json().get("points", r.json().get("items", [])))
            out.append((name, path, statistics.median(times), _p95(times), size))
    return out


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(round(0.95 * len(values))) - 1)]


# Runs in the page: the longest gap between animation frames while the map zooms and pans.
FRAME_PROBE = """() => {
  window.__gaps = []; let last = performance.now();
  const tick = (t) => { window.__gaps.push(t - last); last = t; if (window.__probe) requestAnimationFrame(tick); };
  window.__probe = true; requestAnimationFrame(tick);
}"""


def browser_check(base_url: str, markers: int) -> dict:
    from tests.web.browser import chromium_context

    with chromium_context() as ctx:
        page = ctx.new_page()
        t0 = time.perf_counter()
        page.goto(base_url)
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)
        ready = time.perf_counter() - t0
        shown = int(page.get_attribute("#map", "data-markers") or 0)
        page.evaluate(FRAME_PROBE)
        t1 = time.perf_counter()
        box = page.locator("#map").bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        for _ in range(3):
            page.mouse.move(cx, cy)
            page.mouse.wheel(0, -400)  # zoom in
            page.wait_for_timeout(400)
        for _ in range(4):
            page.mouse.move(cx, cy)
            page.mouse.down()
            page.mouse.move(cx + 150, cy + 80, steps=8)
            page.mouse.up()
            page.wait_for_timeout(200)
        for _ in range(3):
            page.mouse.wheel(0, 400)  # zoom out
            page.wait_for_timeout(400)
        interact = time.perf_counter() - t1
        gaps = page.evaluate("() => { window.__probe = false; return window.__gaps; }")
        # Brush a month on the timeline and time until the table shows the filtered total.
        before = page.get_attribute("#event-table", "data-total")
        tl = page.locator("#timeline .tl-overlay").bounding_box()
        t2 = time.perf_counter()
        page.mouse.move(tl["x"] + tl["width"] * 0.40, tl["y"] + tl["height"] / 2)
        page.mouse.down()
        page.mouse.move(tl["x"] + tl["width"] * 0.45, tl["y"] + tl["height"] / 2, steps=4)
        page.mouse.up()
        for _ in range(600):
            if page.get_attribute("#event-table", "data-total") != before and page.locator("#map-status").inner_text() != "loading…":
                break
            page.wait_for_timeout(25)
        brush = time.perf_counter() - t2
        shot = ROOT / "artifacts" / "screenshots" / f"bench-{markers}-markers.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot))
        return {"markers": shown, "ready_s": ready, "interaction_s": interact, "frames": len(gaps),
                "max_frame_gap_ms": max(gaps) if gaps else float("nan"),
                "p95_frame_gap_ms": _p95(gaps) if gaps else float("nan"), "brush_to_table_s": brush,
                "screenshot": str(shot.relative_to(ROOT))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--markers", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--db", type=Path, help="store for the query benchmark (kept; re-used if filled)")
    ap.add_argument("--markers-db", type=Path, help="store for the browser check (kept; re-used if filled)")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args(argv)

    from tests.web.browser import live_server

    from sitroom.web import create_app

    with tempfile.TemporaryDirectory(prefix="sitroom-bench-") as tmp:
        db = args.db or Path(tmp) / "load.db"
        print(f"filling {db} with {args.events:,} synthetic events…", file=sys.stderr)
        spent = fill(db, args.events)
        print(f"fill: {spent:.0f} s", file=sys.stderr)
        with live_server(create_app(str(db))) as url:
            results = time_queries(url, args.runs)
        print(f"\nFiltered queries over {args.events:,} stored events (HTTP round trip, limit 100, {args.runs} runs):")
        print(f"{'query':45} {'median ms':>10} {'p95 ms':>8} {'rows':>8}")
        for name, path, med, p95, total in results:
            print(f"{name:45} {med:10.1f} {p95:8.1f} {total:8,}")
        slow = [r for r in results if r[1] == "api/events" and r[2] >= 200]
        print("target < 200 ms (median) for /api/events:", "met" if not slow else f"MISSED by {len(slow)} queries")

        if not args.no_browser:
            small = args.markers_db or Path(tmp) / "markers.db"
            fill(small, args.markers, seed=11)
            with live_server(create_app(str(small))) as url:
                b = browser_check(url, args.markers)
            print(f"\nDashboard with {b['markers']:,} markers (headless Chromium, 2 cores):")
            print(f"  first full render (map, timeline, table): {b['ready_s']:.2f} s")
            print(f"  zoom/pan for {b['interaction_s']:.1f} s: {b['frames']} frames, longest gap {b['max_frame_gap_ms']:.0f} ms, "
                  f"p95 gap {b['p95_frame_gap_ms']:.0f} ms")
            print(f"  timeline brush to filtered table and map: {b['brush_to_table_s']:.2f} s")
            print(f"  screenshot: {b['screenshot']}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
