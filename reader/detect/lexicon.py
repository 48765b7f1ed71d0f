"""Word lists kept in ``data/*.txt``, read once on first use (never at import time)."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

_DATA_DIR = Path(__file__).resolve().parent / "data"

# Forms of address written with a stop, which neither end a sentence nor split a name ("Dr.
# Ama Owusu", "Ing. Pablo Mora"): read by the sentence splitter and the capitalised-run scan.
DOTTED_TITLES = (
    "Mr Mrs Ms Dr Prof Rev St Ste Mt Ft Gen Sen Rep Lt Col Capt Sgt Fr Engr Eng Atty Sra Ing"
    " Lic Licda Licdo Dra Arq Mgr Smt".split()
)


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of ``data/<name>``."""
    lines = (_DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _inflections(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


@cache
def speech_verbs() -> frozenset[str]:
    """Every inflected form of the attribution verbs, lower case."""
    forms: set[str] = set()
    for line in data_lines("speech_verbs.txt"):
        words = line.split()
        forms.update(words if len(words) > 1 else _inflections(words[0]))
    return frozenset(forms)


@cache
def speech_verb_bases() -> frozenset[str]:
    """The base form of each attribution verb ("counter", "note"), which is a noun as often."""
    return frozenset(line.split()[0] for line in data_lines("speech_verbs.txt"))


@cache
def _honorific_marks() -> dict[str, frozenset[str]]:
    """Each form of address with the marks after it in its line ("male", "first-name")."""
    marked: dict[str, frozenset[str]] = {}
    for line in data_lines("honorifics.txt"):
        form, *marks = line.split()
        marked[form] = frozenset(marks)
    return marked


@cache
def honorifics() -> frozenset[str]:
    return frozenset(_honorific_marks())


@cache
def honorifics_marked(mark: str) -> frozenset[str]:
    """The forms of address marked "male", "female", "first-name" or "kin"."""
    return frozenset(form for form, marks in _honorific_marks().items() if mark in marks)


@cache
def titles() -> frozenset[str]:
    """Job titles, lower case, single- and multi-word."""
    return frozenset(line.lower() for line in data_lines("titles.txt"))


@cache
def title_heads() -> frozenset[str]:
    """The last word of every title ("secretary" for "Foreign Secretary"), lower case."""
    return frozenset(title.split()[-1] for title in titles())


@cache
def org_suffixes() -> frozenset[str]:
    return frozenset(data_lines("org_suffixes.txt"))


@cache
def lower_org_suffixes() -> frozenset[str]:
    """Suffixes that still mark an organisation in lower case ("the Foreign Affairs committee")."""
    return frozenset(
        {"committee", "party", "council", "commission", "ministry", "department", "plc", "ltd"}
    )


@cache
def known_orgs() -> frozenset[str]:
    return frozenset(data_lines("known_orgs.txt"))


@cache
def occupations() -> frozenset[str]:
    """Trades written before a name at a sentence's start, lower case ("trader")."""
    return frozenset(data_lines("occupations.txt"))


@cache
def sentence_starters() -> frozenset[str]:
    return frozenset(data_lines("sentence_starters.txt"))


@cache
def nationalities() -> frozenset[str]:
    """Nationality and group words with their plurals ("Russian", "Russians")."""
    words: set[str] = set()
    for word in data_lines("nationalities.txt"):
        words.add(word)
        if not word.endswith(("ese", "ish", "ss", "ch", "sh")):
            words.add(word + "s")
    return frozenset(words)


@cache
def languages() -> frozenset[str]:
    """Languages named by no nationality word ("Arabic", "Swahili")."""
    return frozenset(data_lines("languages.txt"))


@cache
def place_features() -> tuple[dict[str, str], dict[str, str]]:
    """(first words, last words) -> "LOC" or "FAC": "River Ouse", "Girdle Ness", "Oldham Street"."""
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for line in data_lines("place_features.txt"):
        parts = line.split()
        if len(parts) == 3:
            first[parts[2]] = parts[0]
        else:
            last[parts[1]] = parts[0]
    return first, last


# "Ko Zaw Min Htet", "Ma Hnin Wai": Burmese forms of address, which are also Korean and Chinese
# family names ("Ko Mi-young", "Ma Long"). Before a name of two unhyphenated words or more, the
# form of address.
# Burmese "Ko" and "Ma", Czech "Pan": forms of address only before a full name ("Ma Thiri" is
# a woman called so, "Ma Jun" a Chinese name, "Pan Am" an airline).
FORMS_BEFORE_A_FULL_NAME = frozenset({"Ko", "Ma", "Pan"})


def without_accents(word: str) -> str:
    """ "José" -> "Jose": the census lists of given names write no accents."""
    return "".join(
        character
        for character in unicodedata.normalize("NFKD", word)
        if not unicodedata.combining(character)
    )


@cache
def given_names() -> frozenset[str]:
    """First names (title case) from the 1990 US Census lists."""
    return frozenset(given_name_genders())


@cache
def given_name_genders() -> dict[str, str]:
    """First name -> "m", "f", or "" where the lists give it to both."""
    genders: dict[str, str] = {}
    for line in data_lines("given_names.txt"):
        name, _, gender = line.partition(" ")
        genders[name] = gender
    return genders
