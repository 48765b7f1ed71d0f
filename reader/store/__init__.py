"""The library store: TinyDB tables plus a journal, atomic and durable writes, backups."""

from reader.store.errors import (
    AnnotationNotFound,
    ArticleNotFound,
    LibraryCorrupt,
    LibraryLocked,
    LibraryTooNew,
    StoreError,
)
from reader.store.library_store import (
    ArticleSummary,
    DeletedArticle,
    LibraryStore,
    SaveOutcome,
)
from reader.store.models import Annotation
from reader.store.paths import resolve_library_path

__all__ = [
    "Annotation",
    "AnnotationNotFound",
    "ArticleNotFound",
    "ArticleSummary",
    "DeletedArticle",
    "LibraryCorrupt",
    "LibraryLocked",
    "LibraryStore",
    "LibraryTooNew",
    "SaveOutcome",
    "StoreError",
    "resolve_library_path",
]
