"""Where word, sentence and paragraph motions land in the reading text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.widgets import motions
from tests.widgets.seeds import seed_texts


def sentences_of(text: str) -> list[str]:
    start, end = motions.paragraph_bounds(text, 0)
    starts = motions.sentence_starts(text, start, end)
    return [
        text[begin:finish].strip() for begin, finish in zip(starts, [*starts[1:], end], strict=True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones at noon. They talked.",
        "She moved to the U.S. in May and stayed. It rained.",
        "Prices rose 3.5 per cent to $4.25 a unit. Markets fell.",
        "The book by J. K. Rowling sold well. Fans queued.",
        "It costs less, e.g. bread and milk. That helps.",
    ],
)
def test_sentences_do_not_split_at_titles_initialisms_or_decimals(text: str) -> None:
    assert len(sentences_of(text)) == 2
    assert sentences_of(text)[-1] == text.rsplit(". ", 1)[1]


def test_sentences_split_after_questions_and_exclamations() -> None:
    text = "Who won? Nobody did! Then it was over."
    assert sentences_of(text) == ["Who won?", "Nobody did!", "Then it was over."]


def test_a_quoted_question_followed_by_its_speaker_is_one_sentence() -> None:
    text = '"Why now?" she asked. "Because."'
    assert sentences_of(text) == ['"Why now?" she asked.', '"Because."']


def test_sentence_bounds_cover_the_sentence_under_the_offset() -> None:
    text = "First one here. Second one, with Mr. Brown, is longer. Third."
    inside = text.index("with")
    start, end = motions.sentence_bounds(text, inside)
    assert text[start:end] == "Second one, with Mr. Brown, is longer."


def test_sentence_motions_walk_forward_and_back_across_paragraphs() -> None:
    text = "One. Two.\n\nThree. Four."
    offset, visited = 0, []
    for _ in range(5):
        offset = motions.next_sentence_start(text, offset)
        visited.append(text[offset : offset + 4])
    assert visited == ["Two.", "Thre", "Four", "Four", "Four"]
    assert motions.previous_sentence_start(text, text.index("Three")) == text.index("Two")
    assert motions.previous_sentence_start(text, text.index("hree")) == text.index("Three")


def test_word_motions_step_over_whole_words() -> None:
    text = "Don't stop, well-known   friend."
    offset, words = 0, []
    for _ in range(4):
        offset = motions.next_word_start(text, offset)
        words.append(text[offset:].split()[0].strip(",."))
    assert words == ["stop", "well-known", "friend", "friend"]
    assert motions.previous_word_start(text, text.index("friend")) == text.index("well")
    assert motions.previous_word_start(text, text.index("op")) == text.index("stop")
    assert motions.previous_word_start(text, 0) == 0


def test_previous_word_finds_a_word_far_behind() -> None:
    text = "start" + " " * 1000 + "end"
    assert motions.previous_word_start(text, text.index("end")) == 0


def test_paragraph_motions() -> None:
    text = "Alpha one.\n\nBeta two.\n\n\nGamma three."
    assert motions.next_paragraph_start(text, 3) == text.index("Beta")
    assert motions.next_paragraph_start(text, text.index("Beta")) == text.index("Gamma")
    assert motions.next_paragraph_start(text, text.index("Gamma")) == text.index("Gamma")
    assert motions.previous_paragraph_start(text, text.index("three")) == text.index("Gamma")
    assert motions.previous_paragraph_start(text, text.index("Gamma")) == text.index("Beta")
    assert motions.previous_paragraph_start(text, 0) == 0


def test_span_starts() -> None:
    starts = [10, 40, 90]
    assert motions.next_span_start(starts, 10) == 40
    assert motions.next_span_start(starts, 95) == 95
    assert motions.previous_span_start(starts, 40) == 10
    assert motions.previous_span_start(starts, 5) == 5


def test_seed_sentences_start_after_terminal_punctuation_and_never_after_a_title() -> None:
    for text in seed_texts():
        paragraph_start = 0
        while True:
            start, end = motions.paragraph_bounds(text, paragraph_start)
            for begin in motions.sentence_starts(text, start, end)[1:]:
                before = text[start:begin].rstrip()
                assert re.search(r"[.!?…][\"'”’)\]]*$", before), before[-40:]
                assert not re.search(r"\b(Mr|Mrs|Dr|Prof|St)\.$", before)
                assert not text[begin].islower()
            following = motions.next_paragraph_start(text, start)
            if following == start:
                break
            paragraph_start = following


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab .!?\n'\"-中")), max_size=80),
    offset=st.integers(min_value=0, max_value=80),
)
def test_motions_stay_in_the_text_and_move_the_right_way(text: str, offset: int) -> None:
    offset = min(offset, max(0, len(text) - 1))
    forward = [motions.next_word_start, motions.next_sentence_start, motions.next_paragraph_start]
    backward = [
        motions.previous_word_start,
        motions.previous_sentence_start,
        motions.previous_paragraph_start,
    ]
    for motion in forward:
        landed = motion(text, offset)
        assert offset <= landed <= max(offset, len(text) - 1)
    for motion in backward:
        landed = motion(text, offset)
        assert 0 <= landed <= offset
    start, end = motions.sentence_bounds(text, offset)
    assert 0 <= start <= end <= len(text)
