"""The library screen: the table, filtering, sorting, opening, importing, tags and delete/undo."""

from __future__ import annotations

from textual.widgets import Static

from reader.dialogs.import_dialog import ImportDialog, complete_path
from reader.screens.library_screen import LibraryScreen
from reader.screens.reader_screen import ReaderScreen
from reader.store import Annotation
from reader.widgets.article_table import ArticleTable

from .conftest import article_id_titled, make_app


def titles_shown(screen: LibraryScreen) -> list[str]:
    table = screen.query_one(ArticleTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_table_lists_articles_with_status_line(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert len(titles_shown(screen)) == app.store.article_count() >= 10
        status = str(screen.query_one("#status", Static).render())
        assert f"{app.store.article_count()} articles" in status  # plural
        assert str(sample_library) in status


async def test_filter_as_you_type_then_escape_clears(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        everything = len(titles_shown(screen))
        await pilot.press("slash", *"aberdeen")
        await pilot.pause()
        shown = titles_shown(screen)
        assert shown and len(shown) < everything
        assert any("Aberdeen" in title for title in shown)
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert len(titles_shown(screen)) == everything


async def test_filter_matches_article_text_once_indexed(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        # A word from the body of the harbour story only, not from any title.
        await pilot.press("slash", *"McAllister")
        await pilot.pause()
        assert [t for t in titles_shown(screen)] == [
            t for t in titles_shown(screen) if t.startswith("Aberdeen harbour strike")
        ]
        assert titles_shown(screen)


async def test_sorting_by_column(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.sort_by("title")
        await pilot.pause()
        shown = titles_shown(screen)
        assert shown == sorted(shown, key=str.casefold)
        screen.sort_by("title")
        assert titles_shown(screen) == list(reversed(shown))
        await pilot.press("s")
        assert screen.sort_column == "source"


async def test_enter_opens_the_article(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_delete_asks_then_undo_brings_back_the_notes(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    article_id = article_id_titled(sample_library, "Aberdeen harbour strike")
    text = app.store.load_article(article_id).text
    app.store.add_annotation(Annotation.from_text(article_id, text, 0, 20, note="keep"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(ArticleTable)
        table.move_cursor(row=table.get_row_index(article_id))
        await pilot.press("d")
        await pilot.press("n")
        assert app.store.has_article(article_id)
        await pilot.press("d", "y")
        await pilot.pause()
        assert not app.store.has_article(article_id)
        assert app.store.annotation_count() == 0
        await pilot.press("u")
        await pilot.pause()
        assert [a.note for a in app.store.annotations_for(article_id)] == ["keep"]
        assert screen.current_article_id() == article_id


async def test_t_edits_article_tags_with_completion(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        article_id = screen.current_article_id()
        before = app.store.article_meta(article_id)["tags"]
        await pilot.press("t", "end", *", research", "enter")
        await pilot.pause()
        assert app.store.article_meta(article_id)["tags"] == sorted(
            set(before) | {"research"}, key=str.casefold
        )


async def test_i_imports_a_path(sample_library, tmp_path):
    extra = tmp_path / "new-story.txt"
    extra.write_text(
        "Ferry timetable changes\n\nThe ferry will sail twice a day, the operator said.\n",
        encoding="utf-8",
    )
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        count = app.store.article_count()
        await pilot.press("i")
        assert isinstance(app.screen, ImportDialog)
        await pilot.press(*str(extra), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store.article_count() == count + 1
        assert "Ferry timetable changes" in titles_shown(app.screen)


def test_path_completion(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    assert complete_path(str(tmp_path / "art")) == str(tmp_path / "articles") + "/"
    assert complete_path(str(tmp_path / "no")) == str(tmp_path / "notes.txt")
    assert complete_path(str(tmp_path / "zzz")) is None


async def test_tag_filter_shows_only_tagged_articles(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    tagged = article_id_titled(sample_library, "Aberdeen harbour strike")
    app.store.set_article_tags(tagged, ["labour"])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f", *"lab", "right", "enter")
        await pilot.pause()
        assert app.screen.tag_filter == "labour"
        assert [t[:22] for t in titles_shown(app.screen)] == ["Aberdeen harbour strik"]
        await pilot.press("escape")
        assert len(titles_shown(app.screen)) == app.store.article_count()


async def test_title_column_takes_the_room_a_wide_terminal_has(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(180, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        title = next(c for c in table.columns if c.key == "title")
        assert title.width > 90
        longest = max(app.store.list_articles(), key=lambda s: len(s.title)).title
        row = titles_shown(app.screen).index(longest)
        assert longest in table.render_line(row + 1).text, "drawn whole, not cut with …"


async def test_every_column_is_in_view_in_a_120_column_terminal(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        header = table.render_line(0).text
        assert header.rstrip().endswith("Tags")
        tagged = next(s for s in app.store.list_articles() if s.tags)
        row = titles_shown(app.screen).index(tagged.title)
        assert ", ".join(tagged.tags)[:17] in table.render_line(row + 1).text  # 18 with the …


async def test_j_k_g_and_shift_g_move_through_the_library_as_in_the_reader(
    sample_library, tmp_path
):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
