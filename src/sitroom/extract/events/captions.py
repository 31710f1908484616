"""Photo captions inside a report's text ("Police in Khabarovsk (Igor Volkov/AP)"): a caption tells where a
picture was taken, so its places are neither the article's focus nor a place that the next sentences borrow; an
event told in the caption itself still takes them (its own sentence). And a picture's aside ("Yazeed (pictured
Wednesday) was arrested"), whose time dates the picture."""

from __future__ import annotations

from ...lang.en.events.arguments import PICTURE_ASIDE
from ...lang.en.events.discourse import PHOTO_CREDIT_AFTER

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
