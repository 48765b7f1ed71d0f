"""Cutting one run of capitalised words into people, organisations, places and groups."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reader.detect.candidates import Candidate
from reader.detect.gazetteer import major_places, places, small_towns
from reader.detect.lexicon import (
    FORMS_BEFORE_A_FULL_NAME,
    given_names,
    honorifics,
    known_orgs,
    languages,
    nationalities,
    occupations,
    org_suffixes,
    place_features,
    sentence_starters,
    title_heads,
    titles,
    without_accents,
)
from reader.detect.numbers import MONTH_NAMES
from reader.detect.runs import (
    ACRONYM,
    COMMON_ENDING,
    CONNECTOR_WORDS,
    MAX_PERSON_WORDS,
    MAX_PHRASE_WORDS,
    NAME_PARTICLES,
    PATRONYMIC_WORDS,
    STARTERS_WORDS_AND_TITLES,
    lower_case_title_before,
    lower_org_suffix_after,
    starts_sentence,
    tokens_of_run,
    word_before,
)


@cache
def _phrase_table() -> dict[str, tuple[str, str]]:
    """Known multi- and single-word phrases -> (label, canonical); titles get label "TITLE"."""
    table: dict[str, tuple[str, str]] = {}
    table.update(places())
    for word in nationalities():
        table[word] = ("NORP", word)
    for word in languages():
        # "in Arabic", "a Swahili newspaper": a language is labelled NORP, as the golds do.
        table.setdefault(word, ("NORP", word))
    for name in known_orgs():
        table[name.removeprefix("the ")] = ("ORG", name.removeprefix("the "))
    return table


# Named like places and people, and neither.
_WEATHER_PATTERNS = frozenset({"El Niño", "La Niña", "El Nino", "La Nina"})
# Runs that are never cut into a name, wherever they stand: ``chunk_run`` returns nothing for
# them, and the caller need not ask (nor key them for its cache).
NEVER_CUT = STARTERS_WORDS_AND_TITLES | _WEATHER_PATTERNS


def _after_connectors(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens after any leading "of", "and", "The" that joined the last name to the next."""
    while tokens and (tokens[0][2] in CONNECTOR_WORDS or tokens[0][2] == "The"):
        tokens = tokens[1:]
    return tokens


_JOINERS_INSIDE_A_BODY = frozenset("of for the and & de del da do dos das la las los".split())
_SON_OR_DAUGHTER_OF = frozenset(
    {"bin", "bint", "binti", "binte", "ibn", "ould", "mint", "a/l", "a/p", "s/o", "d/o"}
)


# After a dateline's town: its country or state, then the dash that opens the story.
_DATELINE_DASH = re.compile(r"(?:, [A-Z][^\n—–]{1,40}?)? (?:—|–|-{1,2}) ")


def is_dateline(text: str, start: int, end: int) -> bool:
    """ "TARAWA, Kiribati —" opening a paragraph: the town a story is filed from."""
    return (start == 0 or text[start - 1] == "\n") and _DATELINE_DASH.match(text, end) is not None


# Forms of address that still name a person after "the" ("the Rev Jane Hall"); any other makes
# a vessel or a shop of the name ("The Nha Terra, the only ferry").
_FORMS_AFTER_THE = frozenset({"Rev", "Revd", "Hon", "Ven", "Very", "Most", "Rt"})
_SHOUTED_LABELS = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE OPINION ANALYSIS EDITORIAL REVIEW PHOTOS"
    " VIDEO CORRECTION COMMENT".split()
)


def _opens_with_a_shouted_label(
    tokens: list[tuple[int, int, str]], table: dict[str, tuple[str, str]]
) -> bool:
    """A capitalised label opening a sentence before a name ("TORY MP", "GRAN Jo Smith")."""
    if len(tokens) < 3:
        return False
    label, first, second = (token[2] for token in tokens[:3])
    return (
        len(label) >= 3
        and label.isalpha()
        and label.isupper()
        and label not in table
        and label not in known_orgs()
        and all(word[:1].isupper() and word[1:].islower() for word in (first, second))
    )


