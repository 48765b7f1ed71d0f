"""The ``index.md`` that links every article of a many-article export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from urllib.parse import quote

from reader.export.front_matter import EXPORT_MARKER, front_matter
from reader.export.markdown_escape import escape_inline
from reader.library.article import Article

INDEX_NAME = "index.md"
INDEX_TITLE = "Reader export"


def index_markdown(entries: Sequence[tuple[Article, str]], exported_at: datetime) -> str:
    """A note linking each article's export, given as (article, file name in the same folder)."""
    header = front_matter(
        {
            "title": INDEX_TITLE,
            "articles": len(entries),
            "exported": exported_at.isoformat(timespec="seconds"),
            "exported_by": EXPORT_MARKER,
        }
    )
    lines = [_entry(article, file_name) for article, file_name in entries]
    body = "\n".join(lines) if lines else "No articles."
    return f"{header}\n\n# {INDEX_TITLE}\n\n{body}\n"


def _entry(article: Article, file_name: str) -> str:
    title = escape_inline(" ".join(article.title.split())) or "(untitled)"
    details = [" ".join(part.split()) for part in (article.byline, article.published) if part]
    suffix = f" — {escape_inline(', '.join(details))}" if details else ""
    # A relative, percent-encoded link works in any renderer and in Obsidian.
    return f"- [{title}]({quote(file_name)}){suffix}"
