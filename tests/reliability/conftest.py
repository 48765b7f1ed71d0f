"""Hostile text made up for these tests, and a way to run `reader` as a user's terminal would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

# Each fragment tries to do something other than show itself: run an action, restyle the
# screen, clear it, write the clipboard, ring the bell, reorder or hide text.
MARKUP = (
    "Press [@click=app.quit]here[/] and [bold red]shout[/] then [link=https://x.test]go[/link]."
)
ESCAPES = "Clear \x1b[2J now, red \x1b[31mtext\x1b[0m, copy \x1b]52;c;aGVsbG8=\x07 this, C1 \x9b2J."
CONTROLS = "Bell \x07 back\x08space form\x0cfeed del\x7f vtab\x0b end."
BIDI = "Flip \u202etxet\u202c, isolate \u2066x\u2069, zero\u200bwidth and joiner\u200dhere."
WIDE = "東京の記者が書いた 😀🎉 and 한국어 text with 👩\u200d👩\u200d👧 family."
HOSTILE_PARAGRAPHS = (MARKUP, ESCAPES, CONTROLS, BIDI, WIDE)

# What must never reach a terminal from article text: C0 controls but newline, DEL, C1
# controls, bidi embeddings, overrides and isolates.
TERMINAL_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_body() -> str:
    return "\n\n".join(HOSTILE_PARAGRAPHS) + "\n"


def write_hostile_articles(folder: Path) -> dict[str, Path]:
    """The same hostile paragraphs as a .txt, a .md (front matter too) and an .html file."""
    folder.mkdir(parents=True, exist_ok=True)
    txt = folder / "hostile.txt"
    txt.write_text(f"Title [bold]loud[/] \x1b[2J\x07 here\n\n{hostile_body()}", encoding="utf-8")
    md = folder / "hostile.md"
    md.write_text(
        '---\ntitle: "Front [@click=app.quit]matter[/] \\e[2J title"\n'
        'author: "Ann [red]Writer[/]"\ntags: ["[b]tag[/b]"]\n---\n\n'
        f"# Heading [i]x[/i]\n\n{hostile_body()}",
        encoding="utf-8",
    )
    html = folder / "hostile.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in HOSTILE_PARAGRAPHS * 2)
    html.write_text(
        "<html><head><title>Page [@click=app.quit]title[/]</title></head><body><article>"
        f"<h1>Page [@click=app.quit]title[/]</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return {"txt": txt, "md": md, "html": html}


def run_reader(*args: str, db: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`reader ARGS` in a child process, on the library ``db``, with no terminal."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "READER_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
