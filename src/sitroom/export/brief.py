"""The morning brief as Markdown, HTML or plain text.

Every line ends with its evidence: the quoted sentence (or claim), the document's title linked to its
URL, and the document and sentence numbers (``sitroom show N`` opens the document with the
extraction highlighted). Document text is untrusted: the HTML escapes all of it, and the Markdown
escapes the characters that would make links or markup.
"""

from __future__ import annotations

import html
import re
from typing import Optional

from ..fuse.brief import Brief, BriefEvent, Evidence
from ..lang.en.wording import count

FORMATS = ("md", "html", "text")
# Evidence sentences longer than this are cut (with an ellipsis): the brief is read at a glance.
MAX_QUOTE = 240


def render_brief(brief: Brief, fmt: str, store_name: Optional[str] = None) -> str:
    """``brief`` as ``md``, ``html`` or ``text``.

    store_name (str | None): named in the heading line (which store the brief was made from).
    RAISES ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown brief format {fmt!r}; use one of {', '.join(FORMATS)}")
    return {"md": _markdown, "html": _html, "text": _text}[fmt](brief, store_name)


def _title(b: Brief) -> str:
    return f"Morning brief: {b.since}" + (f" to {b.until}" if b.until != b.since else "")


def _summary(b: Brief, store_name: Optional[str]) -> str:
    t = b.totals
    where = f" from {store_name}" if store_name else ""
    return (f"Made {b.generated_at}{where}: {count(t.get('events', 0), 'new event')} in "
            f"{count(t.get('places', 0), 'place')} (from {count(t.get('documents', 0), 'document')} published "
            f"in the window), {count(t.get('control_changes', 0), 'control change')}, "
            f"{count(t.get('single_source_claims', 0), 'single-source claim')}, "
            f"{count(t.get('deadlines', 0), 'deadline')} passed.")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1].rstrip() + "…"


def _event_line(e: BriefEvent) -> str:
    when = e.date_start or "undated"
    if e.date_end and e.date_end != e.date_start:
        when += f"..{e.date_end}"
    if e.date_from_publication:
        when += f" ({e.date_from_publication})"
    actors = " vs ".join(a + (" (by rule)" if by_rule else "")
                         for a, by_rule in ((e.actor1, e.actor1_by_rule), (e.actor2, e.actor2_by_rule)) if a)
    actors = actors or "unknown actors"
    extra = [f"{e.fatalities} killed"] if e.fatalities else []
    if e.modality != "asserted":
        extra.append(e.modality)
    extra.append(count(e.sources, "source"))
    return f"{e.sub_event_type}, {when}: {actors} ({', '.join(extra)})"


def _where(place: str, admin1: Optional[str], country: Optional[str]) -> str:
    same = admin1 and admin1.casefold() == place.casefold()  # "Helmand, Helmand" says it twice
    return ", ".join(p for p in (place, None if same else admin1, country) if p)


def _sections(b: Brief):
    """(heading, total, lines) per section; a line is (text, evidence, emphasis)."""
    events = []
    for g in b.places:
        counts = ", ".join(f"{t} {n}" for t, n in g.by_type.items())
        events.append((f"{_where(g.place, g.admin1, g.country)}: {counts}", None, "group"))
        events.extend((_event_line(e), e.evidence, None) for e in g.events)
    changes = [(f"{_where(c.place, c.admin1, c.country)}: {c.before or 'no controller known'} → {c.after}"
                f" since {c.since_label or 'an undated report'}"
                + (" (contested)" if c.contested else "") + (" (claimed only)" if c.claimed_only else "") + (" (parts only)" if c.partial else ""),
                c.evidence, None) for c in b.control_changes]
    claims = [(f"{c.kind}, {c.speaker or 'unattributed'}" + (f" ({c.modality})" if c.modality != "asserted" else "")
               + (f", in {c.source}" if c.source else ""), c.evidence, None) for c in b.single_source_claims]
    deadlines = [(f"{d.status.upper()}: {d.kind} by {d.speaker or 'unattributed'}, made {d.made_on or '?'}"
                  f"{' (inferred)' if d.made_on_inferred else ''}, "
                  f"deadline {d.deadline}: {d.reason}", d.evidence, None) for d in b.deadlines]
    t = b.totals
    return [
        ("New events by place and type", t.get("events", 0), events),
        ("Places whose control changed", t.get("control_changes", 0), changes),
        ("Single-source claims", t.get("single_source_claims", 0), claims),
        ("Commitments and predictions whose deadline passed", t.get("deadlines", 0), deadlines),
    ]


def _shown(lines) -> int:
    return sum(1 for _text, _ev, kind in lines if kind != "group")


def _published(ev: Evidence) -> str:
    """", published 2021-07-12", marked when the date is only inferred from the text."""
    if not ev.published:
        return ""
    return f", published {ev.published}" + (" (inferred)" if ev.published_inferred else "")


def _evidence_ref(ev: Evidence) -> str:
    # Sentence numbers as the dashboard and `sitroom show` give them (counted from 0).
    return f"document {ev.document_id}" + (f", sentence {ev.sentence}" if ev.sentence is not None else "")


# --- Markdown -----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_link(title: str, url: Optional[str]) -> str:
    if url and re.match(r"https?://", url):
        return f"[{_md(title)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"
    return _md(title)


def _markdown(b: Brief, store_name: Optional[str]) -> str:
    out = [f"# {_title(b)}", "", _md(_summary(b, store_name)), ""]
    for heading, total, lines in _sections(b):
        out += [f"## {heading} ({total})", ""]
        if not lines:
            out += ["None in this window.", ""]
            continue
        for text, ev, kind in lines:
            if kind == "group":
                out += ["", f"### {_md(text)}", ""]
                continue
            title = ev.document_title or f"document {ev.document_id}"
            out.append(f"- {_md(text)}  \n  > {_md(_cut(ev.text))}  \n  — {_md_link(title, ev.document_url)}"
                       f" ({_evidence_ref(ev)}{_md(_published(ev))})")
        if total > _shown(lines):
            out.append(f"- … and {total - _shown(lines)} more")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- plain text --------------------------------------------------------------------------------------


def _text(b: Brief, store_name: Optional[str]) -> str:
    out = [_title(b).upper(), _summary(b, store_name), ""]
    for heading, total, lines in _sections(b):
        out += [f"{heading} ({total})", "-" * (len(heading) + len(str(total)) + 3)]
        if not lines:
            out += ["  none in this window", ""]
            continue
        for text, ev, kind in lines:
            if kind == "group":
                out.append(f"  {text}")
                continue
            title = ev.document_title or f"document {ev.document_id}"
            # The evidence is marked as quoted by "> ", as in Markdown: wrapping it in quotation marks doubled
            # the ones it opens or closes with (""They came ..." Sangare said.").
            out += [f"    - {text}", f"      > {_cut(ev.text)}",
                    f"      {title} ({_evidence_ref(ev)})" + (f" {ev.document_url}" if ev.document_url else "")]
        if total > _shown(lines):
            out.append(f"    … and {total - _shown(lines)} more")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --- HTML --------------------------------------------------------------------------------------------

_CSS = ("body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}"
        "h3{font-size:1rem;margin:1rem 0 .3rem}ul{padding-left:1.2rem}li{margin:.4rem 0}"
        "blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #c8a040;color:#444}"
        ".ref{color:#666;font-size:.9em}")


def _html(b: Brief, store_name: Optional[str]) -> str:
    e = html.escape
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{e(_title(b))}</title>",
           f"<style>{_CSS}</style></head><body>", f"<h1>{e(_title(b))}</h1>", f"<p>{e(_summary(b, store_name))}</p>"]
    for heading, total, lines in _sections(b):
        out.append(f"<h2>{e(heading)} ({total})</h2>")
        if not lines:
            out.append("<p>None in this window.</p>")
            continue
        out.append("<ul>")
        for text, ev, kind in lines:
            if kind == "group":
                out += ["</ul>", f"<h3>{e(text)}</h3>", "<ul>"]
                continue
            title = e(ev.document_title or f"document {ev.document_id}")
            url = ev.document_url if ev.document_url and re.match(r"https?://", ev.document_url) else None
            doc = f'<a href="{e(url)}" rel="noopener noreferrer">{title}</a>' if url else title
            out.append(f"<li>{e(text)}<blockquote>{e(_cut(ev.text))}</blockquote>"
                       f'<span class="ref">{doc} ({e(_evidence_ref(ev))}'
                       + e(_published(ev)) + ")</span></li>")
        if total > _shown(lines):
            out.append(f"<li>… and {total - _shown(lines)} more</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out).replace("<ul>\n</ul>\n", "") + "\n"
