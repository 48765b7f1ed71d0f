"""The `reader` command as scripts and users call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import LibraryStore
from tests.conftest import REPO, SAMPLES

SEED_TITLES = {
    "Russian minister accepts invitation to meet with Defence Secretary Ben Wallace",
    "UK-Russia relations now 'above zero' after meeting with 'absolutely no deafness'",
}
BOILERPLATE_PHRASES = (
    "Your support helps us",
    "Thank you for registering",
    "Please refresh the page",
    "Stay up to date with notifications",
    "Listen to our latest podcast",
    "Your donation allows us",
)


def run_reader(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_version_and_help_from_python_dash_m():
    version = run_reader("--version")
    assert version.returncode == 0 and version.stdout.startswith("reader ")
    helped = run_reader("--help")
    assert helped.returncode == 0
    for command in ("import", "list", "detect", "annotate", "tag", "export", "import-notes"):
        assert command in helped.stdout


@pytest.mark.parametrize(
    "command, expected",
    [
        ("import", "recursively"),
        ("list", "--tag"),
        ("detect", "--json"),
        ("annotate", "--occurrence"),
        ("tag", "--remove"),
        ("export", "--force"),
        ("import-notes", "FILE.json"),
        ("restore", "backups"),
    ],
)
def test_every_subcommand_explains_itself(command, expected, capsys):
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert expected in capsys.readouterr().out


def test_importing_the_seeds_gives_their_titles_without_boilerplate(seeds_dir, library_file):
    assert main(["import", str(seeds_dir)]) == 0
    with LibraryStore(library_file) as store:
        titles = {s.title for s in store.list_articles()}
        texts = [store.load_article(s.id).text for s in store.list_articles()]
    assert titles == SEED_TITLES
    for text in texts:
        for phrase in BOILERPLATE_PHRASES:
            assert phrase not in text


def test_importing_twice_changes_nothing(seeds_dir, library_file, capsys):
    main(["import", str(seeds_dir)])
    capsys.readouterr()
    assert main(["import", str(seeds_dir)]) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_bad_files_get_one_line_each_and_the_rest_still_import(tmp_path, library_file, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Harbour to reopen\n\nThe harbour reopens on Monday, the council said.\n", encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "empty.md").write_text("   \n", encoding="utf-8")
    status = main(["import", str(folder)])
    captured = capsys.readouterr()
    assert status == 1
    errors = [line for line in captured.err.splitlines() if line.startswith("reader: ")]
    assert len(errors) == 2
    assert any("binary.txt" in line for line in errors)
    assert any("empty.md" in line for line in errors)
    assert "Traceback" not in captured.err
    with LibraryStore(library_file) as store:
        assert [s.title for s in store.list_articles()] == ["Harbour to reopen"]


def test_many_files_show_a_progress_bar(tmp_path, library_file, capsys):
    for n in range(8):
        (tmp_path / f"a{n}.txt").write_text(
            f"Story number {n}\n\nBody text of story {n} says something.\n", encoding="utf-8"
        )
    assert main(["import", str(tmp_path)]) == 0
    assert "Importing" in capsys.readouterr().err


def test_list_json_and_tag_filter(seeds_dir, library_file, capsys):
    main(["import", str(seeds_dir)])
    capsys.readouterr()
    main(["list", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert {row["title"] for row in rows} == SEED_TITLES
    assert {"id", "words", "highlights", "tags", "progress"} <= set(rows[0])
    assert main(["tag", rows[0]["id"][:6], "defence", "russia"]) == 0
    capsys.readouterr()
    main(["list", "--json", "--tag", "defence"])
    tagged = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in tagged] == [rows[0]["id"]]
    assert tagged[0]["tags"] == ["defence", "russia"]


def test_detect_json_follows_the_contract_and_touches_no_library(seeds_dir, library_file):
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    result = run_reader("detect", str(seed), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {
        "title", "byline", "published", "text", "quotes", "entities", "boilerplate"
    }  # fmt: skip
    assert data["title"] in SEED_TITLES
    assert data["published"].startswith("2022-01-22")
    text = data["text"]
    assert data["quotes"], "the seed is full of quotes"
    for quote in data["quotes"]:
        assert set(quote) == {"start", "end", "kind", "speaker"}
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert quote["kind"] in ("direct", "partial")
    for entity in data["entities"]:
        assert set(entity) == {"start", "end", "label", "canonical"}
        assert 0 <= entity["start"] < entity["end"] <= len(text)
    assert not library_file.exists(), "detect must not create or change a library"


def test_annotate_finds_text_and_explains_ambiguity(seeds_dir, library_file, capsys):
    main(["import", str(seeds_dir)])
    with LibraryStore(library_file) as store:
        (article_id,) = [s.id for s in store.list_articles() if s.title.startswith("Russian")]
    capsys.readouterr()

    assert main(["annotate", article_id, "--exact", "no such words anywhere"]) == 1
    assert "is not in the article" in capsys.readouterr().err

    assert main(["annotate", article_id, "--exact", "Mr Wallace"]) == 1
    error = capsys.readouterr().err
    assert "occurs" in error and "--occurrence" in error

    status = main(
        ["annotate", article_id, "--exact", "Mr Wallace", "--occurrence", "2", "--note", "who?",
         "--tag", "people"]
    )  # fmt: skip
    assert status == 0
    annotation_id = capsys.readouterr().out.strip()
    with LibraryStore(library_file) as store:
        (annotation,) = store.annotations_for(article_id)
        text = store.load_article(article_id).text
    assert annotation.id == annotation_id
    assert text[annotation.start : annotation.end] == "Mr Wallace"
    first = text.index("Mr Wallace")
    assert annotation.start == text.index("Mr Wallace", first + 1)
    assert (annotation.note, annotation.tags) == ("who?", ["people"])


def test_errors_are_one_line_never_a_traceback(tmp_path, library_file):
    library_file.parent.mkdir(parents=True)
    library_file.write_text("{ this is not json", encoding="utf-8")
    result = run_reader("list")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(library_file) in result.stderr
    missing = run_reader("detect", str(tmp_path / "nope.txt"), "--json")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_reader_file_outside_a_terminal_imports_then_says_it_needs_one(tmp_path, library_file):
    article = tmp_path / "note.txt"
    article.write_text("A headline\n\nSome body text for the article.\n", encoding="utf-8")
    result = run_reader(str(article))
    assert result.returncode == 1
    assert "needs a terminal" in result.stderr
    with LibraryStore(library_file) as store:
        assert [s.title for s in store.list_articles()] == ["A headline"]


def test_article_text_cannot_drive_the_terminal(tmp_path, library_file, capsys):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Title \x1b[2J with \x1b]52;c;aGVsbG8=\x07 escapes [bold red]x[/]\n\nBody.\n",
        encoding="utf-8",
    )
    main(["import", str(hostile)])
    capsys.readouterr()
    main(["list"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]x[/]" in out


def test_samples_ship_with_the_package_sources():
    from reader.resources import sample_articles_dir, themes_dir

    assert len(list(sample_articles_dir().iterdir())) >= 8
    assert {p.stem for p in themes_dir().glob("*.toml")} >= {
        "dark", "light", "sepia", "high-contrast"
    }  # fmt: skip
    assert sample_articles_dir().resolve() == SAMPLES.resolve()


def test_core_modules_import_nothing_from_textual():
    code = (
        "import sys, reader.store, reader.library.importer, reader.detect, reader.export, "
        "reader.ingest, reader.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_first_run_imports_the_samples_once(library_file):
    from reader.cli.launch import import_samples_on_first_run

    with LibraryStore(library_file) as store:
        added = import_samples_on_first_run(store)
        assert added == store.article_count() >= 8
        for summary in store.list_articles():
            store.delete_article(summary.id)
    with LibraryStore(library_file) as store:
        assert import_samples_on_first_run(store) == 0, "an emptied library stays empty"


def test_reimporting_an_edited_file_updates_it_and_keeps_notes(tmp_path, library_file, capsys):
    story = tmp_path / "story.txt"
    body = "The ferry will sail twice a day from May, the operator said."
    story.write_text(f"Ferry timetable\n\n{body}\n", encoding="utf-8")
    main(["import", str(story)])
    with LibraryStore(library_file) as store:
        (article_id,) = [s.id for s in store.list_articles()]
    main(["annotate", article_id, "--exact", "twice a day", "--note", "check"])
    story.write_text(f"Ferry timetable\n\nCORRECTION: {body} Fares rise.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(story)]) == 0
    assert "1 updated" in capsys.readouterr().out
    with LibraryStore(library_file) as store:
        assert [s.id for s in store.list_articles()] == [article_id]
        (note,) = store.annotations_for(article_id)
        text = store.load_article(article_id).text
    assert text.startswith("CORRECTION")
    assert text[note.start : note.end] == "twice a day" and note.note == "check"
