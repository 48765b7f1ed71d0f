"""A damaged library is reported, set aside and never overwritten; `reader restore` brings
back a rolling backup and keeps the library as it was, so a restore can itself be undone."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import LibraryStore
from reader.store.backups import KEEP_BACKUPS, list_backups, make_backup

from .conftest import run_reader

ARTICLE = (
    "Harbour board closes the pier\n\n"
    "The harbour board voted to close the north pier for repairs.\n\n"
    "Boat owners must move their moorings before the spring tides."
)


def age_backups(library: Path, seconds: float = 3600) -> None:
    """As if ``seconds`` had passed since every backup was taken: the next close takes one."""
    for backup in list_backups(library):
        stamp = backup.path.stat().st_mtime - seconds
        os.utime(backup.path, (stamp, stamp))


def notes_in(library: Path) -> list[str]:
    with LibraryStore(library) as store:
        return sorted(a.note for s in store.list_articles() for a in store.annotations_for(s.id))


@pytest.fixture
def used_library(tmp_path, library_file, capsys) -> tuple[Path, str]:
    """A library used on three occasions, an hour apart: three backups of it."""
    source = tmp_path / "pier.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(source)]) == 0
    capsys.readouterr()
    with LibraryStore(library_file) as store:
        (summary,) = store.list_articles()
    for note, words in (("first", "north pier"), ("second", "spring tides")):
        age_backups(library_file)
        assert main(["annotate", summary.id, "--exact", words, "--note", note]) == 0
    capsys.readouterr()
    return library_file, summary.id


def test_restore_lists_backups_and_brings_one_back_keeping_the_current(used_library, capsys):
    library, _ = used_library
    assert main(["restore"]) == 0
    listing = capsys.readouterr().out.splitlines()
    numbered = [line.split()[0] for line in listing if line.strip()[:1].isdigit()]
    assert numbered == ["1", "2", "3"], listing
    assert str(library) in listing[0] and "reader restore NUMBER" in listing[-1]

    assert main(["restore", "2"]) == 0  # the second newest: the first note only
    said = capsys.readouterr().out
    assert "Restored" in said and "before-restore" in said
    assert notes_in(library) == ["first"]

    assert main(["restore"]) == 0
    listing = capsys.readouterr().out
    newest = next(line for line in listing.splitlines() if line.strip().startswith("1 "))
    assert "before-restore" in newest, "the library as it was is now the newest backup"
    assert main(["restore", "1"]) == 0
    assert notes_in(library) == ["first", "second"], "the restore is undone"


def test_restoring_the_oldest_of_a_full_set_of_backups_works(used_library, capsys):
    library, _ = used_library
    oldest = list_backups(library)[-1]
    oldest_bytes = oldest.path.read_bytes()
    while len(list_backups(library)) < KEEP_BACKUPS:
        age_backups(library, 1)
        make_backup(library)
    assert list_backups(library)[-1].path == oldest.path
    assert main(["restore", str(KEEP_BACKUPS)]) == 0, capsys.readouterr().err
    assert library.read_bytes() == oldest_bytes
    assert notes_in(library) == [], "the oldest backup was taken before any note"


DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "garbage": lambda data: os.urandom(512),
    "empty": lambda data: b"",
    "not a library": lambda data: b"[1, 2, 3]",
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_library_is_named_set_aside_and_restorable(damage, used_library):
    library, _ = used_library
    damaged = DAMAGE[damage](library.read_bytes())
    library.write_bytes(damaged)

    result = run_reader("list", db=library)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert str(library) in result.stderr and "reader restore" in result.stderr
    (aside,) = library.parent.glob(f"{library.name}.corrupt-*")
    assert aside.read_bytes() == damaged, "the damaged file is kept byte for byte"
    assert str(aside) in result.stderr

    restored = run_reader("restore", "1", db=library)
    assert restored.returncode == 0, restored.stderr
    assert notes_in(library) == ["first", "second"]
    assert aside.read_bytes() == damaged, "and never overwritten"


def test_damaged_library_stops_the_app_with_the_same_message(used_library):
    library, _ = used_library
    library.write_bytes(library.read_bytes()[:40])
    started = time.monotonic()
    result = run_reader(db=library)
    assert result.returncode == 1 and time.monotonic() - started < 60
    assert str(library) in result.stderr and "reader restore" in result.stderr


def test_restoring_a_file_that_is_no_library_is_refused_and_changes_nothing(
    used_library, tmp_path, capsys
):
    library, _ = used_library
    before = library.read_bytes()
    stray = tmp_path / "notes.json"
    stray.write_text('{"title": "not a library"', encoding="utf-8")
    assert main(["restore", str(stray)]) == 1
    error = capsys.readouterr().err
    assert str(stray) in error and "not a library backup" in error
    assert library.read_bytes() == before
    assert notes_in(library) == ["first", "second"]


def test_restoring_a_backup_from_before_a_reimport_keeps_highlights_on_their_words(
    used_library, tmp_path, capsys
):
    library, article_id = used_library
    age_backups(library)
    edited = ARTICLE.replace("\n\n", "\n\nA correction was added at the top.\n\n", 1)
    (tmp_path / "pier.txt").write_text(edited, encoding="utf-8")
    assert main(["import", str(tmp_path / "pier.txt")]) == 0
    capsys.readouterr()
    assert main(["restore", "2"]) == 0  # the newest backup from before the re-import
    with LibraryStore(library) as store:
        text = store.load_article(article_id).text
        shown = {a.note: text[a.start : a.end] for a in store.annotations_for(article_id)}
    assert shown == {"first": "north pier", "second": "spring tides"}


def test_a_damaged_library_is_never_taken_as_a_backup(used_library, capsys):
    library, article_id = used_library
    data = library.read_bytes()
    second = data.index(b'"second"')
    damaged = data[:second] + b"{" + data[second + 1 :]  # one byte, inside the highlights
    library.write_bytes(damaged)
    for _ in range(KEEP_BACKUPS + 1):  # more than ten closes, each ten minutes apart
        age_backups(library)
        main(["list"])
    capsys.readouterr()
    for backup in list_backups(library):
        assert backup.path.read_bytes() != damaged
    assert main(["restore", "1"]) == 0
    assert notes_in(library) == ["first", "second"], "the newest backup is a good one"
    (aside,) = library.parent.glob(f"{library.name}.corrupt-*")
    assert aside.read_bytes() == damaged, "the damaged file is set aside, not overwritten"
