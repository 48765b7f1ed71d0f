"""Markdown (with and without front matter) and saved web pages import to clean reading text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.library.importer import load_article
from reader.library.markdown_text import strip_inline_markup, tags_from


def test_front_matter_gives_the_metadata(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "with_front_matter.md")

    assert article.format == "md"
    assert article.title == "Ferry timetable cut as crews stay ashore"
    assert article.byline == "Ruth Penhaligon"
    assert article.published == "2024-09-03T08:15:00+01:00"
    assert article.url == "https://example.org/news/ferry-timetable"
    assert article.source == "The Harbour Gazette"
    assert article.tags == ["transport", "islands", "ferries"]


def test_markdown_body_becomes_plain_reading_text(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "with_front_matter.md")

    # The heading that repeats the front-matter title is not read twice.
    assert article.title not in article.text
    for mark in ("**", "# ", "](", "![", "> ", "- Passengers"):
        assert mark not in article.text
    assert "run two sailings a day instead of five" in article.text
    assert "said Morwenna Hale, who runs the shop" in article.text
    assert "What happens next" in article.paragraphs
    assert "Passengers with bookings will be contacted by text." in article.paragraphs


def test_markdown_keeps_quote_marks_and_hard_wrapped_lines_join(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "with_front_matter.md")

    quoted = [p for p in article.paragraphs if p.startswith("“We are sorry")]
    assert len(quoted) == 1
    assert "on the mainland,” said operations manager Kieran Doyle. “We will" in quoted[0]
    assert any(p.startswith("'It is the third winter in a row,'") for p in article.paragraphs)


def test_image_alt_text_and_sign_up_prompt_are_boilerplate(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "with_front_matter.md")

    kinds = {block.kind: block for block in article.boilerplate}
    assert kinds["caption"].text == "A ferry tied up at the pier"
    assert kinds["caption"].offset == 0
    assert "Island Life newsletter" in kinds["newsletter"].text
    assert "newsletter" not in article.text
    assert "ferry tied up" not in article.text


def test_markdown_without_front_matter_uses_heading_and_byline(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "without_front_matter.md")

    assert article.title == "Allotment waiting list passes 600"
    assert article.byline == "Priya Natarajan"
    assert article.published == "2024-06-04"
    assert article.tags == []
    assert article.paragraphs[0].startswith("The waiting list for an allotment")
    assert "Read more" not in article.text
    assert [block.kind for block in article.boilerplate] == ["related"]


def test_front_matter_title_wins_over_a_different_heading(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Bridge closes for a month\ntags: roads, bridges\n---\n"
        "# Closure notice\n\nThe bridge will close to traffic from Monday.\n",
        encoding="utf-8",
    )

    article = load_article(path)
    assert article.title == "Bridge closes for a month"
    assert article.tags == ["roads", "bridges"]
    assert article.paragraphs == ["Closure notice", "The bridge will close to traffic from Monday."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (["a", "b", "a"], ["a", "b"]),
        ("politics, local , ,politics", ["politics", "local"]),
        ([2024, " spaced   tag "], ["2024", "spaced tag"]),
        (None, []),
        ({"not": "tags"}, []),
    ],
)
def test_tags_from_list_or_comma_string(value: object, expected: list[str]) -> None:
    assert tags_from(value) == expected


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and *italic* and _under_", "bold and italic and under"),
        ("see [the report](https://x.org/r) now", "see the report now"),
        ("code `x = 1` stays", "code x = 1 stays"),
        ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
        (r"escaped \*stars\* stay", "escaped *stars* stay"),
        ("“quoted,” she said", "“quoted,” she said"),
        ("<em>tag</em> gone, 3 < 4 kept", "tag gone, 3 < 4 kept"),
    ],
)
def test_inline_markup_is_stripped(markdown: str, plain: str) -> None:
    assert strip_inline_markup(markdown) == plain


def test_html_page_keeps_the_article_only(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "news_page.html")

    assert article.format == "html"
    assert article.title == "Library reopens after roof repairs"
    for chrome in (
        "Front page of the Valley",  # navigation
        "Weather forecast",
        "Registered in Cardiff",  # footer
        "bus shelter plan",  # related links
        "Related stories",
        "We use cookies",  # cookie banner
    ):
        assert chrome not in article.text
    assert article.paragraphs[0].startswith("Pennant Library reopened on Wednesday")
    assert any("said librarian Eleri Pugh" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("The library will open late on Thursdays")


def test_html_metadata_and_sign_up_prompt(fixtures_dir: Path) -> None:
    article = load_article(fixtures_dir / "news_page.html")

    assert article.byline == "Tomasz Wrobel"
    # trafilatura gives the day only; the page's own timestamp adds the time.
    assert article.published == "2024-02-14T11:00:00+00:00"
    assert article.source == "The Valley Post"
    assert article.url == "https://valleypost.example/news/library-reopens"
    assert "Sign up" not in article.text
    assert [block.kind for block in article.boilerplate] == ["newsletter"]
    assert article.original.startswith("<!DOCTYPE html>")


def test_html_standfirst_marked_by_class_is_kept(tmp_path: Path) -> None:
    body = " ".join(["The council met late into the night to settle the budget."] * 6)
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><title>Budget agreed</title></head><body><article>"
        "<h1>Budget agreed</h1>"
        "<p class='standfirst'>Councillors settle on cuts after a four-hour meeting.</p>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )

    article = load_article(path)
    assert article.standfirst == "Councillors settle on cuts after a four-hour meeting."
    assert article.paragraphs[0] == article.standfirst


def test_importing_the_importer_does_not_load_trafilatura() -> None:
    code = (
        "import sys; from pathlib import Path; import reader.library.importer as i; "
        "i.load_article(Path(sys.argv[1])); print('trafilatura' in sys.modules)"
    )
    fixture = Path(__file__).resolve().parent / "fixtures" / "without_front_matter.md"
    result = subprocess.run(
        [sys.executable, "-c", code, str(fixture)], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"


def test_setext_heading_rules_and_code_fences(tmp_path: Path) -> None:
    path = tmp_path / "story.markdown"
    path.write_text(
        "Tram line opens\n===============\n\nThe first tram left at 6am.\n\n---\n\n"
        "Timetable\n---------\n\n```\n06:00  Depot\n06:20  Square\n```\n",
        encoding="utf-8",
    )

    article = load_article(path)
    assert article.title == "Tram line opens"
    assert article.paragraphs == [
        "The first tram left at 6am.",
        "Timetable",
        "06:00 Depot",
        "06:20 Square",
    ]
