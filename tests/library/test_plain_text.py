"""Plain-text shapes: headline, standfirst, byline and date lines, wrapped and flattened text."""

from __future__ import annotations

import pytest

from reader.library.dates import normalise_date, parse_date_line
from reader.library.plain_text import parse_plain_text, split_paragraphs

_WRAPPED = (
    "Night buses return to the city centre\n"
    "\n"
    "Night buses will run again on Friday and Saturday nights from next month, the\n"
    "transport authority said, three years after the service was cut to save\n"
    "money.\n"
    "\n"
    "“People have been walking home in the dark for too long,” said councillor\n"
    "Aisha Rahman, who campaigned for the service to return.\n"
)


def test_hard_wrapped_lines_join_into_paragraphs() -> None:
    article = parse_plain_text(_WRAPPED)

    assert article.title == "Night buses return to the city centre"
    assert article.paragraphs == [
        "Night buses will run again on Friday and Saturday nights from next month, the "
        "transport authority said, three years after the service was cut to save money.",
        "“People have been walking home in the dark for too long,” said councillor "
        "Aisha Rahman, who campaigned for the service to return.",
    ]


def test_flattened_page_gives_one_paragraph_per_line() -> None:
    text = _WRAPPED.replace("\n\n", "\n").replace(" the\ntransport", " the transport")
    lines = [line for line in text.split("\n") if line]

    assert split_paragraphs("\n".join(lines)) == lines


def test_whitespace_inside_paragraphs_is_normalised() -> None:
    paragraphs = split_paragraphs("Title\n\nTabs\tand  double\u00a0spaces   here.\n\n\n\nNext.")

    assert paragraphs == ["Title", "Tabs and double spaces here.", "Next."]


def test_by_line_with_role_and_date_on_its_own_line() -> None:
    article = parse_plain_text(
        "Lifeboat crew rescue two walkers\n\n"
        "Two walkers were cut off by the tide near the lighthouse.\n\n"
        "By Owen Price, Wales Correspondent\n"
        "Sunday 4 August 2024 21:05 BST\n\n"
        "The crew launched at 7pm after a call from a passing boat, and brought the pair "
        "back to the slipway within the hour.\n"
    )

    assert article.byline == "Owen Price"
    assert article.published == "2024-08-04T21:05:00+01:00"
    assert article.standfirst == "Two walkers were cut off by the tide near the lighthouse."
    assert article.paragraphs[0] == article.standfirst
    assert len(article.paragraphs) == 2


def test_byline_and_date_on_one_line() -> None:
    article = parse_plain_text(
        "Market hall to reopen\n\nBy Carys Lloyd | 5 March 2024\n\nThe market hall reopens today.\n"
    )

    assert (article.byline, article.published) == ("Carys Lloyd", "2024-03-05")
    assert article.paragraphs == ["The market hall reopens today."]


@pytest.mark.parametrize("name", ["Óscar Valladares", "Émile Zoé Dupré", "Łukasz Żak"])
def test_a_byline_whose_name_opens_on_an_accented_capital_is_the_byline(name: str) -> None:
    article = parse_plain_text(
        f"Floodlights fail again\n\nBy {name}, Sports Reporter\n\n5 March 2024\n\n"
        "The stadium went dark in the 64th minute.\n"
    )

    assert article.byline == name
    assert article.paragraphs == ["The stadium went dark in the 64th minute."]


@pytest.mark.parametrize(
    "name",
    ["Nabil al-Saqqaf", "Hamid el-Amrani", "Jean d’Ormesson", "Ana dos Santos", "Bram ter Horst"],
)
def test_a_byline_with_a_lower_case_particle_or_prefix_is_the_byline(name: str) -> None:
    article = parse_plain_text(
        f"Wedding halls fined\n\nBy {name}, Correspondent\nPublished 23 November 2026\n\n"
        "Owners of wedding halls will be fined.\n"
    )

    assert article.byline == name
    assert article.paragraphs == ["Owners of wedding halls will be fined."]


def test_a_short_first_paragraph_without_date_is_not_taken_for_a_byline() -> None:
    article = parse_plain_text(
        "Harbour fees rise\n\nFishermen Protest\n\nFees at the harbour rise by 8% in April.\n"
    )

    assert article.byline is None
    assert article.standfirst is None
    assert article.paragraphs[0] == "Fishermen Protest"


def test_text_without_a_headline_gets_a_title_from_its_first_sentence() -> None:
    body = (
        "The ferry company said on Monday that it would cut winter sailings to the islands "
        "by half. Islanders called the decision a betrayal."
    )
    article = parse_plain_text(body)

    assert article.title.startswith("The ferry company said on Monday")
    assert len(article.title) <= 80
    assert article.paragraphs == [body]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Saturday 22 January 2022 12:40 GMT", "2022-01-22T12:40:00+00:00"),
        ("22 January 2022", "2022-01-22"),
        ("January 22, 2022", "2022-01-22"),
        ("Published: 3 March 2024, 9.15am BST", "2024-03-03T09:15:00+01:00"),
        ("Updated on Tue, 5 Mar 2024 at 14:05 EST", "2024-03-05T14:05:00-05:00"),
        ("2024-03-12T09:30:00Z", "2024-03-12T09:30:00+00:00"),
        ("Monday 1 July 2024 10:00", "2024-07-01T10:00:00"),
    ],
)
def test_date_lines_parse_to_iso(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    ["Meg Hill", "31 February 2022", "He arrived on 22 January 2022 by train", "March 2024"],
)
def test_lines_that_are_not_just_a_date(line: str) -> None:
    assert parse_date_line(line) is None


def test_front_matter_dates_of_any_type() -> None:
    from datetime import date, datetime

    assert normalise_date(date(2024, 6, 4)) == "2024-06-04"
    assert normalise_date(datetime(2024, 6, 4, 9, 30)) == "2024-06-04T09:30:00"
    assert normalise_date("4 June 2024") == "2024-06-04"
    assert normalise_date("not a date") is None
    assert normalise_date(20240604) is None


@pytest.mark.parametrize(
    "site",
    [
        "Moldova Regional News",
        "The Harbour Times",
        "harbourtimes.co.uk",
        "Norte Noticias",
        "Diário de Notícias",
        "Süddeutsche Zeitung",
    ],
)
def test_a_site_line_above_the_headline_is_the_source_not_the_title(site: str) -> None:
    article = parse_plain_text(
        f"{site}\n\nPharmacies in Cahul run short of insulin\n\nBy Vasile Rusu, Health "
        "Reporter\n\nMonday, 23 November 2026\n\nPatients with diabetes were sent away.\n"
    )

    assert (article.source, article.title) == (site, "Pharmacies in Cahul run short of insulin")
    assert article.paragraphs == ["Patients with diabetes were sent away."]


def test_a_short_headline_above_a_standfirst_is_still_the_headline() -> None:
    article = parse_plain_text(
        "Market hall to reopen\n\nTraders return after a two-year refit of the Victorian hall\n\n"
        "By Carys Lloyd\n\n5 March 2024\n\nThe market hall reopens today.\n"
    )

    assert article.title == "Market hall to reopen"
    assert article.source is None
