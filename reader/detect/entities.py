"""Named entities by rule: capitalised runs split into people, organisations, places and groups.

A run of capitalised words ("Commons Defence Committee chairman Tobias Ellwood" gives two runs)
is cut into chunks by what is known about its words: place names from the gazetteer,
organisations by suffix or from our list, nationalities, job titles and forms of address.
What is left is a name: a person when it has two or more words or follows a title, and
otherwise kept only if it is a known person's surname or an acronym.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from reader.detect.aliases import PersonRegistry
from reader.detect.gazetteer import major_places, places
from reader.detect.lexicon import (
    honorifics,
    known_orgs,
    lower_org_suffixes,
    nationalities,
    org_suffixes,
    place_features,
    sentence_starters,
    title_heads,
    titles,
)
from reader.detect.numbers import find_numeric
from reader.detect.types import EntitySpan

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # Latin Extended-A mixes cases; the first letter is checked with isupper
_WORD = rf"[{_UPPER}][\w]*(?:['’][{_UPPER}][\w]*)*(?:-[{_UPPER}][\w]*)*"
_TOKEN = rf"(?:Mr|Mrs|Ms|Dr|Prof|Rev|St|Gen|Sen|Rep|Lt|Col|Capt|Sgt|Fr)\.|(?:[A-Z]\.){{2,}}|{_WORD}"
_CONNECTOR_WORDS = (
    "of",
    "for",
    "and",
    "the",
    "de",
    "da",
    "di",
    "del",
    "der",
    "van",
    "von",
    "bin",
    "al",
    "la",
    "le",
    "du",
    "&",
)
_CONNECTOR = "|".join(re.escape(word) for word in _CONNECTOR_WORDS)
_SPACE = r"[ \u00a0]"
# "Scottish Fishermen’s Federation", "Communication Workers' Union": a possessive inside a name.
_POSSESSIVE = r"(?:(?<=s)['’]|['’]s)(?=[ \u00a0][A-Z])"
# A lone pronoun or article is never a name: skipped by the pattern itself, which is faster
# than looking at each in Python.
_LONE_COMMON_WORD = (
    r"(?:The|He|She|It|They|We|I|But|And|A|An|In|This|That|His|Her|Their|There|If|As|At|On"
    rf"|For|When|While|After|However|Its|Our|You|So)(?![\w’'.-]|{_SPACE}[A-Z])"
)
_RUN = re.compile(
    # The leading look-ahead lets the engine skip quickly to the next capital letter.
    rf"(?=[{_UPPER}])(?<![\w’'.])(?!{_LONE_COMMON_WORD})(?:{_TOKEN})(?:{_POSSESSIVE})?"
    rf"(?:{_SPACE}(?:(?:{_CONNECTOR}){_SPACE})*(?:{_TOKEN})(?:{_POSSESSIVE})?)*"
)
_RUN_PART = re.compile(rf"{_TOKEN}|(?:{_CONNECTOR})(?={_SPACE})|{_POSSESSIVE}")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$")
_COMMON_ENDING = re.compile(r"^[A-Z][a-z]+(?:ly|ing|ed)$")
_LOWER_TITLE_BEFORE = re.compile(r"((?:[a-z]+ ){0,2}[a-z]+) $")
_MAX_PHRASE_WORDS = 6
_MAX_PERSON_WORDS = 4


@dataclass(slots=True)
class EntityAnalysis:
    """Entities with what attribution needs to know about the people among them."""

    spans: list[EntitySpan] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # canonical -> "m" | "f"
    titled: dict[str, str] = field(default_factory=dict)  # "defence secretary" -> canonical


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    label: str  # an OntoNotes label, or "NAME" for a lone word to resolve
    canonical: str
    words: list[str] = field(default_factory=list)
    honorific: str | None = None
    title: str | None = None


@cache
def _digit_orgs() -> re.Pattern[str] | None:
    names = [name for name in known_orgs() if any(char.isdigit() for char in name)]
    if not names:
        return None
    names.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)")


@cache
def _phrase_table() -> dict[str, tuple[str, str]]:
    """Known multi- and single-word phrases -> (label, canonical); titles get label "TITLE"."""
    table: dict[str, tuple[str, str]] = {}
    table.update(places())
    for word in nationalities():
        table[word] = ("NORP", word)
    for name in known_orgs():
        table[name.removeprefix("the ")] = ("ORG", name.removeprefix("the "))
    return table


def find_entities(text: str) -> EntityAnalysis:
    numeric = find_numeric(text)
    digit_orgs = _digit_orgs()
    org_spans = [match.span() for match in digit_orgs.finditer(text)] if digit_orgs else []
    reserved = sorted([(start, end) for start, end, _ in numeric] + org_spans)
    reserved_starts = [start for start, _ in reserved]
    lower_vocabulary = set(_LOWER_WORD.findall(text))
    # (offset, candidate): a candidate's start and end are relative to the offset, so the
    # chunks of a name seen before in the same context are reused as they are.
    placed: list[tuple[int, _Candidate]] = []
    seen: dict[tuple[str, bool, str | None, str | None], list[_Candidate]] = {}
    for match in _RUN.finditer(text):
        start, end = match.span()
        index = bisect_left(reserved_starts, end)
        if index and _overlaps(reserved, index, start):
            chunked = _chunk_run(text, match, reserved, reserved_starts, lower_vocabulary)
            placed.extend((0, candidate) for candidate in chunked)
            continue
        key = (
            match.group(0),
            _starts_sentence(text, start),
            _lower_case_title_before(text, start),
            _lower_org_suffix_after(text, end),
        )
        chunks = seen.get(key)
        if chunks is None:
            chunks = [
                _shifted(candidate, -start)
                for candidate in _chunk_run(
                    text, match, reserved, reserved_starts, lower_vocabulary
                )
            ]
            seen[key] = chunks
        for candidate in chunks:
            placed.append((start, candidate))
    analysis = _resolve(text, placed, PersonRegistry())
    spans = [EntitySpan(start, end, label, text[start:end]) for start, end, label in numeric]
    spans += [EntitySpan(start, end, "ORG", text[start:end]) for start, end in org_spans]
    spans += analysis.spans
    analysis.spans = _without_overlaps(spans)
    return analysis


def _overlaps(reserved: list[tuple[int, int]], index: int, start: int) -> bool:
    # Reserved spans don't overlap one another, so only the last one before ``end`` can reach.
    return reserved[index - 1][1] > start


def _shifted(candidate: _Candidate, offset: int) -> _Candidate:
    return _Candidate(
        candidate.start + offset,
        candidate.end + offset,
        candidate.label,
        candidate.canonical,
        candidate.words,
        candidate.honorific,
        candidate.title,
    )


def _lower_org_suffix_after(text: str, end: int) -> str | None:
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return None
    word = _LEADING_LETTERS.match(text, end + 1)
    return word.group(0) if word and word.group(0) in lower_org_suffixes() else None


_LEADING_LETTERS = re.compile(r"[a-z]+")


def _start_then_longest(span: EntitySpan) -> tuple[int, int]:
    return span.start, -span.end


def _without_overlaps(spans: list[EntitySpan]) -> list[EntitySpan]:
    spans.sort(key=_start_then_longest)
    kept: list[EntitySpan] = []
    for span in spans:
        if span.end <= span.start:
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _tokens_of_run(
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


def _chunk_run(
    text: str,
    match: re.Match[str],
    reserved: list[tuple[int, int]],
    reserved_starts: list[int],
    lower_vocabulary: set[str],
) -> list[_Candidate]:
    table = _phrase_table()
    at_sentence_start = _starts_sentence(text, match.start())
    if match.group(0) in _STARTERS_WORDS_AND_TITLES:
        return []
    if at_sentence_start and match.group(0) in sentence_starters():
        return []
    tokens = _tokens_of_run(text, match, reserved, reserved_starts)
    if at_sentence_start and tokens:
        word = tokens[0][2]
        known = (
            word in table
            or word.rstrip(".") in honorifics()
            or word.lower() in titles()
            or word.lower() in _title_first_words()
        )
        names_an_organisation = any(token[2] in org_suffixes() for token in tokens[1:])
        if word in sentence_starters() or (
            not known
            and not names_an_organisation
            and (
                word.lower() in lower_vocabulary or (len(tokens) > 1 and _COMMON_ENDING.match(word))
            )
        ):
            tokens = tokens[1:]
            at_sentence_start = False
            while tokens and tokens[0][2] in _CONNECTOR_WORDS:
                tokens = tokens[1:]
    if not tokens:
        return []

    found: list[_Candidate] = []
    org = _organisation_block(text, tokens)
    while org is not None:
        org_end_index, candidate = org
        found.append(candidate)
        tokens = tokens[org_end_index:]
        while tokens and (tokens[0][2] in _CONNECTOR_WORDS or tokens[0][2] == "The"):
            tokens = tokens[1:]
        at_sentence_start = False
        if not tokens:
            return found
        org = _organisation_block(text, tokens)

    title_before = _lower_case_title_before(text, tokens[0][0])
    pending: list[tuple[int, int, str]] = []
    honorific: str | None = None
    title: str | None = title_before
    title_start: int | None = None

    def flush() -> None:
        nonlocal pending, honorific, title, title_start
        if pending and honorific is None:
            pending, title = _split_title_inside(pending, title, found)
            if title and not title_start:
                title_start = None
        if pending:
            words = [word.removesuffix("’s").removesuffix("'s") for _, _, word in pending]
            start = pending[0][0]
            end = pending[-1][1]
            if len(words) == 1 and (honorific or title_start is not None):
                # "Mr Lund", "Professor Ferreira": the form of address is part of the mention.
                start = honorific_start if honorific else title_start
            place = _place_kind(words) if not (honorific or title) else None
            if place is not None:
                if place != "FAC":
                    found.append(_Candidate(start, end, place, text[start:end]))
            elif not honorific and not title and words[0] in _PLACE_NAME_STARTS:
                found.append(_Candidate(start, end, "GPE", text[start:end]))
            elif not honorific and not title and len(words) >= 2 and _follows_at(text, start):
                # "an analyst at Harrington Capital": people are seldom "at" somebody.
                found.append(_Candidate(start, end, "ORG", text[start:end]))
            elif honorific or title or 2 <= len(words) <= _MAX_PERSON_WORDS:
                if len(words) <= _MAX_PERSON_WORDS:
                    found.append(_Candidate(start, end, "PERSON", "", words, honorific, title))
            elif len(words) == 1:
                label = "NAME_AT_START" if start == first_start and at_sentence_start else "NAME"
                if label == "NAME" and _follows_place_preposition(text, start):
                    label = "PLACE_NAME"
                found.append(_Candidate(start, end, label, words[0], words))
        pending = []
        honorific = None
        title = None
        title_start = None

    first_start = tokens[0][0]
    honorific_start = first_start
    index = 0
    while index < len(tokens):
        start, end, word = tokens[index]
        if not word or word in _CONNECTOR_WORDS or word == "The" or word[0] in "'’":
            flush()
            index += 1
            continue
        if word.rstrip(".") in honorifics() and not pending:
            flush()
            honorific = word.rstrip(".")
            honorific_start = start
            index += 1
            continue
        if not pending and honorific is None:
            title_end = _longest_title(tokens, index)
            if title_end > index:
                flush()
                title = " ".join(token[2] for token in tokens[index:title_end]).lower()
                title_start = start
                index = title_end
                continue
        phrase_end, known = _longest_phrase(tokens, index, table)
        if honorific is not None and not pending:
            known = None  # "Mr Lund": a name, even when a town is called so
        if known is not None and not _city_is_a_first_name(
            tokens, index, phrase_end, known, bool(pending), table
        ):
            flush()
            label, canonical = known
            found.append(_Candidate(start, tokens[phrase_end - 1][1], label, canonical))
            index = phrase_end
            continue
        if honorific is None and title is None and not pending and _is_lone_title_word(word):
            index += 1
            continue
        pending.append((start, end, word))
        index += 1
    flush()
    return found


def _city_is_a_first_name(
    tokens: list[tuple[int, int, str]],
    index: int,
    phrase_end: int,
    known: tuple[str, str],
    in_name: bool,
    table: dict[str, tuple[str, str]],
) -> bool:
    """ "Vladimir Putin", "Antony Blinken", "Michael Jackson": a city's name inside a person's."""
    if known[0] != "GPE" or phrase_end != index + 1 or tokens[index][2] in _countries():
        return False
    if in_name:
        return True
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1][2]
    # Two town names side by side ("Ann Moss") are a first name and a surname.
    following_is_town = table.get(following, ("",))[0] == "GPE" and following not in _countries()
    return (
        bool(following)
        and following[0] not in "'’"
        and (following not in table or following_is_town)
        and following not in _CONNECTOR_WORDS
        and following not in org_suffixes()
        and following.lower() not in titles()
    )


def _place_kind(words: list[str]) -> str | None:
    first, last = place_features()
    if len(words) < 2:
        return None
    return first.get(words[0]) or last.get(words[-1])


_PLACE_PREPOSITIONS = (" in ", " near ", " outside ", " around ", " at ")
_PLACE_NAME_STARTS = frozenset(
    "New North South East West Upper Lower Great Little Old Saint St Port Fort Mount".split()
)


def _follows_place_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start]
    return before.endswith(_PLACE_PREPOSITIONS)


def _follows_at(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start] in (" at ", "\nat ") or (
        text[max(0, start - 8) : start] == " at the "
    )


def _split_title_inside(
    pending: list[tuple[int, int, str]], title: str | None, found: list[_Candidate]
) -> tuple[list[tuple[int, int, str]], str | None]:
    """ "Fisheries Minister Lars Haugland", "LRTA President Dolores Whitaker": the name is
    what follows the last title word; an acronym before the title is an organisation."""
    last_title = -1
    for index, (_, _, word) in enumerate(pending[:-1]):
        if word.lower() in titles():
            last_title = index
    if last_title < 0:
        return pending, title
    before = pending[:last_title]
    if len(before) == 1 and _ACRONYM.match(before[0][2]):
        start, end, word = before[0]
        found.append(_Candidate(start, end, "NAME", word, [word]))
    words = " ".join(word for _, _, word in pending[: last_title + 1]).lower()
    return pending[last_title + 1 :], words


@cache
def _title_first_words() -> frozenset[str]:
    return frozenset(title.split()[0] for title in titles() if " " in title)


def _countries() -> frozenset[str]:
    return major_places()


def _is_lone_title_word(word: str) -> bool:
    return word.lower() in title_heads() and word.lower() in titles()


def _longest_title(tokens: list[tuple[int, int, str]], index: int) -> int:
    best = index
    words: list[str] = []
    for end in range(index, min(len(tokens), index + 4)):
        words.append(tokens[end][2].lower())
        if " ".join(words) in titles():
            best = end + 1
    # A title needs a name after it; "Defence Secretary" alone is no entity, and is skipped.
    return best


def _longest_phrase(
    tokens: list[tuple[int, int, str]], index: int, table: dict[str, tuple[str, str]]
) -> tuple[int, tuple[str, str] | None]:
    words: list[str] = []
    best: tuple[int, tuple[str, str] | None] = (index, None)
    for end in range(index, min(len(tokens), index + _MAX_PHRASE_WORDS)):
        if not tokens[end][2]:
            break
        words.append(tokens[end][2])
        joined = " ".join(words)
        known = table.get(joined)
        if known is None and len(joined) > 3 and joined.isupper():
            known = table.get(joined.title())  # "CHICAGO —" in a dateline
        if known is not None:
            best = (end + 1, known)
    if best[1] is None and "-" in tokens[index][2]:
        parts = tokens[index][2].split("-")
        if all(part in table for part in parts):
            return index + 1, None
    return best


def _organisation_block(
    text: str, tokens: list[tuple[int, int, str]]
) -> tuple[int, _Candidate] | None:
    """An organisation named by its suffix: "Lowy Institute", "Ministry of Defence"."""
    suffixes = org_suffixes()
    suffix_index = -1
    for index, (_, _, word) in enumerate(tokens):
        if word in suffixes and (index > 0 or _followed_by_of(tokens, index)):
            suffix_index = index
            break
        if not word:
            break
    # Names of more words go on after the first suffix ("NHS Foundation Trust"), up to "and".
    while (
        0 <= suffix_index < len(tokens) - 1
        and tokens[suffix_index + 1][2]
        and tokens[suffix_index + 1][2] not in _CONNECTOR_WORDS
        and tokens[suffix_index + 1][2][0] not in "'’"
    ):
        suffix_index += 1
    end_index = suffix_index + 1
    if suffix_index < 0 and len(tokens) >= 2 and tokens[0][2] in suffixes:
        if tokens[1][2] in places():
            # "Police Scotland": an organisation word followed by the place it serves.
            start, end = tokens[0][0], tokens[1][1]
            return 2, _Candidate(start, end, "ORG", text[start:end])
    if suffix_index < 0:
        last_end = tokens[-1][1]
        suffix = _lower_org_suffix_after(text, last_end)
        if suffix and all(token[2] for token in tokens):
            end = last_end + 1 + len(suffix)
            return len(tokens), _Candidate(tokens[0][0], end, "ORG", text[tokens[0][0] : end])
        return None
    joining = ("of", "for", "the")
    while (
        end_index + 1 < len(tokens) and tokens[end_index][2] in joining and tokens[end_index + 1][2]
    ):
        joining = ("of", "for", "the", "and", "&")  # "Institute of Allergy and Infectious ..."
        end_index += 1
        while end_index < len(tokens) and tokens[end_index][2] not in _CONNECTOR_WORDS:
            if not tokens[end_index][2]:
                break
            end_index += 1
    start = tokens[0][0]
    end = tokens[end_index - 1][1]
    if end_index < len(tokens):
        return end_index, _Candidate(start, end, "ORG", text[start:end])
    if any(token[2] in ("of", "for") for token in tokens):
        # "Department for Levelling Up, Housing and Communities": a list inside the name.
        tail = _ORG_LIST_TAIL.match(text, end)
        if tail:
            end = tail.end()
    legal = _LEGAL_FORM_AFTER.match(text, end)
    if legal:
        end = legal.end()
    return end_index, _Candidate(start, end, "ORG", text[start:end])


_NAME_WORDS = r"[A-Z][\w’']*(?: [A-Z][\w’']*)*"
_ORG_LIST_TAIL = re.compile(rf"(?:, {_NAME_WORDS})*,? (?:and|&) {_NAME_WORDS}")
_LEGAL_FORM_AFTER = re.compile(r" (?:plc|ltd|Ltd|PLC|LLP|Inc|AG|SA|GmbH|A/S)\b\.?")


def _followed_by_of(tokens: list[tuple[int, int, str]], index: int) -> bool:
    return index + 2 < len(tokens) and tokens[index + 1][2] in ("of", "for")


_STARTERS_WORDS_AND_TITLES = frozenset(
    {"The", "He", "She", "It", "They", "We", "I", "But", "And", "A", "An", "In", "This", "That"}
)


def _starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in " \u00a0\"'“‘([":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END


_SENTENCE_END = frozenset(".!?:;…\n”’\"')]")


def _lower_case_title_before(text: str, start: int) -> str | None:
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


def _resolve(
    text: str, placed: list[tuple[int, _Candidate]], registry: PersonRegistry
) -> EntityAnalysis:
    for offset, candidate in placed:
        if candidate.label == "PERSON" and len(candidate.words) >= 2:
            start = offset + candidate.start
            registry.add_full_name(candidate.words, start)
            registry.note_gender(candidate.words, candidate.honorific)
            registry.note_gender(
                candidate.words, _gender_from_kin(text, start, offset + candidate.end)
            )
    short = _short_forms({id(candidate): candidate for _, candidate in placed}.values())
    analysis = EntityAnalysis()
    titled: dict[str, str] = {}
    for offset, candidate in placed:
        start = offset + candidate.start
        label = candidate.label
        canonical = candidate.canonical
        if (
            label == "PERSON"
            and len(candidate.words) >= 2
            and not (candidate.honorific or candidate.title)
            and " ".join(candidate.words) in short
        ):
            label, canonical = short[" ".join(candidate.words)]
        elif label == "PERSON":
            if len(candidate.words) >= 2:
                canonical = registry.fullest(candidate.words)
            else:
                word = candidate.words[0]
                canonical = registry.canonical_for(word, start, candidate.honorific) or (
                    f"{candidate.honorific} {word}" if candidate.honorific else word
                )
            if candidate.title:
                titled[candidate.title] = canonical
        elif label in ("NAME", "NAME_AT_START", "GPE") and registry.knows(candidate.canonical):
            label = "PERSON"
            canonical = registry.canonical_for(candidate.canonical, start) or canonical
        elif label in ("NAME", "NAME_AT_START", "PLACE_NAME") and candidate.canonical in short:
            label, canonical = short[candidate.canonical]
        elif label == "PLACE_NAME":
            label = "GPE"
        elif (
            label in ("NAME", "NAME_AT_START")
            and _ACRONYM.match(candidate.canonical)
            and candidate.canonical not in _COMMON_ACRONYMS
        ):
            label = "ORG"
        elif label in ("NAME", "NAME_AT_START"):
            continue
        analysis.spans.append(EntitySpan(start, offset + candidate.end, label, canonical))
    analysis.genders = registry.genders()
    analysis.titled = _titles_by_suffix(titled)
    return analysis


_KIN_BEFORE = re.compile(
    r"\b(?P<kin>brother|son|husband|father|nephew|uncle|grandson|grandfather|boyfriend"
    r"|sister|daughter|wife|mother|niece|aunt|granddaughter|grandmother|girlfriend),? $",
    re.IGNORECASE,
)
_MALE_KIN = frozenset(
    "brother son husband father nephew uncle grandson grandfather boyfriend".split()
)
_HIS_OR_HER_AFTER = re.compile(r",? and (?P<pronoun>his|her) ")


def _gender_from_kin(text: str, start: int, end: int) -> str | None:
    """ "Denise Kavanagh and her brother, Joe Kavanagh": "Mr" or "Ms" for each, in effect."""
    kin = _KIN_BEFORE.search(text, max(0, start - 16), start)
    if kin:
        return "Mr" if kin.group("kin").lower() in _MALE_KIN else "Ms"
    pronoun = _HIS_OR_HER_AFTER.match(text, end)
    if pronoun:
        return "Mr" if pronoun.group("pronoun") == "his" else "Ms"
    return None


# Capital letters that name no organisation.
_COMMON_ACRONYMS = frozenset(
    "GP GPs CCTV TV PM MP MPs MSP MSPs CEO CFO AI GDP VAT DNA PhD OK ID PR HR IT PC UFO FAQ PIN"
    " SUV ICU A&E ATM".split()
)
_PLACE_BODIES = frozenset({"Council", "Borough", "County"})


def _short_forms(candidates: Iterable[_Candidate]) -> dict[str, tuple[str, str]]:
    """ "Nordhavn" for "Nordhavn Logistics Group", "Ouse" for "River Ouse": a distinctive word
    of a longer organisation or place name, when no other name claims it."""
    first_words, last_words = place_features()
    claims: dict[str, set[tuple[str, str]]] = {}
    for candidate in candidates:
        words = candidate.canonical.split()
        if len(words) < 2:
            continue
        if candidate.label == "ORG":
            short = words[0]
            trimmed = [word for word in words if word not in org_suffixes()]
            if words[-1] in _PLACE_BODIES:
                claims.setdefault(short, set()).add(("GPE", short))
                continue
            if 2 <= len(trimmed) < len(words) and trimmed == words[: len(trimmed)]:
                name = " ".join(trimmed)
                claims.setdefault(name, set()).add((candidate.label, candidate.canonical))
        elif candidate.label == "LOC":
            short = words[1] if words[0] in first_words else words[0]
        else:
            continue
        if short[:1].isupper() and short not in sentence_starters() and short not in org_suffixes():
            claims.setdefault(short, set()).add((candidate.label, candidate.canonical))
    resolved: dict[str, tuple[str, str]] = {}
    for short, names in claims.items():
        places = [name for name in names if name[0] == "GPE"]
        if places:
            resolved[short] = places[0]  # "Harwick" of "Harwick Borough Council" is the town
        elif len(names) == 1:
            resolved[short] = next(iter(names))
    return resolved


def _titles_by_suffix(titled: dict[str, str]) -> dict[str, str]:
    """Every trailing part of a title: "uk defence secretary" also answers "defence secretary"."""
    claims: dict[str, set[str]] = {}
    for title, person in titled.items():
        words = title.split()
        for index in range(len(words)):
            if words[index] in _CONNECTOR_WORDS:
                continue
            claims.setdefault(" ".join(words[index:]), set()).add(person)
    return {title: next(iter(people)) for title, people in claims.items() if len(people) == 1}
