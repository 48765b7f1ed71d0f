"""Names resolved across an article: full names for short ones, labels for lone words."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import NamedTuple

from reader.detect.address_forms import names_with_forms_of_address
from reader.detect.aliases import PersonRegistry
from reader.detect.candidates import Candidate, EntityAnalysis
from reader.detect.chunking import (
    AFTER_AN_OUTLET,
    AGE_AFTER_A_NAME,
    GAELIC_PREFIXES,
    POSSESSIVE_ENDINGS,
    REGION_NOUNS,
    WORDS_OF_WHERE,
    is_a_club_by_place,
    is_dateline,
)
from reader.detect.gazetteer import major_places, places, small_towns, villages
from reader.detect.lexicon import (
    given_name_genders,
    given_names,
    honorifics,
    org_suffixes,
    place_features,
    sentence_starters,
    title_heads,
)
from reader.detect.org_context import (
    CUE_CHARACTERS_AFTER,
    CUE_WORD_ENDINGS_BEFORE,
    CUE_WORDS_AFTER,
    has_org_context,
)
from reader.detect.person_evidence import (
    doubtful_people,
    opens_on_the_arabic_article,
    people_named_like_places,
)
from reader.detect.roles import strip_possessive
from reader.detect.runs import (
    ACRONYM,
    COMMON_ENDING,
    CONNECTOR_WORDS,
    DOTTED_LEGAL_FORMS,
    starts_sentence,
    word_before,
)
from reader.detect.types import EntitySpan


def resolve(
    text: str,
    placed: list[tuple[int, Candidate]],
    registry: PersonRegistry,
    lower_vocabulary: set[str] | frozenset[str] = frozenset(),
) -> EntityAnalysis:
    placed = people_named_like_places(text, placed)
    placed = _first_names_like_titles(text, placed)
    doubtful = doubtful_people(text, placed, lower_vocabulary)
    # "who visit Huntlyburn Park" after "at Huntlyburn Park": what the words were cut as where
    # their context told, they are everywhere in the article.
    named_otherwise = {
        candidate.canonical: (candidate.label, candidate.canonical)
        for _, candidate in placed
        if candidate.label in ("ORG", "GPE") and " " in candidate.canonical
    }
    addressed_forms = _addressed_forms(text, placed) | _addressed_by_surname(text, placed)
    listed_places = _places_listed_after_a_place(text, placed)
    # "the sloop Lady Marigold", "her novel Salt Year": a work's or a boat's name is no one's,
    # wherever else it stands ("Lady Marigold’s bowman").
    works = {candidate.canonical for _, candidate in placed if candidate.label == "WORK"}
    addressed_names: set[str] | None = None
    kin_named_alone: dict[str, _KinNamedAlone] | None = None
    for offset, candidate in placed:
        if candidate.label == "PERSON" and len(candidate.words) >= 2:
            if (
                offset + candidate.start in listed_places
                or " ".join(candidate.words) in doubtful
                or " ".join(candidate.words) in named_otherwise
                or " ".join(candidate.words) in addressed_forms
            ) and not candidate.title:
                continue
            start = offset + candidate.start
            if candidate.words[0] in _KUNYA_WORDS and len(candidate.words) == 2:
                if addressed_names is None:  # read once, and only where a kunya may be
                    addressed_names = {match[1] for match in _ADDRESSED_NAME.finditer(text)}
                if candidate.words[1] not in addressed_names:
                    # "Abu Khaled" is Khaled's father: no "Khaled" is him. Not "Abu Bangura"
                    # where "Dr Bangura" shows Abu is a first name.
                    continue
            kin = (
                _kin_just_before(text, start) if _a_kin_word_may_stand_before(text, start) else None
            )
            registry.add_full_name(candidate.words, start, as_kin=kin is not None)
            if years := YEARS_AFTER_A_NAME.match(text, offset + candidate.end):
                registry.note_years(candidate.words, int(years["years"]))
            registry.note_gender(candidate.words, candidate.honorific)
            registry.note_gender(
                candidate.words, _gender_from_kin(text, start, offset + candidate.end)
            )
            if kin:
                aged = _AGE_OF_KIN_BEFORE.search(text, max(0, start - 30), start)
                if aged is not None:
                    kin = f"{aged['age']} {kin}"  # "his younger brother, Lim Chee Wah"
                registry.note_kin(candidate.words, kin, _owner_of_kin(text, start))
            elif kin_after := _KIN_OF_SOMEONE_AFTER.match(text, offset + candidate.end):
                # "Lotfi Ben Ammar, Moncef Ben Ammar's cousin,": a relative brought in.
                registry.note_kin(candidate.words, kin_after["kin"])
            elif registry.only_one_called(candidate.words[-1]) is None:
                if kin_named_alone is None:  # read once, and only where a family may be
                    kin_named_alone = _kin_named_alone(text)
                named_alone = kin_named_alone.get(candidate.words[0])
                if named_alone is not None and named_alone.end <= start:
                    # "Tebwebwe Teiti ... with his grandson, Kaben, ... Kaben Teiti, 16, said":
                    # the grandson, named in full later.
                    owner = {"his": "m", "her": "f"}.get(named_alone.owner)
                    registry.note_kin(candidate.words, named_alone.kin, owner)
            # Weakest evidence last: the first name ("Darren" is a man's, "Sandra" a woman's).
            registry.note_gender(
                candidate.words,
                _GIVEN_NAME_FORMS.get(_given_name_gender(candidate.words)),
                from_first_name=True,
            )
            registry.note_gender(
                candidate.words, _form_a_said_pronoun_shows(text, start, offset + candidate.end)
            )
    addressed = {
        form: person
        for form, name in addressed_forms.items()
        if (person := registry.canonical_for_first(name) or registry.only_one_called(name))
    }
    short = _short_forms(text, {id(candidate): candidate for _, candidate in placed}.values())
    placed_towns = _towns_placed_by_context(text, placed)
    # "on Brightwater's closing price" places no village the way "in Kirkcudbright" does.
    plainly_placed_towns = _towns_placed_by_context(text, placed, possessive=False)
    organisations, organisation_mentions = _organisations_by_context(text, placed, placed_towns)
    surnames = registry.surnames()
    # In the order the article first names them, so the first body takes a shared first word.
    organisations = {name: None for name in organisations if name not in surnames}
    named_as_people = _names_given_as_people(text, placed)
    for name in named_as_people:
        if short.get(name, ("",))[0] == "ORG":
            # "who gave his name only as Recep" beside "Recep Tayyip Erdogan University"
            del short[name]
    for name in organisations:
        # "Bandari" after "employed by Bandari Stevedoring, the private operator": a body the
        # context named is called by its first word too, where nothing else claims it.
        words = name.split()
        if (
            len(words) >= 2
            and words[0] not in short
            and words[0] not in surnames
            and words[0] not in named_as_people
        ):
            short[words[0]] = ("ORG", name)
        without_town = " ".join(words[:-1])
        if len(words) >= 3 and words[-1] in places() and without_town not in short:
            short[without_town] = ("ORG", name)  # "Morski Sokol" of "Morski Sokol Varna"
    # "FERIZAJ, Kosovo -" and then "Ferizaj grew quickly": the dateline's town, wherever.
    datelined = {
        candidate.canonical
        for offset, candidate in placed
        if candidate.label == "GPE"
        and offset + candidate.start < STORY_HEAD_REACH
        and is_dateline(text, offset + candidate.start, offset + candidate.end)
    }
    # "the only road into Bukalasi" after "in Bukalasi": a name the text placed once is a place.
    placed_names = {
        candidate.canonical
        for offset, candidate in placed
        if candidate.label == "PLACE_NAME"
        or (candidate.label == "FROM_NAME" and not _named_as_someone(registry, candidate))
    } | datelined  # "GRIMSEY, Iceland —" and then "the frozen heath of Grimsey"
    placed_names -= _COMMON_ACRONYMS
    # "a guesthouse in Hallim" beside "the Hallim Haenyeo School": a body named after the
    # place, which the text puts something in; "at Dunga beach" beside "the Dunga Beach
    # Management Unit", a place its own lower-case noun follows.
    placed_in = {
        candidate.canonical
        for offset, candidate in placed
        if candidate.label == "PLACE_NAME"
        and (
            text[
                max(0, offset + candidate.start - _INSIDE_WORDS_REACH) : offset + candidate.start
            ].endswith(_INSIDE_WORDS)
            or _PLACE_NOUN_AFTER.match(text, offset + candidate.end) is not None
        )
    }
    # "above Gregory Town" and then "Gregory Town still holds": a town no club is named after
    # (clubs take a known town's name), wherever a suffix made it look like a club.
    towns_by_suffix = {
        candidate.canonical
        for _, candidate in placed
        if candidate.label == "GPE"
        and candidate.canonical.endswith((" Town", " City"))
        and candidate.canonical.split()[0] not in places()
    }
    analysis = EntityAnalysis()
    titled: dict[str, str] = {}
    kin_genders: dict[str, str] = {}
    for offset, candidate in placed:
        start = offset + candidate.start
        label = candidate.label
        canonical = candidate.canonical
        if label == "FROM_NAME":
            label = (
                "NAME"
                if _named_as_someone(registry, candidate)
                # "from Shkodra in Albania": where he came from, though he is named so too
                and not _IN_A_WIDER_PLACE.match(text, offset + candidate.end)
                else "PLACE_NAME"
            )
        if label == "WORK" or (
            works
            and label == "PERSON"
            and strip_possessive(text[start : offset + candidate.end]) in works
        ):
            continue
        if label == "GPE" and is_dateline(text, start, offset + candidate.end):
            pass  # "BAR, Montenegro —": the town, whatever else the article calls Bar
        elif label in _LABELS_CONTEXT_CAN_TURN and (
            (canonical or " ".join(candidate.words)) in organisations
            or start in organisation_mentions
        ):
            label, canonical = "ORG", canonical or " ".join(candidate.words)
            if short.get(canonical, ("",))[0] == "ORG":
                canonical = short[canonical][1]  # "Tri-River" of "Tri-River Cold Storage"
        elif (
            label == "PERSON"
            and len(candidate.words) >= 2
            and not (candidate.honorific or candidate.title)
            and " ".join(candidate.words) in short
        ):
            label, canonical = short[" ".join(candidate.words)]
        elif (
            label == "PERSON"
            and not (candidate.honorific or candidate.title)
            and " ".join(candidate.words) in named_otherwise
        ):
            label, canonical = named_otherwise[" ".join(candidate.words)]
        elif label == "PERSON" and start in listed_places:
            label, canonical = "GPE", text[start : offset + candidate.end]
        elif (
            label == "PERSON"
            and not (candidate.honorific or candidate.title)
            and " ".join(candidate.words) in doubtful
        ):
            if not opens_on_the_arabic_article(candidate.words):
                continue  # "Pale Harbour", a band: no person evidence, and "harbour" is a noun
            # "whether Al Khor and Al Rayyan should follow": no one speaks or is aged so.
            label, canonical = "GPE", " ".join(candidate.words)
        elif label == "PERSON":
            if " ".join(candidate.words) in addressed:
                canonical = addressed[" ".join(candidate.words)]  # "Tikin Anush"
            elif len(candidate.words) == 2 and candidate.words[0] in GAELIC_PREFIXES:
                # "said Ó Meára": a surname alone, like "said Wallace".
                canonical = registry.canonical_for(
                    candidate.words[1],
                    start,
                    gender_after=_pronoun_after(text, offset + candidate.end),
                ) or registry.fullest(candidate.words)
            elif len(candidate.words) >= 2:
                canonical = registry.fullest(candidate.words)
                if candidate.honorific and canonical == " ".join(candidate.words):
                    # "Mr Ben Ammar" of three people so named: as for a surname of one word.
                    by_surname = registry.canonical_for(
                        candidate.words[-1],
                        start,
                        candidate.honorific,
                        _pronoun_after(text, offset + candidate.end),
                    )
                    if by_surname is not None and by_surname.endswith(" " + canonical):
                        canonical = by_surname
                if (
                    candidate.honorific in _SURNAME_FORMS
                    and len(candidate.words) <= 3
                    and canonical.endswith(" " + " ".join(candidate.words))
                ):
                    # "Mr Bou Saab" after "Antoine Bou Saab": a surname of two words, whose
                    # form of address is part of the mention, as "Mr Saab" would be.
                    form = _FORM_JUST_BEFORE.search(text, max(0, start - 6), start)
                    if form is not None:
                        start = form.start()
            else:
                word = candidate.words[0]
                canonical = registry.canonical_for(
                    word,
                    start,
                    candidate.honorific,
                    _pronoun_after(text, offset + candidate.end),
                    candidate.title,
                    _age_word_before(text, start),
                )
                if (
                    canonical is None
                    and candidate.title
                    and candidate.title.lower() in _TITLES_BY_FIRST_NAME
                ):
                    # "Sister Rosa" after "Sister Rosa Kumul": a nun goes by her first name.
                    canonical = registry.canonical_for_first(word)
                if canonical is None and candidate.honorific:
                    if kin_named_alone is None:  # read once, and only where it may be needed
                        kin_named_alone = _kin_named_alone(text)
                    # "His wife, Jintana, 38, ... said Ms Jintana": the name she was given;
                    # "Mrs Bouasone", "Miss Joyce": a person of one name, known by it. Not
                    # "Mama Rose" or "Don Chepe", a form that is part of what they are called.
                    named_alone = word in kin_named_alone
                    plain = candidate.honorific.rstrip(".") in _PLAIN_FORMS_OF_ADDRESS
                    canonical = word if named_alone or plain else f"{candidate.honorific} {word}"
                canonical = canonical or word
            if candidate.title:
                titled[candidate.title] = canonical
        elif (
            label == "GPE"
            and " " not in canonical
            and text[start - 2 : start] == ", "
            and text[offset + candidate.end : offset + candidate.end + 1] == ","
            and _KIN_BEFORE_A_NAME.search(text, max(0, start - 26), start - 2) is not None
        ):
            # "with her husband, Babak,": a relative named alone, though a town is called so
            label = "PERSON"
            _note_kin_sex(kin_genders, canonical, _kin_just_before(text, start))
        elif label == "GPE" and canonical in named_as_people:
            label = "PERSON"
            # "Bell, 41," after "Shauna Bell": the town's name is her surname.
            canonical = registry.canonical_for(canonical, start) or canonical
            _note_kin_sex(kin_genders, canonical, _kin_just_before(text, start))
        elif (
            label in ("NAME", "NAME_AT_START", "GPE")
            and registry.knows(candidate.canonical)
            # "in Zadar, Croatia" beside a firm read as "Obala Zadar": the city still
            and not (label == "GPE" and _placed_firmly(text, start))
            # "Valon Shkodra ... brings firs from Shkodra in Albania": a place in a place
            and not (
                label == "GPE" and _from_a_place_in_another(text, start, offset + candidate.end)
            )
            # "the Manzini bus rank" beside "Councillor Mduduzi Manzini": the town's rank
            and not (
                label == "GPE" and _a_place_before_what_it_has(text, start, offset + candidate.end)
            )
            # "Kanazawa's roads" before "Hiroshi Kanazawa, 64," is named: no one yet
            and not (label == "GPE" and start < registry.first_named_at(candidate.canonical))
            # "the bus to Castro" after "Marisol Castro ... her sister Yolanda Castro": where
            # two people have the name, a preposition of place before it makes it the town.
            and not (
                label == "GPE"
                and registry.only_one_called(canonical) is None
                and word_before(text, start, 14) in _MOTION_OR_PLACE
            )
        ):
            label = "PERSON"
            canonical = (
                registry.canonical_for(
                    candidate.canonical,
                    start,
                    gender_after=_pronoun_after(text, offset + candidate.end),
                    age=_age_word_before(text, start),
                )
                or canonical
            )
            if canonical in organisations:
                # "Pleven served better" after "beat Orlovets Pleven 3-2": the club, by its
                # town's name; "a third defeat in Kaunas" is the town.
                if candidate.label == "GPE" and (
                    _placed_by_preposition(text, start)
                    # "in the Belait district": a division, whatever body shares its name
                    or text.startswith(REGION_NOUNS, offset + candidate.end)
                ):
                    label, canonical = "GPE", candidate.canonical
                else:
                    label = "ORG"
        elif (
            label in ("NAME", "NAME_AT_START")
            or (
                label == "GPE"
                and _PERSON_CLAUSE_AFTER.match(text, offset + candidate.end)
                # "who grew up in the town of Toktogul, said": the town, whoever is named so
                and not _placed_firmly(text, start)
            )
        ) and (first_surname := registry.first_of_two_surnames(candidate.canonical)):
            # "Nguema said" after "Santiago Nguema Obono": in Spanish usage the first of two
            # surnames is the one a person is called by; "Ondo, who won" though Ondo is a town.
            label, canonical = "PERSON", first_surname
        elif (
            label in ("NAME", "NAME_AT_START", "PLACE_NAME")
            and candidate.canonical in short
            and not (
                candidate.canonical in placed_in
                and short[candidate.canonical][1].startswith(candidate.canonical + " ")
            )
        ):
            label, canonical = short[candidate.canonical]
        elif (
            label == "GPE"
            and short.get(canonical, ("",))[0] == "ORG"
            and canonical in small_towns()
            and (
                canonical not in placed_towns
                or (canonical in villages() and canonical not in plainly_placed_towns)
            )
        ):
            label, canonical = short[canonical]  # "Brightwater" of "Brightwater Dairies"
        elif label == "ORG" and canonical in towns_by_suffix:
            label = "GPE"
        elif label == "ORG" and short.get(canonical, ("",))[0] == "ORG":
            canonical = short[canonical][1]  # "Severnmere Water" of "Severnmere Water plc"
        elif label == "PLACE_NAME" and candidate.canonical in _COMMON_ACRONYMS:
            continue  # "in GP surgeries", "on TV": no place
        elif label == "PLACE_NAME":
            label = "GPE"
        elif (
            label == "GPE"
            and candidate.canonical in small_towns()
            and (first_name := registry.canonical_for_first(candidate.canonical))
            # "in Tartu" beside "Tartu Student Village, the company": the body's town.
            and first_name not in organisations
        ):
            label, canonical = "PERSON", first_name  # "Gary" after "Gary Hale", not Indiana
        elif label == "GPE" and _doubtful_town(
            text, start, candidate, placed_towns | datelined, lower_vocabulary
        ):
            continue
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
            _note_kin_sex(kin_genders, canonical, kin)
        elif (
            label in ("NAME", "NAME_AT_START")
            and len(canonical) > 1  # "the chief inspector, X,": a letter standing for one
            and text[offset + candidate.end : offset + candidate.end + 1] == ","
            and _role_just_before(text, start)
        ):
            label = "PERSON"  # "the owner, Noy, said": a name set off after a role
        elif label in ("NAME", "NAME_AT_START") and canonical in named_as_people:
            label = "PERSON"  # "Liam" again, after "Liam, 11," or "her son, Liam,"
        elif label in ("NAME", "NAME_AT_START") and canonical in placed_names:
            label = "GPE"
        elif label in ("NAME", "NAME_AT_START"):
            continue
        analysis.spans.append(EntitySpan(start, offset + candidate.end, label, canonical))
    _expand_acronyms(analysis.spans)
    _expand_short_names_given(text, analysis.spans)
    names_with_forms_of_address(text, placed, analysis.spans, registry)
    _names_people_are_called(text, analysis.spans, kin_genders | registry.genders())
    _nicknames_in_marks(text, analysis.spans, kin_genders | registry.genders())
    analysis.genders = kin_genders | registry.genders()
    analysis.genders_from_first_names = registry.genders_from_first_names() - set(kin_genders)
    analysis.titled = _titles_by_suffix(titled)
    return analysis


_AGE_OF_KIN_BEFORE = re.compile(
    r"\b(?P<age>younger|youngest|little|elder|eldest|older|oldest|big) (?:brother|sister|son"
    r"|daughter|cousin), $",
    re.IGNORECASE,
)
_KIN_BEFORE = re.compile(
    r"\b(?P<kin>brother|son|husband|father|nephew|uncle|grandson|grandfather|boyfriend"
    r"|sister|daughter|wife|mother|niece|aunt|granddaughter|grandmother|girlfriend),? $",
    re.IGNORECASE,
)
_MALE_KIN = frozenset(
    "brother son husband father nephew uncle grandson grandfather boyfriend".split()
)
_GIVEN_NAME_FORMS = {"m": "Mr", "f": "Ms"}


def _note_kin_sex(kin_genders: dict[str, str], canonical: str, kin: str | None) -> None:
    """ "Her son, Daniel,": the sex the kin word gives, where it gives one ("cousin" does not)."""
    if kin and kin != "cousin":
        kin_genders[canonical] = "m" if kin in _MALE_KIN else "f"


_TITLES_BY_FIRST_NAME = frozenset({"sister", "brother", "father", "mother", "pastor", "phra"})
_SURNAME_FORMS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"})
_FORM_JUST_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? $")
_PLAIN_FORMS_OF_ADDRESS = frozenset("Mr Mrs Ms Miss Mx Madan Mzee".split())
_SAID_WITH_A_PRONOUN_AFTER = re.compile(r"(?:, \d{1,3})?,? (?:said|says) (?P<pronoun>he|she)\b")
_PRONOUN_FORMS = {"he": "Mr", "she": "Ms"}
_PRONOUN_OWNERS = {"he": "his", "she": "her"}


def _form_a_said_pronoun_shows(text: str, start: int, end: int) -> str | None:
    """ "Her cousin, Mandla Shongwe, said he had paid": "Mr", for a name no list knows. Not
    "Her coach, Magnus Öhman, said she had": that "she" is the one coached."""
    said = _SAID_WITH_A_PRONOUN_AFTER.match(text, end)
    if said is None:
        return None
    role = _ROLE_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if role is not None and role.group(0)[:3].lower() == _PRONOUN_OWNERS[said.group("pronoun")]:
        return None
    return _PRONOUN_FORMS[said.group("pronoun")]


def _named_as_someone(registry: PersonRegistry, candidate: Candidate) -> bool:
    """ "a cross from Reece" after "Callum Reece": the name a person is called by."""
    name = candidate.canonical
    return registry.knows(name) or registry.canonical_for_first(name) is not None


def _addressed_forms(text: str, placed: list[tuple[int, Candidate]]) -> dict[str, str]:
    """ "Tikin Anush" beside "Anush Petrosyan", "Kyria Eftychia" beside "Eftychia Marinaki":
    an unknown word before the first name of someone the article names in full is a form of
    address the lists lack, in whatever language the story is set. Form -> first name.

    Not a relative introduced so: "His daughter, Serene Tan," beside "Tan Ah Kow", whose
    family name comes first, is the daughter."""
    people = [
        (offset + candidate.start, candidate.words)
        for offset, candidate in placed
        if candidate.label == "PERSON" and len(candidate.words) >= 2
    ]
    first_words = Counter(words[0] for _, words in people)
    names = Counter(tuple(words) for _, words in people)
    # "Ms Birtukan" beside "Birtukan Gemechu" and her father "Gemechu Tolosa": a word the
    # article gives a form of address is a name, not a form itself.
    addressed_words = {
        candidate.words[-1]
        for _, candidate in placed
        if candidate.label == "PERSON" and candidate.honorific and len(candidate.words) == 1
    }
    # "Terje Haugland, 63," beside the family firm "Haugland Dekk": a name given an age is
    # someone's full name.
    aged = {
        tuple(candidate.words)
        for offset, candidate in placed
        if candidate.label == "PERSON"
        and len(candidate.words) == 2
        and AGE_AFTER_A_NAME.match(text, offset + candidate.end) is not None
    }
    # "Her daughter, Ma Thiri Khin," beside "Daw Khin Sandar": a name given a form of address
    # already has one.
    given_a_form = {
        tuple(candidate.words)
        for _, candidate in placed
        if candidate.label == "PERSON" and candidate.honorific and len(candidate.words) == 2
    }
    forms: dict[str, str] = {}
    for _, words in people:
        if (
            len(words) == 2
            and words[0] not in given_names()
            and tuple(words) not in given_a_form
            # "Abu Samer", "Umm Samer": Samer's father and mother, not Samer
            and words[0] not in _KUNYA_WORDS
            and words[0] not in addressed_words
            and tuple(words) not in aged
            and words[1] in first_words
            # the unknown word opens no other name: "Tikin" only ever in "Tikin Anush"
            and first_words[words[0]] == names[tuple(words)]
        ):
            forms[" ".join(words)] = words[1]
    if forms:
        # "his daughter, Senait Tesfay," beside her father "Tesfay Gebremedhin": a relative;
        # "The island's mayor, Tuaine Teariki," beside "Teariki Henry": someone with a role.
        # In every mention of the name, once one brings them in so.
        for start, words in people:
            if (
                " ".join(words) in forms
                and text[start - 2 : start] == ", "
                and (_kin_just_before(text, start) or _role_just_before(text, start))
            ):
                del forms[" ".join(words)]
    return forms


def _addressed_by_surname(text: str, placed: list[tuple[int, Candidate]]) -> dict[str, str]:
    """“Ponas Sabaliauskas will be in the gym” after "Dovydas Sabaliauskas": inside a
    quote, an unknown word before the surname of someone the article names in full is how the
    speaker addresses him. Outside quotes the same shape is more often a relative ("Aurimas
    Sabaliauskas, his brother"), so it is left alone there. Form -> surname."""
    people = [
        (offset + candidate.start, candidate.words)
        for offset, candidate in placed
        if candidate.label == "PERSON" and len(candidate.words) >= 2
    ]
    first_words = Counter(words[0] for _, words in people)
    names = Counter(tuple(words) for _, words in people)
    firsts_by_surname: dict[str, set[str]] = {}
    for _, words in people:
        firsts_by_surname.setdefault(words[-1], set()).add(words[0])
    forms: dict[str, str] = {}
    outside_quotes: set[str] = set()
    for start, words in people:
        if len(words) != 2 or words[0] in given_names():
            continue
        form = " ".join(words)
        firsts = firsts_by_surname[words[1]]
        # counted, not copied: a set less one name per person grows with the square of a
        # text where many people share a surname
        others = len(firsts) - (words[0] in firsts)
        if (
            others == 1
            and first_words[words[0]] == names[tuple(words)]  # the word opens no other name
            and _inside_quote_marks(text, start)
        ):
            forms[form] = words[1]
        else:
            outside_quotes.add(form)
    return {form: surname for form, surname in forms.items() if form not in outside_quotes}


_QUOTE_REACH = 2000  # a paragraph longer than this is no article's: keeps the test linear


def _inside_quote_marks(text: str, position: int) -> bool:
    """Whether more quotes open than close between the paragraph's start and ``position``."""
    reach = max(0, position - _QUOTE_REACH)
    paragraph = text[max(reach, text.rfind("\n", reach, position) + 1) : position]
    if "“" in paragraph:
        return paragraph.count("“") > paragraph.count("”")
    return paragraph.count('"') % 2 == 1


# Arabic "father of" and "mother of", before the eldest child's name.
_KUNYA_WORDS = frozenset({"Abu", "Abou", "Umm", "Um", "Oum"})
_ADDRESSED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.? ([A-Z][\w’'-]*)")


def first_name_gender(word: str) -> str:
    return given_name_genders().get(word, "")


def _given_name_gender(words: list[str]) -> str:
    """The sex a name's given name suggests; none for "Yang Kuo-hsiung", "Lee Jae-myung",
    whose family name comes first and whose given name the lists do not hold."""
    if len(words) == 2 and _ROMANISED_GIVEN_NAME.fullmatch(words[1]):
        return ""
    return first_name_gender(words[0])


_ROMANISED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,6}")


# "Tama Ngata, 52, and his daughter": the age may stand between.
_HIS_OR_HER_AFTER = re.compile(
    r"(?:, \d{1,3},)?,? and (?P<pronoun>his|her) "
    # "Chanda Mwale, 34, who owns Batoka Gorge Rafting with his younger brother,": kin of
    # the one the who-clause is about.
    # Not "Kevin Caballero, who is also her nephew,": kin of someone else.
    r"|(?:, \d{1,3})?, who (?!is |was |are )[^,.;:!?“”\"]{1,60}? (?P<owner>his|her) "
    r"(?:[a-z]+ )?"
    r"(?:brother|son|husband|father|nephew|uncle|grandson|grandfather|sister|daughter|wife"
    r"|mother|niece|aunt|granddaughter|grandmother)\b"
)
# "Brahim Ait Lahcen, who is Mrs Ait Lahcen’s son,": a relative named after the name.
_KIN_AFTER = re.compile(
    r"(?:, \d{1,3})?, (?:who is|is) (?:[A-Z][\w-]*\.? ){1,4}?[A-Z][\w-]*['’]s? "
    r"(?P<kin>brother|son|husband|father|nephew|uncle|grandson|grandfather|sister|daughter"
    r"|wife|mother|niece|aunt|granddaughter|grandmother)\b"
)


def _owner_of_kin(text: str, start: int) -> str | None:
    """ "His brother, X" -> "m", "Her brother, X" -> "f": whose relative X is."""
    owner = _KIN_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    word = owner.group(0).split(" ", 1)[0].lower() if owner else ""
    return {"his": "m", "her": "f"}.get(word)


def _role_just_before(text: str, start: int) -> bool:
    """ "the owner, " or "The island's mayor, " just before ``start``."""
    role = _ROLE_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    return role is not None and role.group("head") in title_heads()


_ROLE_AND_COMMA_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[a-z’'-]+ ){0,2}(?P<head>[a-z]+), $"
)
_KIN_NOUNS = (
    r"brother|son|husband|father|nephew|uncle|grandson|grandfather|boyfriend|sister|daughter|wife"
    r"|mother|niece|aunt|granddaughter|grandmother|girlfriend|cousin"
)
_KIN_WORDS_BEFORE = frozenset(_KIN_NOUNS.split("|"))


def _a_kin_word_may_stand_before(text: str, start: int) -> bool:
    """ "his son, X", "his son and news director, X", "his son X": a comma, or a kin word,
    straight before the name; read before the kin patterns, which most names need not run."""
    if text[start - 2 : start] == ", ":
        return True
    if text[start - 1 : start] != " ":
        return False
    space = text.rfind(" ", max(0, start - 16), start - 1)
    return space >= 0 and text[space + 1 : start - 1] in _KIN_WORDS_BEFORE


# "whose younger brother, Ruwan Wijesekera,": the relative of the one named before.
_KIN_AND_COMMA_BEFORE = re.compile(
    # "The grandson, Yousef Al-Hadrami," after "told his grandson": the kin named before.
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|whose|[A-Z][\w-]+['’]s?)"
    rf" (?:(?:younger|older|elder|eldest|youngest|twin|little|big|late|own) )?"
    # "His son and news director, Óscar Zúniga,": kin, and a role joined to it.
    rf"(?P<kin>{_KIN_NOUNS})(?: and (?:[a-z]+ ){{0,2}}[a-z]+)?, $"
)
# "Lotfi Ben Ammar, 61, Moncef Ben Ammar's cousin,": the relative of someone named.
_KIN_OF_SOMEONE_AFTER = re.compile(
    r"(?:, \d{1,3})?, (?:who is |is )?(?:[A-Z][\w’'-]*\.? ){1,4}?[A-Z][\w’'-]*['’]s"
    rf" (?:(?:younger|older|elder|twin|little|big|late|own) )?(?P<kin>{_KIN_NOUNS})\b"
)
_AGE_WORDS = {"younger ": "younger", "elder ": "elder", "older ": "elder"}
# A dateline stands at the story's head: after the headline, standfirst and byline at most.
STORY_HEAD_REACH = 3000
# "Elias Shomali, 61,": the age a text gives after a name.
YEARS_AFTER_A_NAME = re.compile(r", (?P<years>\d{1,3}),")


def _age_word_before(text: str, start: int) -> str | None:
    """ "younger" for "The younger Ouedraogo", "elder" for "the elder Riba"."""
    before = text[max(0, start - 8) : start]
    return next((age for word, age in _AGE_WORDS.items() if before.endswith(word)), None)


# "His wife, Jintana, 38,": a relative given one name only. A name set off by commas is found
# first, and the kin before it then, since a scan for the kin phrase costs forty times more.
_NAME_SET_OFF = re.compile(r", (?P<name>[A-Z][\w’'-]+), ")
_KIN_BEFORE_A_NAME = re.compile(rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir) (?P<kin>{_KIN_NOUNS})$")


class _KinNamedAlone(NamedTuple):
    owner: str  # "his", "her" or "their"
    kin: str
    end: int


def _kin_named_alone(text: str) -> dict[str, _KinNamedAlone]:
    found: dict[str, _KinNamedAlone] = {}
    for name in _NAME_SET_OFF.finditer(text):
        kin = _KIN_BEFORE_A_NAME.search(text, max(0, name.start() - 24), name.start())
        if kin is not None:
            found[name["name"]] = _KinNamedAlone(kin["owner"].lower(), kin["kin"], name.end())
    return found


_AGE_AFTER = re.compile(r", \d{1,2}(?:,| years old|\))")


def _places_listed_after_a_place(text: str, placed: list[tuple[int, Candidate]]) -> set[int]:
    """ "minefields in Pailin and Banteay Meanchey": words cut as a person, with no given name
    first, listed after a place that a preposition placed, are a place too. Their starts."""
    found: set[int] = set()
    previous: tuple[int, int, str] | None = None
    for offset, candidate in placed:
        start, end = offset + candidate.start, offset + candidate.end
        if (
            previous is not None
            and candidate.label == "PERSON"
            and len(candidate.words) >= 2
            and not (candidate.honorific or candidate.title)
            and candidate.words[0] not in given_names()
            and previous[2] in ("GPE", "PLACE_NAME")
            and text[previous[1] : start] == " and "
            and _placed_by_preposition(text, previous[0])
            # "Reporting by Priya Raghavan in Chennai and Arjun Mehra in New Delhi"
            and not text.startswith((" said", " says", " told", " in ", " at ", " from "), end)
        ):
            found.add(start)
        previous = (start, end, candidate.label)
    return found


def _pronoun_after(text: str, end: int) -> Callable[[], str | None]:
    """The sex of the "he" or "she" soon after a lone surname in its sentence ("Mema said he
    would decide"), worked out only when asked."""

    def gender() -> str | None:
        match = _PRONOUN_SOON_AFTER.match(text, end, end + 40)
        if match is None:
            return None
        return "m" if match.group("pronoun").lower() == "he" else "f"

    return gender


_PRONOUN_SOON_AFTER = re.compile(r"[^.!?\n“”\"]*?\b(?P<pronoun>[Hh]e|[Ss]he)\b")


def _names_given_as_people(text: str, placed: list[tuple[int, Candidate]]) -> set[str]:
    """Lone first names the article marks as people: with an age ("Liam, 11,"), a kin word
    ("her son, Liam,") or as the name someone gave. Their other mentions are the same person."""
    found: set[str] = set()
    for offset, candidate in placed:
        if candidate.canonical in found or candidate.label not in ("NAME", "NAME_AT_START", "GPE"):
            continue
        start, end = offset + candidate.start, offset + candidate.end
        if candidate.label == "GPE" and candidate.canonical not in given_names():
            # "gave her name only as Awa": a name given as a person's is one, though a town
            # somewhere is called so. An age or a kin word makes a person of a town only where
            # it is a first name too ("Her son, Graham, 55,").
            if " " not in candidate.canonical and NAME_GIVEN_BEFORE.search(
                text, max(0, start - 24), start
            ):
                found.add(candidate.canonical)
            continue
        if text[end : end + 1] == "," and _AGE_AFTER.match(text, end, end + 16):
            found.add(candidate.canonical)
        elif text[start - 2 : start] == ", " and _kin_just_before(text, start):
            found.add(candidate.canonical)
        elif NAME_GIVEN_BEFORE.search(text, max(0, start - 24), start):
            found.add(candidate.canonical)  # "who gave her name only as Lucie"
        elif candidate.label != "GPE" and _SAID_HE_OR_SHE_AFTER.match(text, end):
            found.add(candidate.canonical)  # "Sutinah said she had learned": one name, a woman's
    return found


# "X said she had", "X told reporters he would": a body is "it", a person "he" or "she".
_SAID_HE_OR_SHE_AFTER = re.compile(
    r" (?:said|says|added|explained|told (?:[a-z]+ )?[a-z]+) (?:that )?(?:he|she) "
)


# "who gave only his first name, Hicham,", "gave her name only as Lucie", "identified only as
# Tomas", "gave his name as Abu Faisal": the words after are what a person is called.
NAME_GIVEN_BEFORE = re.compile(
    r"(?:(?:his|her|their) (?:first name|surname|family name),|first name as|name only as"
    r"|identified only as"
    r"|gave (?:his|her|their) name as) $"
)


# Titles that are first names too: "her husband, Prince Kollie".
_TITLES_GIVEN_AS_NAMES = frozenset({"prince", "princess"})


def _first_names_like_titles(
    text: str, placed: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """ "Musu Kollie ... her husband, Prince Kollie,": a title that is also a first name,
    before a family name someone else in the article has, is a first name; as a title over
    "Kollie" it made him Ms Kollie. "Prince Harry" stays a prince. A candidate may be shared
    by several mentions, so it is replaced, never changed."""
    titled = [
        index
        for index, (_, candidate) in enumerate(placed)
        if candidate.title in _TITLES_GIVEN_AS_NAMES
        and candidate.label == "PERSON"
        and len(candidate.words) == 1
    ]
    if not titled:
        return placed
    family_names = {
        candidate.words[-1]
        for _, candidate in placed
        if candidate.label == "PERSON" and len(candidate.words) >= 2
    }
    people = list(placed)
    for index in titled:
        offset, candidate = placed[index]
        first = text[offset + candidate.start : offset + candidate.end].split()[0]
        if first.lower() == candidate.title and candidate.words[0] in family_names:
            words = [first, *candidate.words]
            people[index] = (offset, Candidate(candidate.start, candidate.end, "PERSON", "", words))
    return people


def _kin_just_before(text: str, start: int) -> str | None:
    match = _KIN_AND_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if match is None and text[start : start + 1].isupper():
        # "who lost husband Ken in 2019": a kin word straight before a known first name.
        match = _KIN_BEFORE_GIVEN_NAME.search(text, max(0, start - 16), start)
        if (
            match is not None
            and _word_at(text, start) not in given_names()
            # "with his wife Antonella": after "his" or "her", any name is the kin's.
            and text[max(0, match.start() - 4) : match.start()].lower() not in ("his ", "her ")
        ):
            match = None
    return match.group("kin").lower() if match else None


_KIN_BEFORE_GIVEN_NAME = re.compile(
    r"\b(?P<kin>brother|son|husband|father|nephew|uncle|grandson|boyfriend|sister|daughter"
    r"|wife|mother|niece|aunt|granddaughter|girlfriend) $"
)
_LEADING_WORD = re.compile(r"\w+")


def _word_at(text: str, start: int) -> str:
    match = _LEADING_WORD.match(text, start)
    return match.group(0) if match else ""


def _expand_acronyms(spans: list[EntitySpan]) -> None:
    """ "OSHA" after "the Occupational Safety and Health Administration": one organisation,
    whose canonical is the full name its capitals spell."""
    names = {span.canonical for span in spans if span.label == "ORG"}
    acronyms = {name for name in names if ACRONYM.match(name)}
    if not acronyms:
        return
    by_initials: dict[str, set[str]] = {}
    for name in names:
        if " " in name:
            by_initials.setdefault(_initials(name), set()).add(name)
    expanded: dict[str, str] = {}
    for acronym in acronyms:
        full = by_initials.get(acronym.replace(".", ""))
        if full is not None and len(full) == 1:
            expanded[acronym] = next(iter(full))
    if not expanded:
        return
    for index, span in enumerate(spans):
        if span.label == "ORG" and span.canonical in expanded:
            spans[index] = EntitySpan(span.start, span.end, "ORG", expanded[span.canonical])


def _expand_short_names_given(text: str, spans: list[EntitySpan]) -> None:
    """ "the National Aquaculture Development Authority, known as NAQDA", "... (ADMARC)": the
    short name is the body, though its letters are not the name's initials."""
    given: dict[str, str] = {}
    for span in spans:
        if span.label == "ORG" and " " in span.canonical:
            match = _KNOWN_AS.match(text, span.end)
            if match is not None and not _NAME_GOES_ON_BEFORE.search(
                text, max(0, span.start - 30), span.start
            ):
                # A body's name cut short ("Food and" left before "Drug Administration") is
                # no name for the letters after it.
                given.setdefault(match.group("short"), span.canonical)
    named_first: set[str] = set()
    for span in spans:
        if span.label == "ORG" and " " in span.canonical:
            # "Nidco, the National Infrastructure Development Company, which runs the service,
            # said": the short name first, the body's full name set off after it.
            short = (
                _SHORT_NAME_BEFORE.search(text, max(0, span.start - 16), span.start)
                if text.endswith(", the ", 0, span.start)
                else None
            )
            if (
                short is not None
                and short.group("short") not in given
                # not "Grace, the Honiara Nurses Association secretary,": a person's role
                and text[span.end : span.end + 1] == ","
                and short.group("short") not in given_names()
            ):
                given[short.group("short")] = span.canonical
                named_first.add(short.group("short"))
    for match in _KNOWN_BY_LETTERS.finditer(text):
        # "The board, known by its Spanish acronym JUDESUR,": the body named before whose
        # name ends in that word.
        the_kind = _THE_KIND_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if the_kind is None:
            continue
        kind = the_kind.group("kind").capitalize()
        index = bisect_left(spans, (match.start(),)) - 1
        while index >= 0 and not (
            spans[index].label == "ORG" and spans[index].canonical.endswith(" " + kind)
        ):
            index -= 1
        if index >= 0:
            given.setdefault(match.group("short"), spans[index].canonical)
    if not given:
        return
    found = set()
    for index, span in enumerate(spans):
        if span.label == "ORG" and span.canonical in given:
            spans[index] = EntitySpan(span.start, span.end, "ORG", given[span.canonical])
            found.add(span.canonical)
    for short in given.keys() - found:
        if short.isupper() or short in named_first:
            _add_mentions_of_letters(text, spans, short, given[short])


def _add_mentions_of_letters(text: str, spans: list[EntitySpan], short: str, body: str) -> None:
    """ "The Nicaraguan Institute of Fisheries and Aquaculture (INPESCA)": letters too long to be
    read as an acronym alone are the body wherever they stand, once the text gives them."""
    starts = [span.start for span in spans]
    for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        index = bisect_left(starts, match.start())
        if (
            index < len(spans)
            and (spans[index].start, spans[index].end) == match.span()
            and spans[index].label in ("GPE", "PERSON")
        ):
            # "(INTA)" after the body's name, which a town called Inta had taken
            spans[index] = EntitySpan(match.start(), match.end(), "ORG", body)
            continue
        if (index and spans[index - 1].end > match.start()) or (
            index < len(spans) and spans[index].start < match.end()
        ):
            continue
        spans.insert(index, EntitySpan(match.start(), match.end(), "ORG", body))
        starts.insert(index, match.start())


def _names_people_are_called(text: str, spans: list[EntitySpan], genders: dict[str, str]) -> None:
    """ "Pak Harjo, as the sellers call Harjono Sastrowardoyo, 71," and "Mr Al-Ajmi, whom his
    friends call Bu Salem": the name someone is called by is that person, wherever it stands.
    "Saad Al-Shammari ... Abu Fahd, as the other traders call him,": the one named before."""
    people = {span.start: span for span in spans if span.label == "PERSON"}
    called: dict[str, str] = {}
    previous: list[EntitySpan] = []
    for span in people.values():
        previous.append(span)
        # "Regular customers call him Şükrü Bey", "Abu Fahd, as the other traders call him,":
        # what the one the paragraph is about is called.
        reach = max(0, span.start - 64)
        called_so = (
            _CALLED_BEFORE_A_NAME.search(text, reach, span.start)
            if text.find("call", reach, span.start) >= 0
            else None
        ) or _CALLED_SO_AFTER.match(text, span.end)
        if (
            called_so is None
            and text.startswith(_TO_EVERYONE, span.end)
            and text.endswith((" he is ", " she is "), 0, span.start)
        ):
            # "On the beach he is Don Neto to everyone": what the one before is called.
            called_so = _IS_BEFORE_A_NAME.search(text, max(0, span.start - 8), span.start)
        if called_so is None and "known" in text[max(0, span.start - _KNOWN_REACH) : span.start]:
            # "Mária Szűcs, 81, ... is known to everyone there as Marika néni".
            called_so = _KNOWN_BEFORE_A_NAME.search(
                text, max(0, span.start - _KNOWN_REACH), span.start
            )
        if called_so is not None and span.canonical == text[span.start : span.end]:
            whom = called_so["whom"] or called_so.groupdict().get("sex") or ""
            other_sex = {"him": "f", "man": "f", "her": "m", "woman": "m", "": ""}[whom]
            person = _first_named_in_the_paragraph(text, previous[:-1], span, other_sex, genders)
            if person is not None:
                called.setdefault(span.canonical, person.canonical)
            continue
        if text[span.end : span.end + 2] != ", ":
            continue
        match = _CALLED_AFTER.match(text, span.end)
        if match is None and text.startswith(", as ", span.end):
            # "Abu Yasser, as Mahmoud Sultan is known in the Al-Zuhur neighbourhood,": the
            # one named in the clause.
            named = people.get(span.end + 5)
            if named is not None and _IS_KNOWN.match(text, named.end):
                if text[span.start : span.end].endswith(span.canonical):
                    called.setdefault(span.canonical, named.canonical)
            continue
        if match is None or (named := people.get(match.end())) is None:
            continue
        nickname, person = (named, span) if match.group("whom") else (span, named)
        # Only a name that stands for itself ("Miss Pearl" read as "Pearl" does): "Abou
        # Fouad" already read as his son Fouad Maalouf would take the son with it.
        if text[nickname.start : nickname.end].endswith(nickname.canonical):
            called.setdefault(nickname.canonical, person.canonical)
    if not called:
        return
    for index, span in enumerate(spans):
        if span.label == "PERSON" and span.canonical in called:
            spans[index] = EntitySpan(span.start, span.end, "PERSON", called[span.canonical])


# "call him Şükrü Bey", "Abu Fahd, as the other traders call him,".
_CALLED_BEFORE_A_NAME = re.compile(
    r"\bcalls? (?:(?P<whom>him|her)|the (?:older |old |younger )?(?P<sex>man|woman)) $"
    # "Joana Quissanga, a seller everyone in Sambizanga calls Tia Joana,": the one described.
    r"|, an? [a-z]+ (?:everyone|everybody)(?: [\w’'-]+){0,3} calls $"
)
_CALLED_SO_AFTER = re.compile(r", as (?:[\w’'-]+ ){1,4}call (?P<whom>him|her),")
# "is known to everyone there as Marika néni": "whom" is empty, as no pronoun gives a sex.
_KNOWN_BEFORE_A_NAME = re.compile(
    r"\b(?:is|was) (?:[a-z]+ )?known(?: [\w’'-]+){0,4} as (?P<whom>)$"
)
_KNOWN_REACH = 48
_TO_EVERYONE = (" to everyone", " to everybody", " to all", " to the ")
_IS_BEFORE_A_NAME = re.compile(r"\b(?P<whom>)(?:he|she) is $")


def _first_named_in_the_paragraph(
    text: str,
    previous: list[EntitySpan],
    span: EntitySpan,
    other_sex: str,
    genders: dict[str, str],
) -> EntitySpan | None:
    """The first person of the sex the pronoun allows named in the paragraph before ``span``:
    the one the paragraph is about ("Mahmoud al-Khatib, 66, who has fried falafel off King
    Faisal Street since 1989, ... His customers call him Abu Sami")."""
    paragraph_start = text.rfind("\n", 0, span.start) + 1
    first = bisect_left(previous, (paragraph_start,))
    # Then, for "His customers call him Abu Bilal" opening a paragraph, the one the paragraph
    # before is about.
    before = bisect_left(previous, (text.rfind("\n", 0, max(0, paragraph_start - 2)) + 1,))
    for person in chain(previous[first:], previous[before:first]):
        if person.canonical != span.canonical and genders.get(person.canonical) != other_sex:
            return person
    return None


def _nicknames_in_marks(text: str, spans: list[EntitySpan], genders: dict[str, str]) -> None:
    """ "Along the bank he is known as “Karim Bhai”", "Regulars call her “A-Hua”": a name in
    marks that someone is called by is that person (the last named before it in the same
    paragraph, of the sex "him" or "her" says), there and wherever else the article uses it."""
    called: dict[str, str] = {}
    for match in _calling_phrases(text):
        start, end = match.span("name")
        paragraph_start = text.rfind("\n", 0, start) + 1
        other_sex = {"him": "f", "her": "m"}.get(match.group("whom") or "")
        index = bisect_left(spans, (start,)) - 1
        if match.group("described"):
            # "an old hand known on the beach as “Ti-Paul” said": someone known only so.
            name = match.group("name")
            if _overlapping(spans, start, end) is None:
                called.setdefault(name, name)
                insort(spans, EntitySpan(start, end, "PERSON", name))
            continue
        while index >= 0 and (
            spans[index].label != "PERSON"
            or (other_sex is not None and genders.get(spans[index].canonical) == other_sex)
        ):
            index -= 1
        if index < 0 or spans[index].start < paragraph_start:
            continue
        if match.group("set_off") and not _SET_OFF_AFTER_A_NAME.fullmatch(
            text, spans[index].end, match.start()
        ):
            continue  # "the biggest sow, known to the neighbourhood as": no one named
        person = spans[index].canonical
        overlapping = _overlapping(spans, start, end)
        if overlapping is not None:
            if (overlapping.start, overlapping.end, overlapping.label) == (start, end, "PERSON"):
                # "call her “Dona Conchi”", read as a person already: the one so called.
                called.setdefault(match.group("name"), person)
            continue
        called.setdefault(match.group("name"), person)
        insort(spans, EntitySpan(start, end, "PERSON", person))
    if not called:
        return
    for index, span in enumerate(spans):
        if span.label == "PERSON" and text[span.start : span.end] in called:
            spans[index] = EntitySpan(
                span.start, span.end, "PERSON", called[text[span.start : span.end]]
            )
    for name, person in called.items():
        # "“Ti-Paul” was pulling his pirogue", "Tata Chema said he would visit": the name
        # again, in marks or not, which a quoted title's words were kept from.
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if (
                not text[position - 1 : position].isalnum()
                and not text[end : end + 1].isalnum()
                and _overlapping(spans, position, end) is None
            ):
                insort(spans, EntitySpan(position, end, "PERSON", person))
            position = text.find(name, end)


def _overlapping(spans: list[EntitySpan], start: int, end: int) -> EntitySpan | None:
    """The span, of sorted spans that do not overlap each other, that overlaps start:end: only
    the two around ``start`` can, so a long text stays linear."""
    index = bisect_left(spans, (start,))
    for span in spans[max(0, index - 1) : index + 1]:
        if span.start < end and start < span.end:
            return span
    return None


# "Chea Rin, 72, known to everyone as": the name, and an age.
_SET_OFF_AFTER_A_NAME = re.compile(r"(?:, \d{1,3})?")


def _calling_phrases(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CALLED_SO_BEFORE`` in text order, looked for only before a short name
    in marks that one of the calling words precedes: one scan for the names reads the text
    once, where a str.find per calling word read it five times."""
    for name in _NAME_IN_MARKS.finditer(text):
        reach = max(0, name.start() - 64)
        before = text[reach : name.start()]
        if not any(word in before for word in _CALLING_WORDS):
            continue
        match = _CALLED_SO_BEFORE.search(text, reach, name.end())
        if match is not None:
            yield match


_CALLING_WORDS = ("known", "call", "whom", "answers to", "nicknamed")
# "known as", "call him", "whom everyone on her street calls", "answers to", "nicknamed": then
# a name of one to three capitalised words in marks.
_NAME_IN_MARKS = re.compile(r"[“\"](?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})[”\"]")
_CALLED_SO_BEFORE = re.compile(
    # "he is known as", "Dwight Samuel, known on the route as": not "the biggest sow, known to
    # the neighbourhood as", where no one is.
    r"(?:(?:\b(?:is|was) (?:[a-z]+ )?|(?P<set_off>, )"
    # "an old hand known on the beach as": someone described, not named
    r"|(?P<described>\b(?:[Aa]n?|[Oo]ne) (?:[a-z]+ ){0,2}(?:man|woman|hand|fisherman|trader"
    r"|vendor|seller|driver|farmer|elder|boy|girl|resident|regular|guide|sailor|diver) ))"
    # "known to everyone at the Boqueirão stop as": a place's name among the words
    r"known(?: [a-z]+| [A-Z][\w’'-]+){0,7} as"
    r"|\b(?:call|calls|called) (?P<whom>him|her)|\bwhom [^“\"\n]{0,40}?calls?"
    r"|\banswers to|\bnicknamed) [“\"](?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})[”\"]$"
)


_CALLED_AFTER = re.compile(
    r"(?:, \d{1,3})?, (?:as (?:[\w’'-]+ ){1,8}?(?:calls?|knows?)"
    r"|(?P<whom>whom (?:[\w’'-]+ ){1,8}?calls?)) "
)
_IS_KNOWN = re.compile(r" (?:is|was) (?:known|called)\b")
_NAME_GOES_ON_BEFORE = re.compile(r"[A-Z][\w’'-]* (?:and|of|for|&) $")
# Led by its literal comma, so the pattern is looked for only where that phrase stands.
_KNOWN_BY_LETTERS = re.compile(
    r", known by its (?:[A-Z][a-z]+ )?(?:initials|acronym|abbreviation) (?P<short>[A-Z]{2,9})\b"
)
_THE_KIND_BEFORE = re.compile(r"\b[Tt]he (?P<kind>[a-z]+)$")
# "Nidco, the ", "Conatel, the ": a body's short name opening its sentence, then its full name.
_SHORT_NAME_BEFORE = re.compile(r"(?:^|\n|[.!?] )(?P<short>[A-Z][A-Za-z]{2,9}), the $")
# "the Agricultural Development and Marketing Corporation (ADMARC)": given in brackets, too.
_KNOWN_AS = re.compile(
    # "The National Supply Company, Conab, said": the short name set off after the full one.
    r"(?:,? (?:known|abbreviated) as | \((?=[A-Z]{2}[A-Za-z]{0,6}\))"
    # "The National Directorate for Drinking Water and Sanitation, known by its French
    # initials DINEPA,"
    r"|,? known by its (?:[A-Z][a-z]+ )?(?:initials|acronym|abbreviation) "
    r"|, (?=[A-Z][A-Za-z]{1,9}, (?:said|says|told|which|has|had|is|was|will|would)\b)"
    # "The People's Communal Assembly of Oran, the APC, said": letters set off with "the".
    r"|, the (?=[A-Z]{2,6}, ))"
    r"(?P<short>[A-Z][A-Za-z]{1,9})\b"
)


def _initials(name: str) -> str:
    words = name.removeprefix("The ").replace("-", " ").split()
    return "".join(word[0] for word in words if word[:1].isupper())


_INSIDE_WORDS = (" in ", " near ", " across ", " outside ", " around ")
# " outside " has nine characters: a shorter window never reads it.
_INSIDE_WORDS_REACH = max(len(word) for word in _INSIDE_WORDS)
_PLACE_NOUN_AFTER = re.compile(
    rf"(?:{'|'.join((*REGION_NOUNS, ' beach', ' village', ' market', ' harbour'))})\b"
)


def _gender_from_kin(text: str, start: int, end: int) -> str | None:
    """ "Denise Kavanagh and her brother, Joe Kavanagh": "Mr" or "Ms" for each, in effect."""
    reach = max(0, start - 100)
    if (text.startswith(", ", start - 2) or text.startswith(" and ", start - 5)) and text.find(
        " and ", reach, start
    ) >= 0:
        # "a father and daughter, Benny Simanjuntak and Rina Simanjuntak": each in turn.
        pair = _KIN_PAIR_BEFORE.search(text, reach, start)
        if pair is not None:
            kin = pair["second"] if pair["first_name"] else pair["first"]
            return "Mr" if kin in _MALE_KIN else "Ms"
    kin = _KIN_BEFORE.search(text, max(0, start - 16), start)
    if kin:
        return "Mr" if kin.group("kin").lower() in _MALE_KIN else "Ms"
    pronoun = _HIS_OR_HER_AFTER.match(text, end)
    if pronoun:
        return "Mr" if (pronoun["pronoun"] or pronoun["owner"]) == "his" else "Ms"
    kin = _KIN_AFTER.match(text, end)
    if kin:
        return "Mr" if kin.group("kin").lower() in _MALE_KIN else "Ms"
    if text[end : end + 1] in (",", " ") and starts_sentence(text, start):
        # "Ramesh Persaud, 52, owns three boats ..., and his wife, Savitri Persaud,": the
        # sentence is about him, so the named relative is his. Not where someone else is named
        # in the clause ("... met Ana Lopes, and her son, ...").
        owned = _SUBJECTS_KIN_NAMED_AFTER.match(text, end)
        if owned and not _FULL_NAME_INSIDE.search(owned["clause"]):
            return "Mr" if owned["owner"] == "his" else "Ms"
    return None


# "a father and daughter, ", "a husband and wife, ": two of a family brought in together.
PAIR_OF_KIN = (
    r"\b(?:an?|the) (?P<first>father|mother|son|daughter|brother|sister|husband|wife"
    r"|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece) and (?:an? |his"
    r" |her )?(?P<second>father|mother|son|daughter|brother|sister|husband|wife|grandfather"
    r"|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece), "
)
_KIN_PAIR_BEFORE = re.compile(
    PAIR_OF_KIN + r"(?P<first_name>[A-Z][\w’'-]*(?: [\w’'-]+){0,3} and )?$"
)
_SUBJECTS_KIN_NAMED_AFTER = re.compile(
    r"(?:, \d{1,3},)? (?P<clause>[a-z][^,.;:!?“”\"\n]{1,100}?), and (?P<owner>his|her) "
    r"(?:[a-z]+ )?(?:brother|son|husband|father|nephew|uncle|grandson|grandfather|sister"
    r"|daughter|wife|mother|niece|aunt|granddaughter|grandmother), [A-Z]"
)
_FULL_NAME_INSIDE = re.compile(r"[A-Z][\w’'-]+ [A-Z]")


# Capital letters that name no organisation.
_COMMON_ACRONYMS = frozenset(
    "GP GPs CCTV TV PM MP MPs MSP MSPs CEO CFO AI GDP VAT DNA PhD OK ID PR HR IT PC UFO FAQ PIN"
    " SUV ICU A&E ATM MLA MLAs MPP MPPs MHA TD TDs MEP MEPs".split()
)
_LEGAL_FORMS = frozenset("plc ltd Ltd PLC LLP Inc AG SA GmbH".split()) | frozenset(
    DOTTED_LEGAL_FORMS
)
# Words of a body named for the place it serves: "Harwick Borough Council", "Hualien County
# Government", "Basra Chamber of Commerce", "Goroka Urban Local-Level Government".
_PLACE_BODIES = frozenset(
    "Council Borough County Chamber Government Municipality Municipal Governorate Province"
    " Provincial Prefecture Prefectural District Urban Metropolitan Kaupule Falekaupule".split()
)
_INSTITUTIONS = frozenset({"Commission", "Senate", "Assembly"})
_CLUB_SUFFIXES = frozenset(
    "Rovers Athletic Wanderers Albion Rangers Harriers United City Town Hotspur Villa Thistle"
    " Academical Stars".split()
)


_LABELS_CONTEXT_CAN_TURN = frozenset(
    {"NAME", "NAME_AT_START", "GPE", "LOC", "PLACE_NAME", "FROM_NAME", "PERSON"}
)


def _organisations_by_context(
    text: str, placed: list[tuple[int, Candidate]], placed_towns: set[str]
) -> tuple[dict[str, None], set[int]]:
    """Names the article treats as organisations somewhere, in text order: "shares in
    Kessler", "the firm Meridian". Every mention of such a name is then an organisation, except
    a city's, which is one only where its words say so ("Leeds manager" and "in Leeds")."""
    found: dict[str, None] = {}
    mentions: set[int] = set()
    small = small_towns()
    major = major_places()
    turnable = _LABELS_CONTEXT_CAN_TURN
    for offset, candidate in placed:
        label = candidate.label
        if label not in turnable or candidate.canonical in major:
            continue
        if label == "PERSON" and (candidate.honorific or candidate.title):
            continue
        if label == "NAME_AT_START" and COMMON_ENDING.match(candidate.canonical):
            continue  # "Aged 18-24, they ...": a participle opening a sentence, not a team
        start, end = offset + candidate.start, offset + candidate.end
        if label in ("PERSON", "NAME") and _an_outlet_told(text, start, end, candidate):
            # A surname alone ("told Smith that") stays the person the article named so.
            found[candidate.canonical or " ".join(candidate.words)] = None
            continue
        if (
            label == "GPE"
            and text[end : end + 2] in POSSESSIVE_ENDINGS
            and text[end + 3 : end + 4].isupper()
        ):
            continue  # "a spokesperson for Ontario's Ministry of Labour": the ministry's owner
        if (
            text[end : end + 1] not in CUE_CHARACTERS_AFTER
            and text[start - 3 : start - 1] not in CUE_WORD_ENDINGS_BEFORE
            and not text.startswith(CUE_WORDS_AFTER, end)
        ):
            continue  # the common case, ruled out without a call
        # "Holt Vale manager": a place-like name a club's roles hang on.
        weak_allowed = (
            label == "LOC"
            or (label != "PERSON" and " " not in candidate.canonical)
            or _town_led(candidate)  # "host Cowdenbeath Miners": a club named by its town
        )
        if (
            label == "PERSON"
            and _SCORE_AFTER_A_NAME.match(text, end)
            and _INDIVIDUAL_SPORT.search(text, max(0, start - 400), end + 400)
        ):
            continue  # "Arman Ghukasyan beat Davit Hovhannisyan 6-5" in a wrestling final
        if has_org_context(text, start, end, strong_only=not weak_allowed):
            if label == "GPE" and (
                candidate.canonical not in small or candidate.canonical in placed_towns
            ):
                # "Leeds manager" and "in Leeds"; "Its Galway chairman" and "in Galway city":
                # a town the article places elsewhere is a body only where its words say so.
                mentions.add(start)
            else:
                found[candidate.canonical or " ".join(candidate.words)] = None
    return found, mentions


def _an_outlet_told(text: str, start: int, end: int, candidate: Candidate) -> bool:
    """ "told El Colombiano that", "told Okaz:": a newspaper or broadcaster a speaker told, as
    no one's given name opens its name."""
    if text[start - 5 : start] != "told " or not text.startswith(AFTER_AN_OUTLET, end):
        return False
    words = candidate.words or candidate.canonical.split()
    if opens_on_the_arabic_article(words):
        return True  # "told Al Raya on Saturday": the Arabic article, not Albert
    return words[0] not in given_names() and words[0] not in honorifics()


# A score after a name, which makes a team of it unless the sport is one people play alone.
_SCORE_AFTER_A_NAME = re.compile(
    r"(?: (?:beat|drew with|lost to|thrashed|edged|hammered) [A-Z][\w’' ]{0,40}?)?"
    r" \d{1,2}-\d{1,2}\b"
)
_INDIVIDUAL_SPORT = re.compile(
    r"\b(?:wrestl(?:ing|er|ers)|judo(?:ka)?|fencing|fencers?|chess|boxing|boxers?|tennis|squash"
    r"|badminton|snooker|darts|singles|weight class|freestyle|Greco-Roman)\b"
)


def _town_led(candidate: Candidate) -> bool:
    words = candidate.words
    return (
        candidate.label == "PERSON"
        and len(words) == 2
        and words[0] in places()
        and words[0] not in given_names()
    )


def _is_minor_town(candidate: Candidate) -> bool:
    return (
        candidate.label == "GPE"
        and " " not in candidate.canonical
        and candidate.canonical not in major_places()
    )


_WORDS_OF_WHERE = frozenset(WORDS_OF_WHERE)
# "the Liebenau district of Graz", "the outskirts of Zadar"
_PART_OF_A_PLACE_BEFORE = re.compile(
    r"\b(?:district|city|town|centre|center|outskirts|suburbs|streets|port|region) of $"
    # "went on to Enoshima, in neighbouring Fujisawa": a place, though Dr Fujisawa spoke.
    r"|\b(?:in|to|from|near) (?:neighbouring|neighboring|nearby) $"
)


def _placed_firmly(text: str, start: int) -> bool:
    """ "in Zadar", "the district of Graz": where a name is a place whatever else shares it."""
    return word_before(text, start, 14) in _WORDS_OF_WHERE or bool(
        _PART_OF_A_PLACE_BEFORE.search(text, max(0, start - 24), start)
    )


_IN_A_WIDER_PLACE = re.compile(r" in (?:the (?:north|south|east|west)\b|[A-Z])")


def _from_a_place_in_another(text: str, start: int, end: int) -> bool:
    """ "from Niutao in the north", "from Shkodra in Albania": where someone came from, and
    where that is."""
    return word_before(text, start, 14) == "from" and bool(_IN_A_WIDER_PLACE.match(text, end))


def _a_place_before_what_it_has(text: str, start: int, end: int) -> bool:
    """ "the Manzini bus rank", "the Accra market": a place named before a thing of its own,
    which no person's family name ("the Manzini family") nor club ("the Mechelen attack")
    stands before."""
    if text[start - 4 : start] not in ("the ", "The "):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and after[1] not in _A_FAMILYS_OR_A_CLUBS


_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_A_FAMILYS_OR_A_CLUBS = frozenset(
    "family families brothers sisters household clan twins attack defence defense coach"
    " manager players fans side team supporters squad striker keeper goalkeeper captain bench"
    " midfield forwards defenders".split()
)


def _placed_by_preposition(text: str, start: int) -> bool:
    return word_before(text, start, 14) in _PREPOSITIONS


def _towns_placed_by_context(
    text: str, placed: list[tuple[int, Candidate]], possessive: bool = True
) -> set[str]:
    """Small places a preposition puts the reader in; without ``possessive``, a mention
    followed by "'s" does not count."""
    major = major_places()
    return {
        candidate.canonical
        for offset, candidate in placed
        if candidate.label == "GPE"
        and candidate.canonical not in major
        and _placed_by_preposition(text, offset + candidate.start)
        and " " not in candidate.canonical
        and (
            possessive
            or text[offset + candidate.end : offset + candidate.end + 2] not in POSSESSIVE_ENDINGS
        )
    }


def _doubtful_town(
    text: str,
    start: int,
    candidate: Candidate,
    placed_towns: set[str],
    lower_vocabulary: set[str] | frozenset[str],
) -> bool:
    """ "Reading is a skill", "Meridian" heading a story: a town's name that is also a common
    word, or a small town's that opens a sentence, is a place only where the article places it."""
    if not _is_minor_town(candidate):
        return False
    name = candidate.canonical
    if is_dateline(text, start, start + len(name)):
        return False  # "TARAWA, Kiribati —", "ZADAR —": a dateline places its town
    if name.lower() in lower_vocabulary:
        own = _placed_by_preposition(text, start)
        return not own and not _PLACE_CONTEXT_AFTER.match(text, start + len(name))
    if name in small_towns() and starts_sentence(text, start):
        return name not in placed_towns and not _PLACE_CONTEXT_AFTER.match(text, start + len(name))
    return False


_PREPOSITIONS = frozenset(
    "in at near from to outside around across via of into towards through".split()
)
_MOTION_OR_PLACE = frozenset("in near to into outside towards".split())
_PLACE_CONTEXT_AFTER = re.compile(
    r"(?:['’]s\s+(?:council|mayor|residents)|[ -]based|\s+council"
    # "Lüderitz, a town of about 15,000 people": the place, described
    r"|, (?:a|the) (?:[a-z]+ )?(?:town|village|city|port|suburb|district|capital)\b)"
)


_PERSON_CLAUSE_AFTER = re.compile(r", who |,? (?:said|says|told)\b")


def _names_placed_by_a_preposition(text: str) -> set[str]:
    """ "in Asir", a known place, or "the north of Eysturoy", any name: where "in" is also what
    one has a stake or shares in, only a known place counts after it ("on" is no sign either:
    "a premium on Brightwater's price", "out on Copperleaf Records"). One pass over the text."""
    known = places()
    return {
        match.group(2)
        for match in _PLACING_PREPOSITION.finditer(text)
        if match.group(1) != "in" or match.group(2) in known
    }


# "farms near Kieta", "a bend above Dibba": words nobody uses of a firm.
_PLACING_PREPOSITION = re.compile(
    r" (in|near|outside|around|above|below|of northern|of southern|north of|south of"
    r"|in (?:north|south|east|west|central|northern|southern|eastern|western))"
    r" ([A-Z][\w’'-]*)(?![\w’'-])"
)


_A_TOWNS_OWN_BODIES = frozenset({"City Hall", "Town Hall", "City Council", "Town Council"})


def _short_forms(text: str, candidates: Iterable[Candidate]) -> dict[str, tuple[str, str]]:
    """ "Nordhavn" for "Nordhavn Logistics Group", "Ouse" for "River Ouse": a distinctive word
    of a longer organisation or place name, when no other name claims it."""
    first_words, last_words = place_features()
    known_places = places()
    claims: dict[str, set[tuple[str, str]]] = {}
    placed: set[str] | None = None
    for candidate in candidates:
        words = candidate.canonical.split()
        if len(words) < 2:
            continue
        if candidate.label == "ORG":
            short = words[0]
            if words[0] in ("HMP", "HMYOI") and len(words) >= 2:
                # "Glanmor" of "HMP Glanmor": a prison by its name alone.
                claims.setdefault(" ".join(words[1:]), set()).add(("ORG", candidate.canonical))
            if words[-1] in _INSTITUTIONS and len(words) == 2:
                # "the Commission" after "the European Commission": the one body so called.
                claims.setdefault(words[-1], set()).add(("ORG", candidate.canonical))
            if words[-1] in _CLUB_SUFFIXES or is_a_club_by_place(text, words):
                # "Rovers", "Athletic": a club is called by its suffix alone as often as not.
                claims.setdefault(words[-1], set()).add(("ORG", candidate.canonical))
            if words[-1] in _LEGAL_FORMS:
                # "Severnmere Water" for "Severnmere Water plc": the name without its legal form.
                claims.setdefault(" ".join(words[:-1]), set()).add(("ORG", candidate.canonical))
            for size in (1, 2):
                if " ".join(words[size:]) in _A_TOWNS_OWN_BODIES and (
                    " ".join(words[:size]) in known_places
                ):
                    # "City Hall" for "Salvador City Hall": the town's own, by its kind.
                    claims.setdefault(" ".join(words[size:]), set()).add(
                        ("ORG", candidate.canonical)
                    )
                if len(words) - size >= 2 and " ".join(words[:size]) in major_places():
                    # "the Forest Department" for "the Rajasthan Forest Department": the name
                    # without the place it serves.
                    claims.setdefault(" ".join(words[size:]), set()).add(
                        ("ORG", candidate.canonical)
                    )
            head, of, _ = candidate.canonical.partition(" of ")
            if of and " " in head:
                # "the Central Bank" for "the Central Bank of Liberia": the name without whose.
                claims.setdefault(head, set()).add(("ORG", candidate.canonical))
            trimmed = [word for word in words if word not in org_suffixes()]
            if any(word in _PLACE_BODIES for word in words[1:]):
                claims.setdefault(short, set()).add(("GPE", short))
                continue
            if 2 <= len(trimmed) < len(words) and trimmed == words[: len(trimmed)]:
                name = " ".join(trimmed)
                if name in known_places:
                    # "the long way round St George's" beside "St George's University": the
                    # town the body is named after.
                    claims.setdefault(name, set()).add(("GPE", name))
                    continue
                claims.setdefault(name, set()).add((candidate.label, candidate.canonical))
        elif candidate.label == "LOC":
            short = words[1] if words[0] in first_words else words[0]
        else:
            continue
        if short[:1].isupper() and short not in sentence_starters() and short not in org_suffixes():
            if candidate.label == "ORG":
                if placed is None:
                    placed = _names_placed_by_a_preposition(text)
                if short in placed:
                    # "in Asir" and "Asir Central Hospital", "in north Eleuthera" and "the
                    # Eleuthera Pineapple Growers Cooperative": the body is named for the place.
                    claims.setdefault(short, set()).add(("GPE", short))
                    continue
            claims.setdefault(short, set()).add((candidate.label, candidate.canonical))
    resolved: dict[str, tuple[str, str]] = {}
    for short, names in claims.items():
        towns = [name for name in names if name[0] == "GPE"]
        if towns:
            resolved[short] = towns[0]  # "Harwick" of "Harwick Borough Council" is the town
        elif len(names) == 1:
            resolved[short] = next(iter(names))
        elif _one_name_inside_the_others(names):
            # "Kora" of "Kora Mobile" and "Kora Mobile Nigeria Ltd": one firm, named twice.
            resolved[short] = max(names, key=lambda name: len(name[1]))
    return resolved


def _one_name_inside_the_others(names: set[tuple[str, str]]) -> bool:
    shortest = min((name for _, name in names), key=len)
    return all(label == "ORG" and name.startswith(shortest) for label, name in names)


def _titles_by_suffix(titled: dict[str, str]) -> dict[str, str]:
    """Every trailing part of a title: "uk defence secretary" also answers "defence secretary".
    Not past "of" or "for": "police" of "commissioner of police" is the force, not its head."""
    claims: dict[str, set[str]] = {}
    for title, person in titled.items():
        words = title.split()
        for index in range(len(words)):
            if words[index] in CONNECTOR_WORDS:
                break
            claims.setdefault(" ".join(words[index:]), set()).add(person)
    return {title: next(iter(people)) for title, people in claims.items() if len(people) == 1}
