"""The user's config file: ~/.config/reader/config.toml (the platform's config folder).

    export_folder = "~/Notes/reader"

    [keymap]
    "reader.highlight" = "H"          # binding id = keys, comma-separated
    "reader.line_down" = "j,down,ctrl+n"

A missing file is an empty config; a broken one is reported and ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ENV_VAR = "READER_CONFIG"


@dataclass(slots=True)
class Config:
    keymap: dict[str, str] = field(default_factory=dict)
    export_folder: Path | None = None
    problem: str | None = None


def config_path() -> Path:
    import os

    from platformdirs import user_config_path

    override = os.environ.get(ENV_VAR)
    return (
        Path(override) if override else user_config_path("reader", appauthor=False) / "config.toml"
    )


def load_config(path: Path | None = None) -> Config:
    path = config_path() if path is None else path
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Config(problem=f"{path}: {error}; using the defaults")
    config = Config()
    keymap = data.get("keymap", {})
    if isinstance(keymap, dict):
        config.keymap = {str(k): str(v) for k, v in keymap.items() if isinstance(v, str)}
    folder = data.get("export_folder")
    if isinstance(folder, str) and folder.strip():
        config.export_folder = Path(folder).expanduser()
    return config
