"""Named entities by rule: capitalised runs split into people, organisations, places and groups.

A run of capitalised words ("Commons Defence Committee chairman Tobias Ellwood" gives two runs)
is cut into chunks by what is known about its words: place names from the gazetteer,
organisations by suffix or from our list, nationalities, job titles and forms of address.
What is left is a name: a person when it has two or more words or follows a title, and
otherwise kept only if it is a known person's surname or an acronym.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from functools import cache

from reader.detect.aliases import PersonRegistry
from reader.detect.candidates import Candidate, EntityAnalysis
from reader.detect.chunking import (
    A_TRADE_AFTER,
    AGE_AFTER_A_NAME,
    CITIES_AND_DIVISIONS,
    KIN_AFTER_A_NAME,
    LEGAL_FORM_AFTER,
    NEVER_CUT,
    PLACE_PREPOSITION_REACH,
    PLACE_PREPOSITIONS,
    REGION_NOUNS,
    THROUGH,
    chunk_run,
    city_or_division_context,
    described_as_a_place,
    is_dateline,
    list_opened_before,
    listed_after_a_place_word,
    place_words_before,
    title_before_its_holder,
    work_noun_context,
)
from reader.detect.credit_lines import credit_lines
from reader.detect.gazetteer import major_places, places
from reader.detect.lexicon import (
    honorifics,
    known_orgs,
    languages,
    org_suffixes,
    sentence_starters,
    titles,
)
from reader.detect.numbers import find_numeric
from reader.detect.resolution import STORY_HEAD_REACH, resolve
from reader.detect.runs import (
    LOWER_WORD,
    RUN,
    lower_case_title_before,
    lower_org_suffix_after,
    starts_sentence,
)
from reader.detect.types import EntitySpan
from reader.detect.work_titles import quoted_titles


@cache
def _digit_org_pattern() -> re.Pattern[str]:
    """One pattern for the known bodies with a digit in their name, the longest first: their
    shared first letter lets the regex engine read the text once, where a str.find per name
    read it once per name."""
    names = sorted(
        (
            name
            for name in known_orgs()
            if any(char.isdigit() for char in name) and not name[0].isdigit()
        ),
        key=lambda name: (-len(name), name),
    )
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


@cache
def _digit_led_orgs() -> tuple[str, ...]:
    """ "24.kg": a name opening on a digit, looked for by str.find; in the pattern above, every
    digit of a text would start a try (2 ms of each megabyte)."""
    return tuple(name for name in known_orgs() if name[0].isdigit())


def _digit_org_spans(text: str) -> list[tuple[int, int]]:
    """ "Number 10", "No 10" (where two overlap, the earlier and then the longer is kept), then
    "24.kg": in no order; the caller sorts them."""
    found = [
        match.span()
        for match in _digit_org_pattern().finditer(text)
        if not _is_word_char(text[match.start() - 1 : match.start()])
    ]
    for name in _digit_led_orgs():
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if not _is_word_char(text[position - 1 : position]) and not _is_word_char(
                text[end : end + 1]
            ):
                found.append((position, end))
            position = text.find(name, end)
    return found


# "Municipal Department 59", "Local 1199": a body whose name ends on its number.
_NUMBERED_BODY_WORDS = frozenset({"Department", "Local", "Unit", "Division", "Brigade"})
# "Primary School No 47", "Escola Número 3": the word that asks for the number after it.
_NUMBER_WORDS = frozenset({"No", "Number", "Nr", "Número", "Numéro"})
_NUMBER_AFTER_NO = re.compile(r"\.? (\d{1,4})(?![\d,.]\d)\b")
_NUMBER_ENDING_A_NAME = re.compile(
    r" (\d{1,4})(?=[,.;:)](?!\d)|\s+(?:said|says|told|has|had|is|was)\b)"
)


def _numbered_bodies(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """A body's name with the number after it that ends the name, the number's own span
    dropped."""
    if not any(span[2] == "ORG" and _numbered_bodys_last_word(text, span) for span in spans):
        return spans
    kept: list[EntitySpan] = []
    skip_until = -1
    for span in spans:
        if span.start < skip_until:
            continue
        number = None
        last_word = _numbered_bodys_last_word(text, span)
        if last_word is not None:
            after_no = last_word in _NUMBER_WORDS
            number = (_NUMBER_AFTER_NO if after_no else _NUMBER_ENDING_A_NAME).match(text, span.end)
        if number is not None:
            canonical = span.canonical + text[span.end : number.end()]
            kept.append(EntitySpan(span.start, number.end(), "ORG", canonical))
            skip_until = number.end()
            continue
        kept.append(span)
    return kept


def _numbered_bodys_last_word(text: str, span: EntitySpan) -> str | None:
    """The body's last word where a number may end its name ("Department", "No"), else None."""
    if span.label != "ORG":
        return None
    last_word = text[span.start : span.end].rsplit(" ", 1)[-1]
    return last_word if last_word in _NUMBERED_BODY_WORDS or last_word in _NUMBER_WORDS else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# "in Bukalasi", "from Prince Albert", "above Gregory Town": the words before a run that
