"""Saved web pages turned into an ``Article``: trafilatura finds the main text and metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.library.boilerplate import source_named_in, split_boilerplate
from reader.library.dates import normalise_date
from reader.library.header import MAX_STANDFIRST_CHARS, fallback_title, read_header
from reader.library.markdown_text import tags_from
from reader.library.plain_text import normalise_space

MIN_STANDFIRST_CHARS = 30
_STANDFIRST_CLASS = re.compile(
    r"(?:^|\s)(?:standfirst|dek|subheadline|sub-headline|article-summary|article__standfirst"
    r"|c-standfirst|story-summary|lede)(?:\s|$)",
    re.IGNORECASE,
)


_PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//time[@itemprop='datePublished']/@datetime",
    "//article//time/@datetime",
)


class NoArticleText(ValueError):
    """The page had no main text that trafilatura could find."""


def parse_html(html: str) -> Article:
    """An article from an HTML page: the main text only, without navigation, footers or ads."""
    document = _extract(html)
    metadata_title = _text(document, "title")
    lines = (_text(document, "text") or "").split("\n")
    paragraphs = [paragraph for paragraph in map(normalise_space, lines) if paragraph]
    if paragraphs and metadata_title and paragraphs[0] == metadata_title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise NoArticleText("no article text found")
    header = read_header(paragraphs, title=metadata_title)
    remaining = [
        paragraph
        for index, paragraph in enumerate(paragraphs)
        if index not in header.metadata_indexes
    ]
    marks = read_page_marks(html)
    standfirst = header.standfirst or marks.standfirst
    if standfirst and standfirst not in remaining[:3]:
        remaining.insert(0, standfirst)
    kept, boilerplate = split_boilerplate(remaining)
    if not kept:
        raise NoArticleText("no article text found")
    return Article(
        title=header.title or fallback_title(kept),
        text=PARAGRAPH_SEPARATOR.join(kept),
        byline=_text(document, "author") or header.byline,
        published=_more_precise(normalise_date(_text(document, "date")), marks.published)
        or header.published,
        source=_text(document, "sitename") or source_named_in(paragraphs),
        url=_text(document, "url"),
        standfirst=standfirst,
        tags=tags_from([*(_list(document, "categories")), *(_list(document, "tags"))]),
        boilerplate=boilerplate,
        original=html,
        format="html",
    )


@dataclass(frozen=True, slots=True)
class PageMarks:
    """What the page's own markup says that trafilatura's output leaves out."""

    standfirst: str | None = None
    published: str | None = None  # with its time of day, when the page gives one


def read_page_marks(html: str) -> PageMarks:
    """The standfirst (an element with class "standfirst"...) and the precise publication time.

    trafilatura, favouring precision, often drops the standfirst with the rest of the article
    header, and gives the date without its time.
    """
    from lxml import html as lxml_html  # lxml comes with trafilatura; import it as late

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return PageMarks()
    return PageMarks(standfirst=_marked_standfirst(tree), published=_published_time(tree))


def _marked_standfirst(tree: Any) -> str | None:
    for element in tree.iter():
        classes = element.get("class") if isinstance(element.tag, str) else None
        if classes and _STANDFIRST_CLASS.search(classes):
            text = normalise_space(element.text_content())
            if MIN_STANDFIRST_CHARS <= len(text) <= MAX_STANDFIRST_CHARS:
                return text
    return None


def _published_time(tree: Any) -> str | None:
    for path in _PUBLISHED_XPATHS:
        for value in tree.xpath(path):
            published = normalise_date(normalise_space(str(value)))
            if published and "T" in published:
                return published
    return None


def _extract(html: str) -> Any:
    # Imported here: trafilatura (and lxml) take a noticeable time to import, and the app
    # should not pay for it at start-up, nor when only text and Markdown are imported.
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    if document is None:
        raise NoArticleText("no article text found")
    return document


def _more_precise(day: str | None, moment: str | None) -> str | None:
    """The page's timestamp when it falls on trafilatura's date (or there is no date)."""
    if moment and (day is None or moment.startswith(day)):
        return moment
    return day


def _text(document: Any, name: str) -> str | None:
    value = getattr(document, name, None)
    if not isinstance(value, str):
        return None
    if name == "text":
        return value
    return normalise_space(value) or None


def _list(document: Any, name: str) -> list[str]:
    value = getattr(document, name, None)
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
