"""Where exports go and how they are written: safe names, no clobbering, atomic writes."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from reader.export.front_matter import EXPORT_MARKER, read_front_matter
from reader.export.index import INDEX_NAME, index_markdown
from reader.export.markdown import DetectionLike, article_markdown
from reader.export.web_annotation import (
    annotations_to_w3c,
    document_article_ids,
    dumps_w3c,
    is_reader_document,
    w3c_document,
)
from reader.library.article import Article
from reader.store.atomic import atomic_write_bytes
from reader.store.models import Annotation

ExportFormat = Literal["md", "json"]
ExportItem = tuple[Article, Sequence[Annotation], DetectionLike | None]
SUFFIXES: dict[str, str] = {"md": ".md", "json": ".json"}

MAX_SLUG_LENGTH = 80
# File systems allow 255 bytes a name; leave room for "-123" and ".json".
MAX_SLUG_BYTES = 200
FALLBACK_SLUG = "article"
# Letters NFKD does not split into a base letter and an accent.
_ASCII_FOLDS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin", "conout", "clock"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in "0123456789¹²³"}
)
_DASHES = re.compile(r"-+")
_APOSTROPHES = frozenset("'’ʼ")
_MARKER_PEEK_BYTES = 64 * 1024


class ExportRefused(Exception):
    """A file was left alone: it exists and the reader did not write it (and no --force)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def slugify_title(title: str) -> str:
    """A file name stem for a title: lowercase, dashes, ASCII where the letters allow it."""
    pieces: list[str] = []
    for char in unicodedata.normalize("NFKD", title.lower()):
        if char in _APOSTROPHES:
            continue  # "Manchester's" -> "manchesters", not "manchester-s"
        char = _ASCII_FOLDS.get(char, char)
        category = unicodedata.category(char[0])
        if category[0] == "M":
            # An accent split off a Latin letter goes; a vowel sign of another script stays.
            if pieces and pieces[-1].isascii():
                continue
            pieces.append(char)
        else:
            pieces.append(char if category[0] in "LN" else "-")
    slug = _DASHES.sub("-", unicodedata.normalize("NFC", "".join(pieces))).strip("-")
    slug = _shorten(slug)
    if not slug:
        return FALLBACK_SLUG
    if slug in _WINDOWS_RESERVED:
        return f"{slug}-{FALLBACK_SLUG}"
    return slug


def _shorten(slug: str) -> str:
    if len(slug) <= MAX_SLUG_LENGTH and len(slug.encode("utf-8")) <= MAX_SLUG_BYTES:
        return slug
    cut = slug[:MAX_SLUG_LENGTH]
    while len(cut.encode("utf-8")) > MAX_SLUG_BYTES:
        cut = cut[:-1]
    # Cut at a word boundary unless that loses too much of the title.
    boundary = cut.rfind("-")
    if boundary >= len(cut) // 2:
        cut = cut[:boundary]
    return cut.strip("-")


def safe_output_path(folder: Path, title: str, taken: set[str], suffix: str = ".md") -> Path:
    """A path for ``title`` directly inside ``folder`` whose name is not in ``taken``.

    ``taken`` holds case-folded file names (for case-insensitive file systems); the chosen
    name is added to it. Collisions get "-2", "-3", ...
    """
    stem = slugify_title(title)
    name = f"{stem}{suffix}"
    counter = 1
    while name.casefold() in taken:
        counter += 1
        name = f"{stem}-{counter}{suffix}"
    taken.add(name.casefold())
    resolved_folder = folder.resolve()
    path = resolved_folder / name
    if path.parent != resolved_folder or name in (".", ".."):
        raise ValueError(f"slug {name!r} would leave {resolved_folder}")
    return path


def written_by_reader(path: Path) -> bool:
    """Whether ``path`` is an export the reader wrote, so replacing it loses no work of the user."""
    return _marker_document(path) is not None


def exported_article_id(path: Path) -> str | None:
    """The reader id of the single article an export file holds, if the reader wrote it."""
    return _single_article_id(_marker_document(path))


def _single_article_id(document: dict | None) -> str | None:
    if isinstance(document, dict) and "reader_id" in document:
        return str(document["reader_id"])
    if is_reader_document(document):
        try:
            ids = document_article_ids(document)
        except (ValueError, KeyError, TypeError):
            return None  # marked as ours but damaged: still ours, owned by no one article
        return ids[0] if len(ids) == 1 else None
    return None


def _marker_document(path: Path) -> dict | None:
    """The front matter or JSON document carrying the reader's marker, or None."""
    try:
        if not path.is_file():
            return None
        if path.suffix.lower() == ".json":
            document = json.loads(path.read_bytes())
            return document if is_reader_document(document) else None
        with path.open("rb") as handle:
            head = handle.read(_MARKER_PEEK_BYTES).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None
    fields = read_front_matter(head)
    if fields and fields.get("exported_by") == EXPORT_MARKER:
        return fields
    return None


def write_export(path: Path, content: str, force: bool = False) -> Path:
    """Write ``content`` to ``path`` atomically; a file the reader did not write needs ``force``."""
    if path.is_dir():
        raise ExportRefused(path, "is a folder")
    if path.exists() and not force and not written_by_reader(path):
        raise ExportRefused(path, "exists and was not written by reader (use --force to replace)")
    _atomic_write(path, content.encode("utf-8"))
    return path


