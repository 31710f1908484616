"""HTML pages: main text, title, date and site name by trafilatura."""

from __future__ import annotations

import re
from typing import Optional

from ..errors import InputError
from ..records import SourceDocument
from .decode import decode_bytes
from .dedup import content_hash
from .text import normalise_newlines

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# Only dates in the page's markup (meta tags, JSON-LD, <time>) count as metadata;
# trafilatura's extensive search would guess from the body text, which read.published
# does itself and marks as inferred.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_document(data: bytes, uri: str, url: Optional[str] = None, declared: Optional[str] = None,
                  fmt: str = "html") -> SourceDocument:
    """The main text and metadata of an HTML page.

    data (bytes): the page as served or stored.
    uri (str): names the input (path, URL or archive#record) in the record and in errors.
    url (str): the page's URL, which helps trafilatura resolve metadata.
    declared (str): charset from the HTTP header, if any.
    RAISES InputError: empty page, binary data, or no main text found.
    """
    if not data.strip():
        raise InputError(uri, "empty page")
    if declared is None:
        meta = _META_CHARSET.search(data[:4096])
        declared = meta.group(1).decode("ascii", "replace") if meta else None
    html, encoding = decode_bytes(data, uri, declared)
    return html_text_document(html, uri, url=url, encoding=encoding, fmt=fmt)


def html_text_document(html: str, uri: str, url: Optional[str] = None, encoding: Optional[str] = None,
                       fmt: str = "html") -> SourceDocument:
    """Like :func:`html_document`, for HTML already decoded to text."""
    extracted = extract_html(html, url)
    if extracted is None:
        raise InputError(uri, "malformed or empty HTML: no main text found")
    text, meta = extracted
    published = meta.get("date")
    if published and not markup_date(html, url):
        published = None  # read from the body's words: read.published finds it there, marked inferred
    return SourceDocument(uri=uri, text=text, title=meta.get("title"), url=meta.get("url") or url,
                          source=meta.get("sitename"), published=published, format=fmt,
                          encoding=encoding, content_hash=content_hash(text))


# Elements whose words are a page's date markup (a <time>, a byline's date), not its story.
_DATE_MARKUP = re.compile(r"date|time|publish|posted|byline|updated|created|modified", re.I)


def markup_date(html: str, url: Optional[str]) -> bool:
    """Whether the page's markup gives a date: its head, attributes, JSON-LD, <time>/<abbr> elements or
    elements named as dates. htmldate's last resort takes any ISO date in the body's text (a table
    cell's "2022-01-03") as the page's, which is no metadata; this asks it again with the body's other
    words removed."""
    import lxml.html
    from htmldate import find_date

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types for junk: no markup to trust
        return False
    body = tree.find(".//body")
    if body is not None:
        for el in body.iter():
            if not isinstance(el.tag, str):
                continue
            if not _is_date_markup(el):
                el.text = None
            parent = el.getparent()
            if el is not body and parent is not None and not _is_date_markup(parent):
                el.tail = None
    try:
        return find_date(tree, **_DATE_PARAMS, url=url) is not None
    except Exception:  # htmldate fails in many ways on broken markup
        return False


def _is_date_markup(el) -> bool:
    for node in [el, *el.iterancestors()]:
        if node.tag in ("time", "abbr") or _DATE_MARKUP.search(
                " ".join(node.get(a) or "" for a in ("class", "id", "itemprop", "name", "property"))):
            return True
    return False


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content); empty when there is none."""
    extracted = extract_html(f"<html><body><article>{html}</article></body></html>", None)
    if extracted:
        return extracted[0]
    import lxml.html

    try:
        return normalise_newlines(lxml.html.fromstring(html).text_content()).strip()
    except Exception:  # lxml raises several types for junk; no text is the answer to all
        return ""


def extract_html(html: str, url: Optional[str]) -> Optional[tuple[str, dict]]:
    """(main text, metadata dict) of ``html``, or None when trafilatura finds no text."""
    import trafilatura

    if not html.strip():
        return None
    html = flatten_deep_html(html)
    for recall in (False, True):  # precise first; short pages need the recall mode
        try:
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=recall,
                                              include_comments=False, date_extraction_params=_DATE_PARAMS)
        except Exception:  # trafilatura and lxml fail in many ways on broken markup
            doc = None
        text = normalise_newlines(doc.text or "").strip() if doc is not None else ""
        if re.search(r"\w", text):  # a lone "<" from broken markup is not text
            meta = {k: getattr(doc, k, None) for k in ("title", "url", "sitename", "date")}
            return text + "\n", meta
    return None


# libxml2 stops building the tree 256 elements deep ("Excessive depth in document") and the text
# below is lost; pages nested deeper keep their outer MAX_DEPTH levels of tags and lose the rest
# of the tags (not the text) before parsing.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements that close an open element of their own kind: <p>one<p>two is two paragraphs, not nested.
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd tr td th option".split())
_BLOCKS = frozenset("p div li dt dd tr td th h1 h2 h3 h4 h5 h6 section article blockquote ul ol table pre "
                    "header footer main aside nav figure figcaption".split())


def flatten_deep_html(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with the tags nested deeper than ``max_depth`` removed (their text kept, the end of a
    paragraph or other block marked by a <br>); unchanged when it is not nested that deep."""
    if html.count("<") <= max_depth:
        return html
    kept: list[bool] = []  # the open elements, innermost last: was the start tag kept?
    names: list[str] = []
    pieces: list[str] = []
    last = 0
    deep = False
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group(0).endswith("/>"):
            continue
        keep = True
        if closing:
            if name in names:
                while names:  # HTML closes the elements left open inside this one
                    top, top_kept = names.pop(), kept.pop()
                    if top == name:
                        keep = top_kept
                        break
        else:
            if names and names[-1] == name and name in _SELF_CLOSING_SIBLINGS:
                names.pop(), kept.pop()
            keep = len(names) < max_depth
            deep = deep or not keep
            names.append(name)
            kept.append(keep)
        if not keep:  # a block's break survives as a <br>, which nests nothing
            pieces.append(html[last:m.start()] + ("<br>" if closing and name in _BLOCKS else ""))
            last = m.end()
    if not deep:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
