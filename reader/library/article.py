"""The article model shared by the importer, the store, detection and export.

An article's reading text is its body as the reader shows it: paragraphs joined by a blank
line ("\\n\\n"), with the boilerplate taken out. Every offset in the app (annotations, the
reading position, detection spans) indexes into that text as a Python ``str``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"
WORDS_PER_MINUTE = 230

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class BoilerplateBlock:
    """A paragraph kept out of the reading text, remembered so the reader can reveal it.

    ``offset`` is where it stood in the reading text: always a paragraph boundary
    (0, len(text), or the index just after a "\\n\\n").
    """

    offset: int
    text: str
    kind: str  # "newsletter", "donation", "cookie", "registration", "podcast", "caption", ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateBlock:
        return cls(offset=int(data["offset"]), text=str(data["text"]), kind=str(data["kind"]))


@dataclass(slots=True)
class Article:
    title: str
    text: str
    byline: str | None = None
    published: str | None = None  # ISO 8601: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM..."
    source: str | None = None  # the publication or site, when known
    url: str | None = None
    standfirst: str | None = None
    tags: list[str] = field(default_factory=list)
    boilerplate: list[BoilerplateBlock] = field(default_factory=list)
    original: str = ""  # the file as it was decoded, so nothing is ever lost
    source_path: str | None = None
    format: str = "txt"  # "txt", "md" or "html"
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id_for(self.title, self.text)

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.text)

    @property
    def word_count(self) -> int:
        return count_words(self.text)

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split(PARAGRAPH_SEPARATOR) if self.text else []


def normalise_for_identity(text: str) -> str:
    """Text folded so that re-encoding, curly-vs-straight quotes and spacing don't change ids."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()


def content_hash(title: str, text: str) -> str:
    digest = hashlib.sha256()
    digest.update(normalise_for_identity(title).encode("utf-8"))
    digest.update(b"\x00")
    digest.update(normalise_for_identity(text).encode("utf-8"))
    return digest.hexdigest()


def article_id_for(title: str, text: str) -> str:
    """A short stable id: the first 12 hex digits of the normalised content's hash."""
    return content_hash(title, text)[:12]


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def reading_minutes(word_count: int) -> int:
    return max(1, round(word_count / WORDS_PER_MINUTE)) if word_count else 0
