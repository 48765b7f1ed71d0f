"""Placing annotations again after an article's text changed.

An annotation remembers its span and the text around it (W3C TextQuoteSelector). It goes
back exactly where the same words still stand, to the best-matching occurrence when they
stand several times, to a fuzzy match when the words were edited a little, and otherwise
becomes an orphan that keeps everything the user wrote.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from reader.store.models import ANCHOR_CONTEXT, Annotation

FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 8


def _common_suffix_length(a: str, b: str) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_prefix_length(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _context_score(annotation: Annotation, text: str, start: int, end: int) -> int:
    before = text[max(0, start - ANCHOR_CONTEXT) : start]
    after = text[end : end + ANCHOR_CONTEXT]
    return _common_suffix_length(before, annotation.prefix) + _common_prefix_length(
        after, annotation.suffix
    )


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    index = text.find(needle)
    while index >= 0:
        found.append(index)
        index = text.find(needle, index + 1)
    return found


def _placed(annotation: Annotation, text: str, start: int, end: int) -> Annotation:
    return replace(
        annotation,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - ANCHOR_CONTEXT) : start],
        suffix=text[end : end + ANCHOR_CONTEXT],
        orphan=False,
    )


def reanchor(annotation: Annotation, text: str) -> Annotation:
    """The annotation placed in ``text``; ``orphan=True`` when it can't be placed."""
    exact = annotation.exact
    if not exact:
        return replace(annotation, orphan=True)
    if text[annotation.start : annotation.end] == exact:
        return _placed(annotation, text, annotation.start, annotation.end)
    starts = _occurrences(text, exact)
    if starts:
        best = max(
            starts,
            key=lambda s: (
                _context_score(annotation, text, s, s + len(exact)),
                -abs(s - annotation.start),
            ),
        )
        return _placed(annotation, text, best, best + len(exact))
    if len(exact) >= FUZZY_MIN_LENGTH:
        alignment = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_MIN_SCORE)
        if alignment is not None and alignment.dest_end > alignment.dest_start:
            start, end = _trim_to_words(text, alignment.dest_start, alignment.dest_end)
            if end > start:
                return _placed(annotation, text, start, end)
    return replace(annotation, orphan=True)


def _trim_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy match to whole words and drop surrounding spaces."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
