"""The bad-input corpus (issue 14): files, archives, dumps and URLs that must each give one exact line
naming the input and the reason, while whatever is good in them and beside them is stored.

Every file is generated here, into the test's folder: no binaries in the repository. A case is
(file name, bytes, expected errors as (suffix of the source after the file's path, reason), number
of documents the file yields). ``URL_CASES`` are inputs given on the command line.
"""

from __future__ import annotations

import gzip
import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

GOOD_TEXT = ("Gunmen attacked a police station in Kagara on Wednesday, killing two officers, "
             "the local government said.\n")
# Words of news English: report(i) strings them into a text that shares no five-word run with another
# report, so the good documents of the corpus are neither exact nor near duplicates of each other.
_VOCAB = ("army police village town district province officials said attacked killed wounded gunmen militants "
          "soldiers residents market school road bridge convoy checkpoint airstrike shelling protest rally "
          "government minister spokesman reported claimed denied announced arrested clashes fighting border "
          "region capital northern southern eastern western local hospital witnesses morning evening night "
          "week month dozens several hundreds families fled homes burned bombing explosion vehicle patrol "
          "forces rebels troops security council talks ceasefire agreement aid workers refugees camp").split()


def report(i: int) -> str:
    """A distinct English report of five sentences for good document ``i``."""
    rng = random.Random(1000 + i)
    sentences = []
    for _ in range(5):
        words = [rng.choice(_VOCAB) for _ in range(12)]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences) + "\n"

RU = ("Российские войска обстреляли город Харьков в понедельник, погибли по меньшей мере пять человек, "
      "сообщили местные власти. Губернатор области заявил, что удар пришёлся по жилым кварталам.\n")
RU2 = ("Украинская армия сообщила о наступлении на юге страны. По словам военных, освобождены три "
       "населённых пункта, потери противника уточняются.\n")
RU3 = ("В столице прошли массовые протесты против мобилизации. Полиция задержала более двухсот человек, "
       "сообщили правозащитники.\n")
RU4 = ("Беспилотник атаковал нефтебазу в приграничной области ночью в среду. Пожар удалось потушить к утру, "
       "пострадавших нет.\n")
RU5 = ("Власти объявили эвакуацию жителей из трёх сёл после ночного обстрела. Автобусы вывезли около "
       "четырёхсот человек в областной центр.\n")
ZH = ("周一，武装分子袭击了尼日利亚中部的一所学校，造成一名学生死亡，数十名学生和教师被绑架。"
      "当地政府表示，这是该国最新的大规模绑架事件。\n")
AR = ("قتل خمسة أشخاص على الأقل في قصف استهدف مدينة حلب يوم الاثنين، بحسب ما أفادت مصادر محلية. "
      "وقال مسؤولون إن القصف طال أحياء سكنية.\n")


def quoted(i: int) -> str:
    """A distinct English report with curly quotes, a dash and an accent (non-ASCII in cp1252 and UTF-8)."""
    return (f"The minister said \u201cthe talks were constructive\u201d and that the caf\u00e9 would reopen "
            f"\u2014 despite the fighting in the region\u2019s north. {report(i)}")


@dataclass
class Case:
    name: str
    data: bytes
    errors: list[tuple[str, str]] = field(default_factory=list)
    docs: int = 0
    language: str | None = None  # of the documents it yields, when they are stored
    encoding: str | None = None


def _jsonl(*lines) -> bytes:
    return "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines).encode() + b"\n"


def _good(i: int) -> dict:
    return {"id": f"good-{i}", "text": report(i)}


def warc_record(url: str, body: bytes, content_type: str = "text/html; charset=utf-8", declared: int | None = None,
                record_type: str = "response", number: int = 1) -> bytes:
    """One WARC response record; ``declared`` overrides the block's Content-Length."""
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode()
            + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    head = (f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2021-07-12T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {declared if declared is not None else len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def page(title: str, i: int) -> bytes:
    text = report(i)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text[:len(text) // 2]}</p><p>{text[len(text) // 2:]}</p></article></body></html>").encode()


def gzip_bomb_record(url: str, inflated: int) -> bytes:
    """A gzip member holding one WARC record whose HTML body inflates to ``inflated`` bytes, built in
    pieces so the test never holds the inflated body."""
    head_html = b"<html><body><p>"
    http_head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                 + str(inflated).encode() + b"\r\n\r\n")
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2021-07-12T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000bb>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http_head) + inflated}\r\n\r\n").encode()
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [z.compress(head + http_head + head_html)]
    chunk = b"a" * (1 << 20)
    left = inflated - len(head_html)
    while left > 0:
        out.append(z.compress(chunk[:min(left, len(chunk))]))
        left -= len(chunk)
    out.append(z.compress(b"\r\n\r\n"))
    out.append(z.flush())
    return b"".join(out)


