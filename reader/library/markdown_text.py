"""Markdown articles, with optional YAML front matter, turned into an ``Article``.

Only what articles use is understood: headings, paragraphs, lists, block quotes, rules,
code fences, links, images and emphasis. The markup is removed and the words kept; the
quote marks in the text are never touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import frontmatter
import yaml

from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.library.boilerplate import source_named_in, split_boilerplate
from reader.library.dates import normalise_date
from reader.library.header import fallback_title, read_header
from reader.library.plain_text import normalise_space


class FrontMatterError(ValueError):
    """The YAML between the ``---`` lines could not be read."""


@dataclass(frozen=True, slots=True)
class MarkdownBlock:
    text: str
    heading_level: int = 0  # 0 for anything that is not a heading
    is_image_caption: bool = False


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(=+|-+)[ \t]*")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_LIST_ITEM = re.compile(r"\s{0,3}(?:[-*+]|(?P<number>\d{1,9}[.)]))\s+(?P<rest>.*)")
_BLOCK_QUOTE = re.compile(r"\s{0,3}>\s?")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:\s*\S+.*")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[(?P<label>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?P<target>(?:https?://|mailto:)[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE_SPAN = re.compile(r"(`+)(?P<code>.+?)\1")
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(?P<inner>.+?)(?<=[^\s\\])\1")
_STAR_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=\S)(?P<inner>[^*]+?)(?<=[^\s\\])\*(?![\w*])")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_\\])_(?=\S)(?P<inner>[^_]+?)(?<=[^\s\\])_(?![\w_])")
_STRIKETHROUGH = re.compile(r"~~(?=\S)(?P<inner>.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!>~|])")

_TITLE_KEYS = ("title", "headline")
_AUTHOR_KEYS = ("author", "authors", "byline")
_DATE_KEYS = ("date", "published", "pubdate")
_URL_KEYS = ("url", "link", "canonical_url", "canonical")
_SOURCE_KEYS = ("source", "publication", "site", "sitename")
_STANDFIRST_KEYS = ("standfirst", "subtitle", "dek")


def parse_markdown(text: str) -> Article:
    """An article from Markdown; front matter fields win over what the body suggests."""
    metadata, body = read_front_matter(text)
    blocks = list(markdown_blocks(body))
    title = _first_text(metadata, _TITLE_KEYS)
    if blocks and blocks[0].heading_level == 1:
        title = title or blocks[0].text
        if title == blocks[0].text:
            blocks = blocks[1:]
    paragraphs = [block.text for block in blocks]
    header = read_header(paragraphs, title=title)
    standfirst = _first_text(metadata, _STANDFIRST_KEYS) or header.standfirst

    remaining: list[str] = []
    captions: dict[int, str] = {}
    if standfirst and standfirst not in paragraphs[:3]:
        remaining.append(standfirst)
    for index, block in enumerate(blocks):
        if index in header.metadata_indexes:
            continue
        if block.is_image_caption:
            captions[len(remaining)] = "caption"
        remaining.append(block.text)
    kept, boilerplate = split_boilerplate(remaining, captions)
    return Article(
        title=header.title or fallback_title(kept),
        text=PARAGRAPH_SEPARATOR.join(kept),
        byline=_first_text(metadata, _AUTHOR_KEYS) or header.byline,
        published=_first_date(metadata) or header.published,
        source=_first_text(metadata, _SOURCE_KEYS) or source_named_in(paragraphs),
        url=_first_text(metadata, _URL_KEYS),
        standfirst=standfirst,
        tags=tags_from(metadata.get("tags")),
        boilerplate=boilerplate,
        original=text,
        format="md",
    )


def read_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter as a dict (empty when there is none), and the Markdown body."""
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{where}") from error
    except json.JSONDecodeError as error:
        # python-frontmatter reads a block between "{" and "}" lines as JSON front matter.
        raise FrontMatterError(f"front matter is not valid JSON (line {error.lineno})") from error
    metadata = post.metadata if isinstance(post.metadata, dict) else {}
    return {str(key).lower(): value for key, value in metadata.items()}, post.content


