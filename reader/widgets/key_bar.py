"""The bottom line of key bindings, drawn as one widget.

Textual's Footer mounts a widget per key and composes them again on every focus change. With
the dozen keys of our screens that was about a third of the library screen's start-up and of
opening an article (every FooterKey is styled, twice with its component classes). This draws
the same line, in the same colours, as one Text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen


class KeyCell(NamedTuple):
    """One key on the bar: the columns it covers and the key it stands for."""

    start: int
    end: int
    key: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: clip;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cells: list[KeyCell] = []
        self._line: Text | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self._line = None
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line = None  # a theme change

    def on_resize(self) -> None:
        self._line = None

    def shown_keys(self) -> list[tuple[str, str, str, bool]]:
        """(key, key as shown, description, enabled) for each key the bar shows, in order;
        the palette's key last."""
        app = self.app
        shown: list[tuple[str, str, str, bool]] = []
        seen_actions: set[str] = set()
        palette: tuple[str, str, str, bool] | None = None
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = (key, app.get_key_display(binding), binding.description, active.enabled)
                continue
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            shown.append((key, app.get_key_display(binding), binding.description, active.enabled))
        if palette is not None:
            shown.append(palette)
        return shown

    def _build(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        line = Text(no_wrap=True, end="")
        cells: list[KeyCell] = []
        keys = self.shown_keys()
        palette_width = 0
        if keys and keys[-1][0] == self.app.COMMAND_PALETTE_BINDING:
            palette_width = len(keys[-1][1]) + len(keys[-1][2]) + 4
        for key, display, description, enabled in keys:
            dim = Style(dim=True) if not enabled else Style()
            if key == self.app.COMMAND_PALETTE_BINDING and palette_width:
                # At the right edge, as Textual's Footer has it, where there is room.
                gap = self.size.width - line.cell_len - palette_width
                line.append(" " * max(1, gap) + "▏", description_style)
            start = line.cell_len
            line.append(f" {display} ", key_style + dim)
            if description:
                line.append(f"{description} ", description_style + dim)
            cells.append(KeyCell(start, line.cell_len, key, enabled))
        self._cells = cells
        return line

    def render(self) -> Text:
        if self._line is None:
            self._line = self._build()
        return self._line

    def on_click(self, event: events.Click) -> None:
        for cell in self._cells:
            if cell.start <= event.x < cell.end:
                if cell.enabled:
                    self.app.simulate_key(cell.key)
                else:
                    self.app.bell()
                return
