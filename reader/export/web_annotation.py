"""Annotations as W3C Web Annotations (JSON-LD): a backup that other tools can read.

One article's annotations form an ``AnnotationCollection`` whose ``first`` page holds them,
with the article's metadata under ``reader:article``. A backup of many articles is a document
with the same ``@context``, ``type`` and ``generator`` and a list of those collections under
``articles``. Keys starting with "reader:" are our extensions; JSON-LD reads them as IRIs.

Everything an Annotation holds survives the trip: JSON -> annotations -> JSON is byte-identical.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from reader.library.article import Article
from reader.store.models import Annotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR_NAME = "reader"
FORMAT_VERSION = 1
ARTICLE_URN = "urn:reader:article:"
ANNOTATION_URN = "urn:reader:annotation:"
UUID_URN = "urn:uuid:"
ARTICLE_KEY = "reader:article"
ORPHAN_KEY = "reader:orphan"

ArticleMeta = dict[str, Any]


class NotAReaderBackup(ValueError):
    """The JSON is not a Web Annotation document this reader can restore."""


def generator() -> dict[str, Any]:
    return {"type": "Software", "name": GENERATOR_NAME, "reader:format": FORMAT_VERSION}


def article_metadata(article: Article) -> ArticleMeta:
    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "tags": list(article.tags),
        "content_hash": article.content_hash,
    }


def annotations_to_w3c(article: Article, annotations: Sequence[Annotation]) -> dict[str, Any]:
    """One article's annotations as a self-contained AnnotationCollection document."""
    return collection_document(article_metadata(article), annotations)


def collection_document(
    meta: Mapping[str, Any], annotations: Sequence[Annotation]
) -> dict[str, Any]:
    """Like ``annotations_to_w3c``, for an article known only by restored metadata."""
    return {"@context": CONTEXT, "generator": generator(), **collection_for(meta, annotations)}


