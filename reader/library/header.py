"""Title, standfirst, byline and date at the top of an article given as paragraphs.

Shapes handled (seen in pages saved as text): the headline as the first paragraph, or after a
run of site boilerplate; then perhaps a standfirst (a one-paragraph summary) that is followed
by the byline; the byline either as "By Name" or as a bare name followed by a date line; the
date as a line of its own ("Saturday 22 January 2022 12:40 GMT"), or after the name on one
line ("By Name | 22 January 2022"). Captions and prompts between them are left to the
boilerplate rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.library.boilerplate import boilerplate_kind
from reader.library.dates import parse_date_line

MAX_TITLE_CHARS = 200
MAX_STANDFIRST_CHARS = 600
MAX_BYLINE_CHARS = 80
FALLBACK_TITLE_CHARS = 80
# The byline sits close to the headline; beyond this many paragraphs it is body text.
_HEADER_REACH = 8

_OPENING_QUOTES = ("“", '"', "‘", "'", "«", "„")
_BY = re.compile(r"by\s+(?P<names>\S.*)", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # a letter in any script, then the rest
_LOWER_NAME_WORDS = frozenset(
    "de da di del della der den van von ter ten la le du des do dos das al el bin ibn bint y e"
    " and &".split()
)
# A particle joined to the capitalised name: "al-Saqqaf", "el-Amrani", "d’Ormesson".
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|ur|bin|ibn)-\w|[dl][’']\w")
_NAME_DATE_SEPARATOR = re.compile(r"\s*(?:\s[|·•–—-]\s|[|·•]|,)\s*")
_SENTENCE_END = re.compile(r"[.!?…]\s")


@dataclass(slots=True)
class Header:
    """What the top of an article told us, and which paragraphs said it."""

    title: str | None = None
    source: str | None = None  # the site's name on a line above the headline
    standfirst: str | None = None
    byline: str | None = None
    published: str | None = None
    # Paragraph indexes that were the title, byline or date: metadata, not reading text.
    metadata_indexes: set[int] = field(default_factory=set)


def read_header(paragraphs: Sequence[str], *, title: str | None = None) -> Header:
    """Find the header fields. With ``title`` given, the headline is not looked for."""
    header = Header(title=title)
    position = 0
    if title is None:
        title_index = _first_article_paragraph(paragraphs, 0)
        headline_index = (
            _first_article_paragraph(paragraphs, title_index + 1)
            if title_index is not None and _names_a_publication(paragraphs[title_index])
            else None
        )
        if (
            headline_index is not None
            and looks_like_headline(paragraphs[headline_index])
            and _credits_follow(paragraphs, headline_index)
        ):
            # "Moldova Regional News", then the headline, then "By ...": the site's name.
            header.source = paragraphs[title_index]
            header.metadata_indexes.add(title_index)
            title_index = headline_index
        if title_index is not None and looks_like_headline(paragraphs[title_index]):
            header.title = paragraphs[title_index]
            header.metadata_indexes.add(title_index)
            position = title_index + 1
    first = _first_article_paragraph(paragraphs, position)
    if first is None or first - position > _HEADER_REACH:
        return header
    if not _read_credits(paragraphs, first, header):
        after = _first_article_paragraph(paragraphs, first + 1)
        if (
            after is not None
            and _looks_like_standfirst(paragraphs[first])
            and _read_credits(paragraphs, after, header)
        ):
            header.standfirst = paragraphs[first]
    return header


def _names_a_publication(paragraph: str) -> bool:
    """A short line naming a site or paper: "Moldova Regional News", "harbourtimes.co.uk"."""
    if len(paragraph) > _MAX_SITE_CHARS or paragraph.endswith((".", "!", "?", ":")):
        return False
    words = paragraph.split()
    return len(words) <= 6 and (
        any(word.strip(":|-–—").title() in _PUBLICATION_WORDS for word in words)
        or bool(_WEB_ADDRESS.search(paragraph))
    )


def _credits_follow(paragraphs: Sequence[str], headline_index: int) -> bool:
    """Whether a byline or date line comes straight after the headline (or its standfirst)."""
    scratch = Header()
    following = _first_article_paragraph(paragraphs, headline_index + 1)
    for _ in range(2):
        if following is None:
            return False
        if _read_credits(paragraphs, following, scratch):
            return True
        following = _first_article_paragraph(paragraphs, following + 1)
    return False


_MAX_SITE_CHARS = 60
_PUBLICATION_WORDS = frozenset(
    "News Times Post Herald Gazette Journal Daily Tribune Chronicle Courier Observer Review"
    " Radio Online Wire Press Monitor Express Mail Standard Star Telegraph Guardian Independent"
    " Record Echo Weekly Today Bulletin Dispatch Inquirer Insider Reporter Sentinel Argus"
    " Advertiser Examiner Clarion Mercury Pioneer Nation Voice Globe"
    # The same words in the other languages of Europe and the Americas: "Norte Noticias",
    # "Diário de Notícias", "Süddeutsche Zeitung", "Corriere della Sera".
    " Noticias Notícias Diario Diário Periódico Jornal Gazeta Gaceta Crónica Correo Correio"
    " Prensa Imprensa Heraldo Tribuna Semanario Informador Presse Quotidien Zeitung"
    " Nachrichten Kurier Rundschau Corriere Gazzetta Giornale Notizie Nieuws Dagblad".split()
)
_WEB_ADDRESS = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|news|info|co\.[a-z]{2}|[a-z]{2})\b"
)


def looks_like_headline(paragraph: str) -> bool:
    if not paragraph or len(paragraph) > MAX_TITLE_CHARS or "\n" in paragraph:
        return False
    # Headlines do not end with a full stop; a sentence ending one is body text.
    return not paragraph.endswith(".") or paragraph.endswith("...")


def fallback_title(paragraphs: Sequence[str]) -> str:
    """A title made from the first sentence, for texts that have no headline."""
    for paragraph in paragraphs:
        if paragraph.strip():
            first_sentence = _SENTENCE_END.split(paragraph.strip(), maxsplit=1)[0]
            return shorten(first_sentence.rstrip(".!?…"), FALLBACK_TITLE_CHARS)
    return ""


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-– ") + "…"


def parse_byline(line: str) -> str | None:
    """The names in a byline: "By Meg Hill" and "Meg Hill, Health Reporter" → "Meg Hill"."""
    match = _BY.fullmatch(line)
    names = (match.group("names") if match else line).strip()
    if not _looks_like_names(names):
        return None
    return names.partition(",")[0].strip()


def _read_credits(paragraphs: Sequence[str], start: int, header: Header) -> bool:
    """Read byline and date paragraphs from ``start``; True if there was at least one."""
    found = False
    index: int | None = start
    while index is not None and index - start <= _HEADER_REACH:
        paragraph = paragraphs[index]
        next_index = _first_article_paragraph(paragraphs, index + 1)
        if header.published is None and (published := parse_date_line(paragraph)):
            header.published = published
        elif header.byline is None and (split := _byline_with_date(paragraph)):
            header.byline, header.published = split[0], header.published or split[1]
        elif header.byline is None and _BY.fullmatch(paragraph) and parse_byline(paragraph):
            header.byline = parse_byline(paragraph)
        elif (
            header.byline is None
            and header.published is None
            and next_index is not None
            and parse_date_line(paragraphs[next_index])
            and (names := parse_byline(paragraph))
        ):
            # A bare name is only trusted as a byline when a date line follows it.
            header.byline = names
        else:
            break
        header.metadata_indexes.add(index)
        found = True
        index = next_index
    return found


def _byline_with_date(line: str) -> tuple[str, str] | None:
    """Names and ISO date from "By Name | 5 March 2024" (or with "·", "-" or ",")."""
    if len(line) > MAX_BYLINE_CHARS * 2 or not any(char.isdigit() for char in line):
        return None
    for separator in _NAME_DATE_SEPARATOR.finditer(line):
        published = parse_date_line(line[separator.end() :])
        names = parse_byline(line[: separator.start()])
        if published and names:
            return names, published
    return None


def _looks_like_names(text: str) -> bool:
    if not text or len(text) > MAX_BYLINE_CHARS or any(char.isdigit() for char in text):
        return False
    if text[-1] in ".!?:;" and not re.search(r"\b[A-Z]\.$", text):
        return False
    names, _, role = text.partition(",")
    words = names.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    return (
        all(
            word in _LOWER_NAME_WORDS
            or (word[0].isupper() and _NAME_WORD.fullmatch(word))
            or (_JOINED_PARTICLE.match(word) and _NAME_WORD.fullmatch(word))
            for word in words
        )
        and len(role) <= 50
    )


def _looks_like_standfirst(paragraph: str) -> bool:
    return len(paragraph) <= MAX_STANDFIRST_CHARS and not paragraph.startswith(_OPENING_QUOTES)


def _first_article_paragraph(paragraphs: Sequence[str], start: int) -> int | None:
    """The index of the first paragraph from ``start`` that is not boilerplate."""
    for index in range(start, len(paragraphs)):
        if paragraphs[index] and boilerplate_kind(paragraphs[index]) is None:
            return index
    return None
