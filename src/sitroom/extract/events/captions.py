"""Photo captions inside a report's text ("Police in Khabarovsk (Igor Volkov/AP)"): a caption tells where a
picture was taken, so its places are neither the article's focus nor a place that the next sentences borrow; an
event told in the caption itself still takes them (its own sentence)."""

from __future__ import annotations

from ...lang.en.events.discourse import PHOTO_CREDIT_AFTER

# How far after a mention its caption's credit may close (a caption is a sentence or two).
_CAPTION_REACH = 300


def in_photo_caption(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` lies in a sentence that a photo's credit closes."""
    return PHOTO_CREDIT_AFTER.match(text[end:end + _CAPTION_REACH]) is not None
