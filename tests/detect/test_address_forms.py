"""Names with a form of address after them, and names someone is known by."""

from __future__ import annotations

import pytest

from tests.detect.helpers import canonicals, entities, speakers


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # written apart, after the person's first name
        (
            "Gulnara Abenova, 58, runs the yurt café. The skiers call out to Gulnara apa as "
            "they pass.",
            "Gulnara apa",
            "Gulnara Abenova",
        ),
        # after a first name that is not the first of the full name
        (
            "Abdul Karim Mondal, 52, taps the palms at dawn. Karim bhai sells the sap by noon.",
            "Karim bhai",
            "Abdul Karim Mondal",
        ),
        # a possessive after the form
        (
            "Babul Sheikh, 47, drives the Rupsha bus. “Babul bhai’s bus I can hear from the "
            "river,” a rickshaw puller said.",
            "Babul bhai",
            "Babul Sheikh",
        ),
        # joined with a hyphen, after a surname
        (
            "Tetsuo Sato, 71, has worn the mask for 40 years. The children still run from "
            "Sato-san on the night.",
            "Sato-san",
            "Tetsuo Sato",
        ),
        # of two of a family, the one named nearest before, as "Mr Morimoto" would be
        (
            "Taiga Morimoto, 17, won the final. His father, Isamu Morimoto, 48, runs the club. "
            "The boys said Morimoto-sensei makes them run before breakfast.",
            "Morimoto-sensei",
            "Isamu Morimoto",
        ),
        # no one named in full: the name with its form
        (
            "Asan ata, 80, has kept sheep above the river all his life.",
            "Asan ata",
            "Asan ata",
        ),
        # the name alone elsewhere: the name
        (
            "The man on the fifth floor gave only his surname, Choi. The children call him "
            "Choi ajeossi.",
            "Choi ajeossi",
            "Choi",
        ),
    ],
)
def test_a_form_of_address_after_a_name_is_part_of_the_person_named(
    text: str, mention: str, person: str
) -> None:
    assert (mention, "PERSON") in entities(text)
    assert canonicals(text, mention) == {person}


def test_a_person_known_by_a_name_with_a_form_speaks_as_that_person() -> None:
    text = (
        "Mária Szűcs, 81, has lived on the square since 1971 and is known to everyone there as "
        "Marika néni.\n\n“They come past my window singing,” Marika néni said."
    )
    assert canonicals(text, "Marika néni") == {"Mária Szűcs"}
    assert speakers(text) == ["Mária Szűcs"]


def test_a_name_someone_is_known_by_without_marks_is_that_person() -> None:
    text = (
        "José Antonio Menjívar, 63, who has run a boat from the pier for 40 years and is known "
        "on the shore as Don Chepe, made 11 trips on Saturday."
    )
    assert canonicals(text, "Don Chepe") == {"José Antonio Menjívar"}


def test_a_lower_case_word_after_a_name_that_is_no_form_of_address_is_not_taken() -> None:
    text = "Gulnara Abenova, 58, runs the café. Gulnara asked for more snow."
    assert ("Gulnara", "PERSON") in entities(text)
    assert ("Gulnara asked", "PERSON") not in entities(text)


def test_the_name_someone_is_to_everyone_is_that_person() -> None:
    text = (
        "Jose Ernesto Alas, 61, opened one of the first surf schools in 1998. On the beach he "
        "is Don Neto to everyone, including the tourists.\n\n"
        "Don Neto said he would sit the course. “I am 61,” he said."
    )
    assert canonicals(text, "Don Neto") == {"Jose Ernesto Alas"}
    assert speakers(text) == ["Jose Ernesto Alas"]


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        (
            "A woman known to her neighbours as Dilnoza opa keeps a bucket under the fountain. "
            "“It gave water for nine days,” she said.",
            "Dilnoza opa",
            "Dilnoza",
        ),
        (
            "Rustam aka, a retired bus driver, was not impressed. “There was a tap,” he said.",
            "Rustam aka",
            "Rustam",
        ),
        (
            "Bakyt Toktogulov sells coal. Customers call him Bakyt baike.",
            "Bakyt baike",
            "Bakyt Toktogulov",
        ),
        (
            "Rauf muallim, a retired teacher, said the road was bad.",
            "Rauf muallim",
            "Rauf muallim",
        ),
    ],
)
def test_a_central_asian_or_turkish_form_after_a_name_is_the_person_so_called(
    text: str, mention: str, person: str
) -> None:
    assert canonicals(text, mention) == {person}


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        (
            "Haja Mariama Kamara chairs the market women. “Our customers are on the road,” "
            "said Haja Mariama.",
            "Haja Mariama",
            "Mariama Kamara",
        ),
        (
            "Somsak Phommasone farms the bank. Thao Somsak, as the village calls him, said the "
            "families would plant again.",
            "Thao Somsak",
            "Somsak Phommasone",
        ),
    ],
)
def test_a_form_of_address_before_a_first_name_is_the_person_named_in_full(
    text: str, mention: str, person: str
) -> None:
    assert canonicals(text, mention) == {person}
