"""Rolling backups of the library file, kept in a folder beside it."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import orjson

from reader.store.atomic import atomic_write_bytes
from reader.store.paths import companion

KEEP_BACKUPS = 10
BACKUP_INTERVAL_SECONDS = 10 * 60


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir(library_path: Path) -> Path:
    return companion(library_path, "backups")


def list_backups(library_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backups_dir(library_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.glob(f"{library_path.stem}-*.json"):
        stat = entry.stat()
        found.append(Backup(entry, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda backup: (backup.taken, backup.name), reverse=True)


def make_backup(library_path: Path, *, reason: str = "auto") -> Path | None:
    """Copy the library file into the backups folder and prune old copies.

    A file that does not hold a whole library is not copied: the store may open a damaged
    file when only a part it has not read yet is damaged, and a copy of it would push a good
    backup out.
    """
    if not library_path.exists():
        return None
    data = library_path.read_bytes()
    if _damage(data) is not None:
        return None
    folder = backups_dir(library_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{library_path.stem}-{stamp}-{reason}.json"
    counter = 2
    while target.exists():
        target = folder / f"{library_path.stem}-{stamp}-{reason}-{counter}.json"
        counter += 1
    atomic_write_bytes(target, data)
    for old in list_backups(library_path)[KEEP_BACKUPS:]:
        try:
            old.path.unlink()
        except OSError:
            pass
    return target


def backup_is_due(library_path: Path) -> bool:
    backups = list_backups(library_path)
    if not backups:
        return True
    return time.time() - backups[0].path.stat().st_mtime >= BACKUP_INTERVAL_SECONDS


def read_backup(backup: Path) -> bytes:
    """The bytes of a backup that holds a library; ``ValueError`` says why one doesn't."""
    data = backup.read_bytes()
    damage = _damage(data)
    if damage is not None:
        raise ValueError(f"{backup} is not a library backup ({damage})")
    return data


def _set_aside(library_path: Path) -> Path:
    aside = library_path.with_name(f"{library_path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(library_path, aside)
    return aside


def _damage(data: bytes) -> str | None:
    """What keeps ``data`` from being a whole TinyDB library file, or None."""
    try:
        tables = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        return f"not valid JSON: {error}"
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        return "not a TinyDB library"
    return None


def restore_backup(library_path: Path, backup: Path | bytes) -> Path | None:
    """Put ``backup`` (a file, or its bytes) in place of the library file, keeping the current
    file as a backup first (or, when it is damaged, beside the library as ``.corrupt-*``).

    The backup is read before the safety copy is made: making it prunes the oldest backup,
    which may be the one being restored. The journal of the current file is set aside too,
    so the restored file is what opens.
    """
    data = backup if isinstance(backup, bytes) else read_backup(backup)
    saved = make_backup(library_path, reason="before-restore")
    if saved is None and library_path.exists():
        saved = _set_aside(library_path)  # damaged: no backup, but never overwritten either
    journal = library_path.with_name(library_path.name + ".journal")
    if journal.exists():
        shutil.move(
            journal, journal.with_name(journal.name + f".before-restore-{int(time.time())}")
        )
    atomic_write_bytes(library_path, data)
    os.utime(library_path)
    return saved
