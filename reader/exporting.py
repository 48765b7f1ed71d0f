"""Exporting from the library: gather each article with its highlights (and, for Markdown,
its quotes and entities), then write them by the export rules. Shared by `reader export`,
the reader's `e` key and the command palette."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.export.files import ExportFormat, ExportResult
    from reader.store import LibraryStore

EXPORT_FOLDER_SETTING = "export_folder"


def default_export_folder(store: LibraryStore) -> Path:
    """The config file's export_folder, else the library's setting, else ~/Documents."""
    from platformdirs import user_documents_path

    from reader.config import load_config

    configured = load_config().export_folder or store.setting(EXPORT_FOLDER_SETTING)
    return Path(configured).expanduser() if configured else user_documents_path() / "reader-notes"


def export_from_library(
    store: LibraryStore,
    article_ids: Sequence[str],
    *,
    out: Path | None = None,
    fmt: ExportFormat = "md",
    force: bool = False,
    as_collection: bool = False,
) -> ExportResult:
    from reader.analysis import detection_for
    from reader.export.files import export_articles

    items = []
    for article_id in dict.fromkeys(article_ids):
        article = store.load_article(article_id)
        detection = detection_for(store, article) if fmt == "md" else None
        items.append((article, store.annotations_for(article_id), detection))
    return export_articles(
        items,
        out=out,
        default_folder=default_export_folder(store),
        fmt=fmt,
        force=force,
        exported_at=datetime.now(UTC).replace(microsecond=0),
        as_collection=as_collection,
    )
