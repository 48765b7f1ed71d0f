from reader.detect.credit_lines import credit_lines


def test_every_credit_line_is_found_at_the_start_and_after_a_break_in_text_order() -> None:
    text = (
        "Edited by Sam Tan\n"
        "Officials said the road would reopen.\n\n"
        "Reporting by Jo Lee in Oslo; Editing by Sam Tan\n"
        "Additional reporting by Ana Ruiz"
    )
    lines = [text[start:end] for start, end in credit_lines(text)]
    assert lines == [
        "Edited by Sam Tan",
        "Reporting by Jo Lee in Oslo; Editing by Sam Tan",
        "Additional reporting by Ana Ruiz",
    ]


def test_an_opening_inside_a_line_is_no_credit() -> None:
    text = "The budget, written by Ann Poe, was cut. Reporting by rivals was thin."
    assert credit_lines(text) == []
