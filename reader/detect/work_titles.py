"""Titles of works in quotation marks: “Cold Water Town”, "Timing Matters: Sleep in Two Cohorts".

Words inside such a title name the work, not people or organisations, so entity finding skips
them. A title is told from speech by its case: every word capitalised but the small ones.
"""

from __future__ import annotations

import re

from reader.detect.lexicon import honorifics

_SMALL = r"(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|with|by|from|as|vs|via|into|over|up|is)"
_TITLE_WORD = rf"(?:[A-Z0-9][\w’'-]*|{_SMALL})"
# Only title-case words: speech fails at its first lower-case word, which keeps the scan fast.
_TITLE = rf"[A-Z0-9][\w’'-]*(?:[,:]?[ ](?:[–—-][ ])?{_TITLE_WORD})+[,.]?"
# Each pattern is tried only where its opening mark stands, found by str.find, which is many
# times faster than letting a pattern scan the text.
_AFTER_OPENING = {
    "“": re.compile(rf"“({_TITLE})”"),
    '"': re.compile(rf"(?<![\w\"])\"({_TITLE})\"(?!\w)"),
    "‘": re.compile(rf"‘({_TITLE})’(?!\w)"),
    "'": re.compile(rf"(?<![\w'])'({_TITLE})'(?!\w)"),
}
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via into over up is".split()
)
_EDGE_PUNCTUATION = ",.:;!?()–—-"


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every quoted title, marks excluded, in text order."""
    found: list[tuple[int, int]] = []
    for mark, pattern in _AFTER_OPENING.items():
        position = text.find(mark)
        while position >= 0:
            match = pattern.match(text, position)
            if (
                match is not None
                and _is_title(match.group(1))
                and not _what_a_person_is_called(text, position, match.group(1))
            ):
                found.append(match.span(1))
            position = text.find(mark, match.end() if match else position + 1)
    found.sort()
    return found


# "know her as", "called her", "whom the whole street calls": a person's name follows.
_A_PERSON_CALLED_BEFORE = re.compile(
    r"\b(?:(?:know|knows|known|knew) (?:her|him) as|(?:call|calls|called|calling) (?:her|him)"
    # "known to everyone at the Boqueirão stop as “Dona Cida”"
    r"|known (?:to [^“\"\n]{1,50} )?as"
    r"|whom [^“\"]{0,40}calls?) $"
)


def _what_a_person_is_called(text: str, position: int, content: str) -> bool:
    """ "know her as “Miss Ivy”": a form of address and a name, what someone is called; and
    "by the Setswana form “Mma Kebonang”" where the text names Boitumelo Kebonang."""
    form, _, name = content.partition(" ")
    if form.rstrip(".") not in honorifics():
        return False
    if _A_PERSON_CALLED_BEFORE.search(text, max(0, position - 48), position):
        return True
    if not name or _A_THING_CALLED_BEFORE.search(text, max(0, position - 48), position):
        return False  # "calling the stone “Mzee Ekwaro” after him": a thing's name
    named_in_full = re.compile(rf"\b(?!{re.escape(form)} )[A-Z][\w’'-]+ {re.escape(name)}\b")
    return named_in_full.search(text) is not None


_A_THING_CALLED_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|name|names|named|naming) (?:the|a|an|its|their|this|that)"
    r" [a-z]+ $"
)


def _is_title(content: str) -> bool:
    if content != content.strip() or ". " in content or content.endswith(("!", "?")):
        return False
    words = [word.strip(_EDGE_PUNCTUATION) for word in content.split()]
    words = [word for word in words if word]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    capitalised = 0
    for word in words:
        if word[:1].isupper():
            capitalised += 1
        elif not (word[:1].isdigit() or word in _SMALL_WORDS):
            return False
    return capitalised >= 2
