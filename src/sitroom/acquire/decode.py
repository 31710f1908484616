"""Bytes to text: refuse binaries, decode UTF-8, UTF-16 and legacy code pages, and say which.

The order matters. A byte-order mark is proof of its encoding. Text that is valid
UTF-8 is UTF-8 (other encodings almost never produce valid UTF-8 by chance); text
that is UTF-8 but for a few stray bytes is UTF-8 with those bytes replaced. ASCII
text in UTF-16 without a mark shows NUL bytes on every other position. Anything
else goes to charset-normalizer's full detection, which weighs each candidate code
page by how garbled the decoded text looks and how well it fits a language
(Russian in cp1251, Chinese in GB18030, Arabic in cp1256); a first guess of
Windows-1252 would decode all of them, as mojibake. Among Latin-script code pages
its choice on English text is unreliable (cp1250 for cp1252), so Windows-1252, the
usual code page of English news, wins when it reads the text as cleanly. When no
candidate reads cleanly, nothing is decoded: the input is refused with the reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
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
# How much messier than the detected code page a preferred one (declared, or Windows-1252 for
# Latin script) may read and still be chosen: cp1250 and cp1252 read English news equally (0.0).
CHAOS_TIE = 0.02
# UTF-8 with stray bytes: valid multi-byte characters per stray byte, and stray bytes per character.
MIN_UTF8_EVIDENCE = 2
# UTF-16 without a byte-order mark: NUL high bytes needed before the bytes are read as UTF-16.
MIN_UTF16_NULS = 8
MAX_STRAY_RATIO = 0.01
_SNIFF = 8192
# The legacy encodings browsers decode (WHATWG Encoding Standard), in Python's names: what news
# pages and files are written in. Detection among all of Python's codecs picks exotic code pages
# (cp1006, mac_iceland) for short Latin text.
WEB_ENCODINGS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "cp866", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
)


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
        prolog); used when the bytes decode with it as cleanly as with the detected one.
    RAISES InputError: binary data, or text whose encoding cannot be determined.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
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
    utf16 = _utf16_without_bom(data)  # before UTF-8: UTF-16 Cyrillic is all bytes below 0x80
    if utf16:
        return utf16
    if b"\x00" in data[:_SNIFF]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(text, source), "utf-8"
    stray = _utf8_with_stray_bytes(data)
    if stray:
        return stray
    return _detect(data, source, declared)


def _utf16_without_bom(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 text without a byte-order mark, recognised by the NUL high bytes of its ASCII characters."""
    sample = data[:_SNIFF - _SNIFF % 2]
    if len(sample) < 8 or len(data) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Spaces, digits and punctuation are ASCII in every script: a tenth of the characters or more,
        # each with a NUL high byte; UTF-8 and legacy text have no NUL bytes at all. A few NULs in a
        # short file are a damaged file, not UTF-16.
        if high >= 0.1 and high * half >= MIN_UTF16_NULS and low <= 0.02:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if control_ratio(text) <= MAX_CONTROL_RATIO:
                return text, encoding
    return None


def _utf8_with_stray_bytes(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-8 but for a few bytes that are not (a truncated character, a pasted Latin-1 byte): the text with
    U+FFFD in their place, when valid multi-byte characters outnumber the stray bytes by MIN_UTF8_EVIDENCE
    to one. Text in a legacy code page has almost no byte pairs that happen to be valid UTF-8."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if stray <= 0 or multibyte < MIN_UTF8_EVIDENCE * stray or stray > MAX_STRAY_RATIO * len(text):
        return None
    if control_ratio(text) > MAX_CONTROL_RATIO:
        return None
    return text, f"utf-8, {stray} invalid byte{'s' if stray > 1 else ''} replaced"


def _detect(data: bytes, source: str, declared: Optional[str]) -> tuple[str, str]:
    """charset-normalizer's full detection over the legacy encodings of the web, judged by mess and language."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(WEB_ENCODINGS)).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(source, "undecodable text: not UTF-8 or UTF-16, and no legacy encoding reads it "
                                 "cleanly; convert it to UTF-8")
    chosen = best
    # A declared charset that reads the text as cleanly as the detected one is the publisher's word;
    # among Latin-script code pages, Windows-1252 is English news's (see the module's docstring).
    preferred = [_normalise_name(declared)] if declared else []
    if _latin_script(str(best)):
        preferred.append("cp1252")
    for name in preferred:
        if not name or name == best.encoding:
            continue
        try:
            alternative = from_bytes(data, cp_isolation=[name]).best()
        except (LookupError, ValueError):
            continue
        if alternative is not None and alternative.chaos <= best.chaos + CHAOS_TIE:
            chosen = alternative
            break
    text = str(chosen)
    if control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError(source, "binary file (control characters in the decoded text), not text")
    return text, chosen.encoding


def _latin_script(text: str) -> bool:
    """True when the non-ASCII letters of ``text`` (a sample) are Latin letters, or there are none."""
    letters = [ch for ch in text[:_SNIFF * 4] if ch > "\x7f" and ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin >= 0.9 * len(letters)


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
