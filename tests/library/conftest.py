from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS_DIR = REPO / ".." / "shared" / "seeds"
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
SAMPLES_DIR = REPO / "sample_articles"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS_DIR.glob("*.txt")) if SEEDS_DIR.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    return paths


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES_DIR
