"""The two real articles in ../shared/seeds import as a reader would want them."""

from __future__ import annotations

import re
from pathlib import Path

from reader.library.article import PARAGRAPH_SEPARATOR, Article, BoilerplateBlock
from reader.library.importer import load_article

_BLANK_LINE = re.compile(r"\n\s*\n")

# Short markers of each prompt or appeal the seeds carry; the paragraphs are found with them.
_BOILERPLATE_MARKERS = (
    "notifications",
    "support helps us",
    "makes all the difference",
    "donation",
    "registering",
    "please refresh",
    "latest podcast",
)


def _raw_paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in _BLANK_LINE.split(text) if block.strip()]


def _boilerplate_text(article: Article) -> str:
    return PARAGRAPH_SEPARATOR.join(block.text for block in article.boilerplate)


def _appeal_paragraphs(paragraphs: list[str]) -> list[str]:
    """The appeal block: from its heading to its closing line, as the page printed it."""
    starts = [i for i, p in enumerate(paragraphs) if "support helps us" in p.lower()]
    ends = [i for i, p in enumerate(paragraphs) if "makes all the difference" in p.lower()]
    if not starts or not ends:
        return []
    return paragraphs[starts[0] : ends[0] + 1]


def _by_offset(numbered: tuple[int, BoilerplateBlock]) -> tuple[int, int]:
    return numbered[1].offset, numbered[0]


def test_seed_titles_are_the_headlines(seed_paths: list[Path]) -> None:
    titles = [load_article(path).title for path in seed_paths]

    assert titles == [
        "Russian minister accepts invitation to meet with Defence Secretary Ben Wallace",
        "UK-Russia relations now 'above zero' after meeting with 'absolutely no deafness'",
    ]


def test_first_seed_has_byline_date_source_and_standfirst(seed_paths: list[Path]) -> None:
    article = load_article(seed_paths[0])

    assert article.byline == "Meg Hill"
    assert article.published is not None and article.published.startswith("2022-01-22")
    assert article.published == "2022-01-22T12:40:00+00:00"
    assert article.source == "The Independent"
    assert article.standfirst is not None
    assert article.paragraphs[0] == article.standfirst


def test_header_lines_are_not_reading_text(seed_paths: list[Path]) -> None:
    article = load_article(seed_paths[0])

    assert article.title not in article.text
    assert "Meg Hill" not in article.paragraphs
    assert not any(paragraph.startswith("Saturday 22") for paragraph in article.paragraphs)


def test_boilerplate_is_out_of_the_text_and_kept_aside(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        set_aside = _boilerplate_text(article)
        marked = [
            paragraph
            for paragraph in _raw_paragraphs(path)
            if any(marker in paragraph.lower() for marker in _BOILERPLATE_MARKERS)
        ]
        assert marked, f"{path.name}: the seed has no boilerplate to look for"
        for paragraph in marked:
            assert paragraph not in article.text, f"{path.name}: {paragraph[:40]!r} left in"
            assert paragraph in set_aside, f"{path.name}: {paragraph[:40]!r} was lost"


def test_the_whole_appeal_block_is_set_aside(seed_paths: list[Path]) -> None:
    article = load_article(seed_paths[0])
    appeal = _appeal_paragraphs(_raw_paragraphs(seed_paths[0]))

    assert len(appeal) >= 3
    donation = [block for block in article.boilerplate if block.kind == "donation"]
    assert [block.text for block in donation] == [PARAGRAPH_SEPARATOR.join(appeal)]
    for paragraph in appeal:
        assert paragraph not in article.text


def test_repeated_photo_caption_is_set_aside_as_caption(seed_paths: list[Path]) -> None:
    article = load_article(seed_paths[0])
    captions = [block for block in article.boilerplate if block.kind == "caption"]

    assert len(captions) == 1
    first, second = captions[0].text.split(PARAGRAPH_SEPARATOR)
    assert second.startswith(first)
    assert first not in article.text


def test_caption_with_credit_is_not_the_standfirst(seed_paths: list[Path]) -> None:
    article = load_article(seed_paths[1])

    kinds = [block.kind for block in article.boilerplate]
    assert "caption" in kinds
    assert article.standfirst is None or "Credit:" not in article.standfirst
    assert "Credit:" not in article.text


def test_every_quoted_paragraph_is_kept(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        quoted = [p for p in _raw_paragraphs(path) if "“" in p or "”" in p]
        assert quoted
        for paragraph in quoted:
            assert paragraph in article.paragraphs, f"{path.name}: lost {paragraph[:40]!r}"


def test_boilerplate_offsets_are_paragraph_boundaries(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        starts = {0, len(article.text)}
        position = 0
        for paragraph in article.paragraphs:
            starts.add(position)
            position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        for block in article.boilerplate:
            assert block.offset in starts


def test_blocks_stand_where_they_were_in_the_page(seed_paths: list[Path]) -> None:
    """Putting each block back at its offset gives the page's paragraphs in page order."""
    for path in seed_paths:
        article = load_article(path)
        rebuilt = article.text
        # From the end, and of two blocks at one offset the later first, so both land in order.
        for _, block in sorted(enumerate(article.boilerplate), key=_by_offset, reverse=True):
            before, after = rebuilt[: block.offset], rebuilt[block.offset :]
            pieces = [piece for piece in (before.rstrip("\n"), block.text, after) if piece]
            rebuilt = PARAGRAPH_SEPARATOR.join(pieces)
        raw = _raw_paragraphs(path)
        order = [raw.index(p) for p in rebuilt.split(PARAGRAPH_SEPARATOR) if p in raw]
        assert order == sorted(order)


def test_reading_text_is_normalised(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        assert article.format == "txt"
        assert article.source_path == str(path.resolve())
        assert article.original == path.read_text(encoding="utf-8")
        for paragraph in article.paragraphs:
            assert paragraph == " ".join(paragraph.split())


def test_a_seed_flattened_to_one_paragraph_per_line_reads_the_same(
    seed_paths: list[Path], tmp_path: Path
) -> None:
    for path in seed_paths:
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        flattened = tmp_path / path.name
        flattened.write_text("\n".join(lines), encoding="utf-8")

        article, flat = load_article(path), load_article(flattened)

        assert (flat.title, flat.byline, flat.published) == (
            article.title,
            article.byline,
            article.published,
        )
        assert flat.text == article.text
        assert flat.boilerplate == article.boilerplate
        assert flat.id == article.id
