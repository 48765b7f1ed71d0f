"""The Textual app: the library screen, the reader screen, themes, keymap and palette."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.commands import ArticleCommands
from reader.config import load_config
from reader.screens.help_screen import HelpScreen
from reader.screens.library_screen import LibraryScreen
from reader.store import LibraryStore, StoreError
from reader.themes import DEFAULT_THEME, READER_VARIABLES, load_themes

if TYPE_CHECKING:
    from reader.prepared import PreparedArticle

    # Imported when first needed: the reader screen costs 45 ms of start-up otherwise.
    from reader.screens.reader_screen import ReaderScreen

THEME_SETTING = "theme"
KEYMAP_SETTING = "keymap"
REFRESH_SECONDS = 1.5


class ReaderApp(App[int]):
    # The screens' style sheets are read with the app's, in one parse: a screen's own CSS_PATH
    # is read when the screen is first pushed, and re-styles every widget there and then
    # (about 10 ms at start-up and again when the first article opens).
    CSS_PATH: ClassVar[list[str]] = [
        "app.tcss",
        "screens/library_screen.tcss",
        "screens/reader_screen.tcss",
    ]
    TITLE = "reader"
    COMMANDS: ClassVar = App.COMMANDS | {ArticleCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Palette", show=False, id="app.palette"),
    ]

    def __init__(
        self,
        library_path: Path,
        open_article: str | None = None,
        user_themes_dir: Path | None = None,
        watch_library: bool = True,
        store: LibraryStore | None = None,
    ) -> None:
        """``store``: an open store of ``library_path`` to use; whoever opened it closes it."""
        super().__init__()
        self.library_path = Path(library_path)
        self._owns_store = store is None
        self.store = LibraryStore(self.library_path) if store is None else store
        self.initial_article = open_article
        self.prepared: PreparedArticle | None = None  # what the library screen read ahead
        self.watch_library = watch_library
        themes, self.theme_problems = load_themes(user_themes_dir)
        self._reader_variables: dict[str, str] = {}
        for theme in themes:
            self.register_theme(theme)
            if theme.name == DEFAULT_THEME:
                self._reader_variables = {k: theme.variables[k] for k in READER_VARIABLES}
        saved_theme = self.store.setting(THEME_SETTING, DEFAULT_THEME)
        self.theme = saved_theme if saved_theme in self.available_themes else DEFAULT_THEME
        self.config = load_config()
        keymap = self.store.setting(KEYMAP_SETTING, {})
        keymap = {str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {}
        keymap.update(self.config.keymap)
        if keymap:
            self.set_keymap(keymap)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Textual's own themes lack the reader's colours: borrow the default theme's.
        return dict(self._reader_variables) if hasattr(self, "_reader_variables") else {}

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen())
        if self.config.problem:
            self.notify(self.config.problem, severity="warning", timeout=8, markup=False)
        for problem in self.theme_problems:
            self.notify(str(problem), severity="warning", timeout=8, markup=False)
        if self.initial_article is not None:
            self.open_article(self.initial_article)
        if self.watch_library:
            self.set_interval(REFRESH_SECONDS, self.pick_up_outside_changes)

    def watch_theme(self, theme: str) -> None:
        if getattr(self, "store", None) is not None and self.is_running:
            if self.store.setting(THEME_SETTING) != theme:
                self.store.set_setting(THEME_SETTING, theme)

    def on_unmount(self) -> None:
        if self._owns_store:
            self.store.close()

    # -- navigation ----------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        from reader.screens.reader_screen import ReaderScreen

        prepared, self.prepared = self.prepared, None
        try:
            if prepared is not None and (
                prepared.article.id != article_id or not prepared.is_current(self.store)
            ):
                prepared = None  # another article, or re-imported since: read it again
            article = prepared.article if prepared else self.store.load_article(article_id)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        layout = prepared.layout if prepared else None
        self.push_screen(ReaderScreen(article, layout), lambda _: self._library_changed())

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def on_reader_screen_annotations_changed(self, _: ReaderScreen.AnnotationsChanged) -> None:
        self._library_changed()

    def _library_changed(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.reload()

    def pick_up_outside_changes(self) -> None:
        """Another `reader` (the CLI, or a second app) wrote to the library: show it."""
        try:
            changed = self.store.refresh()
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if not changed:
            return
        from reader.screens.reader_screen import ReaderScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.reload()
            elif isinstance(screen, ReaderScreen):
                screen.refresh_from_store()

    # -- export --------------------------------------------------------------------------

    def export_article(self, article_id: str) -> Path | None:
        from reader.exporting import export_from_library

        result = export_from_library(self.store, [article_id])
        for refused in result.refused:
            self.notify(str(refused), severity="error", timeout=8, markup=False)
        return result.written[0] if result.written else None

    # -- command palette -----------------------------------------------------------------

    def get_system_commands(self, screen: Screen):
        from reader.screens.reader_screen import ReaderScreen

        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            for layer in ("quotes", "entities", "highlights"):
                yield SystemCommand(
                    f"Toggle {layer}",
                    f"Show or hide the {layer} layer",
                    lambda layer=layer: screen.action_toggle_layer(layer),
                )
            yield SystemCommand(
                "Export this article", "Write its notes as Markdown", screen.action_export
            )
            yield SystemCommand(
                "Show or hide boilerplate",
                "Reveal the page furniture kept out of the text",
                screen.action_toggle_boilerplate,
            )
        if isinstance(screen, LibraryScreen):
            yield SystemCommand(
                "Export all articles", "Write every article's notes as Markdown", self.export_all
            )

    def export_all(self) -> None:
        from reader.exporting import default_export_folder, export_from_library

        folder = default_export_folder(self.store)
        ids = [summary.id for summary in self.store.list_articles()]
        result = export_from_library(self.store, ids, out=folder, as_collection=True)
        for refused in result.refused:
            self.notify(str(refused), severity="error", timeout=8, markup=False)
        self.notify(f"Exported {len(result.written)} file(s) to {folder}", timeout=6, markup=False)
