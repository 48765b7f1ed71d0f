"""Names resolved across an article: full names for short ones, labels for lone words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.detect.aliases import PersonRegistry
from reader.detect.candidates import Candidate, EntityAnalysis
from reader.detect.lexicon import (
    org_suffixes,
    place_features,
    sentence_starters,
)
from reader.detect.runs import ACRONYM, CONNECTOR_WORDS
from reader.detect.types import EntitySpan


def resolve(
    text: str, placed: list[tuple[int, Candidate]], registry: PersonRegistry
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
    kin_genders: dict[str, str] = {}
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
            and ACRONYM.match(candidate.canonical)
            and candidate.canonical not in _COMMON_ACRONYMS
        ):
            label = "ORG"
        elif label in ("NAME", "NAME_AT_START") and (
            first_name := registry.canonical_for_first(candidate.canonical)
        ):
            label, canonical = "PERSON", first_name  # "Brenda" after "Brenda Kelly"
        elif label in ("NAME", "NAME_AT_START") and (kin := _kin_just_before(text, start)):
            label = "PERSON"  # "Her son, Daniel, helps": a first name given by its kin word
            kin_genders[canonical] = "m" if kin in _MALE_KIN else "f"
        elif label in ("NAME", "NAME_AT_START"):
            continue
        analysis.spans.append(EntitySpan(start, offset + candidate.end, label, canonical))
    analysis.genders = kin_genders | registry.genders()
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


_KIN_AND_COMMA_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s?) (?P<kin>brother|son|husband|father|nephew"
    r"|uncle|grandson|grandfather|boyfriend|sister|daughter|wife|mother|niece|aunt|granddaughter|grandmother"
    r"|girlfriend), $"
)


def _kin_just_before(text: str, start: int) -> str | None:
    match = _KIN_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return match.group("kin").lower() if match else None


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


def _short_forms(candidates: Iterable[Candidate]) -> dict[str, tuple[str, str]]:
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
            if words[index] in CONNECTOR_WORDS:
                continue
            claims.setdefault(" ".join(words[index:]), set()).add(person)
    return {title: next(iter(people)) for title, people in claims.items() if len(people) == 1}
