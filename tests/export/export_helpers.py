"""Shared by the export tests: Markdown rendered as CommonMark readers do, and sample loading."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

from reader.library.article import Article
from reader.store.models import Annotation

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
_RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def render_markdown(source: str) -> Rendered:
    parser = _TagsAndText()
    parser.feed(_RENDERER.render(source))
    parser.close()
    return Rendered(tags=frozenset(parser.tags), text="".join(parser.chunks))


FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int
    speaker: str | None
    kind: str


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    label: str
    canonical: str


@dataclass(frozen=True)
class Detection:
    quotes: list[QuoteSpan]
    entities: list[EntitySpan]


@dataclass(frozen=True)
class Sample:
    article: Article
    annotations: list[Annotation]
    detection: Detection


def load_sample(name: str) -> Sample:
    """A fixture article with its highlights and detection, offsets found in its text."""
    data = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8"))
    article = Article(**data["article"])
    text = article.text
    annotations = []
    for item in data["highlights"]:
        fields = {k: v for k, v in item.items() if k not in ("exact", "start", "end")}
        if item.get("orphan"):
            annotations.append(
                Annotation(article.id, item["start"], item["end"], item["exact"], **fields)
            )
        else:
            start = text.index(item["exact"])
            end = start + len(item["exact"])
            annotations.append(Annotation.from_text(article.id, text, start, end, **fields))
    quotes = []
    for quote in data["detection"]["quotes"]:
        start = text.index(quote["text"])
        quotes.append(QuoteSpan(start, start + len(quote["text"]), quote["speaker"], quote["kind"]))
    entities: list[EntitySpan] = []
    for entity in data["detection"]["entities"]:
        for start in _occurrences(text, entity["text"]):
            end = start + len(entity["text"])
            if not any(e.start < end and start < e.end for e in entities):
                entities.append(EntitySpan(start, end, entity["label"], entity["canonical"]))
    return Sample(article, annotations, Detection(quotes, entities))


def _occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found
