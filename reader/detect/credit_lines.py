"""Staff credits at the foot of a wire story: "Reporting by Jo Lee in Oslo; Editing by Sam Tan".

The people named there made the article; they are not in the news, so they get no highlight.
"""

from __future__ import annotations

import re

_OPENINGS = (
    "Reporting",
    "Additional reporting",
    "Further reporting",
    "Writing",
    "Written",
    "Editing",
    "Edited",
    "Compiled",
)
_OPENING = "(?:" + "|".join(_OPENINGS) + ") by "
# A credit line opens a line. One scan for a line break then an opening reads the text once,
# where a str.find per opening read it eight times: on 10 MB each read costs more than its
# share, as the text no longer fits in the processor's cache.
_CREDIT_AFTER_A_BREAK = re.compile("\n" + _OPENING)
_CREDIT_AT_THE_START = re.compile(_OPENING)


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every staff credit line, in text order."""
    starts = [match.start() + 1 for match in _CREDIT_AFTER_A_BREAK.finditer(text)]
    if _CREDIT_AT_THE_START.match(text):
        starts.insert(0, 0)
    found: list[tuple[int, int]] = []
    for start in starts:
        end = text.find("\n", start)
        found.append((start, len(text) if end < 0 else end))
    return found
