"""What the article view draws: layers in their styles, boilerplate, re-wrapping, wide
characters, and hostile text shown harmlessly."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from reader.library.article import BoilerplateBlock
from reader.widgets.article_view import ArticleView, StyledSpan
from tests.widgets.hosts import ViewHost, component, row_text, style_of, styled_runs

TEXT = 'Angela Merkel met staff in Berlin. "We will act now," she said on Monday.'


def spans_for(text: str) -> dict[str, list[StyledSpan]]:
    quote = text.index('"We')
    return {
        "entities": [
            StyledSpan(0, len("Angela Merkel"), "entity-person"),
            StyledSpan(text.index("Berlin"), text.index("Berlin") + 6, "entity-gpe"),
        ],
        "quotes": [StyledSpan(quote, text.index(" she"), "quote")],
        "highlights": [StyledSpan(text.index("staff"), text.index("staff") + 5, "highlight-note")],
        "search": [StyledSpan(text.index("Monday"), text.index("Monday") + 6, "search-match")],
    }


async def test_each_layer_draws_its_words_in_its_component_style() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        for layer, spans in spans_for(TEXT).items():
            view.set_spans(layer, spans)
        view.move_cursor(TEXT.index("met"))
        await pilot.pause()
        expected = {
            "Angela Merkel": "entity-person",
            "Berlin": "entity-gpe",
            '"We will act now,"': "quote",
            "Monday": "search-match",
        }
        for words, name in expected.items():
            style = style_of(view, 0, words)
            assert style.color == component(view, name).color or (
                style.bgcolor == component(view, name).bgcolor
            ), name
        staff = style_of(view, 0, "staff")
        assert staff.bgcolor == component(view, "highlight-note").bgcolor
        assert staff.underline  # a highlight with a note is marked
        assert style_of(view, 0, "m").reverse  # the cursor cell


async def test_hiding_a_layer_removes_its_style_and_showing_brings_it_back() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        view.set_spans("quotes", spans_for(TEXT)["quotes"])
        await pilot.pause()
        quoted = '"We will act now,"'
        plain = style_of(view, 0, "Berlin")
        assert style_of(view, 0, quoted) != plain
        view.set_layer_visible("quotes", False)
        assert quoted not in [text for text, _ in styled_runs(view, 0)]
        assert style_of(view, 0, "act") == plain
        view.set_layer_visible("quotes", True)
        assert style_of(view, 0, quoted).color == component(view, "quote").color


async def test_later_layers_win_and_replacing_a_layer_redraws_the_row() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        span = spans_for(TEXT)["quotes"][0]
        view.set_spans("quotes", [span])
        view.set_spans("search", [StyledSpan(span.start + 1, span.start + 3, "search-match")])
        await pilot.pause()
        assert style_of(view, 0, "We").bgcolor == component(view, "search-match").bgcolor
        view.set_spans("search", [])
        assert style_of(view, 0, '"We will').color == component(view, "quote").color


async def test_keyboard_selection_is_drawn() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        view.move_cursor(TEXT.index("met"))
        view.move_cursor(TEXT.index("in Berlin") - 1, select=True)
        await pilot.pause()
        assert style_of(view, 0, "met staff").bgcolor == component(view, "selection").bgcolor


async def test_boilerplate_is_hidden_then_revealed_dimmed_in_place() -> None:
    text = "Opening paragraph here.\n\nClosing paragraph here."
    block = BoilerplateBlock(offset=text.index("Closing"), text="Subscribe to our news", kind="n")
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(text, [block])
        await pilot.pause()
        rows = [row_text(view, y) for y in range(10)]
        assert block.text not in rows
        view.show_boilerplate = True
        await pilot.pause()
        rows = [row_text(view, y) for y in range(10)]
        position = rows.index(block.text)
        assert (
            rows.index("Opening paragraph here.") < position < rows.index("Closing paragraph here.")
        )
        assert style_of(view, position, "Subscribe") != style_of(view, 0, "paragraph")
        # The cursor steps from the first paragraph to the second, over the boilerplate.
        view.focus()
        await pilot.press("j")
        assert view.cursor == text.index("Closing")


async def test_a_resize_rewraps_and_keeps_the_cursor_on_its_words() -> None:
    text = " ".join(f"word{n}" for n in range(400))
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.move_cursor(text.index("word250"))
        await pilot.pause()
        assert max(cell_len(row_text(view, y)) for y in range(30)) <= 80
        await pilot.resize_terminal(50, 30)
        await pilot.pause()
        rows = [row_text(view, y) for y in range(30)]
        assert max(cell_len(row) for row in rows) <= 49
        assert view.cursor == text.index("word250")
        cursor_row = view.row_of(view.cursor)
        assert cursor_row is not None and "word250" in row_text(view, cursor_row)


@pytest.mark.parametrize("prefix", ["中文字符在这里 ", "😀🎉 emoji ", "mixed 中😀 "])
async def test_wide_characters_keep_highlights_on_their_words(prefix: str) -> None:
    text = prefix * 3 + "target word and the rest."
    start = text.index("target")
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(text)
        view.set_spans("highlights", [StyledSpan(start, start + len("target"), "highlight")])
        view.move_cursor(text.index("rest"))
        await pilot.pause()
        runs = styled_runs(view, 0)
        highlighted = [t for t, s in runs if s.bgcolor == component(view, "highlight").bgcolor]
        assert highlighted == ["target"]
        assert [t for t, s in runs if s.reverse] == ["r"]


HOSTILE = (
    "Click [@click=app.quit]here[/] or [bold red]shout[/]. "
    "Clear \x1b[2J now. Copy \x1b]52;c;aGVsbG8=\x07 this. Bell \x07 and \r return. "
    "Flip \u202etxet\u202c and zero\u200bwidth."
)


SGR = re.compile(r"\x1b\[[0-9;]*m")  # select graphic rendition: colours and text styles


async def test_hostile_text_is_shown_literally_and_harmlessly() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(HOSTILE)
        view.focus()
        await pilot.pause()
        shown = "".join(row_text(view, y) for y in range(10))
        assert "[@click=app.quit]here[/]" in shown and "[bold red]shout[/]" in shown
        for dangerous in ("\x1b", "\x07", "\r", "\u202e", "\u200b"):
            assert dangerous not in shown
        for y in range(10):
            assert all(
                segment.style is None or not segment.style.link for segment in (view.render_line(y))
            )
        # Clicking the would-be action and pressing keys leaves the app running.
        click_row, click_column = 0, 10 + HOSTILE.index("here")
        await pilot.click(ArticleView, offset=(click_column, click_row))
        await pilot.press("w", "j", "G")
        await pilot.pause()
        assert app.is_running
        # Offsets still line up with the text: the cursor cell on "now" draws "n".
        view.move_cursor(HOSTILE.index("now"))
        row = view.row_of(view.cursor)
        assert row is not None
        assert [text for text, style in styled_runs(view, row) if style.reverse] == ["n"]


async def test_a_single_line_of_100k_characters_renders_and_scrolls() -> None:
    text = "x" * 100_000
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.pause()
        assert row_text(view, 0) == "x" * 80
        await pilot.press("G")
        await pilot.pause()
        assert view.virtual_size.height == 1250
        assert view.row_of(len(text) - 1) is not None


async def test_no_color_falls_back_to_italic_bold_and_reverse(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        for layer, spans in spans_for(TEXT).items():
            view.set_spans(layer, spans)
        view.set_spans(
            "highlights", [StyledSpan(TEXT.index("staff"), TEXT.index(" in"), "highlight")]
        )
        view.move_cursor(len(TEXT) - 1)
        await pilot.pause()
        assert style_of(view, 0, "will act").italic
        assert style_of(view, 0, "Angela Merkel").bold
        assert style_of(view, 0, "staff").reverse
