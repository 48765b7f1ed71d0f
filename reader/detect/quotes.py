"""Quotation marks paired into quote spans, paragraph by paragraph.

Pairing never crosses a paragraph break. A quote that runs on over several paragraphs repeats
its opening mark at each new paragraph, with no closing mark until the last: each such paragraph
becomes its own span, linked to the others by ``chain``. An opening mark followed by another
opening mark with no closing mark between is dropped, so it cannot swallow the text up to the
next quote nor flip the pairing of the rest of the paragraph. Single marks are paired only
with one another and only inside one double-quote level, and never when they are apostrophes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from reader.detect.lexicon import speech_verbs

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_MARK = re.compile(r"[“”„‟«»\"‘’‚']")
_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚"
# "‘Ana Taufa, 61,": a name opening on the mark, then set off with an age or a role.
_NAME_WITH_A_GLOTTAL_STOP = re.compile(r"‘[A-Z][a-z]+(?: [A-Z][\w‘’'-]+)+, (?:\d|an? |the )")
_OPEN_CONTEXT = "([{—–-/\u00a0“„«‘‚\"'"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…/"
_ELISIONS = frozenset({"em", "til", "cause", "cos", "n", "tis", "twas", "s", "round", "bout"})
_WORD_AFTER = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class RawQuote:
    start: int
    end: int
    kind: str  # "direct" | "partial"
    chain: int  # the index of the first quote of a multi-paragraph quote; its own index otherwise
    paragraph_start: int
    closed: bool


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank paragraph; any line break separates paragraphs."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            yield position, _rstrip_end(text, position, match.start())
        position = match.end()
    if position < len(text):
        end = _rstrip_end(text, position, len(text))
        if end > position:
            yield position, end


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_opening_context(char: str) -> bool:
    return not char or char.isspace() or char in _OPEN_CONTEXT


def _is_closing_context(char: str) -> bool:
    return not char or char.isspace() or char in _CLOSE_CONTEXT or char in "”’\"'»"


def _double_role(mark: str, before: str, after: str) -> str:
    opening_side = _is_opening_context(before)
    closing_side = _is_closing_context(after)
    if mark in _DOUBLE_OPEN:
        return "close" if closing_side and not opening_side and mark == "“" else "open"
    if mark in _DOUBLE_CLOSE:
        return "open" if opening_side and not closing_side and mark == "”" else "close"
    if opening_side and not closing_side:
        return "open"
    if closing_side and not opening_side:
        return "close"
    return "either"


def _single_role(text: str, index: int, paragraph_start: int) -> str | None:
    """ "open", "close", or None for an apostrophe (Russia’s, I’d, ’90s, rock ’n’ roll)."""
    mark = text[index]
    before = text[index - 1] if index > paragraph_start else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before.isalnum() and after.isalnum():
        return None
    if mark in _SINGLE_OPEN:
        if before.isalnum() or after.isdigit():
            return None
        return "open" if _is_opening_context(before) else None
    if _is_opening_context(before):
        if mark == "’" or after.isdigit() or after.isspace() or not after:
            return None
        word = _WORD_AFTER.match(text, index + 1)
        if word and word.group(0).lower() in _ELISIONS:
            return None
        return "open"
    # The second mark of "’n’" closes nothing.
    if (
        before == "n"
        and index >= 2
        and text[index - 2] in "’'"
        and (index < 3 or text[index - 3].isspace())
    ):
        return None
    if (before.isalnum() or before in ".,!?;:…-—") and not after.isalnum():
        return "close"
    return None


def find_quotes(text: str) -> list[RawQuote]:
    """Quote spans in text order, marks included, with multi-paragraph quotes chained."""
    found: list[RawQuote] = []
    carried_chain: int | None = None
    spans = list(paragraphs(text))
    # Every mark found in one scan; most paragraphs hold none and are passed over.
    marks = [match.start() for match in _MARK.finditer(text)]
    for number, (start, end) in enumerate(spans):
        first = bisect_left(marks, start)
        if first == len(marks) or marks[first] >= end:
            carried_chain = None
            continue
        next_start = spans[number + 1][0] if number + 1 < len(spans) else None
        quotes, carried_chain = _paragraph_quotes(
            text,
            start,
            end,
            next_start,
            carried_chain,
            found,
            marks[first : bisect_left(marks, end)],
        )
        found.extend(quotes)
    return found


def _paragraph_quotes(
    text: str,
    start: int,
    end: int,
    next_start: int | None,
    carried_chain: int | None,
    found: list[RawQuote],
    marks: list[int],
) -> tuple[list[RawQuote], int | None]:
    doubles: list[tuple[int, str]] = []
    singles: list[int] = []
    for index in marks:
        mark = text[index]
        if mark in "‘’‚'":
            if not (text[index - 1 : index].isalnum() and text[index + 1 : index + 2].isalnum()):
                singles.append(index)  # not an apostrophe inside a word (Russia’s, I’d)
        else:
            before = text[index - 1] if index > start else ""
            after = text[index + 1] if index + 1 < end else ""
            doubles.append((index, _double_role(mark, before, after)))

    if not doubles and not singles:
        return [], None
    regions, unclosed = _pair_doubles(doubles)
    regions = [region for region in regions if _has_words(text, region[0] + 1, region[1] - 1)]
    single_regions, single_unclosed = _pair_singles(text, start, end, singles, regions, unclosed)
    family = "double"
    if unclosed is None and not regions and single_unclosed is not None:
        unclosed = single_unclosed
        family = "single"

    runs_on = False
    if unclosed is not None:
        runs_on = next_start is not None and _opens_paragraph(text, next_start, family)
        # A lone single mark is trusted as an opening only at the paragraph's start or when
        # the next paragraph opens with one too: elsewhere it may be a stray apostrophe.
        # Not "‘Ana Taufa, 61, has baked": the Tongan glottal stop before a name, written as
        # the opening mark.
        trusted = family == "double" or (
            unclosed == _first_non_space(text, start, end)
            and not _NAME_WITH_A_GLOTTAL_STOP.match(text, unclosed)
        )
        if runs_on or (trusted and _opens_sentence(text, start, unclosed)):
            if _has_words(text, unclosed + 1, end):
                regions.append((unclosed, end))
        else:
            unclosed = None

    candidates = [
        region
        for region in regions
        if region[0] == unclosed or not _is_a_name_not_speech(text, region[0], region[1])
    ]
    candidates += [
        region for region in single_regions if not _is_a_name_not_speech(text, region[0], region[1])
    ]
    # Outermost first: a nested quote, or one overlapping a kept one, is part of that one.
    candidates.sort(key=lambda region: (region[0], -region[1]))
    spans: list[tuple[int, int]] = []
    covered_to = -1
    for region in candidates:
        if region[0] >= covered_to:
            spans.append(region)
            covered_to = region[1]

    quotes: list[RawQuote] = []
    next_carried: int | None = None
    previous_end: int | None = None
    for quote_start, quote_end in spans:
        index = len(found) + len(quotes)
        closed = not (unclosed is not None and quote_start == unclosed)
        chain = index
        continues = carried_chain is not None and quote_start == start
        if continues:
            chain = carried_chain
        if continues or _resumes_after_attribution(text, previous_end, quote_start):
            kind = "direct"
        else:
            kind = _kind(text, start, quote_start, quote_end, closed)
        previous_end = quote_end
        quotes.append(RawQuote(quote_start, quote_end, kind, chain, start, closed))
        if not closed and runs_on:
            next_carried = chain
    return quotes, next_carried


def _has_words(text: str, start: int, end: int) -> bool:
    return any(char.isalnum() for char in text[start:end])


def _pair_doubles(doubles: list[tuple[int, str]]) -> tuple[list[tuple[int, int]], int | None]:
    pairs: list[tuple[int, int]] = []
    pending: int | None = None
    for index, role in doubles:
        if role == "open" or (role == "either" and pending is None):
            pending = index
        elif pending is not None:
            pairs.append((pending, index + 1))
            pending = None
    return pairs, pending


def _pair_singles(
    text: str,
    start: int,
    end: int,
    singles: list[int],
    doubles: list[tuple[int, int]],
    unclosed: int | None,
) -> tuple[list[tuple[int, int]], int | None]:
    if not singles:
        return [], None
    levels = list(doubles) + ([(unclosed, end)] if unclosed is not None else [])
    roles: list[tuple[int, str, int]] = []
    level = 0
    for index in singles:  # both lists are sorted: walk them together
        while level < len(levels) and levels[level][1] <= index:
            level += 1
        inside = level < len(levels) and levels[level][0] < index
        role = _single_role(text, index, start)
        if role is not None:
            roles.append((index, role, level if inside else -1))
    last_close = {
        where: position for position, (_, role, where) in enumerate(roles) if role == "close"
    }
    pairs: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for position, (index, role, where) in enumerate(roles):
        if role == "open":
            pending = (index, where)
        elif pending is not None and pending[1] == where:
            if _looks_possessive(text, index) and last_close[where] > position:
                continue
            if _has_words(text, pending[0] + 1, index) and where == -1:
                pairs.append((pending[0], index + 1))
            pending = None
    unclosed_single = pending[0] if pending is not None and pending[1] == -1 else None
    return pairs, unclosed_single


def _looks_possessive(text: str, index: int) -> bool:
    """ "the parents’ views": a mark after a plural, followed by a lower-case word."""
    return (
        text[index - 1 : index] == "s"
        and text[index + 1 : index + 2] == " "
        and text[index + 2 : index + 3].islower()
    )


def _first_non_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _opens_paragraph(text: str, start: int, family: str) -> bool:
    first = text[start : start + 1]
    if family == "double":
        return first in _DOUBLE_OPEN or first == '"'
    return first in _SINGLE_OPEN or first == "'"


def _opens_sentence(text: str, paragraph_start: int, index: int) -> bool:
    """An unclosed mark that starts the paragraph, a sentence, or follows a colon: a quote
    whose closing mark was lost."""
    before = text[max(paragraph_start, index - 80) : index].rstrip()
    return not before or before[-1] in ":,.!?"


def _is_a_name_not_speech(text: str, start: int, end: int) -> bool:
    """ "The Herring Girls", nicknamed "forever fibres": a title or a name, not words spoken."""
    inner = text[start + 1 : end - 1]
    words = inner.split()
    if (
        2 <= len(words) <= 8
        and inner[-1:].isalnum()
        and all(word[:1].isupper() or word in _SMALL_TITLE_WORDS for word in words)
    ):
        return True
    before = text[max(0, start - 40) : start]
    if _named_by_words_before(before, inner[:1].isupper()):
        return True
    if len(words) <= 6 and _MEANS_BEFORE.search(before):
        return True  # "The club’s name means “let us build together” in isiZulu"
    if len(words) <= 3 and _A_NAME_FOR_AFTER.match(text, end):
        return True  # "to fight "stone deserts", the Dutch name for paved gardens"
    if len(words) <= 3 and _CALLED_SO_HERE.search(before):
        # "the small fish that traders here call “matemba”", "the collectors call it “amber
        # fever”", "whom the whole street calls “Mama Keza”": a local word or a nickname, not
        # anyone's verdict ("a finding other scientists call “premature”").
        return True
    # A quoted single capitalised word: "the so-called “Millers”", the band “Ferryman”.
    return (
        len(words) == 1
        and inner[:1].isupper()
        and inner[-1:].isalnum()
        and not _SPEECH_LEAD.search(before)
    )


_CALLED_SO_HERE = re.compile(
    r"(?:\b(?:here|there|everyone|everybody|locals|residents|outsiders|simply)\s+calls?"
    r"|\bcalls?\s+(?:it|him|her|them|the)|\b(?:are|is)\s+called"
    # "Members call the day “the big shop”", "Sailors call the creek a “hurricane hole”",
    # "what they call “birch champagne”": what something is called, not anyone's words.
    r"|\bcall\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}[a-z]+(?:\s+an?)?"
    r"|\bwhat\s+(?:they|we|people|locals|residents|[a-z]+s)\s+(?:still\s+)?call"
    r"|\bwhom\b[^.“”\"]{0,40}\bcalls?)\s+(?:the\s+)?$"
)
_MEANS_BEFORE = re.compile(r"\b(?:name|word|term)\s+(?:itself\s+)?means\s+$")
_A_NAME_FOR_AFTER = re.compile(
    r"[”\"],\s+(?:the|a)\s+(?:[A-Z]?[a-z]+\s+)?(?:name|word|term)\s+for\b"
)
_SMALL_TITLE_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "from", "is", "by"}
)
_WORKS = frozenset(
    "book novel memoir biography film movie series sitcom drama song single album record play"
    " show programme program documentary podcast poem exhibition musical opera track episode"
    " column essay collection anthology painting game".split()
)
_KNOWN_AS = re.compile(r"\bknown(?: [a-z]+){1,4} as\s$")
_NAMING_WORDS = frozenset({"nicknamed", "so-called", "entitled", "titled", "named", "dubbed"})


def _named_by_words_before(before: str, capitalised: bool) -> bool:
    """ "the so-called", "known as", "her novel", "a film called": a name or title follows.

    After a work's noun only a capitalised title counts: "called the film “a triumph”" is
    somebody's verdict."""
    if not before[-1:].isspace():
        return False
    words = before.lower().split()[-2:]
    if not words:
        return False
    last = words[-1].rstrip(",")
    previous = words[0] if len(words) == 2 else ""
    if last in _NAMING_WORDS or (last == "as" and previous == "known"):
        return True
    if last == "as" and _KNOWN_AS.search(before, max(0, len(before) - 60)):
        return True  # "known along the promenade as “de Kapitein”"
    return capitalised and (
        last in _WORKS or (last in ("called", "titled", "entitled", "named") and previous in _WORKS)
    )


