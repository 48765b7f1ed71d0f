"""Reading with the keyboard: each motion puts the cursor where a reader expects, and the view
follows it."""

from __future__ import annotations

from reader.library.article import BoilerplateBlock
from reader.widgets import motions
from reader.widgets.article_view import ArticleView, StyledSpan
from tests.widgets.hosts import ViewHost, row_text


def numbered_paragraphs(count: int) -> str:
    """Paragraphs long enough to wrap at 80 columns, each easy to recognise."""
    sentence = "Paragraph {n} opens here. It carries on for a while, then it ends."
    return "\n\n".join(" ".join([sentence.format(n=n)] * 3) for n in range(count))


async def test_j_and_k_move_a_line_keeping_the_column() -> None:
    text = numbered_paragraphs(3)
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.pause()
        view.move_cursor(text.index("opens"))
        column = view.row_of(view.cursor)
        start_row = view.row_of(view.cursor)
        await pilot.press("j")
        assert view.row_of(view.cursor) == start_row + 1
        column_after = view._layout.column_of(view.cursor)
        assert column_after == view._layout.column_of(text.index("opens"))
        await pilot.press("k")
        assert view.cursor == text.index("opens")
        assert column is not None


async def test_j_skips_the_blank_row_between_paragraphs() -> None:
    text = "Short one.\n\nNext paragraph."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        app.view.set_article(text)
        app.view.focus()
        await pilot.press("j")
        assert app.view.cursor == text.index("Next")


async def test_moving_past_the_bottom_scrolls_the_view_to_keep_the_cursor_visible() -> None:
    text = numbered_paragraphs(40)
    app = ViewHost()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.pause()
        for _ in range(30):
            await pilot.press("j")
        await pilot.pause()
        assert view.scroll_y > 0
        assert view.row_of(view.cursor) is not None
        await pilot.press("G")
        await pilot.pause()
        assert view.cursor == len(text) - 1
        assert view.row_of(view.cursor) is not None
        assert "Paragraph 39" in "".join(row_text(view, y) for y in range(20))
        await pilot.press("g")
        await pilot.pause()
        assert view.cursor == 0 and view.scroll_y == 0


async def test_page_keys_move_the_view_and_the_cursor_together() -> None:
    text = numbered_paragraphs(40)
    app = ViewHost()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y == 19  # a page less one row of context
        top = view.offset_at_top()
        # The cursor went down the same page, onto the first text row now on screen.
        assert view.row_of(view.cursor) in (0, 1)
        assert view.cursor >= top and "Paragraph 0" not in view.text[top : view.cursor]
        assert top > 0
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert view.scroll_y == 19 + 9
        await pilot.press("ctrl+u", "pageup")
        await pilot.pause()
        assert view.scroll_y == 0 and view.row_of(view.cursor) in (0, 1)
        await pilot.press("pageup")  # the view can't go higher: the cursor goes to the start
        assert view.cursor == 0
        positions = [m.offset_at_top for m in app.messages if isinstance(m, view.PositionChanged)]
        assert top in positions and positions[-1] == 0


async def test_word_sentence_and_paragraph_keys() -> None:
    text = "Mr. Smith came home. He slept well.\n\nNext day, he woke up."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.press("w")
        assert view.cursor == text.index("Smith")
        await pilot.press("right_parenthesis")
        assert view.cursor == text.index("He slept")
        await pilot.press("b")
        assert view.cursor == text.index("home")
        await pilot.press("right_curly_bracket")
        assert view.cursor == text.index("Next")
        await pilot.press("left_parenthesis")
        assert view.cursor == text.index("He slept")
        await pilot.press("left_curly_bracket")
        assert view.cursor == 0
        moved = [m.offset for m in app.messages if isinstance(m, ArticleView.CursorMoved)]
        assert moved[-1] == 0 and text.index("Next") in moved


async def test_bracket_keys_jump_between_quotes() -> None:
    text = 'He said "first thing" and then "second thing" and left.'
    quotes = [
        StyledSpan(text.index('"first'), text.index("and then") - 1, "quote"),
        StyledSpan(text.index('"second'), text.index(" and left"), "quote"),
    ]
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.set_spans("quotes", quotes)
        view.focus()
        await pilot.press("right_square_bracket")
        assert view.cursor == quotes[0].start
        await pilot.press("right_square_bracket")
        assert view.cursor == quotes[1].start
        await pilot.press("right_square_bracket")
        assert view.cursor == quotes[1].start
        await pilot.press("left_square_bracket")
        assert view.cursor == quotes[0].start


async def test_v_then_motions_extend_a_selection_and_escape_clears_it() -> None:
    text = "One two three four five."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        await pilot.press("w", "v", "w", "w")
        assert view.selected_text() == "two three f"
        await pilot.press("b")
        assert view.selected_text() == "two t"
        await pilot.press("escape")
        assert view.selection is None
        assert app.screen_escapes == 0
        selections = [m.selection for m in app.messages if isinstance(m, view.SelectionChanged)]
        assert selections[-1] is None and (4, 15) in selections


async def test_escape_without_a_selection_reaches_the_screen() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        app.view.set_article("Nothing selected here.")
        app.view.focus()
        await pilot.press("escape")
        assert app.screen_escapes == 1
        app.view.action_clear_selection()  # what a screen may call after acting on a selection
        await pilot.press("v", "w", "escape")
        assert app.view.selection is None and app.screen_escapes == 1


async def test_s_selects_the_sentence_under_the_cursor() -> None:
    text = "First, Dr. Who spoke. The U.S. team, 3.5 points up, won it. Last."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.focus()
        view.move_cursor(text.index("team"))
        await pilot.press("s")
        start, end = motions.sentence_bounds(text, text.index("team"))
        assert view.selection == (start, end)
        assert view.selected_text() == "The U.S. team, 3.5 points up, won it."
        await pilot.press("w")
        assert view.selected_text().startswith("The U.S. team, 3.5 points up, won it. L")


async def test_move_cursor_with_select_extends_and_without_ends_the_selection() -> None:
    text = "Alpha beta gamma."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        view = app.view
        view.set_article(text)
        view.move_cursor(text.index("beta"), select=True)
        assert view.selected_text() == "Alpha b"
        view.move_cursor(0)
        await pilot.pause()
        assert view.selection is None


async def test_bindings_can_be_remapped_by_id() -> None:
    text = "Short one.\n\nNext paragraph."
    app = ViewHost()
    async with app.run_test(size=(100, 30)) as pilot:
        app.set_keymap({"reader.line_down": "n"})
        app.view.set_article(text)
        app.view.focus()
        await pilot.press("n")
        assert app.view.cursor == text.index("Next")


async def test_revealing_boilerplate_keeps_the_reading_position() -> None:
    paragraphs = [f"Paragraph {n} has a few words in it." for n in range(100)]
    text = "\n\n".join(paragraphs)
    blocks = [
        BoilerplateBlock(offset=text.index(f"Paragraph {n} "), text="Advertisement", kind="ad")
        for n in range(1, 100, 3)
    ]
    app = ViewHost()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.view
        view.set_article(text, blocks, position=text.index("Paragraph 60 "))
        await pilot.pause()
        view.show_boilerplate = True
        await pilot.pause()
        assert view.offset_at_top() == text.index("Paragraph 60 ")
        assert "Advertisement" in [row_text(view, y) for y in range(20)]
        view.show_boilerplate = False
        await pilot.pause()
        assert view.offset_at_top() == text.index("Paragraph 60 ")
