"""Article text is data: make it safe to print to a terminal.

Control characters (escape sequences, bell, carriage return), bidi overrides and
zero-width characters are replaced one for one by a visible placeholder, so nothing an
article holds can move the cursor, change colours, write the clipboard or reorder text.
"""

from __future__ import annotations

import re

PLACEHOLDER = "\ufffd"

_UNSAFE = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f"  # C0 controls (tab and newline are kept) and DEL
    "\x80-\x9f"  # C1 controls, CSI among them
    "\u200b-\u200f"  # zero-width spaces and joiners, LRM/RLM
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"
    "]"
)


def has_unsafe_characters(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def terminal_safe(text: str, placeholder: str = PLACEHOLDER) -> str:
    """The text with each unsafe character replaced by one placeholder (lengths preserved)."""
    return _UNSAFE.sub(placeholder, text)


def one_line(text: str, placeholder: str = PLACEHOLDER) -> str:
    """Safe for a single line of output: newlines and tabs become spaces too."""
    return terminal_safe(text, placeholder).replace("\n", " ").replace("\t", " ")
