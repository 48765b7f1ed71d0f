"""A TinyDB database kept in memory, saved as a TinyDB JSON file plus an append-only journal.

Every change is one journal record, appended and fsynced under a file lock shared by all
processes that open the library, after catching up with what other processes wrote. The
journal is folded into the TinyDB file (written atomically) when it grows, and on close.
The file on disk is a TinyDB JSON file; ``KeyedTinyDB(path)`` opens it with TinyDB's own
JSONStorage (the tables are keyed by our string ids rather than TinyDB's integers).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document, Table

from reader.heap import collection_paused
from reader.store.atomic import atomic_write_bytes
from reader.store.errors import LibraryCorrupt, LibraryLocked, LibraryTooNew
from reader.store.journal import Journal

META_TABLE = "_meta"
LOCK_TIMEOUT_SECONDS = 30.0
COMPACT_AFTER_RECORDS = 2000
COMPACT_AFTER_BYTES = 8 * 1024 * 1024

LAYOUT_KEY = "layout"
_META_TAIL = b',"_meta":'

Migration = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Deferral:
    """How a big table is kept until first used: the file also records its size, its
    documents counted by ``count_by``, and the ``columns`` (fields of every document, in
    lists) that a listing needs. Lists of plain values parse five times faster than the
    documents (6 ms against 33 ms for 10,000 articles)."""

    count_by: str | None = None
    columns: tuple[str, ...] = ()


class KeyedTable(Table):
    """A TinyDB table keyed by our own string ids (article ids, annotation uuids).

    TinyDB's stock table converts every key of the table on each write, which makes one
    insert into 50,000 annotations cost milliseconds; with string keys there is nothing to
    convert, so writes change the table in place.
    """

    document_id_class = str

    def _update_table(self, updater: Callable[[dict[Any, Mapping]], None]) -> None:
        tables = self._storage.read()
        raw_table = tables.setdefault(self.name, {})
        updater(raw_table)
        self._storage.write(tables)
        self.clear_cache()


class KeyedTinyDB(TinyDB):
    table_class = KeyedTable


@dataclass(frozen=True, slots=True)
class Put:
    table: str
    key: str
    doc: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Patch:
    table: str
    key: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Delete:
    table: str
    key: str


Change = Put | Patch | Delete


def _encode_change(change: Change) -> dict[str, Any]:
    if isinstance(change, Put):
        return {"op": "put", "t": change.table, "k": change.key, "d": change.doc}
    if isinstance(change, Patch):
        return {"op": "patch", "t": change.table, "k": change.key, "d": change.fields}
    return {"op": "del", "t": change.table, "k": change.key}


def _base_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


class JournaledTinyDB:
    def __init__(
        self,
        path: Path,
        *,
        schema_version: int,
        migrations: Mapping[int, Migration] | None = None,
        before_migration: Callable[[Path], None] | None = None,
        deferred: Mapping[str, Deferral] | None = None,
    ) -> None:
        """``deferred``: big tables that are parsed only when first used; until then their
        size, counts and columns come from the file (see ``Deferral``)."""
        self.path = Path(path)
        self.deferred = dict(deferred or {})
        self._unparsed: dict[str, memoryview] = {}
        self._summaries: dict[str, dict[str, Any]] = {}
        self.schema_version = schema_version
        self.migrations = dict(migrations or {})
        self.before_migration = before_migration
        self.journal = Journal(self.path.with_name(self.path.name + ".journal"))
        self.lock = FileLock(str(self.path.with_name(self.path.name + ".lock")), thread_local=False)
        self._thread_lock = threading.RLock()
        self.db = KeyedTinyDB(storage=MemoryStorage)
        self._base_signature: tuple[int, int, int] | None = None
        self._journal_identity: int | None = None
        self._journal_end = 0
        self._journal_records = 0
        self._seq = 0
        self._loads = 0  # how many times the file was read whole
        self._changed_at: dict[str, int] = {}  # table -> the seq of its last change
        self.listeners: list[Callable[[Sequence[Change]], None]] = []
        with self._locked():
            self._load()

    # -- reading -------------------------------------------------------------------------

    @property
    def seq(self) -> int:
        """The number of the last change seen: it moves whenever the data changes."""
        return self._seq

    def version(self, name: str) -> tuple[int, int]:
        """Moves whenever table ``name`` changes (and only then), so that an index of one
        table outlives changes to the others: a reading position saved must not make the
        index of 50,000 highlights be built again."""
        return self._loads, self._changed_at.get(name, 0)

    def table(self, name: str) -> KeyedTable:
        self._parse_deferred(name)
        return self.db.table(name)  # type: ignore[return-value]

    def raw(self, name: str) -> dict[str, dict[str, Any]]:
        """The live dict behind a table: fast read access for indexes. Do not mutate it."""
        self._parse_deferred(name)
        return self.db.storage.read().setdefault(name, {})

    def count(self, name: str) -> int:
        """How many documents a table holds, without parsing a deferred one."""
        summary = self._summaries.get(name)
        if summary is not None and name in self._unparsed:
            return int(summary["count"])
        return len(self.raw(name))

    def counts_by(self, name: str) -> dict[str, int]:
        """Documents of a deferred table counted by its field, without parsing it."""
        summary = self._summaries.get(name)
        if summary is not None and name in self._unparsed and "by" in summary:
            return dict(summary["by"])
        field = self.deferred[name].count_by
        return _count_by(self.raw(name), field) if field else {}

    def columns(self, name: str) -> dict[str, list[Any]] | None:
        """A deferred table's columns as the file recorded them (``"ids"``, then one list per
        field, None where a document lacks it), while the table is unparsed; else None."""
        summary = self._summaries.get(name)
        if summary is None or name not in self._unparsed:
            return None
        return summary.get("columns")

    def parse_deferred(self) -> None:
        """Parse every deferred table now (an app does this in the background)."""
        for name in list(self._unparsed):
            self._parse_deferred(name)

    def _parse_deferred(self, name: str) -> None:
        if name not in self._unparsed:
            return
        with self._thread_lock:
            raw = self._unparsed.get(name)
            if raw is None:
                return  # another thread parsed it first
            try:
                with collection_paused():
                    table = orjson.loads(raw)
                problem = "" if isinstance(table, dict) else "not a JSON object"
            except orjson.JSONDecodeError as error:
                problem = f"not valid JSON: {error}"
            if problem:
                # Kept unparsed, so that no save and no compaction can go ahead without it;
                # not moved aside, as the file on disk may be newer than these bytes by now.
                raise LibraryCorrupt(self.path, f"its {name} table is {problem}", None)
            self.db.storage.read()[name] = table
            del self._unparsed[name]

    # -- writing -------------------------------------------------------------------------

    def apply(self, changes: Sequence[Change]) -> None:
        """Apply changes durably: they are in the journal on disk when this returns."""
        if not changes:
            return
        with self._locked():
            self._catch_up()
            for name in {change.table for change in changes}:
                self._parse_deferred(name)  # a damaged table fails the save before the journal
            self._seq += 1
            record = {
                "seq": self._seq,
                "at": time.time(),
                "ops": [_encode_change(c) for c in changes],
            }
            self._journal_end = self.journal.append(record, self._journal_end)
            self._journal_identity = self._journal_inode()
            self._journal_records += 1
            self._apply_in_memory(changes)
            if self._should_compact():
                self._compact_locked()
        self._notify(changes)

    def refresh(self) -> bool:
        """Take in what other processes wrote since we last looked. True when anything changed."""
        with self._locked():
            return self._catch_up()

    def compact(self) -> None:
        with self._locked():
            self._catch_up()
            if self._journal_records or not self.path.exists():
                self._compact_locked()

    def close(self) -> None:
        try:
            self.compact()
        except LibraryLocked:
            pass  # another process holds the lock: it will fold our journal in later

    # -- internals -----------------------------------------------------------------------

    def _locked(self) -> _LockContext:
        return _LockContext(self._thread_lock, self.lock, self.path)

    def _journal_inode(self) -> int | None:
        identity = self.journal.identity()
        return identity[0] if identity else None

    def _load(self) -> None:
        self._loads += 1
        self._changed_at = {}
        self._unparsed = {}
        self._summaries = {}
        with collection_paused():
            data = self._read_base()
        self._base_signature = _base_signature(self.path)
        self.db.storage.write(data)
        meta = data.get(META_TABLE, {})
        self._seq = int(meta.get("journal", {}).get("seq", 0))
        self._journal_identity = self._journal_inode()
        self._journal_end = 0
        self._journal_records = 0
        self._replay_journal()

    def _read_base(self) -> dict[str, Any]:
        if not self.path.exists():
            return {META_TABLE: {"schema": {"version": self.schema_version}}}
        try:
            raw = self.path.read_bytes()
            data = self._split_deferred(raw)
            if data is None:
                data = orjson.loads(raw) if raw.strip() else None
        except (orjson.JSONDecodeError, UnicodeDecodeError) as error:
            raise self._corrupt(f"not valid JSON: {error}") from None
        if data is None:
            raise self._corrupt("the file is empty")
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise self._corrupt("not a TinyDB library")
        meta = data.setdefault(META_TABLE, {})
        version = int(meta.get("schema", {}).get("version", 1))
        if version > self.schema_version:
            raise LibraryTooNew(self.path, version, self.schema_version)
        if version < self.schema_version:
            try:
                for name in list(self._unparsed):
                    data[name] = orjson.loads(self._unparsed.pop(name))
            except orjson.JSONDecodeError as error:
                raise self._corrupt(f"not valid JSON: {error}") from None
            data = self._migrate(data, version)
        return data

    def _split_deferred(self, raw: bytes) -> dict[str, Any] | None:
        """The file's tables, leaving the deferred ones as bytes to parse when first used.

        Our compactions write the deferred tables last but one and ``_meta`` last, with the
        byte ranges of the deferred tables in it. Any file that does not match that layout
        exactly (written by TinyDB, an older version, or by hand) gets None: parse it whole.
        """
        if not self.deferred:
            return None
        tail_at = raw.rfind(_META_TAIL)
        if tail_at < 0 or not raw.endswith(b"}"):
            return None
        try:
            meta = orjson.loads(raw[tail_at + len(_META_TAIL) : -1])
            layout = meta[LAYOUT_KEY]
            ranges = sorted((int(start), int(end), name) for name, (start, end) in layout.items())
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
            return None
        if not ranges or ranges[-1][1] != tail_at:
            return None
        head_end = ranges[0][0]
        unparsed: dict[str, memoryview] = {}
        view = memoryview(raw)  # slices without copying 20 MB of highlights
        for start, end, name in ranges:
            key = orjson.dumps(name) + b":"
            if name not in self.deferred or raw[start - len(key) : start] != key:
                return None
            unparsed[name] = view[start:end]
            head_end = min(head_end, start - len(key))
        before = raw[head_end - 1 : head_end]
        if before == b"{":
            data = {}  # every table is deferred
        elif before == b",":
            data = orjson.loads(raw[: head_end - 1] + b"}")
        else:
            return None
        if not isinstance(data, dict):
            return None
        data[META_TABLE] = meta
        self._summaries = {
            name: summary
            for name, summary in meta.get("summaries", {}).items()
            if isinstance(summary, dict) and _summary_is_whole(summary, self.deferred.get(name))
        }
        self._unparsed = unparsed
        return data

    def _migrate(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        if self.before_migration is not None:
            self.before_migration(self.path)
        while version < self.schema_version:
            migration = self.migrations.get(version)
            if migration is None:
                raise LibraryTooNew(self.path, version, self.schema_version)
            data = migration(data)
            version += 1
        data.setdefault(META_TABLE, {})["schema"] = {"version": version}
        atomic_write_bytes(self.path, orjson.dumps(data))
        return data

    def _corrupt(self, reason: str) -> LibraryCorrupt:
        moved_to = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, moved_to)
        except OSError:
            moved_to = None
        return LibraryCorrupt(self.path, reason, moved_to)

    def _replay_journal(self) -> bool:
        read = self.journal.read_from(self._journal_end)
        self._journal_end = read.end
        changed = False
        for record in read.records:
            seq = int(record.get("seq", 0))
            self._journal_records += 1
            if seq <= self._seq:
                continue  # already folded into the TinyDB file by a compaction
            self._seq = seq
            self._apply_in_memory([_decode_change(op) for op in record.get("ops", [])])
            changed = True
        return changed

    def _catch_up(self) -> bool:
        if _base_signature(self.path) != self._base_signature:
            self._load()  # another process compacted: start again from its file
            return True
        identity = self.journal.identity()
        if identity is None:
            return False
        inode, size = identity
        if inode != self._journal_identity or size < self._journal_end:
            self._load()
            return True
        if size == self._journal_end:
            return False
        changes_before = self._seq
        self._replay_journal()
        return self._seq != changes_before

    def _apply_in_memory(self, changes: Iterable[Change]) -> None:
        changes = list(changes)
        for name in {change.table for change in changes}:
            self._parse_deferred(name)
            self._changed_at[name] = self._seq
        tables = self.db.storage.read()
        for change in changes:
            table = tables.setdefault(change.table, {})
            if isinstance(change, Put):
                table[change.key] = dict(change.doc)
            elif isinstance(change, Patch):
                if change.key in table:
                    table[change.key] = {**table[change.key], **change.fields}
            else:
                table.pop(change.key, None)
        self.db.storage.write(tables)
        for name in {change.table for change in changes}:
            self.db.table(name).clear_cache()

    def _should_compact(self) -> bool:
        return (
            self._journal_records >= COMPACT_AFTER_RECORDS
            or self._journal_end >= COMPACT_AFTER_BYTES
        )

    def _compact_locked(self) -> None:
        self.parse_deferred()
        data = self.db.storage.read()
        meta = data.setdefault(META_TABLE, {})
        meta["schema"] = {"version": self.schema_version}
        meta["journal"] = {"seq": self._seq}
        atomic_write_bytes(self.path, self._encode_file(data))
        # A crash here leaves records the file already holds; their seq makes replay skip them.
        self.journal.reset()
        self._base_signature = _base_signature(self.path)
        self._journal_identity = self._journal_inode()
        self._journal_end = 0
        self._journal_records = 0

    def _encode_file(self, data: dict[str, Any]) -> bytes:
        """A TinyDB JSON file with the deferred tables last but one and ``_meta`` last,
        holding where each deferred table lies and its counts (see ``_split_deferred``)."""
        meta = {k: v for k, v in data[META_TABLE].items() if k not in (LAYOUT_KEY, "summaries")}
        parts: list[bytes] = []
        size = 1  # the opening brace
        for name, table in data.items():
            if name != META_TABLE and name not in self.deferred:
                part = orjson.dumps(name) + b":" + orjson.dumps(table)
                parts.append(part)
                size += len(part) + 1
        layout: dict[str, list[int]] = {}
        summaries: dict[str, dict[str, Any]] = {}
        for name, deferral in self.deferred.items():
            table = data.get(name, {})
            key = orjson.dumps(name) + b":"
            body = orjson.dumps(table)
            layout[name] = [size + len(key), size + len(key) + len(body)]
            parts.append(key + body)
            size += len(key) + len(body) + 1
            summaries[name] = _summary_of(table, deferral)
        if layout:
            meta[LAYOUT_KEY] = layout
            meta["summaries"] = summaries
        parts.append(orjson.dumps(META_TABLE) + b":" + orjson.dumps(meta))
        return b"{" + b",".join(parts) + b"}"

    def _notify(self, changes: Sequence[Change]) -> None:
        for listener in self.listeners:
            listener(changes)


def _summary_of(table: Mapping[str, Mapping[str, Any]], deferral: Deferral) -> dict[str, Any]:
    summary: dict[str, Any] = {"count": len(table)}
    if deferral.count_by:
        summary["by"] = _count_by(table, deferral.count_by)
    if deferral.columns:
        columns: dict[str, list[Any]] = {"ids": list(table)}
        for field in deferral.columns:
            columns[field] = [doc.get(field) for doc in table.values()]
        summary["columns"] = columns
    return summary


def _summary_is_whole(summary: dict[str, Any], deferral: Deferral | None) -> bool:
    """A summary a file may be trusted with: everything this deferral needs, of the right
    size (a file written by another version, or edited by hand, is parsed instead)."""
    if deferral is None or not isinstance(summary.get("count"), int):
        return False
    if deferral.count_by and not isinstance(summary.get("by"), dict):
        return False
    if deferral.columns:
        columns = summary.get("columns")
        if not isinstance(columns, dict):
            return False
        for field in ("ids", *deferral.columns):
            column = columns.get(field)
            if not isinstance(column, list) or len(column) != summary["count"]:
                return False
    return True


def _count_by(table: Mapping[str, Mapping[str, Any]], field: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for doc in table.values():
        key = doc.get(field)
        if isinstance(key, str):  # a hand-edited document without it must not stop a save
            counts[key] = counts.get(key, 0) + 1
    return counts


def _decode_change(op: dict[str, Any]) -> Change:
    kind = op.get("op")
    if kind == "put":
        return Put(op["t"], op["k"], op["d"])
    if kind == "patch":
        return Patch(op["t"], op["k"], op["d"])
    return Delete(op["t"], op["k"])


class _LockContext:
    """The process's own lock (threads share the in-memory tables), then the file lock shared
    with other processes; says which library stayed locked when it times out."""

    def __init__(self, thread_lock: threading.RLock, lock: FileLock, path: Path) -> None:
        self.thread_lock = thread_lock
        self.lock = lock
        self.path = path

    def __enter__(self) -> None:
        if not self.thread_lock.acquire(timeout=LOCK_TIMEOUT_SECONDS):
            raise LibraryLocked(self.path, LOCK_TIMEOUT_SECONDS)
        try:
            self.lock.acquire(timeout=LOCK_TIMEOUT_SECONDS)
        except Timeout:
            self.thread_lock.release()
            raise LibraryLocked(self.path, LOCK_TIMEOUT_SECONDS) from None

    def __exit__(self, *exc: object) -> None:
        self.lock.release()
        self.thread_lock.release()


__all__ = [
    "Change",
    "Delete",
    "Document",
    "JournaledTinyDB",
    "KeyedTable",
    "Patch",
    "Put",
]
