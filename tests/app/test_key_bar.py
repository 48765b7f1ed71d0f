"""The key bar at the bottom: the keys that work where the focus is, clickable."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.screens.reader_screen import ReaderScreen
from reader.widgets.key_bar import KeyBar
from tests.app.conftest import make_app


def bar_text(app) -> str:
    bar = app.screen.query_one(KeyBar)
    return bar.render().plain


async def test_the_library_bar_lists_its_keys_and_the_palette_last(
    sample_library: Path, tmp_path: Path
) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        for label in ("/ Filter", "s Sort", "i Import", "d Delete", "q Quit", "? Help"):
            assert label in text
        assert text.rstrip().endswith("^p Palette")
        assert text.index("q Quit") < text.index("^p Palette")


async def test_the_bar_follows_the_focus_and_the_screen(
    sample_library: Path, tmp_path: Path
) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        reading = bar_text(app)
        assert "h Highlight" in reading and "Filter" not in reading
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert "Delete" not in bar_text(app)  # typing a filter: 'd' is a letter, not a key


async def test_clicking_a_key_on_the_bar_does_what_the_key_does(
    sample_library: Path, tmp_path: Path
) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        text = bar.render().plain
        column = text.index("Filter")
        await pilot.click(KeyBar, offset=(column, 0))
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert app.focused.id == "filter"


async def test_a_narrow_terminal_keeps_the_first_keys(sample_library: Path, tmp_path: Path) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        text = bar_text(app)
        assert text.startswith(" / Filter  f Tag filter")