_SPEECH_LEAD = re.compile(r"(?:[:,]|\b(?:said|says|saying|replied|answered|shouted|added))\s*$")


def is_scare_quote(text: str, quote: RawQuote) -> bool:
    """A short quoted phrase inside the writer's own sentence, with no speech verb near it:
    the writer's distance from a word ("the “experts”"), not words someone said."""
    if quote.kind != "partial" or not quote.closed:
        return False
    inner = text[quote.start + 1 : quote.end - 1]
    if len(inner.split()) > 3:
        return False
    window_start = max(quote.paragraph_start, quote.start - 150)
    sentence_start = max(text.rfind(". ", window_start, quote.start) + 1, window_start)
    sentence_end = _sentence_end(text, quote.end)
    around = text[sentence_start : quote.start] + " " + text[quote.end : sentence_end]
    verbs = speech_verbs()
    return not any(
        word.lower() in verbs or word.lower() in _WRITTEN_WORDS
        for word in _WORD_AFTER.findall(around)
    )


# Words that put written words in quotes: "the sign read “closed”".
_WRITTEN_WORDS = frozenset({"read", "reads", "reading", "headlined", "printed", "marked"})


def _sentence_end(text: str, position: int) -> int:
    limit = min(len(text), position + 150)
    ends = [found for found in (text.find(". ", position, limit), text.find("\n", position, limit))]
    ends = [found for found in ends if found >= 0]
    return min(ends) if ends else limit


