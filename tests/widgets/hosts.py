"""A tiny host app for the article view, and helpers to read what a row shows."""

from __future__ import annotations

from rich.style import Style
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.message import Message

from reader.widgets.article_view import ArticleView


class ViewHost(App[None]):
    """One ArticleView filling the screen; records the messages it posts."""

    BINDINGS = [Binding("escape", "screen_escape", "Back")]

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Message] = []
        self.screen_escapes = 0

    def compose(self) -> ComposeResult:
        yield ArticleView()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def action_screen_escape(self) -> None:
        self.screen_escapes += 1

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.messages.append(message)

    def on_article_view_selection_changed(self, message: ArticleView.SelectionChanged) -> None:
        self.messages.append(message)

    def on_article_view_position_changed(self, message: ArticleView.PositionChanged) -> None:
        self.messages.append(message)


def row_text(view: ArticleView, y: int) -> str:
    """What screen row ``y`` of the view shows, without the margins."""
    return view.render_line(y).text.strip()


def styled_runs(view: ArticleView, y: int) -> list[tuple[str, Style]]:
    """The (text, style) runs of screen row ``y``, margins left out."""
    strip = view.render_line(y)
    return [(segment.text, segment.style) for segment in strip if segment.text.strip()]


def style_of(view: ArticleView, y: int, fragment: str) -> Style:
    """The style drawing ``fragment`` on screen row ``y`` (it must sit in one run)."""
    for text, style in styled_runs(view, y):
        if fragment in text:
            return style
    raise AssertionError(f"{fragment!r} is not drawn as one run on row {y}")


def component(view: ArticleView, name: str) -> Style:
    return view.get_component_rich_style(f"article-view--{name}", partial=True)