def chunk_run(
    text: str,
    match: re.Match[str],
    reserved: list[tuple[int, int]],
    reserved_starts: list[int],
    lower_vocabulary: set[str],
) -> list[Candidate]:
    table = _phrase_table()
    at_sentence_start = starts_sentence(text, match.start())
    if match.group(0) in NEVER_CUT:
        return []
    if at_sentence_start and match.group(0) in sentence_starters():
        return []
    tokens = tokens_of_run(text, match, reserved, reserved_starts)
    if at_sentence_start and tokens:
        word = tokens[0][2]
        known = (
            word in table
            or word.rstrip(".") in honorifics()
            or word.lower() in titles()
            or word.lower() in _title_first_words()
            or _opens_with_a_major_place(tokens)
            or _a_national_agency(tokens)
        )
        names_an_organisation = any(token[2] in org_suffixes() for token in tokens[1:]) or (
            # "Bank Indonesia cut its rate", "Police Scotland said": a country's own body.
            len(tokens) == 2
            and word in org_suffixes()
            and table.get(tokens[1][2], ("",))[0] == "GPE"
        )
        # "Members of the Mountain Rescue Service climbed": people of a body, not its name.
        people_of_a_body = len(tokens) > 2 and word in _PEOPLE_OF_A_BODY and tokens[1][2] == "of"
        common_word = (
            not known
            and (
                word.lower() in lower_vocabulary
                or (
                    len(tokens) > 1
                    and COMMON_ENDING.match(word)
                    and word not in given_names()  # "Kelly Brindley, 38, said"
                    and not word.endswith("ed")  # "Eluned Carew": a participle shows in lower case
                )
            )
            # "Fine Pulehetoa, 71, said": a first name the article also uses as a word, aged;
            # "Per Mora, a retired ferryman,": or set off with what they do.
            and not (
                len(tokens) == 2
                and (
                    AGE_AFTER_A_NAME.match(text, match.end())
                    or A_TRADE_AFTER.match(text, match.end())
                    # "Rose Maeta and her husband, Peter Maeta,": one of a couple.
                    or KIN_AFTER_A_NAME.match(text, match.end())
                    # "Park Jun-ho, who runs a store,": a Korean or Chinese given name after
                    # the surname, though "car park" is a word of the article.
                    or _HYPHENED_GIVEN_NAME.fullmatch(tokens[1][2])
                )
            )
        )
        # "Trader Abdullah Al-Enezi said": a trade before a full name.
        trade = len(tokens) > 2 and word.lower() in occupations() and tokens[1][2][:1].isupper()
        # "Said bin Ali Al Shehhi": a word before "bin" or "ould" is a given name.
        fathers_name_after = len(tokens) > 2 and tokens[1][2] in _SON_OR_DAUGHTER_OF
        # "I Nyoman Sukerta": the Balinese "I" (and "Ni") before a birth-order name.
        balinese = len(tokens) > 2 and word in ("I", "Ni") and tokens[1][2] in _BALINESE_ORDER
        if not (fathers_name_after or balinese) and (
            people_of_a_body
            or word in sentence_starters()
            or ((common_word or trade) and not names_an_organisation)
        ):
            tokens = tokens[1:]
            at_sentence_start = False
            while tokens and tokens[0][2] in CONNECTOR_WORDS:
                tokens = tokens[1:]
    if (
        (match.start() == 0 or text[match.start() - 1] == "\n")
        and (
            (len(tokens) >= 2 and text.startswith(", ", match.end()))
            # "HRABUSICE, Slovakia —", "ZADAR —": a town of one word, then the dash
            or (
                is_dateline(text, match.start(), match.end())
                and match.group(0) not in _SHOUTED_LABELS
            )
        )
        and all(token[2].isupper() and token[2].isalpha() for token in tokens)
        and table.get(match.group(0).title(), ("GPE",))[0] == "GPE"
        and not any(
            table.get(token[2].title(), ("",))[0] == "NORP" or token[2].lower() in titles()
            for token in tokens
        )
    ):
        # "COTTONWOOD FALLS, Kan. (AP) —": a dateline's town, in capitals, which the gazetteer
        # may lack.
        known = table.get(match.group(0).title())
        name = known[1] if known else match.group(0).title()
        return [Candidate(match.start(), match.end(), "GPE", name)]
    if at_sentence_start and _opens_with_a_shouted_label(tokens, table):
        tokens = tokens[1:]  # "GRAN Jo Smith has vowed": the tabloid label is no part of her name
    while tokens and not tokens[0][2]:
        # "On Sunday the Ministry of Health said": a date opens the run; the names start after
        # it and its connectors.
        tokens = _after_connectors(tokens[1:])
        at_sentence_start = False
    if not tokens:
        return []

    found: list[Candidate] = []
    if _a_portfolio_set_off_before_its_holder(text, tokens):
        return found  # "The Minister for Sustainability and Climate Resiliency, Delia Solomon"
    if len(tokens) >= 5:
        portfolio_holder = _holder_of_a_portfolio(tokens)
        if portfolio_holder is not None:
            return [portfolio_holder]
    if (
        _body_serving_a_country(tokens, lower_vocabulary)
        or _a_national_agency(tokens)
        or (len(tokens) >= 2 and tokens[-1][2] == "Éireann")
    ):
        # "Transport Infrastructure Ireland", "Sport England", "NHS Scotland", and in Irish
        # "Uisce Éireann", "Iarnród Éireann": a national body.
        start, end = tokens[0][0], tokens[-1][1]
        return [Candidate(start, end, "ORG", text[start:end])]
    airline = _airline_of_a_place(tokens, table)
    while airline is not None:
        # "Air New Zealand", "Air Mauritius": "Air" and a place's name is a carrier.
        start, end = tokens[0][0], tokens[airline - 1][1]
        found.append(Candidate(start, end, "ORG", text[start:end]))
        tokens = _after_connectors(tokens[airline:])
        if not tokens:
            return found
        airline = _airline_of_a_place(tokens, table)
    owner_end = _division_owning_a_ministry(tokens)
    if owner_end is not None:
        # "The Kurdistan Region’s Ministry of Health": the region, then its ministry.
        start, end = tokens[0][0], tokens[owner_end - 1][1]
        found.append(Candidate(start, end, "GPE", text[start:end]))
        tokens = tokens[owner_end + 1 :]
    feature = _feature_of_place(text, tokens)
    while feature is not None:
        # "Gulf of Mexico", "Isle of Skye": the whole name is the place.
        feature_end, candidate = feature
        found.append(candidate)
        tokens = tokens[feature_end:]
        tokens = _after_connectors(tokens)
        if not tokens:
            return found
        feature = _feature_of_place(text, tokens)
    if len(tokens) >= 2 and table.get(" ".join(token[2] for token in tokens), ("",))[0] == "NORP":
        # "Green Party", "Te Pāti Māori": a party named whole, counted with its members (NORP).
        start, end = tokens[0][0], tokens[-1][1]
        return found + [Candidate(start, end, "NORP", text[start:end])]
    place_end, place = (
        _longest_phrase(tokens, 0, table)
        if any(token[2] in POSSESSIVE_ENDINGS for token in tokens[1:-1])
        else (0, None)
    )
    if (
        place is not None
        and place[0] == "GPE"
        and place_end + 1 < len(tokens)
        and tokens[place_end][2] in POSSESSIVE_ENDINGS
    ):
        # "Ontario's Ministry of Labour", "South Korea's Hanbit Motors": the place, then its
        # body.
        found.append(Candidate(tokens[0][0], tokens[place_end - 1][1], "GPE", place[1]))
        tokens = tokens[place_end + 1 :]
    person_end = _person_before_organisation(tokens)
    if person_end is not None:
        # "Jo Smith of the Holt Vale Supporters Trust": a person, then where they are from.
        rest = tokens[person_end + 1 :]
        while rest and rest[0][2] in ("the", "The"):
            rest = rest[1:]
        org = _organisation_block(text, rest)
        if org is not None:
            found.append(org[1])
            tokens = tokens[:person_end]
    org = _organisation_block(text, tokens) if person_end is None else None
    while org is not None:
        org_end_index, candidate = org
        if candidate.canonical.endswith(" Party"):
            candidate.label = "NORP"  # "Swiss People’s Party": parties are counted with members
        found.append(candidate)
        tokens = tokens[org_end_index:]
        if tokens and tokens[0][2] in POSSESSIVE_ENDINGS:
            tokens = tokens[1:]  # "Kurdistan Regional Government's Ministry of Health"
        tokens = _after_connectors(tokens)
        at_sentence_start = False
        if not tokens:
            return found
        org = _organisation_block(text, tokens)

    title_before = lower_case_title_before(text, tokens[0][0])
    pending: list[tuple[int, int, str]] = []
    honorific: str | None = None
    title: str | None = title_before
    title_start: int | None = None

    def flush() -> None:
        nonlocal pending, honorific, title, title_start
        while len(pending) > 1 and pending[-1][2] in _POST_NOMINALS:
            pending.pop()  # "Mark Fenwick KC": the letters after a name are no part of it
        if pending and honorific is None:
            pending, title = _split_title_inside(pending, title, found)
            if title and not title_start:
                title_start = None
        if pending:
            words = [word.removesuffix("’s").removesuffix("'s") for _, _, word in pending]
            start = pending[0][0]
            end = pending[-1][1]
            if _surname_length(words) == 1 and (honorific or title_start is not None):
                # "Mr Lund", "Professor Ferreira", "Mr Le Goff": the form of address is part of
                # the mention.
                start = honorific_start if honorific else title_start
                words = words[-1:]  # "Mr van Dijk" is Virgil van Dijk's surname
            place = (
                _place_kind(words)
                if not (honorific or title or _a_vietnamese_name(words))
                else None
            )
            work = work_noun_context(text, start, end)
            if work == _AFTER_A_VESSEL or (not (honorific or title) and work == _AFTER_A_WORK_NOUN):
                # "her novel Salt Year", "the sloop Lady Marigold": no label of ours, here or
                # where the words stand alone. Not after "her album, X,", where a person may
                # share the name ("Last year Tom Hanks, who").
                found.append(Candidate(start, end, "WORK", text[start:end], words))
            elif not (honorific or title) and _names_a_work_or_law(text, start, end, words, work):
                pass  # "the Crime Act", “Twelfth Night”: no label of ours
            elif not (honorific or title) and len(words) >= 2 and words[0] in _NUMBER_WORDS:
                pass  # "Six Nations", "Two Cohorts": no one's first name is a number
            elif (
                not (honorific or title)
                and len(words) >= 2
                and len(words[-1]) == 1
                # "Mario Ernesto de la O": a surname of one letter after its particles
                and words[-2] not in NAME_PARTICLES
            ):
                pass  # "Model Y", "Plan B": an initial never ends a person's name
            elif not (honorific or title) and len(words) >= 2 and words[0] in _EVENT_WORDS:
                pass  # "Storm Hollis", "Operation Sea Lion": a named event, no label of ours
            elif not (honorific or title) and len(words) >= 2 and words[-1] in _EVENT_LAST_WORDS:
                pass  # "Border Hills Classic", "Severn Trophy": a contest, no label of ours
            elif not (honorific or title) and len(words) >= 2 and words[0] in _STREET_WORDS:
                pass  # "Plaza Independencia", "Corso Garibaldi": a street or square, no label
            elif not (honorific or title) and len(words) >= 2 and words[0] in _CAMPAIGN_WORDS:
                # "Save Highfield Meadow": a campaign is the group that runs it.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif place is not None:
                if place != "FAC":
                    found.append(Candidate(start, end, place, text[start:end]))
            elif (
                len(words) == 1
                and text[start - 4 : start] in ("the ", "The ")
                and (
                    words[0] in _NEWSPAPERS
                    # "told the Gleaner that", "told The Sowetan on Monday": no one is told
                    # "the" and a name.
                    or (
                        text[start - 9 : start - 4] == "told "
                        and words[0] not in titles()
                        and text.startswith(AFTER_AN_OUTLET, end)
                    )
                )
            ):
                # "told the Herald": a newspaper called by its last word.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif (
                not honorific
                and not title
                and (
                    words[0] in _PLACE_NAME_STARTS
                    or (words[0] in _PLACE_STARTS_BEFORE_A_NAME and len(words) >= 2)
                )
            ):
                # "Villa Adela", "Anse Royale": a town or district; "Villa" alone is a
                # footballer's surname.
                if words[-1] not in _VENUES:  # "County Galway" is a place; "County Hall" a building
                    found.append(Candidate(start, end, "GPE", text[start:end]))
            elif not (honorific or title) and _names_the_people_of_a_place(words):
                found.append(Candidate(start, end, "NORP", text[start:end]))
            elif not (honorific or title) and is_a_club_by_place(text, words):
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif not (honorific or title) and len(words) >= 2 and _abstract_noun(words[-1]):
                # "Brightline Detection", "Harbour Regeneration": no surname is such a noun.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif not (honorific or title) and title_before_its_holder(text, start, end):
                pass  # "the Government Statistician, Dr Kwabena Adu-Gyamfi": an office
            elif not (honorific or title) and _names_a_region(text, start, end):
                # "the Bono East region": whoever Bono may be, a region is a place.
                found.append(Candidate(start, end, "GPE", text[start:end]))
            elif (
                not honorific
                and not title
                and len(words) >= 2
                and (
                    # not "The scales at Abdulaziz Al-Kandari’s shop": someone's own
                    # ("at St Mary’s" is a hospital or a school named after the saint)
                    (
                        _follows_at(text, start)
                        and (
                            text[end : end + 2] not in ("'s", "’s")
                            or words[0].rstrip(".") in ("St", "Saint")
                        )
                    )
                    or (words[-1] in _VENUES and _follows_venue_word(text, start))
                )
            ):
                # "an analyst at Harrington Capital": people are seldom "at" somebody.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif (
                not (honorific or title)
                and len(words) == 2
                and (
                    (
                        words[1] in _PLACE_SUFFIXES
                        and (
                            text[max(0, start - 8) : start].endswith(_PLACING_WORDS)
                            or (words[1] == "City" and not _about_football(text))
                        )
                    )
                    or (
                        words[1] in _DIVISIONS_PLACED
                        and text[max(0, start - 10) : start].endswith(_PLACING_A_DIVISION)
                    )
                )
            ):
                # "the hills above Gregory Town", "grown in Bong County": a town or a county,
                # though Gregory and Bong are given names.
                found.append(Candidate(start, end, "GPE", text[start:end]))
            elif (
                not (honorific or title)
                and len(words) >= 2
                # "in Al Bithnah": an Arabic place, though "Al" is a given name in English
                and (words[0] not in given_names() or (words[0] == "Al" and len(words) == 2))
                and (
                    (
                        _follows_place_preposition(text, start)
                        and not text[start:end].endswith(("'s", "’s"))
                        and text[end : end + 2] not in ("'s", "’s")  # "at Jo Smith’s shop"
                        # "Ivo Petrov, of Yantra Riders,": one's club, where a plural ends it
                        and not (words[-1].endswith("s") and text[start - 5 : start] == ", of ")
                    )
                    or described_as_a_place(text, end)
                )
            ):
                # "in Băile Tușnad", "near Miercurea Ciuc": a place the gazetteer lacks.
                found.append(Candidate(start, end, "GPE", text[start:end]))
            elif (
                not (honorific or title)
                and len(words) == 2
                and 2 <= len(words[0]) <= 6
                and words[0].isupper()
                and words[0].isalpha()
                and words[1] in places()
                and words[1] not in given_names()
            ):
                # "JA Niigata", "BBC Scotland": a body's letters and the place it serves.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif not (honorific or title) and len(words) >= 2 and words[0] in _CLUB_PREFIXES:
                # "HC Davos", "UHC Aaretal", "KV Mechelen": a sports club by its letters.
                found.append(Candidate(start, end, "ORG", text[start:end]))
            elif (
                not (honorific or title)
                and len(words) >= 2
                and 3 <= len(words[0]) <= 6
                and words[0].isupper()
                and words[0].isalpha()  # "W.M. Karunawathie": initials
            ):
                # "a UNESCO World Heritage Site": the body that named it, and a thing, no one's
                # name ("JK Rowling" has two initials). "HMP Glanmor", "RAF Valley": a prison
                # or a base, one body.
                if words[0] in _INSTITUTION_PREFIXES:
                    found.append(Candidate(start, end, "ORG", text[start:end]))
                else:
                    found.append(Candidate(start, pending[0][1], "NAME", words[0], words[:1]))
            elif (
                not (honorific or title)
                and len(words) >= 2
                and text[start - 4 : start] in ("the ", "The ")
            ):
                pass  # "The Nha Terra, the only passenger ferry": no one is "the Jo Smith"
            elif honorific or title or 2 <= _name_length(words) <= MAX_PERSON_WORDS:
                if _name_length(words) <= MAX_PERSON_WORDS:
                    found.append(Candidate(start, end, "PERSON", "", words, honorific, title))
            elif len(words) == 1:
                label = "NAME_AT_START" if start == first_start and at_sentence_start else "NAME"
                if label in ("NAME", "NAME_AT_START") and described_as_a_place(text, end):
                    label = "PLACE_NAME"  # "Vanto, a small town north of the capital,"
                elif (
                    label == "NAME"
                    and _follows_place_preposition(
                        text,
                        start,
                        # not "through COVID", nor "through Ålands Frukt & Grönt", a firm
                        through=not words[0].isupper() and not text[end + 1 : end + 2].isupper(),
                    )
                    and text[end : end + 2] not in ("'s", "’s")  # "moved to Smith's team"
                    and not _NUMBER_AFTER.match(text, end)  # "at Terminal 2", "at Gate 12"
                    and not text[start:end].endswith(("'s", "’s"))
                ):
                    label = "PLACE_NAME"
                elif (
                    label == "NAME"
                    and text[max(0, start - 4) : start] == " on "
                    and words[0] not in MONTH_NAMES
                    and not words[0].endswith("days")  # "on Saturdays"
                    and words[0] not in given_names()
                    and text[end : end + 1] in _AFTER_AN_ISLAND
                    and not text.startswith(", who ", end)  # "relied on Brennan, who scored"
                    and _about_islands(text)
                ):
                    # "11,200 of them on Rarotonga, where": an island, in a story about
                    # islands, unless the article names someone so.
                    label = "FROM_NAME"
                elif (
                    label == "NAME"
                    and text[max(0, start - 6) : start] == " from "
                    and words[0] not in MONTH_NAMES
                    and word_before(text, start - 5).lower() not in _GIVEN_OR_SENT_FROM
                    and text[end : end + 1] not in "'’"
                ):
                    # "a nurse from Dereham": a place, unless the article names someone so
                    # ("a cross from Reece"), which resolution can tell.
                    label = "FROM_NAME"
                elif (
                    label == "NAME"
                    and len(words[0]) > 2
                    and words[0] not in MONTH_NAMES
                    and text[end : end + 1] not in "'’"
                    # "Pas de la Casa": the name goes on past a particle
                    and not text.startswith(_PARTICLES_AFTER, end)
                    and listed_after_a_place_word(text, start)
                ):
                    # "in Pronojiwo and Candipuro": a place like the first, unless the article
                    # names someone so ("in Kota Kinabalu and Gimbang").
                    label = "FROM_NAME"
                found.append(Candidate(start, end, label, words[0], words))
        pending = []
        honorific = None
        title = None
        title_start = None

    first_start = tokens[0][0]
    honorific_start = first_start
    index = 0
    while index < len(tokens):
        start, end, word = tokens[index]
        if word in NAME_PARTICLES and _particle_inside_a_name(
            text, tokens, index, pending, honorific
        ):
            pending.append((start, end, word))  # "Ursula von der Leyen", "Mr van Dijk"
            index += 1
            continue
        if (
            not word
            or word in CONNECTOR_WORDS
            or (word == "The" and _longest_phrase(tokens, index, table)[1] is None)
            or word[0] in "'’"
        ):
            # "The" opens no name, but for a few places ("in The Hague").
            flush()
            index += 1
            continue
        # "Lord Mayor Ines Varga": a title that opens with a form of address is a title.
        if (
            (
                # "her husband, Don,": a form of address that is also a name, with none after
                (
                    word.rstrip(".") in honorifics()
                    and not (index + 1 == len(tokens) and word in given_names())
                    # "Mr Mzé": a form of address after another, with none after, is a name
                    and not (index + 1 == len(tokens) and honorific is not None)
                    # "U Street": a letter that names a street, not the Burmese "U"
                    and not (len(word) == 1 and _word_at(tokens, index + 1) in place_features()[1])
                    # "The Nha Terra, the only ferry": a vessel or a shop named with a form
                    # of address; "the Rev Jane Hall" is still the priest.
                    and not (
                        text[max(0, start - 4) : start] in ("The ", "the ")
                        and word.rstrip(".") not in _FORMS_AFTER_THE
                    )
                )
                or _police_rank_before_a_name(tokens, index)
                or _form_before_a_full_name(text, tokens, index)
            )
            and not pending
            and _longest_title(tokens, index) < index + 2
        ):
            flush()
            honorific = word.rstrip(".")
            honorific_start = start
            index += 1
            continue
        if word == "El" and not pending and _word_at(tokens, index + 1) in _ARTICLED_FORMS:
            # "El Hadji Mamadou Ba": the article is part of the form of address.
            flush()
            honorific = tokens[index + 1][2]
            honorific_start = start
            index += 2
            continue
        if not pending and honorific is None:
            title_end = _longest_title(tokens, index)
            # "King's Lynn", "Bishop's Stortford": a place named with a title's possessive.
            if (
                title_end < len(tokens)
                and tokens[title_end][2][:1] in ("'", "’")
                and _longest_phrase(tokens, index, table)[0] > title_end
            ):
                title_end = index
            elif (
                title_end > index
                and index == 0
                and _longest_phrase(tokens, index, table)[0] > title_end
                and _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start)
            ):
                title_end = index  # "the drive down from Prince Albert": the city, no prince
            if title_end > index:
                flush()
                title = " ".join(token[2] for token in tokens[index:title_end]).lower()
                title_start = start
                index = title_end
                continue
        if not pending and honorific is None and _compass_and_place(tokens, index, table):
            flush()
            found.append(
                Candidate(start, tokens[index + 1][1], "GPE", text[start : tokens[index + 1][1]])
            )
            index += 2
            continue
        phrase_end, known = _longest_phrase(tokens, index, table)
        if (
            known is not None
            and not pending
            and phrase_end == index + 1
            and place_features()[1].get(word) == "FAC"
            and _NUMBERED_STREET.search(text, max(0, start - 8), start)
        ):
            index += 1  # "on 62nd Street": a street, not the Somerset village
            continue
        if honorific is not None and not pending:
            known = None  # "Mr Lund": a name, even when a town is called so
        elif len(pending) == 1 and pending[0][2] in _STREET_WORDS:
            known = None  # "Strada Gheorghe Lazăr": a street named after a man or a town
        elif (
            title is not None
            and not pending
            and known is not None
            and phrase_end == index + 1
            and (
                word in small_towns()
                # "Corporal Devon Ramsaroop": a first name, though a county is called so
                or (word in given_names() and index + 1 < len(tokens))
            )
        ):
            known = None  # "Professor Carver": a surname, though a small town is called so
        if (
            known is not None
            and not _city_is_a_first_name(tokens, index, phrase_end, known, bool(pending), table)
            and not _country_is_a_first_name(text, tokens, index)
            and not _nationality_is_a_surname(pending, known, phrase_end - index, word)
        ):
            if (
                len(pending) == 1
                and honorific is None
                and title is None
                and place_features()[0].get(pending[0][2]) == "LOC"
                and known[0] == "GPE"
            ):
                # "Lake Togo", "Mount Kenya": a lake or a mountain named after the country.
                feature_start, feature_end = pending[0][0], tokens[phrase_end - 1][1]
                pending = []
                found.append(
                    Candidate(feature_start, feature_end, "LOC", text[feature_start:feature_end])
                )
                index = phrase_end
                continue
            flush()
            label, canonical = known
            if (
                label == "GPE"
                and phrase_end == len(tokens) - 1  # not "U.S. District Judge"
                and tokens[phrase_end][2] in _DIVISION_WORDS
            ):
                # "Turkana County", "Gorkha District": the division named after the place.
                phrase_end += 1
                canonical = f"{canonical} {tokens[phrase_end - 1][2]}"
            elif phrase_end < len(tokens) and tokens[phrase_end][2] in _NATURAL_FEATURES:
                # "the Uruguay River", "the Mekong Delta": a river or a valley named after
                # the country or the city.
                phrase_end += 1
                label, canonical = "LOC", f"{canonical} {tokens[phrase_end - 1][2]}"
            found.append(Candidate(start, tokens[phrase_end - 1][1], label, canonical))
            index = phrase_end
            continue
        if honorific is None and title is None and not pending and _is_lone_title_word(word):
            index += 1
            continue
        pending.append((start, end, word))
        index += 1
    flush()
    return found


