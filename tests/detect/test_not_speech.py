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
