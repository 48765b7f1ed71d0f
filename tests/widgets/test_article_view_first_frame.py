"""An article shown before the view is laid out still draws its text in the first frame."""

from __future__ import annotations

from textual.app import App, ComposeResult

from reader.widgets.article_view import ArticleView
from reader.widgets.text_layout import TextLayout
from tests.widgets.hosts import row_text

TEXT = "The harbour strike begins on Thursday.\n\nTalks ended without a deal late on Monday."


class OpensOnMount(App[None]):
    """Like the reader screen: the text is handed over while the view is being mounted."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_at_mount: list[str] = []

    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        view.set_article(TEXT)
        self.rows_at_mount = [row_text(view, y) for y in range(3)]


async def test_the_text_is_wrapped_before_the_first_frame() -> None:
    app = OpensOnMount()
    async with app.run_test(size=(100, 20)) as pilot:
        assert app.rows_at_mount == [
            "The harbour strike begins on Thursday.",
            "",
            "Talks ended without a deal late on Monday.",
        ]
        await pilot.pause()
        assert row_text(app.query_one(ArticleView), 2).startswith("Talks ended")


async def test_a_narrow_terminal_wraps_again_once_the_view_has_its_size() -> None:
    app = OpensOnMount()
    async with app.run_test(size=(30, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        rows = [row_text(view, y) for y in range(6)]
        assert all(len(row) <= 30 for row in rows)
        assert " ".join(rows).split() == TEXT.split()


class ReadAheadLayout(TextLayout):
    """A layout made ahead of time, which says whether the view drew from it."""

    drawn_from = False

    def line_string(self, y: int) -> str:
        self.drawn_from = True
        return super().line_string(y)


class OpensWithALayout(App[None]):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.read_ahead = ReadAheadLayout(LONG, width)

    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_mount(self) -> None:
        self.query_one(ArticleView).set_article(LONG, layout=self.read_ahead)


LONG = " ".join(f"word{n}" for n in range(60))


async def test_a_layout_made_ahead_for_the_column_is_used_as_it_is() -> None:
    app = OpensWithALayout(width=ArticleView.column_width_in(100))
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert 70 <= len(row_text(view, 0)) <= 80
        assert app.read_ahead.drawn_from, "no second wrap of the same text"


async def test_a_layout_made_ahead_for_another_width_is_wrapped_again() -> None:
    app = OpensWithALayout(width=30)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert 70 <= len(row_text(view, 0)) <= 80, "wrapped for the real column, not for 30"
        assert not app.read_ahead.drawn_from
