"""The library: every article in a sortable, filterable table."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from reader.dialogs.confirm import ConfirmDialog
from reader.dialogs.import_dialog import ImportDialog
from reader.dialogs.tag_editor import TagEditor
from reader.heap import settle
from reader.screens.store_errors import guarded, reports_store_errors
from reader.search_index import WordIndex
from reader.store import ArticleSummary, DeletedArticle, StoreError
from reader.textsafety import one_line
from reader.widgets.article_table import ArticleTable, TableColumn
from reader.widgets.filter_box import FilterBox
from reader.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.app import ReaderApp


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    sort_key: Callable[[ArticleSummary], Any]
    cell: Callable[[ArticleSummary], Text | str]
    width: int | None = None


def _progress_cell(summary: ArticleSummary) -> Text:
    percent = round(summary.progress * 100)
    return Text(f"{percent:3d}%", style="dim" if percent == 0 else "")


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", lambda s: s.title.casefold(), lambda s: one_line(s.title), 48),
    Column("source", "Source", lambda s: (s.source or "").casefold(),
           lambda s: one_line(s.source or ""), 16),
    Column("date", "Date", lambda s: s.published or "", lambda s: (s.published or "")[:10], 10),
    Column("words", "Words", lambda s: s.word_count,
           lambda s: Text(f"{s.word_count:,}", justify="right"), 7),
    Column("time", "Min", lambda s: s.reading_minutes,
           lambda s: Text(str(s.reading_minutes), justify="right"), 4),
    Column("progress", "Read", lambda s: s.progress, _progress_cell, 5),
    Column("highlights", "Notes", lambda s: s.highlight_count,
           lambda s: Text(str(s.highlight_count or ""), justify="right"), 5),
    Column("tags", "Tags", lambda s: ",".join(s.tags).casefold(),
           lambda s: one_line(", ".join(s.tags)), 18),
)  # fmt: skip
COLUMN_KEYS = [column.key for column in COLUMNS]


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def metadata_words(summary: ArticleSummary) -> str:
    return " ".join(filter(None, [summary.title, summary.source, summary.byline, *summary.tags]))


def summary_cells(summary: ArticleSummary) -> list[Text | str]:
    return [column.cell(summary) for column in COLUMNS]


FIRST_FRAME_WAIT_SECONDS = 2.0
# How long the cursor rests on an article before it is read ahead: passing over rows on the
# way somewhere reads nothing.
PREPARE_AFTER_SECONDS = 0.25
# After the first refresh the frame still has to reach the terminal, from Textual's writer
# thread; parsing the highlights holds the GIL for a quarter of a second and would hold
# that write up, so background work waits a little longer.
FRAME_WRITE_SECONDS = 0.3


class LibraryScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="library.open"),
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("f", "tag_filter", "Tag filter", id="library.tag_filter"),
        Binding("s", "sort_next", "Sort", id="library.sort"),
        Binding("S", "sort_reverse", "Reverse", show=False, id="library.sort_reverse"),
        Binding("i", "import", "Import", id="library.import"),
        Binding("t", "tags", "Tags", id="library.tags"),
        Binding("d", "delete", "Delete", id="library.delete"),
        Binding("u", "undo", "Undo", id="library.undo"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
        Binding("q", "app.quit", "Quit", id="library.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[ArticleSummary] = []
        self.sort_column = "date"
        self.sort_reverse = True
        self.filter_text = ""
        self.tag_filter: str | None = None
        self.deleted: list[DeletedArticle] = []
        self.text_index: WordIndex | None = None
        self._sorted: list[ArticleSummary] | None = None
        self._sorted_ids: list[str] = []
        self._metadata_index: WordIndex | None = None
        self._first_frame_drawn = threading.Event()
        self._prepare_timer: Timer | None = None

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        columns = [TableColumn(c.key, c.label, c.width or 10) for c in COLUMNS]
        yield ArticleTable(columns, summary_cells, lambda s: s.id, flex="title", id="articles")
        yield FilterBox(
            self._filter_changed, placeholder="Filter by title, source, tags or text", id="filter"
        )
        yield Static(id="status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#filter").display = False
        self.reload()
        self.query_one(ArticleTable).focus()
        self.call_after_refresh(self.set_timer, FRAME_WRITE_SECONDS, self._first_frame_shown)
        self.build_text_index()

    def _first_frame_shown(self) -> None:
        settle()  # what start-up built lives as long as the app
        self._first_frame_drawn.set()

    # -- data ----------------------------------------------------------------------------

    @reports_store_errors
    def reload(self) -> None:
        """Read the article list again from the store, keeping the cursor's article."""
        self.summaries = self.reader_app.store.list_articles()
        self._sorted = None
        self._metadata_index = None
        self._show()

    def _sorted_summaries(self) -> list[ArticleSummary]:
        if self._sorted is None:
            column = next(c for c in COLUMNS if c.key == self.sort_column)
            self._sorted = sorted(self.summaries, key=column.sort_key, reverse=self.sort_reverse)
            self._sorted_ids = [summary.id for summary in self._sorted]
        return self._sorted

    def _metadata(self) -> WordIndex:
        if self._metadata_index is None:
            self._metadata_index = WordIndex()
            self._metadata_index.add_many((s.id, metadata_words(s)) for s in self.summaries)
        return self._metadata_index

    def visible_summaries(self) -> list[ArticleSummary]:
        rows = self._sorted_summaries()
        ids = self._sorted_ids
        if self.tag_filter:
            rows = [s for s in rows if self.tag_filter in s.tags]
            ids = [s.id for s in rows]
        if self.filter_text.strip():
            wanted = self._metadata().matching(self.filter_text) or set()
            if self.text_index is not None:
                wanted = wanted | (self.text_index.matching(self.filter_text) or set())
            rows = list(compress(rows, map(wanted.__contains__, ids)))
        return rows

    def _show(self) -> None:
        table = self.query_one(ArticleTable)
        rows = self.visible_summaries()
        table.set_rows(rows, cursor_key=table.cursor_key)
        labels = {}
        for column in COLUMNS:
            marker = ""
            if column.key == self.sort_column:
                marker = " ▼" if self.sort_reverse else " ▲"
            labels[column.key] = column.label + marker
        table.set_column_labels(labels)
        self._update_status(len(rows))

    def move_cursor_to(self, article_id: str) -> None:
        table = self.query_one(ArticleTable)
        position = table.get_row_index(article_id)
        if position is not None:
            table.move_cursor(row=position)

    def _update_status(self, shown: int) -> None:
        store = self.reader_app.store
        total = len(self.summaries)
        highlights = store.annotation_count()
        parts = [plural(total, "article"), plural(highlights, "highlight")]
        if shown != total:
            parts.insert(1, f"{shown} shown")
        if self.tag_filter:
            parts.append(f"tag: {one_line(self.tag_filter)}")
        if self.filter_text:
            parts.append(f"filter: {one_line(self.filter_text)}")
        parts.append(str(store.path))
        self.query_one("#status", Static).update(Text("  ·  ".join(parts)), layout=False)

    @work(thread=True, exclusive=True, group="text-index")
    def build_text_index(self) -> None:
        # Indexing holds the GIL for seconds on a big library: let the first frame go first.
        self._first_frame_drawn.wait(FIRST_FRAME_WAIT_SECONDS)
        # Kept out of start-up, loaded here so that the first `enter` doesn't pay for it.
        import reader.screens.reader_screen  # noqa: F401

        try:
            self.reader_app.store.load_deferred()
        except StoreError as error:  # said now, and again by whatever needs the highlights
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
        summaries = self.summaries
        metadata = WordIndex()
        metadata.add_many((s.id, metadata_words(s)) for s in summaries)
        metadata.prepare()
        settle()  # the library's metadata and highlights: out of every later collection
        self.app.call_from_thread(self._metadata_index_ready, summaries, metadata)
        store = self.reader_app.store
        index = WordIndex()
        worker = get_current_worker()
        for summary in list(summaries):
            if worker.is_cancelled:
                return  # quitting: don't hold the exit up for seconds
            try:
                index.add(summary.id, store.article_text(summary.id))
            except Exception:  # a missing text: the title still finds it
                continue
        index.prepare()
        settle()
        self.app.call_from_thread(self._text_index_ready, index)

    def _metadata_index_ready(self, summaries: list[ArticleSummary], index: WordIndex) -> None:
        if summaries is self.summaries and self._metadata_index is None:
            self._metadata_index = index

    def _text_index_ready(self, index: WordIndex) -> None:
        self.text_index = index
        if self.filter_text:
            self._show()

    def current_article_id(self) -> str | None:
        return self.query_one(ArticleTable).cursor_key

    # -- reading ahead -------------------------------------------------------------------

    @on(ArticleTable.RowHighlighted)
    def _row_highlighted(self, event: ArticleTable.RowHighlighted) -> None:
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
        self._prepare_timer = self.set_timer(
            PREPARE_AFTER_SECONDS, partial(self.read_ahead, event.row_key)
        )

    @work(thread=True, exclusive=True, group="read-ahead")
    def read_ahead(self, article_id: str) -> None:
        """Read and wrap the article the cursor rests on, so that `enter` only shows it
        (the 100,000-word article: about 30 ms of the 110 it took to open)."""
        # Here, not at the top: the reader's modules stay out of start-up.
        from reader.prepared import prepare_article
        from reader.widgets.article_view import ArticleView

        app = self.reader_app
        if app.prepared is not None and app.prepared.article.id == article_id:
            return
        column = ArticleView.column_width_in(app.size.width)
        try:
            prepared = prepare_article(app.store, article_id, column)
        except Exception:  # work done ahead must never stop the app; opening it will say why
            return
        if not get_current_worker().is_cancelled:
            app.call_from_thread(setattr, app, "prepared", prepared)

    # -- actions -------------------------------------------------------------------------

    @on(ArticleTable.RowSelected)
    def _row_selected(self, event: ArticleTable.RowSelected) -> None:
        self.action_open()

    @reports_store_errors
    def action_open(self) -> None:
        article_id = self.current_article_id()
        if article_id is not None:
            self.reader_app.open_article(article_id)

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.value = self.filter_text
        box.focus()

    def _filter_changed(self, value: str) -> None:
        if value != self.filter_text:
            self.filter_text = value
            self._show()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(ArticleTable).focus()
        if not event.value:
            self.query_one("#filter").display = False

    def action_clear_filter(self) -> None:
        self.filter_text = ""
        self.tag_filter = None
        box = self.query_one("#filter", Input)
        box.value = ""
        box.display = False
        self.query_one(ArticleTable).focus()
        self._show()

    def action_tag_filter(self) -> None:
        def chosen(tags: list[str] | None) -> None:
            if tags is not None:
                self.tag_filter = tags[0] if tags else None
                self._show()

        known = self.reader_app.store.all_tags()
        current = [self.tag_filter] if self.tag_filter else []
        self.app.push_screen(
            TagEditor("the filter (empty shows all)", current, known), guarded(self, chosen)
        )

    def action_sort_next(self) -> None:
        index = (COLUMN_KEYS.index(self.sort_column) + 1) % len(COLUMN_KEYS)
        self.sort_by(COLUMN_KEYS[index])

    def action_sort_reverse(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self._sorted = None
        self._show()

    def sort_by(self, key: str) -> None:
        if key == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column = key
            self.sort_reverse = key in ("date", "words", "time", "progress", "highlights")
        self._sorted = None
        self._show()

    @on(ArticleTable.HeaderSelected)
    def _header_selected(self, event: ArticleTable.HeaderSelected) -> None:
        self.sort_by(event.column_key)

    @reports_store_errors
    def action_import(self) -> None:
        def chosen(path: Path | None) -> None:
            if path is not None:
                self.import_path(path)

        self.app.push_screen(ImportDialog(), guarded(self, chosen))

    @work(thread=True, exclusive=True, group="import")
    def import_path(self, path: Path) -> None:
        from reader.ingest import import_paths

        report = import_paths(self.reader_app.store, [path], parse_elsewhere=True)
        self.app.call_from_thread(self._imported, report)

    def _imported(self, report: Any) -> None:
        severity = "warning" if report.failures else "information"
        lines = [f"Import: {report.summary()}."]
        lines += [one_line(str(failure)) for failure in report.failures[:5]]
        self.notify("\n".join(lines), severity=severity, timeout=8, markup=False)
        self.reload()
        self.build_text_index()

    @reports_store_errors
    def action_tags(self) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        store = self.reader_app.store
        meta = store.article_meta(article_id)

        def saved(tags: list[str] | None) -> None:
            if tags is not None:
                store.set_article_tags(article_id, tags)
                self.reload()

        subject = f"“{one_line(meta['title'])[:40]}”"
        self.app.push_screen(TagEditor(subject, meta.get("tags", []), store.all_tags()), saved)

    @reports_store_errors
    def action_delete(self) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        store = self.reader_app.store
        title = one_line(store.article_meta(article_id)["title"])
        count = len(store.annotations_for(article_id))

        def answered(yes: bool | None) -> None:
            if yes:
                self.deleted.append(store.delete_article(article_id))
                self.reload()
                self.notify(f"Deleted “{title[:40]}” (u to undo).", timeout=4, markup=False)

        notes = f" and its {count} highlight(s)" if count else ""
        self.app.push_screen(
            ConfirmDialog(f"Delete “{title}”{notes}?", yes="Delete"), guarded(self, answered)
        )

    @reports_store_errors
    def action_undo(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo.")
            return
        deleted = self.deleted.pop()
        self.reader_app.store.undelete(deleted)
        self.reload()
        self.move_cursor_to(deleted.meta["id"])
        self.notify("Article and its highlights restored.", timeout=3)
