"""Filter as you type: every query word must start a word of the article."""

from __future__ import annotations

import random
import re

from reader.search_index import WordIndex

WORDS = ["harbour", "harbourmaster", "council", "councillor", "vote", "pier", "Calder", "ferry"]


def brute_force(texts: dict[str, str], query: str) -> set[str]:
    terms = re.findall(r"\w+", query.casefold())
    found = set()
    for article_id, text in texts.items():
        words = set(re.findall(r"\w+", text.casefold()))
        if all(any(word.startswith(term) for word in words) for term in terms):
            found.add(article_id)
    return found


def test_prefix_queries_match_a_plain_scan_for_common_and_rare_words():
    generator = random.Random(5)
    # Some words in most articles (kept as bitmaps), some in a few (kept as arrays).
    texts = {
        f"a{n}": " ".join(generator.choice(WORDS[: 2 + n % 7]) for _ in range(12))
        for n in range(300)
    }
    index = WordIndex()
    index.add_many(texts.items())
    for query in ["h", "harbour", "harbourm", "coun vote", "FERRY", "cald pier", "zzz"]:
        assert index.matching(query) == brute_force(texts, query), query


def test_an_article_added_after_a_query_is_found():
    index = WordIndex()
    index.add_many((f"a{n}", "harbour council") for n in range(100))
    assert len(index.matching("harb") or ()) == 100
    index.add("late", "harbour ferry")
    assert index.matching("harb ferr") == {"late"}
    assert "late" in (index.matching("harbour") or ())


def test_an_empty_query_matches_everything():
    index = WordIndex()
    index.add("a", "words")
    assert index.matching("  ") is None
