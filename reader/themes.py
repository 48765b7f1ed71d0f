"""Theme files: TOML in the bundled themes/ folder and in the user's config folder.

A theme file holds Textual's theme colours (name, dark, primary, background, ...) and, under
[variables], the reader's own: quote, speaker, each entity label (entity-person, ...),
highlight, highlight-note and search-match. A user theme missing some of the reader's
colours takes them from the bundled theme of the same darkness.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from reader.resources import themes_dir

READER_VARIABLES = (
    "quote",
    "speaker",
    "entity-person",
    "entity-org",
    "entity-gpe",
    "entity-loc",
    "entity-norp",
    "entity-date",
    "entity-time",
    "entity-money",
    "entity-percent",
    "entity-cardinal",
    "entity-quantity",
    "highlight",
    "highlight-note",
    "search-match",
)
THEME_COLOURS = (
    "primary", "secondary", "warning", "error", "success", "accent",
    "foreground", "background", "surface", "panel", "boost",
)  # fmt: skip
DEFAULT_THEME = "reader-dark"


@dataclass(frozen=True, slots=True)
class ThemeProblem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"theme {self.path.name}: {self.reason}"


def user_themes_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("reader", appauthor=False) / "themes"


def _colour(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f'{key} must be a colour string such as "#87d7ff"')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ValueError(f"{key} = {value!r} is not a colour") from None
    return value


def parse_theme(path: Path, fallback_variables: dict[str, str] | None = None) -> Theme:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("it needs a name")
    if "primary" not in data:
        raise ValueError("it needs a primary colour")
    colours = {key: _colour(data[key], key) for key in THEME_COLOURS if key in data}
    variables = dict(fallback_variables or {})
    raw_variables = data.get("variables", {})
    if not isinstance(raw_variables, dict):
        raise ValueError("[variables] must be a table")
    variables.update({k: _colour(v, k) for k, v in raw_variables.items()})
    missing = [key for key in READER_VARIABLES if key not in variables]
    if missing:
        raise ValueError(f"missing colours: {', '.join(missing)}")
    return Theme(
        name=name.strip(), dark=bool(data.get("dark", True)), variables=variables, **colours
    )


def load_themes(user_dir: Path | None = None) -> tuple[list[Theme], list[ThemeProblem]]:
    """The bundled themes, then the user's; a broken file is reported and skipped."""
    themes: list[Theme] = []
    problems: list[ThemeProblem] = []
    for path in sorted(themes_dir().glob("*.toml")):
        try:
            themes.append(parse_theme(path))
        except (ValueError, tomllib.TOMLDecodeError, OSError) as error:
            problems.append(ThemeProblem(path, str(error)))
    by_darkness = {
        theme.dark: theme.variables
        for theme in themes
        if theme.name in (DEFAULT_THEME, "reader-light")
    }
    folder = user_themes_dir() if user_dir is None else user_dir
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            try:
                dark = bool(tomllib.loads(path.read_text(encoding="utf-8")).get("dark", True))
                themes.append(parse_theme(path, by_darkness.get(dark)))
            except (ValueError, tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
                problems.append(ThemeProblem(path, str(error)))
    return themes, problems
