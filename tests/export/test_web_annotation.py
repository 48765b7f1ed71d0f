"""The JSON backup: W3C Web Annotations that restore every annotation exactly."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from export_helpers import Sample
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.export.web_annotation import (
    NotAReaderBackup,
    annotations_to_w3c,
    collection_document,
    collection_for,
    dumps_w3c,
    w3c_document,
    w3c_to_annotations,
)
from reader.library.article import Article
from reader.store.models import Annotation


def _items(document: dict) -> list[dict]:
    return document["first"]["items"]


def test_each_annotation_is_a_w3c_annotation_with_both_selectors(footbridge: Sample) -> None:
    document = annotations_to_w3c(footbridge.article, footbridge.annotations)
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection"
    assert document["total"] == len(footbridge.annotations)
    by_exact = {a.exact: a for a in footbridge.annotations}
    for item in _items(document):
        assert item["type"] == "Annotation"
        assert item["id"].startswith(("urn:uuid:", "urn:reader:annotation:"))
        quote, position = item["target"]["selector"]
        annotation = by_exact[quote["exact"]]
        assert quote["type"] == "TextQuoteSelector"
        assert (quote["prefix"], quote["suffix"]) == (annotation.prefix, annotation.suffix)
        assert position == {
            "type": "TextPositionSelector",
            "start": annotation.start,
            "end": annotation.end,
        }
        assert item["target"]["source"] == f"urn:reader:article:{footbridge.article.id}"
        assert item["motivation"] == ("commenting" if annotation.note else "highlighting")


def test_the_note_is_the_body_and_each_tag_a_tagging_body(footbridge: Sample) -> None:
    document = annotations_to_w3c(footbridge.article, footbridge.annotations)
    for annotation, item in zip(
        sorted(footbridge.annotations, key=lambda a: a.start), _items(document), strict=True
    ):
        bodies = item.get("body", [])
        comments = [b["value"] for b in bodies if b["purpose"] == "commenting"]
        tags = [b["value"] for b in bodies if b["purpose"] == "tagging"]
        assert comments == ([annotation.note] if annotation.note else [])
        assert tags == annotation.tags
        assert all(b["type"] == "TextualBody" for b in bodies)


def test_the_article_metadata_travels_with_its_annotations(footbridge: Sample) -> None:
    article = footbridge.article
    [(meta, _)] = w3c_to_annotations(annotations_to_w3c(article, footbridge.annotations))
    assert meta == {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "tags": article.tags,
        "content_hash": article.content_hash,
    }


def test_restoring_gives_back_every_field_of_every_annotation(footbridge: Sample) -> None:
    text = dumps_w3c(annotations_to_w3c(footbridge.article, footbridge.annotations))
    [(_, restored)] = w3c_to_annotations(json.loads(text))
    key = lambda a: a.id  # noqa: E731
    assert sorted(restored, key=key) == sorted(footbridge.annotations, key=key)


def test_json_to_annotations_to_json_is_byte_identical(footbridge: Sample) -> None:
    first = dumps_w3c(annotations_to_w3c(footbridge.article, footbridge.annotations))
    [(meta, restored)] = w3c_to_annotations(json.loads(first))
    assert dumps_w3c(collection_document(meta, restored)) == first


def test_one_document_holds_many_articles_and_restores_each(footbridge: Sample) -> None:
    other = Article(title="A second story", text="Short text here.")
    other_note = Annotation.from_text(other.id, other.text, 0, 5, note="mine", tags=["x"])
    document = w3c_document(
        [
            annotations_to_w3c(other, [other_note]),
            annotations_to_w3c(footbridge.article, footbridge.annotations),
        ]
    )
    assert document["generator"]["name"] == "reader"
    restored = dict((meta["id"], notes) for meta, notes in w3c_to_annotations(document))
    assert restored[other.id] == [other_note]
    assert len(restored[footbridge.article.id]) == len(footbridge.annotations)
    text = dumps_w3c(document)
    pairs = w3c_to_annotations(json.loads(text))
    rebuilt = w3c_document([collection_for(meta, notes) for meta, notes in pairs])
    assert dumps_w3c(rebuilt) == text


def test_output_is_utf8_text_not_escaped_ascii(footbridge: Sample) -> None:
    text = dumps_w3c(annotations_to_w3c(footbridge.article, footbridge.annotations))
    assert "—" in text and "\\u2014" not in text
    assert text.endswith("}\n")


def test_a_file_that_is_not_a_reader_backup_is_rejected() -> None:
    with pytest.raises(NotAReaderBackup):
        w3c_to_annotations({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"})


_ANNOTATIONS = st.builds(
    Annotation,
    article_id=st.just("abc123def456"),
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    exact=st.text(max_size=40),
    prefix=st.text(max_size=32),
    suffix=st.text(max_size=32),
    note=st.text(max_size=60),
    tags=st.lists(st.text(min_size=1, max_size=12), max_size=4),
    id=st.one_of(st.uuids().map(lambda u: u.hex), st.text(min_size=1, max_size=20)),
    created=st.text(max_size=25),
    updated=st.text(max_size=25),
    orphan=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(annotations=st.lists(_ANNOTATIONS, max_size=5, unique_by=lambda a: a.id))
def test_any_annotations_survive_the_trip(annotations: list[Annotation]) -> None:
    article = replace(Article(title="t", text="x"), id="abc123def456")
    text = dumps_w3c(annotations_to_w3c(article, annotations))
    [(meta, restored)] = w3c_to_annotations(json.loads(text))
    assert sorted(restored, key=lambda a: a.id) == sorted(annotations, key=lambda a: a.id)
    assert dumps_w3c(collection_document(meta, restored)) == text


@pytest.mark.parametrize(
    "damaged",
    [
        [],
        {"articles": [{"reader:article": {"id": "x"}, "first": []}]},
        {"articles": [{"reader:article": {"id": "x"}, "first": {"items": [{"target": {}}]}}]},
        {"articles": "nope"},
    ],
)
def test_a_damaged_backup_is_rejected_with_one_error_type(damaged: object) -> None:
    with pytest.raises(NotAReaderBackup):
        w3c_to_annotations(damaged)  # type: ignore[arg-type]
