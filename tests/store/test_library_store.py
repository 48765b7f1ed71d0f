from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.store import (
    Annotation,
    ArticleNotFound,
    LibraryCorrupt,
    LibraryStore,
    LibraryTooNew,
)
from reader.store import library_store as library_store_module
from reader.store.backups import list_backups
from reader.store.journaled_db import KeyedTinyDB

from .conftest import BODY, make_article


def test_added_article_survives_reopening_without_its_original_file(library_path, tmp_path):
    source = tmp_path / "pier.txt"
    source.write_text("whatever", encoding="utf-8")
    article = make_article(path=str(source))
    with LibraryStore(library_path) as store:
        assert store.save_article(article).status == "added"
    source.unlink()
    with LibraryStore(library_path) as store:
        loaded = store.load_article(article.id)
    assert loaded.text == BODY
    assert loaded.title == "Pier to close"
    assert loaded.byline == "A Reporter"


def test_importing_the_same_content_twice_is_a_no_op(store):
    first = store.save_article(make_article(path="/a.txt"))
    second = store.save_article(make_article(path="/b.txt"))
    assert (first.status, second.status) == ("added", "unchanged")
    assert store.article_count() == 1


def test_changed_file_updates_the_article_and_keeps_annotations(store):
    original = make_article(path="/pier.txt")
    store.save_article(original)
    start = BODY.index("cost them dearly")
    note = Annotation.from_text(original.id, BODY, start, start + len("cost them dearly"), note="!")
    store.add_annotation(note)

    edited_text = "UPDATE: a correction was added.\n\n" + BODY
    outcome = store.save_article(make_article(text=edited_text, path="/pier.txt"))

    assert outcome.status == "updated"
    assert outcome.article_id == original.id
    assert store.article_count() == 1
    (kept,) = store.annotations_for(original.id)
    assert edited_text[kept.start : kept.end] == "cost them dearly"
    assert kept.note == "!"
    assert store.load_article(original.id).text == edited_text


def test_annotation_whose_words_vanish_becomes_an_orphan_not_a_loss(store):
    article = make_article(path="/pier.txt")
    store.save_article(article)
    start = BODY.index("Fishermen")
    store.add_annotation(Annotation.from_text(article.id, BODY, start, len(BODY), note="keep me"))
    outcome = store.save_article(
        make_article(text="Entirely different words now.", path="/pier.txt")
    )
    assert outcome.orphaned == 1
    (orphan,) = store.annotations_for(article.id)
    assert orphan.orphan and orphan.note == "keep me"


def test_writes_are_in_a_plain_tinydb_file_after_close(library_path):
    article = make_article()
    with LibraryStore(library_path) as store:
        store.save_article(article)
        store.add_annotation(Annotation.from_text(article.id, BODY, 4, 11, tags=["port"]))
        store.set_reading_position(article.id, 42)
        store.set_setting("theme", "sepia")
    db = KeyedTinyDB(library_path)  # TinyDB's own JSON storage, with our string-keyed tables
    try:
        assert db.table("articles").get(doc_id=article.id)["title"] == "Pier to close"
    finally:
        db.close()
    raw = json.loads(library_path.read_text(encoding="utf-8"))
    assert raw["articles"][article.id]["title"] == "Pier to close"
    (annotation,) = raw["annotations"].values()
    assert annotation["exact"] == "harbour" and annotation["tags"] == ["port"]
    assert raw["positions"][article.id]["offset"] == 42
    assert raw["settings"]["theme"]["value"] == "sepia"
    assert raw["_meta"]["schema"]["version"] == library_store_module.SCHEMA_VERSION
    assert "text" not in raw["articles"][article.id], "article texts stay out of the notes file"


def test_every_write_is_on_disk_before_the_call_returns(library_path):
    article = make_article()
    store = LibraryStore(library_path)
    store.save_article(article)
    store.add_annotation(Annotation.from_text(article.id, BODY, 0, 3))
    # No close: a second process opening the library now must see everything.
    other = LibraryStore(library_path)
    assert other.annotation_count() == 1
    assert other.has_article(article.id)
    store.close()
    other.close()


