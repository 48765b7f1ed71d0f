"""An article made ready to open while the library rests on it: read from the store and
wrapped for the reading column, so that `enter` has only to show it."""

from __future__ import annotations

from dataclasses import dataclass

from reader.library.article import Article
from reader.store import LibraryStore
from reader.widgets.text_layout import TextLayout


@dataclass(frozen=True)
class PreparedArticle:
    article: Article
    content_hash: str | None
    layout: TextLayout

    def is_current(self, store: LibraryStore) -> bool:
        """Still the article the store holds (it was not re-imported or edited since)."""
        return store.article_meta(self.article.id).get("content_hash") == self.content_hash


def prepare_article(store: LibraryStore, article_id: str, column_width: int) -> PreparedArticle:
    """Read an article and wrap it ``column_width`` cells wide (a view whose column turns out
    to be another width wraps it again itself)."""
    content_hash = store.article_meta(article_id).get("content_hash")
    article = store.load_article(article_id)
    layout = TextLayout(article.text, column_width, article.boilerplate)
    return PreparedArticle(article, content_hash, layout)
