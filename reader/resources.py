"""Where the bundled themes and sample articles are, installed or run from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def themes_dir() -> Path:
    return _bundled("themes")


def sample_articles_dir() -> Path:
    return _bundled("sample_articles")
