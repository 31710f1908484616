"""A local news site for the watch tests: an RSS and an Atom feed whose items link to article pages.

The articles are real reports already in the test fixtures (see tests/data/ATTRIBUTION.md): the seed
article (../shared/seed), HRDsAttack articles (MIT licence, copyright (c) 2023 Shihao Ran) and a dstl
re3d CENTCOM release (US government work, public domain). Each is served as an HTML page, as a news site
would. The server runs on 127.0.0.1, so watching it needs ``allow_private`` / ``--allow-private``;
it answers conditional requests (ETag, Last-Modified) unless told not to, and counts every request.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import html
import threading
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass
class Article:
    slug: str
    title: str
    published: Optional[str]  # RFC 822, as feeds carry it
    paragraphs: list[str]
    site: str


def _hrds_articles() -> list[Article]:
    """The HRDsAttack articles of the acquire fixtures' feeds: title, date and paragraphs."""
    import feedparser

    out = []
    for name in ("feed.rss", "feed.atom"):
        for entry in feedparser.parse((DATA / "reports" / name).read_bytes()).entries:
            body = entry.get("content", [{}])[0].get("value") or entry.get("summary", "")
            paragraphs = [html.unescape(p.split("</p>")[0]).strip() for p in body.split("<p>")[1:]]
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            out.append(Article(slug="hrds-" + entry.link.rsplit("/", 1)[1], title=entry.title,
                               published=email.utils.format_datetime(dt.datetime(*when[:6], tzinfo=dt.timezone.utc)),
                               paragraphs=[p for p in paragraphs if p], site="HRDsAttack sample"))
    return out


def _text_article(path: Path, slug: str, published: Optional[str], site: str) -> Article:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    title = lines[0]
    body = [line for line in lines[1:] if line and line != title]
    return Article(slug=slug, title=title, published=published, paragraphs=body, site=site)


def articles() -> dict[str, Article]:
    found = {a.slug: a for a in _hrds_articles()}
    seed = _text_article(DATA / "seed.txt", "afghanistan-escalation", "Mon, 12 Jul 2021 09:00:00 +0000",
                         "sitroom seed")
    centcom = _text_article(DATA / "reports" / "centcom-abu-jandal.txt", "centcom-abu-jandal", None, "CENTCOM")
    found[seed.slug] = seed
    found[centcom.slug] = centcom
    return found


def article_page(a: Article) -> bytes:
    date = ""
    if a.published:
        iso = email.utils.parsedate_to_datetime(a.published).isoformat()
        date = f'<meta property="article:published_time" content="{iso}">'
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(a.title)}</title>'
            f'<meta property="og:site_name" content="{html.escape(a.site)}">{date}</head><body>'
            f'<nav><a href="/">Home</a></nav><article><h1>{html.escape(a.title)}</h1>\n{body}</article>'
            f'<footer>Test page built from a redistributable report for sitroom\'s tests.</footer>'
            f'</body></html>').encode("utf-8")


def rss(base: str, items: list[Article]) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{base}/articles/{a.slug}</link>"
        f"<guid isPermaLink=\"false\">urn:test:{a.slug}</guid>"
        + (f"<pubDate>{a.published}</pubDate>" if a.published else "")
        + f"<description>{html.escape(a.paragraphs[0])}</description></item>" for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire (RSS)</title>'
            f'<link>{base}/</link><description>Reports for sitroom\'s watch tests</description>{entries}'
            f'</channel></rss>').encode("utf-8")


def atom(base: str, items: list[Article]) -> bytes:
    entries = "".join(
        f'<entry><title>{html.escape(a.title)}</title><id>urn:test:atom:{a.slug}</id>'
        f'<link href="{base}/articles/{a.slug}"/>'
        f'<updated>{email.utils.parsedate_to_datetime(a.published).isoformat()}</updated>'
        f'<summary>{html.escape(a.paragraphs[0])}</summary></entry>' for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Test wire (Atom)</title><id>urn:test:atom</id><updated>2021-10-02T00:00:00Z</updated>'
            f'{entries}</feed>').encode("utf-8")


class NewsSite:
    """The site's state: what each path serves, whether it answers conditional requests, the requests seen."""

    def __init__(self):
        self.articles = articles()
        self.rss_items = ["afghanistan-escalation", "hrds-50"]
        self.atom_items = ["hrds-179", "hrds-80"]
        self.missing: set[str] = set()  # article slugs answered with 404
        self.conditional = True
        self.requests: Counter = Counter()
        self.base = ""

    def body(self, path: str) -> Optional[tuple[bytes, str]]:
        if path == "/news/rss.xml":
            return rss(self.base, [self.articles[s] for s in self.rss_items]), "application/rss+xml"
        if path == "/news/atom.xml":
            return atom(self.base, [self.articles[s] for s in self.atom_items]), "application/atom+xml"
        if path.startswith("/articles/"):
            slug = path[len("/articles/"):]
            if slug in self.articles and slug not in self.missing:
                return article_page(self.articles[slug]), "text/html; charset=utf-8"
        if path == "/pages/eswatini":
            return (DATA / "reports" / "eswatini-raids.html").read_bytes(), "text/html; charset=utf-8"
        return None

    def article_requests(self) -> int:
        return sum(n for p, n in self.requests.items() if p.startswith("/articles/"))


def _handler(site: NewsSite):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            path = self.path.split("?", 1)[0]
            site.requests[path] += 1
            found = site.body(path)
            if found is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data, kind = found
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            modified = "Mon, 12 Jul 2021 10:00:00 GMT"
            if site.conditional and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            if site.conditional:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextlib.contextmanager
def serve_site():
    """A running NewsSite on a free loopback port; ``site.base`` is its URL."""
    site = NewsSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def news_site():
    with serve_site() as site:
        yield site