POSSESSIVE_ENDINGS = ("'s", "’s")
# "Members of the Mountain Rescue Service": people of a body, opening a sentence ("Friends of
# the Earth" is a body's own name, so "Friends" is not here).
_PEOPLE_OF_A_BODY = frozenset(
    "Members Staff Officials Officers Residents Workers Employees Volunteers Supporters Fans"
    " Leaders Representatives Delegates Executives Directors Managers Parents Students Teachers"
    " Doctors Nurses Patients Customers Passengers Owners Critics Opponents Rescuers".split()
)
# The letters that open European clubs' names ("FC", "HC", "VfB"), less those that are a
# person's initials as often ("AC Grayling", "CS Lewis").
_CLUB_PREFIXES = frozenset(
    "FC SC HC EHC UHC KV SV VfB VfL CD CF FK NK IF IK AIK KRC RSC TSV BSC SpVgg GKS RKS ZSC"
    " ESV".split()
)
_INSTITUTION_PREFIXES = frozenset({"HMP", "HMYOI", "RAF", "HMNB"})
_NUMBERED_STREET = re.compile(r"\d(?:st|nd|rd|th)? $")
_NATURAL_FEATURES = frozenset(
    "River Valley Delta Basin Mountains Desert Plateau Gorge Canal Lagoon Strait Sea".split()
)
_DIVISION_WORDS = frozenset(
    "County District Province Prefecture Governorate Oblast Borough Region City Town".split()
)


def _names_the_people_of_a_place(words: list[str]) -> bool:
    """ "Nova Scotians", "Queenslanders", "Tasmanian": a region's people, named after it."""
    name = " ".join(words).removesuffix("s")
    known = places()
    if name in given_names():
        return False  # "Adrian" is no one from Adria
    # Only a country's, a state's or a region's: "Brennan" is no one from Brenna.
    if name.endswith("n") and name[-2:-1] == "a":
        place = name[:-1]
    elif name.endswith("er"):
        place = name[:-2]
    else:
        return False
    return known.get(place, ("",))[0] == "GPE" and place in major_places()


_COMPASS = frozenset({"North", "South", "East", "West", "Mid", "Central"})


def _compass_and_place(
    tokens: list[tuple[int, int, str]], index: int, table: dict[str, tuple[str, str]]
) -> bool:
    """ "North Cornwall", "Stockton North": a compass word and a place beside it, one place
    (a constituency or a district), where the pair is not a known place already."""
    if index + 1 >= len(tokens):
        return False
    first, second = tokens[index][2], tokens[index + 1][2]
    if first in _COMPASS:
        place = second
    elif second in _COMPASS:
        place = first
    else:
        return False
    return table.get(place, ("",))[0] == "GPE" and (first + " " + second) not in table


