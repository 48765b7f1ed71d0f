"""Who said it: the usual attribution shapes of news writing."""

from __future__ import annotations

import pytest

from .helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will win,” Anna Berg said.", "Anna Berg"),
        ("“We will win,” said Anna Berg.", "Anna Berg"),
        ("“We will win,” Anna Berg told the BBC.", "Anna Berg"),
        ("“We will win,” Anna Berg added.", "Anna Berg"),
        ("“We will win,” according to Anna Berg.", "Anna Berg"),
        ("Anna Berg added: “We will win.”", "Anna Berg"),
        ("Anna Berg said “we will win” on Tuesday.", "Anna Berg"),
        ("Anna Berg, who leads the union, said: “We will win.”", "Anna Berg"),
        ("“We will win,” Anna Berg, the union leader, said.", "Anna Berg"),
        ("“We will win,” the union leader has said.", "the union leader"),
        ("A senior defence source said: “The talks went well.”", "a senior defence source"),
        ("A spokesman for Anna Berg said: “No comment.”", "a spokesman for Anna Berg"),
        ("Downing Street warned Russia would be “punished” if it invaded.", "Downing Street"),
        ("Anna Berg was dismissed as “deaf” by her rival, Tom Olsen.", "Tom Olsen"),
    ],
)
def test_attribution_shapes(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "verb", ["warned", "insisted", "stressed", "noted", "described", "dismissed", "claimed"]
)
def test_speech_verbs_news_writers_use(verb: str) -> None:
    text = f"Anna Berg {verb} the plan as “a fantasy” on Monday."
    assert speakers(text) == ["Anna Berg"]


def test_he_said_resolves_to_the_last_person_who_spoke_not_the_last_name() -> None:
    text = (
        "Committee chairman Tom Olsen warned an attack was “imminent” as "
        "President Ivan Petrov massed troops.\n\n"
        "“We are looking timid,” he told the BBC."
    )
    assert speakers(text) == ["Tom Olsen", "Tom Olsen"]


def test_she_skips_a_man_named_more_recently() -> None:
    text = (
        "Ms Berg met Mr Olsen in Oslo.\n\n"
        "Anna Berg said the meeting with Mr Olsen went well.\n\n"
        "“It was frank,” she said."
    )
    assert speakers(text)[-1] == "Anna Berg"


def test_speaker_named_in_the_sentence_before_a_bare_quote() -> None:
    text = (
        "Tom Olsen told BBC Breakfast that the town needed money.\n\n“We cannot wait another year.”"
    )
    assert speakers(text) == ["Tom Olsen"]


def test_every_paragraph_of_a_running_quote_keeps_the_speaker() -> None:
    text = (
        "“We were poor,” Anna Berg said.\n\n“Nobody can hide from that.\n\n“We go again on Sunday.”"
    )
    assert speakers(text) == ["Anna Berg"] * 3


def test_short_mentions_speak_with_the_full_name() -> None:
    text = (
        "Defence Secretary Ben Wallace flew to Moscow.\n\n"
        "Mr Wallace said there was “no deafness” in the talks."
    )
    assert speakers(text) == ["Ben Wallace"]


def test_a_title_used_as_speaker_means_the_person_who_holds_it() -> None:
    text = (
        "Defence Secretary Ben Wallace flew to Moscow.\n\n"
        "“The talks were frank,” the defence secretary said."
    )
    assert speakers(text) == ["Ben Wallace"]


def test_quote_with_no_speaker_anywhere_has_none() -> None:
    assert speakers("The sign read “closed” all week.") == [None]


def test_a_name_set_off_by_commas_is_the_speaker() -> None:
    text = "The firm’s chief executive, Ingrid Berg, told reporters the rise was “open-ended”."
    assert speakers(text) == ["Ingrid Berg"]


def test_an_age_and_a_relative_clause_between_name_and_verb() -> None:
    text = "Ruth Lane, 78, who takes the bus to town, said: “I am stuck without it.”"
    assert speakers(text) == ["Ruth Lane"]


def test_the_subject_of_a_coordinated_verb() -> None:
    text = "Ms Berg admitted the deal was “not perfect” but insisted it was “fair”."
    assert speakers(text) == ["Berg", "Berg"]


