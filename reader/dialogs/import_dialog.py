"""Ask for a file or folder to import, completing paths as they are typed."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static


def complete_path(value: str) -> str | None:
    """The first file or folder that completes ``value``; folders end with a separator."""
    if not value:
        return None
    expanded = os.path.expanduser(value)
    folder, _, partial = expanded.rpartition(os.sep)
    base = Path(folder or ("/" if expanded.startswith(os.sep) else "."))
    try:
        names = sorted(entry.name for entry in base.iterdir() if not entry.name.startswith("."))
    except OSError:
        return None
    for name in names:
        if name.startswith(partial) and name != partial:
            suffix = os.sep if (base / name).is_dir() else ""
            return value[: len(value) - len(partial)] + name + suffix
    return None


class PathSuggester(Suggester):
    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


class ImportDialog(ModalScreen[Path | None]):
    DEFAULT_CSS = """
    ImportDialog { align: center middle; }
    ImportDialog > Vertical {
        width: 80; max-width: 95%; height: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ImportDialog #hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="import.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Import a file or a folder of articles (.txt, .md, .html)")
            yield Input(placeholder="~/articles/", suggester=PathSuggester(), id="path")
            yield Static("→ completes the path · enter imports · escape cancels", id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(Path(value).expanduser() if value else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
