"""How the screens look, with each bundled theme used at least once.

Update the baselines deliberately with `pytest tests/app/test_snapshots.py --snapshot-update`
and look at the report before committing them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.ingest import import_paths
from reader.store import Annotation, LibraryStore
from tests.conftest import SAMPLES

SIZE = (120, 36)


def snapshot_app(name: str, theme: str) -> ReaderApp:
    # A fixed path: the library's path is shown in the status line.
    folder = Path("/tmp/reader-snapshots") / name
    shutil.rmtree(folder, ignore_errors=True)
    library = folder / "library.json"
    with LibraryStore(library) as store:
        import_paths(store, [SAMPLES])
        store.set_setting("theme", theme)
        harbour = next(s for s in store.list_articles() if s.title.startswith("Aberdeen harbour"))
        text = store.load_article(harbour.id).text
        start = text.index("More than 140 members")
        store.add_annotation(
            Annotation.from_text(
                harbour.id, text, start, text.index(".", start) + 1, note="Check the count",
                id="0" * 32, created="2024-01-01T00:00:00+00:00",
                updated="2024-01-01T00:00:00+00:00",
            )
        )  # fmt: skip
    empty_themes = folder / "themes"
    empty_themes.mkdir()
    return ReaderApp(library_path=library, user_themes_dir=empty_themes, watch_library=False)


async def open_harbour(pilot) -> None:
    app = pilot.app
    article_id = next(
        s.id for s in app.store.list_articles() if s.title.startswith("Aberdeen harbour")
    )
    app.open_article(article_id)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch):
    monkeypatch.setenv("TEXTUAL_CURSOR_BLINK", "0")


def test_library_dark(snap_compare):
    app = snapshot_app("library", "reader-dark")

    async def ready(pilot):
        await pilot.app.workers.wait_for_complete()
        pilot.app.screen.sort_by("title")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_reader_all_layers_light(snap_compare):
    app = snapshot_app("reader", "reader-light")
    assert snap_compare(app, terminal_size=SIZE, run_before=open_harbour)


def test_side_panel_sepia(snap_compare):
    app = snapshot_app("panel", "reader-sepia")

    async def panel(pilot):
        await open_harbour(pilot)
        await pilot.press("p")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(140, 36), run_before=panel)


def test_help_high_contrast(snap_compare):
    app = snapshot_app("help", "reader-high-contrast")

    async def help_screen(pilot):
        await open_harbour(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=help_screen)


def test_note_editor_dark(snap_compare):
    app = snapshot_app("note", "reader-dark")

    async def note(pilot):
        await open_harbour(pilot)
        view = pilot.app.screen.query_one("ArticleView")
        view.move_cursor(view.text.index("More than 140 members") + 3)
        await pilot.press("a")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=note)
