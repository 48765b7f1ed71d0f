"""Files that are not articles are refused with a reason a user can act on; odd text is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import importer
from reader.library.importer import ArticleImportError, load_article

_ARTICLE = (
    "Pier reopens after storm repairs\n\n"
    "The pier reopened on Friday, six weeks after a storm tore away its end section.\n\n"
    "“It feels like summer has started,” said the kiosk owner.\n"
)


def _reason(path: Path) -> str:
    with pytest.raises(ArticleImportError) as caught:
        load_article(path)
    assert caught.value.path == path
    assert "\n" not in caught.value.reason
    assert caught.value.reason in str(caught.value)
    return caught.value.reason


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)

    assert _reason(path) == "binary file"


def test_utf16_without_bom_reads_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(_ARTICLE.encode("utf-16-le"))

    assert _reason(path) == "binary file"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(_ARTICLE.encode("utf-16"))

    assert load_article(path).title == "Pier reopens after storm repairs"


def test_undecodable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    # 0x81 and 0x8D are invalid in UTF-8 here and undefined in cp1252.
    path.write_bytes(b"Title line\n\nSome text \x81\x8d with bytes neither codec accepts.\n")

    assert _reason(path) == "not valid UTF-8 or cp1252 text"


def test_cp1252_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(_ARTICLE.encode("cp1252"))

    article = load_article(path)
    assert "“It feels like summer has started,”" in article.text


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "nothing.md"
    path.write_bytes(content)

    assert _reason(path) == "empty"


def test_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", len(_ARTICLE) // 2)

    assert _reason(path).startswith("larger than")


def test_size_limit_reason_names_megabytes() -> None:
    assert importer._megabytes(importer.MAX_FILE_BYTES) == "20 MB"


def test_file_at_the_size_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(_ARTICLE.encode("utf-8"))
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", path.stat().st_size)

    assert load_article(path).title == "Pier reopens after storm repairs"


@pytest.mark.parametrize("name", ["notes.pdf", "README", "page.xhtml"])
def test_unsupported_extension_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_ARTICLE, encoding="utf-8")

    reason = _reason(path)
    assert reason.startswith("unsupported file type")
    assert ".txt" in reason


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    assert _reason(tmp_path / "gone.txt") == "file not found"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _reason(folder)


def test_title_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "headline.txt"
    path.write_text("Just a headline\n", encoding="utf-8")

    assert _reason(path) == "no article text found"


def test_only_boilerplate_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prompts.txt"
    path.write_text("Sign up to our newsletter\n\nAdvertisement\n", encoding="utf-8")

    assert _reason(path) == "no article text found"


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")

    assert _reason(path) == "no article text found"


def test_invalid_front_matter_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\n\nBody text.\n", encoding="utf-8")

    assert _reason(path).startswith("front matter is not valid YAML")


def test_a_brace_block_that_is_not_json_front_matter_is_refused_with_a_reason(
    tmp_path: Path,
) -> None:
    path = tmp_path / "braces.md"
    path.write_text("{\nSign up to our newsletter\n}\n\nBody text.\n", encoding="utf-8")

    assert _reason(path) == "front matter is not valid JSON (line 2)"


def test_nul_is_stripped_and_line_endings_normalised(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(_ARTICLE.replace("\n", "\r\n").replace("reopened", "re\x00opened").encode())

    article = load_article(path)
    assert "\x00" not in article.text and "\x00" not in article.original
    assert "\r" not in article.original
    assert "The pier reopened on Friday" in article.text


def test_old_mac_line_endings_split_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "classic.txt"
    path.write_bytes(_ARTICLE.replace("\n", "\r").encode())

    article = load_article(path)
    assert article.title == "Pier reopens after storm repairs"
    assert len(article.paragraphs) == 2


def test_escape_sequences_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "escapes.txt"
    path.write_text(
        "Headline with \x1b[31mred\x1b[0m\n\nBody with a bell \x07 and \x1b]0;title\x07 in it.\n",
        encoding="utf-8",
    )

    article = load_article(path)
    assert "\x1b[31m" in article.title
    assert "\x07" in article.text and "\x1b]0;" in article.text


def test_utf8_bom_is_not_part_of_the_title(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + _ARTICLE.encode("utf-8"))

    assert load_article(path).title == "Pier reopens after storm repairs"
