"""Escape article text so any CommonMark renderer, and Obsidian, shows it word for word.

Only characters that could start markup are escaped, so the Markdown source stays readable.
Leading and trailing spaces of each line are dropped: they would otherwise make indented code
blocks or hard line breaks, and a renderer drops them anyway.
"""

from __future__ import annotations

import re

from reader.textsafety import terminal_safe

# Always markup somewhere: emphasis, code, links and wikilinks, HTML and autolinks,
# strikethrough, tables, Obsidian math and block references.
_ALWAYS = frozenset("\\*_`[]<~|$^")
# Markup only when doubled: Obsidian's ==highlight== and %%comment%%.
_WHEN_DOUBLED = frozenset("=%")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED_LIST_MARKER = re.compile(r"(\d+)([.)])(?=[ \t]|$)")
_BULLET_OR_BREAK = re.compile(r"[-+](?=[ \t\-]|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def escape_inline(text: str) -> str:
    """``text`` as Markdown source that renders as exactly these words, with no markup."""
    text = _normalise_line_endings(text)
    return "\n".join(_escape_line(line) for line in text.split("\n"))


def escape_block(text: str) -> str:
    """``text`` as a blockquote: every line starts with ">", paragraph breaks become ">" lines."""
    quoted = ("\n".join(f"> {line}" for line in p.split("\n")) for p in _escaped_paragraphs(text))
    return "\n>\n".join(quoted) or ">"


def escape_paragraphs(text: str) -> str:
    """Multi-paragraph text as escaped paragraphs separated by one blank line."""
    return "\n\n".join(_escaped_paragraphs(text))


def _escaped_paragraphs(text: str) -> list[str]:
    paragraphs = _PARAGRAPH_BREAK.split(_normalise_line_endings(text))
    escaped = ("\n".join(line for line in escape_inline(p).split("\n") if line) for p in paragraphs)
    return [p for p in escaped if p]


def _normalise_line_endings(text: str) -> str:
    # CommonMark ends lines at "\r" too, and turns NUL into U+FFFD whatever we do. Other
    # control characters (ESC, BEL, bidi overrides) would act when the file is printed in a
    # terminal (`cat notes.md`): each becomes one U+FFFD too.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return terminal_safe(text)


def _escape_line(line: str) -> str:
    line = line.strip(" \t")
    if not line:
        return ""
    out: list[str] = []
    first = _escape_line_start(line)
    if first:
        out.append(first)
    for index in range(len(first) - 1 if first else 0, len(line)):
        char = line[index]
        if (
            char in _ALWAYS
            or (char in _WHEN_DOUBLED and _is_doubled(line, index))
            or (char == "#" and _may_open_tag(line, index))
            or (char == "&" and _ENTITY_LIKE.match(line, index))
        ):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _escape_line_start(line: str) -> str:
    """The escaped block marker the line starts with (heading, quote, list, rule), or ""."""
    ordered = _ORDERED_LIST_MARKER.match(line)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}"
    if _BULLET_OR_BREAK.match(line) or line[0] in "#>=":
        return "\\" + line[0]
    return ""


def _is_doubled(text: str, index: int) -> bool:
    char = text[index]
    return text[index - 1 : index] == char or text[index + 1 : index + 2] == char


def _may_open_tag(text: str, index: int) -> bool:
    # A "#" ending the line would close an ATX heading, and vanish, when the text is a heading.
    after = text[index + 1 : index + 2]
    return not after or not after.isspace()
