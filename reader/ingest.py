"""Bringing files into the library: parse each one, save it, and report what happened.

Shared by `reader import`, `reader FILE` and the app's import key. A bad file gets a
one-line reason and the rest still go in.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reader.library.article import Article
from reader.store import LibraryStore, SaveOutcome


@dataclass(frozen=True, slots=True)
class ImportFailure:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    saved: list[SaveOutcome] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.saved if outcome.status == status)

    def summary(self) -> str:
        parts = [
            f"{self.count('added')} added",
            f"{self.count('updated')} updated",
            f"{self.count('unchanged')} unchanged",
        ]
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        orphaned = sum(outcome.orphaned for outcome in self.saved)
        if orphaned:
            parts.append(f"{orphaned} highlights could not be placed (kept as orphans)")
        return ", ".join(parts)


Progress = Callable[[int, int, Path], None]


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[ImportFailure]]:
    """The article files named or found under the folders named, and the paths that aren't."""
    from reader.library.importer import SUPPORTED_SUFFIXES, iter_article_files

    files: list[Path] = []
    failures: list[ImportFailure] = []
    for path in paths:
        if not path.exists():
            failures.append(ImportFailure(path, "no such file or folder"))
        elif path.is_file() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
            failures.append(ImportFailure(path, f"not an article file (reader takes {supported})"))
        else:
            files.extend(iter_article_files([path]))
    return files, failures


IMPORT_BATCH = 50  # articles saved together: one journal record and folder fsync for all


def parse_file(path: Path) -> Article | ImportFailure:
    """One file read and parsed, or the reason it can't be (picklable, for a child process)."""
    from reader.library.importer import ArticleImportError, load_article

    try:
        return load_article(path)
    except ArticleImportError as error:
        return ImportFailure(path, error.reason)
    except (OSError, UnicodeError, ValueError) as error:
        return ImportFailure(path, f"could not be read: {error}")


def _parsed(files: list[Path], elsewhere: bool) -> Iterator[Article | ImportFailure]:
    if not elsewhere or not files:
        yield from map(parse_file, files)
        return
    # Parsing a big HTML page holds the interpreter for seconds; in a process of its own it
    # leaves the app's own threads free to draw and take keys. "spawn": forking a process
    # that runs threads can deadlock.
    context = multiprocessing.get_context("spawn")
    # The pool starts its helpers at moments of its own choosing, so the real stderr stays in
    # place for the whole import (Textual itself writes to sys.__stderr__, not sys.stderr).
    with _real_stderr(), ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        yield from pool.map(parse_file, files)


@contextmanager
def _real_stderr() -> Iterator[None]:
    """multiprocessing hands sys.stderr's file descriptor to its helper process; under Textual
    (or pytest) sys.stderr is a stand-in without a real one, which makes the start fail."""
    replaced = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = replaced


def import_files(
    store: LibraryStore,
    files: list[Path],
    progress: Progress | None = None,
    parse_elsewhere: bool = False,
) -> ImportReport:
    """Import ``files``; with ``parse_elsewhere`` they are parsed in a child process."""
    report = ImportReport()
    batch: list[tuple[Path, Article]] = []
    for number, (path, parsed) in enumerate(
        zip(files, _parsed(files, parse_elsewhere), strict=True), start=1
    ):
        if isinstance(parsed, ImportFailure):
            report.failures.append(parsed)
        else:
            batch.append((path, parsed))
        if len(batch) >= IMPORT_BATCH or number == len(files):
            _save_batch(store, batch, report)
            batch = []
        if progress is not None:
            progress(number, len(files), path)
    return report


def _save_batch(
    store: LibraryStore, batch: list[tuple[Path, Article]], report: ImportReport
) -> None:
    try:
        report.saved.extend(store.save_articles([article for _, article in batch]))
        return
    except (OSError, ValueError):
        pass  # say which file it was: save them one by one
    for path, article in batch:
        try:
            report.saved.append(store.save_article(article))
        except (OSError, ValueError) as error:
            report.failures.append(ImportFailure(path, f"could not be saved: {error}"))


def import_paths(
    store: LibraryStore,
    paths: Iterable[Path],
    progress: Progress | None = None,
    parse_elsewhere: bool = False,
) -> ImportReport:
    files, failures = collect_files(paths)
    report = import_files(store, files, progress, parse_elsewhere)
    report.failures[:0] = failures
    return report
