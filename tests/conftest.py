"""Shared fixtures: the seed articles (read from ../shared, never copied) and temp libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLES = REPO / "sample_articles"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    return SEEDS


@pytest.fixture
def library_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh library for the test, also named in READER_DB for subprocesses."""
    path = tmp_path / "data" / "library.json"
    monkeypatch.setenv("READER_DB", str(path))
    return path


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Tests never read the developer's own ~/.config/reader/config.toml."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("READER_CONFIG", str(folder / "config.toml"))
    return folder / "config.toml"