def _atomic_write(path: Path, data: bytes) -> None:
    # Exports are for other programs too: keep an existing file's mode, else a readable one.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    atomic_write_bytes(path, data, mode=mode)


@dataclass(slots=True)
class ExportResult:
    """What an export did: the file or folder it went to, what it wrote and what it left alone."""

    destination: Path
    written: list[Path] = field(default_factory=list)
    refused: list[ExportRefused] = field(default_factory=list)
    index: Path | None = None


def export_articles(
    items: Sequence[ExportItem],
    out: Path | None,
    default_folder: Path,
    fmt: ExportFormat,
    force: bool,
    exported_at: datetime,
    as_collection: bool = False,
) -> ExportResult:
    """Export articles with their annotations following the ``-o`` rules.

    One article: ``out`` is an existing folder (the file goes inside, named after the title)
    or a file path (used as given); without ``out`` it goes into ``default_folder``.
    Several articles, or any number with ``as_collection`` (``--all``, ``--tag``): one file
    each plus an ``index.md`` in the folder ``out`` (created), or in ``default_folder``.
    For JSON, an ``out`` ending in ".json" that is not a folder gets a single backup document
    holding every article instead.
    """
    if fmt not in SUFFIXES:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {sorted(SUFFIXES)}")
    # One entry per article, in an order that does not depend on how the library lists them.
    unique = {item[0].id: item for item in reversed(items)}
    ordered = sorted(unique.values(), key=lambda item: _title_order(item[0]))
    if len(ordered) == 1 and not as_collection:
        return _export_one(ordered[0], out, default_folder, fmt, force, exported_at)
    if not ordered and not as_collection:
        return ExportResult(destination=out if out is not None else default_folder)
    if fmt == "json" and out is not None and out.suffix.lower() == ".json" and not out.is_dir():
        document = w3c_document([annotations_to_w3c(a, notes) for a, notes, _ in ordered])
        return _write_all(out, [(out, dumps_w3c(document))], force)
    folder = out if out is not None else default_folder
    if folder.exists() and not folder.is_dir():
        refusal = ExportRefused(folder, "is a file; several articles need a folder")
        return ExportResult(destination=folder, refused=[refusal])
    folder.mkdir(parents=True, exist_ok=True)
    paths = _plan_paths(folder, [article for article, _, _ in ordered], SUFFIXES[fmt])
    planned = [(item[0], path) for item, path in zip(ordered, paths, strict=True)]
    writes = [
        (path, _render(item, fmt, exported_at))
        for item, (_, path) in zip(ordered, planned, strict=True)
    ]
    result = _write_all(folder.resolve(), writes, force)
    linked = [(article, path.name) for article, path in planned if path in result.written]
    index_path = folder.resolve() / INDEX_NAME
    try:
        result.written.append(write_export(index_path, index_markdown(linked, exported_at), force))
        result.index = index_path
    except ExportRefused as refusal:
        result.refused.append(refusal)
    return result


def _export_one(
    item: ExportItem,
    out: Path | None,
    default_folder: Path,
    fmt: ExportFormat,
    force: bool,
    exported_at: datetime,
) -> ExportResult:
    if out is None or out.is_dir():
        folder = out if out is not None else default_folder
        folder.mkdir(parents=True, exist_ok=True)
        path = _plan_paths(folder, [item[0]], SUFFIXES[fmt])[0]
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        path = out
    return _write_all(path, [(path, _render(item, fmt, exported_at))], force)


def _plan_paths(folder: Path, articles: Sequence[Article], suffix: str) -> list[Path]:
    """A path in ``folder`` for each article, in order.

    An article exported here before keeps its file (found by its reader id), so re-exporting
    updates it. Other articles' exports are never taken over: a new article whose title
    collides with one gets a suffixed name. A file the reader did not write keeps its name,
    so that write_export refuses it rather than the export silently going elsewhere.
    """
    resolved = folder.resolve()
    earlier = _earlier_exports(resolved, suffix)
    owned: dict[str, str] = {}
    for name, article_id in earlier:
        if article_id is not None:
            owned.setdefault(article_id, name)
    taken = {INDEX_NAME.casefold()} | {name.casefold() for name, _ in earlier}
    paths = []
    for article in articles:
        name = owned.get(article.id)
        if name is not None:
            paths.append(resolved / name)
        else:
            paths.append(safe_output_path(resolved, article.title, taken, suffix))
    return paths


def _earlier_exports(folder: Path, suffix: str) -> list[tuple[str, str | None]]:
    """Names of the reader's files in ``folder``, each with its one article's id (or None)."""
    found = []
    for path in sorted(folder.glob(f"*{suffix}")):
        document = _marker_document(path)
        if document is not None:
            found.append((path.name, _single_article_id(document)))
    return found


def _render(item: ExportItem, fmt: ExportFormat, exported_at: datetime) -> str:
    article, annotations, detection = item
    if fmt == "md":
        return article_markdown(article, annotations, detection, exported_at)
    return dumps_w3c(annotations_to_w3c(article, annotations))


def _write_all(destination: Path, writes: list[tuple[Path, str]], force: bool) -> ExportResult:
    result = ExportResult(destination=destination)
    for path, content in writes:
        try:
            result.written.append(write_export(path, content, force))
        except ExportRefused as refusal:
            result.refused.append(refusal)
    return result


def _title_order(article: Article) -> tuple[str, str, str]:
    return (article.title.casefold(), article.title, article.id)
