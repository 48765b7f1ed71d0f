"""Every article in the bundled sample library imports cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library.boilerplate import boilerplate_kind
from reader.library.importer import iter_article_files, load_article

from .conftest import SAMPLES_DIR

SAMPLES = list(iter_article_files([SAMPLES_DIR])) if SAMPLES_DIR.is_dir() else []


def test_the_sample_library_has_every_format() -> None:
    assert {path.suffix for path in SAMPLES} >= {".txt", ".md", ".html"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_sample_imports_with_title_byline_and_text(path: Path) -> None:
    article = load_article(path)

    assert article.title.strip()
    assert article.byline and article.byline.strip()
    assert article.published
    assert article.word_count > 200
    assert article.title not in article.paragraphs


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_sample_reading_text_has_no_boilerplate_left(path: Path) -> None:
    article = load_article(path)

    left = [p for p in article.paragraphs if boilerplate_kind(p) is not None]
    assert left == []
    for block in article.boilerplate:
        for paragraph in block.text.split("\n\n"):
            assert paragraph not in article.paragraphs
