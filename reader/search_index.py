"""Find articles by the words of their title, source, tags and text, as the user types.

Every query term must start a word of the article (so "wall" finds "Wallace"). The word
sets are built once, in the background, from the texts; lookups are set intersections.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def words_of(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def query_terms(query: str) -> list[str]:
    return [term.casefold() for term in _WORD.findall(query)]


class WordIndex:
    def __init__(self) -> None:
        self._ids_by_word: dict[str, set[str]] = {}
        self._vocabulary: list[str] | None = []

    def add(self, article_id: str, text: str) -> None:
        for word in words_of(text):
            self._ids_by_word.setdefault(word, set()).add(article_id)
        self._vocabulary = None

    def add_many(self, items: Iterable[tuple[str, str]]) -> None:
        for article_id, text in items:
            self.add(article_id, text)

    def _sorted_vocabulary(self) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = sorted(self._ids_by_word)
        return self._vocabulary

    def ids_with_prefix(self, prefix: str) -> set[str]:
        vocabulary = self._sorted_vocabulary()
        found: set[str] = set()
        index = bisect_left(vocabulary, prefix)
        while index < len(vocabulary) and vocabulary[index].startswith(prefix):
            found |= self._ids_by_word[vocabulary[index]]
            index += 1
        return found

    def matching(self, query: str) -> set[str] | None:
        """Ids matching every term; None for an empty query (everything matches)."""
        terms = query_terms(query)
        if not terms:
            return None
        result: set[str] | None = None
        for term in sorted(terms, key=len, reverse=True):
            ids = self.ids_with_prefix(term)
            result = ids if result is None else result & ids
            if not result:
                return set()
        return result
