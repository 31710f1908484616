"""Each input format read into SourceDocuments with the metadata an analyst expects."""

from __future__ import annotations

import dataclasses

import pytest

from sitroom.acquire import AcquireOptions, content_hash, iter_documents
from sitroom.errors import InputError
from sitroom.records import SourceDocument

from .conftest import DATA, REPORTS


def read(*paths, opts=None) -> list:
    return list(iter_documents([str(p) for p in paths], opts or AcquireOptions()))


def only_docs(items) -> list[SourceDocument]:
    """The documents among ``items``, none of which may be an error (a record skipped on purpose is none)."""
    from sitroom.errors import InputSkipped

    items = [i for i in items if not isinstance(i, InputSkipped)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert not errors, errors
    return items


def test_plain_text_keeps_the_text_and_takes_the_headline_as_title():
    [doc] = only_docs(read(REPORTS / "centcom-abu-jandal.txt"))
    assert doc.format == "text" and doc.encoding == "utf-8"
    assert doc.title == "Death of Abu Jandal al-Kuwaiti"
    assert "Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah" in doc.text
    assert doc.uri.endswith("centcom-abu-jandal.txt")
    assert doc.content_hash == content_hash(doc.text) and len(doc.content_hash) == 64


def test_markdown_is_reduced_to_its_words():
    [doc] = only_docs(read(REPORTS / "uk-baghdad-attack.md"))
    assert doc.format == "markdown"
    assert doc.title == "Minister for the Middle East condemns attack in Baghdad"
    assert "#" not in doc.text and "](" not in doc.text
    assert "Source: GOV.UK, Open Government Licence" in doc.text
    assert "Karrada district of Baghdad" in doc.text


def test_html_page_gives_main_text_title_date_and_site_name():
    [doc] = only_docs(read(REPORTS / "eswatini-raids.html"))
    assert doc.format == "html"
    assert doc.title == "eSwatini opposition leaders, activists targeted in police raids"
    assert doc.published == "2019-12-20"
    assert doc.source == "HRDsAttack sample"
    assert "Police Commissioner William Dlamini" in doc.text
    # Navigation and footer are page furniture, not the article.
    assert "Home" not in doc.text and "Sample page built" not in doc.text


def test_rss_feed_entries_fall_back_to_their_summary_when_the_page_is_refused():
    # The entries link to 127.0.0.1, which default options refuse to fetch.
    docs = only_docs(read(REPORTS / "feed.rss"))
    assert [d.uri.rsplit("#", 1)[1] for d in docs] == ["entry1", "entry2"]
    first = docs[0]
    assert first.format == "feed"
    assert first.title == "Gunmen kidnap dozens from school in central Nigeria"
    assert first.published == "Wed, 17 Feb 2021 14:43:02 +0000"
    assert first.source == "HRDsAttack samples"
    assert first.url == "http://127.0.0.1:9/articles/50"
    assert first.text.startswith("Gunmen from a suspected criminal gang stormed a school")


def test_atom_feed_entry_uses_its_html_content():
    [doc] = only_docs(read(REPORTS / "feed.atom"))
    assert doc.title == "Kidnapping gang busted in Afghanistan's Kabul"
    assert doc.text.startswith("KABUL, Oct. 2 (Xinhua) -- The Taliban forces")
    assert "<p>" not in doc.text


def test_feed_entry_pages_are_fetched_when_reachable(server, local_opts):
    docs = only_docs(read(f"{server}/feed.rss", opts=local_opts))
    fetched, fallback = docs
    # Entry 1 links to the Eswatini page on the server: its text replaces the summary.
    assert "Police Commissioner William Dlamini" in fetched.text
    assert fetched.title == "eSwatini opposition leaders, activists targeted in police raids"
    assert fetched.published == "Wed, 17 Feb 2021 14:43:02 +0000"  # the feed's date wins
    # Entry 2 links to a 404: the entry's own summary is used.
    assert fallback.text.startswith("LAGOS, Nigeria")


def test_warc_yields_every_html_response_and_skips_other_records():
    from sitroom.errors import InputSkipped

    items = read(REPORTS / "archive.warc.gz")
    assert [i.reason for i in items if isinstance(i, InputSkipped)] == [
        "1 response not HTML (image/png 1), not a page; skipped"]
    docs = only_docs([i for i in items if not isinstance(i, InputSkipped)])
    assert [d.title for d in docs] == [
        "Myanmar records its deadliest day of pro-democracy protests",
        "Roundup: Yemeni authorities say 4 int'l aid workers kidnapped by suspected al-Qaida gunmen",
    ]
    assert all(d.format == "warc" for d in docs)
    assert docs[0].url == "http://127.0.0.1:9/articles/0"
    assert docs[0].uri.endswith("archive.warc.gz#http://127.0.0.1:9/articles/0")
    assert docs[0].published == "2021-02-28"


def test_jsonl_dump_reads_every_field():
    docs = only_docs(read(REPORTS / "dump.jsonl"))
    assert len(docs) == 3
    assert docs[0].title == "Terrorist Attacks in Iraq"
    assert docs[0].source == "US State Department"
    assert docs[0].url == "https://www.state.gov/r/pa/prs/ps/2016/10/263174.htm"
    # A record is named by its id within the dump.
    assert docs[0].uri == f"{REPORTS / 'dump.jsonl'}#108A8CFC05CC3139A6E65B7A4239F5C6"


def test_dump_records_without_an_id_are_named_by_line(tmp_path):
    path = tmp_path / "no-ids.jsonl"
    path.write_text('{"text": "First report."}\n\n{"text": "Second report."}\n')
    first, second = only_docs(read(path))
    assert (first.uri, second.uri) == (f"{path}#1", f"{path}#3")


def test_csv_dump_with_configured_field_names():
    opts = AcquireOptions(text_field="body", title_field="headline", url_field="link", source_field="outlet",
                          published_field="date")
    docs = only_docs(read(DATA / "dumps" / "custom-fields.csv", opts=opts))
    assert [d.title for d in docs] == ["Minister Ellwood condemns terrorist attack in al-Hilla, Iraq",
                                       "Liberation of Sinjar from ISIL terrorists"]
    assert docs[0].source == "UK Government" and docs[0].published is None  # empty cell is no date
    assert docs[0].url.startswith("https://www.gov.uk/")
    assert docs[0].format == "csv"
    assert docs[0].uri == f"{DATA / 'dumps' / 'custom-fields.csv'}#821F5BBD9F50DD7301C12ECCC926B00C"


def test_csv_without_the_configured_text_column_is_one_error():
    [error] = read(DATA / "dumps" / "custom-fields.csv")
    assert isinstance(error, InputError)
    assert "no 'text' column" in error.reason and "body" in error.reason


@pytest.mark.parametrize("name, encoding", [
    ("windows-1252.txt", "cp1252"), ("utf-16.txt", "utf-16"), ("utf-8-bom.txt", "utf-8-sig"),
])
def test_legacy_and_bom_encodings_are_decoded_and_recorded(name, encoding):
    [doc] = only_docs(read(REPORTS / "encodings" / name))
    assert doc.encoding == encoding
    assert "Chargé d’Affaires" in doc.text
    assert not doc.text.startswith("\ufeff")


def test_the_same_text_in_three_encodings_has_one_content_hash():
    docs = only_docs(read(*(REPORTS / "encodings" / n for n in ("windows-1252.txt", "utf-16.txt", "utf-8-bom.txt"))))
    assert len({d.content_hash for d in docs}) == 1


def test_non_english_text_is_read_not_rejected():
    [doc] = only_docs(read(REPORTS / "encodings" / "french.txt"))
    assert "en français" in doc.text


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_files():
    items = only_docs(read(REPORTS))  # (archive.warc.gz's logo is skipped)
    files = [d.uri.split("#", 1)[0].replace(str(REPORTS) + "/", "") for d in items]
    assert files == sorted(files, key=lambda f: (f.count("/"), f)) or files == sorted(files)
    assert "encodings/french.txt" in files
    assert not any(".hidden" in f for f in files)
    # Every reader is exercised by the folder, each file once or once per entry.
    assert {d.format for d in items} == {"text", "markdown", "html", "feed", "warc", "jsonl"}


def test_format_is_sniffed_when_the_extension_says_nothing(tmp_path):
    (tmp_path / "page").write_bytes((REPORTS / "eswatini-raids.html").read_bytes())
    (tmp_path / "feed").write_bytes((REPORTS / "feed.atom").read_bytes())
    (tmp_path / "archive").write_bytes((REPORTS / "archive.warc.gz").read_bytes())
    (tmp_path / "lines").write_bytes((REPORTS / "dump.jsonl").read_bytes())
    formats = {d.uri.split("#")[0].rsplit("/", 1)[1]: d.format for d in only_docs(read(tmp_path))}
    assert formats == {"archive": "warc", "feed": "feed", "lines": "jsonl", "page": "html"}


def test_crlf_newlines_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline\r\n\r\nFirst paragraph.\r\nSecond line.\r\n")
    [doc] = only_docs(read(path))
    assert doc.text == "Headline\n\nFirst paragraph.\nSecond line.\n"


def test_options_are_one_frozen_object():
    opts = AcquireOptions()
    assert opts.max_bytes == 20 * 1024 * 1024 and opts.max_redirects == 5 and not opts.allow_private
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.max_bytes = 1  # type: ignore[misc]


def test_a_single_pretty_printed_json_object_is_one_document(tmp_path):
    path = tmp_path / "report.json"
    path.write_text('{\n  "id": "r1",\n  "title": "Convoy attacked",\n  "text": "The convoy was attacked."\n}\n')
    [doc] = only_docs(read(path))
    assert (doc.uri, doc.title, doc.text) == (f"{path}#r1", "Convoy attacked", "The convoy was attacked.")


def test_csv_delimiter_comes_from_the_header_not_the_prose(tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text("title;text\nA;\"Fighting resumed; officials said, again, that it would stop.\"\n"
                    "B;\"Shelling, heavy, hit the market; three were hurt.\"\n")
    docs = only_docs(read(path))
    assert [d.title for d in docs] == ["A", "B"]
    assert docs[1].text == "Shelling, heavy, hit the market; three were hurt."


def test_markdown_front_matter_gives_title_and_date(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Field note\ndate: 2021-07-12\n---\n# Heading\n\nSome **bold** text.\n")
    [doc] = only_docs(read(path))
    assert (doc.title, doc.published, doc.text) == ("Field note", "2021-07-12", "Heading\n\nSome bold text.\n")


def test_markdown_emphasis_is_removed_but_snake_case_survives():
    from sitroom.acquire.text import markdown_to_text

    text, _title, _date = markdown_to_text("Some **bold**, *it*, _em_, __strong__ and `code` in file_name_here.\n")
    assert text == "Some bold, it, em, strong and code in file_name_here.\n"


def test_pasted_text_becomes_a_document_or_an_error():
    from sitroom.acquire import source_from_text

    doc = source_from_text("Shelling hit the market.\n", title="Market shelled", url="https://example.org/a",
                           source="Example", published="2021-07-12")
    assert isinstance(doc, SourceDocument)
    assert (doc.uri, doc.title, doc.source, doc.published, doc.format) == (
        "pasted text", "Market shelled", "Example", "2021-07-12", "text")
    assert doc.content_hash == content_hash("Shelling hit the market.")
    assert source_from_text("   \n").reason == "empty text"
    assert source_from_text("\x00\x01\x02" * 10).reason == "binary data (control characters), not text"


def test_folder_notes_are_skipped_in_a_folder_but_read_when_named(tmp_path):
    (tmp_path / "report.txt").write_text("Shelling hit the market.\n")
    for name in ("README.md", "LICENSE", "ATTRIBUTION.md", "license.txt"):
        (tmp_path / name).write_text("About this folder.\n")
    assert [d.uri for d in only_docs(read(tmp_path))] == [str(tmp_path / "report.txt")]
    [readme] = only_docs(read(tmp_path / "README.md"))
    assert readme.text == "About this folder.\n"


# Review 3, item 6: a crawl's responses that are no page (JSON, images) were passed over without a word.
def test_warc_responses_that_are_not_pages_are_one_skipped_line(tmp_path):
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from sitroom.errors import InputSkipped

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = (b"<html><head><title>Raid</title></head><body><article><p>Gunmen attacked a police post in Jilib "
            b"on Monday, killing two officers, police said.</p></article></body></html>")
    for url, media, body in [("http://news.example/one", "text/html", page),
                             ("http://news.example/api", "application/json", b'{"a": 1}'),
                             ("http://news.example/logo.png", "image/png", b"\x89PNG"),
                             ("http://news.example/map.png", "image/png", b"\x89PNG")]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", media)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(out.getvalue())
    assert gzip.decompress(path.read_bytes())  # a real gzip WARC
    items = read(path)
    assert [d.title for d in items if isinstance(d, SourceDocument)] == ["Raid"]
    skipped = [i for i in items if isinstance(i, InputSkipped)]
    assert [(s.source, s.reason) for s in skipped] == [
        (str(path), "3 responses not HTML (application/json 1, image/png 2), not pages; skipped")]


# Review 3, item 4: an RSS guid is a permalink by default, so feedparser made "g4" the entry's link and url.
def test_a_feed_entry_whose_guid_is_no_url_has_no_url(tmp_path):
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
           "<item><title>Inline</title><guid>g4</guid><description>Gunmen attacked a police post in Jilib on "
           "Monday, killing two officers, police said.</description></item></channel></rss>")
    path = tmp_path / "feed.xml"
    path.write_text(rss, encoding="utf-8")
    [doc] = only_docs(read(path))
    assert doc.url is None
    assert doc.uri == f"{path}#entry1"