def collection_for(meta: Mapping[str, Any], annotations: Sequence[Annotation]) -> dict[str, Any]:
    """The AnnotationCollection for an article known by its metadata (see ``article_metadata``)."""
    article_iri = ARTICLE_URN + str(meta["id"])
    items = [
        _annotation(annotation, article_iri, meta.get("url"))
        for annotation in sorted(annotations, key=lambda a: (a.start, a.end, a.created, a.id))
    ]
    return {
        "id": article_iri + ":annotations",
        "type": "AnnotationCollection",
        "label": meta.get("title") or "",
        ARTICLE_KEY: {**_article_block(meta), "id": article_iri},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def w3c_document(collections: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Many articles' collections in one backup document, in a stable order (title, then id)."""
    bare = [{k: v for k, v in c.items() if k not in ("@context", "generator")} for c in collections]
    bare.sort(key=lambda c: (str(c.get("label", "")).casefold(), str(c.get("label", "")), c["id"]))
    return {
        "@context": CONTEXT,
        "generator": generator(),
        "type": "AnnotationCollection",
        "total": sum(int(c.get("total", 0)) for c in bare),
        "articles": bare,
    }


def dumps_w3c(document: Mapping[str, Any]) -> str:
    """The document as the exact text written to disk: UTF-8 friendly, indented, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def is_reader_document(document: Any) -> bool:
    return (
        isinstance(document, dict)
        and isinstance(document.get("generator"), dict)
        and document["generator"].get("name") == GENERATOR_NAME
    )


def document_article_ids(document: Mapping[str, Any]) -> list[str]:
    """The reader ids of the articles a document holds, in document order."""
    return [
        _strip(ARTICLE_URN, str(collection[ARTICLE_KEY]["id"]))
        for collection in _collections(document)
    ]


def w3c_to_annotations(document: Mapping[str, Any]) -> list[tuple[ArticleMeta, list[Annotation]]]:
    """Each article's metadata (as ``article_metadata`` gives it) with its restored annotations.

    Raises NotAReaderBackup when the document is not one this module wrote (or is damaged).
    """
    try:
        return _restore_document(document)
    except NotAReaderBackup:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise NotAReaderBackup(f"damaged annotation document: {error!r}") from error


def _restore_document(document: Mapping[str, Any]) -> list[tuple[ArticleMeta, list[Annotation]]]:
    if not isinstance(document, Mapping):
        raise NotAReaderBackup("the document is not a JSON object")
    restored = []
    for collection in _collections(document):
        block = collection[ARTICLE_KEY]
        meta: ArticleMeta = {
            **_article_block(block),
            "id": _strip(ARTICLE_URN, str(block["id"])),
        }
        items = collection.get("first", {}).get("items", [])
        restored.append((meta, [_restore(item) for item in items]))
    return restored


def _article_block(meta: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": meta.get("id"),
        "title": meta.get("title") or "",
        "byline": meta.get("byline"),
        "published": meta.get("published"),
        "url": meta.get("url"),
        "source": meta.get("source"),
        "tags": list(meta.get("tags") or []),
        "content_hash": meta.get("content_hash"),
    }


def _annotation(annotation: Annotation, article_iri: str, url: str | None) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )
    body.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in annotation.tags)
    target: dict[str, Any] = {"source": article_iri}
    if url:
        target["scope"] = url
    target["selector"] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.exact,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        },
        {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
    ]
    item: dict[str, Any] = {
        "id": _annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": annotation.created,
        "modified": annotation.updated,
    }
    if body:
        item["body"] = body
    item["target"] = target
    item[ORPHAN_KEY] = annotation.orphan
    return item


def _restore(item: Mapping[str, Any]) -> Annotation:
    target = item["target"]
    selectors = target.get("selector", [])
    if isinstance(selectors, Mapping):
        selectors = [selectors]
    quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    body = item.get("body", [])
    if isinstance(body, Mapping):
        body = [body]
    notes = [b.get("value", "") for b in body if b.get("purpose", "commenting") == "commenting"]
    return Annotation(
        article_id=_strip(ARTICLE_URN, str(target["source"])),
        start=int(position.get("start", 0)),
        end=int(position.get("end", 0)),
        exact=str(quote.get("exact", "")),
        prefix=str(quote.get("prefix", "")),
        suffix=str(quote.get("suffix", "")),
        note="\n\n".join(notes),
        tags=[str(b["value"]) for b in body if b.get("purpose") == "tagging"],
        id=_annotation_id(str(item["id"])),
        created=str(item.get("created", "")),
        updated=str(item.get("modified", item.get("created", ""))),
        orphan=bool(item.get(ORPHAN_KEY, False)),
    )


def _selector(selectors: Sequence[Mapping[str, Any]], kind: str) -> Mapping[str, Any]:
    return next((s for s in selectors if s.get("type") == kind), {})


def _collections(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    if "articles" in document:
        collections = list(document["articles"])
    elif ARTICLE_KEY in document:
        collections = [document]
    else:
        raise NotAReaderBackup("no 'articles' list and no 'reader:article' block")
    for collection in collections:
        if not isinstance(collection, Mapping) or ARTICLE_KEY not in collection:
            raise NotAReaderBackup("an article collection lacks its 'reader:article' block")
    return collections


def _annotation_iri(annotation_id: str) -> str:
    # Store ids are uuid4 hex; anything else still round-trips, under our own URN.
    try:
        if uuid.UUID(annotation_id).hex == annotation_id:
            return UUID_URN + str(uuid.UUID(annotation_id))
    except ValueError:
        pass
    return ANNOTATION_URN + annotation_id


def _annotation_id(iri: str) -> str:
    if iri.startswith(UUID_URN):
        return uuid.UUID(iri[len(UUID_URN) :]).hex
    return _strip(ANNOTATION_URN, iri)


def _strip(prefix: str, value: str) -> str:
    return value[len(prefix) :] if value.startswith(prefix) else value
