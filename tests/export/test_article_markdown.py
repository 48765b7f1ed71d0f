"""What a user sees in an article's Markdown note: order, highlights, quotes, entities."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from export_helpers import Detection, EntitySpan, QuoteSpan, Rendered, Sample

from reader.export.front_matter import read_front_matter
from reader.export.markdown import article_markdown, paragraph_number
from reader.export.markdown_escape import escape_block
from reader.library.article import Article
from reader.store.models import Annotation

EXPORTED_AT = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)


def _markdown(sample: Sample, **changes: object) -> str:
    fields = {
        "article": sample.article,
        "annotations": sample.annotations,
        "detection": sample.detection,
        **changes,
    }
    return article_markdown(exported_at=EXPORTED_AT, **fields)


def _section(markdown: str, heading: str) -> str:
    start = markdown.index(f"\n{heading}\n")
    following = re.search(r"\n## ", markdown[start + 1 :])
    return markdown[start : start + 1 + following.start()] if following else markdown[start:]


def test_sections_come_in_the_order_the_issue_asks_for(footbridge: Sample) -> None:
    markdown = _markdown(footbridge)
    assert markdown.startswith("---\n")
    positions = [
        markdown.index("\n---\n"),
        markdown.index("\n# "),
        markdown.index("\n## Highlights\n"),
        markdown.index("\n## Quotes by speaker\n"),
        markdown.index("\n## Entities\n"),
    ]
    assert positions == sorted(positions)


def test_front_matter_has_the_article_metadata_and_the_marker(footbridge: Sample) -> None:
    fields = read_front_matter(_markdown(footbridge))
    article = footbridge.article
    assert fields is not None
    assert fields["title"] == article.title
    assert fields["author"] == article.byline
    assert fields["source"] == article.url
    assert fields["published"] == article.published
    assert fields["reader_id"] == article.id
    assert fields["exported"] == EXPORTED_AT.isoformat(timespec="seconds")
    assert fields["exported_by"] == "reader"
    assert all(" " not in tag for tag in fields["tags"]), "Obsidian tags have no spaces"
    assert len(fields["tags"]) == len(article.tags)


def test_a_hostile_title_cannot_break_out_of_the_front_matter(footbridge: Sample) -> None:
    title = "Break out\n---\nexported_by: someone else\n# Heading: [x](y) *star*"
    article = replace(footbridge.article, title=title)
    markdown = _markdown(footbridge, article=article, annotations=[], detection=None)
    fields = read_front_matter(markdown)
    assert fields is not None
    assert fields["title"] == title
    assert fields["exported_by"] == "reader"
    assert markdown.count("\n---\n") == 1, "only the closing fence of the front matter"


def test_highlights_are_in_reading_order_with_paragraph_locators(footbridge: Sample) -> None:
    markdown = _markdown(footbridge)
    highlights = _section(markdown, "## Highlights").split("### Orphaned highlights")[0]
    placed = sorted((a for a in footbridge.annotations if not a.orphan), key=lambda a: a.start)
    positions = [highlights.index(escape_block(a.exact) + "\n") for a in placed]
    assert positions == sorted(positions)
    for annotation in placed:
        assert f"— ¶{paragraph_number(footbridge.article.text, annotation.start)}" in highlights


def test_a_highlight_shows_its_note_and_tags_after_its_quote(footbridge: Sample) -> None:
    markdown = _markdown(footbridge)
    with_note = next(a for a in footbridge.annotations if a.note and not a.orphan and a.tags)
    quote_at = markdown.index(f"> {with_note.exact.split()[0]}")
    note_at = markdown.index(with_note.note.split()[0], quote_at)
    tags_at = markdown.index("#", note_at)
    next_quote = markdown.find("\n> ", note_at)
    assert quote_at < note_at < tags_at
    assert next_quote == -1 or tags_at < next_quote


def test_orphans_are_kept_in_their_own_subsection(footbridge: Sample) -> None:
    markdown = _markdown(footbridge)
    orphan = next(a for a in footbridge.annotations if a.orphan)
    orphans_at = markdown.index("### Orphaned highlights")
    assert markdown.index(orphan.exact) > orphans_at
    assert markdown.index(orphan.exact) < markdown.index("## Quotes by speaker")


def test_no_article_text_turns_into_markup(
    footbridge: Sample, render: Callable[[str], Rendered]
) -> None:
    markdown = _markdown(footbridge)
    body = markdown.split("\n---\n", 1)[1]
    rendered = render(body)
    assert rendered.tags <= {"h1", "h2", "h3", "p", "blockquote", "ul", "li", "br"}
    for annotation in footbridge.annotations:
        assert " ".join(annotation.exact.split()) in rendered.words


def test_quotes_are_grouped_by_speaker_with_unattributed_last(
    footbridge: Sample, render: Callable[[str], Rendered]
) -> None:
    section = _section(_markdown(footbridge), "## Quotes by speaker")
    headings = re.findall(r"^### (.+)$", section, flags=re.MULTILINE)
    quotes = sorted(footbridge.detection.quotes, key=lambda q: q.start)
    speakers_in_text_order = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
    assert headings == [*speakers_in_text_order, "Unattributed"]
    rendered = render(section).words
    for quote in quotes:
        assert footbridge.article.text[quote.start : quote.end].strip('",') in rendered


def test_entities_are_counted_by_canonical_name_most_mentioned_first(
    footbridge: Sample,
) -> None:
    article = footbridge.article
    detection = Detection(
        quotes=[],
        entities=[
            EntitySpan(0, 4, "GPE", "Lisbon"),
            EntitySpan(5, 9, "PERSON", "Ana Lima"),
            EntitySpan(10, 14, "PERSON", "Rui Costa"),
            EntitySpan(15, 19, "PERSON", "Rui Costa"),
            EntitySpan(20, 24, "LOC", "Lisbon"),
            EntitySpan(25, 29, "ORG", "Câmara"),
            EntitySpan(30, 34, "DATE", "Tuesday"),
        ],
    )
    section = _section(_markdown(footbridge, article=article, detection=detection), "## Entities")
    people = section.index("### People")
    assert section.index("Rui Costa (2)") < section.index("Ana Lima (1)")
    assert people < section.index("Rui Costa (2)")
    assert section.index("### Organisations") < section.index("Câmara (1)")
    assert section.index("### Places") < section.index("Lisbon (2)"), "GPE and LOC are places"
    assert "Tuesday" not in section


def test_without_detection_the_sections_say_so(footbridge: Sample) -> None:
    markdown = _markdown(footbridge, detection=None)
    assert "not detected" in _section(markdown, "## Quotes by speaker")
    assert "not detected" in _section(markdown, "## Entities")


def test_output_is_deterministic_with_unix_newlines_and_a_final_newline(
    footbridge: Sample,
) -> None:
    shuffled = list(reversed(footbridge.annotations))
    detection = Detection(
        quotes=list(reversed(footbridge.detection.quotes)),
        entities=list(reversed(footbridge.detection.entities)),
    )
    first = _markdown(footbridge)
    again = _markdown(footbridge, annotations=shuffled, detection=detection)
    assert first == again
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert "\r" not in first


def test_an_article_without_highlights_still_exports() -> None:
    article = Article(title="", text="One paragraph.\n\nTwo paragraphs.")
    markdown = article_markdown(article, [], Detection([], []), EXPORTED_AT)
    assert "No highlights." in markdown
    assert "\n# (untitled)\n" in markdown


def test_paragraph_numbers_count_blank_line_separated_paragraphs() -> None:
    text = "First.\n\nSecond, with a\nline break.\n\nThird."
    assert paragraph_number(text, 0) == 1
    assert paragraph_number(text, text.index("line break")) == 2
    assert paragraph_number(text, text.index("Third")) == 3


def test_a_tag_with_spaces_becomes_one_obsidian_tag(footbridge: Sample) -> None:
    text = footbridge.article.text
    note = Annotation.from_text(footbridge.article.id, text, 0, 5, tags=["climate change"])
    markdown = _markdown(footbridge, annotations=[note], detection=None)
    assert "#climate-change" in markdown.split("\n")


def test_quote_marks_are_not_doubled_when_the_span_includes_them(footbridge: Sample) -> None:
    text = footbridge.article.text
    start = text.index('"We have')
    end = text.index('"', start + 1) + 1
    detection = Detection(quotes=[QuoteSpan(start, end, "Ines Barros", "direct")], entities=[])
    section = _section(_markdown(footbridge, detection=detection), "## Quotes by speaker")
    assert '“"' not in section and '"”' not in section


def test_a_quote_running_on_without_a_closing_mark_gets_one_pair(footbridge: Sample) -> None:
    text = footbridge.article.text
    start = text.index('"Residents')
    end = start + len('"Residents deserve an answer.')
    detection = Detection(quotes=[QuoteSpan(start, end, "Ines Barros", "direct")], entities=[])
    section = _section(_markdown(footbridge, detection=detection), "## Quotes by speaker")
    locator = f"— ¶{paragraph_number(text, start)}"
    assert f"- “Residents deserve an answer.” {locator}" in section.split("\n")