def _resumes_after_attribution(text: str, previous_end: int | None, start: int) -> bool:
    """“We will win,” he said, “whatever it takes.”: the second half of one spoken sentence."""
    if previous_end is None or start - previous_end > 160 or text[previous_end - 2] != ",":
        return False
    between = text[previous_end:start].rstrip()
    if not between.endswith(",") or any(char in between for char in '.!?;:“”"'):
        return False
    verbs = speech_verbs()
    return any(word in verbs for word in _WORD_AFTER.findall(between))


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _last_word(text: str, reach: int) -> str:
    """The ASCII word that ends ``text`` before any trailing punctuation or spaces, within the
    last ``reach`` characters; "" when a digit or another script's letter ends it. Walking back
    is many times faster than an end-anchored search, which tries every start."""
    floor = max(0, len(text) - reach)
    end = len(text)
    while end > floor and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    start = end
    while start > floor and text[start - 1] in _ASCII_LETTERS:
        start -= 1
    return text[start:end] if start < end and text[end - 1] in _ASCII_LETTERS else ""


# A quote closed on a comma, then a short attribution that ends the sentence.
_SPLIT_QUOTE_ATTRIBUTION = re.compile(r",[”\"] ([^“”\"\n]{1,60})\.$")


def _kind(text: str, paragraph_start: int, start: int, end: int, closed: bool) -> str:
    before = text[max(paragraph_start, start - 200) : start].rstrip()
    inner = text[start + 1 : end - 1 if closed else end].strip()
    first_letter = next((char for char in inner if char.isalpha()), "")
    capitalised = first_letter.isupper()
    if not before or before[-1] in ".!?…:":
        if capitalised or before.endswith(":"):
            return "direct"
        # "“..., the union pays us,” said Mr Nalinga. “every one of those is a signature.”":
        # the rest of a split quote, its first letter left in lower case.
        split = _SPLIT_QUOTE_ATTRIBUTION.search(before)
        if split is not None:
            words = split.group(1).lower().split()
            if words and (words[0] in speech_verbs() or words[-1] in speech_verbs()):
                return "direct"
        return "partial"
    if before[-1] in "”’\"'" and len(before) > 1 and before[-2] in ".!?…":
        return "direct" if capitalised else "partial"
    follows_verb = _last_word(before, 80).lower() in speech_verbs()
    if capitalised and (before[-1] == "," or follows_verb):
        return "direct"
    if capitalised and inner[-1:] in ".!?…" and len(inner.split()) >= 5:
        return "direct"
    return "partial"
