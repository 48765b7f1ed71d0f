"""The real `reader` command in a real terminal (tmux): read, search, select, note, quit."""

from __future__ import annotations

import os
import re
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

    def screen(self, styled: bool = False) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", *(["-e"] if styled else []), "-t", self.name],
            capture_output=True,
            text=True,
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

    def wait_for_absence(self, text: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text not in self.screen():
                return
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never left the screen:\n{self.screen()}")

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
        # Each step waits for what the reader would see before the next key: on a loaded
        # machine (the suite runs on two workers) keys sent blind can outrun the app.
        terminal.keys("/")
        terminal.wait_for("Search this article")  # the search box, with its placeholder
        terminal.keys(phrase, literal=True)
        terminal.wait_for_absence("Search this article")  # the phrase replaced it
        terminal.keys("Enter")
        terminal.wait_for("h Highlight")  # the box closed and the text has the keys again
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


SGR = re.compile(r"\x1b\[([0-9;]*)m")


def cursor_rows(styled_screen: str) -> list[int]:
    """Screen rows with a reverse-video cell in the text. capture-pane -e writes each change of
    attributes once, carried on across rows, so the state is followed through the whole
    screen; the scrollbar, reverse in the last cell of a row, is left out."""
    reverse = False
    rows = []
    for number, row in enumerate(styled_screen.splitlines()):
        cells: list[bool] = []
        position = 0
        for match in SGR.finditer(row):
            cells.extend([reverse] * len(row[position : match.start()]))
            codes = (match.group(1) or "0").split(";")
            index = 0
            while index < len(codes):
                code = codes[index]
                if code in ("38", "48"):  # a colour: 5;n or 2;r;g;b follows
                    index += 3 if codes[index + 1 : index + 2] == ["5"] else 5
                    continue
                if code in ("0", "27"):
                    reverse = False
                elif code == "7":
                    reverse = True
                index += 1
            position = match.end()
        cells.extend([reverse] * len(row[position:]))
        if any(cells[:-1]):
            rows.append(number)
    return rows


def test_moving_the_cursor_leaves_exactly_one_cursor_on_screen(tmp_path):
    article = tmp_path / "harbour.txt"
    paragraphs = [
        f"Paragraph {n} of the harbour story has enough words in it to wrap onto a second line "
        f"when the column is eighty cells wide, which it is here."
        for n in range(12)
    ]
    article.write_text("Harbour strike to go ahead\n\n" + "\n\n".join(paragraphs), "utf-8")
    env = {
        "READER_DB": str(tmp_path / "library.json"),
        "PYTHONPATH": str(REPO),
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
    }
    command = f"{shlex.quote(sys.executable)} -m reader {shlex.quote(str(article))}"
    terminal = Terminal(f"reader-cursor-{os.getpid()}", command, env)
    try:
        terminal.wait_for("Paragraph 0 of the harbour")
        seen = []
        for key in ["j", "j", "j", "k", "l", "l", "j", "Space", "j", "k"]:
            terminal.keys(key)
            rows = cursor_rows(terminal.screen(styled=True))
            seen.append(rows)
            assert len(rows) == 1, f"after {key!r}: reverse video on rows {rows}"
        assert len({rows[0] for rows in seen}) > 3, "the cursor moved from row to row"
    finally:
        terminal.close()
