"""Hostile articles end to end: imported by the CLI, listed, read in the app, exported.

Markup must show as the characters it is made of, escape sequences and other controls must
never reach the terminal, and nothing in an article may run an action or stop the app.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.app import ReaderApp
from reader.cli import main
from reader.screens.reader_screen import ReaderScreen
from reader.store import Annotation, LibraryStore
from reader.widgets.article_view import ArticleView

from .conftest import BIDI, ESCAPES, MARKUP, TERMINAL_UNSAFE, WIDE, write_hostile_articles

FORMATS = ("txt", "md", "html")


def import_one(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["import", str(path)]) == 0
    capsys.readouterr()
    assert main(["list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    return row["id"]


def unsafe_in(text: str) -> list[str]:
    return sorted({repr(char) for char in TERMINAL_UNSAFE.findall(text)})


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_article_imports_and_lists_without_driving_the_terminal(
    fmt, tmp_path, library_file, capsys
):
    path = write_hostile_articles(tmp_path / "in")[fmt]
    assert main(["import", str(path)]) == 0
    imported = capsys.readouterr()
    assert main(["list"]) == 0
    listed = capsys.readouterr()
    for output in (imported.out, imported.err, listed.out, listed.err):
        assert unsafe_in(output) == []
    title_markup = {"txt": "[bold]loud[/]", "md": "[@click=app.quit]matter[/]"}
    if fmt in title_markup:
        assert title_markup[fmt] in listed.out, "markup in a title is shown as written"
    with LibraryStore(library_file) as store:
        (summary,) = store.list_articles()
        text = store.load_article(summary.id).text
    assert "[@click=app.quit]here[/]" in text, "the importer keeps the article's own words"


def screen_rows(view: ArticleView) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


@pytest.mark.parametrize("fmt", FORMATS)
async def test_hostile_article_reads_literally_in_the_app_and_cannot_quit_it(
    fmt, tmp_path, library_file, capsys
):
    article_id = import_one(write_hostile_articles(tmp_path / "in")[fmt], capsys)
    themes = tmp_path / "themes"
    themes.mkdir()
    app = ReaderApp(library_file, user_themes_dir=themes, watch_library=False)
    async with app.run_test(size=(120, 60)) as pilot:
        app.open_article(article_id)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        view = screen.query_one(ArticleView)
        assert view.virtual_size.height <= view.size.height, "the whole article is on screen"
        shown = "\n".join(screen_rows(view))
        assert unsafe_in(shown) == []
        for literal in ("[@click=app.quit]here[/]", "[bold red]shout[/]", "[link=https://x.test]"):
            assert literal in shown
        assert "東京の記者が書いた" in shown

        # Click the would-be action, select and highlight its sentence, add a note in markup.
        row = next(y for y, text in enumerate(screen_rows(view)) if "[@click" in text)
        column = screen_rows(view)[row].index("here")
        await pilot.click(ArticleView, offset=(column, row))
        view.move_cursor(view.text.index("Press [@click"))
        await pilot.press("s", "h", "a", *"[@click=app.quit]note[/]", "ctrl+s")
        await pilot.pause()
        await pilot.press("p", "j", "k", "w", "G", "g", "1", "2", "3")
        await pilot.pause()
        assert app.is_running and app.screen is screen
        (highlight,) = app.store.annotations_for(article_id)
        assert highlight.note == "[@click=app.quit]note[/]"
        assert highlight.exact.startswith("Press [@click=app.quit]here[/]")
        assert unsafe_in(app.export_screenshot()) == [], "nothing anywhere on the screen"
        assert unsafe_in("\n".join(screen_rows(view))) == []


async def test_highlights_stay_on_their_words_next_to_wide_characters(
    tmp_path, library_file, capsys
):
    article_id = import_one(write_hostile_articles(tmp_path / "in")["txt"], capsys)
    with LibraryStore(library_file) as store:
        text = store.load_article(article_id).text
        target = "text with"
        start = text.index(target, text.index("한국어"))
        store.add_annotation(Annotation.from_text(article_id, text, start, start + len(target)))
    themes = tmp_path / "themes"
    themes.mkdir()
    app = ReaderApp(library_file, user_themes_dir=themes, watch_library=False)
    async with app.run_test(size=(120, 60)) as pilot:
        app.open_article(article_id)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        highlight = view.get_component_rich_style("article-view--highlight", partial=True)
        view.move_cursor(0)
        await pilot.pause()
        row = view.row_of(start)
        assert row is not None
        strip = view.render_line(row)
        marked = [s.text for s in strip if s.style and s.style.bgcolor == highlight.bgcolor]
        assert "".join(marked) == target
        # Each wide character takes two cells: the highlight starts after exactly that many.
        margin = cell_len(strip.text[: strip.text.index(WIDE[0])])
        cells_before = 0
        for segment in strip:
            if segment.style and segment.style.bgcolor == highlight.bgcolor:
                break
            cells_before += cell_len(segment.text)
        assert cells_before == margin + cell_len(WIDE[: WIDE.index(target)])


def test_markup_in_text_and_notes_is_escaped_in_the_markdown_export(tmp_path, library_file, capsys):
    article_id = import_one(write_hostile_articles(tmp_path / "in")["txt"], capsys)
    with LibraryStore(library_file) as store:
        text = store.load_article(article_id).text
        start = text.index(MARKUP)
        store.add_annotation(
            Annotation.from_text(
                article_id, text, start, start + len(MARKUP), note="see [@click=app.quit]me[/]"
            )
        )
    out = tmp_path / "notes.md"
    assert main(["export", article_id, "-o", str(out)]) == 0
    markdown = out.read_text(encoding="utf-8")
    assert r"\[@click=app.quit\]here\[/\]" in markdown
    assert r"see \[@click=app.quit\]me\[/\]" in markdown
    assert re.search(r"(?<!\\)\[@click", markdown.split("---", 2)[2]) is None


def test_exported_markdown_holds_no_terminal_control_characters(tmp_path, library_file, capsys):
    article_id = import_one(write_hostile_articles(tmp_path / "in")["txt"], capsys)
    with LibraryStore(library_file) as store:
        text = store.load_article(article_id).text
        start = text.index("Clear")
        store.add_annotation(
            Annotation.from_text(article_id, text, start, start + 20, note="n \x1b[2J\x07")
        )
    out = tmp_path / "notes.md"
    assert main(["export", article_id, "-o", str(out)]) == 0
    assert unsafe_in(out.read_text(encoding="utf-8")) == []


async def test_a_single_line_of_100k_characters_imports_opens_and_scrolls(
    tmp_path, library_file, capsys
):
    line = ("word " * 20_000)[:99_990] + "[b]END[/b]"
    path = tmp_path / "long.txt"
    path.write_text(f"One long line\n\n{line}\n", encoding="utf-8")
    article_id = import_one(path, capsys)
    themes = tmp_path / "themes"
    themes.mkdir()
    app = ReaderApp(library_file, user_themes_dir=themes, watch_library=False)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_article(article_id)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert len(view.text) == 100_000
        await pilot.press("G")
        await pilot.pause()
        bottom = [view.render_line(y).text for y in range(view.size.height)]
        assert any("[b]END[/b]" in row for row in bottom)
        await pilot.press("g", "j", "space", "w")
        assert app.is_running and isinstance(app.screen, ReaderScreen)


def test_json_output_keeps_c1_controls_and_bidi_overrides_escaped(tmp_path, library_file, capsys):
    path = tmp_path / "c1.txt"
    path.write_text(f"Title \x9b2J \u202eflip\n\n{ESCAPES}\n\n{BIDI}\n", encoding="utf-8")
    article_id = import_one(path, capsys)
    assert main(["list", "--json"]) == 0
    listed = capsys.readouterr().out
    assert main(["detect", str(path), "--json"]) == 0
    detected = capsys.readouterr().out
    for output in (listed, detected):
        assert unsafe_in(output) == []
        assert "\\u009b" in output, "the characters are still there, escaped"
    assert json.loads(listed)[0]["id"] == article_id


def test_bidi_overrides_in_a_title_stay_out_of_the_exported_file(tmp_path, library_file, capsys):
    path = tmp_path / "bidi.txt"
    path.write_text("Title \u202eflip\u202c here\n\nBody words.\n", encoding="utf-8")
    article_id = import_one(path, capsys)
    out = tmp_path / "notes.md"
    assert main(["export", article_id, "-o", str(out)]) == 0
    assert unsafe_in(out.read_text(encoding="utf-8")) == []
