from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import ReaderApp
from reader.ingest import import_paths
from reader.store import LibraryStore
from tests.conftest import SAMPLES


@pytest.fixture
def sample_library(tmp_path: Path) -> Path:
    path = tmp_path / "library.json"
    with LibraryStore(path) as store:
        report = import_paths(store, [SAMPLES])
        assert not report.failures, report.failures
    return path


def make_app(library: Path, tmp_path: Path, **kwargs) -> ReaderApp:
    themes = tmp_path / "user-themes"
    themes.mkdir(exist_ok=True)
    return ReaderApp(library_path=library, user_themes_dir=themes, watch_library=False, **kwargs)


def article_id_titled(library: Path, prefix: str) -> str:
    with LibraryStore(library) as store:
        return next(s.id for s in store.list_articles() if s.title.startswith(prefix))
