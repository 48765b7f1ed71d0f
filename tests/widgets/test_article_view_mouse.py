"""Mouse selection (Textual's own) maps to offsets in the text, and the reading position
survives set_article and scrolling."""

from __future__ import annotations

from tests.widgets.hosts import ViewHost, component, style_of

TEXT = "The minister said the plan would work. Critics disagreed loudly.\n\nA second paragraph."


async def test_a_mouse_drag_selects_text_the_app_can_map_to_offsets() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        await pilot.pause()
        margin = (view.scrollable_content_region.width - 80) // 2
        start, end = TEXT.index("said"), TEXT.index(" would")
        await pilot.mouse_down(view, offset=(margin + start, 0))
        # Textual's selection takes in the cell under the pointer.
        await pilot.hover(view, offset=(margin + end - 1, 0))
        await pilot.mouse_up(view, offset=(margin + end - 1, 0))
        await pilot.pause()
        assert view.selection == (start, end)
        assert view.selected_text() == "said the plan"
        assert app.screen.get_selected_text() == "said the plan"
        assert style_of(view, 0, "the plan").bgcolor == component(view, "selection").bgcolor
        changes = [m.selection for m in app.messages if isinstance(m, view.SelectionChanged)]
        assert changes[-1] == (start, end)


async def test_a_drag_across_paragraphs_selects_the_text_between() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        await pilot.pause()
        margin = (view.scrollable_content_region.width - 80) // 2
        await pilot.mouse_down(view, offset=(margin + TEXT.index("Critics"), 0))
        await pilot.hover(view, offset=(margin + 7, 2))
        await pilot.mouse_up(view, offset=(margin + 7, 2))
        await pilot.pause()
        assert view.selected_text() == "Critics disagreed loudly.\n\nA second"


async def test_set_article_opens_at_the_saved_position() -> None:
    text = "\n\n".join(f"Paragraph number {n} of the piece." for n in range(200))
    position = text.index("Paragraph number 120")
    app = ViewHost()
    async with app.run_test(size=(100, 20)) as pilot:
        view = app.view
        view.set_article(text, position=position)
        await pilot.pause()
        assert view.offset_at_top() == position
        assert view.cursor == position
        view.scroll_to_offset(text.index("Paragraph number 20 "))
        await pilot.pause()
        assert view.offset_at_top() == text.index("Paragraph number 20 ")
        view.scroll_to_offset(text.index("Paragraph number 60 "), center=True)
        await pilot.pause()
        assert view.row_of(text.index("Paragraph number 60 ")) in (9, 10)


async def test_a_click_puts_the_cursor_on_the_character_under_the_pointer() -> None:
    app = ViewHost()
    async with app.run_test(size=(100, 10)) as pilot:
        view = app.view
        view.set_article(TEXT)
        await pilot.pause()
        margin = (view.scrollable_content_region.width - 80) // 2
        await pilot.click(view, offset=(margin + TEXT.index("plan"), 0))
        assert view.cursor == TEXT.index("plan")
        await pilot.click(view, offset=(margin + 2, 2))
        assert view.cursor == TEXT.index("A second") + 2
        assert view.selection is None
