"""One article, its highlights and what detection found, as a Markdown note (Obsidian-ready)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from reader.export.front_matter import EXPORT_MARKER, front_matter
from reader.export.markdown_escape import escape_block, escape_inline, escape_paragraphs
from reader.export.tags import obsidian_tags
from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.store.models import Annotation

UNATTRIBUTED = "Unattributed"
OPENING_MARKS = "\"'“‘«„‟‹»"
CLOSING_MARKS = "\"'”’»›«"
ENTITY_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("People", frozenset({"PERSON"})),
    ("Organisations", frozenset({"ORG"})),
    ("Places", frozenset({"GPE", "LOC"})),
)


class QuoteLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def kind(self) -> str: ...


class EntityLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def canonical(self) -> str: ...


class DetectionLike(Protocol):
    """What export needs from reader.detect's result, so export does not depend on it."""

    @property
    def quotes(self) -> Sequence[QuoteLike]: ...
    @property
    def entities(self) -> Sequence[EntityLike]: ...


def article_markdown(
    article: Article,
    annotations: Sequence[Annotation],
    detection: DetectionLike | None,
    exported_at: datetime,
) -> str:
    sections = [
        front_matter(
            {
                "title": article.title,
                "author": article.byline,
                "source": article.url,
                "published": article.published,
                "tags": obsidian_tags(article.tags),
                "reader_id": article.id,
                "exported": exported_at.isoformat(timespec="seconds"),
                "exported_by": EXPORT_MARKER,
            }
        ),
        f"# {escape_inline(_one_line(article.title)) or '(untitled)'}",
        _highlights_section(article, annotations),
        _quotes_section(article, detection),
        _entities_section(article, detection),
    ]
    return "\n\n".join(sections) + "\n"


def paragraph_number(text: str, offset: int) -> int:
    """The 1-based number of the paragraph holding ``offset`` in an article's reading text."""
    return text.count(PARAGRAPH_SEPARATOR, 0, max(0, offset)) + 1


def _highlights_section(article: Article, annotations: Sequence[Annotation]) -> str:
    placed = sorted((a for a in annotations if not a.orphan), key=_reading_order)
    orphaned = sorted((a for a in annotations if a.orphan), key=_reading_order)
    parts = ["## Highlights"]
    if not placed and not orphaned:
        parts.append("No highlights.")
    parts.extend(_highlight(a, f"— ¶{paragraph_number(article.text, a.start)}") for a in placed)
    if orphaned:
        parts.append("### Orphaned highlights")
        parts.append("These no longer match the article's text; they are kept as they were.")
        parts.extend(_highlight(a, locator=None) for a in orphaned)
    return "\n\n".join(parts)


def _reading_order(annotation: Annotation) -> tuple[int, int, str, str]:
    return (annotation.start, annotation.end, annotation.created, annotation.id)


def _highlight(annotation: Annotation, locator: str | None) -> str:
    parts = [escape_block(annotation.exact)]
    if locator:
        parts.append(locator)
    if annotation.note.strip():
        parts.append(escape_paragraphs(annotation.note))
    tags = obsidian_tags(annotation.tags)
    if tags:
        parts.append(" ".join(f"#{tag}" for tag in tags))
    return "\n\n".join(parts)


def _quotes_section(article: Article, detection: DetectionLike | None) -> str:
    if detection is None:
        return "## Quotes by speaker\n\nQuotes were not detected for this export."
    by_speaker: dict[str, list[QuoteLike]] = {}
    for quote in sorted(detection.quotes, key=lambda q: (q.start, q.end)):
        speaker = _one_line(quote.speaker or "") or UNATTRIBUTED
        by_speaker.setdefault(speaker, []).append(quote)
    if not by_speaker:
        return "## Quotes by speaker\n\nNo quotes found."
    # The unattributed group goes last, whatever came first in the text.
    speakers = [s for s in by_speaker if s != UNATTRIBUTED]
    if UNATTRIBUTED in by_speaker:
        speakers.append(UNATTRIBUTED)
    parts = ["## Quotes by speaker"]
    for speaker in speakers:
        bullets = (
            f"- “{escape_inline(_quoted_words(article.text[q.start : q.end]))}”"
            f" — ¶{paragraph_number(article.text, q.start)}"
            for q in by_speaker[speaker]
        )
        heading = UNATTRIBUTED if speaker == UNATTRIBUTED else escape_inline(speaker)
        parts.append(f"### {heading}\n\n" + "\n".join(bullets))
    return "\n\n".join(parts)


def _entities_section(article: Article, detection: DetectionLike | None) -> str:
    if detection is None:
        return "## Entities\n\nEntities were not detected for this export."
    parts = ["## Entities"]
    for heading, labels in ENTITY_GROUPS:
        counts = Counter(
            _one_line(entity.canonical or article.text[entity.start : entity.end])
            for entity in detection.entities
            if entity.label in labels
        )
        counts.pop("", None)
        if not counts:
            continue
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))
        bullets = "\n".join(f"- {escape_inline(name)} ({count})" for name, count in ranked)
        parts.append(f"### {heading}\n\n{bullets}")
    if len(parts) == 1:
        parts.append("No people, organisations or places found.")
    return "\n\n".join(parts)


def _quoted_words(span: str) -> str:
    # Detectors may or may not include the quotation marks; the export adds its own. A quote
    # that runs on into the next paragraph has an opening mark but no closing one, and a
    # closing "’" is only taken for a mark when an opening one shows it is a quote at all.
    words = _one_line(span)
    if words[:1] and words[0] in OPENING_MARKS:
        words = words[1:]
        if words[-1:] and words[-1] in CLOSING_MARKS:
            words = words[:-1]
    return words.strip()


def _one_line(text: str) -> str:
    return " ".join(text.split())
