"""An append-only journal of changes, one checksummed JSON record a line.

Appending a line and fsyncing it costs well under a millisecond, where rewriting a large
TinyDB file costs a tenth of a second or more; the journal is folded into the TinyDB file
from time to time (see ``JournaledTinyDB.compact``). A line cut short by a crash fails its
checksum and is ignored: its save never returned, so nothing the user was told is lost.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from reader.store.atomic import atomic_write_bytes


@dataclass(frozen=True, slots=True)
class JournalRead:
    records: list[dict[str, Any]]
    end: int  # byte offset just after the last complete, valid line
    damaged_lines: int  # lines in the middle that failed their checksum (skipped)


def encode_record(record: dict[str, Any]) -> bytes:
    body = orjson.dumps(record)
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode_line(line: bytes) -> dict[str, Any] | None:
    if len(line) < 10 or line[8:9] != b" ":
        return None
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        record = orjson.loads(body)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path

    def identity(self) -> tuple[int, int] | None:
        """(inode, size) of the journal file, or None when there is none."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return stat.st_ino, stat.st_size

    def read_from(self, offset: int) -> JournalRead:
        try:
            with open(self.path, "rb") as handle:
                handle.seek(offset)
                data = handle.read()
        except FileNotFoundError:
            return JournalRead([], 0, 0)
        records: list[dict[str, Any]] = []
        end = offset
        damaged = 0
        position = 0
        while True:
            newline = data.find(b"\n", position)
            if newline < 0:
                break  # an unfinished last line: a write cut short, or one still under way
            record = _decode_line(data[position:newline])
            if record is None:
                damaged += 1
            else:
                records.append(record)
            position = newline + 1
            end = offset + position
        return JournalRead(records, end, damaged)

    def append(self, record: dict[str, Any], valid_end: int) -> int:
        """Append a record durably after ``valid_end``, dropping a torn tail; returns the end."""
        line = encode_record(record)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size != valid_end:
                os.ftruncate(fd, valid_end)
            os.lseek(fd, valid_end, os.SEEK_SET)
            written = 0
            while written < len(line):
                written += os.write(fd, line[written:])
            os.fsync(fd)
        finally:
            os.close(fd)
        return valid_end + len(line)

    def reset(self) -> None:
        """Replace the journal with an empty one (a new inode, so other processes notice)."""
        atomic_write_bytes(self.path, b"")
