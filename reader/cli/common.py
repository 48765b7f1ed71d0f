"""What the subcommands share: opening the library, and reporting errors as one line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.store import LibraryStore


class CommandError(Exception):
    """A failure to report as one line on stderr, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: int = 1) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return status


def library_path(db_option: str | None) -> Path:
    from reader.store import resolve_library_path

    return resolve_library_path(db_option)


@contextmanager
def open_library(db_option: str | None) -> Iterator[LibraryStore]:
    from reader.store import LibraryStore, StoreError

    path = library_path(db_option)
    try:
        store = LibraryStore(path)
    except StoreError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"cannot open the library {path}: {error.strerror or error}") from None
    try:
        yield store
    finally:
        store.close()


def resolve_article(store: LibraryStore, article_id: str) -> str:
    from reader.store import StoreError

    try:
        return store.resolve_article_id(article_id)
    except StoreError as error:
        raise CommandError(str(error)) from None