def test_the_chair_who_welcomed_then_warned() -> None:
    text = (
        "The chair of the energy committee, Labour MP Yvonne Akers, welcomed the decision "
        "but warned that the grid was the “real bottleneck”."
    )
    assert speakers(text) == ["Yvonne Akers"]


def test_the_source_is_the_source_described_before() -> None:
    text = (
        "A senior council source said: “We have looked everywhere.”\n\n"
        "“There is nothing left,” the source said."
    )
    assert speakers(text) == ["a senior council source"] * 2


def test_a_participle_takes_no_subject_before_it() -> None:
    text = (
        "Mr Olsen said there was “no deafness” in talks with his counterpart Ivan Petrov, "
        "characterising them as “frank”."
    )
    assert speakers(text) == ["Olsen", "Olsen"]


def test_which_says_points_back_to_the_person_named() -> None:
    text = (
        "It would save £1m, according to a report by the finance director, Neil Sutton, "
        "which says the branches are “no longer sustainable”."
    )
    assert speakers(text) == ["Neil Sutton"]


def test_a_bare_spokesman_speaks_for_the_body_named_before() -> None:
    text = (
        "The Department for Transport said spending had risen. "
        "A spokesman claimed the council had “the tools it needs”."
    )
    assert speakers(text) == ["Department for Transport"]


def test_kin_words_tell_apart_two_people_with_one_surname() -> None:
    text = (
        "Its owners, Ann Moss and her brother, Tom Moss, plan to sell.\n\n"
        "“We held on,” Ms Moss said.\n\n"
        "“It was never about money,” said Mr Moss."
    )
    assert speakers(text) == ["Ann Moss", "Tom Moss"]


def test_single_quoted_speech_with_a_numbered_description() -> None:
    text = "Ms Berg said little.\n\n'It is a disaster,' one aide told CNN. 'Nobody wants it.'"
    assert speakers(text) == ["one aide", "one aide"]


def test_a_doctor_named_before_a_relative_clause() -> None:
    text = "Dr. Anthony Fauci, who once led the Office of Science, said he was “concerned”."
    assert speakers(text) == ["Anthony Fauci"]


@pytest.mark.parametrize(
    "text",
    ["“We will win,” said Dr. Anna Berg.", "“We will win,” Anna Berg said on Monday."],
)
def test_speaker_after_the_quote_with_abbreviations_and_time(text: str) -> None:
    assert speakers(text) == ["Anna Berg"]


def test_a_clause_after_the_quote_is_no_speaker() -> None:
    assert speakers("It could be “imminent” as troops said goodbye.") == [None]


def test_a_first_name_given_with_its_kin_word_can_be_he() -> None:
    text = (
        "Maria Lopez has run the bakery for years. “I love it,” Lopez says.\n\n"
        "Her son, Daniel, helps on weekends. “She never stops,” he says."
    )
    assert speakers(text) == ["Maria Lopez", "Daniel"]


def test_he_after_a_sentence_about_someone_is_that_someone_not_the_last_speaker() -> None:
    text = (
        "“The roof needs fixing,” said Harold Venn, the chairman.\n\n"
        "For Tobias Marsh, the evening meant more. His old club had let him go.\n\n"
        "“I wanted this one,” he said."
    )
    assert speakers(text) == ["Harold Venn", "Tobias Marsh"]


@pytest.mark.parametrize("participle", ["writing", "saying", "adding"])
def test_a_reporting_participle_gives_the_quote_to_the_sentences_subject(participle: str) -> None:
    text = (
        f"Jonas Berg, who missed the flight, apologised to fans online, {participle} that it"
        " was “the worst day of my life”."
    )
    assert speakers(text) == ["Jonas Berg"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Bank Indonesia lowered its rate by 25 basis points", "Bank Indonesia"),
        ("The Pune Municipal Corporation raised its fines", "Pune Municipal Corporation"),
    ],
)
def test_a_reporting_participle_gives_the_quote_to_the_body_the_sentence_opens_on(
    opening: str, body: str
) -> None:
    # "25 basis points" is no speech verb "points": the subject is not "... by 25 basis".
    text = f"{opening} to 5.5%, saying inflation was “well anchored” again."
    assert speakers(text) == [body]


