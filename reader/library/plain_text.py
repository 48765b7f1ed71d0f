"""Plain-text articles (often a web page saved as text) turned into an ``Article``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.library.boilerplate import source_named_in, split_boilerplate
from reader.library.dates import parse_date_line
from reader.library.header import fallback_title, read_header

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
# A hard-wrapped paragraph has lines of about one width, no wider than an old terminal;
# short lines of similar length are more likely a name over a date than wrapped prose.
_MIN_WRAP_WIDTH = 50
_MAX_WRAP_WIDTH = 100
_WRAPPED_LINE_SHARE = 0.5


def normalise_space(text: str) -> str:
    """Runs of whitespace (spaces, tabs, newlines, no-break spaces) as one space, trimmed."""
    # str.split() splits on exactly the characters re's \s matches, several times faster.
    return " ".join(text.split())


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text with blank lines between them, whitespace collapsed.

    Lines of a hard-wrapped paragraph are joined with a space. A block whose lines are not
    wrapped (a name, then a date, then a caption) and a text with no blank lines at all
    (a page flattened to one paragraph per line) give one paragraph per line.
    """
    stripped = text.strip()
    if not stripped:
        return []
    if not _BLANK_LINES.search(stripped):
        return _non_empty(normalise_space(line) for line in stripped.split("\n"))
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(stripped):
        lines = _non_empty(line.strip() for line in block.split("\n"))
        if _is_wrapped(lines):
            paragraphs.append(normalise_space(" ".join(lines)))
        else:
            paragraphs.extend(normalise_space(line) for line in lines)
    return paragraphs


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) <= 1:
        return True
    widest = max(len(line) for line in lines)
    if not _MIN_WRAP_WIDTH <= widest <= _MAX_WRAP_WIDTH:
        return False
    if any(len(line) < widest * _WRAPPED_LINE_SHARE for line in lines[:-1]):
        return False
    # "Name, Role" over a date line is a byline block, however alike the two lengths are.
    return not any(parse_date_line(line) for line in lines[1:])


def _non_empty(lines: Iterable[str]) -> list[str]:
    return [line for line in lines if line]


def parse_plain_text(text: str) -> Article:
    """An article from plain text: header fields found by rule, boilerplate set aside."""
    paragraphs = split_paragraphs(text)
    header = read_header(paragraphs)
    remaining = [
        paragraph
        for index, paragraph in enumerate(paragraphs)
        if index not in header.metadata_indexes
    ]
    kept, boilerplate = split_boilerplate(remaining)
    return Article(
        title=header.title or fallback_title(kept),
        text=PARAGRAPH_SEPARATOR.join(kept),
        byline=header.byline,
        published=header.published,
        source=header.source or source_named_in(paragraphs),
        standfirst=header.standfirst,
        boilerplate=boilerplate,
        original=text,
        format="txt",
    )
