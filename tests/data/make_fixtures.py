"""Rebuild the acquire fixtures in tests/data/reports and tests/data/bad_inputs.

The texts are excerpts of real, redistributable documents (see ATTRIBUTION.md):
US government releases and UK government texts from dstl re3d, and news articles
from the MIT-licensed HRDsAttack corpus. Run from the repository root with
../shared/devdata present:  .venv/bin/python tests/data/make_fixtures.py
The outputs are committed; the tests never need ../shared.
"""

from __future__ import annotations

import csv
import datetime
import email.utils
import html
import io
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DEVDATA = HERE.parents[2] / "shared" / "devdata"
REPORTS = HERE / "reports"
BAD = HERE / "bad_inputs"


def re3d(source: str, title_start: str) -> dict:
    for line in (DEVDATA / "re3d" / source / "documents.json").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["title"].startswith(title_start):
            return doc
    raise KeyError(title_start)


def hrds(index: int) -> dict:
    items = json.loads((DEVDATA / "hrdsattack" / "train.json").read_text(encoding="utf-8"))
    return items[index]["sample"]


def paragraphs(article_html: str) -> list[str]:
    return [html.unescape(p).strip() for p in re.findall(r"<p>(.*?)</p>", article_html, re.DOTALL) if p.strip()]


def page(sample: dict, site: str = "HRDsAttack sample") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(sample["Input.article_interface"]))
    published = sample["Input.publish_date"][:19].replace(" ", "T")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(sample["Input.title"])}</title>
<meta property="og:title" content="{html.escape(sample["Input.title"])}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{html.escape(sample["Input.title"])}</h1>
{body}
</article>
<footer>Sample page built from the HRDsAttack corpus (MIT licence) for sitroom's tests.</footer>
</body></html>
"""


def write_reports() -> None:
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "encodings").mkdir(exist_ok=True)
    doc = re3d("CENTCOM", "Death of Abu Jandal")
    (REPORTS / "centcom-abu-jandal.txt").write_text(f"{doc['title']}\n\n{doc['text']}\n", encoding="utf-8")

    doc = re3d("UK Government", "Minister for the Middle East condemns attack in Baghdad")
    md = f"# {doc['title']}\n\n{doc['text']}\n\nSource: [GOV.UK]({doc['sourceUrl']}), Open Government Licence v3.0.\n"
    (REPORTS / "uk-baghdad-attack.md").write_text(md, encoding="utf-8")

    (REPORTS / "eswatini-raids.html").write_text(page(hrds(41)), encoding="utf-8")

    items = []
    for index in (50, 80):
        sample = hrds(index)
        summary = " ".join(paragraphs(sample["Input.article_interface"])[:3])
        when = datetime.datetime.fromisoformat(sample["Input.publish_date"][:19]).replace(tzinfo=datetime.timezone.utc)
        pub = email.utils.format_datetime(when)  # RSS dates are RFC 822
        items.append(f"""  <item>
    <title>{html.escape(sample["Input.title"])}</title>
    <link>http://127.0.0.1:9/articles/{index}</link>
    <pubDate>{pub}</pubDate>
    <description>{html.escape(f"<p>{html.escape(summary)}</p>")}</description>
  </item>""")
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>HRDsAttack samples</title>
  <link>http://127.0.0.1:9/</link>
  <description>News articles from the HRDsAttack corpus (MIT licence), as a feed for sitroom's tests</description>
{chr(10).join(items)}
</channel></rss>
"""
    (REPORTS / "feed.rss").write_text(rss, encoding="utf-8")

    sample = hrds(179)
    content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(sample["Input.article_interface"]))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>HRDsAttack samples (Atom)</title>
  <id>urn:sitroom:tests:atom</id>
  <updated>{sample["Input.publish_date"][:10]}T00:00:00Z</updated>
  <entry>
    <title>{html.escape(sample["Input.title"])}</title>
    <id>urn:sitroom:tests:hrdsattack:179</id>
    <link href="http://127.0.0.1:9/articles/179"/>
    <updated>{sample["Input.publish_date"][:10]}T00:00:00Z</updated>
    <content type="html">{html.escape(content)}</content>
  </entry>
