"""Index building from a GeoNames dump and a custom CSV, in the formats users bring."""

from __future__ import annotations

import numpy as np
import pytest

from sitroom.extract.places.build import finalise, places_from_custom_csv, places_from_geonames_dump
from sitroom.extract.places.gazetteer import Gazetteer

# Rows in the column order of GeoNames dumps (allCountries.txt), tab separated.
DUMP = [
    ["1140043", "Helmand", "Helmand", "Hilmand,Helmand Province", "31", "64", "A", "ADM1", "AF", "", "10", "", "", "", "1446230"],
    ["7732352", "Garmsīr", "Garmsir", "Garmser,Garmser District", "", "", "A", "ADM2", "AF", "", "10", "2311", "", "", "0"],
    ["1134720", "Lashkar Gāh", "Lashkar Gah", "Lashkargah,Bost", "31.59382", "64.37161", "P", "PPLA", "AF", "", "10", "2301", "", "", "201546"],
    ["9999001", "Hazarjuft", "Hazarjuft", "", "31.10", "64.15", "P", "PPL", "AF", "", "10", "2311", "", "", "3000"],
    ["9999002", "Darweshan", "Darweshan", "", "31.20", "64.25", "P", "PPL", "AF", "", "10", "2311", "", "", "2500"],
]
ADMIN1 = [["AF.10", "Helmand", "Helmand", "1140043"]]
ADMIN2 = [["AF.10.2311", "Garmsīr", "Garmsir", "7732352"], ["AF.10.2301", "Lashkar Gāh", "Lashkar Gah", "7053027"]]


def _write(path, rows):
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def dump_gazetteer(tmp_path) -> Gazetteer:
    places = places_from_geonames_dump(
        _write(tmp_path / "AF.txt", DUMP), _write(tmp_path / "admin1CodesASCII.txt", ADMIN1),
        _write(tmp_path / "admin2Codes.txt", ADMIN2))
    gaz = finalise(places, source="test")
    gaz.save(tmp_path / "index")
    return Gazetteer.load(tmp_path / "index")


def test_dump_links_hierarchy_and_fills_district_coordinates_from_towns(dump_gazetteer):
    gaz = dump_gazetteer
    (garmsir,) = gaz.lookup("Garmser")
    assert gaz.level_name(garmsir) == "admin2"
    assert gaz.names[gaz.admin1[garmsir]] == "Helmand"
    # no coordinates in the dump: the mean of its two towns, and the index says so
    assert gaz.lat[garmsir] == pytest.approx(31.15, abs=0.01)
    assert gaz.coord_source[garmsir] == 2  # "towns"


def test_dump_units_known_only_from_code_files_take_their_seat(dump_gazetteer):
    gaz = dump_gazetteer
    units = [e for e in gaz.lookup("Lashkar Gah") if gaz.level_name(e) == "admin2"]
    assert units, "admin2 named only in admin2Codes.txt is indexed"
    assert gaz.lat[units[0]] == pytest.approx(31.59, abs=0.01)


def test_dump_aliases_and_joined_spellings(dump_gazetteer):
    gaz = dump_gazetteer
    towns = [e for e in gaz.lookup("Lashkargah") if gaz.level_name(e) == "populated place"]
    assert towns and gaz.capital[towns[0]] == 1


def test_custom_csv_adds_local_names(tmp_path):
    csv_path = tmp_path / "places.csv"
    csv_path.write_text(
        "name,aliases,lat,lon,level,parent\n"
        "Camp Bastion,Bastion|Camp Leatherneck,31.86,64.22,other,\"Helmand, AF\"\n"
        "Helmand,,31.0,64.0,admin1,AF\n", encoding="utf-8")
    gaz = finalise(places_from_custom_csv(str(csv_path)), source="custom")
    (bastion,) = gaz.lookup("Camp Leatherneck")
    assert gaz.country[bastion] == "AF" and gaz.level_name(bastion) == "other"
    assert gaz.names[gaz.admin1[bastion]] == "Helmand"
    assert not np.isnan(gaz.lat[bastion])


def test_custom_csv_rejects_unknown_level(tmp_path):
    csv_path = tmp_path / "bad.csv"
    csv_path.write_text("name,aliases,lat,lon,level,parent\nX,,1,2,hamlet-ish,AF\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown level"):
        places_from_custom_csv(str(csv_path))


_DIGEST = """
import hashlib, pickle, sys
from sitroom.extract.places.build import finalise, places_from_geonames_dump
gaz = finalise(places_from_geonames_dump(*sys.argv[1:4]), source="test")
h = hashlib.sha256()
for name in ("key_offsets", "key_entries", "level", "admin1", "admin2", "lat", "lon", "population"):
    h.update(name.encode()); h.update(getattr(gaz, name).tobytes())
h.update(pickle.dumps(sorted(gaz.key_ids.items()))); h.update(pickle.dumps(sorted(gaz.variant_ids.items())))
h.update(pickle.dumps((gaz.gids, gaz.names, gaz.country)))
path = gaz.save(__import__("pathlib").Path(sys.argv[4]))
print(h.hexdigest(), hashlib.sha256(path.read_bytes()).hexdigest())
"""


def test_two_builds_give_identical_arrays_whatever_the_hash_seed(tmp_path):
    """Name variants come out of sets, whose order follows the string hash seed: the key ids and the
    entries grouped under them must not, or two builds of one index differ (arrays and saved bytes)."""
    import os
    import subprocess
    import sys

    files = [_write(tmp_path / "AF.txt", DUMP), _write(tmp_path / "admin1CodesASCII.txt", ADMIN1),
             _write(tmp_path / "admin2Codes.txt", ADMIN2)]
    digests = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _DIGEST, *files, str(tmp_path / seed)], env=env,
                             capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
