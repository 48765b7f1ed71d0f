"""Whatever text comes in, the importer keeps its promises about the reading text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library.article import PARAGRAPH_SEPARATOR, Article
from reader.library.boilerplate import split_boilerplate
from reader.library.decoding import RejectedText, decode_article_bytes
from reader.library.markdown_text import FrontMatterError, parse_markdown
from reader.library.plain_text import parse_plain_text

_PROMPTS = [
    "Sign up to our newsletter",
    "Advertisement",
    "Read more: another story",
    "Your support helps us to tell the story",
    "Your support makes all the difference.",
    "A caption for the picture (Ann Lee/PA)",
]
_words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda word: word.strip())
_paragraphs = st.lists(st.one_of(st.sampled_from(_PROMPTS), _words), max_size=12)
_documents = st.lists(
    st.one_of(st.sampled_from(_PROMPTS), _words, st.sampled_from(["\n", "\n\n", "\r\n", " "])),
    max_size=40,
).map("".join)


def _paragraph_starts(text: str) -> set[int]:
    starts = {0, len(text)}
    position = 0
    for paragraph in text.split(PARAGRAPH_SEPARATOR):
        starts.add(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return starts


def _assert_reading_text_promises(article: Article) -> None:
    starts = _paragraph_starts(article.text)
    offsets = [block.offset for block in article.boilerplate]
    assert offsets == sorted(offsets)
    assert all(offset in starts for offset in offsets)
    for paragraph in article.paragraphs:
        assert paragraph and paragraph == " ".join(paragraph.split())


@settings(max_examples=150, deadline=None)
@given(_paragraphs)
def test_split_keeps_or_sets_aside_every_paragraph(paragraphs: list[str]) -> None:
    normalised = [" ".join(p.split()) for p in paragraphs]
    kept, blocks = split_boilerplate(normalised)

    set_aside = [part for block in blocks for part in block.text.split(PARAGRAPH_SEPARATOR)]
    assert sorted(kept + set_aside) == sorted(normalised)
    text = PARAGRAPH_SEPARATOR.join(kept)
    assert all(block.offset in _paragraph_starts(text) for block in blocks)


@settings(max_examples=150, deadline=None)
@given(_documents)
def test_any_plain_text_parses_with_valid_offsets(text: str) -> None:
    article = parse_plain_text(text)

    _assert_reading_text_promises(article)
    assert "\n" not in article.title


@settings(max_examples=100, deadline=None)
@given(_documents)
def test_any_markdown_parses_or_names_its_front_matter_problem(text: str) -> None:
    try:
        article = parse_markdown(text)
    except FrontMatterError:
        return
    _assert_reading_text_promises(article)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_to_clean_text_or_a_reason(data: bytes) -> None:
    try:
        text = decode_article_bytes(data)
    except RejectedText as rejected:
        assert str(rejected) in {"empty", "binary file", "not valid UTF-8 or cp1252 text"} or (
            str(rejected) == "not valid UTF-16 text"
        )
        return
    assert text.strip()
    assert "\x00" not in text and "\r" not in text
