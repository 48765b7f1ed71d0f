"""The bundled sample library and its hand-written detection gold stay usable and honest."""

from __future__ import annotations

import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
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
SAMPLES_DIR = REPO / "sample_articles"
GOLD_DIR = REPO / "benchmarks" / "gold"

SAMPLE_FORMATS = {".txt", ".md", ".html"}
SAMPLES = sorted(p for p in SAMPLES_DIR.iterdir() if p.suffix in SAMPLE_FORMATS)


class _ArticleParagraphs(HTMLParser):
    """The <p> text inside <article>, leaving out asides, figures and the article's footer."""

    _SKIPPED = {"aside", "figure", "footer", "form"}

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._in_article = 0
        self._skipping = 0
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._in_article += 1
        elif tag in self._SKIPPED:
            self._skipping += 1
        elif tag == "p" and self._in_article and not self._skipping:
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        elif tag in self._SKIPPED:
            self._skipping -= 1
        elif tag == "p" and self._current is not None:
            self.paragraphs.append("".join(self._current).strip())
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)


def body_of(sample: Path) -> str:
    """The article below its header: a rough cut, independent of the importer under test."""
    raw = sample.read_text(encoding="utf-8")
    if sample.suffix == ".html":
        parser = _ArticleParagraphs()
        parser.feed(raw)
        return "\n\n".join(parser.paragraphs)
    if sample.suffix == ".md":
        return raw.split("---", 2)[2] if raw.startswith("---") else raw
    date_line = DATE_LINE.search(raw)
    return raw[date_line.end() :] if date_line else raw


def gold_for(sample: Path) -> dict:
    return json.loads((GOLD_DIR / f"{sample.name}.json").read_text(encoding="utf-8"))


def test_the_library_has_ten_or_more_samples_in_all_three_formats() -> None:
    formats = Counter(sample.suffix for sample in SAMPLES)
    assert len(SAMPLES) >= 10
    assert formats[".txt"] >= 1
    assert formats[".md"] >= 2
    assert formats[".html"] >= 1


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.suffix == ".md"], ids=lambda p: p.name)
def test_markdown_samples_carry_the_front_matter_the_library_shows(sample: Path) -> None:
    metadata = frontmatter.loads(sample.read_text(encoding="utf-8")).metadata
    assert {"title", "author", "date", "url", "tags"} <= metadata.keys()
    assert metadata["tags"], "tags are listed"


@pytest.mark.parametrize(
    "sample", [s for s in SAMPLES if s.suffix == ".html"], ids=lambda p: p.name
)
def test_html_samples_carry_the_metadata_a_real_page_has(sample: Path) -> None:
    page = sample.read_text(encoding="utf-8")
    for marker in ("<title>", 'property="og:title"', 'name="author"', "article:published_time"):
        assert marker in page, marker


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_each_sample_body_is_a_news_length_article(sample: Path) -> None:
    assert 300 <= count_words(body_of(sample)) <= 1200


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_each_sample_has_a_gold_file_that_names_it(sample: Path) -> None:
    assert (GOLD_DIR / f"{sample.name}.json").is_file()
    assert gold_for(sample)["article"] == sample.name


def test_no_gold_file_is_left_without_its_article() -> None:
    sample_names = {sample.name for sample in SAMPLES}
    for gold_path in GOLD_DIR.glob("*.json"):
        assert gold_path.name.removesuffix(".json") in sample_names, gold_path.name


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_gold_quotes_are_found_in_their_article(sample: Path) -> None:
    raw = sample.read_text(encoding="utf-8")
    quotes = gold_for(sample)["quotes"]
    assert quotes, "every sample carries quotations"
    needed: Counter[str] = Counter()
    for quote in quotes:
        assert quote["kind"] in {"direct", "partial"}, quote
        assert quote["text"] == quote["text"].strip(), quote
        needed[quote["text"]] = max(needed[quote["text"]], quote.get("occurrence", 1))
    for text, times in needed.items():
        assert raw.count(text) >= times, text


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_gold_speakers_appear_in_their_article(sample: Path) -> None:
    raw = sample.read_text(encoding="utf-8").casefold()
    speakers = {quote["speaker"] for quote in gold_for(sample)["quotes"]} - {None}
    for speaker in speakers:
        assert speaker.casefold() in raw, speaker


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_gold_entities_are_found_as_often_as_counted(sample: Path) -> None:
    raw = sample.read_text(encoding="utf-8")
    entities = gold_for(sample)["entities"]
    surfaces = [entity["text"] for entity in entities]
    assert len(surfaces) == len(set(surfaces)), "each surface form is listed once"
    for entity in entities:
        assert entity["label"] in GOLD_LABELS, entity
        assert entity["count"] >= 1, entity
        assert mentions_of(entity["text"], raw) >= entity["count"], entity


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_gold_person_names_resolve_to_a_name_in_the_article(sample: Path) -> None:
    raw = sample.read_text(encoding="utf-8")
    for entity in gold_for(sample)["entities"]:
        if entity["label"] == "PERSON":
            assert entity["canonical"] in raw, entity


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_no_sample_copies_a_run_of_words_from_the_seed_articles(sample: Path) -> None:
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is absent (fresh clone without the shared folder)")
    seed_runs: set[tuple[str, ...]] = set()
    for seed in SEEDS_DIR.glob("*.txt"):
        seed_runs |= word_runs(seed.read_text(encoding="utf-8"), SHARED_RUN_LENGTH)
    shared = word_runs(sample.read_text(encoding="utf-8"), SHARED_RUN_LENGTH) & seed_runs
    assert not shared, " ".join(next(iter(shared)))
