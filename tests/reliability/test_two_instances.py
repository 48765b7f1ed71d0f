"""The app open while `reader annotate` or another process writes to the same library.

Nothing either side saves may be lost, and the open app shows what the others wrote
without a restart.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.library.article import Article
from reader.library.importer import load_article
from reader.screens.reader_screen import ReaderScreen
from reader.store import Annotation, LibraryStore
from reader.widgets.article_view import ArticleView
from tests.conftest import REPO

SENTENCES = [
    "The harbour board met on a wet Tuesday evening.",
    "Its members voted to close the north pier for repairs.",
    "Boat owners were told to move their moorings by spring.",
    "A ferry will run from the south quay in the meantime.",
    "The repairs should take about eleven weeks to finish.",
    "Traders on the front asked for help with lost custom.",
    "The board promised to publish the full costs next month.",
    "Walkers may still use the path along the sea wall.",
]
TEXT = "\n\n".join(SENTENCES)
ARTICLE_ID = "harbourboard"

STORE_WRITER = """
import sys, time
from pathlib import Path
from reader.store import Annotation, LibraryStore
library, name, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
store = LibraryStore(library)
text = store.load_article("harbourboard").text
base = len(text) - 63  # in the last sentences, away from where the user's note goes
saved = 0
while saved < 60 or not (folder / "stop").exists():
    start = base + saved % 60
    store.add_annotation(
        Annotation.from_text("harbourboard", text, start, start + 3, note=f"{name}-{saved}")
    )
    saved += 1
    (folder / "saving").touch()
    time.sleep(0.02)  # spread the saves out so the app saves in between
store.close()
(folder / "saved").write_text(str(saved))
"""


@pytest.fixture
def shared_library(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "library.json"
    with LibraryStore(path) as store:
        store.save_article(Article(title="Harbour board", text=TEXT, id=ARTICLE_ID))
    return path


def child_env(library: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "READER_DB": str(library)}


def reader_annotate(library: Path, exact: str, note: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "reader", "annotate", ARTICLE_ID, "--exact", exact]
    return subprocess.Popen(
        [*command, "--note", note],
        env=child_env(library),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def make_app(library: Path, tmp_path: Path, watch: bool) -> ReaderApp:
    themes = tmp_path / "themes"
    themes.mkdir(exist_ok=True)
    return ReaderApp(library, user_themes_dir=themes, watch_library=watch)


async def open_article(pilot) -> tuple[ReaderScreen, ArticleView]:
    app = pilot.app
    app.open_article(ARTICLE_ID)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen, app.screen.query_one(ArticleView)


async def wait_for_exit(pilot, process: subprocess.Popen[str], seconds: float = 60) -> str:
    """Keep the app's loop turning while the child runs; its stderr when it failed."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        await pilot.pause(0.05)
    _, stderr = process.communicate(timeout=5)
    return stderr if process.returncode else ""


async def wait_until(pilot, condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.1)
    return condition()


