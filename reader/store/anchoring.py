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
# Between its old prefix and suffix, edited words need less likeness to be taken for the
# same passage: the surroundings already vouch for the place.
CONTEXT_MIN_SCORE = 60.0
CONTEXT_PROBES = (ANCHOR_CONTEXT, 16, 8)  # characters of context tried, longest first


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
        span = _fuzzy_span(annotation, text)
        if span is not None:
            return _placed(annotation, text, *span)
    return replace(annotation, orphan=True)


def _fuzzy_span(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the edited words stand now, or None.

    The words with their context are looked for first, so that of two similar passages the
    one in the same surroundings wins; inside that place the span runs from where the old
    prefix ends to where the old suffix begins, so words added or removed at its edges are
    taken in. Without context to go on, the closest match of the words alone is taken.
    """
    exact = annotation.exact
    needle = annotation.prefix + exact + annotation.suffix
    if len(needle) > len(exact):
        found = fuzz.partial_ratio_alignment(needle, text, score_cutoff=FUZZY_MIN_SCORE)
        if found is not None:
            low = max(0, found.dest_start - len(exact) // 2 - ANCHOR_CONTEXT)
            high = min(len(text), found.dest_end + len(exact) // 2 + ANCHOR_CONTEXT)
            between = _between_context(annotation, text, low, high, found.dest_start)
            if between is not None:
                return between
            span = _aligned(exact, text, low, high)
            if span is not None:
                return span
    return _aligned(exact, text, 0, len(text))


def _between_context(
    annotation: Annotation, text: str, low: int, high: int, needle_start: int
) -> tuple[int, int] | None:
    expected_start = needle_start + len(annotation.prefix)
    start = _context_end(annotation.prefix, text, low, high, expected_start)
    if start is None:
        return None
    end = _context_start(annotation.suffix, text, start, high, start + len(annotation.exact))
    if end is None:
        return None
    start, end = _strip_spaces(text, start, end)
    if end <= start or fuzz.ratio(annotation.exact, text[start:end]) < CONTEXT_MIN_SCORE:
        return None
    return start, end


def _context_end(prefix: str, text: str, low: int, high: int, expected: int) -> int | None:
    """Where the end of ``prefix`` (its last words) stands in text[low:high], nearest
    ``expected``; the start of the text when there was no prefix and the text starts there."""
    if not prefix:
        return low if low == 0 else None
    for size in _probe_sizes(prefix):
        tail = prefix[-size:]
        ends = [s + size for s in _occurrences(text[low:high], tail)]
        if ends:
            return min((low + end for end in ends), key=lambda end: abs(end - expected))
    return None


def _context_start(suffix: str, text: str, low: int, high: int, expected: int) -> int | None:
    if not suffix:
        return high if high == len(text) else None
    for size in _probe_sizes(suffix):
        head = suffix[:size]
        starts = _occurrences(text[low:high], head)
        if starts:
            return min((low + start for start in starts), key=lambda s: abs(s - expected))
    return None


def _probe_sizes(context: str) -> list[int]:
    return sorted({min(size, len(context)) for size in CONTEXT_PROBES}, reverse=True)


def _aligned(exact: str, text: str, low: int, high: int) -> tuple[int, int] | None:
    alignment = fuzz.partial_ratio_alignment(exact, text[low:high], score_cutoff=FUZZY_MIN_SCORE)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end = _trim_to_words(text, low + alignment.dest_start, low + alignment.dest_end)
    start, end = _take_edge_marks(exact, text, start, end)
    return (start, end) if end > start else None


def _take_edge_marks(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a full stop or quotation mark the words ended (or began) with, when the match
    stopped just short of it: an alignment of edited words is off by what the edit added."""
    if exact[-1:] and not exact[-1].isalnum() and text[end : end + 1] == exact[-1]:
        end += 1
    if exact[:1] and not exact[0].isalnum() and start > 0 and text[start - 1] == exact[0]:
        start -= 1
    return start, end


def _strip_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _trim_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy match to whole words and drop surrounding spaces."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return _strip_spaces(text, start, end)
