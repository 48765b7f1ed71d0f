"""`reader import PATH...`"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import open_library
from reader.textsafety import one_line

PROGRESS_BAR_FROM = 6  # files; fewer import too fast for a bar to help


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import",
        parents=[db_option],
        help="import article files and folders into the library",
        description=(
            "Import .txt, .md/.markdown and .html/.htm files; folders are searched recursively. "
            "Importing a file again is a no-op; a changed file updates its article and keeps "
            "your notes. A file that can't be imported gets a one-line reason, the others go "
            "in, and the exit status is 1."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only failures")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reader.ingest import collect_files, import_files

    files, failures = collect_files(args.paths)
    with open_library(args.db) as store:
        if len(files) >= PROGRESS_BAR_FROM and not args.quiet:
            report = _import_with_progress_bar(store, files)
        else:
            report = import_files(store, files)
    report.failures[:0] = failures
    for failure in report.failures:
        print(f"reader: {one_line(str(failure))}", file=sys.stderr)
    if not args.quiet:
        for outcome in report.saved:
            if outcome.status != "unchanged" and len(report.saved) < PROGRESS_BAR_FROM:
                print(f"{outcome.status:9} {outcome.article_id}  {one_line(outcome.title)}")
        print(f"Imported {len(files)} file(s): {report.summary()}.")
    return 1 if report.failures else 0


def _import_with_progress_bar(store, files):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reader.ingest import import_files

    console = Console(stderr=True)
    with Progress(
        TextColumn("Importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("import", total=len(files), name="")

        def advance(done: int, total: int, path: Path) -> None:
            bar.update(task, completed=done, name=path.name[:40])

        return import_files(store, files, advance)
