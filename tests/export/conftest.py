"""Fixtures for the export tests; the helpers behind them live in export_helpers.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from export_helpers import SEEDS, Rendered, Sample, load_sample, render_markdown


@pytest.fixture
def render() -> Callable[[str], Rendered]:
    return render_markdown


@pytest.fixture
def seeds_folder() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    return SEEDS


@pytest.fixture
def footbridge() -> Sample:
    return load_sample("footbridge")
