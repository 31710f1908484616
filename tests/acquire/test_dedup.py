"""Exact duplicates share a content hash; syndicated copies are found, distinct articles are not."""

from __future__ import annotations

import pytest

from sitroom.acquire import NearDuplicateIndex, content_hash, minhash_signature, similarity

from .conftest import DATA, REPORTS

DEDUP = DATA / "dedup"


def text(name: str) -> str:
    return (DEDUP / name).read_text(encoding="utf-8")


def test_content_hash_ignores_case_and_spacing_but_not_words():
    a = "Taliban fighters took Garmsir district.\n\nOfficials confirmed."
    assert content_hash(a) == content_hash("  TALIBAN fighters   took Garmsir district. Officials confirmed.\n")
    assert content_hash(a) != content_hash(a.replace("Garmsir", "Nad Ali"))
    assert len(content_hash(a)) == 64 and int(content_hash(a), 16) >= 0


def test_signature_is_compact_and_stable():
    sig = minhash_signature(text("eswatini-reuters.txt"))
    assert isinstance(sig, bytes) and len(sig) == 512  # 128 permutations × 4 bytes
    assert sig == minhash_signature(text("eswatini-reuters.txt"))


def test_syndicated_copy_with_new_headline_and_edits_is_linked_to_the_first():
    # Al Jazeera's re-edit of a Reuters story: new headline and standfirst, British spelling,
    # "lawmaker" -> "legislator". Word 5-shingle Jaccard similarity 0.62.
    index = NearDuplicateIndex()
    index.add("reuters", minhash_signature(text("eswatini-reuters.txt")))
    index.add("other", minhash_signature((REPORTS / "centcom-abu-jandal.txt").read_text()))
    assert index.query(minhash_signature(text("eswatini-syndicated.txt"))) == "reuters"


def test_different_articles_on_the_same_event_are_not_linked():
    # Two outlets' own reports of the same kidnapping in Haiti share quotes but not the article.
    index = NearDuplicateIndex()
    index.add("a", minhash_signature(text("haiti-gang-a.txt")))
    assert index.query(minhash_signature(text("haiti-gang-b.txt"))) is None
    assert similarity(minhash_signature(text("haiti-gang-a.txt")),
                      minhash_signature(text("haiti-gang-b.txt"))) < 0.45


def test_query_returns_the_earliest_copy():
    body = text("eswatini-reuters.txt")
    index = NearDuplicateIndex()
    index.add("first", minhash_signature(body))
    index.add("second", minhash_signature("Updated: " + body))
    index.add("first", minhash_signature("something else entirely"))  # re-adding keeps the original
    assert len(index) == 2
    assert index.query(minhash_signature(body + "\nLike this: Like Loading...")) == "first"


def test_copy_with_boilerplate_around_it_is_found():
    body = text("eswatini-reuters.txt")
    wrapped = ("Show Caption Hide Caption Share this story on Facebook Twitter Email\n\n" + body +
               "\n\nCredit: Reuters | Photo Credit: Reuters\n\nLike this: Like Loading...\n")
    index = NearDuplicateIndex()
    index.add("original", minhash_signature(body))
    assert index.query(minhash_signature(wrapped)) == "original"


def test_empty_index_and_bad_signature():
    index = NearDuplicateIndex()
    assert index.query(minhash_signature("Anything at all.")) is None
    with pytest.raises(ValueError, match="512 bytes"):
        index.add("x", b"short")
