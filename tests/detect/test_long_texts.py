"""Lookups that read a long text once instead of once per name give the answers the per-name
search gave: these paths only run on long texts of many articles, so they are checked here
against the simple search on texts made to reach them."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.detect import detect
from reader.detect.entities import _FEW_NAMES, _every_mention
from reader.detect.person_evidence import _Evidence, _spoken_or_aged

from .helpers import canonicals


def _titles(count: int) -> list[str]:
    return [f"The {chr(65 + index % 26)}x{index} Hour" for index in range(count)]


def test_many_names_are_found_where_they_stand_alone_as_one_by_one() -> None:
    titles = _titles(_FEW_NAMES + 50)
    names = set(titles) | {"AP", "Reuters", "Ha-Ha"}
    sentences = [f"She wrote {name} in {index % 7} weeks." for index, name in enumerate(names)]
    # Inside a longer name, after a letter, and inside a mention of itself: none count.
    inside_a_name = f"{titles[0]} Trust met."
    sentences += [inside_a_name, f"x{titles[1]}.", "Ha-Ha-Ha.", "AP APx said Reuters."]
    text = " ".join(sentences * 2)
    one_by_one = sorted(span for name in names for span in _every_mention(text, {name}))
    assert len(names) > _FEW_NAMES
    assert sorted(_every_mention(text, names)) == one_by_one
    start = text.index(inside_a_name)
    assert (start, start + len(titles[0])) not in one_by_one


_PIECES = ["Jo", "Marsh", "McMarsh", "Marsh’s", "Marsh's", " ", ", ", ",", "said", "says"]
_PIECES += ["told", "\n", "34", ", 5", "x", "Jo Marsh", "said Jo", "said, Jo", "wrote"]
_PIECES += ["Marsh, said", "said \n", "Marsh’s, said", " Marsh said"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_speech_and_age_evidence_read_once_matches_the_search_name_by_name(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    evidence = _Evidence(text, checks_before_indexing=0)
    for name, surname in (("Jo Marsh", "Marsh"), ("Jo McMarsh", "McMarsh"), ("Al Jo", "Jo")):
        assert evidence.spoken_or_aged(name, surname) == _spoken_or_aged(text, name, surname)
        # Where only the name in full counts ("Frishman Beach, said" is no "Gordon Beach").
        assert evidence.spoken_or_aged(name, surname, in_full=True) == _spoken_or_aged(
            text, name, surname, in_full=True
        )


def test_mrs_and_the_first_of_two_surnames_is_the_person_named_in_full() -> None:
    text = (
        "Rosa Quispe Mamani, 54, sells potatoes in El Alto. Her neighbour Luis Condori Apaza "
        "agreed. “Prices have doubled,” Mrs Quispe said."
    )
    assert canonicals(text, "Mrs Quispe") == {"Rosa Quispe Mamani"}


def test_a_nickname_in_many_copies_of_an_article_is_its_person_in_every_copy() -> None:
    article = (
        "Abdul Karim Majhi, 52, fishes the Meghna. Along the bank he is known as “Karim "
        "Bhai”, and his nets are folded. Karim Bhai said the ban was long.\n\n"
    )
    copies = 300
    text = article * copies
    entities = sorted(detect(text).entities)
    spans = [span for span in entities if text[span.start : span.end] == "Karim Bhai"]
    assert len(spans) == 2 * copies
    assert {span.canonical for span in spans} == {"Abdul Karim Majhi"}
    assert all(a.end <= b.start for a, b in pairwise(entities))