def test_listing_shows_counts_progress_and_filters_by_tag(store):
    article = make_article()
    store.save_article(article)
    store.set_article_tags(article.id, ["ports", "local"])
    store.add_annotation(Annotation.from_text(article.id, BODY, 0, 3))
    store.set_reading_position(article.id, len(BODY) // 2)
    (summary,) = store.list_articles()
    assert summary.highlight_count == 1
    assert summary.tags == ("local", "ports")
    assert 0.45 < summary.progress < 0.55
    assert store.list_articles(tag="ports") and not store.list_articles(tag="sport")


def test_delete_and_undelete_bring_back_annotations(store):
    article = make_article()
    store.save_article(article)
    store.add_annotation(Annotation.from_text(article.id, BODY, 0, 3, note="n"))
    store.set_reading_position(article.id, 10)
    deleted = store.delete_article(article.id)
    assert store.article_count() == 0 and store.annotation_count() == 0
    store.undelete(deleted)
    assert store.annotations_for(article.id)[0].note == "n"
    assert store.reading_position(article.id) == 10
    assert store.load_article(article.id).text == BODY


def test_short_id_prefix_resolves(store):
    article = make_article()
    store.save_article(article)
    assert store.resolve_article_id(article.id[:5]) == article.id
    with pytest.raises(ArticleNotFound):
        store.resolve_article_id("zzzz")


def test_garbage_library_is_reported_and_moved_aside_never_overwritten(library_path):
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b'{"articles": {"x": {"title": "trunc')
    with pytest.raises(LibraryCorrupt) as caught:
        LibraryStore(library_path)
    message = str(caught.value)
    assert str(library_path) in message and "reader restore" in message
    moved = caught.value.moved_to
    assert moved is not None and moved.read_bytes() == b'{"articles": {"x": {"title": "trunc'
    assert not library_path.exists()


def test_library_from_a_newer_version_is_refused_and_left_untouched(library_path):
    library_path.parent.mkdir(parents=True)
    content = json.dumps({"_meta": {"schema": {"version": 999}}, "articles": {}})
    library_path.write_text(content, encoding="utf-8")
    with pytest.raises(LibraryTooNew, match="newer version"):
        LibraryStore(library_path)
    assert library_path.read_text(encoding="utf-8") == content


def test_older_schema_is_migrated_after_a_backup(library_path, monkeypatch):
    library_path.parent.mkdir(parents=True)
    old = {"_meta": {"schema": {"version": 1}}, "settings": {"theme": {"value": "dark"}}}
    library_path.write_text(json.dumps(old), encoding="utf-8")

    def rename_theme(data):
        data["settings"]["theme"]["value"] = "dark-v2"
        return data

    monkeypatch.setattr(library_store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(library_store_module.MIGRATIONS, 1, rename_theme)
    with LibraryStore(library_path) as store:
        assert store.setting("theme") == "dark-v2"
    backups = list_backups(library_path)
    assert any("before-migration" in b.name for b in backups)
    migrated_from = [b for b in backups if "before-migration" in b.name][0]
    assert json.loads(migrated_from.path.read_text())["settings"]["theme"]["value"] == "dark"
    assert json.loads(library_path.read_text())["_meta"]["schema"]["version"] == 2


def test_torn_journal_tail_is_ignored_and_later_writes_still_land(library_path):
    article = make_article()
    with LibraryStore(library_path) as store:
        store.save_article(article)
    store = LibraryStore(library_path)
    store.add_annotation(Annotation.from_text(article.id, BODY, 0, 3, note="kept"))
    journal = Path(str(library_path) + ".journal")
    with open(journal, "ab") as handle:
        handle.write(b'0badc0de {"seq": 99, "ops": [')  # a write cut short by a crash
    reopened = LibraryStore(library_path)
    assert [a.note for a in reopened.annotations_for(article.id)] == ["kept"]
    reopened.add_annotation(Annotation.from_text(article.id, BODY, 4, 8, note="after"))
    reopened.close()
    store.close()
    final = LibraryStore(library_path)
    assert sorted(a.note for a in final.annotations_for(article.id)) == ["after", "kept"]
    final.close()