def lying_member(url: str, inflated: int) -> bytes:
    """A gzip member whose WARC record declares 100 bytes and inflates to ``inflated``: read naively, the
    rest is taken for the next record's header line and read whole."""
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000cc>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: 100\r\n\r\n").encode()
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [z.compress(head)]
    for _ in range(inflated >> 20):
        out.append(z.compress(b"a" * (1 << 20)))
    out.append(z.flush())
    return b"".join(out)


def _gz_warc(*records: bytes) -> bytes:
    return b"".join(gzip.compress(r) for r in records)


def _csv(text: str) -> bytes:
    return text.encode()


def _deep_html(depth: int) -> bytes:
    return (b"<html><head><title>Deep page</title></head><body>" + b"<div>" * depth
            + b"<p>Gunmen attacked a school in Kagara on Wednesday, killing one student, officials said.</p>"
            + b"</div>" * depth + b"</body></html>")


_MAGIC = [
    ("png.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
    ("pdf.txt", b"%PDF-1.7\n%binary\n", "PDF document"),
    ("docx.txt", b"PK\x03\x04" + b"\x14\x00" * 20, "ZIP archive (or DOCX/XLSX/EPUB)"),
    ("photo.html", b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF", "JPEG image"),
    ("anim.md", b"GIF89a" + b"\x01\x00" * 10, "GIF image"),
    ("program.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 20, "executable"),
    ("store.txt", b"SQLite format 3\x00" + b"\x00" * 50, "SQLite database"),
    ("archive.txt", b"BZh91AY&SY" + b"\x00" * 10, "bzip2 archive"),
    ("packed.txt", gzip.compress(b"plain words"), "gzip data that is not a WARC archive"),
    ("packed.xz.txt", b"\xfd7zXZ\x00" + b"\x00" * 10, "xz archive"),
    ("packed.7z.txt", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 10, "7-Zip archive"),
    ("song.txt", b"ID3\x04\x00" + b"\x00" * 20, "MP3 audio"),
    ("sound.txt", b"OggS\x00\x02" + b"\x00" * 20, "Ogg media file"),
    ("film.txt", b"\x1a\x45\xdf\xa3" + b"\x00" * 20, "Matroska/WebM video"),
    ("wave.txt", b"RIFF\x24\x00\x00\x00WAVE", "RIFF media file"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "legacy Office document"),
]


def cases() -> list[Case]:
    """Every file case of the corpus."""
    random.seed(14)
    out = [Case(name, data, [("", f"binary file ({kind}), not text")]) for name, data, kind in _MAGIC]
    out += [
        # Empty, blank, binary, undecodable
        Case("empty.txt", b"", [("", "empty file (0 bytes)")]),
        Case("blank.txt", b"  \n\t\n", [("", "empty file (only whitespace)")]),
        Case("newlines.md", b"\n\n\n", [("", "empty file (only whitespace)")]),
        Case("plain.gz", gzip.compress(b"hello"), [("", "binary file (gzip data that is not a WARC archive), not text")]),
        Case("nul-bytes.txt", b"Fighting continued.\x00\x00 More text here.", [("", "binary file (contains NUL bytes), not text")]),
        Case("nul-in-dump.csv", b"id,text\n1,a\x00b\n", [("", "binary file (contains NUL bytes), not text")]),
        Case("control.txt", b"\x01\x02\x03abc\x04\x05" * 100, [("", "binary file (control characters in the decoded text), not text")]),
        Case("random-high-bytes.txt", bytes(random.randrange(0x80, 0x100) for _ in range(3000)),
             [("", "undecodable text: not UTF-8 or UTF-16, and no legacy encoding reads it cleanly; convert it to UTF-8")]),
        Case("bad-utf16-bom.txt", b"\xff\xfeA\x00B",
             [("", "undecodable text: starts with a utf-16 byte-order mark but is not valid utf-16 (truncated data at byte 4)")]),
        Case("bad-utf8-bom.txt", b"\xef\xbb\xbfok \xff\xfe here",
             [("", "undecodable text: starts with a utf-8-sig byte-order mark but is not valid utf-8-sig (invalid start byte at byte 3)")]),
        Case("markup-only.md", b"![](x.png)\n\n---\n", [("", "no text left once the Markdown markup is removed")]),
        # HTML
        Case("malformed.html", b"<html><<<>>><", [("", "malformed or empty HTML: no main text found")]),
        Case("empty-body.html", b"<html><body></body></html>", [("", "malformed or empty HTML: no main text found")]),
        Case("script-only.html", b"<html><head><script>var a=1;</script></head><body></body></html>",
             [("", "malformed or empty HTML: no main text found")]),
        Case("deep-10000.html", _deep_html(10_000), docs=1, language="en"),
        # Feeds
        Case("not-xml.rss", b"this is not xml at all",
             [("", "not a feed: the file is not XML (Start tag expected, '<' not found, line 1, column 1 (<string>, line 1))")]),
        Case("not-a-feed.xml", b"<?xml version='1.0'?><catalogue><item>x</item></catalogue>", [("", "XML that is not an RSS or Atom feed")]),
        Case("no-entries.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>",
             [("", "feed has no entries")]),
        Case("entry-without-content.rss",
             b"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>Nothing here</title></item>"
             b"<item><title>Raid</title><description>" + report(106).encode() + b"</description></item></channel></rss>",
             [("#entry1", "feed entry 'Nothing here' has no content and no link to its page")], docs=1),
        Case("external-entity.rss",
             b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
             b'<title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>',
             [("#entry1", "feed entry 'a' has no content and no link to its page")]),
        Case("billion-laughs.rss", _billion_laughs(),
             [("", "not a feed: the file is not XML (Maximum entity amplification factor exceeded, see "
                   "xmlCtxtSetMaxAmplification., line 1, column 7 (<string>, line 1))")]),
        # WARC archives
        Case("not-an-archive.warc", b"hello, this is not an archive\n",
             [("", "not a WARC archive: it does not start with a WARC/1.x record header")]),
        Case("text-in-gzip.warc.gz", gzip.compress(b"hello, plain text in gzip\n"),
             [("", "not a WARC archive: it does not start with a WARC/1.x record header")]),
        Case("no-html.warc", warc_record("http://example.org/logo.png", b"\x89PNG", "image/png"),
             [("", "WARC has 1 records but no HTML responses")]),
        Case("cut.warc", warc_record("http://example.org/a", page("Raid on Kagara", 101)) + warc_record(
             "http://example.org/b", page("Second", 102), number=2)[:300],
             [("", "WARC cut mid-record: record 2 (http://example.org/b) is incomplete; the 1 records before it were read")],
             docs=1),
        Case("bomb.warc.gz", _gz_warc(warc_record("http://example.org/a", page("Raid on Kagara", 103)))
             + gzip_bomb_record("http://example.org/bomb", 6 * 1024 * 1024)
             + _gz_warc(warc_record("http://example.org/c", page("Raid on Zaria", 104), number=3)),
             [("#http://example.org/bomb", "page too large once inflated: over the limit of 5.0 MB; skipped")], docs=2),
        Case("lying-length.warc.gz", _gz_warc(warc_record("http://example.org/a", page("Raid on Kagara", 120)))
             + lying_member("http://example.org/lie", 20 << 20)
             + _gz_warc(warc_record("http://example.org/c", page("Raid on Zaria", 121), number=3)),
             [("", "WARC record 2 inflates to more than its Content-Length of 100 bytes says (corrupt or hostile, or its records "
                   "were not compressed one by one): reading stopped there; "
                   "the 1 records before it were read")], docs=1),
        Case("lying-length.warc", warc_record("http://example.org/a", page("Raid on Kagara", 122))
             + (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/lie\r\n"
                b"Content-Type: application/http; msgtype=response\r\nContent-Length: 100\r\n\r\n")
             + b"a" * (2 << 20) + b"\r\n\r\n" + warc_record("http://example.org/c", page("Raid on Zaria", 123), number=3),
             [("", "WARC cut mid-record or corrupt after 2 complete records (ArchiveLoadFailed: Invalid WARC record, "
                   "first line: " + "a" * 47 + "...)")], docs=1),
        Case("inflates-past-the-cap.warc.gz", _gz_warc(
             warc_record("http://example.org/a", page("Raid on Kagara", 105)),
             warc_record("http://example.org/huge", b"<p>x</p>", declared=300 * 1024 * 1024, number=2)),
             [("", "archive inflates to more than 256.0 MB: reading stopped at record 2 (http://example.org/huge); "
                   "the 1 records before it were read")], docs=1),
        # JSON Lines and JSON
        Case("deep.jsonl", _jsonl(_good(1), "[" * 100_000 + "]" * 100_000, _good(2)),
             [(":2", "line is not JSON (nested more than 200 levels deep)")], docs=2),
        Case("deep-object.jsonl", _jsonl(_good(3), '{"text": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}", _good(4)),
             [(":2", "line is not JSON (nested more than 200 levels deep)")], docs=2),
        Case("huge-integer.jsonl", _jsonl(_good(5), '{"text": "x", "id": ' + "7" * 5000 + "}", _good(6)),
             [(":2", "line is not JSON (a number with more than 4,300 digits)")], docs=2),
        Case("not-json-line.jsonl", _jsonl(_good(7), "this is not json", _good(8)),
             [(":2", "line is not JSON (Expecting value at column 1)")], docs=2),
        Case("truncated-line.jsonl", _jsonl(_good(9), '{"text": "cut off', _good(10)),
             [(":2", "line is not JSON (Unterminated string starting at column 10)")], docs=2),
        Case("list-line.jsonl", _jsonl(_good(11), [1, 2], _good(12)), [(":2", "expected a JSON object, got list")], docs=2),
        Case("string-line.json", b'"just a string"\n', [(":1", "expected a JSON object, got str")]),
        Case("missing-text.jsonl", _jsonl(_good(13), {"title": "no text"}), [(":2", "text field 'text' is missing")], docs=1),
        Case("empty-text.jsonl", _jsonl({"text": "   "}, _good(14)), [(":1", "text field 'text' is empty or not a string")], docs=1),
        Case("number-text.jsonl", _jsonl({"text": 42}, _good(15)), [(":1", "text field 'text' is empty or not a string")], docs=1),
        Case("dict-title.jsonl", _jsonl({"text": GOOD_TEXT, "title": {"en": "x"}}, _good(16)),
             [(":1", "field 'title' is an object, not a string")], docs=1),
        Case("list-source.jsonl", _jsonl({"text": GOOD_TEXT, "source": ["AP", "Reuters"]}, _good(17)),
             [(":1", "field 'source' is a list, not a string")], docs=1),
        Case("dict-id.jsonl", _jsonl({"text": GOOD_TEXT, "id": {"n": 1}}, _good(18)),
             [(":1", "field 'id' is an object, not a string")], docs=1),
        Case("bool-url.jsonl", _jsonl({"text": GOOD_TEXT, "url": True}, _good(19)),
             [(":1", "field 'url' is a boolean, not a string")], docs=1),
        Case("dict-published.jsonl", _jsonl({"text": GOOD_TEXT, "published": {"y": 2021}}, _good(20)),
             [(":1", "field 'published' is an object, not a string")], docs=1),
        Case("lone-surrogate.jsonl", _jsonl('{"id": "sur", "text": "Gunmen attacked Kagara \\ud800 on Monday, police said."}'),
             docs=1, language="en"),
        # NUL: PostgreSQL refuses it in text, SQLite takes it; read as U+FFFD, stored alike on both.
        Case("nul-in-text.jsonl", _jsonl('{"id": "nul", "text": "Bandits attacked Jangebe \\u0000 on Friday, the governor said."}'),
             docs=1, language="en"),
        Case("nul-in-title.jsonl", _jsonl({"text": GOOD_TEXT, "title": "Kagara\x00 attack"}), docs=1),
        Case("empty-array.json", b"[]", [("", "the JSON array is empty: no articles in it")]),
        Case("broken-array.json", b'[{"text": "a"},', [("", "not valid JSON: Expecting value at column 16")]),
        Case("deep-array.json", b"[" * 100_000 + b"]" * 100_000, [("", "not valid JSON: nested more than 200 levels deep")]),
        Case("mixed-array.json", json.dumps([1, _good(21)]).encode(), [(":1", "expected a JSON object, got int")], docs=1),
        # CSV
        Case("unclosed-quote.csv", _csv('id,text\n1,"' + report(107).strip() + '"\n2,"unclosed\n3,"third"\n4,fourth\n'),
             [(":3", "malformed CSV (',' expected after '\"'; check the quotes): this row and the rest of the file were not read")],
             docs=1),
        Case("quote-open-at-end.csv", _csv('id,text\n1,"' + report(108).strip() + '"\n2,"never closed\n'),
             [(":3", "malformed CSV (a quoted field is never closed; check the quotes): "
                     "this row and the rest of the file were not read")], docs=1),
        Case("header-only.csv", b"id,text\n", [("", "CSV has a header row but no articles")]),
        Case("bad-header.csv", b'"id,text\n', [("", "malformed CSV header row: unexpected end of data")]),
        Case("no-text-column.csv", b"id,title,body\n1,a,b\n",
             [("", "CSV has no 'text' column (columns: id, title, body); name the text column with the text-field option")]),
        Case("empty-cell.csv", _csv('id,text\n1,\n2,"' + report(109).strip() + '"\n'),
             [(":2", "text field 'text' is empty or not a string")], docs=1),
        # Encodings: decoded honestly, stored with their language (not run through the English extractors)
        Case("russian-cp1251.txt", RU.encode("cp1251"), docs=1, language="ru", encoding="cp1251"),
        Case("russian-koi8.txt", RU2.encode("koi8_r"), docs=1, language="ru", encoding="koi8_r"),
        Case("chinese-gbk.txt", ZH.encode("gbk"), docs=1, language="zh", encoding="gb18030"),
        Case("arabic-cp1256.txt", AR.encode("cp1256"), docs=1, language="ar", encoding="cp1256"),
        Case("english-cp1252.txt", quoted(110).encode("cp1252"), docs=1, language="en", encoding="cp1252"),
        Case("english-utf16le-no-bom.txt", quoted(111).encode("utf-16-le"), docs=1, language="en", encoding="utf-16-le"),
        Case("russian-utf16be-no-bom.txt", RU3.encode("utf-16-be"), docs=1, language="ru", encoding="utf-16-be"),
        Case("utf8-stray-bytes.txt", quoted(112).encode()[:40] + b"\xff" + quoted(112).encode()[40:],
             docs=1, language="en", encoding="utf-8, 1 invalid byte replaced"),
        Case("russian-declared.html", b'<html><head><meta charset="windows-1251"><title>x</title></head><body><article><p>'
             + RU4.encode("cp1251") + b"</p><p>" + RU5.encode("cp1251") + b"</p></article></body></html>",
             docs=1, language="ru", encoding="cp1251"),
    ]
    return out


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 2 else "") + ";") * 10}">' for i in range(2, 10)]
    return (f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]><rss version="2.0"><channel><title>t</title>'
            f"<item><title>a</title><description>&lol9;</description></item></channel></rss>").encode()


