"""Bringing files into the library: parse each one, save it, and report what happened.

Shared by `reader import`, `reader FILE` and the app's import key. A bad file gets a
one-line reason and the rest still go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


def import_files(
    store: LibraryStore, files: list[Path], progress: Progress | None = None
) -> ImportReport:
    from reader.library.importer import ArticleImportError, load_article

    report = ImportReport()
    batch: list[tuple[Path, Article]] = []
    for number, path in enumerate(files, start=1):
        try:
            batch.append((path, load_article(path)))
        except ArticleImportError as error:
            report.failures.append(ImportFailure(path, error.reason))
        except (OSError, UnicodeError, ValueError) as error:
            report.failures.append(ImportFailure(path, f"could not be read: {error}"))
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
    store: LibraryStore, paths: Iterable[Path], progress: Progress | None = None
) -> ImportReport:
    files, failures = collect_files(paths)
    report = import_files(store, files, progress)
    report.failures[:0] = failures
    return report
