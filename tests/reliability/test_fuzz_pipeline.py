"""Hypothesis pushes hostile text through the whole path: file → importer → detector → Markdown.

Whatever the file holds, the importer either gives an article or one clear reason; detection
gives spans inside the text; the export keeps the front matter intact, escapes every
character that could turn the article's words into Markdown markup, and holds no character
that could drive a terminal when the file is printed.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.detect import detect
from reader.export.front_matter import read_front_matter
from reader.export.markdown import article_markdown
from reader.library.importer import ArticleImportError, load_article
from reader.store import Annotation, LibraryStore
from reader.textsafety import has_unsafe_characters, terminal_safe

from .conftest import HOSTILE_PARAGRAPHS, MARKUP

TOKENS = [
    "[bold red]", "[/]", "[@click=app.quit]", "[link=x]", "\\[", "\x1b[2J", "\x1b]52;c;aGk=\x07",
    "\x9b31m", "\x07", "\x08", "\x00", "\r", "\u202e", "\u2066", "\u200b", "\ufeff", "東京",
    "한국어", "😀", "👩\u200d👧", "\u0301", "“", "”", '"', "'", " said ", "Mr Ann Lee", "BBC",
    "London", "on Monday", "£5m", "40%", "#tag", "---", "- ", "1. ", "> ", "*", "_", "`", "<b>",
    "</p>", "<script>alert(1)</script>", "&amp;", "&#27;", "==", "%%", "$", "|", "\t",
    "\n", "\n\n", " ", ".", "word", "Title",
]  # fmt: skip
MAX_LINE = "x" * 100_000
MARKUP_BODY = f"{MARKUP}\n\nMore words after it."

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(TOKENS),
        st.sampled_from(HOSTILE_PARAGRAPHS),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    ),
    min_size=1,
    max_size=60,
).map("".join)


def as_file(text: str, fmt: str) -> tuple[str, bytes]:
    if fmt == "md":
        title = text[:40].replace("\n", " ").replace('"', "'")
        body = f'---\ntitle: "{title}"\n---\n\n{text}'
        return ".md", body.encode("utf-8", "surrogatepass")
    if fmt == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        body = f"<html><head><title>{text[:30]}</title></head><body><article>{paragraphs}"
        return ".html", (body + "</article></body></html>").encode("utf-8")
    if fmt == "utf16":
        return ".txt", text.encode("utf-16")
    return ".txt", text.encode("utf-8")


def unescaped(markdown: str, char: str) -> int:
    """How many times ``char`` stands in ``markdown`` without a backslash escaping it."""
    count = 0
    for index, found in enumerate(markdown):
        if found != char:
            continue
        backslashes = len(markdown[:index]) - len(markdown[:index].rstrip("\\"))
        count += backslashes % 2 == 0
    return count


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    text=hostile_text,
    fmt=st.sampled_from(["txt", "md", "html", "utf16"]),
    picks=st.tuples(st.floats(0, 1), st.floats(0, 1)),
)
def test_any_text_imports_detects_and_exports_safely(text, fmt, picks):
    suffix, data = as_file(text, fmt)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            article = load_article(path)
        except ArticleImportError as error:
            assert error.reason and "\n" not in error.reason
            return
    assert article.text.strip()
    detection = detect(article.text)
    for span in [*detection.quotes, *detection.entities]:
        assert 0 <= span.start < span.end <= len(article.text)

    low, high = sorted(round(p * len(article.text)) for p in picks)
    annotations = []
    if high > low:
        annotations.append(
            Annotation.from_text(article.id, article.text, low, high, note=text[:50], tags=["t"])
        )
    markdown = article_markdown(article, annotations, detection, datetime.now(UTC))

    meta = read_front_matter(markdown)
    assert meta is not None, "no title can break the front matter"
    # Control characters in the title come out as U+FFFD: the file is safe to `cat`.
    assert meta["title"] == terminal_safe(article.title) and meta["reader_id"] == article.id
    assert not has_unsafe_characters(markdown), "printing the file cannot drive a terminal"
    body = markdown.split("\n---\n", 1)[1]
    for char in "[]<`*_|$~":
        assert unescaped(body, char) == 0, f"an unescaped {char!r} could start markup"
    assert "\x00" not in markdown and "\r" not in markdown


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
def test_any_text_comes_back_from_the_library_exactly(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.txt"
        path.write_text(text, encoding="utf-8")
        try:
            article = load_article(path)
        except ArticleImportError:
            return
        library = Path(folder) / "library.json"
        with LibraryStore(library) as store:
            store.save_article(article)
        with LibraryStore(library) as store:
            loaded = store.load_article(article.id)
    assert (loaded.text, loaded.title) == (article.text, article.title)


def test_a_single_line_of_100k_characters_goes_through_every_step(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(f"A long one\n\n{MAX_LINE}[bold]x[/]\x1b[2J\n", encoding="utf-8")
    article = load_article(path)
    assert len(article.text) > 100_000
    detection = detect(article.text)
    end = article.text.index("\x1b")
    note = Annotation.from_text(article.id, article.text, 10, end, note="long")
    markdown = article_markdown(article, [note], detection, datetime.now(UTC))
    assert "x" * 99_000 in markdown and r"\[bold\]x\[/\]" in markdown


FRONT_MATTER_LINES = [
    "title: 123", "title: [a, b]", "title: {a: 1}", "title: \"\\e[2J [b]x[/b]\"", "title:",
    "date: 2020-13-45", "date: 99999-01-01", "date: 2021-02-03T25:61:00", "date: .nan",
    "published: 1e400", "tags: 5", "tags: {x: y}", "tags: [[a], {b: c}, null]", "tags: [\"#x\"]",
    "author: [1, 2]", "author: null", "url: 7", "url: \"javascript:alert(1)\"", "- a list",
    "a: &x [*x]", "!!python/object:os.system {}", "title: 'unclosed", "key: {", "? complex",
    "title: \"\\u202eflip\"", "date: 2021-01-01", "title: Ok title",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(st.sampled_from(FRONT_MATTER_LINES), max_size=6),
    body=st.sampled_from(["Body words here, a few of them.", "", "---", MARKUP_BODY]),
)
def test_any_front_matter_gives_an_article_or_one_clear_reason(lines, body):
    text = "---\n" + "\n".join(lines) + f"\n---\n\n{body}\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "front.md"
        path.write_text(text, encoding="utf-8")
        try:
            article = load_article(path)
        except ArticleImportError as error:
            assert error.reason and "\n" not in error.reason
            return
    assert isinstance(article.title, str) and all(isinstance(t, str) for t in article.tags)
    assert article.published is None or isinstance(article.published, str)
    markdown = article_markdown(article, [], detect(article.text), datetime.now(UTC))
    assert read_front_matter(markdown)["title"] == terminal_safe(article.title)
    assert not has_unsafe_characters(markdown)