def tags_from(value: object) -> list[str]:
    """Tags given as a YAML list or as one comma-separated string, de-duplicated in order."""
    if isinstance(value, str):
        candidates: list[object] = list(value.split(","))
    elif isinstance(value, list | tuple):
        candidates = list(value)
    else:
        return []
    tags: list[str] = []
    for candidate in candidates:
        if isinstance(candidate, str | int | float):
            tag = normalise_space(str(candidate))
            if tag and tag not in tags:
                tags.append(tag)
    return tags


def markdown_blocks(body: str) -> Iterator[MarkdownBlock]:
    """The body's blocks as plain text, in order; an image's alt text comes as a caption."""
    lines: list[str] = []
    fence: str | None = None
    for raw in _HTML_COMMENT.sub("", body).split("\n"):
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
                yield from _code_block(lines)
                lines = []
            else:
                lines.append(raw)
            continue
        line = raw
        while _BLOCK_QUOTE.match(line):
            line = _BLOCK_QUOTE.sub("", line, count=1)
        if fence_match := _FENCE.match(line):
            yield from _paragraph(lines)
            lines, fence = [], fence_match.group(1)[:3]
        elif not line.strip() or _LINK_DEFINITION.fullmatch(line):
            yield from _paragraph(lines)
            lines = []
        elif heading := _ATX_HEADING.fullmatch(line):
            yield from _paragraph(lines)
            lines = []
            yield from _paragraph([heading.group(2) or ""], len(heading.group(1)))
        elif lines and _SETEXT_UNDERLINE.fullmatch(line):
            level = 1 if line.strip().startswith("=") else 2
            yield from _paragraph(lines, level)
            lines = []
        elif _RULE.fullmatch(line):
            yield from _paragraph(lines)
            lines = []
        elif item := _LIST_ITEM.fullmatch(line):
            yield from _paragraph(lines)
            number = item.group("number")
            lines = [f"{number} {item.group('rest')}" if number else item.group("rest")]
        else:
            lines.append(line)
    yield from _code_block(lines) if fence is not None else _paragraph(lines)


def _code_block(lines: list[str]) -> Iterator[MarkdownBlock]:
    # One paragraph per line: reading-text paragraphs never hold a newline of their own.
    for line in lines:
        if text := normalise_space(line):
            yield MarkdownBlock(text)


def _paragraph(lines: list[str], heading_level: int = 0) -> Iterator[MarkdownBlock]:
    if not lines:
        return
    text = " ".join(line.strip().removesuffix("\\") for line in lines)
    captions = [normalise_space(match.group("alt")) for match in _IMAGE.finditer(text)]
    for caption in captions:
        if caption:
            yield MarkdownBlock(caption, is_image_caption=True)
    plain = normalise_space(strip_inline_markup(_IMAGE.sub(" ", text)))
    if plain:
        yield MarkdownBlock(plain, heading_level=heading_level)


def strip_inline_markup(text: str) -> str:
    """Links become their text; emphasis, code marks and inline HTML tags go."""
    text = _CODE_SPAN.sub(lambda match: match.group("code").strip(), text)
    text = _LINK.sub(lambda match: match.group("label"), text)
    text = _AUTOLINK.sub(lambda match: match.group("target"), text)
    text = _HTML_TAG.sub("", text)
    for emphasis in (_STRONG, _STRIKETHROUGH, _STAR_EMPHASIS, _UNDERSCORE_EMPHASIS):
        text = emphasis.sub(lambda match: match.group("inner"), text)
    return _ESCAPE.sub(lambda match: match.group("char"), text)


def _first_text(metadata: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = metadata.get(key)
        if isinstance(value, list | tuple):
            value = ", ".join(str(item) for item in value if isinstance(item, str | int | float))
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = normalise_space(str(value))
            if text:
                return text
    return None


def _first_date(metadata: dict[str, Any]) -> str | None:
    for key in _DATE_KEYS:
        if (published := normalise_date(metadata.get(key))) is not None:
            return published
    return None
