"""Staff credits at the foot of a wire story: "Reporting by Jo Lee in Oslo; Editing by Sam Tan".

The people named there made the article; they are not in the news, so they get no highlight.
"""

from __future__ import annotations

import re

_CREDIT_LINE = re.compile(
    r"^(?:(?:Additional |Further )?[Rr]eporting|Writing|Written|Editing|Edited|Compiled"
    r"|Graphics|Photographs|Photos) by [^\n]*$",
    re.MULTILINE,
)


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every staff credit line, in text order."""
    if " by " not in text:
        return []
    return [match.span() for match in _CREDIT_LINE.finditer(text)]
