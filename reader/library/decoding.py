"""Turning a file's bytes into article text, refusing what is not text."""

from __future__ import annotations

import codecs

# Bytes that do not occur in text: C0 controls other than tab, newlines, form feed and ESC
# (ESC sequences are left to the display layer), and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
# A few stray control bytes (a NUL, a bell) are kept or stripped; beyond this share, and this
# many, the file is binary. Compressed data has about 10% of its bytes in that set.
MAX_CONTROL_SHARE = 0.05
MAX_STRAY_CONTROLS = 8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class RejectedText(ValueError):
    """The bytes are not an article's text; ``str()`` is the one-line reason."""


def decode_article_bytes(data: bytes) -> str:
    """The text of ``data``: UTF-8 (with or without BOM), UTF-16 with a BOM, or cp1252.

    NUL characters are dropped and line endings become "\\n"; other control characters
    are kept as they are.
    """
    if not data.strip():
        raise RejectedText("empty")
    if data.startswith(_UTF16_BOMS):
        text = _decode_utf16(data)
    else:
        if is_binary(data):
            raise RejectedText("binary file")
        text = _decode_utf8_or_cp1252(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RejectedText("empty")
    return text


def is_binary(data: bytes) -> bool:
    if not data:
        return False
    control_count = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return control_count > MAX_STRAY_CONTROLS and control_count / len(data) > MAX_CONTROL_SHARE


def _decode_utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise RejectedText("not valid UTF-16 text") from error


def _decode_utf8_or_cp1252(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise RejectedText("not valid UTF-8 or cp1252 text") from error
