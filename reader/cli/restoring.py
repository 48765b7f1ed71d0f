"""`reader restore [BACKUP]`: list the rolling backups, or bring one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli.common import CommandError, library_path, open_library


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "restore",
        parents=[db_option],
        help="list the library's backups, or restore one",
        description=(
            "Without BACKUP, list the backups kept beside the library file, newest first. "
            "With BACKUP (a number from that list, or a file), put it in place of the library; "
            "the current library is kept as a backup first, so a restore can be undone."
        ),
    )
    parser.add_argument("backup", nargs="?", metavar="BACKUP")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reader.store import backups

    path = library_path(args.db)
    found = backups.list_backups(path)
    if args.backup is None:
        if not found:
            print(f"No backups of {path} yet.")
            return 0
        print(f"Backups of {path}, newest first:")
        for number, backup in enumerate(found, start=1):
            taken = f"{backup.taken:%Y-%m-%d %H:%M:%S}"
            print(f"{number:3}  {taken}  {backup.size:>10,} bytes  {backup.name}")
        print("Restore one with `reader restore NUMBER`.")
        return 0
    chosen = _choose(args.backup, found)
    # Read it now: folding the journal in below may take a backup and prune the oldest,
    # which may be this one.
    try:
        data = backups.read_backup(chosen)
    except OSError as error:
        raise CommandError(f"cannot read {chosen}: {error.strerror or error}") from None
    except ValueError as error:
        raise CommandError(str(error)) from None
    if path.exists():
        with open_library(args.db):
            pass  # opening and closing folds the journal in, so the safety copy is complete
    saved = backups.restore_backup(path, data)
    kept = f" The library as it was is kept as {saved.name}." if saved else ""
    print(f"Restored {chosen.name} into {path}.{kept}")
    return 0


def _choose(choice: str, found: list) -> Path:
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(found):
            raise CommandError(
                f"there is no backup number {number}; run `reader restore` to list them"
            )
        return found[number - 1].path
    candidate = Path(choice)
    if candidate.is_file():
        return candidate
    by_name = [b.path for b in found if b.name == choice]
    if by_name:
        return by_name[0]
    raise CommandError(f"no backup called {choice!r}; run `reader restore` to list them")
