"""Quotation marks around titles, names and scare words are not somebody speaking."""

from __future__ import annotations

import pytest

from .helpers import quoted


@pytest.mark.parametrize(
    "text",
    [
        "Her second novel, “Salt and Silence”, sold well.",
        "The band’s album “Low Tide” came out in spring.",
        "He starred in the series “Harbour Lights” for years.",
        "She wrote a book called “Letters Home” about the war.",
        "The song “Cold Rain” was played at the funeral.",
        "Fans of the club, the so-called “Millers”, sang all night.",
        "The dog, known to everyone as “Biscuit”, was found safe.",
    ],
)
def test_titles_and_names_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_a_scare_quoted_word_with_nobody_speaking_is_not_a_quote() -> None:
    assert quoted("The “experts” were nowhere to be seen on the day.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg called the plan “a disgrace” on Monday.",
        "Anna Berg called the film “a triumph of nerve”.",
        "The plan was “a disgrace”, Anna Berg said.",
        "“Never,” said Anna Berg.",
        "Anna Berg said: “Never.”",
    ],
)
def test_short_quotes_with_a_speaker_are_kept(text: str) -> None:
    assert len(quoted(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The collectors call it “amber fever”, and it lasts a week.",
        'The small fish that traders here call "matemba" have all but gone.',
        "A set Kuwaitis call the “shabka” was on the counter.",
        "On the ward, where older women are called “egch”, or elder sister, she waited.",
        'Dina Uwimana, whom the whole street calls "Mama Keza", laughed.',
        "Members call the day “the big shop”, and for many it is the only one.",
        'Sailors call the creek a "hurricane hole", a narrow, sheltered inlet.',
        "Older customers still ask for what they call “birch champagne”, the fermented sap.",
        "The club’s name means “let us build together” in isiZulu.",
        'The city will fight "stone deserts", the Dutch name for paved gardens.',
    ],
)
def test_a_local_word_or_nickname_people_call_something_is_no_quote(text: str) -> None:
    assert quoted(text) == []


def test_what_someone_calls_a_finding_is_still_their_verdict() -> None:
    assert quoted('It was a finding other scientists call "premature".') == ['"premature"']
