"""The user's library: articles, annotations, reading positions and settings.

Layout on disk, all in the folder of the library file (``library.json``):
- ``library.json``: a TinyDB file with the tables ``articles`` (metadata), ``annotations``,
  ``positions`` and ``settings``. Small and quick to back up: no article text in it.
- ``library.json.journal``: changes not yet folded into it (see ``JournaledTinyDB``).
- ``library.texts/<id>.json``: each article's reading text, boilerplate and original file.
- ``library.backups/``: rolling copies of the library file.
- ``library.cache/``: detection results, which can always be computed again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import orjson

from reader.library.article import Article, BoilerplateBlock, reading_minutes
from reader.store import backups
from reader.store.atomic import atomic_write_bytes, fsync_directory
from reader.store.errors import AnnotationNotFound, ArticleNotFound, StoreError
from reader.store.journaled_db import Change, Deferral, Delete, JournaledTinyDB, Patch, Put
from reader.store.models import Annotation, now_iso
from reader.store.paths import companion

SCHEMA_VERSION = 1

ARTICLES = "articles"
ANNOTATIONS = "annotations"
POSITIONS = "positions"
SETTINGS = "settings"

ImportStatus = Literal["added", "updated", "unchanged"]

# The article fields a summary is made of, in ArticleSummary's order.
LISTED_FIELDS = (
    "title", "source", "byline", "published", "url", "word_count", "char_count", "tags", "added"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    article_id: str
    status: ImportStatus
    title: str
    reanchored: int = 0
    orphaned: int = 0


class ArticleSummary(NamedTuple):
    """What the library screen shows for one article: metadata only, no text.

    A named tuple, not a frozen dataclass: the library makes 10,000 of them at start-up,
    and a tuple is made five times faster.
    """

    id: str
    title: str
    source: str | None
    byline: str | None
    published: str | None
    url: str | None
    word_count: int
    char_count: int
    tags: tuple[str, ...]
    added: str
    highlight_count: int
    position: int

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.word_count)

    @property
    def progress(self) -> float:
        """0.0 to 1.0: how far into the text the reader has got."""
        if self.char_count <= 0:
            return 0.0
        return min(1.0, self.position / self.char_count)


def _newest_first_key(summary: ArticleSummary) -> tuple[str, str]:
    return (summary.added, summary.id)


@dataclass(slots=True)
class DeletedArticle:
    """Everything removed with an article, so that undo can put it all back."""

    meta: dict[str, Any]
    annotations: list[Annotation] = field(default_factory=list)
    position: dict[str, Any] | None = None


class LibraryStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.texts_dir = companion(self.path, "texts")
        self.cache_dir = companion(self.path, "cache")
        self.db = JournaledTinyDB(
            self.path,
            schema_version=SCHEMA_VERSION,
            migrations=MIGRATIONS,
            before_migration=lambda p: backups.make_backup(p, reason="before-migration"),
            # Most of a big library file is highlights and article metadata; the library
            # screen needs only the highlights' counts and a few fields of each article,
            # which the file keeps beside them, so both are parsed when first used.
            deferred={
                ANNOTATIONS: Deferral(count_by="article_id"),
                ARTICLES: Deferral(columns=LISTED_FIELDS),
            },
        )
        self._by_article: dict[str, set[str]] | None = None
        self._index_version: tuple[int, int] | None = None
        self._by_source_path: dict[str, str] | None = None
        self._source_path_seq = -1

    # -- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()
        if self.path.exists() and backups.backup_is_due(self.path):
            backups.make_backup(self.path)

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load_deferred(self) -> None:
        """Parse the highlights now, so that the first use of them does not wait (the app
        calls this in the background once its first frame is up), and index them by article."""
        self.db.parse_deferred()
        self._annotation_index()

    def refresh(self) -> bool:
        """Pick up changes other processes made. True when something changed."""
        return self.db.refresh()

    # -- articles ------------------------------------------------------------------------

    def save_article(self, article: Article) -> SaveOutcome:
        """Add an imported article, or update the one imported from the same file before.

        The same content again is a no-op. A changed version of a file already in the
        library keeps its id and its annotations, which are placed again in the new text;
        so does a file changed back to the version it was first imported as.
        """
        articles = self.db.raw(ARTICLES)
        if article.id in articles:
            if articles[article.id].get("content_hash") == article.content_hash:
                return SaveOutcome(article.id, "unchanged", articles[article.id]["title"])
            return self._update_article(article.id, article)
        previous_id = self._find_by_source_path(article.source_path)
        if previous_id is None:
            self._write_text(article.id, article)
            self.db.apply([Put(ARTICLES, article.id, self._meta_for(article, now_iso()))])
            return SaveOutcome(article.id, "added", article.title)
        old = articles[previous_id]
        if old.get("content_hash") == article.content_hash:
            return SaveOutcome(previous_id, "unchanged", old["title"])
        return self._update_article(previous_id, article)

    def save_articles(self, articles: Sequence[Article]) -> list[SaveOutcome]:
        """``save_article`` for many, in order. Articles new to the library go in together:
        each text fsynced, then the texts folder once, then one journal record for all of
        them (one at a time, an import of 2,000 files made 6,000 fsyncs)."""
        outcomes: list[SaveOutcome] = []
        pending: list[Article] = []
        pending_keys: set[str] = set()
        for article in articles:
            keys = {article.id}
            if article.source_path:
                keys.add(f"path:{article.source_path}")
            known = article.id in self.db.raw(ARTICLES)
            known = known or self._find_by_source_path(article.source_path) is not None
            if known or keys & pending_keys:
                outcomes += self._add_new_articles(pending)
                pending, pending_keys = [], set()
                outcomes.append(self.save_article(article))
            else:
                pending.append(article)
                pending_keys |= keys
        outcomes += self._add_new_articles(pending)
        return outcomes

    def _add_new_articles(self, articles: Sequence[Article]) -> list[SaveOutcome]:
        if not articles:
            return []
        for article in articles:
            self._write_text(article.id, article, sync_directory=False)
        fsync_directory(self.texts_dir)  # the texts are on disk before the record naming them
        added = now_iso()
        self.db.apply([Put(ARTICLES, a.id, self._meta_for(a, added)) for a in articles])
        return [SaveOutcome(article.id, "added", article.title) for article in articles]

    def _update_article(self, article_id: str, article: Article) -> SaveOutcome:
        """New text for an article: the text goes in a file of its own (named by its hash), then
        one journal record moves the metadata and every highlight to it, so a crash leaves
        either the old text with the old places or the new text with the new ones."""
        from reader.store.anchoring import reanchor  # rapidfuzz: only an update needs it

        old = self.db.raw(ARTICLES)[article_id]
        self._write_text(article_id, article)
        meta = self._meta_for(article, old.get("added", now_iso()))
        meta["tags"] = sorted(set(old.get("tags", [])) | set(article.tags))
        changes: list[Change] = [Put(ARTICLES, article_id, meta)]
        reanchored = orphaned = 0
        for annotation in self.annotations_for(article_id):
            placed = reanchor(annotation, article.text)
            if placed.orphan:
                orphaned += 1
            elif (placed.start, placed.end) != (annotation.start, annotation.end):
                reanchored += 1
            # Only the anchor changes: a note edited meanwhile by another process is kept.
            anchor = {
                "start": placed.start,
                "end": placed.end,
                "exact": placed.exact,
                "prefix": placed.prefix,
                "suffix": placed.suffix,
                "orphan": placed.orphan,
            }
            changes.append(Patch(ANNOTATIONS, placed.id, anchor))
        self.db.apply(changes)
        self._invalidate_index()
        return SaveOutcome(article_id, "updated", article.title, reanchored, orphaned)

    def _find_by_source_path(self, source_path: str | None) -> str | None:
        if not source_path:
            return None
        if self._by_source_path is None or self._source_path_seq != self.db.seq:
            by_path: dict[str, str] = {}
            for article_id, meta in self.db.raw(ARTICLES).items():
                if meta.get("source_path"):
                    by_path.setdefault(meta["source_path"], article_id)
            self._by_source_path, self._source_path_seq = by_path, self.db.seq
        return self._by_source_path.get(source_path)

    @staticmethod
    def _meta_for(article: Article, added: str) -> dict[str, Any]:
        return {
            "title": article.title,
            "byline": article.byline,
            "published": article.published,
            "source": article.source,
            "url": article.url,
            "standfirst": article.standfirst,
            "tags": sorted(set(article.tags)),
            "source_path": article.source_path,
            "format": article.format,
            "content_hash": article.content_hash,
            "word_count": article.word_count,
            "char_count": len(article.text),
            "added": added,
            "updated": now_iso(),
        }

    def _text_path(self, article_id: str, content_hash: str) -> Path:
        # Named by content too: each version of an article's text keeps its own file, so the
        # metadata (and a backup of it) always finds the text its highlights were placed in.
        return self.texts_dir / f"{article_id}.{content_hash[:16]}.json"

    def _write_text(self, article_id: str, article: Article, sync_directory: bool = True) -> None:
        payload = {
            "text": article.text,
            "original": article.original,
            "boilerplate": [block.to_dict() for block in article.boilerplate],
        }
        path = self._text_path(article_id, article.content_hash)
        if not path.exists():
            atomic_write_bytes(path, orjson.dumps(payload), sync_directory=sync_directory)

    def has_article(self, article_id: str) -> bool:
        return article_id in self.db.raw(ARTICLES)

    def article_meta(self, article_id: str) -> dict[str, Any]:
        try:
            return dict(self.db.raw(ARTICLES)[article_id])
        except KeyError:
            raise ArticleNotFound(article_id) from None

    def load_article(self, article_id: str) -> Article:
        """The whole article, its text read from the texts folder."""
        meta = self.article_meta(article_id)
        payload = self._read_text_payload(article_id)
        return Article(
            id=article_id,
            title=meta["title"],
            text=payload["text"],
            byline=meta.get("byline"),
            published=meta.get("published"),
            source=meta.get("source"),
            url=meta.get("url"),
            standfirst=meta.get("standfirst"),
            tags=list(meta.get("tags", [])),
            boilerplate=[BoilerplateBlock.from_dict(b) for b in payload.get("boilerplate", [])],
            original=payload.get("original", ""),
            source_path=meta.get("source_path"),
            format=meta.get("format", "txt"),
        )

    def article_text(self, article_id: str) -> str:
        """The reading text alone, for indexing: no metadata, no Article."""
        return str(self._read_text_payload(article_id)["text"])

    def _read_text_payload(self, article_id: str) -> dict[str, Any]:
        content_hash = self.article_meta(article_id).get("content_hash", "")
        try:
            return orjson.loads(self._text_path(article_id, content_hash).read_bytes())
        except FileNotFoundError:
            raise StoreError(
                f"The text of article {article_id} is missing from {self.texts_dir}; "
                "import its file again to restore it (your notes are kept)."
            ) from None
        except orjson.JSONDecodeError as error:
            raise StoreError(f"The text of article {article_id} is damaged: {error}") from None
        except OSError as error:  # unreadable: permissions, a folder in its place, a bad disk
            raise StoreError(
                f"The text of article {article_id} cannot be read: {error.strerror or error}"
            ) from None

    def resolve_article_id(self, prefix: str) -> str:
        """An id from a unique prefix of it, as git takes abbreviated hashes."""
        articles = self.db.raw(ARTICLES)
        if prefix in articles:
            return prefix
        matches = [article_id for article_id in articles if article_id.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise ArticleNotFound(prefix)
        raise StoreError(f"The id {prefix!r} matches {len(matches)} articles; give more of it.")

    def _highlight_counts(self) -> dict[str, int]:
        if self._by_article is not None and self._index_version == self.db.version(ANNOTATIONS):
            return {article_id: len(ids) for article_id, ids in self._by_article.items()}
        return self.db.counts_by(ANNOTATIONS)

    def list_articles(self, tag: str | None = None) -> list[ArticleSummary]:
        counts = self._highlight_counts()
        positions = self.db.raw(POSITIONS)
        no_position: dict[str, Any] = {}
        make = ArticleSummary._make  # positional: a third of the time keywords take
        summaries = []
        for (
            article_id,
            title,
            source,
            byline,
            published,
            url,
            words,
            chars,
            tags,
            added,
        ) in self._listed_rows():
            tags = tuple(tags or ())
            if tag is not None and tag not in tags:
                continue
            summaries.append(
                make(
                    (
                        article_id,
                        title or "",
                        source,
                        byline,
                        published,
                        url,
                        int(words or 0),
                        int(chars or 0),
                        tags,
                        added or "",
                        counts.get(article_id, 0),
                        int(positions.get(article_id, no_position).get("offset", 0)),
                    )
                )
            )
        summaries.sort(key=_newest_first_key, reverse=True)
        return summaries

    def _listed_rows(self) -> Iterable[tuple[Any, ...]]:
        """(id, *LISTED_FIELDS) of every article: from the columns the file keeps while the
        articles' metadata is not parsed yet, else from the metadata."""
        columns = self.db.columns(ARTICLES)
        if columns is not None:
            return zip(columns["ids"], *(columns[field] for field in LISTED_FIELDS), strict=True)
        return (
            (article_id, *map(meta.get, LISTED_FIELDS))
            for article_id, meta in self.db.raw(ARTICLES).items()
        )

    def article_count(self) -> int:
        return self.db.count(ARTICLES)

    def set_article_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        self.article_meta(article_id)
        clean = sorted({tag.strip() for tag in tags if tag.strip()})
        self.db.apply([Patch(ARTICLES, article_id, {"tags": clean, "updated": now_iso()})])
        return clean

    def delete_article(self, article_id: str) -> DeletedArticle:
        """Remove an article with its annotations and position; undo with ``undelete``.

        Its text stays in the texts folder, so undo brings everything back.
        """
        meta = self.article_meta(article_id)
        annotations = self.annotations_for(article_id, include_orphans=True)
        position = self.db.raw(POSITIONS).get(article_id)
        changes: list[Change] = [Delete(ARTICLES, article_id), Delete(POSITIONS, article_id)]
        changes += [Delete(ANNOTATIONS, annotation.id) for annotation in annotations]
        self.db.apply(changes)
        self._invalidate_index()
        return DeletedArticle({"id": article_id, **meta}, annotations, position)

    def undelete(self, deleted: DeletedArticle) -> None:
        meta = dict(deleted.meta)
        article_id = meta.pop("id")
        changes: list[Change] = [Put(ARTICLES, article_id, meta)]
        if deleted.position is not None:
            changes.append(Put(POSITIONS, article_id, deleted.position))
        changes += [Put(ANNOTATIONS, a.id, a.to_dict()) for a in deleted.annotations]
        self.db.apply(changes)
        self._invalidate_index()

    # -- annotations ---------------------------------------------------------------------

    def _invalidate_index(self) -> None:
        self._by_article = None

    def _annotation_index(self) -> dict[str, set[str]]:
        version = self.db.version(ANNOTATIONS)
        if self._by_article is None or self._index_version != version:
            index: dict[str, set[str]] = {}
            for annotation_id, doc in self.db.raw(ANNOTATIONS).items():
                index.setdefault(doc["article_id"], set()).add(annotation_id)
            self._by_article = index
            self._index_version = version
        return self._by_article

    def add_annotation(self, annotation: Annotation) -> Annotation:
        self.article_meta(annotation.article_id)
        index = self._annotation_index()
        seq_before = self.db.seq
        self.db.apply([Put(ANNOTATIONS, annotation.id, annotation.to_dict())])
        if self.db.seq == seq_before + 1:  # ours was the only change: keep the index up
            index.setdefault(annotation.article_id, set()).add(annotation.id)
            self._index_version = self.db.version(ANNOTATIONS)
        return annotation

    def annotation(self, annotation_id: str) -> Annotation:
        try:
            return Annotation.from_dict(self.db.raw(ANNOTATIONS)[annotation_id])
        except KeyError:
            raise AnnotationNotFound(annotation_id) from None

    def update_annotation(self, annotation_id: str, **changes: Any) -> Annotation:
        """Change some fields of an annotation; fields another process changed meanwhile stay."""
        fields = self.annotation(annotation_id).with_changes(**changes).to_dict()
        patch = {name: fields[name] for name in (*changes, "updated")}
        self.db.apply([Patch(ANNOTATIONS, annotation_id, patch)])
        return self.annotation(annotation_id)

    def put_annotation(self, annotation: Annotation) -> None:
        """Write an annotation as it is (undo, redo and restore use this)."""
        self.db.apply([Put(ANNOTATIONS, annotation.id, annotation.to_dict())])
        self._invalidate_index()

    def delete_annotation(self, annotation_id: str) -> Annotation:
        removed = self.annotation(annotation_id)
        self.db.apply([Delete(ANNOTATIONS, annotation_id)])
        self._invalidate_index()
        return removed

    def annotations_for(self, article_id: str, include_orphans: bool = True) -> list[Annotation]:
        """The article's annotations in reading order."""
        raw = self.db.raw(ANNOTATIONS)
        ids = self._annotation_index().get(article_id, ())
        found = [Annotation.from_dict(raw[i]) for i in ids if i in raw]
        if not include_orphans:
            found = [a for a in found if not a.orphan]
        found.sort(key=lambda a: (a.orphan, a.start, a.end, a.created, a.id))
        return found

    def all_tags(self) -> list[str]:
        """Every tag in use, on articles and on highlights, for completion."""
        tags: set[str] = set()
        for meta in self.db.raw(ARTICLES).values():
            tags.update(meta.get("tags", ()))
        for doc in self.db.raw(ANNOTATIONS).values():
            tags.update(doc.get("tags", ()))
        return sorted(tags, key=str.casefold)

    def annotation_count(self) -> int:
        return self.db.count(ANNOTATIONS)

    # -- reading positions and settings --------------------------------------------------

    def reading_position(self, article_id: str) -> int:
        return int(self.db.raw(POSITIONS).get(article_id, {}).get("offset", 0))

    def set_reading_position(self, article_id: str, offset: int) -> None:
        if self.reading_position(article_id) == offset and article_id in self.db.raw(POSITIONS):
            return
        self.db.apply([Put(POSITIONS, article_id, {"offset": int(offset), "updated": now_iso()})])

    def setting(self, key: str, default: Any = None) -> Any:
        return self.db.raw(SETTINGS).get(key, {}).get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        self.db.apply([Put(SETTINGS, key, {"value": value})])

    # -- detection cache -----------------------------------------------------------------

    def cached_detection(self, content_hash: str, detector_version: str) -> dict[str, Any] | None:
        path = self.cache_dir / f"detect-{detector_version}" / f"{content_hash}.json"
        try:
            return orjson.loads(path.read_bytes())
        except (FileNotFoundError, orjson.JSONDecodeError):
            return None

    def store_detection(
        self, content_hash: str, detector_version: str, detection: dict[str, Any]
    ) -> None:
        path = self.cache_dir / f"detect-{detector_version}" / f"{content_hash}.json"
        try:
            atomic_write_bytes(path, orjson.dumps(detection))
        except OSError:
            pass  # a cache: failing to write it costs only time


def restore_annotations(store: LibraryStore, annotations: Sequence[Annotation]) -> int:
    """Put back annotations from a backup; existing ones with the same id are replaced."""
    changes: list[Change] = [Put(ANNOTATIONS, a.id, a.to_dict()) for a in annotations]
    store.db.apply(changes)
    store._invalidate_index()
    return len(changes)


# Schema migrations: MIGRATIONS[n] turns a version-n file's data into version n+1.
MIGRATIONS: dict[int, Any] = {}
