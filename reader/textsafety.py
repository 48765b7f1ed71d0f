"""Article text is data: make it safe to show in a terminal.

Control characters (escape sequences, bell, carriage return), bidi controls and invisible
characters are replaced one for one, so nothing an article holds can move the cursor,
change colours, write the clipboard or reorder text, and every offset still lines up.
This is the one list of such characters: the CLI, the exporter and the reader view use it.
"""

from __future__ import annotations

import re

PLACEHOLDER = "\ufffd"

# Invisible or reordering characters: zero-width spaces and joiners, marks, bidi embeddings,
# overrides and isolates, line/paragraph separators, invisible operators, the BOM.
INVISIBLE = (
    "\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
C0_CONTROLS = "".join(chr(code) for code in range(0x20) if chr(code) not in "\t\n")
C1_CONTROLS = "".join(chr(code) for code in range(0x80, 0xA0))  # CSI among them

_UNSAFE = re.compile("[" + re.escape(C0_CONTROLS + "\x7f" + C1_CONTROLS + INVISIBLE) + "]")


def unsafe_characters() -> str:
    """Every character this module replaces (tab and newline are kept)."""
    return C0_CONTROLS + "\x7f" + C1_CONTROLS + INVISIBLE


def has_unsafe_characters(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def terminal_safe(text: str, placeholder: str = PLACEHOLDER) -> str:
    """The text with each unsafe character replaced by one placeholder (lengths preserved)."""
    return _UNSAFE.sub(placeholder, text)


def one_line(text: str, placeholder: str = PLACEHOLDER) -> str:
    """Safe for a single line of output: newlines and tabs become spaces too."""
    return terminal_safe(text, placeholder).replace("\n", " ").replace("\t", " ")
