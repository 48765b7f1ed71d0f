"""The shared seed articles, read from beside the repo (never copied into it)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def seed_texts() -> list[str]:
    """Each seed's text, as a reading text (paragraphs separated by one blank line)."""
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    texts = []
    for path in paths:
        paragraphs = [part.strip() for part in path.read_text(encoding="utf-8").split("\n\n")]
        texts.append("\n\n".join(part for part in paragraphs if part))
    return texts
