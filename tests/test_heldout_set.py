"""The held-out detector sets (benchmarks/heldout/, heldout2/) and their gold stay usable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.library.article import count_words
from tests.gold_support import (
    DATE_LINE,
    GOLD_LABELS,
    SEEDS_DIR,
    SHARED_RUN_LENGTH,
    mentions_of,
    word_runs,
)

REPO = Path(__file__).resolve().parents[1]
SET_DIRS = sorted(
    (folder for folder in (REPO / "benchmarks").glob("heldout*") if folder.is_dir()),
    key=lambda folder: int(folder.name.removeprefix("heldout") or 1),
)

ARTICLES = sorted(article for set_dir in SET_DIRS for article in set_dir.glob("*.txt"))


def body_of(article: Path) -> str:
    """The article below its date line: a rough cut, independent of the importer."""
    raw = article.read_text(encoding="utf-8")
    date_line = DATE_LINE.search(raw)
    return raw[date_line.end() :] if date_line else raw


def gold_path(article: Path) -> Path:
    return article.parent / "gold" / f"{article.name}.json"


def gold_for(article: Path) -> dict:
    return json.loads(gold_path(article).read_text(encoding="utf-8"))


def article_id(article: Path) -> str:
    return f"{article.parent.name}/{article.name}"


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda p: p.name)
def test_each_heldout_set_has_six_articles(set_dir: Path) -> None:
    assert len(list(set_dir.glob("*.txt"))) >= 6


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_each_article_is_a_news_length_article(article: Path) -> None:
    assert 400 <= count_words(body_of(article)) <= 900


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_each_article_has_a_gold_file_that_names_it(article: Path) -> None:
    assert gold_path(article).is_file()
    assert gold_for(article)["article"] == article.name


@pytest.mark.parametrize("set_dir", SET_DIRS, ids=lambda p: p.name)
def test_no_gold_file_is_left_without_its_article(set_dir: Path) -> None:
    names = {article.name for article in set_dir.glob("*.txt")}
    gold_files = list((set_dir / "gold").glob("*.json"))
    assert gold_files
    for gold_path in gold_files:
        assert gold_path.name.removesuffix(".json") in names, gold_path.name


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_gold_quotes_are_found_in_reading_order(article: Path) -> None:
    raw = article.read_text(encoding="utf-8")
    quotes = gold_for(article)["quotes"]
    assert quotes, "every article carries quotations"
    seen: dict[str, int] = {}
    previous_start = -1
    for quote in quotes:
        assert quote["kind"] in {"direct", "partial"}, quote
        assert quote["text"] == quote["text"].strip(), quote
        seen[quote["text"]] = seen.get(quote["text"], 0) + 1
        # A repeated text is numbered, so a scorer can tell which place is meant.
        assert quote.get("occurrence", 1) == seen[quote["text"]], quote
        start = -1
        for _ in range(seen[quote["text"]]):
            start = raw.find(quote["text"], start + 1)
            assert start >= 0, quote
        assert start > previous_start, f"out of reading order: {quote['text'][:40]!r}"
        previous_start = start


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_gold_speakers_appear_in_their_article(article: Path) -> None:
    raw = article.read_text(encoding="utf-8").casefold()
    speakers = {quote["speaker"] for quote in gold_for(article)["quotes"]} - {None}
    for speaker in speakers:
        assert speaker.casefold() in raw, speaker


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_gold_entities_are_found_as_often_as_counted(article: Path) -> None:
    raw = article.read_text(encoding="utf-8")
    entities = gold_for(article)["entities"]
    surfaces = [entity["text"] for entity in entities]
    assert len(surfaces) == len(set(surfaces)), "each surface form is listed once"
    for entity in entities:
        assert entity["label"] in GOLD_LABELS, entity
        assert entity["count"] >= 1, entity
        assert mentions_of(entity["text"], raw) >= entity["count"], entity


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_gold_person_names_resolve_to_a_name_in_the_article(article: Path) -> None:
    raw = article.read_text(encoding="utf-8")
    for entity in gold_for(article)["entities"]:
        if entity["label"] == "PERSON":
            assert entity["canonical"] in raw, entity


@pytest.mark.parametrize("article", ARTICLES, ids=article_id)
def test_no_article_copies_a_run_of_words_from_the_seed_articles(article: Path) -> None:
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    seed_runs: set[tuple[str, ...]] = set()
    for seed in SEEDS_DIR.glob("*.txt"):
        seed_runs |= word_runs(seed.read_text(encoding="utf-8"), SHARED_RUN_LENGTH)
    shared = word_runs(article.read_text(encoding="utf-8"), SHARED_RUN_LENGTH) & seed_runs
    assert not shared, " ".join(next(iter(shared)))
