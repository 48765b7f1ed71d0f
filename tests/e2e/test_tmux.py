"""The real `reader` command in a real terminal (tmux): read, search, select, note, quit."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time

import pytest

from reader.cli import main
from reader.store import LibraryStore
from tests.conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    def __init__(self, name: str, command: str, env: dict[str, str]) -> None:
        self.name = name
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
             f"env {exports} {command}"],
            check=True,
        )  # fmt: skip

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        command = ["tmux", "send-keys", "-t", self.name]
        if literal:
            command.append("-l")
        subprocess.run([*command, *keys], check=True)
        time.sleep(0.3)

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name]).returncode == 0

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def test_read_search_select_note_quit_then_store_and_export(seeds_dir, tmp_path):
    from reader.library.importer import load_article

    seed = sorted(seeds_dir.glob("*.txt"))[0]
    # A phrase picked from the article at run time (seed text never lives in this repo):
    # five words from the middle of the text that occur nowhere else in it.
    reading_text = load_article(seed).text
    words = reading_text[len(reading_text) // 3 :].split()[1:]
    phrase = next(
        candidate
        for candidate in (" ".join(words[i : i + 5]) for i in range(len(words) - 5))
        if reading_text.lower().count(candidate.lower()) == 1 and candidate.isascii()
    )
    library = tmp_path / "library.json"
    env = {
        "READER_DB": str(library),
        "PYTHONPATH": str(REPO),
        "TERM": "xterm-256color",
        "TEXTUAL_CURSOR_BLINK": "0",
        "PATH": os.environ.get("PATH", ""),
    }
    command = f"{shlex.quote(sys.executable)} -m reader {shlex.quote(str(seed))}"
    terminal = Terminal(f"reader-e2e-{os.getpid()}", command, env)
    try:
        terminal.wait_for(load_article(seed).title[:30])
        terminal.keys("/")
        terminal.keys(phrase, literal=True)
        terminal.keys("Enter")
        terminal.keys("s")
        terminal.keys("a")
        terminal.wait_for("ctrl+s save")
        terminal.keys("Who is the source?", literal=True)
        terminal.keys("C-s")
        terminal.wait_for("Note saved")
        terminal.keys("q")
        terminal.wait_for("1 highlight")
        terminal.keys("q")
        deadline = time.monotonic() + 10
        while terminal.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not terminal.alive(), "reader should quit on q from the library"
    finally:
        terminal.close()

    with LibraryStore(library) as store:
        (summary,) = store.list_articles()
        (note,) = store.annotations_for(summary.id)
        text = store.load_article(summary.id).text
    assert note.note == "Who is the source?"
    assert phrase in note.exact, "the note is on the sentence holding the phrase searched for"
    assert note.exact.endswith((".", "”", '"')), "a whole sentence was selected"
    assert text[note.start : note.end] == note.exact

    out = tmp_path / "export.md"
    assert main(["--db", str(library), "export", summary.id, "-o", str(out)]) == 0
    exported = out.read_text(encoding="utf-8")
    assert "Who is the source?" in exported
    assert phrase in exported
