"""Resource limits: a file over the size limit is refused with a clear reason, and the app
answers keys while a large import runs in the background."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from textual.worker import WorkerState

from reader.app import ReaderApp
from reader.cli import main
from reader.library.importer import MAX_FILE_BYTES
from reader.screens.library_screen import LibraryScreen
from reader.store import LibraryStore

from .conftest import run_reader

PARAGRAPH = "The harbour board voted to close the north pier for repairs, a spokesman said. "


def oversized(folder: Path, name: str = "huge.txt") -> Path:
    """A sparse file one byte over the limit: it costs no disk space or write time."""
    path = folder / name
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    return path


def article_file(folder: Path, name: str, paragraphs: int = 3) -> Path:
    path = folder / name
    body = "\n\n".join(f"{PARAGRAPH * 4}({name} part {n})" for n in range(paragraphs))
    path.write_text(f"Pier story {name}\n\n{body}\n", encoding="utf-8")
    return path


def test_a_file_over_the_limit_is_refused_and_the_others_still_import(
    tmp_path, library_file, capsys
):
    huge = oversized(tmp_path)
    fine = article_file(tmp_path, "fine.txt")
    started = time.monotonic()
    assert main(["import", str(huge), str(fine)]) == 1
    assert time.monotonic() - started < 10, "refused from its size, without reading it"
    err = capsys.readouterr().err
    (refusal,) = [line for line in err.splitlines() if "huge.txt" in line]
    assert str(huge) in refusal and "larger than 20 MB" in refusal
    with LibraryStore(library_file) as store:
        assert [s.title for s in store.list_articles()] == ["Pier story fine.txt"]


def test_opening_a_file_over_the_limit_says_why(tmp_path, library_file):
    huge = oversized(tmp_path, "huge.html")
    for command in ([str(huge)], ["detect", str(huge), "--json"]):
        result = run_reader(*command, db=library_file)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert str(huge) in result.stderr and "larger than 20 MB" in result.stderr


async def test_the_app_answers_keys_while_a_large_import_runs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    count = 120
    for n in range(count):
        article_file(folder, f"story-{n:03}.txt", paragraphs=40)
    oversized(folder)
    # The last file is a pipe, like a file on a slow network share: the import waits on it
    # until the test has pressed its keys, however fast the machine.
    slow = folder / "zz-slow.txt"
    os.mkfifo(slow)
    library = tmp_path / "library.json"
    themes = tmp_path / "themes"
    themes.mkdir()
    app = ReaderApp(library, user_themes_dir=themes, watch_library=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("i", *str(folder), "enter")
        (worker,) = [w for w in app.workers if w.group == "import"]
        sort_before = screen.sort_column
        slowest = 0.0
        for _ in range(3):
            pressed = time.monotonic()
            await pilot.press("s")
            slowest = max(slowest, time.monotonic() - pressed)
        assert screen.sort_column != sort_before, "the key was handled"
        assert worker.state is WorkerState.RUNNING, "while the import was still running"
        assert slowest < 1.0, f"a key took {slowest:.2f} s to be handled"
        feeding = threading.Thread(
            target=slow.write_text, args=(f"Slow one\n\n{PARAGRAPH}",), daemon=True
        )
        feeding.start()
        await app.workers.wait_for_complete()
        feeding.join(timeout=10)
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(f"{count + 1} added" in m and "huge.txt" in m for m in messages), messages
        assert len(screen.summaries) == count + 1
