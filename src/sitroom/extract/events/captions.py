"""Photo captions inside a report's text ("Police in Khabarovsk (Igor Volkov/AP)"): a caption tells where a
picture was taken, so its places are neither the article's focus nor a place that the next sentences borrow; an
event told in the caption itself still takes them (its own sentence). A picture's aside ("Yazeed (pictured
Wednesday) was arrested"), whose time dates the picture. And a caption told in the present with its own day, the
way news captions tell the act they show ("Protesters clash with police in Madrid, Friday, May 28, 2021.")."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ...lang.en.dates import YEAR_WORD
from ...lang.en.events.arguments import PICTURE_ASIDE
from ...lang.en.events.discourse import PHOTO_CREDIT_AFTER
from ..time import find_times
from .arguments import STALE_DAYS

# How far after a mention its caption's credit may close (a caption is a sentence or two).
_CAPTION_REACH = 300


def in_photo_caption(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` lies in a sentence that a photo's credit closes."""
    return PHOTO_CREDIT_AFTER.match(text[end:end + _CAPTION_REACH]) is not None


def in_caption_aside(text: str, lo: int, at: int) -> bool:
    """Whether the time at ``at`` lies in a picture's aside ("Yazeed (pictured Wednesday) was arrested"): it dates
    the picture, not the report's act."""
    opened = text.rfind("(", lo, at)
    return opened >= 0 and ")" not in text[opened:at] and bool(PICTURE_ASIDE.match(text, opened + 1))


def dated_caption(verb, pub: Optional[dt.date]) -> bool:
    """Whether ``verb`` tells, in the present, the act of a photo caption that gives its own full day ("Protesters
    clash with police in Madrid, Colombia, Friday, May 28, 2021. (AP Photo/...)", "Police detain activists in Minsk,
    Sunday, Aug. 9, 2020. (Name/Agency)"): news captions are written in the present for the act they show, so the
    present there is that act on that day, not a practice. The day is written whole (its year too) and falls in the
    report's news window (a file photo's old day is background)."""
    if not (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children))):
        return False
    sent, text = verb.sent, verb.doc.text
    for _, end, value in find_times(sent.text, pub):
        if value.precision != "day" or not YEAR_WORD.search(value.text or "") or not value.start:
            continue
        if not in_photo_caption(text, sent.start_char + end):
            continue
        age = (pub - dt.date.fromisoformat(value.start[:10])).days if pub is not None else 0
        if 0 <= age <= STALE_DAYS:
            return True
    return False
