"""Titles of works in quotation marks: “Cold Water Town”, "Timing Matters: Sleep in Two Cohorts".

Words inside such a title name the work, not people or organisations, so entity finding skips
them. A title is told from speech by its case: every word capitalised but the small ones.
"""

from __future__ import annotations

import re

# Double and single marks are searched apart: a title in single marks sits inside speech.
_DOUBLE_QUOTED = re.compile(
    r"“(?P<curly>[^“”\n]{3,160})”|(?<![\w\"])\"(?P<straight>[^\"\n]{3,160})\"(?!\w)"
)
_SINGLE_QUOTED = re.compile(
    r"‘(?P<curly>[^‘’\n]{3,160})’(?!\w)|(?<![\w'])'(?P<straight>[^'\n]{3,160})'(?!\w)"
)
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via into over up is".split()
)
_EDGE_PUNCTUATION = ",.:;!?()–—-"


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every quoted title, marks excluded, in text order."""
    found: list[tuple[int, int]] = []
    for pattern in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        for match in pattern.finditer(text):
            start, end = match.span(match.lastgroup or 0)
            if _is_title(text[start:end]):
                found.append((start, end))
    found.sort()
    return found


def _is_title(content: str) -> bool:
    if content != content.strip() or ". " in content or content.endswith(("!", "?")):
        return False
    words = [word.strip(_EDGE_PUNCTUATION) for word in content.split()]
    words = [word for word in words if word]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    capitalised = 0
    for word in words:
        if word[:1].isupper():
            capitalised += 1
        elif not (word[:1].isdigit() or word in _SMALL_WORDS):
            return False
    return capitalised >= 2
