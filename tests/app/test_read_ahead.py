"""The library reads ahead the article the cursor rests on; `enter` then shows it as it is."""

from __future__ import annotations

from pathlib import Path

from reader.ingest import import_paths
from reader.screens.library_screen import PREPARE_AFTER_SECONDS
from reader.screens.reader_screen import ReaderScreen
from reader.widgets.article_table import ArticleTable
from reader.widgets.article_view import ArticleView
from tests.app.conftest import make_app
from tests.widgets.hosts import row_text

STORY = """Harbour strike to go ahead

By A Reporter

Crane operators will walk out on Thursday after talks broke down.

The union said its members had been left with no choice.
"""


def shown_text(view: ArticleView, rows: int = 8) -> str:
    return " ".join(row_text(view, y) for y in range(rows))


async def rest_on_the_first_row(pilot) -> str:
    table = pilot.app.screen.query_one(ArticleTable)
    table.move_cursor(row=0)
    await pilot.pause(PREPARE_AFTER_SECONDS + 0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return table.cursor_key


async def test_the_article_the_cursor_rests_on_is_read_ahead_and_opened(
    sample_library: Path, tmp_path: Path
) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        article_id = await rest_on_the_first_row(pilot)
        assert app.prepared is not None and app.prepared.article.id == article_id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == article_id
        text = app.store.load_article(article_id).text
        shown = shown_text(app.screen.query_one(ArticleView))
        assert " ".join(text.split()[:12]) in " ".join(shown.split())
        assert app.prepared is None, "used once, then let go"


async def test_an_article_changed_after_it_was_read_ahead_opens_as_it_is_now(
    tmp_path: Path,
) -> None:
    source = tmp_path / "harbour.txt"
    source.write_text(STORY, encoding="utf-8")
    library = tmp_path / "library.json"
    from reader.store import LibraryStore

    with LibraryStore(library) as store:
        import_paths(store, [source])
    app = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await rest_on_the_first_row(pilot)
        assert app.prepared is not None
        source.write_text(STORY.replace("Thursday", "Friday"), encoding="utf-8")
        import_paths(app.store, [source])  # re-imported: same article, new words
        await pilot.press("enter")
        await pilot.pause()
        shown = shown_text(app.screen.query_one(ArticleView))
        assert "Friday" in shown and "Thursday" not in shown


async def test_an_unreadable_text_stops_neither_the_read_ahead_nor_the_app(
    sample_library: Path, tmp_path: Path
) -> None:
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        article_id = table.cursor_key
        meta = app.store.article_meta(article_id)
        text_file = app.store._text_path(article_id, meta["content_hash"])
        text_file.unlink()
        text_file.mkdir()  # a folder where the text should be: an OSError, not a missing file
        app.prepared = None
        await rest_on_the_first_row(pilot)
        assert app.is_running and app.prepared is None
        notes: list[str] = []
        app.notify = lambda message, **_: notes.append(message)  # type: ignore[method-assign]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)
        assert any("cannot be read" in note for note in notes)
