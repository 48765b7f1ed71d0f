"""Word-wrapping an article's reading text into visual lines, without Textual.

The layout only computes where lines start and end (offsets into the text); styles are applied
later, when a line is drawn. Widths are terminal cells (``rich.cells``), so wide characters
(CJK, emoji) take two columns and zero-width ones none.

Every character keeps its offset: hazardous code points (escape sequences, bidi overrides,
zero-width characters) are swapped for ONE visible placeholder each by :func:`display_text`, so
columns and offsets stay aligned and nothing the terminal would interpret reaches it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from rich.cells import cell_len

from reader.library.article import PARAGRAPH_SEPARATOR, BoilerplateBlock
from reader.textsafety import PLACEHOLDER, unsafe_characters

MAX_COLUMN_WIDTH = 80

# C0 controls become their "control pictures" (ESC -> U+241B), so a reader can tell them apart;
# the rest of reader.textsafety's list becomes the placeholder.
_PLACEHOLDERS: dict[str, str] = {char: PLACEHOLDER for char in unsafe_characters()}
_PLACEHOLDERS.update({chr(code): chr(0x2400 + code) for code in range(0x20)})
_PLACEHOLDERS["\t"] = " "
del _PLACEHOLDERS["\n"]  # the layout splits on it; it is never drawn
_PLACEHOLDERS["\x7f"] = "\u2421"
_HAZARD = re.compile("[" + re.escape("".join(_PLACEHOLDERS)) + "]")
_NOT_SPACE = re.compile(r"[^ ]")

# Characters that always take exactly one cell, for a fast path past per-character measuring.
_NARROW_RANGES = ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x205E), (0x2400, 0x2426))
_NARROW = frozenset(
    char
    for first, last in _NARROW_RANGES
    for char in map(chr, range(first, last + 1))
    if char not in _PLACEHOLDERS and char != "\u00ad" and cell_len(char) == 1
) | {PLACEHOLDER}
_all_narrow = _NARROW.issuperset


def display_text(text: str) -> str:
    """``text`` with every hazardous code point replaced by one visible cell; same length."""
    if _HAZARD.search(text) is None:
        return text
    return _HAZARD.sub(lambda match: _PLACEHOLDERS[match.group()], text)


def column_width_for(available: int, maximum: int = MAX_COLUMN_WIDTH) -> int:
    """The reading column's width in a widget ``available`` cells wide."""
    return max(1, min(maximum, available))


def cells_between(text: str, start: int, end: int) -> int:
    """Cells taken by ``text[start:end]`` (text already passed through :func:`display_text`)."""
    chunk = text[start:end]
    if chunk.isascii() or _all_narrow(chunk):
        return len(chunk)
    return cell_len(chunk)


