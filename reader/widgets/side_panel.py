"""The reader's side panel: entities by label, quotes by speaker, and this article's notes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.store import Annotation
from reader.textsafety import one_line

LABEL_NAMES = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Places",
    "LOC": "Locations",
    "NORP": "Groups and nationalities",
    "DATE": "Dates",
    "TIME": "Times",
    "MONEY": "Money",
    "PERCENT": "Percentages",
    "CARDINAL": "Numbers",
    "QUANTITY": "Quantities",
}
SNIPPET = 60


def snippet(text: str, limit: int = SNIPPET) -> str:
    flat = one_line(text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def paragraph_number(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset) + 1


class SidePanel(Vertical):
    """Three tabs; choosing an entry posts ``SidePanel.Jump`` with a text offset."""

    DEFAULT_CSS = """
    SidePanel { width: 46; border-left: tall $panel; background: $surface; }
    SidePanel OptionList { border: none; height: 1fr; background: $surface; }
    """

    BINDINGS = [
        Binding("right,l", "switch_tab(1)", "Next tab", id="panel.next_tab"),
        Binding("left,h", "switch_tab(-1)", "Previous tab", id="panel.previous_tab"),
        Binding("escape", "close", "Back to the text", id="panel.close"),
    ]
    TABS = ("tab-entities", "tab-quotes", "tab-notes")

    class Jump(Message):
        def __init__(self, offset: int, end: int | None = None) -> None:
            super().__init__()
            self.offset = offset
            self.end = end

    class Closed(Message):
        """The user left the panel: the screen hides it and focuses the text."""

    class Reattach(Message):
        """The user chose an orphaned highlight: place it on the current selection."""

        def __init__(self, annotation_id: str) -> None:
            super().__init__()
            self.annotation_id = annotation_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._entity_mentions: dict[str, list[int]] = {}
        self._entity_next: dict[str, int] = {}
        self._quote_offsets: dict[str, tuple[int, int]] = {}
        self._note_offsets: dict[str, tuple[int, int] | None] = {}

    def compose(self) -> ComposeResult:
        with TabbedContent(initial="tab-entities"):
            with TabPane("Entities", id="tab-entities"):
                yield OptionList(id="entities")
            with TabPane("Quotes", id="tab-quotes"):
                yield OptionList(id="quotes")
            with TabPane("Notes", id="tab-notes"):
                yield OptionList(id="notes")

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active

    @active.setter
    def active(self, tab_id: str) -> None:
        self.query_one(TabbedContent).active = tab_id

    def show_detection(self, text: str, detection: Any) -> None:
        self._show_entities(text, detection.entities)
        self._show_quotes(text, detection.quotes)

    def _show_entities(self, text: str, entities: Sequence[Any]) -> None:
        grouped: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for entity in entities:
            grouped[entity.label][entity.canonical].append(entity.start)
        options: list[Option | None] = []
        self._entity_mentions.clear()
        self._entity_next.clear()
        for label in LABEL_NAMES:
            if label not in grouped:
                continue
            names = sorted(grouped[label].items(), key=lambda item: (-len(item[1]), item[0]))
            options.append(Option(Text(LABEL_NAMES[label], style="bold"), disabled=True))
            for canonical, starts in names:
                key = f"entity-{len(self._entity_mentions)}"
                self._entity_mentions[key] = starts
                options.append(Option(Text(f"  {snippet(canonical, 34)}  ×{len(starts)}"), id=key))
        self._fill("#entities", options, "No entities found.")

    def _show_quotes(self, text: str, quotes: Sequence[Any]) -> None:
        by_speaker: dict[str, list[Any]] = {}
        for quote in quotes:
            by_speaker.setdefault(quote.speaker or "", []).append(quote)
        order = [s for s in by_speaker if s] + ([""] if "" in by_speaker else [])
        options: list[Option | None] = []
        self._quote_offsets.clear()
        for speaker in order:
            said = by_speaker[speaker]
            heading = snippet(speaker, 34) if speaker else "Unattributed"
            options.append(Option(Text(f"{heading} ({len(said)})", style="bold"), disabled=True))
            for quote in said:
                key = f"quote-{len(self._quote_offsets)}"
                self._quote_offsets[key] = (quote.start, quote.end)
                words = snippet(text[quote.start : quote.end], 36)
                options.append(Option(Text(f"  {words}"), id=key))
        self._fill("#quotes", options, "No quotes found.")

    def show_notes(self, text: str, annotations: Sequence[Annotation]) -> None:
        options: list[Option | None] = []
        self._note_offsets.clear()
        for annotation in annotations:
            key = f"note-{annotation.id}"
            where = (
                "orphan" if annotation.orphan else f"¶{paragraph_number(text, annotation.start)}"
            )
            line = Text(f"{where:>6} “{snippet(annotation.exact, 29)}”")
            if annotation.note:
                line.append(f"\n       {snippet(annotation.note, 36)}", style="italic")
            if annotation.tags:
                line.append("\n       " + " ".join(f"#{t}" for t in annotation.tags), style="dim")
            self._note_offsets[key] = (
                None if annotation.orphan else (annotation.start, annotation.end)
            )
            options.append(Option(line, id=key))
        self._fill("#notes", options, "No highlights yet: select with v or s, then h.")

    def _fill(self, selector: str, options: list[Option | None], empty: str) -> None:
        option_list = self.query_one(selector, OptionList)
        option_list.clear_options()
        if options:
            option_list.add_options(options)
        else:
            option_list.add_option(Option(Text(empty, style="dim"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id or ""
        if key in self._entity_mentions:
            starts = self._entity_mentions[key]
            index = self._entity_next.get(key, 0) % len(starts)
            self._entity_next[key] = index + 1
            self.post_message(self.Jump(starts[index]))
        elif key in self._quote_offsets:
            self.post_message(self.Jump(*self._quote_offsets[key]))
        elif key in self._note_offsets:
            place = self._note_offsets[key]
            if place is None:
                self.post_message(self.Reattach(key.removeprefix("note-")))
            else:
                self.post_message(self.Jump(*place))

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_switch_tab(self, step: int) -> None:
        index = self.TABS.index(self.active) if self.active in self.TABS else 0
        self.active = self.TABS[(index + step) % len(self.TABS)]
        self.call_after_refresh(self.focus_current)

    def focus_current(self) -> None:
        pane = self.query_one(TabbedContent).active_pane
        if pane is not None:
            pane.query_one(OptionList).focus()
