"""Article text in an export renders as the article's words, never as markup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.export.markdown_escape import escape_block, escape_inline, escape_paragraphs
from reader.textsafety import terminal_safe

PLAIN_TAGS = {"p", "br"}

HOSTILE_SNIPPETS = [
    "an *asterisk* and **bold** and a lone * star",
    "# heading at a line start",
    "### deeper heading ###",
    "see [link](x) and ![image](y.png) and [ref][1]\n[1]: http://example.com",
    "<script>alert(1)</script> and <b>bold</b> and <http://autolink.example>",
    "use `code` or ``double`` and a fence:\n```\ncode\n```",
    "1. list item\n2) another",
    "> quoted line\n>> nested",
    "before\n---\nafter",
    "setext heading\n===",
    "setext two\n--",
    "* bullet\n+ plus\n- minus",
    "[[Wiki Link]] and ![[Embed]] and [[a|alias]]",
    "a #tag in text and #another/nested one",
    "==highlighted== and %%hidden comment%%",
    "~~struck~~ and ~tilde~",
    "a | table | row\n---|---|---\n1 | 2 | 3",
    "_under_ and __double__ and snake_case_word",
    "entities &amp; &#35; &#x41; &copy; stay literal, as does AT&T",
    "a backslash \\* and \\\\ two, and a trailing one \\",
    "    indented four spaces\n\tand a tab",
    "trailing spaces make a break  \nnext line",
    "math $x^2$ and price $5 and $10",
    "block id ^abc123",
    "2026. A year to start a line",
]


@pytest.mark.parametrize("text", HOSTILE_SNIPPETS)
def test_hostile_text_renders_as_its_own_words(text: str, render: Callable[[str], object]) -> None:
    rendered = render(escape_inline(text))
    assert rendered.tags <= PLAIN_TAGS, rendered.tags
    assert rendered.words == " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE_SNIPPETS)
def test_hostile_text_in_a_blockquote_stays_one_quote(
    text: str, render: Callable[[str], object]
) -> None:
    rendered = render(escape_block(text))
    assert rendered.tags <= PLAIN_TAGS | {"blockquote"}, rendered.tags
    assert rendered.words == " ".join(text.split())


def test_ordinary_prose_is_left_readable() -> None:
    prose = 'The minister said on Tuesday: "We will act (soon), 100% - not later!" Really?'
    assert escape_inline(prose) == prose


def test_obsidian_markup_is_neutralised_in_the_source() -> None:
    escaped = escape_inline("[[Page]] #topic ==mark== %%note%%")
    assert "[[" not in escaped
    assert " #topic" not in escaped
    assert "==" not in escaped
    assert "%%" not in escaped


def test_blockquote_keeps_paragraph_breaks(render: Callable[[str], object]) -> None:
    block = escape_block("First paragraph.\n\nSecond paragraph.\nSame paragraph.")
    assert all(line.startswith(">") for line in block.split("\n"))
    assert ">" in block.split("\n"), "the paragraph break is kept as a bare '>' line"
    assert render(block).tags == {"blockquote", "p"}


def test_paragraphs_keep_their_breaks(render: Callable[[str], object]) -> None:
    source = escape_paragraphs("One *star*.\n\n\n# Two\n\n")
    assert source == "One \\*star\\*.\n\n\\# Two"


# Text built from the characters Markdown cares about, so the search finds trouble quickly.
_MARKUP_HEAVY = st.text(
    alphabet=st.sampled_from(list("\\*_`[]<>~|$^=%#&;!()-+.:/ \t\n\r0123456789aZé😀\u00a0")),
    max_size=60,
)
_ANY_TEXT = st.text(max_size=80)


# The render fixture holds no state, so sharing it across examples is safe.
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(_MARKUP_HEAVY, _ANY_TEXT))
def test_any_text_renders_as_exactly_itself(text: str, render: Callable[[str], object]) -> None:
    # CommonMark itself turns NUL into U+FFFD; we turn other control characters into it too,
    # so that printing the file in a terminal can't run escape sequences.
    def words(source: str) -> str:
        source = source.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
        return " ".join(terminal_safe(source).split())

    expected = words(text)
    inline = render(escape_inline(text))
    assert inline.tags <= PLAIN_TAGS
    assert inline.words == expected
    one_line = " ".join(text.split())
    heading = render("### " + escape_inline(one_line))
    assert heading.tags <= {"h3"}
    assert heading.words == words(one_line)
    bullet = render("- “" + escape_inline(one_line) + "” (3)")
    assert bullet.tags <= {"ul", "li"}
    assert bullet.words == " ".join(f"“{words(one_line)}” (3)".split())
    quoted = render(escape_block(text))
    assert quoted.tags <= PLAIN_TAGS | {"blockquote"}
    assert quoted.words == expected
