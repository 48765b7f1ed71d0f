"""An unknown capitalised pair is a person only with some evidence of one."""

from __future__ import annotations

import pytest

from .helpers import canonicals, entities, speakers


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


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ursula von der Leyen flew to Kyiv.", "Ursula von der Leyen"),
        ("The coach, Erik ten Hag, was sacked.", "Erik ten Hag"),
        ("Luiz Inácio Lula da Silva won.", "Luiz Inácio Lula da Silva"),
        ("Talks with Mohammed bin Salman ended.", "Mohammed bin Salman"),
        ("Charles de Gaulle spoke.", "Charles de Gaulle"),
    ],
)
def test_a_surname_with_a_lower_case_particle_is_one_person(text: str, person: str) -> None:
    assert (person, "PERSON") in entities(text)


def test_a_form_of_address_before_a_particle_names_the_person_in_full() -> None:
    text = "Ruud van Nistelrooy arrived. Mr van Nistelrooy said little."
    assert canonicals(text, "Mr van Nistelrooy") == {"Ruud van Nistelrooy"}


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("Erwan Le Goff, 41, was calm. Mr Le Goff said so.", "Mr Le Goff", "Erwan Le Goff"),
        ("Yazan Al Najjar sells soap. Mr Al Najjar smiled.", "Mr Al Najjar", "Yazan Al Najjar"),
        ("Ana Da Silva left first. Mrs Da Silva was 80.", "Mrs Da Silva", "Ana Da Silva"),
    ],
)
def test_a_form_of_address_keeps_a_particle_written_in_capitals(
    text: str, mention: str, person: str
) -> None:
    assert canonicals(text, mention) == {person}


@pytest.mark.parametrize("job", ["Agronomist", "Epidemiologist", "Historian", "Engineer"])
def test_a_profession_opening_a_sentence_is_no_part_of_the_name(job: str) -> None:
    text = f"{job} Silvia Maquin said the pods rot in the rain."
    assert entities(text, "PERSON") == [("Silvia Maquin", "PERSON")]


def test_a_particle_capitalised_to_open_a_sentence_is_still_the_same_person() -> None:
    text = (
        "The senior librarian, Pieter van Rooyen, opened the doors.\n\nVan Rooyen said people "
        "came back. “People want to come back,” he said."
    )
    assert canonicals(text, "Van Rooyen") == {"Pieter van Rooyen"}


@pytest.mark.parametrize("person", ["Ruth Christian", "Dawn French", "John English"])
def test_a_surname_that_names_a_people_is_still_a_surname(person: str) -> None:
    assert entities(f"The director, {person}, said so.") == [(person, "PERSON")]


def test_a_peoples_word_before_a_noun_is_still_the_people() -> None:
    text = "Christian leaders and French officials met."
    assert entities(text) == [("Christian", "NORP"), ("French", "NORP")]


def test_burmese_forms_of_address_are_no_part_of_the_name() -> None:
    text = (
        "U Kyaw Min Htet, a retired engineer, backs the meters. “A flat bill rewards waste,” "
        "he said. Daw Nwe Nwe Yi washes for eleven families. “The bill doubles,” she said."
    )
    assert entities(text, "PERSON") == [("Kyaw Min Htet", "PERSON"), ("Nwe Nwe Yi", "PERSON")]
    assert speakers(text) == ["Kyaw Min Htet", "Nwe Nwe Yi"]


def test_sesotho_forms_of_address_are_no_part_of_the_name() -> None:
    text = "Ntate Mohapi Sekhonyana lost 40 sheep. “They were naked in the snow,” he said."
    assert entities(text, "PERSON") == [("Mohapi Sekhonyana", "PERSON")]
    assert speakers(text) == ["Mohapi Sekhonyana"]


def test_a_one_name_person_said_to_be_he_or_she_is_a_person() -> None:
    text = (
        "The winners, Sutinah and Rina Wulandari, shared the prize.\n\nSutinah said she had "
        "learned from her own mother. “My hand is slow now,” she said.\n\nBrightwave said it "
        "would cut prices."
    )
    assert entities(text, "PERSON") == [
        ("Sutinah", "PERSON"),
        ("Rina Wulandari", "PERSON"),
        ("Sutinah", "PERSON"),
    ]
    assert speakers(text) == ["Sutinah"]


def test_a_letter_naming_a_street_is_no_form_of_address() -> None:
    assert entities("She lives on U Street.", "PERSON") == []


def test_a_particle_between_place_words_joins_no_person() -> None:
    text = "Trains left the Gare du Nord late."
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize("person", ["Lee Jae-myung", "Tsai Ing-wen", "Ban Ki-moon"])
def test_a_given_name_joined_by_a_hyphen_to_a_lower_case_syllable_is_whole(person: str) -> None:
    assert entities(f"{person} said talks would resume.", "PERSON") == [(person, "PERSON")]


def test_a_place_made_an_adjective_with_a_hyphen_is_still_the_place() -> None:
    assert entities("A Cheshire-based firm and a Labour-run council.")[:1] == [("Cheshire", "GPE")]


@pytest.mark.parametrize(
    "text",
    [
        "Golden Lantern winner Mia Torres thanked her parents.",
        "Midnight Kitchen star Dale Ortiz said the show was tough.",
    ],
)
def test_a_show_or_award_before_a_role_word_is_no_person(text: str) -> None:
    people = entities(text, "PERSON")
    assert len(people) == 1 and people[0][0] in ("Mia Torres", "Dale Ortiz")


def test_a_railway_line_and_an_inn_are_no_people() -> None:
    text = "Trains on the Harbour Main Line stopped near the Ferrymans Inn."
    assert entities(text, "PERSON") == []


def test_a_plural_name_after_the_is_a_group_not_a_person() -> None:
    text = "Fans of the Copper Kettles queued all night."
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize("team", ["Wigan Warriors", "Exeter Chiefs", "Leicester Tigers"])
def test_a_team_named_by_a_plural_nickname_is_an_organisation(team: str) -> None:
    assert entities(f"{team} won on Saturday.") == [(team, "ORG"), ("Saturday", "DATE")]


def test_the_speech_words_index_finds_whole_words_only() -> None:
    from reader.detect.person_evidence import _speech_words

    text = "He said so; unsaid, said_x and said2 are not. “Told,” she told me, says Jo."
    assert [text[start:end] for start, end in _speech_words(text)] == ["said", "told", "says"]


@pytest.mark.parametrize(
    ("name", "spoken"),
    [
        ("Jo Marsh", True),  # "Marsh said"
        ("Al Pike", True),  # "said Al Pike"
        ("Di Reed", True),  # "Di Reed, 34"
        ("Bo Stone", False),  # "unsaid" is no speech word
        ("Ed Wells", False),  # "said_x" is none either
    ],
)
def test_the_speech_words_index_gives_what_a_search_by_name_gives(name: str, spoken: bool) -> None:
    from reader.detect.person_evidence import _Evidence, _spoken_or_aged

    text = (
        "Jo Marsh said it was late. Then said Al Pike: no. Di Reed, 34, agreed. "
        "Bo Stone unsaid nothing. Ed Wells said_x twice."
    )
    surname = name.split()[-1]
    indexed = _Evidence(text, checks_before_indexing=0)
    assert indexed.spoken_or_aged(name, surname) == spoken
    assert _spoken_or_aged(text, name, surname) == spoken
