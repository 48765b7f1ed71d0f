"""A multi-line note editor: ctrl+s saves, escape cancels (asking first if the text changed)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from reader.dialogs.confirm import ConfirmDialog


class NoteEditor(ModalScreen[str | None]):
    DEFAULT_CSS = """
    NoteEditor { align: center middle; }
    NoteEditor > Vertical {
        width: 84; max-width: 95%; height: 22; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    NoteEditor #passage { color: $text-muted; height: auto; max-height: 5; margin-bottom: 1; }
    NoteEditor TextArea { height: 1fr; }
    NoteEditor #hint { color: $text-muted; height: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="note.cancel"),
    ]

    def __init__(self, passage: str, note: str = "") -> None:
        super().__init__()
        self.passage = passage
        self.original = note

    def compose(self) -> ComposeResult:
        shown = self.passage if len(self.passage) <= 300 else self.passage[:297] + "..."
        with Vertical():
            yield Static(f"“{shown}”", id="passage", markup=False)
            yield TextArea(self.original, id="note", soft_wrap=True, show_line_numbers=False)
            yield Static("ctrl+s save · escape cancel", id="hint", markup=False)

    def on_mount(self) -> None:
        editor = self.query_one(TextArea)
        editor.focus()
        editor.move_cursor(editor.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        self.dismiss(self.text.strip("\n"))

    def action_cancel(self) -> None:
        if self.text == self.original:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog("Discard the changes to this note?", yes="Discard", no="Keep editing"),
            answered,
        )
