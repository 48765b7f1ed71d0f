"""The reader screen, driven from the keyboard, checked on screen and in the store."""

from __future__ import annotations

from reader.dialogs.note_editor import NoteEditor
from reader.dialogs.tag_editor import TagEditor
from reader.screens.help_screen import HelpScreen
from reader.screens.library_screen import LibraryScreen
from reader.screens.reader_screen import ReaderScreen
from reader.store import LibraryStore
from reader.widgets.article_view import ArticleView
from reader.widgets.side_panel import SidePanel

from .conftest import article_id_titled, make_app

HARBOUR = "Aberdeen harbour strike"


async def open_harbour(pilot, library):
    app = pilot.app
    app.open_article(article_id_titled(library, HARBOUR))
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen, app.screen.query_one(ArticleView)


def stored(library, article_id):
    with LibraryStore(library) as store:
        return store.annotations_for(article_id)


async def test_sentence_then_h_makes_a_highlight_in_the_store(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        text = view.text
        view.move_cursor(text.index("People here work through the night"))
        await pilot.press("s", "h")
        await pilot.pause()
        (highlight,) = app.store.annotations_for(screen.article.id)
        assert highlight.exact.lstrip("“").startswith("People here work through the night")
        assert highlight.exact.endswith("rain.")
        assert view.selection is None, "the selection is used up by the highlight"
    assert [a.exact for a in stored(sample_library, screen.article.id)] == [highlight.exact]


async def test_h_on_a_quote_highlights_the_quote(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        assert screen.detection is not None and screen.detection.quotes
        view.move_cursor(0)
        await pilot.press("right_square_bracket")
        first_quote = screen.detection.quotes[0]
        assert view.cursor == first_quote.start
        await pilot.press("h")
        (highlight,) = app.store.annotations_for(screen.article.id)
        assert (highlight.start, highlight.end) == (first_quote.start, first_quote.end)


async def test_note_editor_saves_with_ctrl_s_and_cancel_asks_first(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(view.text.index("Crane operators at Aberdeen"))
        await pilot.press("s", "a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Check the union figure")
        await pilot.press("ctrl+s")
        await pilot.pause()
        (annotation,) = app.store.annotations_for(screen.article.id)
        assert annotation.note == "Check the union figure"
        assert annotation.exact.startswith("Crane operators at Aberdeen")

        # On the highlight, `a` edits its note; escape with changes asks before discarding.
        view.move_cursor(annotation.start + 3)
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*" again")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ConfirmDialog"
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.store.annotation(annotation.id).note == "Check the union figure"


async def test_delete_undo_redo(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(view.text.index("More than 140 members"))
        await pilot.press("s", "h")
        (highlight,) = app.store.annotations_for(screen.article.id)
        view.move_cursor(highlight.start + 5)
        await pilot.press("x")
        assert app.store.annotations_for(screen.article.id) == []
        await pilot.press("u")
        assert [a.id for a in app.store.annotations_for(screen.article.id)] == [highlight.id]
        await pilot.press("u")
        assert app.store.annotations_for(screen.article.id) == []
        await pilot.press("ctrl+r")
        assert [a.id for a in app.store.annotations_for(screen.article.id)] == [highlight.id]


async def test_tags_go_on_the_highlight_under_the_cursor_else_the_article(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(view.text.index("More than 140 members"))
        await pilot.press("s", "h")
        (highlight,) = app.store.annotations_for(screen.article.id)
        view.move_cursor(highlight.start + 1)
        await pilot.press("t")
        assert isinstance(app.screen, TagEditor)
        await pilot.press(*"pay, unions", "enter")
        await pilot.pause()
        assert app.store.annotation(highlight.id).tags == ["pay", "unions"]

        view.move_cursor(0)
        await pilot.press("t")
        await pilot.press(*"labour", "enter")
        await pilot.pause()
        assert app.store.article_meta(screen.article.id)["tags"] == ["labour"]


async def test_search_moves_the_cursor_to_matches(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        text = view.text
        view.move_cursor(0)
        await pilot.press("slash", *"nordhavn", "enter")
        await pilot.pause()
        lowered = text.lower()
        first = lowered.index("nordhavn")
        assert view.cursor == first
        await pilot.press("n")
        assert view.cursor == lowered.index("nordhavn", first + 1)
        await pilot.press("N")
        assert view.cursor == first
        assert len(screen.search_matches) == lowered.count("nordhavn")


async def test_side_panel_jumps_to_a_quote(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        await pilot.press("p")
        panel = screen.query_one(SidePanel)
        assert panel.display
        panel.active = "tab-quotes"
        await pilot.pause()
        panel.focus_current()
        await pilot.press("down", "enter")
        await pilot.pause()
        starts = {q.start for q in screen.detection.quotes}
        assert view.cursor in starts


async def test_reading_position_survives_reopening(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        await pilot.press("space", "space")
        await pilot.pause()
        top = view.offset_at_top()
        assert top > 0
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        assert abs(view.offset_at_top() - top) <= 100


async def test_copy_export_help_and_boilerplate(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    app.store.set_setting("export_folder", str(tmp_path / "exports"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(view.text.index("More than 140 members"))
        await pilot.press("s", "y")
        assert app.clipboard.startswith("More than 140 members")
        await pilot.press("h", "e")
        await pilot.pause()
        (exported,) = (tmp_path / "exports").glob("*.md")
        assert "More than 140 members" in exported.read_text(encoding="utf-8")

        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = dict((desc, keys) for keys, desc in app.screen.rows)
        assert "Highlight" in rows and "Next quote" in rows
        await pilot.press("escape")

        assert not view.show_boilerplate
        await pilot.press("B")
        assert view.show_boilerplate


async def test_changes_from_another_process_show_up(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        other = LibraryStore(sample_library)
        from reader.store import Annotation

        start = view.text.index("Crane operators")
        other.add_annotation(
            Annotation.from_text(screen.article.id, view.text, start, start + 15, note="cli")
        )
        other.close()
        app.pick_up_outside_changes()
        await pilot.pause()
        assert [a.note for a in screen.annotations] == ["cli"]


async def test_keymap_in_the_config_file_remaps_a_binding(
    sample_library, tmp_path, _isolated_config
):
    _isolated_config.write_text('[keymap]\n"reader.highlight" = "H"\n', encoding="utf-8")
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(view.text.index("More than 140 members"))
        await pilot.press("s", "h")
        assert app.store.annotations_for(screen.article.id) == [], "h is no longer bound"
        await pilot.press("H")
        assert len(app.store.annotations_for(screen.article.id)) == 1


async def test_an_orphaned_highlight_can_be_seen_and_reattached(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    article_id = article_id_titled(sample_library, HARBOUR)
    from reader.store import Annotation

    orphan = Annotation(
        article_id=article_id, start=0, end=5, exact="words that are gone", note="kept",
        orphan=True,
    )  # fmt: skip
    app.store.add_annotation(orphan)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        await pilot.press("p")
        panel = screen.query_one(SidePanel)
        panel.active = "tab-notes"
        await pilot.pause()
        panel.focus_current()
        await pilot.press("down", "enter")  # no selection yet: it says what to do
        await pilot.pause()
        assert app.store.annotation(orphan.id).orphan
        assert any("lost its place" in n.message for n in app._notifications)

        view.move_cursor(view.text.index("More than 140 members"))
        view.action_select_sentence()
        panel.focus_current()
        await pilot.press("enter")
        await pilot.pause()
        placed = app.store.annotation(orphan.id)
        assert not placed.orphan and placed.note == "kept"
        assert placed.exact.startswith("More than 140 members")


async def test_entity_enter_steps_through_its_mentions(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        mentions: dict[str, list[int]] = {}
        for entity in screen.detection.entities:
            if entity.label == "PERSON":
                mentions.setdefault(entity.canonical, []).append(entity.start)
        # The first person listed is the most mentioned one.
        top = max(sorted(mentions), key=lambda name: len(mentions[name]))
        assert len(mentions[top]) >= 2
        await pilot.press("p")
        await pilot.pause()
        screen.query_one(SidePanel).focus_current()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert view.cursor == sorted(mentions[top])[0]
        await pilot.press("enter")
        await pilot.pause()
        assert view.cursor == sorted(mentions[top])[1]


async def test_mouse_selection_then_h_and_a(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_harbour(pilot, sample_library)
        view.move_cursor(0)
        await pilot.pause()
        row = view.row_of(0)
        assert row is not None
        margin = (view.scrollable_content_region.width - 80) // 2
        first_line = view.text.split("\n")[0][:80]
        word_end = first_line.index(" employed")  # "Crane operators"
        await pilot.mouse_down(view, offset=(margin, row))
        await pilot.hover(view, offset=(margin + word_end - 1, row))
        await pilot.mouse_up(view, offset=(margin + word_end - 1, row))
        await pilot.pause()
        assert view.selected_text() == "Crane operators"
        await pilot.press("h")
        (highlight,) = app.store.annotations_for(screen.article.id)
        assert highlight.exact == "Crane operators"

        await pilot.mouse_down(view, offset=(margin + word_end + 1, row))
        await pilot.hover(view, offset=(margin + word_end + 8, row))
        await pilot.mouse_up(view, offset=(margin + word_end + 8, row))
        await pilot.pause()
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"by whom?", "ctrl+s")
        await pilot.pause()
        notes = {a.exact: a.note for a in app.store.annotations_for(screen.article.id)}
        assert notes == {"Crane operators": "", "employed": "by whom?"}, notes
