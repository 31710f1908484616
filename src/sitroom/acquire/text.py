"""Plain-text and Markdown reports."""

from __future__ import annotations

import re
from typing import Optional

from ..errors import InputError
from ..records import SourceDocument
from .decode import MAX_CONTROL_RATIO, control_ratio
from .dedup import content_hash

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# [ \t] rather than \s throughout: \s would run across newlines and swallow blank lines.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
# Underscores mark emphasis only at word edges: snake_case names keep theirs.
_MD_EMPHASIS = re.compile(r"(\*\*|\*|`)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_MD_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
_MD_QUOTE_OR_BULLET = re.compile(r"^[ \t]{0,3}(?:>[ \t]?|[-*+][ \t]+)", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_MD_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


# Fewer words than this is no report ("x", a page whose only text is its menu, "Home World"): nothing can
# be read from it, and stored it would count as a document in English with nothing found.
MIN_WORDS = 3
# Chinese and Japanese write without spaces: each character counts as a word.
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+")


def main_text_problem(text: str) -> Optional[str]:
    """Why ``text`` is no report to read, in a few words, or None: empty, or fewer than MIN_WORDS words.
    `ingest` and `extract` refuse such a text alike."""
    if not text.strip():
        return "empty text"
    words = len(_IDEOGRAPH.findall(text)) + len(_WORD.findall(_IDEOGRAPH.sub(" ", text)))
    if words >= MIN_WORDS:
        return None
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 60 else shown[:59] + "\u2026"
    return f"no main text: {words} word{'' if words == 1 else 's'} ({shown!r}), too few to be a report"


def text_document(text: str, uri: str, encoding: Optional[str], fmt: str = "text") -> SourceDocument:
    """A plain-text report; its title is its first line when that line looks like a headline.

    RAISES InputError: when there is no text at all.
    """
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(uri, "empty file (only whitespace)")
    published = title = None
    if fmt == "markdown":
        text, title, published = markdown_to_text(text)
        if not text.strip():
            raise InputError(uri, "no text left once the Markdown markup is removed")
    title = title or _headline(text)
    return SourceDocument(uri=uri, text=text, title=title, format=fmt, encoding=encoding,
                          published=published, content_hash=content_hash(text))


def source_from_text(text: str, uri: str = "pasted text", title: Optional[str] = None, url: Optional[str] = None,
                     source: Optional[str] = None, published: Optional[str] = None) -> SourceDocument | InputError:
    """A document from text given directly (pasted in the web app, sent to the API).

    Returns (does not raise) an InputError for empty or binary-looking text, so the
    caller can treat it like any item of :func:`iter_documents`.
    """
    uri = clean_str(uri)
    if not text.strip():
        return InputError(uri, "empty text")
    if control_ratio(text) > MAX_CONTROL_RATIO:
        return InputError(uri, "binary data (control characters), not text")
    try:
        doc = text_document(text, uri, encoding=None)
    except InputError as exc:
        return exc
    clean = {k: clean_str(v) if v else v for k, v in (("title", title), ("url", url), ("source", source))}
    return doc.model_copy(update={"title": clean["title"] or doc.title, "url": clean["url"], "source": clean["source"],
                                  "published": published})


def markdown_to_text(md: str) -> tuple[str, Optional[str], Optional[str]]:
    """Strip Markdown markup, keeping the words; return (text, first heading, front-matter date)."""
    published = title = None
    front = _MD_FRONT_MATTER.match(md)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip().strip("'\"")
            if key in ("date", "published", "pubdate") and value:
                published = value
            elif key == "title" and value:
                title = value
        md = md[front.end():]
    heading = _MD_HEADING.search(md)
    if heading and not title:
        title = heading.group(1)
    text = _MD_FENCE.sub("", md)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    text = _MD_QUOTE_OR_BULLET.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", title, published


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF: offsets into the text must not depend on the writer's platform. Lone surrogates
    (JSON allows "\\ud800"; no encoding can store them) become U+FFFD."""
    return clean_str(text.replace("\r\n", "\n").replace("\r", "\n"))


# Lone surrogates cannot be encoded; NUL cannot be stored in a PostgreSQL text column (SQLite takes it, so the
# same input would be stored by one back end and refused by the other). One character for one: offsets hold.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_str(value: str) -> str:
    """``value`` with lone surrogates and NUL characters replaced by U+FFFD, so that it can be encoded and
    stored the same way on every back end."""
    return _UNSTORABLE.sub("\ufffd", value)


def _headline(text: str) -> Optional[str]:
    first = text.strip().split("\n", 1)[0].strip()
    # A headline is short and does not end like a sentence.
    if 0 < len(first) <= 200 and not first.endswith((".", ":", ";", ",")) and "\n" in text.strip():
        return first
    return None
