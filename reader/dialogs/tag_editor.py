"""Tags as a comma-separated line, completed from the tags already in use."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static


def split_tags(line: str) -> list[str]:
    return sorted({tag.strip() for tag in line.split(",") if tag.strip()}, key=str.casefold)


class TagSuggester(Suggester):
    """Completes the tag being typed (the text after the last comma)."""

    def __init__(self, known: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = list(known)

    async def get_suggestion(self, value: str) -> str | None:
        head, _, current = value.rpartition(",")
        typed = current.lstrip()
        if not typed:
            return None
        for tag in self.known:
            if tag.casefold().startswith(typed.casefold()) and tag != typed:
                prefix = value[: len(value) - len(typed)]
                return prefix + tag
        return None


class TagEditor(ModalScreen[list[str] | None]):
    DEFAULT_CSS = """
    TagEditor { align: center middle; }
    TagEditor > Vertical {
        width: 70; max-width: 95%; height: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    TagEditor #title, TagEditor #hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="tags.cancel")]

    def __init__(self, subject: str, tags: Sequence[str], known: Sequence[str]) -> None:
        super().__init__()
        self.subject = subject
        self.tags = list(tags)
        self.known = list(known)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"Tags for {self.subject}", id="title", markup=False)
            yield Input(
                ", ".join(self.tags),
                placeholder="tag, another tag",
                suggester=TagSuggester(self.known),
                id="tags",
            )
            yield Static("enter save · → accept completion · escape cancel", id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(split_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