def _a_portfolio_set_off_before_its_holder(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """A minister's title with the brief, then a comma and a name: no one and no body."""
    if (
        len(tokens) < 3
        or tokens[0][2] not in _PORTFOLIO_HOLDERS
        or tokens[1][2] not in ("for", "of")
    ):
        return False
    end = tokens[-1][1]
    return text.startswith(", ", end) and text[end + 2 : end + 3].isupper()


_PORTFOLIO_HOLDERS = frozenset({"Minister", "Secretary", "Commissioner"})


def _holder_of_a_portfolio(tokens: list[tuple[int, int, str]]) -> Candidate | None:
    """ "Union Minister for Electronics Rohan Bhatnagar": a title with its portfolio, then the
    holder's name, its last two words; not an organisation headed by a suffix."""
    title_end = _longest_title(tokens, 0)
    if not 0 < title_end < len(tokens) - 3 or tokens[title_end][2] not in ("for", "of"):
        return None
    name = tokens[-2:]
    if (
        any(
            not word[:1].isupper()
            or word in org_suffixes()
            or word in major_places()
            or word in CONNECTOR_WORDS
            for _, _, word in name
        )
        or tokens[-3][2] in CONNECTOR_WORDS
    ):
        return None
    title = " ".join(word for _, _, word in tokens[:-2]).lower()
    return Candidate(
        name[0][0], name[-1][1], "PERSON", "", [word for _, _, word in name], None, title
    )


def _opens_with_a_major_place(tokens: list[tuple[int, int, str]]) -> bool:
    """ "New Zealand", "South Africa", "United States": a country whose name opens with a
    word the article also writes in lower case ("a new road")."""
    name = tokens[0][2]
    for _, _, word in tokens[1:4]:
        name += " " + word
        if name in major_places():
            return True
    return False


def _a_national_agency(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Statistics Canada", "Infrastructure Malta", "Cricket Australia", "Tourism New Zealand":
    an agency or a sport's governing body, named by its field and the country it serves."""
    return (
        2 <= len(tokens) <= 4
        and tokens[0][2] in _NATIONAL_AGENCY_FIELDS
        and " ".join(word for _, _, word in tokens[1:]) in major_places()
    )


_NATIONAL_AGENCY_FIELDS = frozenset(
    "Statistics Stats Health Transport Infrastructure Enterprise Tourism Sport Invest Trade"
    " Environment Parks Fisheries Revenue Customs Immigration Biosecurity Heritage Energy Water"
    " Skills Innovation Housing Screen Athletics Cricket Rugby Football Netball Hockey Tennis"
    " Swimming Cycling Rowing Basketball Volleyball Golf Triathlon Gymnastics Boxing Bowls"
    " Squash Badminton Softball Baseball Surfing Sailing Archery Judo Wrestling Weightlifting"
    " Equestrian Canoe Snowsports".split()
)


def _body_serving_a_country(tokens: list[tuple[int, int, str]], lower_vocabulary: set[str]) -> bool:
    """Common nouns or an acronym, then a country: a national body, not a person or a place."""
    if not 2 <= len(tokens) <= 4 or tokens[-1][2] not in _UK_AND_IRISH_NATIONS:
        return False
    if " ".join(word for _, _, word in tokens) in major_places():
        return False  # "Northern Ireland", though the article writes "northern"
    return all(
        word[:1].isupper()
        and word not in given_names()
        and word not in places()
        and (word.lower() in lower_vocabulary or word in org_suffixes() or ACRONYM.match(word))
        for _, _, word in tokens[:-1]
    )


def _airline_of_a_place(
    tokens: list[tuple[int, int, str]], table: dict[str, tuple[str, str]]
) -> int | None:
    """Where "Air" and the place's name after it end, if the tokens open so."""
    if len(tokens) < 2 or tokens[0][2] != "Air":
        return None
    place_end, place = _longest_phrase(tokens, 1, table)
    return place_end if place is not None and place[0] == "GPE" else None


def _abstract_noun(word: str) -> bool:
    if word.endswith(("tion", "sion")):
        return len(word) > 5
    return word.endswith(("ment", "ness")) and len(word) > 7 and word not in given_names()


# National bodies are named so after these ("Sport England"); "Republic of Ireland" is a
# place, and "South Africa" is in the gazetteer whole.
_UK_AND_IRISH_NATIONS = frozenset({"England", "Scotland", "Wales", "Ireland", "Britain"})


def is_a_club_by_place(text: str, words: list[str]) -> bool:
    """ "Taunton Wyverns", "Bristol Mariners": a town and a plural, called "the Wyverns" too,
    is a club. A person named so ("Chester Evans") has a given name first, and nobody calls
    one person "the Evans"."""
    if len(words) != 2:
        return False
    town, plural = words
    return (
        town in places()
        and town not in given_names()
        and len(plural) > 4
        and plural.endswith("s")
        and not plural.endswith(("ss", "us", "is"))
        and plural[:-1] not in given_names()  # "Williams", "Roberts": a father's name
        and plural in _plurals_after_the(text)
    )


_AFTER_THE = re.compile(r"[Tt]he (?=([^\W\d_][\w'’‘-]*))")


@lru_cache(maxsize=1)
def _plurals_after_the(text: str) -> frozenset[str]:
    """Every capitalised word, cut after any of its "s", that stands after "the " or "The ":
    one pass, where asking for each club's name read the whole text again."""
    found: set[str] = set()
    for match in _AFTER_THE.finditer(text):
        word = match.group(1)
        if not word[0].isupper():
            continue
        end = word.find("s", 1)
        while end >= 0:
            found.add(word[: end + 1])
            end = word.find("s", end + 1)
    return frozenset(found)


# Of the name particles, these also join words of places and organisations ("Gare du Nord"),
# so the name before them must start with a known given name.
_AMBIGUOUS_PARTICLES = frozenset("de du la le al del do das dos los las".split())


def _particle_inside_a_name(
    text: str,
    tokens: list[tuple[int, int, str]],
    index: int,
    pending: list[tuple[int, int, str]],
    honorific: str | None,
) -> bool:
    if not pending and honorific is None:
        return False
    if tokens[index][2] in PATRONYMIC_WORDS:
        return True  # "Nurlan Almazbek uulu", "Ms Bakyt kyzy": it closes the name
    if tokens[index][2] in ("i", "y") and len(pending) < 2:
        return False  # "Josep Maria Riba i Pujol" joins two surnames; "Mo i Rana" is a town
    after = index + 1
    while after < len(tokens) and tokens[after][2] in NAME_PARTICLES:
        after += 1
    following = tokens[after][2] if after < len(tokens) else ""
    if not following[:1].isupper() or following in org_suffixes():
        return False
    if tokens[index][2] in _AMBIGUOUS_PARTICLES and honorific is None:
        # "Annelie du Toit": a given name the lists lack, where the article also writes
        # "Ms du Toit".
        return (
            pending[-1][2] in NAME_PARTICLES  # "Gerrit van de Pol": "van" was taken already
            or pending[0][2] in given_names()
            or without_accents(pending[0][2]) in given_names()  # "María José del Cid"
            or any(
                text.startswith(following, position)
                for position in _addressed_particles(text).get(tokens[index][2], ())
            )
            # "His younger brother, Kapila, ... Kapila de Zoysa said" after "Sunil de Zoysa":
            # a surname the article gives a known given name elsewhere.
            or (tokens[index][2], following) in _particle_surnames(text)
            # "Itzel Ramírez de la Rosa" where the article writes "Ms Ramírez de la Rosa": a
            # surname of two the article addresses with its particle.
            or (pending[-1][2], tokens[index][2]) in _addressed_surnames_with_a_particle(text)
            # "Marieke de Vries, 51,", "Raimunda dos Santos Ferreira, 59,": a name given
            # with an age is a person's whole name.
            or (
                _name_length([word for _, _, word in pending]) == 1
                and len(tokens) - 2 <= after <= len(tokens) - 1
                and all(token[2][:1].isupper() for token in tokens[after:])
                and AGE_AFTER_A_NAME.match(text, tokens[-1][1]) is not None
            )
            # "Javiera Soto de la Fuente": a given name and a surname, then "de la" and one
            # word that ends the run and is no place, is one name of two surnames.
            or (
                len(pending) == 2
                and tokens[index][2] == "de"
                and after == index + 2
                and tokens[index + 1][2] in ("la", "las", "los")
                and after == len(tokens) - 1
                and (following not in places() or following in small_towns())
                and (
                    pending[0][2] in given_names()
                    or AGE_AFTER_A_NAME.match(text, tokens[-1][1]) is not None
                )
            )
        )
    return True


# "Ms du Toit", and "Ms Du Toit" as Afrikaans and Dutch write it after a form of address.
_ADDRESSED_PARTICLE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? ([Dd]e|[Dd]u|[Ll]a|[Ll]e|al|[Dd]el|[Dd]o|[Dd]as|[Dd]os) "
    # "Ms de la Fuente": the word after every particle.
    r"(?:(?:la|las|los|le) )?"
)


@lru_cache(maxsize=1)
def _addressed_particles(text: str) -> dict[str, list[int]]:
    """Where the word after "Ms du", "Dr de" starts, by particle: one pass over the text,
    however many names with a particle it holds."""
    found: dict[str, list[int]] = {}
    for match in _ADDRESSED_PARTICLE.finditer(text):
        found.setdefault(match.group(1).lower(), []).append(match.end())
    return found


_ADDRESSED_SURNAME_AND_PARTICLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? ([A-Z][\w’'-]+) (de|du|la|le|al|del|do|das|dos) [A-Za-z]"
)


@lru_cache(maxsize=1)
def _addressed_surnames_with_a_particle(text: str) -> frozenset[tuple[str, str]]:
    """("Ramírez", "de") where the article writes "Ms Ramírez de la Rosa"."""
    return frozenset(match.groups() for match in _ADDRESSED_SURNAME_AND_PARTICLE.finditer(text))


_PARTICLE_AND_SURNAME = re.compile(r" (de|du|la|le|al|del|do|das|dos) ([A-Z][\w’'-]+)")


@lru_cache(maxsize=1)
def _particle_surnames(text: str) -> frozenset[tuple[str, str]]:
    """("de", "Zoysa") where the article writes "Sunil de Zoysa" or "X de Zoysa, 58,": a
    particle and surname some known given name or an age shows to be a person's."""
    found = set()
    for match in _PARTICLE_AND_SURNAME.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].rsplit(" ", 1)[-1]
        if before in given_names() or AGE_AFTER_A_NAME.match(text, match.end()):
            found.add(match.groups())
    return frozenset(found)


def _name_length(words: list[str]) -> int:
    return sum(1 for word in words if word not in NAME_PARTICLES)


# Irish and Scottish surnames open on these, written apart: "Mr Ó Meára", "Ms Ní Bhriain".
GAELIC_PREFIXES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mac", "Ait"})


def _surname_length(words: list[str]) -> int:
    """Words of a name after a form of address, where "Mr Le Goff" and "Mrs Da Silva" are
    one surname with its particle written in capitals."""
    if len(words) > 1 and (words[0].lower() in NAME_PARTICLES or words[0] in GAELIC_PREFIXES):
        return _name_length(words[1:])
    return _name_length(words)


_POST_NOMINALS = frozenset("KC QC MP MSP MS AM MLA MEP TD JP OBE MBE CBE KBE DBE FRS PhD".split())
# What follows the name of a newspaper someone told something ("told the Gleaner that").
AFTER_AN_OUTLET = (" that ", ":", ", ", ". ", " on ", " in ", " last ", " this ")
_NEWSPAPERS = frozenset(
    "Herald Courier Gazette Chronicle Telegraph Times Guardian Mirror Observer Echo Tribune"
    " Inquirer Argus Advertiser Examiner Journal".split()
)
_NUMBER_WORDS = frozenset(
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Thousand".split()
)
_EVENT_WORDS = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone", "Operation", "Tropical"})
_EVENT_LAST_WORDS = frozenset(
    "Classic Trophy Cup Shield Championship Championships Marathon Games Olympics Grand Prix"
    " Festival".split()
)
_CAMPAIGN_WORDS = frozenset({"Save", "Stop"})
_STREET_WORDS = frozenset(
    "Plaza Praça Piazza Corso Calle Avenida Rua Viale Rue Strada Ulica Rruga Jalan Carrer"
    " Avinguda Rúa".split()
)
_LAW_WORDS = frozenset({"Act", "Bill", "Acts", "Bills"})
_WORKS = frozenset(
    "book novel memoir biography film movie series sitcom drama song single album play show"
    " programme documentary podcast poem musical opera exhibition painting debut record track"
    " hit collection game ep".split()
)


# "The head of the programme, Gevorg Mkrtchyan,": the name set off after the work belongs to
# the head noun, a person.
_OWNER_OF_A_WORK = re.compile(r" (?:of|for|behind|from) (?:the|its|this|a) [a-z]+, $")


# "the sloop Lady Marigold": a boat's name may open on a form of address.
_VESSELS = frozenset(
    "sloop schooner yacht ferry trawler tanker freighter vessel boat catamaran dhow barge tug"
    " liner steamer lifeboat".split()
)
_AFTER_A_VESSEL = "the sloop X"
_AFTER_A_WORK_NOUN = "her novel X"
_SET_OFF_AFTER_A_WORK_NOUN = "her album, X,"
_NOT_A_WORK = "a record, X laughed"  # or "The head of the programme, X,"


def work_noun_context(text: str, start: int, end: int) -> str | None:
    """How a work's noun before the words at start:end names them, or None where none stands
    there: all that ``_names_a_work_or_law`` reads around them, for the chunk cache's key."""
    before = word_before(text, start, 16).lower()
    if before in _WORKS:
        return _AFTER_A_WORK_NOUN
    if before in _VESSELS:
        return _AFTER_A_VESSEL
    if before[-1:] != "," or before[:-1] not in _WORKS:
        return None
    if (text[end : end + 1] == " " and text[end + 1 : end + 2].islower()) or (
        _OWNER_OF_A_WORK.search(text, max(0, start - 40), start)
    ):
        return _NOT_A_WORK
    return _SET_OFF_AFTER_A_WORK_NOUN


_NAMED_AS_A_WORK = (_AFTER_A_WORK_NOUN, _SET_OFF_AFTER_A_WORK_NOUN)


def _names_a_work_or_law(
    text: str, start: int, end: int, words: list[str], work: str | None
) -> bool:
    """ "the Crime Act", "her album, Salt Year,", “Twelfth Night” in quotation marks; ``work``
    is what ``work_noun_context`` found there."""
    if words[-1] in _LAW_WORDS and len(words) >= 2:
        return True
    if work in _NAMED_AS_A_WORK:
        return True
    return text[start - 1 : start] in ("“", '"') and text[end : end + 1] in ("”", '"')


# ", the Englishwoman who", ", a science teacher at", ", 34,": what follows a person's name.
_PERSON_APPOSITION = re.compile(r", (?:the|a|an) [A-Za-z]+|, \d{1,3},|, who ")


def _country_is_a_first_name(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Georgia Hart, the Englishwoman who finished third": a country or state that is also a
    first name, then one more word that ends the run and is described as a person."""
    word = tokens[index][2]
    if not (
        index + 2 == len(tokens)
        and word in _countries()
        and tokens[index + 1][2][:1].isupper()
        and tokens[index + 1][2] not in org_suffixes()
    ):
        return False
    end = tokens[index + 1][1]
    if (
        index == 0
        and text.startswith(",", end)
        and (role := _ROLE_SET_OFF_BEFORE.search(text, max(0, tokens[0][0] - 40), tokens[0][0]))
        # a person's role ("secretary", "minister", "driver"), not "Its new office, Georgia House,"
        and (role["head"] in title_heads() or role["head"] in occupations())
    ):
        return True  # "The union’s general secretary, Washington Pereyra,": set off after a role
    apposition = _PERSON_APPOSITION.match(text, end)
    # "Washington Pereyra, 58,": a state no list gives as a first name, made one by an age or
    # a who-clause.
    return apposition is not None and (
        word in given_names()
        or apposition.group(0)[2:3].isdigit()
        or apposition.group(0) == ", who "  # "Montserrat Rossell, who owns a hotel"
    )


# "The union’s general secretary, ", "The environment minister, ": a role in lower case, set off.
_ROLE_SET_OFF_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z’' -]{1,30} )?(?P<head>[a-z]{3,20}), $"
)


def _nationality_is_a_surname(
    pending: list[tuple[int, int, str]], known: tuple[str, str], length: int, word: str
) -> bool:
    """ "Ruth Christian", "Dawn French": a given name, then a people's word that is a surname."""
    return (
        known[0] == "NORP"
        and length == 1
        and word in _SURNAMES_NAMING_A_PEOPLE
        and len(pending) == 1
        and pending[0][2] in given_names()
    )


_SURNAMES_NAMING_A_PEOPLE = frozenset("Christian English French Welsh Norman".split())


def _city_is_a_first_name(
    tokens: list[tuple[int, int, str]],
    index: int,
    phrase_end: int,
    known: tuple[str, str],
    in_name: bool,
    table: dict[str, tuple[str, str]],
) -> bool:
    """ "Vladimir Putin", "Antony Blinken", "Michael Jackson": a city's name inside a person's."""
    if known[0] != "GPE" or phrase_end != index + 1:
        return False
    if index and tokens[index - 1][2] in ("for", "of"):
        return False  # "Senator for Victoria Diane Ferreira": the place ends her title
    after = index + 1
    while after < len(tokens) and tokens[after][2].lower() in NAME_PARTICLES:
        after += 1  # "Carmen de la Rosa": particles, one or more
    if (
        index + 1 < after < len(tokens)
        and tokens[after][2][:1].isupper()
        and "-" not in tokens[index][2]  # "Saint-Louis du Sud"
        and tokens[after][2] not in _COMPASS_OF_A_TOWN
    ):
        return True  # "Washington Da Silva", "Jackson da Costa": a surname with its particle
    if tokens[index][2] in _countries():
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
        and following not in CONNECTOR_WORDS
        and following not in org_suffixes()
        and following.lower() not in titles()
    )


# "El Hadji Mamadou Ba": forms of address written after the Arabic article.
_ARTICLED_FORMS = frozenset({"Hadji", "Hadj", "Hadja"})


@lru_cache(maxsize=1)
def _forms_before_full_names(text: str) -> frozenset[tuple[str, str]]:
    """(form, surname) of every "Ma Esther Harper" in the text: one pass for all its runs."""
    return frozenset(
        (match.group(1), match.group(2)) for match in _FORM_BEFORE_A_FULL_NAME.finditer(text)
    )


_FORM_BEFORE_A_FULL_NAME = re.compile(r"\b(Ko|Ma|Pan) [A-Z][\w’'-]+ ([A-Z][\w’'-]+)")


def _form_before_a_full_name(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    if tokens[index][2] not in FORMS_BEFORE_A_FULL_NAME:
        return False
    if len(tokens) - index == 2:
        # "Ma Harper" after "Ma Esther Harper": the form before the surname of one the
        # article named so in full.
        return (tokens[index][2], tokens[index + 1][2]) in _forms_before_full_names(text)
    if len(tokens) - index < 3:
        return False
    return all(
        word[:1].isupper() and word[1:].islower() and "-" not in word
        for _, _, word in tokens[index + 1 :]
    )


def _place_kind(words: list[str]) -> str | None:
    first, last = place_features()
    if len(words) < 2:
        return None
    if words[-1] == "Park" and words[-2] in ("National", "Country", "Forest"):
        return "LOC"  # "Chitwan National Park"; a bare "Park" may be a ground or a suburb
    kind = first.get(words[0]) or last.get(words[-1])
    if kind == "GPE" and len(words) == 2 and words[0] in _KINDS_OF_AREA:
        return None  # "the Autonomous Province of Trento": the name goes on after "of"
    return kind


# The middle names that mark a Vietnamese name ("Le Thi Bay", "Nguyen Van Hai"), whatever
# its last word: a given name may be a place's word ("Bay", "Lake").
_VIETNAMESE_MIDDLE_NAMES = frozenset({"Thi", "Thị", "Van", "Văn"})


def _a_vietnamese_name(words: list[str]) -> bool:
    return (
        len(words) == 3
        and words[1] in _VIETNAMESE_MIDDLE_NAMES
        and len(words[0]) <= 6
        # not "Cape Van Diemen", "Port Van Buren"
        and words[0] not in place_features()[0]
        and words[0] not in _PLACE_NAME_STARTS
    )


_KINDS_OF_AREA = frozenset("Municipal Autonomous Administrative Special Federal".split())


# The words before a name that make it a place whatever else it could be ("in Tartu").
WORDS_OF_WHERE = ("in", "near", "outside", "around")
PLACE_PREPOSITIONS = (*(f" {word} " for word in WORDS_OF_WHERE), " at ")
# "the main road through Nyamirambo": a word alone after "through" is a place too, though a
# name of more is as often a scorer or a channel ("led through Fraser Dunlop").
THROUGH = " through "
# Enough characters to hold the longest of them with its spaces (" outside ", " through ").
PLACE_PREPOSITION_REACH = len(THROUGH)
_NUMBER_AFTER = re.compile(r" \d")
# "Bad Goisern", "Grand Anse", "Santo Antão", "São Nicolau": towns and islands, never the
# first word of a person's name.
_PLACE_STARTS_BEFORE_A_NAME = frozenset(
    "Villa Anse Bad Grand Santo Santa São Kampung Bab"
    # Malay "Kampong" (village), Belizean "Caye" (cay), Greek "Kato" and "Ano" (lower, upper).
    " Kampong Caye Kato Ano"
    # Arabic and Hebrew "house of", "monastery", "village": "Beit Sahour", "Deir al-Balah",
    # "Kafr Qasim", "Kfar Saba"; "spring", "sands", "well" and "valley": "Ain el-Mreisseh",
    # "Ein Kerem", "Ramlet al-Baida", "Bir Zeit", "Wadi Musa" ("Ras", a cape, is as often a
    # headland as a district).
    " Beit Deir Kafr Kfar Ain Ein Ramlet Bir Wadi"
    # Afrikaans and Dutch "little" and "great": "Klein Windhoek", "Groot Marico".
    " Klein Groot".split()
)
_PLACE_NAME_STARTS = frozenset(
    "New North South East West Upper Lower Great Little Old Saint St Port Fort Mount County"
    " Río Lago Cerro Puerto Lac Bahía Laguna Volcán Nevado".split()
)
# "a cross from Whitlock", "pressure from Brightwave": what comes from a player or a firm.
_GIVEN_OR_SENT_FROM = frozenset(
    "cross pass header ball kick corner shot save goal assist strike delivery throw volley"
    " pressure competition support funding investment donation grant loan order orders bid"
    " offer statement letter email call message comment comments response reply complaint"
    " warning request permission approval advice help interest challenge".split()
)
# "from Prince Albert", "in Prince George": a place named like a prince.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|from|to|near|outside|around|into|at) $")


_AFTER_AN_ISLAND = frozenset(",.;")


@lru_cache(maxsize=1)
def _about_islands(text: str) -> bool:
    return "island" in text or "Island" in text


def _follows_place_preposition(text: str, start: int, through: bool = False) -> bool:
    before = text[max(0, start - PLACE_PREPOSITION_REACH) : start]
    return (
        before.endswith(PLACE_PREPOSITIONS)
        or (through and before == THROUGH)
        or place_words_before(text, start) is not None
    )


# "Vanto, a small town north of the capital,", "Kelmo, the district capital,": a place the
# gazetteer lacks, said to be one.
_DESCRIBED_AS_A_PLACE = re.compile(
    r", (?:a|an|the) (?:[a-z-]+ ){0,2}(?:village|town|hamlet|city|suburb|settlement|port"
    r"|municipality|commune|township|capital)"
    # The noun ends the phrase: "a town councillor" is a person.
    r"(?=[,.;]| (?:in|on|near|north|south|east|west|of|outside|about|where|that|which|whose"
    r"|with|some|close|along|above|below|across|beside|by|known|called|home)\b)"
)


def described_as_a_place(text: str, end: int) -> bool:
    return text[end : end + 1] == "," and _DESCRIBED_AS_A_PLACE.match(text, end) is not None


_LIST_ITEM = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
# "in Pronojiwo and Candipuro", "near Friskney, Wrangle and Sibsey": a list of places.
_LISTED_AFTER_A_PLACE_WORD = re.compile(
    r"\b(?:in|near|around|between|across|through"
    r"|(?:villages|towns|islands|districts|parishes|hamlets|suburbs) of)"
    rf" {_LIST_ITEM}(?:, {_LIST_ITEM})*(?:,? and|,) $"
)


_PARTICLES_AFTER = tuple(f" {word} " for word in ("de", "da", "del", "do", "la", "le", "du"))


def listed_after_a_place_word(text: str, start: int) -> bool:
    """Whether a name stands in a list that a place preposition opens."""
    if text[start - 5 : start] != " and " and text[start - 2 : start] != ", ":
        return False
    listed = _LISTED_AFTER_A_PLACE_WORD.search(text, max(0, start - 90), start)
    return listed is not None and _opens_a_list_of_places(text, listed.start())


def list_opened_before(text: str, start: int) -> bool | None:
    """For a run straight after a list's preposition ("in Garo and Hindi"), whether the words
    before it let the list be of places: the chunk cache keys on it, as on the preposition."""
    before = text[max(0, start - _LIST_PREPOSITION_REACH) : start]
    if not before.endswith(_LIST_PREPOSITIONS):
        return None
    return _opens_a_list_of_places(text, start - len(before.rsplit(" ", 2)[-2]) - 1)


def _opens_a_list_of_places(text: str, preposition: int) -> bool:
    before = word_before(text, preposition)
    # Not inside a name ("the Institute for Research in Agriculture, Fisheries and
    # Environment"), nor a list of languages ("songs in Garo and Hindi").
    inside_a_name = before[:1].isupper() and not starts_sentence(
        text, preposition - 1 - len(before)
    )
    return not inside_a_name and before.lower() not in _BEFORE_LANGUAGES


_LIST_PREPOSITIONS = (" in ", " near ", " around ", " between ", " across ", " through ")
_LIST_PREPOSITION_REACH = max(len(preposition) for preposition in _LIST_PREPOSITIONS)


_BEFORE_LANGUAGES = frozenset(
    "songs song sung sang sing sings spoke speak speaks speaking spoken written wrote taught"
    " teach lessons classes fluent translated broadcast broadcasts sermons signs prayers"
    " read".split()
)


def place_words_before(text: str, start: int) -> str | None:
    """ "the village of X", "the mayor of X", "flights to X": words that put a place there.
    Which kind, as a name after "Jean Hall, of" is read apart: the cache keys on it."""
    if text[start - 4 : start] not in (" of ", " to "):
        return None
    words = _PLACE_WORDS_BEFORE.search(text, max(0, start - 32), start)
    if words is None:
        return None
    return "residence" if words.group(0).startswith(",") else "place"


# "the village of Bamford", "moved to Bamford", "flights to Malaga": only a place goes there.
_PLACE_WORDS_BEFORE = re.compile(
    r"\b(?:(?:village|town|city|hamlet|suburb|port|ports|island|county|region|province"
    r"|borough|district|municipality|commune|parish|canton"
    # "the villages of All Saints, Liberta and Swetes", "the central market of Comayagüela".
    r"|villages|towns|cities|hamlets|suburbs|islands|districts|parishes|market|markets"
    # "the mayor of Lumbarda", "the village chief of Xieng Maen": whom a place has.
    r"|mayor|governor|chief|headman|residents|villagers|outskirts)"
    r" of|(?:moved|moving|flight|flights|flew|flying|travelled|traveled|travelling|traveling"
    r"|returned|returning|relocated|drove|driving|sailed|sailing|fled|fleeing|evacuated|bus"
    r"|buses|ferry|ferries|road|route|trains?|ticket|tickets|trip|trips|journey|bound|headed"
    # "the path to Namche Bazaar", "porters walk to Lukla".
    r"|heading|path|paths|trail|trails|walk|walks|walked|walking|hike|hiked"
    r"|hiking|trek|trekked|trekking|climb|climbed|climbing|commute|commuted|commuting"
    r"|shuttle|shuttles|cycled|cycling|marched|marching) (?:back )?to"
    # "Jean Hall, 72, of Wibsey, said": where someone named lives.
    r"|(?<=[a-z\d]), of) $"
)


# "the Bono East region", "the Amhara region": the nouns that say a name is a region's.
REGION_NOUNS = tuple(
    f" {noun}"
    for noun in (
        "region province district prefecture governorate oblast neighbourhood neighborhood"
        " area suburb township"
    ).split()
)


def _names_a_region(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 4) : start] in ("the ", "The ") and text.startswith(
        REGION_NOUNS, end
    )


# ", Dr Kwabena Adu-Gyamfi", ", Patrick Lomond": a person's name set after an office.
_HOLDER_AFTER = re.compile(r", (?P<first>[A-Z][a-z]+\.?) [A-Z][\w’'-]+")


def title_before_its_holder(text: str, start: int, end: int) -> bool:
    """ "the Government Statistician, Dr X": "the" and a name of a person after it make the
    capitalised words an office, whichever title list lacks them."""
    if text[max(0, start - 4) : start] not in ("the ", "The "):
        return False
    holder = _HOLDER_AFTER.match(text, end)
    return holder is not None and (
        holder.group("first").rstrip(".") in honorifics() or holder.group("first") in given_names()
    )


def _follows_at(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start] in (" at ", "\nat ") or (
        text[max(0, start - 8) : start] == " at the "
    )


# "Moorside Hall" after "to", "at" or "the" is a venue that acts; "Stuart Hall" is a person.
_VENUES = frozenset({"Hall", "House", "Arena", "Manor", "Lodge"})
_VENUE_WORDS_BEFORE = (" to ", " at ", " in ", " from ", " the ", " of ", " into ", " outside ")


def _follows_venue_word(text: str, start: int) -> bool:
    return text[max(0, start - 9) : start].lower().endswith(_VENUE_WORDS_BEFORE)


def _split_title_inside(
    pending: list[tuple[int, int, str]], title: str | None, found: list[Candidate]
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
    if len(before) == 1 and ACRONYM.match(before[0][2]):
        start, end, word = before[0]
        found.append(Candidate(start, end, "NAME", word, [word]))
    words = " ".join(word for _, _, word in pending[: last_title + 1]).lower()
    return pending[last_title + 1 :], words


@cache
def _title_first_words() -> frozenset[str]:
    return frozenset(title.split()[0] for title in titles() if " " in title)


def _countries() -> frozenset[str]:
    return major_places()


def _is_lone_title_word(word: str) -> bool:
    return word.lower() in title_heads() and word.lower() in titles()


@cache
def _title_openings() -> frozenset[str]:
    """The first word of every title, single- and multi-word, lower case."""
    return frozenset(title.split()[0] for title in titles())


def _longest_title(tokens: list[tuple[int, int, str]], index: int) -> int:
    best = index
    if index >= len(tokens) or tokens[index][2].lower().rstrip(".") not in _title_openings():
        return best  # most words open no title: one look, not four joins
    words: list[str] = []
    for end in range(index, min(len(tokens), index + 4)):
        words.append(tokens[end][2].lower().rstrip("."))  # "Sen.", "Gov.", "Capt."
        if " ".join(words) in titles():
            best = end + 1
    # A title needs a name after it; "Defence Secretary" alone is no entity, and is skipped.
    return best


def _longest_phrase(
    tokens: list[tuple[int, int, str]], index: int, table: dict[str, tuple[str, str]]
) -> tuple[int, tuple[str, str] | None]:
    joined = ""
    best: tuple[int, tuple[str, str] | None] = (index, None)
    for end in range(index, min(len(tokens), index + MAX_PHRASE_WORDS)):
        word = tokens[end][2]
        if not word:
            break
        # "King's Lynn": a possessive joins its word without a space.
        joined += word if not joined or word[0] in "'’" else " " + word
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


def _plural_suffix_joined(
    tokens: list[tuple[int, int, str]], suffix_index: int, suffixes: frozenset[str]
) -> int:
    """ "Onion Producers and Marketers Association of Nigeria": after a plural suffix, "and"
    and more words ending in a suffix are the same body's name. So are they after a field of
    work, where the name ends in a public body's word: "Tamil Nadu Health and Family Welfare
    Department", "Grains Research and Development Corporation" (not "Cornwall Health and
    Treliske Hospital", two bodies)."""
    if not (0 <= suffix_index < len(tokens) - 2 and tokens[suffix_index + 1][2] == "and"):
        return suffix_index
    word = tokens[suffix_index][2]
    if word.endswith("s"):
        heads = suffixes
    elif word in _FIELDS_BEFORE_AND:
        heads = _PUBLIC_BODY_HEADS
    else:
        return suffix_index
    end = suffix_index + 2
    while end < len(tokens) and tokens[end][2] and tokens[end][2] not in CONNECTOR_WORDS:
        end += 1
    return end - 1 if end > suffix_index + 2 and tokens[end - 1][2] in heads else suffix_index


# Fields of work that end the first half of a body's name before "and".
_FIELDS_BEFORE_AND = frozenset(
    "Research Health Action Care Post Conservation Management Development Welfare Education"
    " Agriculture Fisheries Tourism Culture Sport Transport Environment Safety Trade Industry"
    " Science Technology Planning Housing Justice Security Theft Rescue Training Heritage"
    " Employment Enterprise Innovation Communications Information Forestry Wildlife"
    # "St Christopher Air and Sea Ports Authority", where "Air" alone names an airline.
    " Air".split()
)
_PUBLIC_BODY_HEADS = frozenset(
    "Unit Authority Corporation Department Service Services Organization Organisation Agency"
    " Commission Directorate Board Council Institute Administration Executive Inspectorate"
    " Office Bureau Division Programme Program Fund".split()
)


def _division_owning_a_ministry(tokens: list[tuple[int, int, str]]) -> int | None:
    """Where the possessive stands in "Kurdistan Region’s Ministry of Health", "Aceh
    Province's Department of Forestry": a division of a country that owns a body."""
    for index in range(2, len(tokens) - 2):
        if (
            tokens[index][2] in ("’s", "'s")
            and tokens[index - 1][2] in _DIVISION_WORDS
            and tokens[index + 1][2] in _BODIES_OF_A_BODY
            and tokens[index + 2][2] in ("of", "for")
            and all(word[:1].isupper() for _, _, word in tokens[:index])
        ):
            return index
    return None


def _a_body_of_the_body_before(
    tokens: list[tuple[int, int, str]], index: int, suffixes: frozenset[str]
) -> bool:
    """ "Kurdistan Regional Government's Ministry of Health": a body's own ministry, office or
    committee, named by its kind and field, is a second body ("Hue City People's Committee" is
    one, as "People" names no body)."""
    return (
        tokens[index][2] in suffixes
        and _word_at(tokens, index + 2) in _BODIES_OF_A_BODY
        and _word_at(tokens, index + 3) in ("of", "for")
    )


_BODIES_OF_A_BODY = frozenset(
    "Ministry Department Committee Office Directorate Secretariat Commission Bureau".split()
)


# "Water Supply and Sewerage Authority": the words of one body's field, joined by "and", before
# the word that makes it a body.
_BODY_ENDINGS_AFTER_AND = frozenset(
    "Authority Company Corporation Board Commission Agency Department Utility Office".split()
)


def _body_ending_after_and(tokens: list[tuple[int, int, str]], suffix_index: int) -> int:
    """Where a body ends that "and" and up to three more words carry on to its own word
    ("Ulaanbaatar Water Supply and Sewerage Authority"); ``suffix_index`` where none does, or
    where a place or another body's name stands between ("Anglian Water and Cambridge City
    Council")."""
    if suffix_index < 1 or _word_at(tokens, suffix_index + 1) != "and":
        return suffix_index
    known, small = places(), small_towns()
    for end in range(suffix_index + 2, min(len(tokens), suffix_index + 5)):
        word = tokens[end][2]
        # A small town's name is as often a word ("Heritage", "Forest").
        if not word[:1].isupper() or (word in known and word not in small) or word in known_orgs():
            return suffix_index
        if word in _BODY_ENDINGS_AFTER_AND and end > suffix_index + 2:
            return end
    return suffix_index


def _organisation_block(
    text: str, tokens: list[tuple[int, int, str]]
) -> tuple[int, Candidate] | None:
    """An organisation named by its suffix: "Lowy Institute", "Ministry of Defence"."""
    if tokens and tokens[0][2] in _KIND_FIRST_HEADS:
        headed = _headed_by_its_kind(text, tokens)
        # "Radio Television of Djibouti": an English "of" goes on past the name so headed.
        if headed is not None and _word_at(tokens, headed[0]) != "of":
            return headed
    if (
        len(tokens) > 2
        and tokens[0][2] in _ROMANCE_ARTICLES
        and (tokens[1][2] in _KIND_FIRST_HEADS or _a_company_of_a_place(tokens))
    ):
        headed = _headed_by_its_kind(text, tokens[1:])
        if headed is not None:  # "La Voz de Galicia", "El Diario de Hoy": the article is named too
            end_index, body = headed
            start = tokens[0][0]
            return end_index + 1, Candidate(start, body.end, "ORG", text[start : body.end])
    suffixes = org_suffixes()
    suffix_index = -1
    for index, (_, _, word) in enumerate(tokens):
        if (
            (
                word in suffixes
                or (word in _SUFFIXES_BEFORE_OF and _followed_by_of(tokens, index))
                or (word in _SUFFIXES_ENDING_A_RUN and index == len(tokens) - 1)
            )
            and (index > 0 or _followed_by_of(tokens, index))
            and not (
                word in _PLACE_SUFFIXES
                and (
                    _ends_a_place(tokens, index)
                    or _a_city_placed_in(text, tokens, index)
                    or _a_city_where_no_club_plays(text, tokens, index)
                )
            )
            and not _a_division_placed(text, tokens, index)
            and not _a_place_of_more_words_ends_here(tokens, index)
            and not _ends_a_title(tokens, index)
            and not _title_before_a_name(tokens, index)
            and not _names_a_portfolio(tokens, index)
        ):
            suffix_index = index
            break
        if not word or (
            word == "and"
            and _word_at(tokens, index + 1) == "the"
            and not _inside_a_place_name(tokens, index)
        ):
            break  # "the Herald and the Courier": two names
    # Names of more words go on after the first suffix ("NHS Foundation Trust"), up to "and",
    # or up to a title before a person ("Cornwall Council Leader Jo Smith").
    while (
        0 <= suffix_index < len(tokens) - 1
        and tokens[suffix_index + 1][2]
        and tokens[suffix_index + 1][2] not in CONNECTOR_WORDS
        # "Transit Workers' Union": a plural's apostrophe goes on; "Acme's Jo Smith" does not,
        # but "Hue City People's Committee" does, where a body's word follows.
        and (
            tokens[suffix_index + 1][2][0] not in "'’"
            or len(tokens[suffix_index + 1][2]) == 1
            or (
                _word_at(tokens, suffix_index + 2) in suffixes
                and not _a_body_of_the_body_before(tokens, suffix_index, suffixes)
            )
        )
        and not _title_before_a_name(tokens, suffix_index + 1)
    ):
        suffix_index += 1
    suffix_index = _plural_suffix_joined(tokens, suffix_index, suffixes)
    if (
        suffix_index >= 1
        and suffix_index + 3 == len(tokens)
        and tokens[suffix_index][2] in _UTILITIES
        and tokens[suffix_index + 1][2] == "and"
        and tokens[suffix_index + 2][2] in _UTILITIES
    ):
        suffix_index += 2  # "Etihad Water and Electricity": one utility for both
    suffix_index = _body_ending_after_and(tokens, suffix_index)
    end_index = suffix_index + 1
    if suffix_index < 0 and len(tokens) >= 2 and tokens[0][2] in suffixes:
        if tokens[1][2] in places() and tokens[0][2] != "Co":  # "Co Kerry" is the county
            # "Police Scotland": an organisation word followed by the place it serves.
            start, end = tokens[0][0], tokens[1][1]
            return 2, Candidate(start, end, "ORG", text[start:end])
    if suffix_index < 0:
        last_end = tokens[-1][1]
        suffix = lower_org_suffix_after(text, last_end)
        if suffix and all(token[2] for token in tokens):
            end = last_end + 1 + len(suffix)
            return len(tokens), Candidate(tokens[0][0], end, "ORG", text[tokens[0][0] : end])
        return None
    joining = ("of", "for", "the")
    while (
        end_index + 1 < len(tokens)
        and tokens[end_index][2] in joining
        and tokens[end_index + 1][2]
        and not _for_the_area(text, tokens, end_index)
        # "the Bank of England and the University of Leeds": "and the" starts another name.
        and not (tokens[end_index][2] in ("and", "&") and tokens[end_index + 1][2] == "the")
    ):
        # "Institute of Allergy and Infectious ...", "University of Rio de Janeiro"
        joining = _JOINERS_INSIDE_A_BODY
        end_index += 1
        while end_index < len(tokens) and tokens[end_index][2] not in CONNECTOR_WORDS:
            # Straight after "of" or "for", a title word is the body's field ("Ministry of
            # Justice"), not its officer.
            previous = tokens[end_index - 1][2]
            after_joining = previous in ("of", "for", "the") or (
                f"{previous} {tokens[end_index][2]}".lower() in titles()  # "of the Prime Minister"
            )
            if not tokens[end_index][2] or (
                not after_joining and _title_before_a_name(tokens, end_index)
            ):
                break  # "Bank of England Governor Andrew Bailey": the title starts a person
            if (
                end_index == len(tokens) - 1
                and not after_joining
                and _is_lone_title_word(tokens[end_index][2])
            ):
                break  # "the Bank of England Governor said": the body, then who speaks for it
            end_index += 1
    while end_index > 1 and tokens[end_index - 1][2] in _JOINERS_INSIDE_A_BODY:
        end_index -= 1  # "of San Cristóbal de" before a word no joiner reaches
    if (
        end_index + 3 == len(tokens)
        and tokens[end_index][2] == "and"
        and tokens[end_index + 1][2] == "the"
        and tokens[end_index + 2][2] in _FIELDS_AFTER_AND_THE
        and any(token[2] in ("of", "for") for token in tokens[:end_index])
    ):
        end_index = len(tokens)  # "Ministry of Sustainability and the Environment": one brief
    start = tokens[0][0]
    end = tokens[end_index - 1][1]
    if end_index < len(tokens):
        return end_index, Candidate(start, end, "ORG", text[start:end])
    if any(token[2] in ("of", "for") for token in tokens):
        # "Department for Levelling Up, Housing and Communities": a list inside the name.
        tail = _ORG_LIST_TAIL.match(text, end)
        if tail:
            end = tail.end()
        if any(token[2] == "for" for token in tokens):
            # "Society for the Prevention of Cruelty to Animals", "Commission for Equal Rights
            # of Persons with Disabilities": whom the body is for, in the plural.
            for_whom = _FOR_WHOM_TAIL.match(text, end)
            if for_whom:
                end = for_whom.end()
    legal = LEGAL_FORM_AFTER.match(text, end)
    if legal:
        end = legal.end()
    return end_index, Candidate(start, end, "ORG", text[start:end])


A_TRADE_AFTER = re.compile(r", an? (?:[a-z-]+ ){0,2}[a-z]+(?:man|woman|er|or|ist|ian)(?=[ ,.])")


# Words that open the names of bodies in Portuguese, Spanish, French, Italian and the other
# languages below, where the kind comes first: "Caminho de Ferro de Benguela", "Instituto
# Nacional de Estatística".
_KIND_FIRST_HEADS = frozenset(
    "Banco Banque Banca Caminho Caminhos Companhia Compañía Compagnie Compagnia Empresa"
    " Instituto Institut Istituto Universidade Universidad Université Università Ministério"
    " Ministerio Ministère Ministero Secretaría Secretaria Fundação Fundación Fondation"
    " Fondazione Câmara Cámara Caisse Caja Société Sociedad Sociedade Società Associação"
    " Asociación Associazione Agência Agencia Agence Agenzia Autoridade Autoridad Autorité"
    " Conselho Consejo Conseil Consiglio Comissão Comisión Direção Dirección Direzione"
    " Serviço Servicio Servizio Hôpital Ospedale Hospital Clínica Clinique Escola Escuela"
    " École Colégio Colegio Assembleia Asamblea Assemblée Partido Partito Movimento"
    " Movimiento Mouvement Sindicato Syndicat Federação Federación Fédération Federazione"
    " Confederação Confederación Confédération Polícia Policía Polizia Prefeitura"
    " Prefectura Préfecture Alcaldía Mairie Ayuntamiento Municipalidad Intendencia Gobierno"
    " Governo Gouvernement Cooperativa Coopérative Cervecería Cervejaria Huilerie Liga Ligue"
    " Lega Unidad Refugio Rifugio Deportivo Desportivo Atlético Sporting Club Real Collectivité"
    " Communauté Comunidad Comunidade Constructora Construtora Distribuidora Comercializadora"
    " Transportes Transportadora Industrias Indústrias Inversiones Électricité Electricité"
    " Electricite Electricidad Grupo Casa Academia Centro Administración Administracion"
    " Administração Direccion Corporación Corporacion Loterie Lotería Lotaria Lotteria Junta"
    # Spain's regional and island governments ("Xunta de Galicia", "Cabildo de Tenerife") and
    # newspapers named for their town ("La Voz de Galicia", "Jornal de Angola").
    " Xunta Generalitat Cabildo Conselleria Consellería Consejería Diputación Diputació"
    " Ajuntament Concello Govern Teatro Voz Diario Diário Jornal Journal Gazeta Gaceta Gazzetta"
    " Correio Correo Corriere Heraldo Periódico Crónica Cronica Estrella Radio"
    # Romanian: "Societatea de Transport Public Timișoara", "Primăria Municipiului Cluj".
    " Societatea Compania Primăria Consiliul Regia Direcția Agenția Institutul Universitatea"
    " Ministerul Asociația Federația Spitalul Uniunea Partidul"
    # Dutch, Frisian and German bodies whose kind comes first: "Wetterskip Fryslân",
    # "Stichting Noordzee", "Gemeente Amsterdam".
    " Wetterskip Waterschap Hoogheemraadschap Gemeente Stichting Vereniging Stiftung Verein"
    " Verband Stadtwerke"
    # Malay and Indonesian: "Universiti Brunei Darussalam", "Kementerian Kesihatan Malaysia".
    " Universiti Universitas Kementerian Jabatan Majlis Lembaga Perbadanan Persatuan Kesatuan"
    " Badan Dinas Pemerintah Yayasan".split()
)
# "y", "e" and "i": Spanish, Portuguese and Catalan "and" ("Navegación y Puertos").
_ROMANCE_JOINERS = frozenset("de da do das dos del du des la y e i et".split())


_ELIDED_ARTICLES = frozenset(("l'", "l’", "d'", "d’"))
_ROMANCE_ARTICLES = frozenset("La El Le Il Lo Los Las Les".split())


def _a_company_of_a_place(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Los Muchachos de Palermo", "Los Halcones de San Mateo": a plural that names a band,
    a club or a murga, then where it is from; not a town so named ("Las Palmas de Gran
    Canaria")."""
    if len(tokens) < 4 or tokens[0][2] not in ("Los", "Las", "Les"):
        return False
    if tokens[2][2] not in ("de", "del") or not tokens[1][2].endswith("s"):
        return False
    known = places()
    words = [token[2] for token in tokens]
    return not any(" ".join(words[:end]) in known for end in range(2, len(words) + 1))


# "Jun-ho", "Mei-ling": a given name of two syllables; "Hyoja-dong", "Nam-gu" are places.
_HYPHENED_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]{1,6}-(?!(?:dong|gu|ri|do|si|gun|eup|myeon)\b)[a-z]{2,6}"
)


def _headed_by_its_kind(
    text: str, tokens: list[tuple[int, int, str]]
) -> tuple[int, Candidate] | None:
    """ "Banco de Portugal", "Fundação Oswaldo Cruz": the head word, then capitalised words
    and the joiners between them, up to a break or an English "and", "of" or "the"."""
    end_index = 1
    while end_index < len(tokens):
        word = tokens[end_index][2]
        # "Banque de l'Habitat", "Loterie de l'Etat Haïtien": a word after an elided article.
        elided = word[:2] in _ELIDED_ARTICLES and word[2:3].isupper()
        if not word or not (word[:1].isupper() or word in _ROMANCE_JOINERS or elided):
            break
        end_index += 1
    while end_index > 1 and tokens[end_index - 1][2] in _ROMANCE_JOINERS:
        end_index -= 1
    if end_index < 2:
        return None
    start, end = tokens[0][0], tokens[end_index - 1][1]
    return end_index, Candidate(start, end, "ORG", text[start:end])


def _for_the_area(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Leitrim County Council for the Ballinamore area": "for the" and a name that ends the
    run before "area" or the like say whose area, and are no part of the organisation's name."""
    return (
        len(tokens) - index == 3
        and tokens[index][2] == "for"
        and tokens[index + 1][2] == "the"
        and text.startswith(_AREA_NOUNS, tokens[-1][1])
    )


_AREA_NOUNS = tuple(
    f" {noun}" for noun in "area region district division ward catchment patch branch".split()
)


_NAME_WORDS = r"[A-Z][\w’']*(?: [A-Z][\w’']*)*"
# ", Housing and Communities": a list goes on with its items; ", and Kowalchuk said" is no
# list but the next clause.
# "..., Communications, Sport and the Arts", "Climate Change, Energy, the Environment and
# Water": an item after the second may take "the" ("Ministry of Defence, the Kremlin and the
# PA" is three bodies).
_ORG_LIST_TAIL = re.compile(
    rf"(?:, {_NAME_WORDS}(?:, (?:the )?{_NAME_WORDS})*,? (?:and|&) (?:the )?| (?:and|&) )"
    rf"{_NAME_WORDS}"
)
# "Cabo do Norte", "Port de Sud": the town's quarter, no surname.
_COMPASS_OF_A_TOWN = frozenset("Sud Nord Norte Sur Este Oeste Est Ouest Mar Mer".split())
# Balinese names by order of birth, which "I" (a man) or "Ni" (a woman) opens.
_BALINESE_ORDER = frozenset("Wayan Putu Gede Luh Made Kadek Nengah Nyoman Komang Ketut".split())
KIN_AFTER_A_NAME = re.compile(
    r"(?:,| and) (?:her|his) (?:husband|wife|son|daughter|brother|sister|mother|father)\b"
)
AGE_AFTER_A_NAME = re.compile(r", \d{1,3}(?:,|\.(?=\s|$))")  # "Raúl de los Santos, 49."
_UTILITIES = frozenset("Water Electricity Power Gas Energy Sewerage Sanitation Lighting".split())
# A ministry's last field after "and the", where "the Bank of England and the Treasury" are two
# bodies.
_FIELDS_AFTER_AND_THE = frozenset(
    "Environment Arts Sea Sciences Humanities Family Economy Media Elderly Interior Regions"
    " Islands Countryside Gaeltacht Heritage Climate".split()
)
_FOR_WHOM_TAIL = re.compile(r" (?:with|to) [A-Z][a-z]+s\b(?! [A-Z])")
LEGAL_FORM_AFTER = re.compile(r" (?:plc|ltd|Ltd|PLC|LLP|Inc|AG|SA|GmbH|A/S)\b\.?")


# "Kelso City" and "Ashby Town" are clubs; "Mexico City" and "Cape Town" are places.
_PLACE_SUFFIXES = frozenset({"City", "Town"})


def _names_a_portfolio(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Local Government Minister Tane Ruawai": the word names a minister's brief, inside a
    title before a name, not an organisation."""
    if index + 2 >= len(tokens) or tokens[index + 2][2] in CONNECTOR_WORDS:
        return False
    if tokens[index + 1][2] not in ("Minister", "Secretary"):
        return False
    words = [word.lower() for _, _, word in tokens[max(0, index - 2) : index + 2]]
    return any(" ".join(words[start:]) in titles() for start in range(len(words) - 1))


def _ends_a_title(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Chief Executive Mark Fenn": a title before a name, not an organisation."""
    words = [word.lower() for _, _, word in tokens[max(0, index - 2) : index + 1]]
    followed_by_name = index + 1 < len(tokens) and tokens[index + 1][2] not in CONNECTOR_WORDS
    return followed_by_name and any(
        " ".join(words[start:]) in titles() for start in range(len(words))
    )


def _a_city_placed_in(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "in Davao City", "built in Duncan Town", "the hills above Gregory Town": "City" or
    "Town" after "in" or a word of where is the place; a club is played at, for or against
    ("at Manchester City"), not in."""
    return (
        index == 1
        and len(tokens) == 2
        and text[max(0, tokens[0][0] - 8) : tokens[0][0]].endswith(_PLACING_WORDS)
        and text[tokens[1][1] : tokens[1][1] + 2] not in ("'s", "’s")
    )


def _a_city_where_no_club_plays(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Iloilo City will ban videoke": a city, in a story that is not about football, where
    "Kelso City" would be the club."""
    return (
        index == 1
        and len(tokens) == 2
        and tokens[1][2] == "City"
        and tokens[0][2] not in org_suffixes()
        and not _about_football(text)
        # "four years at Manchester City": a club is played at, for or against
        and not text[max(0, tokens[0][0] - 9) : tokens[0][0]].endswith(_BEFORE_A_CLUB)
        and text[tokens[1][1] : tokens[1][1] + 2] not in ("'s", "’s")  # "City’s end"
        # "according to Kanazawa City", "Gangneung City said it would pay": its government
        and not text[max(0, tokens[0][0] - 13) : tokens[0][0]].endswith("ccording to ")
        and _SPEAKS_AFTER.match(text, tokens[1][1]) is None
    )


def _a_division_placed(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "the mountains of Aomori Prefecture": only a place is a prefecture, governorate or
    oblast, unless it acts as its government ("Aomori Prefecture said", "the Aswan
    Governorate")."""
    return (
        index == 1
        and len(tokens) == 2
        and tokens[1][2] in _DIVISIONS_NO_CLUB_IS_NAMED_BY
        # "the Aswan Governorate, which said": the body that governs it
        and text[max(0, tokens[0][0] - 4) : tokens[0][0]] not in ("the ", "The ")
        and not text[max(0, tokens[0][0] - 13) : tokens[0][0]].endswith("ccording to ")
        and _SPEAKS_AFTER.match(text, tokens[1][1]) is None
    )


def city_or_division_context(text: str, start: int, end: int) -> tuple[bool, bool, bool] | None:
    """What ``_a_city_where_no_club_plays`` and ``_a_division_placed`` read around a name
    ending in "City", "Prefecture", "Governorate" or "Oblast", for the chunk cache's key: a
    verb of speech after it, "according to" or a word a club follows before it."""
    if not text.endswith(CITIES_AND_DIVISIONS, start, end):
        return None
    before = text[max(0, start - 13) : start]
    return (
        _SPEAKS_AFTER.match(text, end) is not None,
        before.endswith("ccording to "),
        before.endswith(_BEFORE_A_CLUB),
    )


CITIES_AND_DIVISIONS = (" City", " Prefecture", " Governorate", " Oblast")
_BEFORE_A_CLUB = (" at ", " for ", " against ", " joined ", " beat ", " with ")
_SPEAKS_AFTER = re.compile(r" (?:said|says|announced|told|warned|added|stated)\b")


@lru_cache(maxsize=1)
def _about_football(text: str) -> bool:
    return _FOOTBALL_WORDS.search(text) is not None


_FOOTBALL_WORDS = re.compile(
    r"\b(?:football|soccer|[Ll]eague|striker|midfielder|goalkeeper|kick-off|fixtures?|stadium"
    r"|relegat\w+|goalless|scored|derby|FA Cup|[Mm]anager)\b"
)
_PLACING_WORDS = (*(f" {word} " for word in WORDS_OF_WHERE), " above ", " below ")
# "in Bong County", "from Bong County", "Liberia's Bong County": a division; "Notts County"
# with no such word before it may be the club.
_DIVISIONS_PLACED = frozenset("County District Province Prefecture Governorate Parish".split())
_DIVISIONS_NO_CLUB_IS_NAMED_BY = frozenset({"Prefecture", "Governorate", "Oblast"})
_PLACING_A_DIVISION = (*_PLACING_WORDS, " from ", "'s ", "’s ")


def _a_place_of_more_words_ends_here(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "the West Bank": a place whose name, from the run's first word, ends in a body's word
    ("Bank"). Not "Dominica State College", where a town called "State College" ends it."""
    if not 1 <= index <= 2:
        return False
    name = " ".join(word for _, _, word in tokens[: index + 1])
    return places().get(name, ("",))[0] == "GPE"


def _ends_a_place(tokens: list[tuple[int, int, str]], index: int) -> bool:
    words = [word for _, _, word in tokens[: index + 1]]
    if len(words) == 2 and words[0] in _PLACE_NAME_STARTS:
        return True  # "New Town", "Old Town": a quarter of a city
    known = places()
    return any(" ".join(words[start:]) in known for start in range(len(words)))


_FEATURES_OF = frozenset(
    "Gulf Bay Isle Isles Sea Strait Straits Firth Vale Cape Lake Mount Island Islands Valley"
    " Forest Mouth".split()
)


def _feature_of_place(
    text: str, tokens: list[tuple[int, int, str]]
) -> tuple[int, Candidate] | None:
    if len(tokens) < 3 or tokens[0][2] not in _FEATURES_OF or tokens[1][2] != "of":
        return None
    end = 2
    while end < len(tokens) and tokens[end][2] and tokens[end][2] not in CONNECTOR_WORDS:
        end += 1
    if end == 2:
        return None
    start, stop = tokens[0][0], tokens[end - 1][1]
    suffixes = org_suffixes()
    if any(token[2] in suffixes for token in tokens[3:end]):
        # "Isle of Man Steam Packet Company": a body named after the place.
        return end, Candidate(start, stop, "ORG", text[start:stop])
    name = text[start:stop]
    known = places().get(name)
    if known is not None and known[0] == "GPE" and name not in small_towns():
        # "the Isle of Man": a country or a region that is named so.
        return end, Candidate(start, stop, "GPE", known[1])
    return end, Candidate(start, stop, "LOC", name)


# "the Agricultural and Food Quality Inspection": a body's word only where it ends the name,
# as "Gaming Inspection and Coordination Bureau" goes on to its own.
_SUFFIXES_ENDING_A_RUN = frozenset({"Inspection"})


def _inside_a_place_name(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the word at ``index`` is inside a place's name: "and the" in "Royal St Vincent
    and the Grenadines Police Force" joins no two names."""
    words = [word for _, _, word in tokens]
    known = places()
    return any(
        " ".join(words[start:end]) in known
        for start in range(max(0, index - 3), index)
        for end in range(index + 2, min(len(words), index + 4) + 1)
    )


def _person_before_organisation(tokens: list[tuple[int, int, str]]) -> int | None:
    """The index of "of" in "Jo Smith of the X Trust": two or three plain capitalised words,
    none an organisation's or a title's, then "of", then a name with an organisation's suffix."""
    suffixes = org_suffixes()
    words = [word for _, _, word in tokens]
    # "Pastor Jo Smith of the X Church", "Detective Constable Jo Smith of the X Police": a
    # title (of up to four words) before the name is allowed.
    titled = _longest_title(tokens, 0) if words else 0
    if titled < len(words) and words[titled].rstrip(".") in honorifics():
        titled += 1  # "Haji Rosli", "Assistant Superintendent Haji Rosli"
    # "Rosli bin Ahmad of the Royal Brunei Police Force": a father's name after "bin".
    particles = sum(1 for word in words[titled + 1 : titled + 4] if word in _SON_OR_DAUGHTER_OF)
    if "of" not in words[2 + titled : 4 + titled + 2 * particles]:
        return None
    of = words.index("of")
    for index, word in enumerate(words[titled:of]):
        if index and word in _SON_OR_DAUGHTER_OF:
            continue
        if not word or word in CONNECTOR_WORDS or word in suffixes or word.lower() in titles():
            return None
    return of if any(word in suffixes for word in words[of + 1 :]) else None


# British police ranks, abbreviated before a surname ("DC Qureshi", "DS Khan"); alone, "DC"
# is Washington's.
_POLICE_RANKS = frozenset({"DC", "DS", "DI", "DCI", "DSI", "PC"})


def _police_rank_before_a_name(tokens: list[tuple[int, int, str]], index: int) -> bool:
    return (
        tokens[index][2] in _POLICE_RANKS
        and index + 1 < len(tokens)
        and tokens[index + 1][2][:1].isupper()
        and tokens[index + 1][2] not in org_suffixes()
    )


def _title_before_a_name(tokens: list[tuple[int, int, str]], index: int) -> bool:
    title_end = _longest_title(tokens, index)
    return (
        title_end > index
        and title_end < len(tokens)
        and tokens[title_end][2][:1].isupper()
        and tokens[title_end][2] not in org_suffixes()
    )


def _word_at(tokens: list[tuple[int, int, str]], index: int) -> str:
    return tokens[index][2] if index < len(tokens) else ""


# "The Province of Gelderland said", "The Roman Catholic Parish of Kutna Hora-Sedlec said": the
# body, as "the City of Brno" is;
# "Southern Province" and "Riyadh Province" are places.
_SUFFIXES_BEFORE_OF = frozenset(
    # "The Shire of Broome", "the Akimat of Astana" (a Kazakh city's government), "the
    # Mayoralty of Baghdad", "the Superintendence of Transport"
    {"Province", "Parish", "Shire", "Akimat", "Mayoralty", "Superintendence"}
)


def _followed_by_of(tokens: list[tuple[int, int, str]], index: int) -> bool:
    if index + 3 < len(tokens) and tokens[index + 1][2] == "General":
        index += 1  # "Directorate General of National Security", "Inspectorate General of"
    return index + 2 < len(tokens) and tokens[index + 1][2] in ("of", "for")
