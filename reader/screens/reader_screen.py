"""One article: the text with quotes, entities and highlights, annotated from the keyboard."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from reader.dialogs.note_editor import NoteEditor
from reader.dialogs.tag_editor import TagEditor
from reader.library.article import Article, reading_minutes
from reader.screens.store_errors import guarded, reports_store_errors
from reader.store import Annotation
from reader.textsafety import one_line
from reader.undo import UndoStack
from reader.widgets.article_view import ArticleView
from reader.widgets.key_bar import KeyBar
from reader.widgets.side_panel import SidePanel
from reader.widgets.styled_spans import StyledSpan
from reader.widgets.text_layout import TextLayout

if TYPE_CHECKING:
    from reader.app import ReaderApp

LAYERS = ("quotes", "entities", "highlights")
POSITION_SAVE_DELAY = 0.5
DETECT_DELAY = 0.3  # after the first frame has been written to the terminal, too


class ReaderScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "highlight", "Highlight", id="reader.highlight"),
        Binding("a", "note", "Note", id="reader.note"),
        Binding("t", "tags", "Tags", id="reader.tags"),
        Binding("x", "delete_highlight", "Delete hl", show=False, id="reader.delete_highlight"),
        Binding("u", "undo", "Undo", show=False, id="reader.undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="reader.redo"),
        Binding("y", "copy", "Copy", show=False, id="reader.copy"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("n", "search_next", "Next match", show=False, id="reader.search_next"),
        Binding("N", "search_previous", "Prev match", show=False, id="reader.search_previous"),
        Binding("p", "toggle_panel", "Panel", id="reader.panel"),
        Binding("B", "toggle_boilerplate", "Boilerplate", show=False, id="reader.boilerplate"),
        Binding("1", "toggle_layer('quotes')", "Quotes", show=False, id="reader.layer_quotes"),
        Binding(
            "2", "toggle_layer('entities')", "Entities", show=False, id="reader.layer_entities"
        ),
        Binding("3", "toggle_layer('highlights')", "Highlights", show=False, id="reader.layer_hl"),
        Binding("e", "export", "Export", show=False, id="reader.export"),
        Binding("escape,q", "back", "Library", id="reader.back"),
    ]

    class AnnotationsChanged(Message):
        """This screen changed the store: the library's counts are out of date."""

    def __init__(self, article: Article, layout: TextLayout | None = None) -> None:
        """``layout``: the article's text already wrapped, when the library read it ahead."""
        super().__init__()
        self.article = article
        self._ready_layout = layout
        self.detection: Any = None
        self.annotations: list[Annotation] = []
        self.undo_stack = UndoStack()
        self.search_query = ""
        self.search_matches: list[tuple[int, int]] = []
        self._position_timer: Any = None
        self._panel_stale = True
        self.content_hash: str | None = None

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    @property
    def store(self):
        return self.reader_app.store

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="column"):
                yield Static(self._header_text(), id="header")
                yield Static(id="legend")
                yield ArticleView(id="article")
            # The side panel and the search box are mounted when first used: every widget
            # composed here adds to a long article's first frame.
        yield KeyBar()

    @property
    def word_count(self) -> int:
        # The store counted the words on import; counting a long text again costs a frame.
        counted = self.store.article_meta(self.article.id).get("word_count")
        return int(counted) if counted is not None else self.article.word_count

    def _header_text(self) -> Text:
        article = self.article
        header = Text(one_line(article.title), style="bold")
        details = [
            one_line(part)
            for part in (
                article.byline,
                (article.published or "")[:10] or None,
                article.source,
                f"{self.word_count:,} words · {reading_minutes(self.word_count)} min",
            )
            if part
        ]
        header.append("\n" + "  ·  ".join(details), style="dim")
        return header

    def on_mount(self) -> None:
        self.content_hash = self.store.article_meta(self.article.id).get("content_hash")
        view = self.query_one(ArticleView)
        position = self.store.reading_position(self.article.id)
        view.set_article(
            self.article.text,
            self.article.boilerplate,
            position=position,
            layout=self._ready_layout,
        )
        self._ready_layout = None
        view.focus()
        self._reload_annotations()
        self._update_legend()
        self.detect()

    # -- detection -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="detect")
    def detect(self) -> None:
        # Detection holds the GIL for a long article: let the first frame reach the terminal
        # first (sleeping here holds nothing, and waiting for the worker still waits for it).
        time.sleep(DETECT_DELAY)
        if get_current_worker().is_cancelled:
            return
        try:
            from reader.analysis import detection_for

            detection = detection_for(self.store, self.article, self.content_hash)
        except Exception as error:  # the text is still worth reading without highlights
            message = f"Quote and entity detection failed: {type(error).__name__}: {error}"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        self.app.call_from_thread(self._show_detection, detection)

    def _show_detection(self, detection: Any) -> None:
        self.detection = detection
        view = self.query_one(ArticleView)
        view.set_spans("quotes", [StyledSpan(q.start, q.end, "quote") for q in detection.quotes])
        view.set_spans(
            "entities",
            [StyledSpan(e.start, e.end, f"entity-{e.label.lower()}") for e in detection.entities],
        )
        self._panel_stale = True
        self._fill_panel_if_shown()
        self._update_legend()

    # -- annotations ---------------------------------------------------------------------

    def _reload_annotations(self) -> None:
        self.annotations = self.store.annotations_for(self.article.id)
        spans = [
            StyledSpan(a.start, a.end, "highlight-note" if a.note else "highlight")
            for a in self.annotations
            if not a.orphan
        ]
        self.query_one(ArticleView).set_spans("highlights", spans)
        self._panel_stale = True
        self._fill_panel_if_shown()

    def _fill_panel_if_shown(self) -> None:
        """The side panel's lists are built when it is open: a long article's quote and entity
        lists cost more than its first frame may."""
        panel = self.panel
        if panel is None or not (panel.display and self._panel_stale):
            return
        self._panel_stale = False
        if self.detection is not None:
            panel.show_detection(self.article.text, self.detection)
        panel.show_notes(self.article.text, self.annotations)

    @reports_store_errors
    def refresh_from_store(self) -> None:
        """Another process changed the library: show its changes, new text included."""
        if not self.store.has_article(self.article.id):
            return
        meta = self.store.article_meta(self.article.id)
        if meta.get("content_hash") != self.content_hash:
            self._show_new_text()
        self._reload_annotations()

    def _show_new_text(self) -> None:
        """The article was re-imported elsewhere: read on in its new text, keeping the place."""
        view = self.query_one(ArticleView)
        place = view.offset_at_top()
        self.article = self.store.load_article(self.article.id)
        self.content_hash = self.store.article_meta(self.article.id).get("content_hash")
        self.detection = None
        self.undo_stack = UndoStack()  # its steps hold offsets into the old text
        view.set_article(self.article.text, self.article.boilerplate, position=place)
        self.query_one("#header", Static).update(self._header_text())
        if self.search_query:
            self._set_search(self.search_query)
        self._update_legend()
        self.detect()
        self.notify("This article changed on disk; showing its new version.", timeout=4)

    def _changed(self, before: Annotation | None, after: Annotation | None, label: str) -> None:
        self.undo_stack.record(before, after, label)
        self._reload_annotations()
        self.post_message(self.AnnotationsChanged())

    def annotation_at(self, offset: int) -> Annotation | None:
        """The highlight under the cursor: the innermost (shortest) one containing it."""
        found = [a for a in self.annotations if not a.orphan and a.start <= offset < a.end]
        return min(found, key=lambda a: a.end - a.start) if found else None

    def _quote_at(self, offset: int) -> tuple[int, int] | None:
        if self.detection is None:
            return None
        for quote in self.detection.quotes:
            if quote.start <= offset < quote.end:
                return quote.start, quote.end
        return None

    def _target_range(self) -> tuple[int, int] | None:
        """What `h` and `a` act on: the selection, else the quote under the cursor."""
        view = self.query_one(ArticleView)
        selection = view.selection
        if selection and selection[1] > selection[0]:
            return selection
        return self._quote_at(view.cursor)

    def _new_annotation(self, start: int, end: int, note: str = "") -> Annotation:
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Annotation.from_text(self.article.id, text, start, end, note=note)

    @reports_store_errors
    def action_highlight(self) -> None:
        target = self._target_range()
        if target is None:
            self.notify("Select some text first (v or s), or put the cursor on a quote.")
            return
        annotation = self.store.add_annotation(self._new_annotation(*target))
        self.query_one(ArticleView).action_clear_selection()
        self._changed(None, annotation, "highlight")
        self.notify(f"Highlighted “{one_line(annotation.exact)[:40]}”", timeout=2)

    @reports_store_errors
    def action_note(self) -> None:
        view = self.query_one(ArticleView)
        selection = view.selection
        if selection and selection[1] > selection[0]:
            # A selection is the clearer intent: it gets the note, unless it is a highlight.
            same = [a for a in self.annotations if (a.start, a.end) == selection]
            existing = same[0] if same else None
        else:
            existing = self.annotation_at(view.cursor)
        target = None if existing else self._target_range()
        if existing is None and target is None:
            self.notify("Put the cursor on a highlight, or select some text first (v or s).")
            return
        passage = existing.exact if existing else self.article.text[target[0] : target[1]]

        def saved(note: str | None) -> None:
            if note is None:
                return
            if existing is not None:
                after = self.store.update_annotation(existing.id, note=note)
                self._changed(existing, after, "note")
            else:
                created = self.store.add_annotation(self._new_annotation(*target, note=note))
                view.action_clear_selection()
                self._changed(None, created, "note")
            self.notify("Note saved.", timeout=2)

        self.app.push_screen(
            NoteEditor(passage, existing.note if existing else ""), guarded(self, saved)
        )

    @reports_store_errors
    def action_tags(self) -> None:
        view = self.query_one(ArticleView)
        existing = self.annotation_at(view.cursor)
        known = self.store.all_tags()
        if existing is not None:

            def saved_highlight_tags(tags: list[str] | None) -> None:
                if tags is not None:
                    after = self.store.update_annotation(existing.id, tags=tags)
                    self._changed(existing, after, "tags")

            subject = f"the highlight “{one_line(existing.exact)[:30]}”"
            self.app.push_screen(
                TagEditor(subject, existing.tags, known), guarded(self, saved_highlight_tags)
            )
            return
        current = self.store.article_meta(self.article.id).get("tags", [])

        def saved_article_tags(tags: list[str] | None) -> None:
            if tags is not None:
                self.article.tags = self.store.set_article_tags(self.article.id, tags)
                self.post_message(self.AnnotationsChanged())
                self.notify(f"Article tags: {', '.join(self.article.tags) or '(none)'}", timeout=2)

        self.app.push_screen(
            TagEditor("this article", current, known), guarded(self, saved_article_tags)
        )

    @reports_store_errors
    def action_delete_highlight(self) -> None:
        existing = self.annotation_at(self.query_one(ArticleView).cursor)
        if existing is None:
            self.notify("The cursor is not on a highlight.")
            return
        self.store.delete_annotation(existing.id)
        self._changed(existing, None, "delete")
        self.notify("Highlight deleted (u to undo).", timeout=2)

    @reports_store_errors
    def action_undo(self) -> None:
        step = self.undo_stack.undo(self.store)
        if step is None:
            self.notify("Nothing to undo.")
            return
        self._reload_annotations()
        self.post_message(self.AnnotationsChanged())
        self.notify(f"Undid {step.label}.", timeout=2)

    @reports_store_errors
    def action_redo(self) -> None:
        step = self.undo_stack.redo(self.store)
        if step is None:
            self.notify("Nothing to redo.")
            return
        self._reload_annotations()
        self.post_message(self.AnnotationsChanged())
        self.notify(f"Redid {step.label}.", timeout=2)

    def action_copy(self) -> None:
        view = self.query_one(ArticleView)
        text = view.selected_text() or self.screen.get_selected_text() or ""
        if not text:
            self.notify("Nothing is selected.")
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {len(text):,} characters.", timeout=2)

    # -- search --------------------------------------------------------------------------

    @property
    def panel(self) -> SidePanel | None:
        found = self.query(SidePanel)
        return found.first() if found else None

    @property
    def search_box(self) -> Input | None:
        found = self.query("#search").results(Input)
        return next(found, None)

    async def action_search(self) -> None:
        search = self.search_box
        if search is None:
            search = Input(placeholder="Search this article", id="search")
            await self.query_one("#column").mount(search)
        search.display = True
        search.value = self.search_query
        search.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._set_search(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._set_search(event.value)
        self._close_search()
        self.action_search_next()

    def _set_search(self, query: str) -> None:
        self.search_query = query
        if query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            self.search_matches = [m.span() for m in pattern.finditer(self.article.text)]
        else:
            self.search_matches = []
        self.query_one(ArticleView).set_spans(
            "search", [StyledSpan(s, e, "search-match") for s, e in self.search_matches]
        )

    def _close_search(self) -> None:
        if self.search_box is not None:
            self.search_box.display = False
        self.query_one(ArticleView).focus()

    def _jump_to_match(self, forward: bool) -> None:
        if not self.search_matches:
            self.notify(
                f"No match for “{self.search_query}”." if self.search_query else "Search with /."
            )
            return
        cursor = self.query_one(ArticleView).cursor
        if forward:
            after = [m for m in self.search_matches if m[0] > cursor]
            match = after[0] if after else self.search_matches[0]
        else:
            before = [m for m in self.search_matches if m[0] < cursor]
            match = before[-1] if before else self.search_matches[-1]
        self._jump(match[0])

    def action_search_next(self) -> None:
        self._jump_to_match(forward=True)

    def action_search_previous(self) -> None:
        self._jump_to_match(forward=False)

    def _jump(self, offset: int) -> None:
        view = self.query_one(ArticleView)
        view.move_cursor(offset)
        view.scroll_to_offset(offset, center=True)

    # -- panel, layers, navigation -------------------------------------------------------

    async def action_toggle_panel(self) -> None:
        panel = self.panel
        if panel is None:
            panel = SidePanel(id="panel")
            panel.display = False
            await self.query_one("#body").mount(panel)
        panel.display = not panel.display
        if panel.display:
            self._fill_panel_if_shown()
            panel.focus_current()
        else:
            self.query_one(ArticleView).focus()

    @on(SidePanel.Closed)
    def _panel_closed(self) -> None:
        if self.panel is not None:
            self.panel.display = False
        self.query_one(ArticleView).focus()

    @on(SidePanel.Jump)
    def _panel_jump(self, event: SidePanel.Jump) -> None:
        self._jump(event.offset)

    @on(SidePanel.Reattach)
    @reports_store_errors
    def _reattach(self, event: SidePanel.Reattach) -> None:
        """Put an orphaned highlight (its words changed on re-import) on the selected text."""
        view = self.query_one(ArticleView)
        selection = view.selection
        orphan = self.store.annotation(event.annotation_id)
        if not selection or selection[1] <= selection[0]:
            self.notify(
                f"“{one_line(orphan.exact)[:40]}” lost its place when the article changed. "
                "Select where it belongs (v or s), then choose it here again to re-attach it.",
                severity="warning",
                timeout=8,
                markup=False,
            )
            return
        placed = self._new_annotation(*selection)
        after = orphan.with_changes(
            start=placed.start,
            end=placed.end,
            exact=placed.exact,
            prefix=placed.prefix,
            suffix=placed.suffix,
            orphan=False,
        )
        self.store.put_annotation(after)
        view.action_clear_selection()
        self._changed(orphan, after, "re-attach")
        self.notify("Highlight re-attached.", timeout=2)

    def action_toggle_boilerplate(self) -> None:
        view = self.query_one(ArticleView)
        view.show_boilerplate = not view.show_boilerplate
        count = len(self.article.boilerplate)
        if view.show_boilerplate:
            self.notify(f"Showing {count} boilerplate paragraph(s), dimmed.", timeout=2)

    def action_toggle_layer(self, layer: str) -> None:
        view = self.query_one(ArticleView)
        view.set_layer_visible(layer, not view.layer_visible(layer))
        self._update_legend()

    def _update_legend(self) -> None:
        view = self.query_one(ArticleView)
        legend = Text()
        for key, layer, label, style in (
            ("1", "quotes", "quotes", "quote"),
            ("2", "entities", "person", "entity-person"),
            ("", "entities", "org", "entity-org"),
            ("", "entities", "place", "entity-gpe"),
            ("", "entities", "group", "entity-norp"),
            ("", "entities", "date", "entity-date"),
            ("", "entities", "number", "entity-cardinal"),
            ("3", "highlights", "highlight", "highlight"),
            ("", "highlights", "note", "highlight-note"),
        ):
            shown = view.layer_visible(layer)
            if key:
                legend.append(f" {key}:", style="dim")
            style_obj = view.get_component_rich_style(f"article-view--{style}")
            legend.append(f" {label} ", style=style_obj if shown else "dim strike")
        if self.detection is None:
            legend.append("  detecting…", style="dim italic")
        self.query_one("#legend", Static).update(legend)

    def on_article_view_position_changed(self, event: ArticleView.PositionChanged) -> None:
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(
            POSITION_SAVE_DELAY, lambda: self._save_position(event.offset_at_top)
        )

    @reports_store_errors
    def _save_position(self, offset: int) -> None:
        if self.store.has_article(self.article.id):
            self.store.set_reading_position(self.article.id, offset)

    @reports_store_errors
    def action_back(self) -> None:
        search = self.search_box
        if search is not None and search.display:
            self._close_search()
            return
        self._save_position(self.query_one(ArticleView).offset_at_top())
        self.dismiss()

    @reports_store_errors
    def action_export(self) -> None:
        path = self.reader_app.export_article(self.article.id)
        if path is not None:
            self.notify(f"Exported to {path}", timeout=6)
