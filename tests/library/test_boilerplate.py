"""Web boilerplate is recognised; article paragraphs that merely sound like it are not."""

from __future__ import annotations

import pytest

from reader.library.article import PARAGRAPH_SEPARATOR
from reader.library.boilerplate import (
    MAX_BLOCK_PARAGRAPHS,
    boilerplate_kind,
    parse_rules,
    split_boilerplate,
)


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Sign up to our free Morning Briefing newsletter", "newsletter"),
        ("Sign up for breaking news alerts", "newsletter"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Thank you for registering", "registration"),
        ("Please refresh your browser to be logged in", "registration"),
        ("Listen to our latest podcast - Politics Weekly", "podcast"),
        ("Read more: Council tax to rise by 5%", "related"),
        ("Related: Five things we learned", "related"),
        ("Share this article", "share"),
        ("Facebook Twitter Email", "share"),
        ("Share on Facebook Share on X Share via email Copy link", "share"),
        ("Advertisement", "advert"),
        ("Stay up to date with notifications from The Weekly Bugle", "notifications"),
        ("Notifications can be managed in browser preferences.", "notifications"),
        ("Support The Chronicle from just £1.", "donation"),
        ("Support Circuit & Cell from just £2 a month", "donation"),
        ("This article is part of our series 'Cities after dark'", "series"),
        ("The Valley Echo is not responsible for the content of external sites.", "disclaimer"),
        ("Firefighters at the scene on Tuesday (Jane Smith/PA)", "caption"),
        ("The minister leaves Downing Street. Credit: AP", "caption"),
        ("Crowds gather outside the court (AFP via Getty Images)", "caption"),
    ],
)
def test_boilerplate_is_recognised(paragraph: str, kind: str) -> None:
    assert boilerplate_kind(paragraph) == kind


@pytest.mark.parametrize(
    "paragraph",
    [
        "She said she had signed up to the newsletter years ago and read it every week.",
        "The charity said public support had helped it tell the story of the flood victims.",
        "Sign up numbers for the scheme fell by a third, according to the council's report, "
        "which blamed the cost of living, poor advertising and a website that crashed twice "
        "on the opening day, leaving hundreds of people unable to register for a place.",
        "“Your support means everything,” the candidate told the crowd.",
        "Related talks between the two sides broke down in 2013, he said.",
        "Read more of the report and you find the figures do not add up, critics said.",
        "The bakery uses cookies from a family recipe, the owner said.",
        "Advertisement revenue fell by 12% in the first quarter.",
        "Listen to the people, he said, and you will hear their anger.",
        "Supporters of the plan said it would help small firms.",
        "This article is part of a wider investigation, the editor said, and more will follow.",
        "The council said it is not responsible for the content of the leaflets.",
        "Email correspondence seen by the BBC shows the plan was discussed in May.",
        "Police said the photo (taken in June) had been shared widely.",
        "Thank you for registering your interest, the council wrote to residents last week, "
        "adding that places would be offered in the order applications arrived.",
    ],
)
def test_article_paragraphs_are_not_mistaken_for_boilerplate(paragraph: str) -> None:
    assert boilerplate_kind(paragraph) is None
    kept, blocks = split_boilerplate([paragraph])
    assert kept == [paragraph] and blocks == []


def test_appeal_block_runs_to_its_closing_line() -> None:
    paragraphs = [
        "The talks ended without agreement.",
        "Your support helps us to tell the story",
        "Our reporters are on the ground wherever news is breaking.",
        "Quality journalism should be free to read for everyone.",
        "Your support makes all the difference.",
        "Both sides will meet again next week.",
    ]

    kept, blocks = split_boilerplate(paragraphs)

    assert kept == [paragraphs[0], paragraphs[5]]
    assert len(blocks) == 1
    assert blocks[0].kind == "donation"
    assert blocks[0].text == PARAGRAPH_SEPARATOR.join(paragraphs[1:5])
    assert blocks[0].offset == len(paragraphs[0]) + len(PARAGRAPH_SEPARATOR)


def test_appeal_heading_without_closing_line_takes_only_itself() -> None:
    body = [f"Paragraph {number} of the article." for number in range(MAX_BLOCK_PARAGRAPHS + 2)]
    paragraphs = ["Your support helps us to tell the story", *body]

    kept, blocks = split_boilerplate(paragraphs)

    assert kept == body
    assert [block.text for block in blocks] == [paragraphs[0]]


def test_appeal_that_runs_on_while_it_asks_for_money() -> None:
    paragraphs = [
        "Your support helps us report from every town in the county",
        "Good journalism costs money. A donation of any size keeps our reporters working.",
        "The bypass is due to open in the spring.",
    ]

    kept, blocks = split_boilerplate(paragraphs)

    assert kept == [paragraphs[2]]
    assert blocks[0].text == PARAGRAPH_SEPARATOR.join(paragraphs[:2])


def test_caption_printed_twice_is_caption_both_times() -> None:
    caption = "Residents queue for water in the town square on Sunday"
    paragraphs = ["The pipe burst on Saturday.", caption, caption + " (Wire)", "Repairs began."]

    kept, blocks = split_boilerplate(paragraphs)

    assert kept == [paragraphs[0], paragraphs[3]]
    assert [(block.kind, block.text) for block in blocks] == [
        ("caption", PARAGRAPH_SEPARATOR.join(paragraphs[1:3]))
    ]


def test_quotation_printed_twice_is_kept() -> None:
    quote = "“We will rebuild the bridge, whatever it takes,” the mayor said."
    kept, blocks = split_boilerplate([quote, quote])

    assert kept == [quote, quote]
    assert blocks == []


def test_offsets_of_blocks_at_start_middle_and_end() -> None:
    paragraphs = [
        "Advertisement",
        "First paragraph.",
        "Read more: Another story",
        "Second paragraph.",
        "Sign up to our newsletter",
        "Share this article",
    ]

    kept, blocks = split_boilerplate(paragraphs)
    text = PARAGRAPH_SEPARATOR.join(kept)

    assert [(block.kind, block.offset) for block in blocks] == [
        ("advert", 0),
        ("related", text.index("Second paragraph.")),
        ("newsletter", len(text)),
        ("share", len(text)),
    ]


def test_forced_kinds_mark_paragraphs_the_caller_knows() -> None:
    kept, blocks = split_boilerplate(["An image's alt text", "Body."], {0: "caption"})

    assert kept == ["Body."]
    assert blocks[0].kind == "caption"


def test_pattern_file_format_errors_are_reported() -> None:
    rules = parse_rules(["# comment", "", "advert\tBuy now!?", "donation\tGive\tuntil\tThanks"])
    assert [rule.kind for rule in rules] == ["advert", "donation"]
    assert rules[1].follow_mode == "until"

    with pytest.raises(ValueError, match="line 1"):
        parse_rules(["no tab here"])
