"""Real articles (the shared seeds) export with every word intact and round-trip as JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from export_helpers import Detection, QuoteSpan, Rendered

from reader.export.files import export_articles
from reader.export.markdown import article_markdown
from reader.export.web_annotation import (
    annotations_to_w3c,
    collection_document,
    dumps_w3c,
    w3c_to_annotations,
)
from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.store.models import Annotation

EXPORTED_AT = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
CURLY_QUOTE = re.compile(r"“[^”]+”")


def _seed_articles(folder: Path) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", path.read_text("utf-8"))]
        paragraphs = [p for p in paragraphs if p]
        articles.append(Article(title=paragraphs[0], text=PARAGRAPH_SEPARATOR.join(paragraphs[1:])))
    return articles


def _highlight_every_paragraph(article: Article) -> list[Annotation]:
    highlights, start = [], 0
    for number, paragraph in enumerate(article.paragraphs, start=1):
        end = start + len(paragraph)
        highlights.append(
            Annotation.from_text(
                article.id, article.text, start, end, note=f"Paragraph {number}.", tags=["seed"]
            )
        )
        start = end + len(PARAGRAPH_SEPARATOR)
    return highlights


def test_every_highlighted_paragraph_renders_word_for_word(
    seeds_folder: Path, render: Callable[[str], Rendered]
) -> None:
    for article in _seed_articles(seeds_folder):
        quotes = [
            QuoteSpan(m.start(), m.end(), None, "direct")
            for m in CURLY_QUOTE.finditer(article.text)
        ]
        markdown = article_markdown(
            article, _highlight_every_paragraph(article), Detection(quotes, []), EXPORTED_AT
        )
        rendered = render(markdown.split("\n---\n", 1)[1])
        assert rendered.tags <= {"h1", "h2", "h3", "p", "blockquote", "ul", "li"}
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in rendered.words
        assert len(re.findall(r"^- “", markdown, flags=re.MULTILINE)) == len(quotes)


def test_seed_annotations_round_trip_byte_identical(seeds_folder: Path) -> None:
    for article in _seed_articles(seeds_folder):
        first = dumps_w3c(annotations_to_w3c(article, _highlight_every_paragraph(article)))
        [(meta, restored)] = w3c_to_annotations(json.loads(first))
        assert dumps_w3c(collection_document(meta, restored)) == first


def test_exporting_all_seeds_twice_changes_only_the_export_date(
    seeds_folder: Path, tmp_path: Path
) -> None:
    items = [(a, _highlight_every_paragraph(a), None) for a in _seed_articles(seeds_folder)]
    first = export_articles(items, tmp_path, tmp_path, "md", False, EXPORTED_AT)
    before = {path: path.read_text("utf-8") for path in first.written}
    again = export_articles(list(reversed(items)), tmp_path, tmp_path, "md", False, EXPORTED_AT)
    assert again.refused == []
    assert {path: path.read_text("utf-8") for path in again.written} == before
