"""Helpers shared by the export tests: rendering Markdown as a CommonMark reader would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

markdown_it = pytest.importorskip("markdown_it")

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


@dataclass(frozen=True)
class Rendered:
    tags: frozenset[str]
    text: str

    @property
    def words(self) -> str:
        return " ".join(self.text.split())


class _TagsAndText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


# CommonMark plus the GFM extensions Obsidian and most viewers turn on.
_RENDERER = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])


def render_markdown(source: str) -> Rendered:
    parser = _TagsAndText()
    parser.feed(_RENDERER.render(source))
    parser.close()
    return Rendered(tags=frozenset(parser.tags), text="".join(parser.chunks))


@pytest.fixture
def render() -> Callable[[str], Rendered]:
    return render_markdown


@pytest.fixture
def seeds_folder() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    return SEEDS
