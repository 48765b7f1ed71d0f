"""Whatever was done to a library, listing it from the columns the file keeps gives exactly
what listing it from the parsed article metadata gives."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.library.article import Article
from reader.store import Annotation, LibraryStore

TITLES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
TAGS = st.lists(st.sampled_from(["energy", "wind", "court", "über"]), max_size=3, unique=True)

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), TITLES, st.booleans()),
        st.tuples(st.just("tag"), st.integers(0, 7), TAGS),
        st.tuples(st.just("position"), st.integers(0, 7), st.integers(0, 60)),
        st.tuples(st.just("highlight"), st.integers(0, 7)),
        st.tuples(st.just("delete"), st.integers(0, 7)),
        st.tuples(st.just("reopen")),
    ),
    min_size=1,
    max_size=14,
)


def _apply(store: LibraryStore, operation: tuple, added: list[Article]) -> LibraryStore:
    kind = operation[0]
    live = [a for a in added if store.has_article(a.id)]
    if kind == "add":
        _, title, with_byline = operation
        article = Article(
            title=title or "Untitled",
            text=f"Words of article {len(added)} about {title!r}, long enough to mark.",
            source_path=f"/in/{len(added)}.txt",
            byline="By Someone" if with_byline else None,
            source="The Test" if with_byline else None,
        )
        store.save_article(article)
        added.append(article)
    elif kind == "reopen":
        store.close()
        return LibraryStore(store.path)
    elif live:
        article = live[operation[1] % len(live)]
        if kind == "tag":
            store.set_article_tags(article.id, operation[2])
        elif kind == "position":
            store.set_reading_position(article.id, operation[2])
        elif kind == "highlight":
            store.add_annotation(Annotation.from_text(article.id, article.text, 0, 5))
        elif kind == "delete":
            store.delete_article(article.id)
    return store


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_listing_from_columns_matches_listing_from_metadata(operations) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.json"
        added: list[Article] = []
        store = LibraryStore(path)
        try:
            for operation in operations:
                store = _apply(store, operation, added)
        finally:
            store.close()
        with LibraryStore(path) as reopened:
            quick = reopened.list_articles()
            quick_tagged = reopened.list_articles("wind")
            assert reopened.db.columns("articles") is not None, "listed from the columns"
            reopened.db.parse_deferred()
            assert quick == reopened.list_articles()
            assert quick_tagged == reopened.list_articles("wind")
            assert reopened.article_count() == len(quick)
