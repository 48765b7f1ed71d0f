"""Styled spans over the reading text, indexed for drawing one line at a time (no Textual)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class StyledSpan:
    """``text[start:end]`` drawn with the ``article-view--<style>`` component style."""

    start: int
    end: int
    style: str


class SpanIndex:
    """A layer's spans, sorted, answering "which spans touch ``[start, end)``?" quickly.

    Spans are found by bisecting their starts within the longest span's reach, so a line's
    lookup costs a few spans, not the whole layer.
    """

    def __init__(self, spans: Iterable[StyledSpan] = ()) -> None:
        self.spans: list[StyledSpan] = sorted(span for span in spans if span.end > span.start)
        self.starts: list[int] = [span.start for span in self.spans]
        self._longest = max((span.end - span.start for span in self.spans), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> list[StyledSpan]:
        """Spans that share at least one character with ``[start, end)``, in start order."""
        first = bisect_left(self.starts, start - self._longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span.end > start]

    def contains(self, offset: int) -> list[StyledSpan]:
        return self.overlapping(offset, offset + 1)
