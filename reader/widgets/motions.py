"""Where cursor motions land in an article's reading text: words, sentences, paragraphs.

Pure functions over the text (paragraphs separated by a blank line), with no Textual import,
so the rules can be unit-tested. Every function returns an offset into ``text``; when there is
nowhere to go, it returns the offset it was given.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

# A word starts where a letter or digit follows something that cannot be inside a word, so
# "don't" and "well-known" are single words.
_WORD_START = re.compile(r"(?<![\w'’\-])\w")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
# A candidate sentence end: terminal punctuation, closing quotes or brackets, then a space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")
_OPENERS = "\"'“‘([—–-"
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, e.g, a.m (the final dot removed)
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof st sr jr sen rep gov gen lt col capt cpt sgt maj adm cmdr supt insp
    pres rev fr messrs mme mlle vols pp figs inc ltd co corp bros plc llc dept univ assn approx
    vs etc cf jan feb apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri ave blvd
    rd mt ft oz lbs""".split()
)
_WORD_WINDOW = 256

TextMotion = Callable[[str, int], int]


# Paragraphs --------------------------------------------------------------------------------


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding ``offset`` (end excludes the blank line)."""
    offset = min(max(0, offset), len(text))
    separator = text.rfind("\n\n", 0, offset)
    start = 0 if separator == -1 else separator + 2
    while start < offset and text[start] == "\n":  # a run of three or more newlines
        start += 1
    found = text.find("\n\n", offset)
    return start, len(text) if found == -1 else found


def next_paragraph_start(text: str, offset: int) -> int:
    """The start of the next paragraph with text in it."""
    for match in _PARAGRAPH_BREAK.finditer(text, max(0, offset)):
        if match.end() < len(text):
            return match.end()
    return offset


def previous_paragraph_start(text: str, offset: int) -> int:
    """The start of this paragraph when inside it, otherwise of the one before."""
    start, _ = paragraph_bounds(text, offset)
    if start < offset:
        return start
    before = start
    while before > 0 and text[before - 1] == "\n":
        before -= 1
    if before == 0:
        return start
    return paragraph_bounds(text, before)[0]


# Words -------------------------------------------------------------------------------------


def next_word_start(text: str, offset: int) -> int:
    match = _WORD_START.search(text, offset + 1)
    return match.start() if match else offset


def previous_word_start(text: str, offset: int) -> int:
    low = offset
    while low > 0:
        low = max(0, low - _WORD_WINDOW)
        starts = [match.start() for match in _WORD_START.finditer(text, low, offset)]
        if starts:
            return starts[-1]
    return offset


# Sentences ---------------------------------------------------------------------------------


def _is_abbreviation(text: str, period: int, paragraph_start: int) -> bool:
    """Whether the "." at ``period`` ends an abbreviation or an initial, not a sentence."""
    token_start = text.rfind(" ", paragraph_start, period) + 1
    token_start = max(token_start, paragraph_start, text.rfind("\n", paragraph_start, period) + 1)
    token = text[token_start:period].lstrip(_OPENERS)
    if not token:
        return False
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. K. Rowling"
    return token.lower() in ABBREVIATIONS or _INITIALISM.match(token) is not None


def _is_number_sign(text: str, period: int, following: int) -> bool:
    """ "No. 10" and "Nos. 3": the word is an abbreviation only in front of a number."""
    return text[max(0, period - 3) : period].lower() in {" no", "nos"} and (
        following < len(text) and text[following].isdigit()
    )


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences begin in ``text[start:end]`` (one paragraph)."""
    starts = [start]
    for match in _SENTENCE_END.finditer(text, start, end):
        following = match.end()
        if following >= end:
            break
        first = following
        while first < end and text[first] in _OPENERS:
            first += 1
        if first < end and text[first].islower():
            continue  # '"Why?" she asked.' goes on
        if match.group().rstrip() == "." and _is_abbreviation(text, match.start(), start):
            continue
        if match.group().rstrip() == "." and _is_number_sign(text, match.start(), first):
            continue
        starts.append(following)
    return starts


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset``; ``end`` excludes trailing spaces."""
    paragraph_start, paragraph_end = paragraph_bounds(text, offset)
    starts = sentence_starts(text, paragraph_start, paragraph_end)
    index = max(0, bisect_right(starts, offset) - 1)
    end = starts[index + 1] if index + 1 < len(starts) else paragraph_end
    while end > starts[index] and text[end - 1].isspace():
        end -= 1
    return starts[index], end


def next_sentence_start(text: str, offset: int) -> int:
    paragraph_start, paragraph_end = paragraph_bounds(text, offset)
    starts = sentence_starts(text, paragraph_start, paragraph_end)
    index = bisect_right(starts, offset)
    if index < len(starts):
        return starts[index]
    return next_paragraph_start(text, offset)


def previous_sentence_start(text: str, offset: int) -> int:
    paragraph_start, paragraph_end = paragraph_bounds(text, offset)
    starts = sentence_starts(text, paragraph_start, paragraph_end)
    index = bisect_left(starts, offset) - 1
    if index >= 0:
        return starts[index]
    previous = previous_paragraph_start(text, offset)
    if previous == offset:
        return offset
    previous_start, previous_end = paragraph_bounds(text, previous)
    return sentence_starts(text, previous_start, previous_end)[-1]


# Spans -------------------------------------------------------------------------------------


def next_span_start(starts: Sequence[int], offset: int) -> int:
    """The first of the sorted ``starts`` after ``offset``."""
    index = bisect_right(starts, offset)
    return starts[index] if index < len(starts) else offset


def previous_span_start(starts: Sequence[int], offset: int) -> int:
    """The last of the sorted ``starts`` before ``offset``."""
    index = bisect_left(starts, offset) - 1
    return starts[index] if index >= 0 else offset
