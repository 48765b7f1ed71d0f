"""A table of many rows drawn line by line: only the rows on screen are ever rendered.

Textual's DataTable measures and stores every cell of every row, which made a library of
10,000 articles take seconds to show and each filter keystroke hundreds of milliseconds.
Here the rows are a plain list and ``render_line`` builds the few visible ones, so replacing
the rows costs next to nothing. It looks like a DataTable (it reuses DataTable's component
classes) and keeps the parts of its API the library uses: ``row_count``, ``cursor_row``,
``move_cursor``, ``get_row_index``, ``get_row_at``, and the ``RowSelected`` and
``HeaderSelected`` messages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

CELL_PADDING = 1
# The flex column gives up width down to this before the table scrolls sideways: in a
# 120-column terminal every column is then in view, with the titles cut a little shorter.
MIN_FLEX_WIDTH = 24
_LINE_CACHE_SIZE = 400


@dataclass(frozen=True, slots=True)
class TableColumn:
    key: str
    label: str
    width: int


Cell = Text | str


class ArticleTable(ScrollView, can_focus=True):
    """Rows of any objects, shown through ``cells_of``; ``key_of`` names each row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "datatable--header",
        "datatable--cursor",
        "datatable--even-row",
        "datatable--odd-row",
    }

    DEFAULT_CSS = """
    ArticleTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .datatable--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .datatable--header { background-tint: $foreground 5%; }
        }
        &:dark > .datatable--even-row { background: $surface-darken-1 40%; }
        & > .datatable--header { text-style: bold; background: $panel; color: $foreground; }
        &:ansi > .datatable--header { background: ansi_bright_blue; color: ansi_default; }
        & > .datatable--even-row { background: $surface-lighten-1 50%; }
        & > .datatable--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Select", show=False),
        # j and k as in the reader: the same fingers move through the library and the text.
        Binding("up,k", "cursor_up", "Cursor up", show=False),
        Binding("down,j", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home,g", "first_row", "First", show=False),
        Binding("end,ctrl+end,G", "last_row", "Last", show=False),
        Binding("left", "scroll_left", "Scroll left", show=False),
        Binding("right", "scroll_right", "Scroll right", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class RowSelected(Message):
        """Enter, or a click on the row under the cursor."""

        def __init__(self, table: ArticleTable, row_key: str, cursor_row: int) -> None:
            super().__init__()
            self.table = table
            self.row_key = row_key
            self.cursor_row = cursor_row

        @property
        def control(self) -> ArticleTable:
            return self.table

    class RowHighlighted(Message):
        """The cursor came to rest on another row (or the rows changed under it)."""

        def __init__(self, table: ArticleTable, row_key: str) -> None:
            super().__init__()
            self.table = table
            self.row_key = row_key

        @property
        def control(self) -> ArticleTable:
            return self.table

    class HeaderSelected(Message):
        """A column's label was clicked."""

        def __init__(self, table: ArticleTable, column_key: str) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key

        @property
        def control(self) -> ArticleTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[TableColumn],
        cells_of: Callable[[Any], Sequence[Cell]],
        key_of: Callable[[Any], str],
        *,
        zebra_stripes: bool = True,
        flex: str | None = None,
        id: str | None = None,
    ) -> None:
        """``flex``: the key of a column that widens to fill the table's width."""
        super().__init__(id=id)
        self.columns = list(columns)
        self.flex = flex
        self._base_widths = {column.key: column.width for column in columns}
        self.cells_of = cells_of
        self.key_of = key_of
        self.zebra_stripes = zebra_stripes
        self._rows: Sequence[Any] = []
        self._keys: list[str] | None = []
        self._index_of: dict[str, int] | None = {}
        self._line_cache: LRUCache[tuple[Any, ...], Strip] = LRUCache(_LINE_CACHE_SIZE)
        self._style_cache: dict[tuple[str, ...], Style] = {}
        self._total_width = self._columns_width()

    # -- data ----------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> Sequence[Any]:
        return self._rows

    def set_rows(self, rows: Sequence[Any], cursor_key: str | None = None) -> None:
        """Show ``rows`` instead, with the cursor on ``cursor_key`` when it is among them."""
        self._rows = rows
        self._keys = None
        self._index_of = None
        self.virtual_size = Size(self._total_width, len(rows) + 1)
        key_of = self.key_of
        position = next((index for index, row in enumerate(rows) if key_of(row) == cursor_key), 0)
        self.move_cursor(row=position)
        self.refresh()

    def set_column_labels(self, labels: dict[str, str]) -> None:
        self.columns = [
            TableColumn(c.key, labels.get(c.key, c.label), c.width) for c in self.columns
        ]
        self.refresh_line(0)

    def get_row_index(self, key: str | None) -> int | None:
        """The position of the row with this key, or None when it is not shown."""
        if self._index_of is None:
            self._index_of = {k: i for i, k in enumerate(self.row_keys)}
        return self._index_of.get(key) if key is not None else None

    @property
    def row_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [self.key_of(row) for row in self._rows]
        return self._keys

    def get_row_at(self, index: int) -> list[Cell]:
        return list(self.cells_of(self._rows[index]))

    @property
    def cursor_key(self) -> str | None:
        if not self._rows:
            return None
        return self.key_of(self._rows[self.cursor_row])

    # -- the cursor ----------------------------------------------------------------------

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        self.cursor_row = max(0, min(row, len(self._rows) - 1))
        if scroll:
            self._scroll_to_cursor()

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        if self._rows:
            self.post_message(self.RowHighlighted(self, self.row_keys[new]))

    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_to_cursor(self) -> None:
        visible = self._page_rows()
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def action_select_cursor(self) -> None:
        if self._rows:
            self.post_message(
                self.RowSelected(self, self.row_keys[self.cursor_row], self.cursor_row)
            )

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._page_rows())

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._page_rows())

    def action_first_row(self) -> None:
        self.move_cursor(row=0)

    def action_last_row(self) -> None:
        self.move_cursor(row=len(self._rows) - 1)

    def on_click(self, event: events.Click) -> None:
        x = event.x + round(self.scroll_x)
        if event.y == 0:
            column = self._column_at(x)
            if column is not None:
                self.post_message(self.HeaderSelected(self, column.key))
            return
        row = round(self.scroll_y) + event.y - 1
        if not 0 <= row < len(self._rows):
            return
        if row == self.cursor_row:
            self.post_message(self.RowSelected(self, self.row_keys[row], row))
        else:
            self.move_cursor(row=row)

    def _column_at(self, x: int) -> TableColumn | None:
        left = 0
        for column in self.columns:
            left += column.width + 2 * CELL_PADDING
            if x < left:
                return column
        return None

    def on_resize(self) -> None:
        self._fit_flex_column()

    def _fit_flex_column(self) -> None:
        if self.flex not in self._base_widths:
            return
        fixed = sum(w + 2 * CELL_PADDING for k, w in self._base_widths.items() if k != self.flex)
        room = self.scrollable_content_region.width - fixed - 2 * CELL_PADDING
        width = max(min(self._base_widths[self.flex], MIN_FLEX_WIDTH), room)
        if all(c.width == width for c in self.columns if c.key == self.flex):
            return
        self.columns = [
            TableColumn(c.key, c.label, width if c.key == self.flex else c.width)
            for c in self.columns
        ]
        self._total_width = self._columns_width()
        self.virtual_size = Size(self._total_width, len(self._rows) + 1)
        self._line_cache.clear()
        self.refresh()

    # -- drawing -------------------------------------------------------------------------

    def _columns_width(self) -> int:
        return sum(column.width + 2 * CELL_PADDING for column in self.columns)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache.clear()
        self._line_cache.clear()

    def _on_focus(self, event: events.Focus) -> None:
        self._style_cache.clear()
        self._line_cache.clear()

    def _on_blur(self, event: events.Blur) -> None:
        self._style_cache.clear()
        self._line_cache.clear()

    def _style(self, *components: str) -> Style:
        """The style of a row made of these component classes, as DataTable combines them."""
        style = self._style_cache.get(components)
        if style is None:
            style = self.rich_style if not components else Style()
            for component in components:
                style += self.get_component_styles(component).rich_style
            self._style_cache[components] = style
        return style

    def render_line(self, y: int) -> Strip:
        scroll_x = round(self.scroll_x)
        width = self.scrollable_content_region.width
        view = (scroll_x, width)
        if y == 0:
            labels = [Text(column.label) for column in self.columns]
            key: tuple[Any, ...] = ("header", tuple(c.label for c in self.columns), view)
            return self._cached_line(key, lambda: self._draw(labels, ("datatable--header",)))
        row = round(self.scroll_y) + y - 1
        if not 0 <= row < len(self._rows):
            return Strip.blank(width, self._style())
        components = self._row_components(row)
        item = self._rows[row]
        # Keyed on the row's value, not its place: after a filter keystroke most rows
        # on screen are ones already drawn.
        return self._cached_line(
            ("row", item, components, view), lambda: self._draw(self.cells_of(item), components)
        )

    def _row_components(self, row: int) -> tuple[str, ...]:
        components: tuple[str, ...] = ()
        if self.zebra_stripes:
            components = ("datatable--even-row" if row % 2 == 0 else "datatable--odd-row",)
        if row == self.cursor_row:
            components += ("datatable--cursor",)
        return components

    def _cached_line(self, key: tuple[Any, ...], draw: Callable[[], Strip]) -> Strip:
        """The line cropped to the view ``key`` ends with, drawn only when not cached."""
        strip = self._line_cache.get(key)
        if strip is None:
            scroll_x, width = key[-1]
            strip = draw().crop_extend(scroll_x, scroll_x + width, self._style())
            self._line_cache[key] = strip
        return strip

    def _draw(self, cells: Sequence[Cell], components: tuple[str, ...]) -> Strip:
        base = self._style(*components)
        console = self.app.console
        padding = Segment(" " * CELL_PADDING, base)
        segments: list[Segment] = []
        for column, cell in zip(self.columns, cells, strict=False):
            text = cell.copy() if isinstance(cell, Text) else Text(cell)
            text.no_wrap = True
            text.truncate(column.width, overflow="ellipsis")
            room = column.width - text.cell_len
            if text.justify == "right":
                text.pad_left(room)
            else:
                text.pad_right(room)
            segments.append(padding)
            style = base + console.get_style(text.style) if text.style else base
            segments += Segment.apply_style(text.render(console), style)
            segments.append(padding)
        return Strip(segments, self._total_width).simplify()
