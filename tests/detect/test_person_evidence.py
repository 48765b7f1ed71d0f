"""An unknown capitalised pair is a person only with some evidence of one."""

from __future__ import annotations

import pytest

from .helpers import entities


def test_a_pair_ending_in_a_noun_the_article_uses_is_no_person_without_evidence() -> None:
    text = "Tickets for Grey Harbour sold out in an hour, and the harbour was packed by six."
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ngozi Field, 34, walked the field each morning.",
        "Anders Marsh said the marsh had flooded twice.",
        "Søren Bell rang the bell. Later Mr Bell went home.",
        "Karen Stone found a stone in the road.",
    ],
)
def test_a_person_named_like_a_common_noun_stays_a_person_with_evidence(text: str) -> None:
    people = entities(text, "PERSON")
    assert people and people[0][0] == " ".join(text.split()[:2]).rstrip(",")


@pytest.mark.parametrize(
    "name",
    ["Greenway Scheme", "Harbour Lights Festival", "Ashgrove Show", "Kestrel Accord"],
)
def test_a_named_plan_event_or_agreement_is_no_person(name: str) -> None:
    text = f"Few people had heard of the {name} before Tuesday."
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Acme CEO Dana Whitlow said profits fell.", "Dana Whitlow"),
        ("First Minister Rhona Keir agreed.", "Rhona Keir"),
        ("Dean Martin sang first.", "Dean Martin"),
    ],
)
def test_a_title_before_a_name_is_cut_but_a_first_name_like_a_title_stays(
    text: str, person: str
) -> None:
    assert entities(text, "PERSON") == [(person, "PERSON")]


def test_staff_named_in_a_credit_line_are_not_highlighted_but_places_are() -> None:
    text = (
        "Mayor Lin Ortiz said the bridge would reopen.\n\n"
        "Reporting by Kofi Mensah in Accra; Editing by Ruth Abelard"
    )
    assert entities(text, "PERSON") == [("Lin Ortiz", "PERSON")]
    assert ("Accra", "GPE") in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on Evening Ledger Live, the mayor was calm.",
        "She appeared on Kitchen Table Talk last year.",
        "Rugby fans packed bars for the Six Nations decider.",
        "Her debut, Glass Orchards, is out in May.",
        "Heron Point Apartments will open in 2027.",
    ],
)
def test_shows_numbered_names_works_and_buildings_are_no_people(text: str) -> None:
    assert entities(text, "PERSON") == []


def test_pressure_on_a_person_keeps_the_person() -> None:
    text = "The pressure on Rishi Sunak grew overnight."
    assert entities(text, "PERSON") == [("Rishi Sunak", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "Buyers queued for the Lumen Arc headset in Leeds.",
        "The Model Q went on sale on Friday.",
        "Trials of the Corvane Nine vaccine were paused.",
    ],
)
def test_a_product_is_no_person(text: str) -> None:
    assert entities(text, "PERSON") == []


def test_a_name_spoken_of_in_the_plural_is_no_person() -> None:
    text = "Tickets for Velvet Ashgrove, who played their first gig in 2009, sold out."
    assert entities(text, "PERSON") == []