def fit_end(text: str, start: int, end: int, width: int) -> int:
    """The largest index ``i <= end`` with ``text[start:i]`` fitting in ``width`` cells.

    Always advances by at least one character, so a character wider than ``width`` still fits
    on a line of its own and wrapping never stalls.
    """
    window = text[start : min(end, start + width)]
    if window.isascii() or _all_narrow(window):
        return start + len(window)
    # Measure whole prefixes (rich measures graphemes: "\u2764\ufe0f" takes two cells).
    low, high = start + 1, min(end, start + 4 * width)
    if cell_len(text[start:high]) <= width:
        return high
    while low < high:
        middle = (low + high + 1) // 2
        if cell_len(text[start:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word-wrap of ``text[start:end]`` (no newlines inside) into ``(start, end)`` pairs.

    Lines break after a run of spaces, which stays with the line it ends (drawn only when it
    fits). A word longer than the line is cut at the width, by cells.
    """
    lines: list[tuple[int, int]] = []
    position = start
    while True:
        cut = fit_end(text, position, end, width)
        if cut >= end:
            lines.append((position, end))
            return lines
        space = text.rfind(" ", position + 1, cut + 1)
        if space > position:
            following = _NOT_SPACE.search(text, space + 1, end)
            if following is None:
                lines.append((position, end))
                return lines
            lines.append((position, following.start()))
            position = following.start()
        else:
            lines.append((position, cut))
            position = cut


def wrap_narrow_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """:func:`wrap_line` for a line whose every character takes one cell (checked by the
    caller): the same lines, without measuring each one. A 100,000-word article is mostly
    such lines, and wrapping it is on the way to the first frame."""
    lines: list[tuple[int, int]] = []
    position = start
    rfind = text.rfind
    while end - position > width:
        cut = position + width
        space = rfind(" ", position + 1, cut + 1)
        if space > position:
            following = space + 1
            while following < end and text[following] == " ":
                following += 1
            if following >= end:
                lines.append((position, end))
                return lines
            lines.append((position, following))
            position = following
        else:
            lines.append((position, cut))
            position = cut
    lines.append((position, end))
    return lines


class LineKind(IntEnum):
    TEXT = 0  # a line of the reading text
    BLANK = 1  # the gap between paragraphs
    BOILERPLATE = 2  # a revealed boilerplate paragraph: not part of the reading text


class VisualLine(NamedTuple):
    """One row of the reading column.

    For TEXT lines ``start``/``end`` index the reading text; for BOILERPLATE lines they index
    ``blocks[block].text``. ``end`` includes the spaces a line breaks at and a trailing
    single newline, so every character of a paragraph belongs to exactly one line.
    BLANK lines are empty at the offset where the text resumes.
    """

    kind: LineKind
    start: int
    end: int
    block: int = -1


_TEXT = LineKind.TEXT
_text_line = VisualLine._make  # positionally: the layout makes one per row of a long article


class TextLayout:
    """The reading text (and revealed boilerplate) wrapped into a column ``width`` cells wide."""

    def __init__(
        self,
        text: str,
        width: int,
        boilerplate: Sequence[BoilerplateBlock] = (),
        show_boilerplate: bool = False,
    ) -> None:
        self.source = text  # as given: a layout made ahead of time is matched to its text by it
        self.text = display_text(text)
        self.width = max(1, width)
        self.blocks = sorted(boilerplate, key=lambda block: block.offset)
        self.block_texts = [display_text(block.text) for block in self.blocks]
        self.show_boilerplate = show_boilerplate
        self.lines: list[VisualLine] = []
        self._text_ys: list[int] = []  # y of every TEXT line, in order
        self._text_starts: list[int] = []  # and its start offset, for bisecting
        self._build()

    def _build(self) -> None:
        text = self.text
        separator = len(PARAGRAPH_SEPARATOR)
        next_block = 0
        paragraph_start = 0
        while True:
            if self.show_boilerplate:
                next_block = self._add_blocks(next_block, up_to=paragraph_start)
            found = text.find(PARAGRAPH_SEPARATOR, paragraph_start)
            paragraph_end = len(text) if found == -1 else found
            self._add_paragraph(paragraph_start, paragraph_end)
            if found == -1:
                break
            self.lines.append(VisualLine(LineKind.BLANK, found + separator, found + separator))
            paragraph_start = found + separator
        if self.show_boilerplate and next_block < len(self.blocks):
            self.lines.append(VisualLine(LineKind.BLANK, len(text), len(text)))
            self._add_blocks(next_block, up_to=None)
            self.lines.pop()  # no gap after the last block

    def _add_paragraph(self, start: int, end: int) -> None:
        text = self.text
        lines, text_ys, text_starts = self.lines, self._text_ys, self._text_starts
        narrow = text[start:end]
        wrap = wrap_narrow_line if narrow.isascii() or _all_narrow(narrow) else wrap_line
        line_start = start
        while True:
            newline = text.find("\n", line_start, end)
            line_end = end if newline == -1 else newline
            pieces = wrap(text, line_start, line_end, self.width)
            if newline != -1:
                # The newline rides at the end of the line it breaks, so it has an owner.
                last_start, _ = pieces[-1]
                pieces[-1] = (last_start, newline + 1)
            first = len(lines)
            text_ys.extend(range(first, first + len(pieces)))
            text_starts.extend([piece_start for piece_start, _ in pieces])
            lines.extend([_text_line((_TEXT, *piece, -1)) for piece in pieces])
            if newline == -1:
                return
            line_start = newline + 1

    def _add_blocks(self, index: int, up_to: int | None) -> int:
        """Lay out blocks from ``index`` whose offset is ``<= up_to`` (all when None)."""
        while index < len(self.blocks) and (up_to is None or self.blocks[index].offset <= up_to):
            block_text = self.block_texts[index]
            resume = len(self.text) if up_to is None else up_to
            for start, end in self._wrap_block(block_text):
                self.lines.append(VisualLine(LineKind.BOILERPLATE, start, end, index))
            self.lines.append(VisualLine(LineKind.BLANK, resume, resume))
            index += 1
        return index

    def _wrap_block(self, block_text: str) -> list[tuple[int, int]]:
        pieces: list[tuple[int, int]] = []
        line_start = 0
        for line in block_text.split("\n"):
            pieces.extend(wrap_line(block_text, line_start, line_start + len(line), self.width))
            line_start += len(line) + 1
        return pieces

    # Queries -----------------------------------------------------------------------------

    @property
    def height(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The y of the TEXT line holding ``offset`` (between paragraphs: the line before)."""
        index = bisect_right(self._text_starts, offset) - 1
        return self._text_ys[max(0, index)]

    def text_line_at_or_after(self, y: int) -> int | None:
        """The first TEXT line at ``y`` or below it, or None."""
        index = bisect_right(self._text_ys, y - 1)
        return self._text_ys[index] if index < len(self._text_ys) else None

    def text_line_at_or_before(self, y: int) -> int | None:
        """The last TEXT line at ``y`` or above it, or None."""
        index = bisect_right(self._text_ys, y) - 1
        return self._text_ys[index] if index >= 0 else None

    def offset_of_line(self, y: int) -> int:
        """A reading-text offset for row ``y``: its start, or where the text resumes after it."""
        y = min(max(0, y), len(self.lines) - 1)
        line = self.lines[y]
        if line.kind is LineKind.TEXT:
            return line.start
        following = self.text_line_at_or_after(y)
        if following is not None:
            return self.lines[following].start
        return len(self.text)

    def line_string(self, y: int) -> str:
        """What row ``y`` shows, before cropping to the width (no trailing newline)."""
        line = self.lines[y]
        if line.kind is LineKind.BLANK:
            return ""
        source = self.text if line.kind is LineKind.TEXT else self.block_texts[line.block]
        return source[line.start : line.end].rstrip("\n")

    def column_of(self, offset: int) -> int:
        """The cell column of ``offset`` on its line, kept inside the column."""
        line = self.lines[self.line_of(offset)]
        offset = min(max(offset, line.start), line.end)
        return min(cells_between(self.text, line.start, offset), self.width - 1)

    def offset_at(self, y: int, column: int) -> int:
        """The offset of the character drawn at ``column`` on TEXT line ``y`` (or the last one)."""
        line = self.lines[y]
        last = self.last_offset_of_line(y)
        for index in range(line.start, last + 1):
            if cells_between(self.text, line.start, index + 1) > column:
                return index
        return last

    def last_offset_of_line(self, y: int) -> int:
        """The last offset a cursor may take on TEXT line ``y``."""
        line = self.lines[y]
        last = line.end - 1
        if last > line.start and self.text[last] == "\n":
            last -= 1
        return max(line.start, last)
