"""Ids stay stable across cosmetic differences, and folders are searched for article files."""

from __future__ import annotations

from pathlib import Path

from reader.library.importer import SUPPORTED_SUFFIXES, iter_article_files, load_article

_PLAIN = (
    "Ferry service restored\n\n"
    "The ferry is running again after the harbour wall was repaired.\n\n"
    "\"It's a relief,\" said the harbour master. 'We missed it.'\n"
)


def _import(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path).id


def test_same_content_gives_the_same_id(tmp_path: Path) -> None:
    first = _import(tmp_path, "a.txt", _PLAIN)
    again = _import(tmp_path, "copy-elsewhere.txt", _PLAIN)

    assert first == again
    assert len(first) == 12


def test_whitespace_and_curly_quotes_do_not_change_the_id(tmp_path: Path) -> None:
    original = _import(tmp_path, "a.txt", _PLAIN)
    variant = (
        _PLAIN.replace("\"It's", "“It’s")
        .replace('relief,"', "relief,”")
        .replace("'We missed it.'", "‘We missed it.’")
        .replace("again after", "again  after")
        .replace("\n\n", "\r\n   \r\n")
    )
    assert variant != _PLAIN

    assert _import(tmp_path, "b.txt", variant) == original


def test_different_words_give_a_different_id(tmp_path: Path) -> None:
    original = _import(tmp_path, "a.txt", _PLAIN)

    assert _import(tmp_path, "b.txt", _PLAIN.replace("running", "sailing")) != original


def test_boilerplate_does_not_change_the_id(tmp_path: Path) -> None:
    original = _import(tmp_path, "a.txt", _PLAIN)
    with_prompt = _PLAIN + "\nSign up to our free Harbour newsletter\n"

    assert _import(tmp_path, "b.txt", with_prompt) == original


def _touch(root: Path, relative: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def test_folders_are_searched_recursively_for_supported_files(tmp_path: Path) -> None:
    wanted = [
        _touch(tmp_path, "b.md"),
        _touch(tmp_path, "a.txt"),
        _touch(tmp_path, "deep/er/c.HTML"),
        _touch(tmp_path, "deep/d.htm"),
        _touch(tmp_path, "deep/e.markdown"),
    ]
    for unwanted in ("notes.pdf", "image.png", "deep/data.json", "no_suffix"):
        _touch(tmp_path, unwanted)

    found = list(iter_article_files([tmp_path]))

    assert found == sorted(wanted)
    assert {path.suffix.lower() for path in found} == set(SUPPORTED_SUFFIXES)


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    kept = _touch(tmp_path, "visible.txt")
    _touch(tmp_path, ".hidden.txt")
    _touch(tmp_path, ".git/inside.md")
    _touch(tmp_path, "sub/.cache/page.html")

    assert list(iter_article_files([tmp_path])) == [kept]


def test_named_files_come_in_order_given_and_once(tmp_path: Path) -> None:
    second = _touch(tmp_path, "z.txt")
    first = _touch(tmp_path, "folder/a.md")
    odd = _touch(tmp_path, "report.pdf")

    found = list(iter_article_files([second, tmp_path / "folder", odd, second, tmp_path]))

    # A named file is passed on even when unsupported, so its import can say why it failed.
    assert found == [second, first, odd]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    article = _touch(tmp_path, "dir/a.txt")
    (tmp_path / "dir" / "loop").symlink_to(tmp_path / "dir", target_is_directory=True)

    assert list(iter_article_files([tmp_path])) == [article]
