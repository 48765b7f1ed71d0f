"""Runs of capitalised words, the tokens inside them, and what stands just around them."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.detect.lexicon import (
    DOTTED_TITLES,
    lower_org_suffixes,
    title_heads,
    titles,
)

# Latin Extended-A mixes cases, and the first letter is checked with isupper; "Ș" and "Ț" are
# Romanian ("Ștefan Vodă"), from Latin Extended-B.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ"
# "Lee Jae-myung", "Yang Kuo-hsiung": a short lower-case syllable after a hyphen is part of a
# name, unless it makes an adjective of a place ("Cheshire-based", "Tory-led", "UK-wide").
_NOT_A_SYLLABLE = (
    r"(?:based|born|bred|led|run|owned|made|style|wide|era|like|free|only|bound|sized|type"
    r"|backed|built|held|grown|area|funded|linked|driven|themed|shaped|facing|headed|listed)\b"
)
# "O'Neill"; and "Fa'amausili", "Savai'i", "Hawai'i": a glottal stop written as an apostrophe
# before a vowel, where no English contraction has one ("Jo's", "Don't", "I'd").
_WORD = (
    # "Nuku‘alofa", "Ha‘apai": Polynesian glottal stops are often typed as an opening mark.
    rf"[{_UPPER}][\w]*(?:['’‘](?:[{_UPPER}]|[aeiou])[\w]*)*"
    # "Pointe-à-Pitre": the one accented joiner French place names have.
    rf"(?:-(?:[{_UPPER}][\w]*|(?!{_NOT_A_SYLLABLE})(?:[a-z]{{1,6}}|à)\b))*"
)
# "K. Selvaraj", "George W. Bush": an initial and its stop, where a name goes on after it
# (not "vitamin D. The", where a sentence does); "Ma. Teresa Galang", "Md. Rafiqul Islam": a
# given name shortened so.
# "K. P. Sasidharan": an initial before another.
_INITIAL = (
    r"(?:[A-Z]|Ma|Md|Mohd|Wm|Chas|Thos)\.(?=[ \u00a0]"
    r"(?:(?!(?:The|He|She|It|They|We|I|But|And|A|An|In|This|That|His|Her)\b)[A-Z][a-z]"
    r"|[A-Z]\.[ \u00a0][A-Z][a-z]))"
)
_TOKEN = (
    rf"(?:{'|'.join(DOTTED_TITLES)})\."
    rf"|(?:[A-Z]\.){{2,}}"
    rf"|{_INITIAL}|{_WORD}"
)
# "Coeur d'Alene", "Valéry Giscard d'Estaing": an elided "de" or "le" inside a name.
_ELIDED = r"(?:(?:d|l)['’]|(?:al|el)-)"
# "son of" and "daughter of" after a father's name: Kyrgyz "Nurlan Almazbek uulu", "Aizada
# Bakyt kyzy"; Azerbaijani and Uzbek "Ilham Heydar oglu Aliyev", "Dilnoza Rustam qizi".
PATRONYMIC_WORDS = ("uulu", "kyzy", "ogly", "oglu", "qizi", "kizi", "uly")
CONNECTOR_WORDS = (
    "of",
    "for",
    "and",
    "the",
    "de",
    "da",
    "do",  # Portuguese: "Maria do Carmo Sequeira"
    "di",
    "del",
    "der",
    "den",  # Flemish and Dutch: "Filip Van den Broeck"
    "van",
    "von",
    "bin",
    "bint",  # "Aisha bint Musallam al-Mashani"
    "binti",  # Malay: "Siti Aminah binti Hamid"
    "binte",  # Singapore Malay: "Nur Aisyah binte Rahmat"
    "anak",  # Iban: "Lawrence anak Jimbun"
    "ibn",
    "al",
    "ten",
    "ter",
    "dos",
    "das",
    "la",
    "los",  # Spanish: "Raúl de los Santos", "San Cristóbal de las Casas"
    "las",
    "le",
    "du",
    "des",  # French: "Calédonienne des Métaux"
    "es",  # "Dar es Salaam"
    "ap",  # Welsh: "Gwion ap Rhys"
    "af",  # Swedish: "Kristina af Hällström"
    "dela",  # Filipino: "Remedios dela Cruz", "Jun delos Santos"
    "delos",
    "della",  # Italian: "Piero della Francesca"
    "ould",  # Hassaniya: "Mohamed Lemine ould Sidi", "Khadijetou mint Bah"
    "mint",
    # Malaysian and Singaporean Indian: "son of" and "daughter of" ("Ravi a/l Muthusamy",
    # "Kavitha a/p Raman", "Suresh s/o Pillai").
    "a/l",
    "a/p",
    "s/o",
    "d/o",
    "i",  # Catalan: "Josep Maria Riba i Pujol"
    "y",  # Spanish: "Centro de Armadores Fluviales y Marítimos"
    "et",  # French: "Société d'Energie et d'Eau du Gabon"
    *PATRONYMIC_WORDS,
    "&",
)
# Lower-case parts of surnames: "von der Leyen", "da Silva", "bin Salman", "ten Hag".
NAME_PARTICLES = frozenset(
    "von van der den de da do di del du la le bin bint binti binte anak ibn al ten ter dos das ap"
    " ab af los las uulu uly kyzy ogly oglu qizi kizi i y ould mint dela delos della"
    " a/l a/p s/o d/o".split()
)
_CONNECTOR = "|".join(re.escape(word) for word in CONNECTOR_WORDS)
_SPACE = r"[ \u00a0]"
# "Scottish Fishermen’s Federation", "Communication Workers' Union": a possessive inside a name.
_POSSESSIVE = r"(?:(?<=s)['’]|['’]s)(?=[ \u00a0][A-Z])"
# A lone pronoun or article is never a name: skipped by the pattern itself, which is faster
# than looking at each in Python.
_LONE_COMMON_WORD = (
    r"(?:The|He|She|It|They|We|I|But|And|A|An|In|This|That|His|Her|Their|There|If|As|At|On"
    rf"|For|When|While|After|However|Its|Our|You|So)(?![\w’'.-]|{_SPACE}[A-Z])"
)
RUN = re.compile(
    # The leading look-ahead lets the engine skip quickly to the next capital letter.
    # A straight or curly apostrophe after a letter ("Jo's", "O'Neill") joins words; after a
    # space it opens a quote ('Carl, is there a problem?').
    rf"(?=[{_UPPER}])(?<![\w.])(?<!\w['’‘])(?!{_LONE_COMMON_WORD})(?:{_TOKEN})(?:{_POSSESSIVE})?"
    # The look-ahead skips the connectors at once where the next word is capitalised.
    rf"(?:{_SPACE}(?:(?=[a-z&])(?:{_CONNECTOR}){_SPACE})*(?:{_ELIDED})?(?:{_TOKEN})"
    rf"(?:{_POSSESSIVE})?)*"
    rf"(?:{_SPACE}(?:{'|'.join(PATRONYMIC_WORDS)})(?![\w’'-]))?"
)
_RUN_PART = re.compile(rf"{_ELIDED}{_WORD}|{_TOKEN}|(?:{_CONNECTOR})(?={_SPACE}|$)|{_POSSESSIVE}")
# The same as r"\b[a-z]+\b", and faster: only a word's first letter passes the look-behind.
LOWER_WORD = re.compile(r"(?<!\w)[a-z]+(?!\w)")
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
COMMON_ENDING = re.compile(r"^[A-Z][a-z]+(?:ly|ing|ed)$")
_LOWER_TITLE_BEFORE = re.compile(r"((?:[a-z]+ ){0,2}[a-z]+) $")
MAX_PHRASE_WORDS = 6
MAX_PERSON_WORDS = 4


def word_before(text: str, start: int, reach: int = 24) -> str:
    """The word that ends one space before ``start`` (up to ``reach`` characters back)."""
    if text[start - 1 : start] != " ":
        return ""
    window_start = max(0, start - reach)
    space = text.rfind(" ", window_start, start - 1)
    return text[(space + 1 if space >= 0 else window_start) : start - 1]


def lower_org_suffix_after(text: str, end: int) -> str | None:
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return None
    word = _LEADING_LETTERS.match(text, end + 1)
    if word is not None and word.end() == end + 2 and text[end + 2 : end + 3] == ".":
        dotted = _DOTTED_LEGAL_FORM.match(text, end + 1)
        return dotted.group(0) if dotted else None
    return word.group(0) if word and word.group(0) in lower_org_suffixes() else None


_LEADING_LETTERS = re.compile(r"[a-z]+")
# "Kamen Lumbarda d.o.o.", "Tatra Mlyn s.r.o.": Slavic companies' legal forms.
DOTTED_LEGAL_FORMS = ("d.o.o.", "d.d.", "s.r.o.")
_DOTTED_LEGAL_FORM = re.compile(
    "(?:" + "|".join(re.escape(form) for form in DOTTED_LEGAL_FORMS) + r")(?!\w)"
)


def tokens_of_run(
    text: str, match: re.Match[str], reserved: list[tuple[int, int]], reserved_starts: list[int]
) -> list[tuple[int, int, str]]:
    """The run's words and connectors, with any word inside a date or number turned into a gap."""
    base = match.start()
    tokens = [
        (base + part.start(), base + part.end(), part.group(0))
        for part in _RUN_PART.finditer(match.group(0))
    ]
    index = bisect_left(reserved_starts, match.end())
    overlapping = [span for span in reserved[max(0, index - 8) : index] if span[1] > match.start()]
    if not overlapping:
        return tokens
    return [
        token
        if not any(s < token[1] and token[0] < e for s, e in overlapping)
        else (token[0], token[1], "")
        for token in tokens
    ]


