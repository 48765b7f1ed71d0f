"""Pairing quotation marks: what a reader sees highlighted as a quote."""

from __future__ import annotations

from reader.detect import detect
from reader.detect.quotes import find_quotes

from .helpers import quoted


def test_curly_double_quotes_are_one_span_marks_included() -> None:
    text = "The minister said: “We will not give in.” Then she left."
    assert quoted(text) == ["“We will not give in.”"]


def test_straight_double_quotes_pair_in_order() -> None:
    text = 'He said "yes" and she said "no" before the vote.'
    assert quoted(text) == ['"yes"', '"no"']


def test_apostrophes_are_never_paired() -> None:
    text = "Russia’s army, I’d say, was stuck in the ’90s with rock ’n’ roll and the parents’ cars."
    assert quoted(text) == []


def test_straight_apostrophes_are_never_paired() -> None:
    text = "It's the 'lads' night, she said, and they'd rock 'n' roll till 'em drop."
    assert quoted(text) == ["'lads'"]


def test_single_quotes_in_a_headline_are_quotes() -> None:
    text = "Talks 'above zero' after meeting with 'no deafness'"
    paired = [text[quote.start : quote.end] for quote in find_quotes(text)]
    assert paired == ["'above zero'", "'no deafness'"]


def test_a_headline_quote_said_again_below_is_kept_with_its_speaker() -> None:
    text = (
        "Talks 'above zero' after Oslo meeting\n\n"
        "Anna Berg said the talks were 'above zero' but far from a deal."
    )
    assert [quote.speaker for quote in detect(text).quotes] == ["Anna Berg", "Anna Berg"]


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = "“They called it ‘a disgrace’ and left,” she said."
    assert quoted(text) == ["“They called it ‘a disgrace’ and left,”"]


def test_a_quote_running_over_paragraphs_gives_one_span_per_paragraph() -> None:
    text = (
        "The coach said: “We were poor.\n\n"
        "“Nobody can hide from that.\n\n"
        "“We go again on Sunday.”\n\n"
        "The club declined to comment."
    )
    detection = detect(text)
    spans = quoted(text, detection)
    assert spans == ["“We were poor.", "“Nobody can hide from that.", "“We go again on Sunday.”"]
    assert {quote.speaker for quote in detection.quotes} == {"The coach"}


def test_an_unclosed_opening_mark_does_not_swallow_the_next_quote() -> None:
    text = "Critics called it “reckless and the mayor called it “bold” in a statement, and “late”."
    assert quoted(text) == ["“bold”", "“late”"]


def test_an_unclosed_straight_mark_does_not_flip_later_pairs() -> None:
    text = 'Mr Lee said "no before lunch. Later he added "maybe" and then "never".'
    assert quoted(text) == ['"maybe"', '"never"']


def test_stray_closing_mark_is_ignored() -> None:
    text = "The fee” was cut, the council said “by half” this year."
    assert quoted(text) == ["“by half”"]


def test_partial_quote_inside_the_writers_sentence() -> None:
    text = "Downing Street warned Russia would be “punished” if it invaded."
    (quote,) = detect(text).quotes
    assert quote.kind == "partial"


def test_quoted_sentence_is_direct() -> None:
    text = "“Putin is taking advantage of a weakened West,” he told the BBC."
    (quote,) = detect(text).quotes
    assert quote.kind == "direct"


def test_quote_after_a_colon_is_direct() -> None:
    text = "A spokesman said: “the decision is final.”"
    (quote,) = detect(text).quotes
    assert quote.kind == "direct"


def test_the_rest_of_a_split_quote_in_lower_case_after_the_attribution_is_direct() -> None:
    text = (
        "“The buyer pays the exchange, and the union pays us,” said Mr Nalinga. “every one of "
        "those is a signature.”\n\nShe called it “slow”. “too slow,” she said."
    )
    assert [quote.kind for quote in detect(text).quotes] == [
        "direct",
        "direct",
        "partial",
        "partial",
    ]


def test_empty_marks_are_no_quote() -> None:
    assert quoted('He typed "" into the box.') == []


def test_single_quotes_running_over_paragraphs_after_a_first_quote() -> None:
    text = "'We inherited a mess,' she said. 'It will take time.\n\n'But we will get there.'"
    assert quoted(text) == [
        "'We inherited a mess,'",
        "'It will take time.",
        "'But we will get there.'",
    ]


def test_a_quote_resumes_after_a_long_attribution_set_off_with_commas() -> None:
    text = (
        "“The restaurants want us at the door,” said Elie Abou Jaoude, whose company, Corniche "
        "Valet, parks about 300 cars on a busy night, “and the customers want their car back "
        "in two minutes.”"
    )
    quotes = detect(text).quotes
    assert [(quote.kind, quote.speaker) for quote in quotes] == [
        ("direct", "Elie Abou Jaoude"),
        ("direct", "Elie Abou Jaoude"),
    ]


def test_a_tongan_name_opening_on_a_glottal_stop_is_no_quote() -> None:
    text = (
        "Bakeries sell bread on Sunday evenings.\n\n"
        "‘Ana Taufa, 61, has baked in a small shop in Neiafu since 1991. Her daughter, Losana "
        "Taufa, 34, wrote the petition.\n\n"
        "“Families come out of church hungry,” she said."
    )
    quotes = detect(text).quotes
    assert [text[quote.start : quote.end] for quote in quotes] == [
        "“Families come out of church hungry,”"
    ]


def test_a_single_quote_opening_a_paragraph_and_left_open_is_still_a_quote() -> None:
    text = "The minister spoke at dawn.\n\n‘We will not give in to this, not now, not ever."
    assert [quote.kind for quote in detect(text).quotes] == ["direct"]
