"""Records the store keeps for the user: annotations (highlights with optional notes and tags)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

ANCHOR_CONTEXT = 32  # characters of prefix and suffix kept to re-anchor after an edit


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(slots=True)
class Annotation:
    """A highlight on an article's reading text, anchored by position and by quoted text.

    ``start``/``end`` index the reading text. ``exact``, ``prefix`` and ``suffix`` are the
    W3C TextQuoteSelector, used to re-anchor when the article's text changes. An annotation
    that cannot be placed again is kept with ``orphan=True``; it is never dropped.
    """

    article_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    orphan: bool = False

    @classmethod
    def from_text(
        cls, article_id: str, text: str, start: int, end: int, **fields: Any
    ) -> Annotation:
        """A highlight of ``text[start:end]`` with its anchoring context filled in."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}..{end} is outside a text of {len(text)} characters")
        return cls(
            article_id=article_id,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - ANCHOR_CONTEXT) : start],
            suffix=text[end : end + ANCHOR_CONTEXT],
            **fields,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        known = {name for name in cls.__dataclass_fields__}
        values = {key: value for key, value in data.items() if key in known}
        values["tags"] = list(values.get("tags") or [])
        return cls(**values)

    def with_changes(self, **changes: Any) -> Annotation:
        return replace(self, updated=now_iso(), **changes)
