"""`?`: every binding of the screen underneath, as it is mapped now (keymaps included)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

# Inherited from Textual's scrolling and focus machinery; no use in this app's help.
NOT_LISTED = {
    "scroll_left",
    "scroll_right",
    "page_left",
    "page_right",
    "focus_next",
    "focus_previous",
}


def binding_rows(screen: Screen) -> list[tuple[str, str]]:
    """(keys, description) for every binding active on ``screen``: the focused widget's first,
    then the screen's and the app's; a binding's several keys share one row."""
    keys_by_binding: dict[tuple[int, str], list[str]] = {}
    descriptions: dict[tuple[int, str], str] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.action in NOT_LISTED:
            continue
        ident = (id(active.node), binding.action)
        keys_by_binding.setdefault(ident, [])
        shown = screen.app.get_key_display(binding)
        if shown not in keys_by_binding[ident]:
            keys_by_binding[ident].append(shown)
        descriptions[ident] = binding.description or binding.action.replace("_", " ")
    return [(" ".join(keys), descriptions[ident]) for ident, keys in keys_by_binding.items()]


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, screen: Screen, extra: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.rows = binding_rows(screen) + list(extra or [])
        self.title_text = f"Keys: {type(screen).__name__.removesuffix('Screen').lower()}"

    def compose(self) -> ComposeResult:
        table = Table(show_header=False, box=None, expand=True, padding=(0, 2))
        table.add_column("key", style="bold", no_wrap=True)
        table.add_column("action")
        for keys, description in self.rows:
            table.add_row(Text(keys), Text(description))
        with VerticalScroll():
            yield Static(Text(self.title_text, style="bold"))
            yield Static(table)
            yield Static(
                Text(
                    "Remap keys in the settings with a keymap of binding ids "
                    "(see the README). ctrl+p opens the command palette.\n"
                    "Place names come from GeoNames (geonames.org, CC BY 4.0).",
                    style="dim",
                )
            )
