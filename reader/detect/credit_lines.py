"""Staff credits at the foot of a wire story: "Reporting by Jo Lee in Oslo; Editing by Sam Tan".

The people named there made the article; they are not in the news, so they get no highlight.
"""

from __future__ import annotations

# A credit line opens with one of these; str.find spots them far faster than a pattern scan.
_OPENINGS = (
    "Reporting by ",
    "Additional reporting by ",
    "Further reporting by ",
    "Writing by ",
    "Written by ",
    "Editing by ",
    "Edited by ",
    "Compiled by ",
)


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every staff credit line, in text order."""
    found: list[tuple[int, int]] = []
    for opening in _OPENINGS:
        position = text.find(opening)
        while position >= 0:
            if position == 0 or text[position - 1] == "\n":
                end = text.find("\n", position)
                found.append((position, len(text) if end < 0 else end))
            position = text.find(opening, position + len(opening))
    found.sort()
    return found
