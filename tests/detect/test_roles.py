"""A role word as speaker ("the captain said") means the person the article gave that role."""

from __future__ import annotations

import pytest

from .helpers import entities, speakers


@pytest.mark.parametrize(
    "introduction",
    [
        "Captain Jo Smith led the side out on a cold night.",
        "Jo Smith, the side's captain, led them out on a cold night.",
        "The side's captain, Jo Smith, led them out on a cold night.",
        "Jo Smith, captain of the side, led them out on a cold night.",
        # an age before the role, and a clause after it
        "Jo Smith, 31, the captain who led the side out, was calm.",
    ],
)
def test_the_role_named_later_is_the_person_introduced_with_it(introduction: str) -> None:
    text = f"{introduction}\n\n“We were brave,” the captain said."
    assert speakers(text) == ["Jo Smith"]


def test_a_role_with_the_club_before_it_is_still_the_role() -> None:
    text = (
        "Manager Alan Reyes was calm before kick-off.\n\n"
        "“We go again on Saturday,” the Holt Vale manager added."
    )
    assert speakers(text) == ["Alan Reyes"]


def test_a_role_taken_by_two_people_names_the_latest_before_the_quote() -> None:
    text = (
        "Alan Reyes, the club's manager, left in May.\n\n"
        "His successor as manager, Petra Lund, arrived a week later.\n\n"
        "“The squad is hungry,” the manager said."
    )
    assert speakers(text) == ["Petra Lund"]


def test_a_role_nobody_was_given_stays_a_description() -> None:
    text = "Alan Reyes watched from the stand.\n\n“It was a penalty,” the referee said."
    assert speakers(text) == ["the referee"]


@pytest.mark.parametrize("title", ["Pastor", "Reverend", "Father", "Detective Inspector", "Coach"])
def test_titles_stay_out_of_canonical_names(title: str) -> None:
    text = f"“Everyone is welcome,” said {title} Wendell Grimes."
    assert speakers(text) == ["Wendell Grimes"]
    assert ("Wendell Grimes", "PERSON") in entities(text)


@pytest.mark.parametrize("title", ["Rev.", "Insp", "DCI", "Det Supt", "Cllr", "Gov.", "Sen."])
def test_abbreviated_titles_neither_end_the_sentence_nor_join_the_name(title: str) -> None:
    text = f"“We are ready,” said {title} Ann Vickers. She left early."
    assert speakers(text) == ["Ann Vickers"]
    assert ("Ann Vickers", "PERSON") in entities(text)


def test_the_manager_of_a_named_club_is_that_clubs_boss_not_the_other_manager() -> None:
    text = (
        "Ashby Town 1 Corley United 0\n\n"
        "Town manager Rhys Pollard was delighted. United boss Owen Tarrant was not.\n\n"
        "“We were second best,” the Corley manager said."
    )
    assert speakers(text) == ["Owen Tarrant"]


def test_a_manager_given_for_another_club_does_not_speak_for_this_one() -> None:
    text = (
        "Ashby Town 1 Corley United 0\n\n"
        "Town manager Rhys Pollard was delighted.\n\n"
        "“We were second best,” the Corley manager said."
    )
    assert speakers(text) != ["Rhys Pollard"]


def test_a_role_with_a_word_before_its_head_is_the_one_who_took_it() -> None:
    text = (
        "“If it stops, the wood dries,” said Abdulrahman al-Sabbagh, 67, the master carpenter "
        "who led the work. He worked alongside his son, Yamen.\n\n"
        "“I used to go up the wheel myself,” the elder carpenter said."
    )
    assert speakers(text) == ["Abdulrahman al-Sabbagh", "Abdulrahman al-Sabbagh"]


@pytest.mark.parametrize(
    ("relative", "speaker"),
    # the daughter is the one the role names, not the other of the family
    [("the mother", "Aïcha Njoya"), ("the daughter", "Ramatou Njoya")],
)
def test_the_mother_of_a_daughter_named_is_the_one_other_of_the_family(
    relative: str, speaker: str
) -> None:
    text = (
        "Aïcha Njoya, who sells calabashes at the market, and her daughter, Ramatou Njoya, now "
        f"take their goods to Bafoussam. “We tie the calabashes in blankets,” {relative} said."
    )
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("age", "speaker"), [("older", "Everton Alleyne"), ("younger", "Jamal Alleyne")]
)
def test_the_older_man_is_the_oldest_named_with_an_age_just_before(age: str, speaker: str) -> None:
    text = (
        "At Skeete's Bay, Everton Alleyne, 64, has been waiting. He taught his own son, Jamal "
        f"Alleyne, 35, the same way.\n\n“You feel for them with your hand,” the {age} man said."
    )
    assert speakers(text) == [speaker]


def test_his_father_after_his_son_was_named_is_the_one_other_of_the_family() -> None:
    text = (
        "Modou Ndiaye, 63, drives a cart. His son, Ibrahima Ndiaye, 27, drives a second one.\n\n"
        "“My father fed nine children with this cart,” Ibrahima Ndiaye said.\n\n"
        "“We will go to the ring road,” his father said."
    )
    assert speakers(text) == ["Ibrahima Ndiaye", "Modou Ndiaye"]
