"""YAML front matter that no title can break, and the marker that says the reader wrote a file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from reader.textsafety import terminal_safe

EXPORT_MARKER = "reader"  # the value of ``exported_by`` in every file the reader writes
FENCE = "---"


class _FrontMatterDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes bidi controls raw (it counts them printable), and `cat notes.md` would then
    # reorder the line: they, and escape sequences, become U+FFFD as in the Markdown body.
    value = terminal_safe(value.replace("\r\n", "\n").replace("\r", "\n"))
    # A line break in a title must not end up as a bare line of the file, where "---" would
    # close the front matter: double quotes keep it all on one escaped line.
    if any(not char.isprintable() for char in value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_FrontMatterDumper.add_representer(str, _represent_str)


def front_matter(fields: Mapping[str, Any]) -> str:
    """``fields`` as a front matter block, keys in the given order, with its two fences."""
    body = yaml.dump(
        dict(fields),
        Dumper=_FrontMatterDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"{FENCE}\n{body}{FENCE}"


def read_front_matter(text: str) -> dict[str, Any] | None:
    """The front matter of a Markdown file's text, or None when it has none that parses."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != FENCE:
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r") == FENCE:
            try:
                data = yaml.safe_load("\n".join(lines[1:index]))
            except yaml.YAMLError:
                return None
            return data if isinstance(data, dict) else None
    return None
