from __future__ import annotations

from pathlib import Path

import pytest

from reader.library.article import Article
from reader.store import LibraryStore

BODY = (
    "The harbour council voted on Tuesday to close the north pier.\n\n"
    "“We had no choice,” said Ms Ruth Calder, the council leader.\n\n"
    "Fishermen said the decision would cost them dearly."
)


def make_article(
    text: str = BODY, title: str = "Pier to close", path: str | None = None
) -> Article:
    return Article(title=title, text=text, source_path=path, byline="A Reporter", source="The Test")


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.json"


@pytest.fixture
def store(library_path: Path):
    opened = LibraryStore(library_path)
    yield opened
    opened.close()
