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


def _library_of(library_path, count: int) -> list[Article]:
    articles = [
        Article(
            title=f"Story {n}",
            text=f"Story number {n} has its own words. " * (n + 1),
            source_path=f"/in/{n}.txt",
            byline=None if n % 3 else f"By Writer {n}",
            source=None if n % 2 else "The Test",
            published=None if n % 4 == 1 else f"2024-0{1 + n % 9}-1{n % 10}",
            url=f"https://example.org/{n}" if n % 5 == 0 else None,
        )
        for n in range(count)
    ]
    with LibraryStore(library_path) as store:
        store.save_articles(articles)
        store.set_article_tags(articles[1].id, ["energy", "wind"])
        store.set_reading_position(articles[2].id, 40)
        store.add_annotation(Annotation.from_text(articles[0].id, articles[0].text, 0, 5))
    return articles


def _listing_after_parsing(store: LibraryStore, tag: str | None = None) -> list:
    store.db.parse_deferred()
    return store.list_articles(tag)


def test_the_library_lists_without_reading_the_articles_metadata(library_path):
    _library_of(library_path, 12)
    with LibraryStore(library_path) as store:
        listed = store.list_articles()
        tagged = store.list_articles("wind")
        assert "articles" in store.db._unparsed, "listed from the columns the file keeps"
        assert store.article_count() == 12
        assert "articles" in store.db._unparsed
        assert listed == _listing_after_parsing(store)
        assert tagged == _listing_after_parsing(store, "wind") and len(tagged) == 1
    assert {s.title: s.position for s in listed}["Story 2"] == 40
    assert {s.title: s.highlight_count for s in listed}["Story 0"] == 1


def test_changes_since_the_last_fold_show_in_the_listing(library_path):
    articles = _library_of(library_path, 4)
    with LibraryStore(library_path) as writer:
        writer.set_article_tags(articles[3].id, ["late"])
        writer.db.close = lambda: None  # leave the change in the journal, unfolded
        with LibraryStore(library_path) as reader:
            assert [s.title for s in reader.list_articles("late")] == ["Story 3"]
            assert reader.article_count() == 4


def test_columns_that_disagree_with_the_file_are_not_trusted(library_path):
    _library_of(library_path, 5)
    raw = library_path.read_bytes()
    # A hand edit: one title too few in the columns. The file stays valid JSON.
    at = raw.rindex(b',"Story 4"]')  # in the columns, after the tables
    damaged = raw[:at] + raw[at + len(b',"Story 4"') :]
    library_path.write_bytes(damaged)
    with LibraryStore(library_path) as store:
        titles = sorted(s.title for s in store.list_articles())
    assert titles == [f"Story {n}" for n in range(5)]


def test_a_table_version_moves_only_with_changes_to_that_table(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 2})
    with LibraryStore(library_path) as store, LibraryStore(library_path) as other:
        highlights = store.db.version("annotations")
        store.set_reading_position(article.id, 120)
        store.set_article_tags(article.id, ["port"])
        assert store.db.version("annotations") == highlights
        other.add_annotation(Annotation.from_text(article.id, article.text, 50, 60))
        store.refresh()  # the other process's highlight arrives through the journal
        assert store.db.version("annotations") != highlights
        assert len(store.annotations_for(article.id)) == 3


def test_a_highlight_saved_by_another_process_between_two_of_ours_is_listed(library_path):
    (article,) = _library_with_highlights(library_path, {"Pier": 1})
    with LibraryStore(library_path) as store, LibraryStore(library_path) as other:
        assert len(store.annotations_for(article.id)) == 1  # the index is built
        other.add_annotation(Annotation.from_text(article.id, article.text, 10, 20, note="b"))
        store.add_annotation(Annotation.from_text(article.id, article.text, 30, 40, note="c"))
        notes = sorted(a.note for a in store.annotations_for(article.id))
    assert notes == ["", "b", "c"]


def test_damaged_article_metadata_fails_loudly_when_read_and_leaves_the_file_alone(
    library_path,
):
    (article,) = _library_with_highlights(library_path, {"Pier": 1})
    raw = library_path.read_bytes()
    at = raw.index(b'"content_hash":')  # inside the articles table, not in its columns
    damaged = raw[:at] + b"#" + raw[at + 1 :]
    library_path.write_bytes(damaged)
    with LibraryStore(library_path) as store:
        assert [s.title for s in store.list_articles()] == ["Pier"]  # from the columns
        with pytest.raises(LibraryCorrupt, match="articles table"):
            store.load_article(article.id)
    assert library_path.read_bytes() == damaged