async def test_open_app_shows_a_highlight_made_by_reader_annotate(shared_library, tmp_path):
    app = make_app(shared_library, tmp_path, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_article(pilot)
        assert screen.annotations == []
        exact = "close the north pier"
        cli = reader_annotate(shared_library, exact, "from the command line")
        assert await wait_for_exit(pilot, cli) == ""
        deadline = time.monotonic() + 10
        while not screen.annotations and time.monotonic() < deadline:
            await pilot.pause(0.1)  # the app looks for outside changes every 1.5 s
        (shown,) = screen.annotations
        assert (shown.exact, shown.note) == (exact, "from the command line")
        start = TEXT.index(exact)
        view.move_cursor(0)
        await pilot.pause()
        row = view.row_of(start)
        assert row is not None
        underline = view.get_component_rich_style("article-view--highlight-note", partial=True)
        plain = view.get_component_rich_style("article-view--highlight", partial=True)
        marked = "".join(
            segment.text
            for segment in view.render_line(row)
            if segment.style is not None
            and (
                segment.style.bgcolor in {plain.bgcolor, underline.bgcolor} - {None}
                or (underline.underline and segment.style.underline)
            )
        )
        assert marked == exact, "the new highlight is drawn on its words"


async def test_app_saves_and_concurrent_writers_all_land(shared_library, tmp_path):
    app = make_app(shared_library, tmp_path, watch=True)
    signals = tmp_path / "writer"
    signals.mkdir()
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_article(pilot)
        writer = subprocess.Popen(
            [sys.executable, "-c", STORE_WRITER, str(shared_library), "writer", str(signals)],
            env=child_env(shared_library),
            stderr=subprocess.PIPE,
            text=True,
        )
        clis = [
            reader_annotate(shared_library, sentence.split()[1], f"cli-{n}")
            for n, sentence in enumerate(SENTENCES[:4])
        ]
        assert await wait_until(pilot, (signals / "saving").exists, 60), "the writer started"
        # Meanwhile the user highlights one sentence after another; the writer keeps saving
        # until the user is done.
        app_highlights: Counter[str] = Counter()
        for sentence in SENTENCES:
            view.move_cursor(TEXT.index(sentence) + 2)
            await pilot.press("s", "h")
            app_highlights[sentence] += 1
            assert writer.poll() is None, "the other process was saving all along"
        view.move_cursor(TEXT.index(SENTENCES[0]) + 2)
        await pilot.press("a", *"mine", "ctrl+s")
        await pilot.pause()
        (signals / "stop").touch()
        for process in [writer, *clis]:
            assert await wait_for_exit(pilot, process) == ""
        app.pick_up_outside_changes()
        await pilot.pause()
        seen_by_app = Counter(a.note or a.exact for a in app.store.annotations_for(ARTICLE_ID))
    writer_saves = int((signals / "saved").read_text())
    with LibraryStore(shared_library) as store:
        on_disk = Counter(a.note or a.exact for a in store.annotations_for(ARTICLE_ID))
    expected = Counter({f"writer-{i}": 1 for i in range(writer_saves)})
    expected.update(f"cli-{n}" for n in range(4))
    expected.update(app_highlights)
    expected[SENTENCES[0]] -= 1  # the innermost highlight there now carries the note
    expected["mine"] += 1
    assert on_disk == +expected, "every save of every process is there, once"
    assert seen_by_app == +expected, "the open app sees every change without a restart"


def test_two_apps_changing_one_highlight_keep_both_changes(shared_library):
    first_app, second_app = LibraryStore(shared_library), LibraryStore(shared_library)
    highlight = first_app.add_annotation(Annotation.from_text(ARTICLE_ID, TEXT, 4, 11))
    second_app.refresh()
    first_app.update_annotation(highlight.id, tags=["boats"])
    second_app.update_annotation(highlight.id, note="check the date")  # before its next refresh
    first_app.close()
    second_app.close()
    with LibraryStore(shared_library) as store:
        kept = store.annotation(highlight.id)
    assert (kept.note, kept.tags) == ("check the date", ["boats"])


async def test_a_library_locked_too_long_by_another_process_is_reported_not_a_crash(
    shared_library, tmp_path, monkeypatch
):
    from filelock import FileLock

    from reader.store import journaled_db

    monkeypatch.setattr(journaled_db, "LOCK_TIMEOUT_SECONDS", 0.3)
    app = make_app(shared_library, tmp_path, watch=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_article(pilot)
        other_process = FileLock(str(shared_library) + ".lock")
        view.move_cursor(TEXT.index(SENTENCES[1]))
        with other_process:
            await pilot.press("s", "h")
            await pilot.pause()
        assert app.is_running and app.screen is screen
        assert any("locked" in n.message for n in app._notifications)
        await pilot.press("s", "h")  # once the other process lets go, saving works again
        assert [a.exact for a in app.store.annotations_for(ARTICLE_ID)] == [SENTENCES[1]]


async def test_library_screen_lists_an_article_imported_by_the_cli(shared_library, tmp_path):
    source = tmp_path / "ferry.txt"
    source.write_text("Ferry timetable changes\n\nThe ferry runs twice an hour.\n", "utf-8")
    app = make_app(shared_library, tmp_path, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert [s.title for s in screen.summaries] == ["Harbour board"]
        cli = subprocess.Popen(
            [sys.executable, "-m", "reader", "import", str(source)],
            env=child_env(shared_library),
            stderr=subprocess.PIPE,
            text=True,
        )
        assert await wait_for_exit(pilot, cli) == ""
        assert await wait_until(pilot, lambda: len(screen.summaries) == 2)
        assert {s.title for s in screen.summaries} == {"Harbour board", "Ferry timetable changes"}


async def test_open_app_follows_a_restore_made_by_the_cli(shared_library, tmp_path):
    from reader.store.backups import list_backups

    with LibraryStore(shared_library) as store:
        store.add_annotation(Annotation.from_text(ARTICLE_ID, TEXT, 4, 11, note="restored"))
    # Only the first close took a backup (the next is due ten minutes on): no annotation in it.
    assert len(list_backups(shared_library)) == 1
    app = make_app(shared_library, tmp_path, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, view = await open_article(pilot)
        assert [a.note for a in screen.annotations] == ["restored"]
        view.move_cursor(TEXT.index(SENTENCES[2]))
        await pilot.press("s", "h")
        cli = subprocess.Popen(
            [sys.executable, "-m", "reader", "restore", "1"],
            env=child_env(shared_library),
            stderr=subprocess.PIPE,
            text=True,
        )
        assert await wait_for_exit(pilot, cli) == ""
        assert await wait_until(pilot, lambda: screen.annotations == [])
        view.move_cursor(TEXT.index(SENTENCES[4]))
        await pilot.press("s", "h")
        await pilot.pause()
    with LibraryStore(shared_library) as store:
        after = [a.exact for a in store.annotations_for(ARTICLE_ID)]
    assert after == [SENTENCES[4]], "the restore holds; only the save made after it is added"


async def test_open_article_follows_a_reimport_of_its_file_by_the_cli(tmp_path, library_file):
    source = tmp_path / "board.txt"
    source.write_text(f"Harbour board\n\n{TEXT}\n", encoding="utf-8")
    with LibraryStore(library_file) as store:
        article_id = store.save_article(load_article(source)).article_id
        text = store.load_article(article_id).text
        start = text.index("north pier")
        store.add_annotation(Annotation.from_text(article_id, text, start, start + 10))
    app = make_app(library_file, tmp_path, watch=True)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(article_id)
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        view = screen.query_one(ArticleView)
        source.write_text(f"Harbour board\n\nA correction came first.\n\n{TEXT}\n", "utf-8")
        cli = subprocess.Popen(
            [sys.executable, "-m", "reader", "import", str(source)],
            env=child_env(library_file),
            stderr=subprocess.PIPE,
            text=True,
        )
        assert await wait_for_exit(pilot, cli) == ""
        await wait_until(pilot, lambda: screen.annotations[0].start != start)
        (moved,) = screen.annotations
        assert view.text[moved.start : moved.end] == "north pier", "drawn on its words"