# chunking reads. Which of them stands there is in the cache key, not only whether one does:
# "a win at Bong County" is the club and "tappers from Bong County" the county.
_PREPOSITIONS_CHUNKING_READS = (
    *PLACE_PREPOSITIONS,
    THROUGH,
    " from ",
    " on ",  # "on Rarotonga, where"
    " to ",
    " into ",
    " above ",
    " below ",
)


def _preposition_before(text: str, start: int) -> str | None:
    before = text[max(0, start - PLACE_PREPOSITION_REACH) : start]
    if not before.endswith(_PREPOSITIONS_CHUNKING_READS):
        return None
    return before[:-1].rsplit(" ", 1)[-1]


def _chunk_key(text: str, match: re.Match[str]) -> tuple[object, ...]:
    start, end = match.span()
    # Everything chunking reads around the run is in the key: a cached cut is only reused
    # where it would come out the same ("Severnmere Water plc" vs "Severnmere Water, which").
    legal_form = (
        LEGAL_FORM_AFTER.match(text, end) if text[end + 1 : end + 2] in _LEGAL_FIRST else None
    )
    # A lower-case title before or suffix after needs a space and a lower-case letter
    # there: testing that here spares two calls for most runs. So do the other tests below
    # that hold nothing but the value a function returns where its first test fails: a key is
    # made for every run that recurs.
    before, after = text[start - 2 : start], text[end : end + 2]
    word_before_it = before[1:] == " " and before[:1].islower()
    set_off_after = after[:1] == ","
    joined = text.startswith((", ", " and ", " & "), end)
    return (
        match.group(0),
        starts_sentence(text, start),
        lower_case_title_before(text, start) if word_before_it else None,
        lower_org_suffix_after(text, end) if after[:1] == " " and after[1:].islower() else None,
        after[1:].islower() and text.startswith(REGION_NOUNS, end),
        legal_form.group(0) if legal_form else "",
        joined,
        text.startswith((" to ", " with "), end),  # "... Cruelty to Animals"
        text[start - 1 : start] in _OPENING_MARKS,
        # "the Bono East region", "the Government Statistician, Dr X": "the" before and
        # a name after it decide whether the words name a person.
        text[start - 4 : start] in ("the ", "The ")
        and (2 if text[start - 9 : start - 4] == "told " else 1),  # "told the Gleaner"
        _preposition_before(text, start) if word_before_it else None,
        place_words_before(text, start) if text[start - 4 : start] in (" of ", " to ") else None,
        (before == ", " or text[start - 5 : start] == " and ")
        and listed_after_a_place_word(text, start),
        list_opened_before(text, start) if word_before_it else None,
        set_off_after and described_as_a_place(text, end),
        # After a preposition a name is a place unless a possessive or a number follows
        # ("near Salmiya’s market", "at Gate 12").
        after in ("'s", "’s") or (after[:1] == " " and after[1:].isdigit()),
        set_off_after and title_before_its_holder(text, start, end),
        set_off_after and AGE_AFTER_A_NAME.match(text, end) is not None,
        # "her novel Salt Year", but "the head of the programme, Gevorg Mkrtchyan,".
        work_noun_context(text, start, end) if before[1:] == " " else None,
        text[end + 1 : end + 2].isupper(),  # "through Ålands Frukt & Grönt"
        # "Per Mora, a retired ferryman,": a name set off with what its bearer does.
        set_off_after and A_TRADE_AFTER.match(text, end) is not None,
        joined and KIN_AFTER_A_NAME.match(text, end) is not None,
        # "HRABUSICE, Slovakia —": a dateline opening a paragraph.
        (start == 0 or text[start - 1] == "\n") and is_dateline(text, start, end),
        # "Gangneung City said" is its government, "hope Gangneung City will" the city.
        city_or_division_context(text, start, end)
        if text.endswith(CITIES_AND_DIVISIONS, start, end)
        else None,
    )


