"""Any text at all: detect returns, and its spans are well formed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.detect import Detection, detect

# Text rich in what the rules look at: marks, capitals, digits, breaks, and any Unicode.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "\n\n",
        "\n",
        " ",
        ". ",
        ", ",
        ": ",
        "said",
        "Mr ",
        "Ms ",
        "he ",
        "she ",
        "Ben Wallace",
        "Russia",
        "£5m",
        "10%",
        "12:40",
        "January",
        "2022",
        "the ",
        "According to ",
        "Downing Street",
        "-",
        "—",
        "’s",
        "’90s",
        "Asked",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)


def _check(text: str, detection: Detection) -> None:
    for spans in (detection.quotes, detection.entities):
        previous_end = 0
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert span.start >= previous_end, "spans of one kind overlap or are unsorted"
            previous_end = span.end
    for quote in detection.quotes:
        assert quote.kind in ("direct", "partial")
        if quote.speaker_span is not None:
            start, end = quote.speaker_span
            assert 0 <= start < end <= len(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_detect_never_raises_and_spans_are_well_formed(text: str) -> None:
    _check(text, detect(text))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    _check(text, detect(text))


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_detection_survives_a_json_round_trip(text: str) -> None:
    detection = detect(text)
    assert Detection.from_dict(detection.to_dict()) == detection


def _seconds(text: str) -> float:
    started = time.perf_counter()
    detect(text)
    return time.perf_counter() - started


def test_hostile_text_takes_linear_time() -> None:
    """One endless paragraph of marks, apostrophes and capitals must not go quadratic."""
    unit = "“Aa Bb’s ‘x’ said Cc Dd, “ee” it’s Ff Gg ‘y said he “z” "
    small, large = unit * 300, unit * 3000
    detect(unit)  # loads the word lists first
    small_time = max(_seconds(small), 0.01)
    assert _seconds(large) < small_time * 25


@pytest.mark.parametrize("pronoun", ["He", "It"])
def test_thousands_of_sentences_resolved_through_the_one_before_do_not_exhaust_the_stack(
    pronoun: str,
) -> None:
    text = (
        "Jo Smith of the Acme Trust met the board on Monday. "
        + f"{pronoun} said the plan was fine. " * 3000
        + f"“Yes,” {pronoun.lower()} said."
    )
    detection = detect(text)
    assert len(detection.quotes) == 1