def test_a_said_pushed_to_the_next_line_still_names_the_speaker() -> None:
    text = (
        "Harbour Board said the quays were open.\n\n"
        "“Nothing was stolen,”\n\n"
        "said a spokesperson for the board, who asked not to be named."
    )
    assert speakers(text) == ["a spokesperson for the board"]


def test_a_she_in_the_standfirst_is_the_first_person_the_story_names() -> None:
    text = (
        "A pensioner has been told to take down her bunting, but she says she will “fight to"
        " the end”.\n\n"
        "By Priya Lal\n\n"
        "Agnes Threlfall, 81, has refused to move her flags."
    )
    assert speakers(text) == ["Agnes Threlfall"]


def test_a_report_owned_by_someone_is_a_noun_never_the_verb_that_cuts_the_speaker() -> None:
    text = "The panel’s report found that the scheme had been “badly rushed” from the start."
    assert speakers(text)[0] in (None, "The panel’s report")


def test_words_quoted_from_a_thing_a_which_clause_describes_are_not_the_speakers() -> None:
    text = (
        "Mara Holt said the vote broke a rule adopted in 2019, which allows a ban only for"
        " “clear and written reasons.”"
    )
    assert speakers(text) == [None]


def test_a_closed_which_clause_leaves_the_quote_with_the_speaker() -> None:
    text = "Mara Holt said the plan, which was approved in May, was “a disaster”."
    assert speakers(text) == ["Mara Holt"]


def test_an_according_to_left_open_before_a_paragraph_break_does_not_crash() -> None:
    assert speakers("According to \n\n“Ben Wallace") == [None]


def test_a_description_then_a_name_after_according_to_gives_the_name() -> None:
    text = (
        'The flats would be "small but bright", according to the builder\'s sales '
        "director, Oona Blake."
    )
    assert speakers(text) == ["Oona Blake"]


def test_the_campaign_group_named_by_its_campaign_speaks_as_that_group() -> None:
    text = 'The Stop Route Nine campaign called the plan "a disaster for the valley".'
    assert speakers(text) == ["Stop Route Nine"]


def test_the_source_is_the_source_described_earlier_even_if_it_quoted_nothing() -> None:
    text = (
        "On Friday a senior party source said the vote was lost. "
        "“We knew on Tuesday,” the source said."
    )
    assert speakers(text) == ["a senior party source"]


def test_the_source_stays_itself_when_none_was_described_before() -> None:
    text = "A lot of the work was done. “We knew on Tuesday,” the source said."
    assert speakers(text) == ["the source"]


@pytest.mark.parametrize(
    "reporter",
    ["Its deputy chairman, Annamyrat Gurbanov, told", "Annamyrat Gurbanov told"],
)
def test_a_person_who_told_an_outlet_what_a_body_had_done_speaks_the_partial_quote(
    reporter: str,
) -> None:
    text = (
        "The International Association of Turkmen Alabai welcomed the rule. "
        f"{reporter} Neutral Turkmenistan that the association had asked for it after "
        "“three bad years”."
    )
    assert speakers(text) == ["Annamyrat Gurbanov"]


def test_a_speaker_described_in_sixteen_words_after_said_is_that_description() -> None:
    described = "a Bangladeshi driver eating his lunch in the cab of his lorry at the North Harbour"
    assert len(described.split()) == 16
    text = (
        "A spokesman for the Maldives Transport Authority said permits would be issued.\n\n"
        f"“At night I can do four trips,” said {described}."
    )
    assert speakers(text) == [described]


def test_the_second_half_of_a_split_quote_is_the_one_named_between_the_halves() -> None:
    # "calls" is a speech verb, and the sentence before does not end at its full stop, as
    # the quote after it is blanked: the name between the halves speaks, not its subject.
    text = (
        "Odile Ngono, 52, was the group's president.\n\n"
        "Everyone at the market calls her Mami Odile. “We met after church,” said Mami Odile, "
        "“and then she took the box home.”"
    )
    assert speakers(text) == ["Odile Ngono", "Odile Ngono"]
