"""`sitroom gazetteer import/lookup` and `sitroom bench geo` as a user runs them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import _register, app

from .test_build_sources import ADMIN1, ADMIN2, DUMP, _write

_register()
runner = CliRunner()


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A private cache folder, and the process-wide gazetteer forgotten before and after."""
    from sitroom.extract.places.gazetteer import set_gazetteer

    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path / "cache"))
    set_gazetteer(None)
    yield tmp_path
    set_gazetteer(None)


def test_import_a_geonames_country_file_then_look_up(own_cache):
    tmp = own_cache
    result = runner.invoke(app, [
        "gazetteer", "import", _write(tmp / "AF.txt", DUMP), "--no-packages",
        "--admin1", _write(tmp / "admin1CodesASCII.txt", ADMIN1), "--admin2", _write(tmp / "admin2Codes.txt", ADMIN2),
    ])
    assert result.exit_code == 0, result.output
    assert "places" in result.output and "AF.txt" in result.output
    looked = runner.invoke(app, ["gazetteer", "lookup", "Garmser"])
    assert looked.exit_code == 0, looked.output
    place = json.loads(looked.output)
    assert (place["name"], place["level"], place["admin1"], place["country"]) == ("Garmsīr", "admin2", "Helmand", "AF")


def test_import_of_a_missing_file_fails_with_one_line(own_cache):
    result = runner.invoke(app, ["gazetteer", "import", str(own_cache / "nope.txt")])
    assert result.exit_code == 1
    assert "no such input file" in result.output


def test_lookup_of_an_unknown_name_fails(own_cache):
    tmp = own_cache
    runner.invoke(app, ["gazetteer", "import", _write(tmp / "AF.txt", DUMP), "--no-packages"])
    result = runner.invoke(app, ["gazetteer", "lookup", "Qwxzyland"])
    assert result.exit_code == 1 and "no place named" in result.output


@pytest.mark.slow
def test_bench_geo_prints_the_figures(tmp_path):
    corpus = tmp_path / "mini.xml"
    text = "Fighting continued in Kabul and near Kandahar, officials in Pakistan said."
    corpus.write_text(
        "<articles><article><text>" + text + "</text><locations>"
        f"<location><name>Kabul</name><start>{text.index('Kabul')}</start><end>{text.index('Kabul') + 5}</end>"
        "<lat>34.53</lat><lon>69.17</lon></location>"
        f"<location><name>Kandahar</name><start>{text.index('Kandahar')}</start><end>{text.index('Kandahar') + 8}</end>"
        "<lat>31.61</lat><lon>65.71</lon></location>"
        "</locations></article></articles>", encoding="utf-8")
    result = runner.invoke(app, ["bench", "geo", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["gold_toponyms"] == 2 and figures["recall"] == 1.0
    assert figures["accuracy_161km_recognised"] == 1.0
    assert figures["predicted"] == 3  # Pakistan is a place the mini gold does not mark


def _tr_news(path, texts):
    """A TR-News-style corpus (<toponym> with <gaztag>): one article per text, 'Afghan' marked as a toponym."""
    arts = []
    for text in texts:
        i = text.index("Afghan")
        arts.append(f"<article><text>{text}</text><toponyms><toponym><start>{i}</start><end>{i + 6}</end>"
                    "<phrase>Afghan</phrase><gaztag><lat>33.0</lat><lon>65.0</lon></gaztag></toponym>"
                    "</toponyms></article>")
    path.write_text("<articles>" + "".join(arts) + "</articles>", encoding="utf-8")


@pytest.mark.slow
def test_bench_geo_counts_nationality_words_where_the_corpus_marks_them(tmp_path):
    corpus = tmp_path / "tr.xml"
    _tr_news(corpus, ["Afghan troops moved north.", "Afghan police said so.", "Afghan officials met."])
    result = runner.invoke(app, ["bench", "geo", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "tr.xml: 3 documents, 3 gold toponyms" in result.output
    assert "nationality words counted" in result.output
    figures = json.loads(runner.invoke(app, ["bench", "geo", str(corpus), "--json"]).output)
    assert figures["recall"] == 1.0 and figures["accuracy_161km_end_to_end"] == 1.0
    figures = json.loads(runner.invoke(app, ["bench", "geo", str(corpus), "--json", "--no-demonyms"]).output)
    assert figures["recall"] == 0.0


@pytest.mark.slow
def test_bench_geo_scores_one_half(tmp_path):
    corpus = tmp_path / "tr.xml"
    _tr_news(corpus, ["Afghan troops moved north.", "Afghan police said so.", "Afghan officials met."])
    even = json.loads(runner.invoke(app, ["bench", "geo", str(corpus), "--json", "--half", "even"]).output)
    odd = json.loads(runner.invoke(app, ["bench", "geo", str(corpus), "--json", "--half", "ODD"]).output)
    assert (even["documents"], odd["documents"]) == (2, 1)
    result = runner.invoke(app, ["bench", "geo", str(corpus), "--half", "first"])
    assert result.exit_code == 2
    assert "--half: 'first' is not even or odd" in result.output