STARTERS_WORDS_AND_TITLES = frozenset(
    {"The", "He", "She", "It", "They", "We", "I", "But", "And", "A", "An", "In", "This", "That"}
)


def starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in " \u00a0\"'“‘([":
        index -= 1
    if index < 0 or text[index] in _SENTENCE_END:
        return True
    return text[index] in "—–-" and _after_a_dateline(text, index)


_SENTENCE_END = frozenset(".!?:;…\n”’\"')]")
# "PUNE -", "HRABUSICE, Slovakia —", "JAKARTA (Equator Wire) -": a town in capitals opening its
# line, then the dash the story starts after.
_DATELINE_HEAD = re.compile(
    rf"[{_UPPER}][{_UPPER}.'’ -]*[{_UPPER}.]"
    r"(?:, [A-Z][^\n—–()]{1,40}?)?(?: \([^()\n]{1,40}\))? -?"
)


def _after_a_dateline(text: str, dash: int) -> bool:
    # A dateline is short: the search back for its line's start is bounded, so a text with
    # no line breaks and many dashes stays linear.
    reach = max(0, dash - _DATELINE_REACH)
    line_start = text.rfind("\n", reach, dash) + 1
    if line_start == 0 and reach > 0:
        return False
    return _DATELINE_HEAD.fullmatch(text, line_start, dash) is not None


_DATELINE_REACH = 100


def lower_case_title_before(text: str, start: int) -> str | None:
    """ "defence secretary" in "defence secretary Ben Wallace": a title written in lower case."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].islower():
        return None
    word_start = text.rfind(" ", max(0, start - 20), start - 1) + 1
    if text[word_start : start - 1] not in title_heads():
        return None
    match = _LOWER_TITLE_BEFORE.search(text[max(0, start - 40) : start])
    if not match:
        return None
    words = match.group(1).split()
    if words[-1] not in title_heads():
        return None
    while words and words[0] not in titles() and " ".join(words) not in titles():
        if len(words) == 1:
            break
        words = words[1:]
    return " ".join(words)
