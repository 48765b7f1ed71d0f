"""What can go wrong with a library file, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class: the message is one clear line for the user."""


class LibraryCorrupt(StoreError):
    def __init__(self, path: Path, reason: str, moved_to: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.moved_to = moved_to
        where = f" It was moved aside to {moved_to}." if moved_to else ""
        super().__init__(
            f"The library file {path} is damaged ({reason}).{where} "
            "Run `reader restore` to bring back a backup, or start afresh with an empty library."
        )


class LibraryTooNew(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = path
        super().__init__(
            f"The library file {path} was written by a newer version of reader "
            f"(schema {found}; this version reads up to {supported}). "
            "Upgrade reader to open it; the file was left untouched."
        )


class LibraryLocked(StoreError):
    def __init__(self, path: Path, seconds: float) -> None:
        super().__init__(
            f"The library {path} stayed locked by another reader process for {seconds:.0f} s; "
            "try again, or close the other reader."
        )


class ArticleNotFound(StoreError):
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(f"No article with id {article_id!r} in the library.")


class AnnotationNotFound(StoreError):
    def __init__(self, annotation_id: str) -> None:
        super().__init__(f"No annotation with id {annotation_id!r} in the library.")