</feed>
"""
    (REPORTS / "feed.atom").write_text(atom, encoding="utf-8")

    with (REPORTS / "dump.jsonl").open("w", encoding="utf-8") as out:
        for title in ("Terrorist Attacks in Iraq", "U.S. Condemns Terrorist Attack in Hasaka",
                      "Rocket Attack on Camp Hurriya"):
            doc = re3d("US State Department", title)
            out.write(json.dumps({"id": doc["_id"], "title": doc["title"].strip(), "url": doc["sourceUrl"],
                                  "source": "US State Department", "text": doc["text"]}) + "\n")

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "headline", "link", "outlet", "date", "body"])
    for title in ("Minister Ellwood condemns terrorist attack in al-Hilla", "Liberation of Sinjar"):
        doc = re3d("UK Government", title)
        writer.writerow([doc["_id"], doc["title"], doc["sourceUrl"], "UK Government", "", doc["text"]])
    # Not under reports/: it needs the field-name options to be read.
    (HERE / "dumps").mkdir(exist_ok=True)
    (HERE / "dumps" / "custom-fields.csv").write_text(buf.getvalue(), encoding="utf-8")

    write_warc(REPORTS / "archive.warc.gz", [hrds(72), hrds(12)], gz=True)

    doc = re3d("US State Department", "Department of State Supports the Conservation")
    text = f"{doc['title']}\n\n{doc['text']}\n"
    (REPORTS / "encodings" / "windows-1252.txt").write_bytes(text.encode("cp1252"))
    (REPORTS / "encodings" / "utf-16.txt").write_bytes(text.encode("utf-16"))  # with BOM
    (REPORTS / "encodings" / "utf-8-bom.txt").write_bytes(text.encode("utf-8-sig"))
    (REPORTS / "encodings" / "french.txt").write_text(
        "Ce fichier est un court texte en français. Il sert à vérifier que sitroom lit un texte "
        "qui n'est pas en anglais sans le rejeter : la langue est détectée plus tard dans la chaîne.\n",
        encoding="utf-8")
    (REPORTS / ".hidden-notes.txt").write_text("Hidden files are skipped when a folder is read.\n", encoding="utf-8")


def write_warc(path: Path, samples: list[dict], gz: bool, cut: int | None = None) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for number, sample in enumerate(samples):
        url = f"http://127.0.0.1:9/articles/{number}"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        fixed = {"WARC-Date": "2021-07-12T00:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-00000000000{number}>"}
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page(sample).encode()),
                                                      http_headers=headers, warc_headers_dict=fixed))
        if number == 0:  # a non-HTML response the reader must skip
            png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            fixed = {"WARC-Date": "2021-07-12T00:00:00Z", "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-0000000000ff>"}
            writer.write_record(writer.create_warc_record("http://127.0.0.1:9/logo.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                                                          http_headers=png, warc_headers_dict=fixed))
    data = buf.getvalue()
    path.write_bytes(data[:cut] if cut else data)


def write_bad_inputs() -> None:
    BAD.mkdir(exist_ok=True)
    (BAD / "empty.txt").write_bytes(b"")
    (BAD / "blank.txt").write_bytes(b"  \n\n\t \n")
    (BAD / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (BAD / "nul-bytes.dat").write_bytes(b"Report\x00\x00\x01\x02" + bytes(range(32)) * 4)
    (BAD / "undecodable.txt").write_bytes(b"The district fell \x81\x8d\x8f\x90\x9d today. " * 3 + bytes(range(0x80, 0x100)))
    (BAD / "malformed.html").write_text("<html><head><title>Broken</title></head><body><div><script>var x = 1;"
                                        "</script><</div>", encoding="utf-8")
    (BAD / "not-xml.rss").write_text("<rss><channel><title>Oops</title><item><title>unclosed & broken",
                                     encoding="utf-8")
    (BAD / "not-a-feed.xml").write_text('<?xml version="1.0"?>\n<catalog><book id="1">A book</book></catalog>\n',
                                        encoding="utf-8")
    samples = [hrds(72), hrds(12)]
    write_warc(BAD / "cut.warc", samples, gz=False)
    data = (BAD / "cut.warc").read_bytes()
    second = data.index(b"WARC/1.0", data.index(b"WARC/1.0", data.index(b"WARC/1.0") + 1) + 1)
    (BAD / "cut.warc").write_bytes(data[:second + 700])  # inside the third record (second page)
    write_warc(BAD / "cut.warc.gz", samples, gz=True)
    data = (BAD / "cut.warc.gz").read_bytes()
    (BAD / "cut.warc.gz").write_bytes(data[:len(data) - 300])

    good = re3d("US State Department", "Terrorist Attacks in Baghdad")
    lines = [
        json.dumps({"id": "good-1", "title": good["title"], "url": good["sourceUrl"], "text": good["text"]}),
        '{"id": "broken", "text": "this line was cut',
        json.dumps({"id": "no-text", "title": "A line without its text field"}),
        json.dumps({"id": "good-2", "title": "Same text again", "text": good["text"]}),
    ]
    (BAD / "bad-lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (BAD / "no-text-column.csv").write_text("id,title,body\n1,A title,Some body text\n", encoding="utf-8")


if __name__ == "__main__":
    write_reports()
    write_bad_inputs()
