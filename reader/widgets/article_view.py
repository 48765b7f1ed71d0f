"""The article view: an article's reading text in a centred column, with a cursor, a selection
and styled layers (entities, quotes, highlights, search matches).

It is a Line-API ``ScrollView``: the text is word-wrapped into line offsets (``TextLayout``) and
only the rows on screen are drawn, each cached as a ``Strip`` until something that changes its
look changes. Text is only ever drawn from plain strings in Segments, never parsed as markup.

A highlight that carries a note (style ``highlight-note``) is drawn underlined by default, so
the mark takes no cell of its own and columns stay aligned with the text.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.library.article import BoilerplateBlock
from reader.widgets import motions
from reader.widgets.styled_spans import SpanIndex, StyledSpan
from reader.widgets.text_layout import (
    LineKind,
    TextLayout,
    cells_between,
    column_width_for,
    fit_end,
)

__all__ = ["ArticleView", "StyledSpan", "LAYER_ORDER"]

# Later layers win where styles disagree; the selection and the cursor are drawn over all.
LAYER_ORDER: tuple[str, ...] = ("entities", "quotes", "highlights", "search")
ENTITY_LABELS = (
    "person", "org", "gpe", "loc", "norp", "date", "time", "money", "percent", "cardinal",
    "quantity",
)  # fmt: skip
_PREFIX = "article-view--"
_SELECTION = "selection"
_CURSOR = "cursor"
_BOILERPLATE = "boilerplate"
_LINE_CACHE_SIZE = 2048

# A rendered row is cached with what else decides its look: where the cursor is on it and
# which part of it is selected.
_RowKey = tuple[int | None, tuple[int, int] | None]


class ArticleView(ScrollView, can_focus=True):
    """One article's reading text, for reading with the keyboard."""

    ALLOW_SELECT = True

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        f"{_PREFIX}{name}"
        for name in (
            "quote",
            *(f"entity-{label}" for label in ENTITY_LABELS),
            "highlight",
            "highlight-note",
            "search-match",
            _CURSOR,
            _SELECTION,
            _BOILERPLATE,
        )
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        & > .article-view--quote { color: $text-accent; }
        & > .article-view--entity-person { color: $text-primary; }
        & > .article-view--entity-org { color: $text-secondary; }
        & > .article-view--entity-gpe { color: $text-success; }
        & > .article-view--entity-loc { color: $text-success; }
        & > .article-view--entity-norp { color: $text-warning; }
        & > .article-view--entity-date { color: $text-warning; }
        & > .article-view--entity-time { color: $text-warning; }
        & > .article-view--entity-money { color: $text-error; }
        & > .article-view--entity-percent { color: $text-error; }
        & > .article-view--entity-cardinal { color: $foreground-muted; }
        & > .article-view--entity-quantity { color: $foreground-muted; }
        & > .article-view--highlight { background: $warning 35%; }
        & > .article-view--highlight-note { background: $warning 35%; text-style: underline; }
        & > .article-view--search-match { background: $success 55%; color: $foreground; }
        & > .article-view--selection { background: $primary 55%; }
        & > .article-view--cursor { text-style: reverse; }
        & > .article-view--boilerplate { color: $foreground-muted; text-style: dim italic; }
        &.-no-color > .article-view--quote { text-style: italic; }
        &.-no-color > .article-view--entity-person,
        &.-no-color > .article-view--entity-org,
        &.-no-color > .article-view--entity-gpe,
        &.-no-color > .article-view--entity-loc,
        &.-no-color > .article-view--entity-norp,
        &.-no-color > .article-view--entity-date,
        &.-no-color > .article-view--entity-time,
        &.-no-color > .article-view--entity-money,
        &.-no-color > .article-view--entity-percent,
        &.-no-color > .article-view--entity-cardinal,
        &.-no-color > .article-view--entity-quantity { text-style: bold; }
        &.-no-color > .article-view--highlight { text-style: reverse; }
        &.-no-color > .article-view--highlight-note { text-style: reverse underline; }
        &.-no-color > .article-view--search-match { text-style: reverse bold; }
        &.-no-color > .article-view--selection { text-style: reverse; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "line_down", "Line down", show=False, id="reader.line_down"),
        Binding("k,up", "line_up", "Line up", show=False, id="reader.line_up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("shift+space,pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("ctrl+d", "half_page_down", "Half page down", show=False, id="reader.half_down"),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False, id="reader.half_up"),
        Binding("g,home", "start", "Start", show=False, id="reader.start"),
        Binding("G,end", "end", "End", show=False, id="reader.end"),
        Binding("w", "next_word", "Next word", show=False, id="reader.next_word"),
        Binding("b", "previous_word", "Previous word", show=False, id="reader.previous_word"),
        Binding(
            "left_parenthesis",
            "previous_sentence",
            "Previous sentence",
            show=False,
            id="reader.previous_sentence",
        ),
        Binding(
            "right_parenthesis",
            "next_sentence",
            "Next sentence",
            show=False,
            id="reader.next_sentence",
        ),
        Binding(
            "left_curly_bracket",
            "previous_paragraph",
            "Previous paragraph",
            show=False,
            id="reader.previous_paragraph",
        ),
        Binding(
            "right_curly_bracket",
            "next_paragraph",
            "Next paragraph",
            show=False,
            id="reader.next_paragraph",
        ),
        Binding(
            "right_square_bracket", "next_quote", "Next quote", show=False, id="reader.next_quote"
        ),
        Binding(
            "left_square_bracket",
            "previous_quote",
            "Previous quote",
            show=False,
            id="reader.previous_quote",
        ),
        Binding("v", "toggle_selection", "Select", show=False, id="reader.toggle_selection"),
        Binding("s", "select_sentence", "Sentence", show=False, id="reader.select_sentence"),
        Binding("escape", "clear_selection", "Clear selection", show=False, id="reader.clear"),
    ]

    # repaint=False: watch_cursor marks what needs drawing (often two rows, not the view).
    cursor: reactive[int] = reactive(0, init=False, repaint=False)
    """The cursor's offset in the reading text."""

    show_boilerplate: reactive[bool] = reactive(False, init=False)
    """Whether boilerplate paragraphs are shown (dimmed, in place)."""

    class CursorMoved(Message):
        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class SelectionChanged(Message):
        def __init__(self, selection: tuple[int, int] | None) -> None:
            super().__init__()
            self.selection = selection

    class PositionChanged(Message):
        """The reading position (the offset of the first visible line) changed."""

        def __init__(self, offset_at_top: int) -> None:
            super().__init__()
            self.offset_at_top = offset_at_top

    def __init__(
        self,
        text: str = "",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self._text = text
        self._boilerplate: tuple[BoilerplateBlock, ...] = ()
        self._layout: TextLayout | None = None
        self._pending_top = 0  # the offset to show at the top once there is a size to wrap to
        self._layers: dict[str, SpanIndex] = {}
        self._hidden_layers: set[str] = set()
        self._anchor: int | None = None  # the keyboard selection's fixed end
        self._goal_column: int | None = None  # kept across j/k so the column survives short lines
        self._row_cache: LRUCache[int, tuple[_RowKey, Strip]] = LRUCache(_LINE_CACHE_SIZE)
        self._ready_layout: TextLayout | None = None
        self._style_cache: dict[tuple[str, ...], Style] = {}
        self._last_selection: tuple[int, int] | None = None
        self._last_top: int | None = None
        self._margin = 0  # cells left of the centred column
        self._row_width = 0  # cells in a row: the column, its margins, up to the scrollbar

    # Public API ---------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_article(
        self,
        text: str,
        boilerplate: Sequence[BoilerplateBlock] = (),
        position: int = 0,
        layout: TextLayout | None = None,
    ) -> None:
        """Show ``text``, with its reading position ``position`` at the top and the cursor on it.

        ``layout``: ``text`` already wrapped (while the library rested on it); used when it has
        the column's width, else the text is wrapped again."""
        self._text = text
        self._ready_layout = layout
        self._boilerplate = tuple(boilerplate)
        self._layers.clear()
        self._anchor = None
        self._goal_column = None
        self._last_top = None
        self._layout = None
        position = self._clamp(position)
        self._pending_top = position
        self.set_reactive(ArticleView.cursor, position)
        if self.is_mounted:
            self.screen.clear_selection()
        self._relayout()
        self.post_message(self.CursorMoved(position))
        self._post_selection_if_changed()

    def set_spans(self, layer: str, spans: Sequence[StyledSpan]) -> None:
        """Replace one layer's spans; only the rows whose look changes are redrawn."""
        old = self._layers.get(layer, SpanIndex())
        new = SpanIndex(spans)
        self._layers[layer] = new
        if layer not in self._hidden_layers:
            self._forget_rows_where(
                lambda start, end: old.overlapping(start, end) != new.overlapping(start, end)
            )
        self.refresh()

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        hidden = layer in self._hidden_layers
        if hidden != visible:
            return
        if visible:
            self._hidden_layers.discard(layer)
        else:
            self._hidden_layers.add(layer)
        index = self._layers.get(layer)
        if index is not None:
            self._forget_rows_where(lambda start, end: bool(index.overlapping(start, end)))
        self.refresh()

    def layer_visible(self, layer: str) -> bool:
        return layer not in self._hidden_layers

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected ``(start, end)`` of the text: the keyboard's, else the mouse's."""
        if self._anchor is not None:
            low, high = sorted((self._anchor, self.cursor))
            return low, min(high + 1, len(self._text))
        mouse = self.text_selection
        if mouse is None or self._layout is None:
            return None
        start = 0 if mouse.start is None else self._offset_for_point(mouse.start.x, mouse.start.y)
        end = len(self._text) if mouse.end is None else self._offset_for_point(*mouse.end)
        return (start, end) if end > start else None

    def selected_text(self) -> str:
        selection = self.selection
        return "" if selection is None else self._text[selection[0] : selection[1]]

    def offset_at_top(self) -> int:
        """The offset of the first visible line: the reading position to save."""
        if self._layout is None:
            return self._pending_top
        return self._layout.offset_of_line(round(self.scroll_y))

    def row_of(self, offset: int) -> int | None:
        """The screen row (0 = the view's top row) drawing ``offset``, or None when off screen."""
        if self._layout is None:
            return None
        row = self._layout.line_of(self._clamp(offset)) - round(self.scroll_y)
        return row if 0 <= row < self.scrollable_content_region.height else None

    def scroll_to_offset(self, offset: int, center: bool = False) -> None:
        offset = self._clamp(offset)
        if self._layout is None:
            self._pending_top = offset
            return
        y = self._layout.line_of(offset)
        if center:
            y -= self.scrollable_content_region.height // 2
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def move_cursor(self, offset: int, select: bool = False) -> None:
        """Put the cursor on ``offset``; ``select`` extends the selection, otherwise it ends."""
        if select:
            if self._anchor is None:
                self._anchor = self.cursor
        else:
            self._anchor = None
        self._goal_column = None
        self._move(offset)

    # Motions ------------------------------------------------------------------------------

    def action_line_down(self) -> None:
        self._move_lines(1)

    def action_line_up(self) -> None:
        self._move_lines(-1)

    def action_page_down(self) -> None:
        self._move_page(self._page_size())

    def action_page_up(self) -> None:
        self._move_page(-self._page_size())

    def action_half_page_down(self) -> None:
        self._move_page(max(1, self._page_size() // 2))

    def action_half_page_up(self) -> None:
        self._move_page(-max(1, self._page_size() // 2))

    def action_start(self) -> None:
        self._goal_column = None
        self._move(0)
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_end(self) -> None:
        self._goal_column = None
        self._move(len(self._text))
        self.scroll_end(animate=False, immediate=True, x_axis=False)

    def action_next_word(self) -> None:
        self._move_by(motions.next_word_start)

    def action_previous_word(self) -> None:
        self._move_by(motions.previous_word_start)

    def action_next_sentence(self) -> None:
        self._move_by(motions.next_sentence_start)

    def action_previous_sentence(self) -> None:
        self._move_by(motions.previous_sentence_start)

    def action_next_paragraph(self) -> None:
        self._move_by(motions.next_paragraph_start)

    def action_previous_paragraph(self) -> None:
        self._move_by(motions.previous_paragraph_start)

    def action_next_quote(self) -> None:
        starts = self._layers.get("quotes", SpanIndex()).starts
        self._goal_column = None
        self._move(motions.next_span_start(starts, self.cursor))

    def action_previous_quote(self) -> None:
        starts = self._layers.get("quotes", SpanIndex()).starts
        self._goal_column = None
        self._move(motions.previous_span_start(starts, self.cursor))

    def action_toggle_selection(self) -> None:
        if self._anchor is None:
            self.screen.clear_selection()
            self._anchor = self.cursor
        else:
            self._anchor = None
        self._selection_moved()

    def action_select_sentence(self) -> None:
        start, end = motions.sentence_bounds(self._text, self.cursor)
        if end <= start:
            return
        self.screen.clear_selection()
        self._anchor = start
        self._goal_column = None
        self._move(end - 1)
        self._selection_moved()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_selection":
            # With nothing to clear, the binding stands aside and escape goes on to the screen.
            return self.selection is not None
        return True

    def action_clear_selection(self) -> None:
        self._anchor = None
        self.screen.clear_selection()
        self._selection_moved()

    # Moving the cursor --------------------------------------------------------------------

    def _clamp(self, offset: int) -> int:
        return min(max(0, offset), max(0, len(self._text) - 1))

    def validate_cursor(self, offset: int) -> int:
        return self._clamp(offset)

    def _move(self, offset: int) -> None:
        self.cursor = offset
        self._selection_moved()

    def _move_by(self, motion: motions.TextMotion) -> None:
        self._goal_column = None
        self._move(motion(self._text, self.cursor))

    def _move_lines(self, delta: int) -> None:
        layout = self._layout
        if layout is None:
            return
        if self._goal_column is None:
            self._goal_column = layout.column_of(self.cursor)
        y = layout.line_of(self.cursor) + delta
        target = layout.text_line_at_or_after(y) if delta > 0 else layout.text_line_at_or_before(y)
        if target is None:
            return
        self.cursor = layout.offset_at(target, self._goal_column)
        self._selection_moved()

    def _move_page(self, delta: int) -> None:
        """Scroll a page and take the cursor along; once the view can't scroll, go to the end."""
        layout = self._layout
        if layout is None:
            return
        before = round(self.scroll_y)
        self.scroll_to(y=max(0, before + delta), animate=False, immediate=True)
        if round(self.scroll_y) == before:
            self._goal_column = None
            self._move(0 if delta < 0 else len(self._text))
        else:
            self._move_lines(delta)

    def _page_size(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def watch_cursor(self, old: int, offset: int) -> None:
        top = round(self.scroll_y)
        self._scroll_to_cursor()
        if not self._repaint_cursor_rows(old, offset, top):
            self.refresh()
        self.post_message(self.CursorMoved(offset))

    def _repaint_cursor_rows(self, old: int, new: int, top: int) -> bool:
        """Mark only the rows around where the cursor was and is, when nothing else on screen
        changes (no scroll, no selection): Textual then redraws a few lines, not the view.
        False when the whole view has to be redrawn."""
        layout = self._layout
        if (
            layout is None
            or round(self.scroll_y) != top
            or self.selection is not None
            or self._last_selection is not None
        ):
            return False
        rows = {layout.line_of(old), layout.line_of(new)}
        for row in rows | {row - 1 for row in rows} | {row + 1 for row in rows}:
            if 0 <= row < layout.height:
                self.refresh_line(row)
        return True

    def _scroll_to_cursor(self) -> None:
        layout = self._layout
        if layout is None:
            return
        y = layout.line_of(self.cursor)
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if y < top:
            self.scroll_to(y=y, animate=False, immediate=True)
        elif height and y >= top + height:
            self.scroll_to(y=y - height + 1, animate=False, immediate=True)

    def _selection_moved(self) -> None:
        if self.selection is not None or self._last_selection is not None:
            self.refresh()  # the rows it covered and covers now
        self._post_selection_if_changed()

    def _post_selection_if_changed(self) -> None:
        selection = self.selection
        if selection != self._last_selection:
            if (selection is None) != (self._last_selection is None) and self.is_mounted:
                self.refresh_bindings()  # escape is bound only while there is a selection
            self._last_selection = selection
            self.post_message(self.SelectionChanged(selection))

    # Mouse selection (Textual's own; see textual/widgets/_log.py) -------------------------

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        if self._layout is None:
            return None
        start = 0 if selection.start is None else self._offset_for_point(*selection.start)
        end = len(self._text) if selection.end is None else self._offset_for_point(*selection.end)
        return self._text[start:end], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        if selection is not None:
            self._anchor = None
        self.refresh()
        # Called from the screen's own handler: a message made there would count the screen
        # as its sender and stop bubbling at it, so post from this widget's queue instead.
        self.call_next(self._post_selection_if_changed)

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the character under the pointer."""
        if self._layout is None or event.chain != 1:
            return
        widget, point = self.screen.get_widget_and_offset_at(event.screen_x, event.screen_y)
        if widget is self and point is not None:
            self.move_cursor(self._offset_for_point(*point))

    def _offset_for_point(self, x: int, y: int) -> int:
        """The text offset of a cell offset ``(x, y)`` carried in the rows' ``offset`` meta."""
        layout = self._layout
        assert layout is not None
        y = min(max(0, y), layout.height - 1)
        line = layout.lines[y]
        if line.kind is not LineKind.TEXT:
            return layout.offset_of_line(y)
        return line.start + min(max(0, x), line.end - line.start)

    # Layout -------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.set_class(self.app.no_color or "NO_COLOR" in os.environ, "-no-color")

    def on_resize(self) -> None:
        self._relayout()

    def watch_show_boilerplate(self) -> None:
        self._relayout()

    def _available_width(self) -> int:
        width = self.scrollable_content_region.width
        if width <= 0 and self.is_attached:
            # Not laid out yet (an article just opened): wrap for the terminal's width, so
            # that the first frame has text in it rather than an empty column and a second
            # frame after the resize. The resize re-wraps only if the column came out wider.
            width = self.app.size.width - self.styles.scrollbar_size_vertical
        return width

    @staticmethod
    def column_width_in(terminal_width: int) -> int:
        """The column an article opened full width in such a terminal will have (the view's
        scrollbar takes one cell): what to wrap an article for ahead of time."""
        return column_width_for(terminal_width - 1)

    def _relayout(self) -> None:
        """Wrap the text to the column that fits now, keeping the reading position on top."""
        available = self._available_width()
        if available <= 0:
            return
        width = column_width_for(available)
        margin = (available - width) // 2
        layout = self._layout
        if (margin, available) != (self._margin, self._row_width):
            self._margin, self._row_width = margin, available
            self._row_cache.clear()
        if (
            layout is not None
            and layout.width == width
            and layout.show_boilerplate == self.show_boilerplate
        ):
            self.virtual_size = Size(available, layout.height)
            self.refresh()
            return  # the column only moved sideways: no need to wrap again
        top = self.offset_at_top()
        ready, self._ready_layout = self._ready_layout, None
        if (
            ready is not None
            and ready.source is self._text
            and ready.width == width
            and ready.show_boilerplate == self.show_boilerplate
        ):
            self._layout = ready
        else:
            self._layout = TextLayout(self._text, width, self._boilerplate, self.show_boilerplate)
        self._row_cache.clear()
        self.virtual_size = Size(available, self._layout.height)
        self.scroll_to(y=self._layout.line_of(top), animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._layout is None:
            return
        top = self.offset_at_top()
        if top != self._last_top:
            self._last_top = top
            self.post_message(self.PositionChanged(top))

    # Drawing ------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache.clear()
        self._row_cache.clear()

    def _forget_rows_where(self, changed: Callable[[int, int], bool]) -> None:
        """Drop the cached rows of text for which ``changed(start, end)`` holds.

        Only cached rows are checked (a few screens at most), so a change to a layer of
        20,000 spans costs a few hundred lookups, not a comparison of the whole layer.
        """
        layout = self._layout
        if layout is None:
            return
        lines = layout.lines
        for y in list(self._row_cache.keys()):
            line = lines[y]
            if line.kind is LineKind.TEXT and changed(line.start, line.end):
                self._row_cache.discard(y)

    def _base_style(self) -> Style:
        """The widget's own style; looked up once, as ``rich_style`` walks the DOM each time."""
        style = self._style_cache.get(())
        if style is None:
            style = self._style_cache[()] = self.rich_style
        return style

    def _style_for(self, names: tuple[str, ...]) -> Style:
        style = self._style_cache.get(names)
        if style is None:
            style = self._base_style()
            for name in names:
                style += self.get_component_rich_style(
                    _PREFIX + name, partial=True, default=Style.null()
                )
            self._style_cache[names] = style
        return style

    def render_line(self, y: int) -> Strip:
        return self._render_row(round(self.scroll_y) + y)

    def _render_row(self, y: int) -> Strip:
        layout = self._layout
        width = self._row_width
        if layout is None or y >= layout.height or y < 0:
            return Strip.blank(width, self._base_style())
        line = layout.lines[y]
        key: _RowKey = (None, None)
        if line.kind is LineKind.TEXT:
            cursor = self.cursor
            on_line = line.start <= cursor < line.end or (cursor == line.start == line.end)
            selection = self.selection
            overlap = None
            if selection is not None:
                low, high = max(selection[0], line.start), min(selection[1], line.end)
                if low < high:
                    overlap = (low, high)
            key = (cursor if on_line else None, overlap)
        cached = self._row_cache.get(y)
        if cached is not None and cached[0] == key:
            return cached[1]
        if line.kind is LineKind.TEXT:
            strip = self._draw_text_row(y, key, width)
        else:
            strip = self._draw_plain_row(y, width)
        self._row_cache[y] = (key, strip)
        return strip

    def _draw_plain_row(self, y: int, width: int) -> Strip:
        """A blank row, or a row of revealed boilerplate (dimmed, outside the text offsets)."""
        layout = self._layout
        assert layout is not None
        base = self._base_style()
        meta = _offset_meta(0, y)  # any cell of the row maps to where the text resumes
        shown = layout.line_string(y)
        shown = shown[: fit_end(shown, 0, len(shown), layout.width)]
        segments = [Segment(" " * self._margin, base + meta)]
        if shown:
            segments.append(Segment(shown, self._style_for((_BOILERPLATE,)) + meta))
        used = self._margin + cells_between(shown, 0, len(shown))
        segments.append(Segment(" " * max(0, width - used), base + meta))
        return Strip(segments, max(width, used))

    def _draw_text_row(self, y: int, key: _RowKey, width: int) -> Strip:
        layout = self._layout
        assert layout is not None
        line = layout.lines[y]
        text = layout.text
        start = line.start
        end = fit_end(text, start, len(layout.line_string(y)) + start, layout.width)
        shown = text[start:end]
        names: list[tuple[str, ...]] = [()] * len(shown)
        for layer in LAYER_ORDER:
            index = self._layers.get(layer)
            if index is None or layer in self._hidden_layers:
                continue
            for span in index.overlapping(start, end):
                for position in range(max(span.start, start), min(span.end, end)):
                    names[position - start] += (span.style,)
        cursor, overlap = key
        if overlap is not None:
            for position in range(overlap[0], min(overlap[1], end)):
                names[position - start] += (_SELECTION,)
        extra_cell = ""
        if cursor is not None:
            if cursor < end:
                names[cursor - start] += (_CURSOR,)
            elif cells_between(shown, 0, len(shown)) < layout.width:
                extra_cell = " "  # the cursor sits on a break or a newline: draw it after the text
                names.append((_CURSOR,))
            elif names:
                names[-1] += (_CURSOR,)
        shown += extra_cell

        base = self._base_style()
        segments = [Segment(" " * self._margin, base + _offset_meta(-self._margin, y))]
        run_start = 0
        for position in range(1, len(shown) + 1):
            if position == len(shown) or names[position] != names[run_start]:
                style = self._style_for(names[run_start]) + _offset_meta(run_start, y)
                segments.append(Segment(shown[run_start:position], style))
                run_start = position
        used = self._margin + cells_between(shown, 0, len(shown))
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        return Strip(segments, max(width, used))


def _offset_meta(x: int, y: int) -> Style:
    """The ``offset`` meta Textual's mouse selection reads to find a cell's place in the text."""
    return Style.from_meta({"offset": (x, y)})
