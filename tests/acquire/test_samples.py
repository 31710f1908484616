"""The bundled sample reports: all readable, small, attributed, with one syndicated pair."""

from __future__ import annotations

import json

from sitroom.acquire import NearDuplicateIndex, iter_documents, minhash_signature
from sitroom.data import sample_inputs, samples_path
from sitroom.errors import InputError
from sitroom.read.published import find_published


def _docs():
    return list(iter_documents(sample_inputs()))


def test_every_sample_is_read_without_error():
    items = _docs()
    assert not [i for i in items if isinstance(i, InputError)]
    assert len(items) == 44  # 25 news articles, 18 government texts, the seed article
    assert len({d.content_hash for d in items}) == 44


def test_samples_are_small_and_attribution_is_not_ingested():
    files = [p for p in samples_path().rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 2 * 1024 * 1024
    assert samples_path() / "ATTRIBUTION.md" in files
    assert samples_path() / "ATTRIBUTION.md" not in sample_inputs()


def test_attribution_names_every_sample_and_carries_the_licences():
    attribution = (samples_path() / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for dump in ("news.jsonl", "re3d.jsonl"):
        for line in (samples_path() / dump).read_text(encoding="utf-8").splitlines():
            assert f"| {json.loads(line)['id']} |" in attribution
    assert "MIT License" in attribution and "Open Government Licence v3.0" in attribution
    assert "public domain" in attribution


def test_the_syndicated_pair_is_linked_and_the_two_haiti_reports_are_not():
    index = NearDuplicateIndex()
    links = {}
    for doc in _docs():
        signature = minhash_signature(doc.text)
        first = index.query(signature)
        if first:
            links[doc.uri.rsplit("#", 1)[1]] = first.rsplit("#", 1)[1]
        index.add(doc.uri, signature)
    assert links == {"hrdsattack-train-100": "hrdsattack-train-41"}


def test_seed_sample_date_is_inferred_and_news_dates_come_from_metadata():
    by_name = {d.uri.rsplit("/", 1)[1]: d for d in _docs()}
    seed = by_name["afghanistan-escalation-2021-07.txt"]
    published = find_published(seed.text, seed.published)
    assert (published.value, published.source) == ("2021-07-12", "inferred")
    news = by_name["news.jsonl#hrdsattack-train-50"]
    assert find_published(news.text, news.published).source == "metadata"


def test_ingesting_the_samples_folder_reads_the_same_files_as_sample_inputs():
    from_folder = [d.uri for d in iter_documents([samples_path()])]
    from_list = [d.uri for d in _docs()]
    assert from_folder == from_list
    assert not any("ATTRIBUTION" in uri for uri in from_folder)
