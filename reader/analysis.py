"""Detection for an article in the library, computed once per content and detector version."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.detect import Detection
    from reader.library.article import Article
    from reader.store import LibraryStore


def detection_for(
    store: LibraryStore, article: Article, content_hash: str | None = None
) -> Detection:
    """The article's quotes and entities: from the store's cache, else detected and cached.

    ``content_hash`` is the article's, when the caller has it from the store already.
    """
    from reader.detect import DETECTOR_VERSION, Detection, detect

    key = content_hash or article.content_hash
    cached = store.cached_detection(key, DETECTOR_VERSION)
    if cached is not None:
        try:
            return Detection.from_dict(cached)
        except (KeyError, TypeError, ValueError):
            pass  # a cache entry from a broken write: detect again
    detection = detect(article.text)
    store.store_detection(key, DETECTOR_VERSION, detection.to_dict())
    return detection
