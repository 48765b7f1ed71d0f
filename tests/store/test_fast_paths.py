"""The speed-ups keep the data exact: highlights parsed on first use, and batched imports."""

from __future__ import annotations

import json

import pytest

from reader.library.article import Article
from reader.store import Annotation, LibraryCorrupt, LibraryStore
from reader.store.journaled_db import KeyedTinyDB

from .conftest import make_article


def _library_with_highlights(library_path, per_article: dict[str, int]) -> list[Article]:
    articles = [make_article(title=title) for title in per_article]
    with LibraryStore(library_path) as store:
        for article in articles:
            store.save_article(article)
            for start in range(per_article[article.title]):
                store.add_annotation(Annotation.from_text(article.id, article.text, start, 20))
    return articles


def test_counts_on_open_match_the_highlights_once_they_are_read(library_path):
    first, second = _library_with_highlights(library_path, {"Pier": 3, "Budget": 1})
    with LibraryStore(library_path) as store:
        counts = {s.id: s.highlight_count for s in store.list_articles()}
        assert counts == {first.id: 3, second.id: 1}
        assert store.annotation_count() == 4
        assert len(store.annotations_for(first.id)) == 3  # now read for real
        assert store.annotation_count() == 4


def test_a_highlight_added_after_opening_is_counted_and_kept(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 2})
    with LibraryStore(library_path) as store:
        store.add_annotation(Annotation.from_text(article.id, article.text, 30, 40, note="new"))
        assert store.list_articles()[0].highlight_count == 3
    with LibraryStore(library_path) as store:
        assert store.annotation_count() == 3
        assert "new" in [a.note for a in store.annotations_for(article.id)]


def test_the_file_stays_one_plain_tinydb_file(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 2})
    raw = json.loads(library_path.read_text(encoding="utf-8"))
    assert len(raw["annotations"]) == 2
    assert raw["articles"][article.id]["title"] == "Pier"
    db = KeyedTinyDB(library_path)
    try:
        assert len(db.table("annotations")) == 2
    finally:
        db.close()


def test_a_file_written_in_another_layout_opens_whole(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 2})
    raw = json.loads(library_path.read_text(encoding="utf-8"))
    meta = raw.pop("_meta")
    library_path.write_text(json.dumps({"_meta": meta, **raw}), encoding="utf-8")
    with LibraryStore(library_path) as store:
        assert store.annotation_count() == 2
        assert len(store.annotations_for(article.id)) == 2


def test_batched_save_reports_like_one_by_one(library_path):
    articles = [make_article(title=f"Story {n}", path=f"/in/{n}.txt") for n in range(5)]
    twin = make_article(title="Story 0", path="/in/copy-of-0.txt")  # same content as the first
    with LibraryStore(library_path) as store:
        outcomes = store.save_articles([*articles, twin])
        again = store.save_articles(articles[:2])
    assert [o.status for o in outcomes] == ["added"] * 5 + ["unchanged"]
    assert [o.status for o in again] == ["unchanged", "unchanged"]
    with LibraryStore(library_path) as store:
        assert store.article_count() == 5
        assert store.load_article(articles[3].id).text == articles[3].text


def test_damaged_highlights_fail_loudly_and_leave_the_file_alone(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 2})
    damaged = library_path.read_bytes().replace(b'"exact":', b'"exact"#', 1)
    library_path.write_bytes(damaged)
    with LibraryStore(library_path) as store:
        assert [s.title for s in store.list_articles()] == ["Pier"]
        with pytest.raises(LibraryCorrupt):
            store.annotations_for(article.id)
        with pytest.raises(LibraryCorrupt):
            store.add_annotation(Annotation.from_text(article.id, article.text, 0, 5))
    assert library_path.read_bytes() == damaged