# Inputs named on the command line: (argument, reason). None of them reaches the network.
URL_CASES = [
    ("http://[::1", "bad URL http://[::1: Invalid IPv6 URL"),
    ("http://[::1]:80:80/", "bad URL http://[::1]:80:80/: Port could not be cast to integer value as '80:80'"),
    ("http://example.org:99999/", "bad URL http://example.org:99999/: Port out of range 0-65535"),
    ("http://", "refused: no host in URL http://"),
    ("http://127.0.0.1:8000/", "refused: 127.0.0.1 resolves to loopback address 127.0.0.1 (use --allow-private to fetch from it)"),
    ("http://[::ffff:127.0.0.1]/", "refused: ::ffff:127.0.0.1 resolves to loopback address ::ffff:7f00:1 "
                                   "(use --allow-private to fetch from it)"),
    ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 resolves to link-local address "
                                                 "169.254.169.254 (use --allow-private to fetch from it)"),
    ("http://10.0.0.1/", "refused: 10.0.0.1 resolves to private address 10.0.0.1 (use --allow-private to fetch from it)"),
    ("http://0.0.0.0/", "refused: 0.0.0.0 resolves to unspecified address 0.0.0.0 (use --allow-private to fetch from it)"),
    ("ftp://example.org/report.txt", "unsupported URL scheme: only http and https are fetched"),
    ("/no/such/report.txt", "no such file or folder"),
]


def write_corpus(folder: Path) -> list[Case]:
    """Write every case into ``folder``; return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    all_cases = cases()
    for case in all_cases:
        (folder / case.name).write_bytes(case.data)
    return all_cases


def expected_lines(folder: Path, case: Case) -> list[str]:
    """The lines `sitroom ingest` prints for ``case`` written in ``folder``."""
    return [f"Error: {folder / case.name}{suffix}: {reason}" for suffix, reason in case.errors]
