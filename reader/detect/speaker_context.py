"""What attribution knows while it works through an article: people, entities, speakers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.detect.candidates import EntityAnalysis
from reader.detect.roles import RoleMap
from reader.detect.sentences import Sentences
from reader.detect.types import EntitySpan


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    span: tuple[int, int]
    is_person: bool


@dataclass(slots=True)
class SpeakerContext:
    text: str
    masked: str
    sentences: Sentences
    analysis: EntityAnalysis
    person_starts: list[int] = field(default_factory=list)
    people: list[EntitySpan] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)
    organisations: frozenset[str] = frozenset()
    organisations_by_last_word: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
    # canonical name -> where the article first names it; built when first asked for
    first_named: dict[str, int] | None = None
    roles: RoleMap = field(default_factory=RoleMap)
    # sentence index -> speakers of quotes in that sentence, filled in text order
    spoken: dict[int, list[Speaker]] = field(default_factory=dict)
    # sentence index -> who that sentence reports as saying something ("X said the ..."),
    # without a quote; set by attribution, which knows how to find it
    reported: Callable[[int, int | None], Speaker | None] | None = None
    # family name -> the canonical names of the people who bear it; built when first asked for
    families: dict[str, set[str]] | None = None
    families_by_first_word: dict[str, set[str]] = field(default_factory=dict)


def has_person(context: SpeakerContext, start: int, end: int, leading_only: bool = False) -> bool:
    """Whether a person is named between start and end (at its very start, if leading_only)."""
    index = bisect_left(context.person_starts, start)
    if index >= len(context.people) or context.people[index].end > end:
        return False
    before = context.text[start : context.people[index].start]
    return not leading_only or _ONLY_TITLES.match(before) is not None


_ONLY_TITLES = re.compile(r"^\s*(?:[A-Z][\w.]*\s+)*$")


def entity_containing(context: SpeakerContext, position: int) -> EntitySpan | None:
    index = bisect_left(context.entity_starts, position + 1) - 1
    if index >= 0:
        entity = context.analysis.spans[index]
        if entity.start < position < entity.end:
            return entity
    return None


def person_just_before(context: SpeakerContext, position: int) -> Speaker | None:
    index = bisect_left(context.person_starts, position) - 1
    if index >= 0:
        person = context.people[index]
        if 0 <= position - person.end <= 40:
            return Speaker(person.canonical, (person.start, person.end), True)
    return None


def entities_within(context: SpeakerContext, start: int, end: int) -> list[EntitySpan]:
    spans = context.analysis.spans
    index = bisect_left(context.entity_starts, start)
    found = []
    while index < len(spans) and spans[index].start < end:
        if spans[index].end <= end:
            found.append(spans[index])
        index += 1
    return found