def find_entities(text: str) -> EntityAnalysis:
    numeric = find_numeric(text)
    org_spans = _digit_org_spans(text)
    org_spans += _ampersand_firms(text)
    wires = _dateline_wires(text)
    org_spans += _every_mention(text, wires)
    org_spans.sort()
    # Words of a quoted title are reserved like numbers, so no name is made of them, and so
    # are the title's mentions without marks ("The Pit Wheel" after “The Pit Wheel”).
    titles = quoted_titles(text)
    if titles:
        named = {text[start:end] for start, end in titles}
        named |= {name[4:] for name in named if name.startswith("The ") and " " in name[4:]}
        titles = _merged(titles + _every_mention(text, named))
    if titles:
        numeric = [item for item in numeric if not _inside(titles, item[0])]
        org_spans = [span for span in org_spans if not _inside(titles, span[0])]
    affiliations = _party_affiliations(text) + _state_abbreviations(text)
    reserved = sorted(
        [(start, end) for start, end, _ in numeric]
        + org_spans
        + titles
        + [(span.start, span.end) for span in affiliations]
    )
    reserved_starts = [start for start, _ in reserved]
    lower_vocabulary = _lower_case_words(text)
    # (offset, candidate): a candidate's start and end are relative to the offset, so the
    # chunks of a name seen before in the same context are reused as they are.
    placed: list[tuple[int, Candidate]] = []
    seen: dict[tuple[object, ...], list[Candidate]] = {}
    unkeyed: dict[str, tuple[re.Match[str], list[Candidate] | None]] = {}
    keyed: set[str] = set()
    starters = sentence_starters()
    for match in RUN.finditer(text):
        start, end = match.span()
        index = bisect_left(reserved_starts, end)
        if index and _overlaps(reserved, index, start):
            if reserved[index - 1][0] <= start and reserved[index - 1][1] >= end:
                continue  # "Thursday", "GMT": a date or number whole, with no name in it
            chunked = chunk_run(text, match, reserved, reserved_starts, lower_vocabulary)
            placed.extend((0, candidate) for candidate in chunked)
            continue
        if (
            text[end : end + 1] in _APOSTROPHES
            and text[end + 1 : end + 2] == "s"
            # "below Saint Lucia's volcanic vents": a country's possessive, though a village
            # is called "Saint Lucia's"
            and text[start:end] not in major_places()
        ):
            place = places().get(text[start : end + 2])
            if place is not None:
                # "in St George's, the capital": a place whose name ends in a possessive.
                words = text[start : end + 2].split()
                placed.append((0, Candidate(start, end + 2, place[0], place[1], words)))
                continue
        run = match.group(0)
        if run in NEVER_CUT or (run in starters and starts_sentence(text, start)):
            continue  # "He", "El Niño", "Every" opening a sentence: nothing to cut
        if run not in keyed:
            if run not in unkeyed:
                # Most names stand once in an article: their key is only made if they recur.
                chunked = chunk_run(text, match, reserved, reserved_starts, lower_vocabulary)
                chunks = [_shifted(candidate, -start) for candidate in chunked]
                cacheable = all(candidate.end <= end for candidate in chunked)
                unkeyed[run] = (match, chunks if cacheable else None)
                placed.extend((start, candidate) for candidate in chunks)
                continue
            # A second mention: the first one's cut is keyed now, before this one looks.
            first_match, first_chunks = unkeyed.pop(run)
            keyed.add(run)
            if first_chunks is not None:
                seen[_chunk_key(text, first_match)] = first_chunks
        key = _chunk_key(text, match)
        chunks = seen.get(key)
        if chunks is None:
            chunked = chunk_run(text, match, reserved, reserved_starts, lower_vocabulary)
            chunks = [_shifted(candidate, -start) for candidate in chunked]
            # A body whose name goes on past the run ("..., Housing and Communities", "... to
            # Animals") depends on text the key does not hold, so its cut is not reused.
            if all(candidate.end <= end for candidate in chunked):
                seen[key] = chunks
        for candidate in chunks:
            placed.append((start, candidate))
    credits = credit_lines(text)
    if credits:
        placed = [
            item
            for item in placed
            if item[1].label != "PERSON" or not _inside(credits, item[0] + item[1].start)
        ]
    analysis = resolve(text, placed, PersonRegistry(), lower_vocabulary)
    spans = [EntitySpan(start, end, label, text[start:end]) for start, end, label in numeric]
    spans += [EntitySpan(start, end, "ORG", text[start:end]) for start, end in org_spans]
    spans += analysis.spans
    spans += affiliations
    spans += [
        EntitySpan(match.start(1), match.end(1), "LOC", match.group(1))
        for match in _COMPASS_REGION.finditer(text)
    ]
    analysis.spans = _languages_as_norp(
        text,
        _names_read_as_people(
            text,
            _abbreviations_with_stops(
                text,
                _national_societies(
                    text,
                    _fields_listed_before_a_body(
                        text,
                        _numbered_bodies(
                            text, _without_overlaps(_lists_opening_names(text, spans))
                        ),
                    ),
                ),
            ),
        ),
    )
    return analysis


