"""Import article files (.txt, .md, .html) into ``Article`` objects, and find such files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from reader.library.article import Article
from reader.library.decoding import RejectedText, decode_article_bytes
from reader.library.html_text import NoArticleText, parse_html
from reader.library.markdown_text import FrontMatterError, parse_markdown
from reader.library.plain_text import parse_plain_text

FORMAT_BY_SUFFIX: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(FORMAT_BY_SUFFIX)
MAX_FILE_BYTES = 20 * 1024 * 1024

_PARSERS: dict[str, Callable[[str], Article]] = {
    "txt": parse_plain_text,
    "md": parse_markdown,
    "html": parse_html,
}


class ArticleImportError(Exception):
    """A file that could not be imported, with a one-line reason a user can act on."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def load_article(path: Path) -> Article:
    """Read, decode and parse one article file. Raises ``ArticleImportError``."""
    path = Path(path)
    article_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if article_format is None:
        raise ArticleImportError(path, _unsupported_reason(path))
    data = _read_bytes(path)
    try:
        text = decode_article_bytes(data)
        article = _PARSERS[article_format](text)
    except (RejectedText, FrontMatterError, NoArticleText) as error:
        raise ArticleImportError(path, str(error)) from error
    except ValueError as error:
        # YAML builds dates while it parses front matter: "date: 2020-13-45" raises here.
        raise ArticleImportError(path, f"could not be parsed ({error})") from error
    if not article.text.strip():
        raise ArticleImportError(path, "no article text found")
    article.source_path = str(path.resolve())
    return article


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The article files among ``paths``, looking through folders recursively.

    Inside folders only supported suffixes are taken, hidden files and folders are skipped,
    and files come sorted by path. A file named directly is always yielded, whatever its
    suffix, so that ``load_article`` can say why it cannot be imported.
    """
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        candidates = _files_under(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in FORMAT_BY_SUFFIX


def _files_under(folder: Path) -> list[Path]:
    found: list[Path] = []
    # os.walk does not follow symbolic links to folders, so a link loop cannot trap us.
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            candidate = Path(root) / name
            if not name.startswith(".") and is_supported(candidate):
                found.append(candidate)
    return sorted(found)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleImportError(path, f"larger than {_megabytes(MAX_FILE_BYTES)}")
        with path.open("rb") as file:
            # Read one byte past the limit: the file may have grown since stat().
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise ArticleImportError(path, "file not found") from error
    except IsADirectoryError as error:
        raise ArticleImportError(path, "is a folder, not a file") from error
    except PermissionError as error:
        raise ArticleImportError(path, "permission denied") from error
    except OSError as error:
        raise ArticleImportError(path, f"could not be read ({error.strerror})") from error
    if len(data) > MAX_FILE_BYTES:
        raise ArticleImportError(path, f"larger than {_megabytes(MAX_FILE_BYTES)}")
    return data


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 1 else f"{size:,} bytes"


def _unsupported_reason(path: Path) -> str:
    expected = ", ".join(SUPPORTED_SUFFIXES)
    if not path.suffix:
        return f"unsupported file type (no extension; expected {expected})"
    return f"unsupported file type '{path.suffix}' (expected {expected})"
