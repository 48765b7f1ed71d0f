"""The word-wrap behind the article view: what lands on each line of the reading column."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.library.article import BoilerplateBlock
from reader.widgets.text_layout import (
    LineKind,
    TextLayout,
    display_text,
    wrap_line,
    wrap_narrow_line,
)
from tests.widgets.seeds import seed_texts

HAZARDS = ["\x1b", "\x07", "\r", "\x9b", "\u202e", "\u2066", "\u200b", "\ufeff", "\x00"]


def text_rows(layout: TextLayout) -> list[str]:
    rows = enumerate(layout.lines)
    return [layout.line_string(y) for y, line in rows if line.kind is LineKind.TEXT]


def test_display_text_keeps_length_and_drops_every_hazard() -> None:
    hostile = "a" + "b".join(HAZARDS) + "\tz"
    shown = display_text(hostile)
    assert len(shown) == len(hostile)
    assert not any(hazard in shown for hazard in HAZARDS)
    assert "\t" not in shown
    assert all(cell_len(char) == 1 for char in shown)


def test_plain_text_is_returned_unchanged() -> None:
    assert display_text("Plain words, “curly” quotes — and 中文.") == (
        "Plain words, “curly” quotes — and 中文."
    )


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abcdefghij中😀é", min_size=1, max_size=30), min_size=1, max_size=60
    ),
    width=st.integers(min_value=4, max_value=90),
)
def test_wrapping_covers_the_text_and_respects_the_width(words: list[str], width: int) -> None:
    text = " ".join(words)
    layout = TextLayout(text, width)
    lines = [line for line in layout.lines if line.kind is LineKind.TEXT]
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for before, after in zip(lines, lines[1:], strict=False):
        assert before.end == after.start  # no character lost or drawn twice
    for line in lines:
        assert cell_len(text[line.start : line.end].rstrip(" ")) <= max(width, 2)
    for word_start, word in _word_positions(text):
        if cell_len(word) <= width:
            # A word that fits on a line is never split across two.
            assert layout.line_of(word_start) == layout.line_of(word_start + len(word) - 1)


def _word_positions(text: str) -> list[tuple[int, str]]:
    positions, offset = [], 0
    for word in text.split(" "):
        if word:
            positions.append((offset, word))
        offset += len(word) + 1
    return positions


def test_paragraphs_are_separated_by_one_blank_row() -> None:
    layout = TextLayout("First one.\n\nSecond one.\n\nThird.", 40)
    assert [line.kind for line in layout.lines] == [0, 1, 0, 1, 0]
    assert text_rows(layout) == ["First one.", "Second one.", "Third."]


def test_a_single_newline_breaks_the_line_inside_a_paragraph() -> None:
    layout = TextLayout("a line\nthe next", 40)
    assert text_rows(layout) == ["a line", "the next"]


def test_a_huge_line_without_spaces_wraps_by_cells_quickly() -> None:
    started = time.perf_counter()
    layout = TextLayout("x" * 100_000, 80)
    wide = TextLayout("中" * 100_000, 80)
    assert time.perf_counter() - started < 1.0
    assert layout.height == 1250
    assert all(cell_len(row) == 80 for row in text_rows(layout))
    assert all(cell_len(row) == 80 for row in text_rows(wide))


def test_columns_count_wide_characters_as_two_cells() -> None:
    text = "中文 😀 word"
    layout = TextLayout(text, 40)
    assert layout.column_of(text.index("word")) == cell_len(text[: text.index("word")])
    assert layout.offset_at(0, layout.column_of(text.index("word"))) == text.index("word")


def test_boilerplate_rows_appear_in_place_only_when_shown() -> None:
    text = "Intro paragraph.\n\nBody paragraph."
    block = BoilerplateBlock(offset=text.index("Body"), text="Sign up to our newsletter", kind="x")
    hidden = TextLayout(text, 40, [block])
    shown = TextLayout(text, 40, [block], show_boilerplate=True)
    assert LineKind.BOILERPLATE not in {line.kind for line in hidden.lines}
    rows = [shown.line_string(y) for y in range(shown.height)]
    assert rows.index(block.text) < rows.index("Body paragraph.")
    assert rows.index(block.text) > rows.index("Intro paragraph.")
    # The text's own offsets don't move: the same offset is on the row showing the same words.
    body = text.index("Body")
    assert shown.line_string(shown.line_of(body)) == hidden.line_string(hidden.line_of(body))


def test_seed_articles_wrap_without_losing_or_overflowing() -> None:
    for text in seed_texts():
        for width in (30, 80):
            layout = TextLayout(text, width)
            rows = text_rows(layout)
            assert all(cell_len(row.rstrip(" ")) <= width for row in rows)
            joined = "".join(
                text[line.start : line.end] for line in layout.lines if line.kind is LineKind.TEXT
            )
            assert joined == text.replace("\n\n", "")


def test_boilerplate_at_the_very_start_and_end_is_placed_there() -> None:
    text = "Only paragraph."
    first = BoilerplateBlock(offset=0, text="Cookie notice", kind="cookie")
    last = BoilerplateBlock(offset=len(text), text="Newsletter sign-up", kind="newsletter")
    layout = TextLayout(text, 40, [last, first], show_boilerplate=True)
    rows = [layout.line_string(y) for y in range(layout.height)]
    assert rows == ["Cookie notice", "", "Only paragraph.", "", "Newsletter sign-up"]
    assert layout.offset_of_line(0) == 0  # a boilerplate row reads as where the text resumes


def test_layout_motions_and_spans_load_without_textual() -> None:
    code = (
        "import sys; import reader.widgets.text_layout, reader.widgets.motions, "
        "reader.widgets.styled_spans; sys.exit('textual' in sys.modules)"
    )
    repo = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=repo).returncode == 0


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab cd  e.,'-")), max_size=200),
    st.integers(min_value=1, max_value=30),
)
def test_the_fast_wrap_for_narrow_text_breaks_exactly_like_the_general_one(text, width):
    assert wrap_narrow_line(text, 0, len(text), width) == wrap_line(text, 0, len(text), width)