# "a World Heritage Site", "Faisal Street", "Cecil Charlton Park": a name ending in one of
# these words is a thing or a place, never a person ("Mr Park" and "Jae-min Park" aside;
# "Lane" is left out: "Mr Lane", "Nathan Lane").
_NEVER_ENDS_A_PERSON = frozenset("Heritage List Site Street Avenue Road Wharf Park".split())
_LAST_WORDS_READ = _NEVER_ENDS_A_PERSON | {"Harbour"}
# Buildings, which the golds leave out (FAC); a church is also a body and stays one.
_PLACES_OF_WORSHIP = frozenset(
    "Cathedral Temple Mosque Pagoda Shrine Basilica Monastery Abbey Chapel Synagogue".split()
)
# "Le Soleil", "Los Halcones", "La Barra": a French, Spanish or Italian article opens the
# name of a newspaper, a band or a place, not a person's. ("El" is left: "El Hadj Diarra".)
_ROMANCE_ARTICLE_WORDS = frozenset("Le La Les Los Las Il Lo".split())
_PRESS_BEFORE = re.compile(r"\b(?:told|by|newspaper|daily|weekly|paper|magazine) $")


def _names_read_as_people(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The spans, with those read as people that are no one's name relabelled or left out, and
    places of worship read as bodies left out; the list itself where there are none."""
    to_read = [
        index
        for index, span in enumerate(spans)
        if span[2] in _LABELS_READ and _may_name_no_one(text, span)
    ]
    if not to_read:
        return spans
    kept: list[EntitySpan] = []
    previous = 0
    for index in to_read:
        kept.extend(spans[previous:index])
        previous = index + 1
        span = spans[index]
        read = None if span.label == "ORG" else _what_a_person_span_is(text, span)
        if read is not None:
            kept.append(read)
    kept.extend(spans[previous:])
    return kept


_LABELS_READ = frozenset(("PERSON", "ORG"))


def _may_name_no_one(text: str, span: EntitySpan) -> bool:
    """A cheap test on a span's first and last word (and "in" before it): whether the rules
    of ``_what_a_person_span_is`` (or the places of worship, for a body) may apply."""
    start, end = span.start, span.end
    space = text.rfind(" ", start, end)
    if span.label == "ORG":
        return space >= 0 and text[space + 1 : end] in _PLACES_OF_WORSHIP
    if text.endswith(" in ", 0, start):
        return True
    if space < 0:
        return False
    first_space = text.find(" ", start, end)
    return (
        text[start:first_space] in _ROMANCE_ARTICLE_WORDS
        or text[space + 1 : end] in _LAST_WORDS_READ
    )


def _what_a_person_span_is(text: str, span: EntitySpan) -> EntitySpan | None:
    """The span as it is, relabelled, or None where it names nothing."""
    surface = text[span.start : span.end]
    words = surface.split()
    if not words:
        return span
    first, last = words[0], words[-1]
    if len(words) > 1 and first in _ROMANCE_ARTICLE_WORDS:
        # "Le Thi Hong Nhung": a Vietnamese name of short words after "Le" stays a person.
        if first == "Le" and len(words) >= 3 and all(len(word) <= 5 for word in words[1:]):
            return span
        press = _PRESS_BEFORE.search(text, max(0, span.start - 12), span.start)
        return EntitySpan(span.start, span.end, "ORG" if press else "GPE", span.canonical)
    if len(words) > 1 and last == "Harbour":
        return EntitySpan(span.start, span.end, "LOC", span.canonical)
    addressed = first.rstrip(".") in honorifics()
    if (
        text.endswith(" in ", 0, span.start)
        and text[span.end : span.end + 2] not in ("’s", "'s")
        and not addressed
        and first.lower() not in titles()
    ):
        # "in Toa Payoh", "in Mae Chaem": no one is in a person
        return EntitySpan(span.start, span.end, "GPE", surface)
    if (
        len(words) > 1
        and last in _NEVER_ENDS_A_PERSON
        # "Mr Park", "Ms Road", "Jae-min Park": a surname after a form or a Korean given name
        and not addressed
        and not (last == "Park" and "-" in first)
    ):
        return None
    return span


def _languages_as_norp(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The spans with every word that names a language as NORP, as the golds label it ("in
    Arabic", "a retired Arabic teacher", "in Uzbek, Russian and English"), never a place."""
    kept: list[EntitySpan] = []
    language_end = -1
    known = places()
    named_languages = languages()
    for span in spans:
        if span.label not in ("GPE", "NORP"):
            kept.append(span)
            continue
        if span.label == "GPE" and span.canonical in named_languages:
            kept.append(_as_language(span))  # "a retired Arabic teacher", "in Arabic"
            continue
        spoken = (
            _SPOKEN_IN_BEFORE.search(text, max(0, span.start - 40), span.start)
            if span.label == "GPE"
            and " " not in span.canonical
            # most places are known ones, which only "speaks" can make a language
            and (span.canonical not in known or "spea" in text[span.start - 10 : span.start])
            else None
        )
        # "speaks Maya": no place is spoken, whatever town has the name.
        if spoken is not None and (spoken["speaks"] or span.canonical not in known):
            # "he said, in Creole", "spoke in Azeri", "leaflets in Marathi and Hindi": a
            # language no list holds, not a place.
            language_end = span.end
            kept.append(_as_language(span))
            continue
        if (span.label == "NORP" or span.canonical not in known) and (
            (span.label == "NORP" and _names_a_language(text, span))
            or (
                0 < span.start - language_end <= _LONGEST_LIST_JOIN
                and text[language_end : span.start] in _LIST_JOINS
                and _LANGUAGE_AFTER.match(text, span.end) is not None
            )
        ):
            language_end = span.end
            kept.append(_as_language(span))
            continue
        kept.append(span)
    return kept


def _as_language(span: EntitySpan) -> EntitySpan:
    return EntitySpan(span.start, span.end, "NORP", span.canonical)


_LIST_JOINS = frozenset({", ", " and ", " or ", ", and ", ", or "})
_LONGEST_LIST_JOIN = max(len(join) for join in _LIST_JOINS)


# "the Passport, Immigration and Citizenship Agency": the first items of a list that opens a
# body's name, cut off by their comma.
_LIST_OPENING_A_NAME = re.compile(r"\b[Tt]he ((?:(?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+, ){1,4})$")


def _lists_opening_names(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    renamed: dict[str, str] = {}
    for index, span in enumerate(spans):
        if span.label != "ORG" or text[span.start - 2 : span.start] != ", ":
            continue
        if " and " not in text[span.start : span.end]:
            continue
        opening = _LIST_OPENING_A_NAME.search(text, max(0, span.start - 60), span.start)
        if opening is None or opening.group(1)[:-2].lower() in titles():
            continue  # "the Mayor, Bristol and Bath Council said"
        name = text[opening.start(1) : span.end]
        renamed[span.canonical] = name
        spans[index] = EntitySpan(opening.start(1), span.end, "ORG", name)
    if renamed:
        spans = [
            span._replace(canonical=renamed[span.canonical])
            if span.label == "ORG" and span.canonical in renamed
            else span
            for span in spans
        ]
    return spans


def _national_societies(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """ "the Cambodian Red Cross", "the Kenya Red Cross": a country's own society, one body."""
    merged: list[EntitySpan] = []
    for span in spans:
        if (
            span.label == "ORG"
            and span.canonical in _MOVEMENT_SOCIETIES
            and merged
            and merged[-1].label in ("GPE", "NORP")
            and merged[-1].end + 1 == span.start
            and text[merged[-1].end] == " "
        ):
            place = merged.pop()
            merged.append(EntitySpan(place.start, span.end, "ORG", text[place.start : span.end]))
        else:
            merged.append(span)
    societies: dict[str, set[str]] = {}
    for span in merged:
        if span.label == "ORG" and span.canonical.endswith(_MOVEMENT_ENDINGS):
            movement = "Red Cross" if span.canonical.endswith(" Red Cross") else "Red Crescent"
            if span.canonical != movement:
                societies.setdefault(movement, set()).add(span.canonical)
    if not societies:
        return merged
    # "the Red Cross said" after "the Guinea-Bissau Red Cross": the one society named, as the
    # fullest name used.
    return [
        span._replace(canonical=next(iter(societies[span.canonical])))
        if span.label == "ORG" and len(societies.get(span.canonical, ())) == 1
        else span
        for span in merged
    ]


_MOVEMENT_SOCIETIES = frozenset({"Red Cross", "Red Crescent"})
_MOVEMENT_ENDINGS = (" Red Cross", " Red Crescent")


def _fields_listed_before_a_body(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """ "The Forestry, Wildlife and Parks Division said": the fields the body's name lists
    before its last one are part of it, where "The" opens the sentence."""
    kept: list[EntitySpan] = []
    for span in spans:
        if span.label == "ORG" and text[span.start - 5 : span.start] == " and ":
            listed = _FIELDS_BEFORE.search(text, max(0, span.start - 80), span.start)
            if listed is not None and starts_sentence(text, listed.start()):
                start = listed.start("fields")
                while kept and kept[-1].end > start:
                    kept.pop()  # "Forestry" read alone
                kept.append(EntitySpan(start, span.end, "ORG", text[start : span.end]))
                continue
        kept.append(span)
    return kept


_FIELD = r"[A-Z][a-z]+"
_FIELDS_BEFORE = re.compile(rf"The (?P<fields>{_FIELD}(?:, {_FIELD})+,? and (?:{_FIELD} )*)$")


# What someone says or writes in a language: "said, in Fon,", "spoke in Azeri", "speaks Maya",
# "leaflets in Marathi".
_SPOKEN_IN_BEFORE = re.compile(
    r"\b(?:(?:said|says|saying|spoke|speak|speaks|speaking|spoken|written|wrote|sang|sung|sings"
    r"|leaflets|signs|notices|answered|replied|shouted|repeated|translated|broadcast"
    r"|prayers|sermons|lessons|classes|taught),?(?: (?:only|mostly|also|then|mainly))? in"
    r"|\b(?P<speaks>speaks|speak|spoke|speaking|learn|learning))"
    # and the languages listed after the first
    r" (?:[A-Z][a-z]+(?:, | and | or ))?$"
)
# "classes were in English and", "I speak some Dutch now", "English-taught courses": the
# language, which no label of ours covers; "Dutch research universities" is the people's.
_LANGUAGE_BEFORE = frozenset("in to learn learning speak speaks spoke speaking some fluent".split())
_LANGUAGE_AFTER = re.compile(
    r"(?:[-–](?:taught|language|medium)\b|[.,;:!?)\n]"
    r"| (?:and|or|now|instead|but|from|with|as|at|is|was)\b|$)"
)


def _names_a_language(text: str, span: EntitySpan) -> bool:
    if not _LANGUAGE_AFTER.match(text, span.end):
        return False
    if text[span.end : span.end + 1] in ("-", "–"):
        return True
    before = text[max(0, span.start - 12) : span.start].split()
    return bool(before) and before[-1] in _LANGUAGE_BEFORE


# "Tamarack Sensing Inc. unveiled": the stop belongs to the abbreviation.
_ABBREVIATED_LEGAL_FORMS = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros"})


def _abbreviations_with_stops(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    for index, span in enumerate(spans):
        if (
            span.label == "ORG"
            and text[span.end : span.end + 1] == "."
            and text[span.start : span.end].rsplit(" ", 1)[-1] in _ABBREVIATED_LEGAL_FORMS
        ):
            spans[index] = span._replace(end=span.end + 1)
    return spans


# "State Sen. Dale Hutchins, R-Farmington,": an American legislator's party and home town.
# One scan for them all, after ", " or "(": a str.find per marker read the text six times.
_PARTY_AND_TOWN = re.compile(
    r"(?:, |\()(?P<party>[RDI])-(?P<town>[A-Z][a-z]+(?:[ .][A-Z][a-z]+)?)(?=[,)])"
)
_PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}


def _party_affiliations(text: str) -> list[EntitySpan]:
    spans: list[EntitySpan] = []
    for match in _PARTY_AND_TOWN.finditer(text):
        party = match.group("party")
        spans.append(EntitySpan(*match.span("party"), "NORP", _PARTIES[party]))
        spans.append(EntitySpan(*match.span("town"), "GPE", match.group("town")))
    return spans


# "Pemberton & Lyle", "Barrow & Keane", "Marks & Spencer": names joined by an ampersand are a
# firm's (people are joined by "and").
_CAPITALISED_WORDS = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_AMPERSAND_FIRM = re.compile(rf"(?=[A-Z])\b{_CAPITALISED_WORDS} & {_CAPITALISED_WORDS}")
_HEAD_BEFORE_OF = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]* )+of $")
# How far a firm's two words can reach on either side of its ampersand.
_FIRM_REACH = 80


def _ampersand_firms(text: str) -> list[tuple[int, int]]:
    """Spans of "X & Y" firms, searched only around each ampersand: scanning the whole text
    tries the pattern at every capital letter."""
    spans: list[tuple[int, int]] = []
    last_end = 0
    ampersand = text.find(" & ")
    while ampersand >= 0:
        if ampersand >= last_end:
            window_start = max(last_end, ampersand - _FIRM_REACH)
            match = _AMPERSAND_FIRM.search(text, window_start, ampersand + _FIRM_REACH)
            if match is not None:
                start = match.start()
                head = _HEAD_BEFORE_OF.search(text, max(window_start, start - _FIRM_REACH), start)
                if head is not None and org_suffixes().intersection(head.group(0).split()):
                    # "Khulna University of Engineering & Technology": the body the pair ends.
                    start = head.start() + (4 if head.group(0).startswith("The ") else 0)
                spans.append((start, match.end()))
                last_end = match.end()
        ampersand = text.find(" & ", ampersand + 3)
    return spans


# "JAKARTA (Equator Wire) - Bank Indonesia cut ...": the wire service in a dateline's brackets.
_DATELINE_WIRE = re.compile(
    r"[A-Z][A-Z.’' -]{2,40}(?:, [A-Z][\w.]+)? \((?P<wire>[A-Z][\w&.’' -]{1,40}?)\) ?[-–—]"
)


def _dateline_wires(text: str) -> set[str]:
    """The wire named in the dateline, which opens the story's body after the standfirst."""
    wires: set[str] = set()
    opening = text[:STORY_HEAD_REACH]
    for dash in ("-", "–", "—"):
        for marker in (f") {dash}", f"){dash}"):
            position = opening.find(marker)
            while position >= 0:
                line_start = opening.rfind("\n", 0, position) + 1
                match = _DATELINE_WIRE.match(opening, line_start, position + len(marker))
                if match is not None:
                    wires.add(match.group("wire"))
                position = opening.find(marker, position + 1)
    return wires


# "Madison, Wis.", "ST. PAUL, Minn. (AP)": a US state or Canadian province as the wires
# abbreviate it, counted only after a town and a comma, where an initial hardly stands.
_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    # Canadian provinces as the Canadian Press abbreviates them.
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "Man.": "Manitoba",
    "Ont.": "Ontario",
    "Que.": "Quebec",
    "Sask.": "Saskatchewan",
    "N.S.": "Nova Scotia",
    "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador",
    "P.E.I.": "Prince Edward Island",
}
_STATE_AFTER_TOWN = re.compile(
    r", (" + "|".join(re.escape(name) for name in _STATE_ABBREVIATIONS) + r")(?=[ ,;:)\n]|$)"
)


def _state_abbreviations(text: str) -> list[EntitySpan]:
    """Found by a scan led by ", ", which the engine finds by substring search."""
    found = []
    for match in _STATE_AFTER_TOWN.finditer(text):
        start, end = match.span(1)
        if text[match.start() - 1 : match.start()].isalpha():  # after a town's name
            found.append(EntitySpan(start, end, "GPE", _STATE_ABBREVIATIONS[match.group(1)]))
    return found


# "the south-west", "the north-east": a region, written in lower case; a bare "north-east"
# ("moving north-east", "45km north-east of Cromer") is a direction.
_COMPASS_REGION = re.compile(r"the ((?:north|south)-(?:east|west))\b(?!-| of\b)")


_OPENING_MARKS = frozenset("“\"‘'")
_APOSTROPHES = ("'", "’")
_LEGAL_FIRST = frozenset("plLPIASG")  # the first letters of LEGAL_FORM_AFTER's forms


def _every_mention(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where each name stands alone, in no particular order: not inside a word, nor inside a
    longer name ("Wire" in "The Wire Trust Principles")."""
    spans: list[tuple[int, int]] = []
    if len(names) > _FEW_NAMES:
        return _every_mention_of_many(text, names)
    for name in names:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if _stands_alone(text, position, end):
                spans.append((position, end))
            position = text.find(name, end)
    return spans


# Finding each name by itself reads the text once per name. Past this many names (a long text
# of many articles) one pass over the words that could open a name costs less, and the cost
# stays linear in the text's length.
_FEW_NAMES = 200


def _every_mention_of_many(text: str, names: set[str]) -> list[tuple[int, int]]:
    short = {name for name in names if len(name) < _SHORT_OPENING}
    spans = [span for name in short for span in _every_mention(text, {name})]
    names = names - short
    first_characters = "".join(sorted({name[0] for name in names if name}))
    if not first_characters:
        return spans
    # A mention never follows a letter or digit (_NAME_GOES_ON_BEFORE), so only the places
    # where a name's first character starts a word are read.
    openings = re.compile(rf"(?<!\w)[{re.escape(first_characters)}]")
    groups = _names_by_opening(names)
    last_end: dict[str, int] = {}
    for match in openings.finditer(text):
        position = match.start()
        group = groups.get(text[position : position + _SHORT_OPENING])
        if group is None:
            continue
        for name in _names_opening_at(text, position, group):
            # As str.find goes: no mention starts inside the one before it.
            if position < last_end.get(name, 0) or not text.startswith(name, position):
                continue
            end = position + len(name)
            last_end[name] = end
            if _stands_alone(text, position, end):
                spans.append((position, end))
    return spans


_SHORT_OPENING = 3
_LONG_OPENING = 16


def _names_by_opening(names: set[str]) -> dict[str, _OpeningGroup]:
    """Names by their first 3 characters, then by their first 16 (or all, if shorter): many
    titles open alike ("The "). Each group keeps the lengths its longer openings have."""
    openings: dict[str, dict[str, list[str]]] = {}
    for name in names:
        group = openings.setdefault(name[:_SHORT_OPENING], {})
        group.setdefault(name[:_LONG_OPENING], []).append(name)
    return {
        short: (tuple({len(opening) for opening in group}), group)
        for short, group in openings.items()
    }


# (the lengths of its openings, names by opening)
_OpeningGroup = tuple[tuple[int, ...], dict[str, list[str]]]


def _names_opening_at(text: str, position: int, group: _OpeningGroup) -> list[str]:
    lengths, by_opening = group
    if len(by_opening) <= 8:
        return [name for names in by_opening.values() for name in names]
    found: list[str] = []
    for length in lengths:
        found += by_opening.get(text[position : position + length], ())
    return found


def _stands_alone(text: str, position: int, end: int) -> bool:
    return not _NAME_GOES_ON_BEFORE.search(
        text, max(0, position - 20), position
    ) and not _NAME_GOES_ON_AFTER.match(text, end)


_NAME_GOES_ON_BEFORE = re.compile(r"(?:\w|[A-Z][\w’'-]* )$")
_NAME_GOES_ON_AFTER = re.compile(r"\w| [A-Z]")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _lower_case_words(text: str) -> set[str]:
    """Every word written in lower case somewhere in ``text``.

    Whitespace is a word boundary, so only the distinct whitespace-separated tokens are
    searched: an article repeats most of its tokens, and this is about twice as fast as a
    scan of the whole text.
    """
    # Joined by spaces, the distinct tokens keep their word boundaries: one scan finds all.
    return set(LOWER_WORD.findall(" ".join(set(text.split()))))


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _overlaps(reserved: list[tuple[int, int]], index: int, start: int) -> bool:
    # Reserved spans don't overlap one another, so only the last one before ``end`` can reach.
    return reserved[index - 1][1] > start


def _shifted(candidate: Candidate, offset: int) -> Candidate:
    return Candidate(
        candidate.start + offset,
        candidate.end + offset,
        candidate.label,
        candidate.canonical,
        candidate.words,
        candidate.honorific,
        candidate.title,
    )


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
