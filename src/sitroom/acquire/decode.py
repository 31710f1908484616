"""Bytes to text: refuse binaries, decode UTF-8, UTF-16 and legacy single-byte text, and say which.

The order matters. A byte-order mark is proof of its encoding. Text that is valid
UTF-8 is UTF-8 (other encodings almost never produce valid UTF-8 by chance).
English news that is not UTF-8 is nearly always Windows-1252, so that is tried
before asking charset-normalizer to guess; its guesses between related code pages
(cp1250 vs cp1252) are unreliable on short English text.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional

from ..errors import InputError

# Magic numbers of formats people drop into a folder of reports by mistake; named in the error.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"BZh", "bzip2 archive"),
    (b"\x1f\x8b", "gzip data that is not a WARC archive"),  # WARC.gz never reaches the decoder
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
)
# Control characters other than tab, newline, form feed and carriage return: text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# More than 1% control characters after decoding means the guess was wrong or the file is binary.
MAX_CONTROL_RATIO = 0.01
# charset-normalizer's "chaos" (mess) score above which its guess is not trusted.
MAX_CHAOS = 0.1
_SNIFF = 8192


def binary_kind(data: bytes) -> Optional[str]:
    """Name the binary format of ``data``, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in data[:_SNIFF]:
        return "contains NUL bytes"
    return None


def decode_bytes(data: bytes, source: str, declared: Optional[str] = None) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    source (str): names the input in errors.
    declared (str): a charset the container declared (HTTP header, <meta>, XML
        prolog); used when the bytes decode cleanly with it.
    RAISES InputError: binary data, or text whose encoding cannot be determined.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(source, f"binary file ({kind}), not text")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source), encoding
            except UnicodeDecodeError as exc:
                raise InputError(source, f"undecodable text: starts with a {encoding} byte-order mark "
                                         f"but is not valid {encoding} ({exc.reason} at byte {exc.start})") from None
    # UTF-8 first even when something else is declared: valid UTF-8 with non-ASCII
    # bytes is UTF-8 whatever the header says, and mislabelled pages are common.
    candidates = ["utf-8", _normalise_name(declared) if declared else None, "cp1252"]
    for encoding in dict.fromkeys(c for c in candidates if c):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if control_ratio(text) <= MAX_CONTROL_RATIO:
            return text, encoding
    return _guess(data, source)


def _guess(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos <= MAX_CHAOS:
        text = str(best)
        if control_ratio(text) <= MAX_CONTROL_RATIO:
            return text, best.encoding
    raise InputError(source, "undecodable text: not UTF-8, UTF-16 or Windows-1252, and no other encoding "
                             "could be detected; convert it to UTF-8")


def _checked(text: str, source: str) -> str:
    if control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError(source, "binary file (control characters in the decoded text), not text")
    return text


def control_ratio(text: str) -> float:
    """Share of control characters (other than tab, newlines, form feed) in the start of ``text``."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text[:_SNIFF * 4])) / min(len(text), _SNIFF * 4)


def _normalise_name(name: str) -> Optional[str]:
    try:
        canonical = codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as Windows-1252.
    return "cp1252" if canonical in ("latin-1", "iso8859-1", "ascii") else canonical
