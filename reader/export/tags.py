"""Tags as Obsidian accepts them: ``#word``, no spaces, letters of any script kept."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOT_TAG_CHARACTER = re.compile(r"[^\w/-]+")
_DASHES = re.compile(r"-{2,}")


def obsidian_tag(tag: str) -> str:
    """The tag as Obsidian reads it after a "#", or "" when nothing usable is left.

    Underscores become dashes: two tags on a line, "#_a #b_", would otherwise render as emphasis.
    Obsidian ignores all-digit tags, so those get a "tag-" prefix.
    """
    slug = unicodedata.normalize("NFC", tag).strip()
    slug = _NOT_TAG_CHARACTER.sub("-", slug).replace("_", "-")
    slug = _DASHES.sub("-", slug).strip("-/")
    if slug.isdigit():
        slug = f"tag-{slug}"
    return slug


def obsidian_tags(tags: Iterable[str]) -> list[str]:
    """Usable, distinct tags in their first-seen order."""
    seen: dict[str, None] = {}
    for tag in tags:
        slug = obsidian_tag(tag)
        if slug:
            seen.setdefault(slug, None)
    return list(seen)
