"""Where the library file lives: --db, then READER_DB, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

LIBRARY_FILE_NAME = "library.json"
ENV_VAR = "READER_DB"


def default_library_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("reader", appauthor=False) / LIBRARY_FILE_NAME


def resolve_library_path(db_option: str | os.PathLike[str] | None = None) -> Path:
    if db_option:
        return Path(db_option).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()


def companion(path: Path, suffix: str) -> Path:
    """A file or folder kept beside the library file: library.json -> library.<suffix>."""
    return path.with_name(f"{path.stem}.{suffix}")
