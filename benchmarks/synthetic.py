"""Synthetic libraries and article files for the benchmarks, made from the sample articles.

Each synthetic article is a seeded shuffle of paragraphs taken from the bundled samples,
under a title of random words, so ids, titles and texts all differ while the words stay
real. Libraries are written through the store in bulk: one journal record holds them all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.library.article import Article
from reader.library.importer import load_article
from reader.store.journaled_db import Change, Put
from reader.store.library_store import ANNOTATIONS, ARTICLES, LibraryStore
from reader.store.models import Annotation

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_articles"
SOURCES = ["The Courier", "Harbour Gazette", "Northern Times", "City Wire", None]
TAGS = ["politics", "economy", "climate", "health", "culture", "transport", "research"]


@dataclass(frozen=True, slots=True)
class ParagraphPool:
    paragraphs: list[str]
    vocabulary: list[str]


def paragraph_pool() -> ParagraphPool:
    paragraphs: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        paragraphs += load_article(path).paragraphs
    vocabulary = sorted({word for p in paragraphs for word in p.split() if word.isalpha()})
    return ParagraphPool(paragraphs, vocabulary)


def synthetic_article(pool: ParagraphPool, rng: random.Random, paragraphs: int = 12) -> Article:
    title = " ".join(rng.choice(pool.vocabulary) for _ in range(rng.randint(4, 9))).capitalize()
    text = "\n\n".join(rng.sample(pool.paragraphs, min(paragraphs, len(pool.paragraphs))))
    published = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 3_000_000))
    return Article(
        title=title,
        text=text,
        byline=f"By {rng.choice(pool.vocabulary).capitalize()}",
        published=published.isoformat(timespec="minutes"),
        source=rng.choice(SOURCES),
        tags=rng.sample(TAGS, rng.randint(0, 2)),
        original=f"{title}\n\n{text}",
        format="txt",
    )


def long_article(words: int, pool: ParagraphPool) -> Article:
    """One article of at least ``words`` words: the sample paragraphs over and over."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for paragraph in pool.paragraphs:
            paragraphs.append(paragraph)
            count += len(paragraph.split())
    text = "\n\n".join(paragraphs)
    return Article(
        title="A very long read",
        text=text,
        published="2099-01-01",  # the newest, so it heads the library's default order
        source="Benchmarks",
        original=text,
    )


def write_library(
    path: Path,
    articles: int,
    annotations: int,
    seed: int = 7,
    extra: list[Article] | None = None,
) -> list[str]:
    """A library of ``articles`` synthetic articles (plus ``extra``) and ``annotations``
    highlights spread over them at random, written through the store in one journal
    record and folded into the TinyDB file on close; returns the article ids."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    made = [synthetic_article(pool, rng) for _ in range(articles)] + list(extra or [])
    added = datetime(2024, 1, 1, tzinfo=UTC)
    changes: list[Change] = []
    with LibraryStore(path) as store:
        for number, article in enumerate(made):
            store._write_text(article.id, article)
            meta = store._meta_for(article, (added + timedelta(seconds=number)).isoformat())
            changes.append(Put(ARTICLES, article.id, meta))
        for _ in range(annotations):
            article = rng.choice(made)
            start = rng.randrange(0, len(article.text) - 60)
            note = "Worth checking against the council minutes." if rng.random() < 0.3 else ""
            annotation = Annotation.from_text(
                article.id, article.text, start, start + rng.randint(10, 60), note=note
            )
            changes.append(Put(ANNOTATIONS, annotation.id, annotation.to_dict()))
        store.db.apply(changes)
    return [article.id for article in made]


def write_article_files(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """``count`` plain-text article files (a title line, then paragraphs)."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        article = synthetic_article(pool, rng)
        path = folder / f"{number:05d}.txt"
        path.write_text(f"{article.title}\n\n{article.text}\n", encoding="utf-8")
        paths.append(path)
    return paths
