"""Named entities and numbers, and one canonical name per person."""

from __future__ import annotations

import pytest

from reader.detect import detect

from .helpers import canonicals, entities, quoted, speakers


def test_people_with_titles_and_forms_of_address() -> None:
    text = "President Ivan Petrov met Foreign Secretary Liz Truss and Mr Olsen."
    assert entities(text, "PERSON") == [
        ("Ivan Petrov", "PERSON"),
        ("Liz Truss", "PERSON"),
        ("Mr Olsen", "PERSON"),
    ]


def test_short_mentions_share_the_fullest_name() -> None:
    text = "Ben Wallace arrived. Later Mr Wallace spoke, and Wallace left."
    for surface in ("Ben Wallace", "Mr Wallace", "Wallace"):
        assert canonicals(text, surface) == {"Ben Wallace"}


def test_two_people_with_one_surname_stay_apart() -> None:
    text = "Boris Johnson and Carrie Johnson arrived. Mrs Johnson spoke first."
    assert canonicals(text, "Mrs Johnson") == {"Carrie Johnson"}


@pytest.mark.parametrize("word", ["Earlier", "Speaking", "Asked", "However", "Meanwhile"])
def test_a_capitalised_word_that_starts_a_sentence_is_no_entity(word: str) -> None:
    text = f"The council met. {word}, the mayor said little. {word} about it, he smiled."
    assert entities(text) == []


@pytest.mark.parametrize("verb", ["Tell", "Ask", "Let"])
def test_a_verb_opening_an_order_in_a_quote_is_no_part_of_the_name_after_it(verb: str) -> None:
    text = (
        "A retired teacher who gave her name only as Mrs Bourne said the horses were calm. "
        f"Mr Hinds laughed. “{verb} Mrs Bourne come and ride one,” he said."
    )
    assert canonicals(text, f"{verb} Mrs Bourne") == set()
    assert canonicals(text, "Mrs Bourne") == {"Bourne"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Its owner, Le Thi Bay, 61, was pulled from the water.", ("Le Thi Bay", "PERSON")),
        ("Walkers reached Cape Van Diemen at dusk.", ("Cape Van Diemen", "LOC")),
    ],
)
def test_a_vietnamese_name_ending_on_a_places_word_is_a_person(
    text: str, found: tuple[str, str]
) -> None:
    assert found in entities(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The market authority, Municipal Department 59, told the owners.",
            [("Municipal Department 59", "ORG")],
        ),
        (
            "The Brunei Museums Department 1,400 notes were counted.",
            [("Brunei Museums Department", "ORG"), ("1,400", "CARDINAL")],
        ),
    ],
)
def test_a_number_ending_a_departments_name_is_part_of_it(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert entities(text) == found


def test_countries_and_cities_come_from_the_gazetteer() -> None:
    text = "Troops left Ukraine for Moscow, then Salisbury and Sydney."
    assert entities(text) == [
        ("Ukraine", "GPE"),
        ("Moscow", "GPE"),
        ("Salisbury", "GPE"),
        ("Sydney", "GPE"),
    ]


def test_a_city_name_inside_a_persons_name_is_the_person() -> None:
    text = "Vladimir Putin met Antony Blinken."
    assert entities(text) == [("Vladimir Putin", "PERSON"), ("Antony Blinken", "PERSON")]


def test_organisations_by_suffix_list_and_acronym() -> None:
    text = (
        "The Lowy Institute, the Ministry of Defence, the Kremlin and the PA news agency "
        "briefed the Foreign Affairs committee."
    )
    assert entities(text, "ORG") == [
        ("Lowy Institute", "ORG"),
        ("Ministry of Defence", "ORG"),
        ("Kremlin", "ORG"),
        ("PA", "ORG"),
        ("Foreign Affairs committee", "ORG"),
    ]


@pytest.mark.parametrize(
    "name", ["Umurage Savings", "Harbourline Voyages", "Pemba Marine Exports", "Kessel Ferries"]
)
def test_a_firm_named_by_its_trade_is_an_organisation(name: str) -> None:
    assert entities(f"A loan from {name} paid for the boats, said Jean Uwase.", "ORG") == [
        (name, "ORG")
    ]


def test_a_regional_community_of_states_is_an_organisation() -> None:
    text = "Ministers of the East African Community met in Arusha."
    assert entities(text, "ORG") == [("East African Community", "ORG")]


@pytest.mark.parametrize(
    ("text", "society"),
    [
        ("Volunteers from the Cambodian Red Cross handed out water.", "Cambodian Red Cross"),
        ("The Kenya Red Cross said homes were lost.", "Kenya Red Cross"),
        ("Tents came from the Turkish Red Crescent.", "Turkish Red Crescent"),
    ],
)
def test_a_countrys_red_cross_society_is_one_body(text: str, society: str) -> None:
    assert entities(text) == [(society, "ORG")]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The Guinea-Bissau Red Cross gave out belts. In a statement, the Red Cross said the "
            "belts were “a second chance”.",
            "Red Cross",
            "Guinea-Bissau Red Cross",
        ),
        (
            "Ice came from the Turkish Red Crescent. The Red Crescent said it had “no more”.",
            "Red Crescent",
            "Turkish Red Crescent",
        ),
        (
            "The Rajasthan Forest Department set the limit. The Forest Department said it was "
            "“a fair number”.",
            "Forest Department",
            "Rajasthan Forest Department",
        ),
        (
            "Salvador City Hall will inspect the stalls. In a statement, City Hall said the order "
            "was “about keeping a tradition alive”.",
            "City Hall",
            "Salvador City Hall",
        ),
    ],
)
def test_a_body_named_without_the_place_it_serves_is_the_body_named_in_full(
    text: str, short: str, full: str
) -> None:
    assert canonicals(text, short) == {full}
    assert speakers(text) == [full]


def test_the_red_cross_beside_two_national_societies_is_as_written() -> None:
    text = (
        "The Kenya Red Cross and the Uganda Red Cross met. The Red Cross said “enough” on Monday."
    )
    assert canonicals(text, "Red Cross") == {"Red Cross"}


def test_air_and_a_countrys_name_is_an_airline() -> None:
    text = "She flew with Air New Zealand and Air Mauritius to Niue."
    assert entities(text) == [
        ("Air New Zealand", "ORG"),
        ("Air Mauritius", "ORG"),
        ("Niue", "GPE"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Khulna University of Engineering & Technology",
        "Ministry of Housing & Urban Development",
        "Hue City People's Committee",
        "Hue City People’s Committee",
    ],
)
def test_an_ampersand_or_a_possessive_inside_a_bodys_name_keeps_it_whole(body: str) -> None:
    assert entities(f"The {body} said so.") == [(body, "ORG")]


def test_a_firm_with_an_ampersand_after_of_is_not_joined_to_the_word_before() -> None:
    assert entities("Shares of Procter & Gamble rose.") == [("Procter & Gamble", "ORG")]


def test_a_departments_list_of_briefs_may_end_on_the() -> None:
    body = (
        "Department of Infrastructure, Transport, Regional Development, Communications, Sport "
        "and the Arts"
    )
    text = f"A spokesperson for the {body} said it was “aware of the pressures”."
    assert entities(text) == [(body, "ORG")]
    assert speakers(text) == [body]


@pytest.mark.parametrize("club", ["HC Davos", "UHC Aaretal", "KV Mechelen", "VfB Stuttgart"])
def test_a_club_named_by_its_letters_is_an_organisation(club: str) -> None:
    assert entities(f"Fans of {club} filled the hall.") == [(club, "ORG")]


def test_initials_before_a_surname_still_name_a_person() -> None:
    assert entities("A talk by CS Lewis was read.") == [("CS Lewis", "PERSON")]


@pytest.mark.parametrize(
    "body", ["Isle of Man Taxi Drivers’ Association", "Gulf of Mexico Alliance"]
)
def test_a_body_named_after_a_feature_of_a_place_is_the_body(body: str) -> None:
    assert entities(f"The {body} said so.") == [(body, "ORG")]


@pytest.mark.parametrize(
    "firm", ["Nordlicht GmbH", "Harkány Gyógyfürdő Zrt", "Equinor ASA", "Fiat SpA", "Volvo AB"]
)
def test_a_firm_named_with_its_legal_form_is_an_organisation(firm: str) -> None:
    assert entities(f"Then {firm} raised its prices.") == [(firm, "ORG")]


@pytest.mark.parametrize("form", ["d.o.o.", "d.d.", "s.r.o."])
def test_a_firm_with_a_dotted_slavic_legal_form_is_one_body_by_either_name(form: str) -> None:
    text = (
        f"The quarry is run by Kamen Lumbarda {form}, a firm. Kamen Lumbarda said it would appeal."
    )
    assert entities(text) == [
        (f"Kamen Lumbarda {form}", "ORG"),
        ("Kamen Lumbarda", "ORG"),
    ]


def test_a_word_ending_a_sentence_after_a_name_is_still_its_suffix() -> None:
    assert ("Borgou department", "ORG") in entities("Jobs came to the Borgou department.")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "The Liga Nacional de Fútbol Profesional de Honduras said so.",
            ["Liga Nacional de Fútbol Profesional de Honduras"],
        ),
        (
            "Fans of Club Deportivo Victoria and Club Deportivo Vida met.",
            ["Club Deportivo Victoria", "Club Deportivo Vida"],
        ),
        ("Then Real España scored twice.", ["Real España"]),
        ("The Refugio Verde Cahuita took the sloth.", ["Refugio Verde Cahuita"]),
    ],
)
def test_spanish_and_italian_leagues_clubs_and_refuges_are_organisations(
    text: str, bodies: list[str]
) -> None:
    assert entities(text, "ORG") == [(body, "ORG") for body in bodies]


def test_a_firms_first_word_is_the_firm_when_it_is_named_twice() -> None:
    text = (
        "Kora Mobile restored its network on Friday, said the chief executive of Kora Mobile "
        "Nigeria Ltd. The regulator said Kora could face a fine."
    )
    assert [label for surface, label in entities(text) if surface.startswith("Kora")] == [
        "ORG",
        "ORG",
        "ORG",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Then Eastcliff Minerals raised its offer.", [("Eastcliff Minerals", "ORG")]),
        ("The Collectivité de Corse said so.", [("Collectivité de Corse", "ORG")]),
        (
            "Tents came from the Salvadoran Red Cross.",
            [("Salvadoran Red Cross", "ORG")],
        ),
        ("Fijian and Samoan players met.", [("Fijian", "NORP"), ("Samoan", "NORP")]),
        ("The flour came from Elgon Grain Millers.", [("Elgon Grain Millers", "ORG")]),
        ("Oil is bought by Atlas Argan Export.", [("Atlas Argan Export", "ORG")]),
        ("The hall was sold to Parana Inversiones.", [("Parana Inversiones", "ORG")]),
        ("The taro was shipped by Samoa Taro Produce.", [("Samoa Taro Produce", "ORG")]),
        # "Mills" stays a surname.
        ("Then Hayley Mills said no.", [("Hayley Mills", "PERSON")]),
    ],
)
def test_mining_firms_french_bodies_and_smaller_peoples(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert entities(text) == found


def test_nationalities_and_groups() -> None:
    text = "Russian and Ukrainian officials met Soviet-era veterans and two Britons."
    assert [surface for surface, label in entities(text) if label == "NORP"] == [
        "Russian",
        "Ukrainian",
        "Soviet",
        "Britons",
    ]


@pytest.mark.parametrize(
    "people",
    ["New Zealander", "Cook Islander", "Timorese", "Cape Verdean", "Hong Konger", "Grenadian"],
)
def test_the_people_of_smaller_countries_and_islands_are_a_nationality(people: str) -> None:
    text = f"A {people} who has rented a house in Nikao for three winters bought a mask."
    assert [surface for surface, label in entities(text) if label == "NORP"] == [people]


@pytest.mark.parametrize(
    "rank", ["Senior Sergeant", "Senior Inspector", "Leading Senior Constable"]
)
def test_a_police_rank_before_a_name_and_its_force_opens_no_body(rank: str) -> None:
    text = f"{rank} Daniel Kun of the Nauru Police Force said the search was over."
    assert entities(text) == [("Daniel Kun", "PERSON"), ("Nauru Police Force", "ORG")]


def test_a_job_title_alone_is_no_person() -> None:
    assert entities("The Defence Secretary is glad, the Prime Minister said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on Saturday 22 January 2022.", ("Saturday 22 January 2022", "DATE")),
        ("They met at 12:40 GMT.", ("12:40 GMT", "TIME")),
        ("The deal is worth £5bn to them.", ("£5bn", "MONEY")),
        ("Turnout rose 12 per cent overall.", ("12 per cent", "PERCENT")),
        ("Some 130,000 troops massed.", ("130,000", "CARDINAL")),
        ("The road runs 3.5 miles north.", ("3.5 miles", "QUANTITY")),
        ("It was built in 2013, they said.", ("2013", "DATE")),
        ("They met earlier this week, again.", ("earlier this week", "DATE")),
    ],
)
def test_dates_and_numbers(text: str, expected: tuple[str, str]) -> None:
    assert entities(text) == [expected]


def test_a_number_that_belongs_to_a_name_is_no_cardinal() -> None:
    assert ("4", "CARDINAL") not in entities("He told BBC Radio 4 listeners.")


def test_may_the_month_and_may_the_person() -> None:
    text = "Theresa May said the vote would be held in May."
    assert entities(text) == [("Theresa May", "PERSON"), ("May", "DATE")]


def test_full_names_drop_the_form_of_address_but_lone_surnames_keep_it() -> None:
    text = "Dr Fiona Gallacher spoke first. Later Professor Gallacher and Mr Lund left."
    assert entities(text, "PERSON") == [
        ("Fiona Gallacher", "PERSON"),
        ("Professor Gallacher", "PERSON"),
        ("Mr Lund", "PERSON"),
    ]


def test_titles_inside_a_run_of_capitals() -> None:
    text = "They met Fisheries Minister Lars Haugland and State Senator Ray Kowalski."
    assert entities(text, "PERSON") == [("Lars Haugland", "PERSON"), ("Ray Kowalski", "PERSON")]


def test_natural_places_and_streets() -> None:
    text = "The River Ouse burst near Girdle Ness, flooding Oldham Street."
    assert entities(text) == [("River Ouse", "LOC"), ("Girdle Ness", "LOC")]


def test_organisations_with_possessives_lists_and_places() -> None:
    text = (
        "The Communication Workers' Union, Police Scotland, the Scottish Fishermen’s Federation "
        "and the Department for Levelling Up, Housing and Communities replied."
    )
    assert [surface for surface, label in entities(text) if label == "ORG"] == [
        "Communication Workers' Union",
        "Police Scotland",
        "Scottish Fishermen’s Federation",
        "Department for Levelling Up, Housing and Communities",
    ]


def test_short_forms_of_an_organisation_and_a_council_town() -> None:
    text = (
        "Fenwick Marsh Bank plc cut jobs. Fenwick Marsh said Nordhavn Logistics Group agreed. "
        "Nordhavn declined. Harwick Borough Council met in Harwick."
    )
    assert ("Fenwick Marsh Bank plc", "ORG") in entities(text)
    assert canonicals(text, "Fenwick Marsh") == {"Fenwick Marsh Bank plc"}
    assert canonicals(text, "Nordhavn") == {"Nordhavn Logistics Group"}
    assert ("Harwick", "GPE") in entities(text)


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Morvale Chamber of Commerce", "Morvale"),
        ("Tarrowby County Government", "Tarrowby"),
        ("Kelling Urban Local-Level Government", "Kelling"),
    ],
)
def test_a_town_is_not_the_body_named_for_it(body: str, town: str) -> None:
    text = f"A store opened on the edge of {town} this week. It was built by the {body}."
    assert entities(text)[0] == (town, "GPE")


def test_a_possessive_splits_a_place_from_a_person() -> None:
    text = "Russia’s Sergei Shoigu met them."
    assert entities(text) == [("Russia", "GPE"), ("Sergei Shoigu", "PERSON")]


def test_a_dateline_in_capitals_is_the_place() -> None:
    assert entities("CHICAGO — The city voted.") == [("CHICAGO", "GPE")]


def test_an_of_name_with_and_inside() -> None:
    text = "He led the National Institute of Allergy and Infectious Diseases for years."
    assert entities(text, "ORG") == [
        ("National Institute of Allergy and Infectious Diseases", "ORG")
    ]


def test_a_town_that_shares_a_common_word_is_not_found_in_it() -> None:
    text = "Police said a man was held. Police Scotland confirmed it."
    assert entities(text) == [("Police Scotland", "ORG")]


def test_a_shouted_tabloid_label_is_no_part_of_the_name() -> None:
    text = "GRAN Ada Wilkes has vowed to fight on. “I will not stop,” she said."
    assert entities(text, "PERSON") == [("Ada Wilkes", "PERSON")]


@pytest.mark.parametrize(
    "body",
    [
        "Municipal Autonomous Government of El Alto",
        "Municipality of Cuenca",
        "Wilaya of Marrakesh-Safi",
        "Government of Canada",
        "Ludza Municipality",
    ],
)
def test_a_government_or_municipality_is_an_organisation(body: str) -> None:
    text = f"The {body} said on Friday that deliveries had stopped."
    assert entities(text, "ORG") == [(body, "ORG")]
    assert speakers(f"The {body} said the plan was “exhausted”.") == [body]


def test_a_directorate_general_is_one_organisation_that_the_directorate_names() -> None:
    text = (
        "Police impounded 640 mopeds, the Directorate General of National Security said on "
        "Monday. The directorate said in a statement that the campaign would go on “until the "
        "end of the year”."
    )
    assert entities(text, "ORG") == [("Directorate General of National Security", "ORG")]
    assert speakers(text) == ["Directorate General of National Security"]
    assert entities("The Attorney General of Texas said so.", "ORG") == []


def test_a_club_called_by_its_towns_name_is_the_club_and_the_town_after_in_is_the_town() -> None:
    text = (
        "Morski Sokol Varna beat Orlovets Pleven 3-2 on Saturday. Pleven served better, and "
        "it was a third defeat in Pleven this year."
    )
    assert entities(text, "PERSON") == []
    assert [item for item in entities(text) if item[0] == "Pleven"] == [
        ("Pleven", "ORG"),
        ("Pleven", "GPE"),
    ]


def test_an_acronym_opening_a_run_is_no_persons_name() -> None:
    text = "The centre has been a UNESCO World Heritage Site since 1999."
    assert entities(text, "PERSON") == []
    assert entities(text, "ORG") == [("UNESCO", "ORG")]
    assert entities("Inspectors visited HMP Glanmor in May.", "ORG") == [("HMP Glanmor", "ORG")]
    for name in ("JK Rowling", "W.M. Karunawathie"):
        assert entities(f"{name} said so.", "PERSON") == [(name, "PERSON")]


def test_a_place_the_gazetteer_lacks_listed_after_a_placed_one_is_a_place() -> None:
    text = "There are still minefields in Pailin and Banteay Meanchey, and the money is short."
    assert entities(text, "GPE") == [("Pailin", "GPE"), ("Banteay Meanchey", "GPE")]
    text = "(Reporting by Dilani Fernando in Kandy and Arjun Selvanathan in Colombo)"
    assert ("Arjun Selvanathan", "PERSON") in entities(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The environment minister, Montserrat Casals, said rangers had counted bikes.",
            [("Montserrat Casals", "PERSON")],
        ),
        (
            "The union’s general secretary, Washington Pereyra, known to everyone as Don "
            "Washington, said the offer was poor.",
            [("Washington Pereyra", "PERSON"), ("Don Washington", "PERSON")],
        ),
        # set off after a thing, not a person's role: the state stays a place
        ("The company's new office, Georgia House, opened.", [("Georgia", "GPE")]),
    ],
)
def test_a_country_as_a_first_name_set_off_after_a_role(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert entities(text) == found


def test_a_country_as_a_first_name_before_a_who_clause_and_anse_before_a_name() -> None:
    text = (
        "Montserrat Rossell, who owns a hotel in Soldeu, said so. Cameras went up at Anse Royale."
    )
    assert entities(text) == [
        ("Montserrat Rossell", "PERSON"),
        ("Soldeu", "GPE"),
        ("Anse Royale", "GPE"),
    ]
    assert entities("The volcano on Montserrat, which erupted, is quiet.") == [
        ("Montserrat", "GPE")
    ]


def test_villa_before_a_name_is_a_town_and_alone_a_surname() -> None:
    text = "At the Villa Adela primary school, the head, Elena Choque, met David Villa."
    assert entities(text) == [
        ("Villa Adela", "GPE"),
        ("Elena Choque", "PERSON"),
        ("David Villa", "PERSON"),
    ]


@pytest.mark.parametrize(
    "place",
    [
        "Bad Goisern",
        "Grand Anse",
        "Santo Antão",
        "Kampong Sungai Kedayan",
        "Caye Caulker",
        "Kato Drys",
        "Beit Sahour",
        "Deir al-Balah",
        "Kfar Saba",
        "Ain el-Mreisseh",
        "Ramlet al-Baida",
        "Bir Nabala",
        "Klein Windhoek",
        "Groot Marico",
    ],
)
def test_a_name_opening_on_bad_grand_or_a_saints_word_is_no_person(place: str) -> None:
    text = f"The buses run twice a day. {place} has waited for years for the road."
    assert entities(text) == [(place, "GPE")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeepneys stopped running in Davao City on Monday.", ("Davao City", "GPE")),
        ("The boat was built by hand in Duncan Town.", ("Duncan Town", "GPE")),
        ("He spent four years at Manchester City.", ("Manchester City", "ORG")),
        ("Fans in Manchester City’s end sang.", ("Manchester City", "ORG")),
    ],
)
def test_a_town_and_city_after_in_is_the_place_and_elsewhere_a_club(
    text: str, found: tuple[str, str]
) -> None:
    assert found in entities(text)


def test_a_club_named_with_its_town_is_called_by_its_name_without_the_town() -> None:
    text = (
        "Morski Sokol Varna beat Orlovets Pleven 3-2 on Saturday. Morski Sokol will meet "
        "the holders in the final."
    )
    assert canonicals(text, "Morski Sokol") == {"Morski Sokol Varna"}
    assert entities(text, "PERSON") == []


def test_an_arabic_surname_with_al_or_el_is_one_name() -> None:
    text = (
        "Salim al-Araimi, who leads the patrols, said it was better. Dr Layla al-Balushi, a "
        "marine biologist, agreed. Mr al-Araimi's team works at night. Abdel Fattah el-Sisi "
        "spoke."
    )
    assert entities(text, "PERSON") == [
        ("Salim al-Araimi", "PERSON"),
        ("Layla al-Balushi", "PERSON"),
        ("Mr al-Araimi", "PERSON"),
        ("Abdel Fattah el-Sisi", "PERSON"),
    ]
    assert canonicals(text, "Mr al-Araimi") == {"Salim al-Araimi"}


def test_a_list_opening_a_bodys_name_is_part_of_it() -> None:
    text = (
        "Applications are waiting, the Passport, Immigration and Citizenship Agency said on "
        "Tuesday. The agency said the delays were “teething problems”."
    )
    assert entities(text, "ORG") == [("Passport, Immigration and Citizenship Agency", "ORG")]
    assert speakers(text) == ["Passport, Immigration and Citizenship Agency"]
    text = "He thanked the Mayor, Bristol and Bath Council said."
    assert entities(text, "ORG") == [("Bristol and Bath Council", "ORG")]


def test_two_names_after_the_are_no_person() -> None:
    text = "The Nha Terra, the only passenger ferry serving Brava, is tied up at Furna."
    assert entities(text, "PERSON") == []
    assert entities("The Rev John Smith and the late Jo Bell met.", "PERSON") == [
        ("John Smith", "PERSON"),
        ("Jo Bell", "PERSON"),
    ]


def test_an_embassy_is_an_organisation() -> None:
    text = "The Philippine Embassy in Dublin said the men were safe."
    assert entities(text, "ORG") == [("Philippine Embassy", "ORG")]
    assert speakers(text.replace("were safe", "were “safe and well”")) == ["Philippine Embassy"]


def test_city_hall_and_members_of_a_body_and_the_head_of_a_team() -> None:
    assert entities("City Hall said 14 centres would open.", "ORG") == [("City Hall", "ORG")]
    text = "Members of the Mountain Rescue Service climbed the towers."
    assert entities(text, "ORG") == [("Mountain Rescue Service", "ORG")]
    assert entities("Friends of the Earth said so.", "ORG") == [("Friends of the Earth", "ORG")]
    text = "The head of the rescue team, Senad Mehmedović, said it had gone as practised."
    assert entities(text) == [("Senad Mehmedović", "PERSON")]
    assert entities("The band, Pale Harbour, played.", "ORG") == [("Pale Harbour", "ORG")]


def test_an_apostrophe_before_a_vowel_stays_inside_a_name() -> None:
    text = "The principal, Losa Fa'amausili, 49, flew to Hawai’i. Sean O'Neill met Jo's son."
    assert entities(text) == [
        ("Losa Fa'amausili", "PERSON"),
        ("49", "DATE"),
        ("Hawai’i", "GPE"),
        ("Sean O'Neill", "PERSON"),
    ]


def test_traders_ends_a_firms_name() -> None:
    text = "Farmers are owed money by a broker, Senqu Fibre Traders. It said prices fell."
    assert entities(text, "ORG") == [("Senqu Fibre Traders", "ORG")]
    assert entities(text, "PERSON") == []


def test_places_with_lower_case_words_and_large_cities_without_accents() -> None:
    text = (
        "The final was in Port of Spain, the next in Rio de Janeiro. Flights from Sao Paulo, "
        "Zurich and Gdansk to Timor-Leste were full."
    )
    assert [surface for surface, _ in entities(text, "GPE")] == [
        "Port of Spain",
        "Rio de Janeiro",
        "Sao Paulo",
        "Zurich",
        "Gdansk",
        "Timor-Leste",
    ]
    # Folded, small towns' names would be words and names: Savé, Fátima, Kōtō.
    assert entities("Save Our Park said Fatima Koto, 40, would speak.", "GPE") == []


def test_the_brief_in_a_ministers_title_is_no_organisation() -> None:
    text = "Local Government Minister Tane Ruawai, a National MP, visited the wharf."
    assert entities(text, "ORG") == []
    assert entities(text, "PERSON") == [("Tane Ruawai", "PERSON")]


def test_a_hospice_named_with_a_possessive_is_one_organisation() -> None:
    text = "The raffle money went to Marsh Lane Children’s Hospice, her sister said."
    assert entities(text, "ORG") == [("Marsh Lane Children’s Hospice", "ORG")]
    assert entities(text, "PERSON") == []


def test_a_first_name_that_is_also_a_small_town_is_the_person_named_before() -> None:
    text = "My neighbour, Gary Hale, 44, says the glow keeps his kids awake. I asked Gary to stop."
    assert canonicals(text, "Gary") == {"Gary Hale"}


def test_a_dotted_us_state_after_a_town_is_a_place() -> None:
    text = "She spoke from her home in Asheville, N.C., on Monday."
    assert ("N.C.", "GPE") in entities(text, "GPE")


def test_the_netherlands_is_a_country_with_a_lower_case_the() -> None:
    text = "The ferries were sent to the Netherlands on Monday."
    assert entities(text, "GPE") == [("Netherlands", "GPE")]


@pytest.mark.parametrize(
    "country",
    [
        "Côte d'Ivoire",
        "Côte d’Ivoire",
        "São Tomé and Príncipe",
        "St Kitts and Nevis",
        "St Vincent and the Grenadines",
        "DR Congo",
        "Democratic Republic of Congo",
        "Cape Verde",
    ],
)
def test_countries_the_gazetteer_names_otherwise_are_countries(country: str) -> None:
    text = f"Buyers from {country} had offered a third less."
    assert entities(text, "GPE") == [(country, "GPE")]
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Traders from Guangdong and Zhejiang drove north with cash.", "Zhejiang"),
        ("Sichuan sent forty trucks of pickers in March.", "Sichuan"),
        ("Gyeonggi bought the buses.", "Gyeonggi"),
        ("The people of Ghent would rightly ask why.", "Ghent"),
        ("Svalbard’s only ferry sails on Friday.", "Svalbard"),
        ("“Korea built its pension system late,” he said.", "Korea"),
        ("The UAE’s ministry said so.", "UAE"),
    ],
)
def test_provinces_and_cities_iso_or_geonames_name_otherwise_are_places(
    text: str, place: str
) -> None:
    assert (place, "GPE") in entities(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The plan, which Treasurer Wendy Ostrow will unveil, is late.", "Wendy Ostrow"),
        ("Opposition Leader Carl Ruddock called it a stunt.", "Carl Ruddock"),
        ("Lord Mayor Ines Varga opened the bridge.", "Ines Varga"),
    ],
)
def test_a_capitalised_title_before_a_name_is_no_part_of_the_person(text: str, person: str) -> None:
    assert entities(text, "PERSON") == [(person, "PERSON")]


def test_the_place_a_title_is_for_is_not_the_first_name_of_the_person_after_it() -> None:
    text = "Labour Member for Bristol Joan Abbott voted against it."
    assert ("Joan Abbott", "PERSON") in entities(text)
    assert ("Bristol", "GPE") in entities(text)


def test_parties_named_by_their_members_are_groups_of_people() -> None:
    text = "Labor and the Greens voted for it; the Nationals and the Labour group did not."
    assert entities(text, "NORP") == [
        ("Labor", "NORP"),
        ("Greens", "NORP"),
        ("Nationals", "NORP"),
        ("Labour", "NORP"),
    ]


def test_the_people_of_a_state_or_city_are_a_group_not_a_place() -> None:
    text = "Texans and Queenslanders both complained, and so did Londoners."
    assert entities(text) == [
        ("Texans", "NORP"),
        ("Queenslanders", "NORP"),
        ("Londoners", "NORP"),
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Her paper, “Cold Feet in Warm Rooms: Two Winters Compared”, came out.", []),
        ("\"I read 'The Copper Orchard' twice,\" said Hana Sato.", [("Hana Sato", "PERSON")]),
        ('The song "Paper Lantern Street" was a hit for Rowan Ashby.', [("Rowan Ashby", "PERSON")]),
    ],
)
def test_words_of_a_quoted_title_are_no_people_or_organisations(
    text: str, named: list[tuple[str, str]]
) -> None:
    assert [item for item in entities(text) if item[1] in ("PERSON", "ORG")] == named
    assert entities(text, "CARDINAL") == []


def test_a_quoted_sentence_of_speech_is_no_title() -> None:
    text = "“Tom Reed has gone home,” said Ama Owusu."
    assert entities(text, "PERSON") == [("Tom Reed", "PERSON"), ("Ama Owusu", "PERSON")]


def test_a_first_name_straight_after_a_kin_word_is_a_person() -> None:
    text = "The widow, who lost husband Derek in 2019, kept the lights up."
    assert entities(text, "PERSON") == [("Derek", "PERSON")]


def test_a_name_opening_a_quote_in_straight_single_marks_is_found() -> None:
    text = "Ada Mensah, 41, was asked: 'Ada, where is the money?' She said nothing."
    assert canonicals(text, "Ada") == {"Ada Mensah"}


@pytest.mark.parametrize(
    ("text", "organisation", "person"),
    [
        ("Bank of Ireland Governor Aine Doyle warned.", "Bank of Ireland", "Aine Doyle"),
        ("Kent County Council Leader Roger Gough agreed.", "Kent County Council", "Roger Gough"),
    ],
)
def test_an_organisation_then_a_title_then_a_name_gives_both(
    text: str, organisation: str, person: str
) -> None:
    found = entities(text)
    assert (organisation, "ORG") in found
    assert (person, "PERSON") in found


def test_a_speaker_after_a_police_chief_title_is_the_person() -> None:
    assert speakers('"We won," said Acting Police Chief Dana Ruiz.') == ["Dana Ruiz"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Castellan Research said the phone would sell well.", "Castellan Research"),
        ("Halden Assurance said the claims had been paid.", "Halden Assurance"),
        ("The novel was published by Ardmore Books in 1982.", "Ardmore Books"),
        ("Tri-River Cold Storage said it was cooperating fully.", "Tri-River Cold Storage"),
        ("She sang with the Haddow Brothers for a decade.", "Haddow Brothers"),
        ("Pupils will move to Castleton Primary in September.", "Castleton Primary"),
    ],
)
def test_names_ending_in_a_firm_publisher_or_school_word_are_organisations(
    text: str, name: str
) -> None:
    assert (name, "ORG") in entities(text)
    assert not entities(text, "PERSON")


def test_a_multi_word_title_before_a_person_of_an_organisation_is_split_off() -> None:
    text = "Detective Constable Aisha Qureshi of West Yorkshire Police led the inquiry."
    assert entities(text, "PERSON") == [("Aisha Qureshi", "PERSON")]
    assert entities(text, "ORG") == [("West Yorkshire Police", "ORG")]


def test_a_county_supervisor_is_a_title_not_part_of_the_name() -> None:
    text = "County Supervisor Greg Pfannebecker said taxpayers should not pay."
    assert entities(text, "PERSON") == [("Greg Pfannebecker", "PERSON")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Parents in the Peak District village of Bamford launched a campaign.", "Bamford"),
        ("The family had moved to Bamford in 2019.", "Bamford"),
        ("Passengers on the flight to Malaga waited for hours.", "Malaga"),
        ("Grain left the port of Pivdennyi on Monday.", "Pivdennyi"),
        ("The mayor of Lumbarda, Nikola Depolo, said no.", "Lumbarda"),
        ("The village chief of Xieng Maen, Bounmy Keomany, said no.", "Xieng Maen"),
    ],
)
def test_a_small_place_is_known_by_the_words_before_it(text: str, place: str) -> None:
    assert (place, "GPE") in entities(text)


def test_someone_one_moved_to_is_no_place() -> None:
    assert entities("She moved to Smith's team in 2019.", "GPE") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("According to DC Qureshi, the man was arrested.", "DC Qureshi"),
        ("DS Khan told the court the phone was found.", "DS Khan"),
    ],
)
def test_a_police_rank_before_a_surname_is_a_person(text: str, person: str) -> None:
    assert (person, "PERSON") in entities(text)
    assert entities(text, "GPE") == []


def test_dc_alone_is_still_washington() -> None:
    assert entities("She lives in DC now.", "GPE") == [("DC", "GPE")]


@pytest.mark.parametrize(
    "text",
    [
        "They met in County Galway on Monday.",
        "The Mayor of County Galway, Cllr Seán Ó Briain, said the vote was close.",
        "Fans travelled from County Cork.",
    ],
)
def test_an_irish_or_british_county_is_a_place_not_a_person(text: str) -> None:
    place = next(word for word in ("County Galway", "County Cork") if word in text)
    assert (place, "GPE") in entities(text)
    assert place not in [name for name, _ in entities(text, "PERSON")]


def test_county_hall_is_a_building_not_a_place() -> None:
    assert ("County Hall", "GPE") not in entities("The meeting was at County Hall in Galway.")


def test_irish_and_welsh_parties_are_groups_not_people() -> None:
    text = "Fianna Fáil councillors split, while Fine Gael and Sinn Féin backed the plan."
    assert entities(text, "PERSON") == []
    assert [name for name, _ in entities(text, "NORP")] == ["Fianna Fáil", "Fine Gael", "Sinn Féin"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The estate agents Pemberton & Lyle said prices would rise.", "Pemberton & Lyle"),
        ("Barrow & Keane said the software had failed.", "Barrow & Keane"),
        ("Shares fell on the London Stock Exchange.", "London Stock Exchange"),
    ],
)
def test_firms_joined_by_an_ampersand_and_exchanges_are_organisations(text: str, firm: str) -> None:
    assert (firm, "ORG") in entities(text)
    assert entities(text, "PERSON") == []


def test_a_surname_of_two_words_later_alone_is_the_same_person() -> None:
    text = (
        "Cllr Bríd Ní Fhlatharta said the route was wrong. "
        "Later, Ní Fhlatharta said she would vote against it."
    )
    assert canonicals(text, "Ní Fhlatharta") == {"Bríd Ní Fhlatharta"}


def test_a_town_of_under_fifteen_thousand_people_is_a_place_in_context() -> None:
    assert ("Cromer", "GPE") in entities("Crowds gathered in Cromer on Sunday.")


def test_a_surname_after_a_title_stays_a_person_though_a_small_town_has_it() -> None:
    text = "Professor Ruth Carver runs the ward. Professor Carver said the ward was full."
    assert canonicals(text, "Professor Carver") == {"Ruth Carver"}
    assert entities(text, "GPE") == []


def test_a_common_acronym_after_in_is_no_place() -> None:
    assert entities("The assistant was switched on in GP surgeries.", "GPE") == []


def test_a_town_and_a_plural_called_the_plural_too_is_a_club() -> None:
    text = (
        "Taunton Wyverns beat Bristol Mariners by two wickets. The Wyverns needed 264, and "
        "the Mariners had hoped to defend it."
    )
    assert ("Taunton Wyverns", "ORG") in entities(text)
    assert ("Bristol Mariners", "ORG") in entities(text)
    assert canonicals(text, "Wyverns") == {"Taunton Wyverns"}


def test_a_club_called_the_plural_only_in_a_possessive_is_still_a_club() -> None:
    text = "Taunton Wyverns won again. The Wyverns’ captain was out for 12."
    assert ("Taunton Wyverns", "ORG") in entities(text)


def test_a_club_is_judged_on_its_own_text_not_the_one_before() -> None:
    club = "Taunton Wyverns won again. The Wyverns needed 264."
    assert ("Taunton Wyverns", "ORG") in entities(club)
    # Nothing in this text calls anyone "the Wyverns", whatever the last text did.
    assert ("Taunton Wyverns", "ORG") not in entities("Taunton Wyverns spoke at the dinner.")


def test_a_person_whose_surname_is_plural_stays_a_person() -> None:
    text = "Chester Evans and Taunton Williams said the Evans family had moved."
    found = entities(text, "PERSON")
    assert ("Chester Evans", "PERSON") in found
    assert ("Taunton Williams", "PERSON") in found


@pytest.mark.parametrize("letters", ["KC", "QC", "MP", "OBE"])
def test_letters_after_a_name_are_no_part_of_it(letters: str) -> None:
    text = f"Defending, Mark Fenwick {letters} said his client was sorry. Mr Fenwick sat down."
    assert ("Mark Fenwick", "PERSON") in entities(text)
    assert canonicals(text, "Mr Fenwick") == {"Mark Fenwick"}


@pytest.mark.parametrize(
    "text",
    [
        "Her challenger, former Albuquerque City Councilor Brent Ostrander, said no.",
        "The wickets fell quickly. Seamer Brent Ostrander took four of them.",
    ],
)
def test_a_title_or_a_playing_role_before_a_name_is_cut_off(text: str) -> None:
    assert ("Brent Ostrander", "PERSON") in entities(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The river rises in Shropshire and floods every winter.", "Shropshire"),
        ("Emergency rooms in Nova Scotia closed overnight.", "Nova Scotia"),
        ("Wells in Valencia County are running dry.", "Valencia County"),
    ],
)
def test_counties_provinces_and_us_counties_are_places(text: str, place: str) -> None:
    assert (place, "GPE") in entities(text)


def test_the_wire_service_in_a_dateline_is_an_organisation_wherever_it_is_named() -> None:
    text = (
        "JAKARTA (Equator Wire) - Bank Indonesia cut its rate on Thursday.\n\n"
        "Reporting by Jo Lee for Equator Wire."
    )
    assert entities(text, "ORG").count(("Equator Wire", "ORG")) == 2


def test_a_wire_named_inside_a_longer_name_leaves_that_name_whole() -> None:
    text = "CHICAGO (Wire) - Fares rise.\n\nOur Standards: The Wire Trust Principles."
    assert ("Trust Principles", "PERSON") not in entities(text)


def test_a_title_given_in_quotes_is_a_work_without_them_too() -> None:
    text = "Her play “The Pit Wheel” opens tonight. The Pit Wheel ran for a month; Pit Wheel won."
    assert entities(text, "PERSON") == []


@pytest.mark.parametrize("people", ["Nova Scotians", "Queenslanders", "Tasmanians"])
def test_the_people_of_a_region_are_a_group(people: str) -> None:
    assert entities(f"{people} voted on the plan.") == [(people, "NORP")]


def test_a_surname_like_a_small_town_with_n_is_no_group() -> None:
    text = "Councillor Jacqui Brennan said the vote was close. Brennan said it again."
    assert ("Brennan", "NORP") not in entities(text)


def test_a_members_letters_and_a_party_acronym() -> None:
    text = "Fatima Haddad, MLA for Dartmouth South, said the NDP would vote against it."
    found = entities(text)
    assert ("MLA", "ORG") not in found
    assert ("NDP", "NORP") in found


def test_a_legislators_party_letter_and_town() -> None:
    text = "State Sen. Dale Hutchins, R-Farmington, voted against the bill (D-Santa Fe)."
    found = entities(text)
    assert ("Dale Hutchins", "PERSON") in found
    assert found.count(("R", "NORP")) == 1 and ("D", "NORP") in found
    assert ("Farmington", "GPE") in found and ("Santa Fe", "GPE") in found
    assert canonicals(text, "R") == {"Republican"}
    # Two legislators set off in one pair of brackets, each with a party and a town.
    text = "The bill passed (R-Ames, I-Boone) on Tuesday."
    found = entities(text)
    assert ("Ames", "GPE") in found and ("Boone", "GPE") in found
    assert canonicals(text, "I") == {"Independent"}


def test_a_name_seen_with_a_legal_form_keeps_its_own_length_without_it() -> None:
    text = (
        "Severnmere Water plc admitted three offences.\n\n"
        "Severnmere Water, which serves 1.6 million customers, said it had spent £2.5m."
    )
    found = [(text[e.start : e.end], e.label, e.canonical) for e in detect(text).entities]
    assert ("Severnmere Water plc", "ORG", "Severnmere Water plc") in found
    assert ("Severnmere Water", "ORG", "Severnmere Water plc") in found


def test_a_town_the_article_places_stays_a_place_beside_a_body_named_after_it() -> None:
    text = (
        "After a meeting in Galway city on Monday, councillors rejected the route. "
        "Its Galway chairman, Pádraig Conneely, welcomed the result. "
        "The old Galway to Clifden railway closed in 1935."
    )
    labels = [label for surface, label in entities(text) if surface == "Galway"]
    assert labels[0] == "GPE" and labels[-1] == "GPE"


def test_a_firm_described_by_two_words_before_its_name_is_an_organisation() -> None:
    text = "They fined the artificial intelligence company Corvane £7.5m. Corvane is sorry."
    assert entities(text, "ORG") == [("Corvane", "ORG"), ("Corvane", "ORG")]


def test_a_british_village_is_a_place_where_the_text_places_it() -> None:
    text = "A pump failed at the treatment works at Burford, upstream of Tenbury Wells."
    found = entities(text, "GPE")
    assert ("Burford", "GPE") in found and ("Tenbury Wells", "GPE") in found


def test_a_country_stays_a_country_though_a_village_abroad_is_called_so() -> None:
    assert ("Norway", "GPE") in entities("Talks with Norway resume on Monday.")


def test_a_national_body_named_by_common_nouns_and_a_nation() -> None:
    text = "Money for transport infrastructure comes from Transport Infrastructure Ireland."
    assert entities(text) == [("Transport Infrastructure Ireland", "ORG")]


def test_an_ombudsman_and_the_commission_are_bodies_and_new_england_a_region() -> None:
    text = "The Financial Redress Ombudsman agreed with the Commission about New England."
    found = entities(text)
    assert ("Financial Redress Ombudsman", "ORG") in found
    assert ("Commission", "ORG") in found
    assert ("New England", "LOC") in found


def test_an_acronym_resolves_to_the_full_name_its_capitals_spell() -> None:
    text = (
        "The Occupational Safety and Health Administration opened an inquiry. OSHA said "
        "the plant had been inspected."
    )
    assert canonicals(text, "OSHA") == {"Occupational Safety and Health Administration"}


def test_a_welsh_patronymic_is_one_name() -> None:
    text = "Cllr Gwion ap Rhys said the money would pay for toilets. Mr ap Rhys left early."
    assert ("Gwion ap Rhys", "PERSON") in entities(text)
    assert canonicals(text, "Mr ap Rhys") == {"Gwion ap Rhys"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chief Minister K. Selvaraj said it was good. Selvaraj agreed.", "K. Selvaraj"),
        ("Tyrell J. Haskins, 24, was charged on Monday.", "Tyrell J. Haskins"),
        ("George W. Bush visited the ranch.", "George W. Bush"),
    ],
)
def test_an_initial_is_part_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in entities(text)


def test_a_sentence_ending_in_a_capital_letter_does_not_run_into_the_next() -> None:
    text = "He took vitamin D. The dose was small, said Anna Berg."
    assert entities(text, "PERSON") == [("Anna Berg", "PERSON")]


def test_indian_states_are_places_without_their_diacritics() -> None:
    found = entities("Investors in Tamil Nadu and Karnataka cheered the plant.")
    assert ("Tamil Nadu", "GPE") in found and ("Karnataka", "GPE") in found


def test_a_compass_word_and_a_place_are_one_constituency() -> None:
    text = "Ann Lee, MP for North Cornwall, met the MP for Stockton North."
    found = entities(text, "GPE")
    assert found == [("North Cornwall", "GPE"), ("Stockton North", "GPE")]


def test_a_contest_named_after_a_place_is_no_person_and_no_place() -> None:
    text = "Mia Strand won the Angus Links Classic by two shots."
    assert entities(text, "PERSON") == [("Mia Strand", "PERSON")]


def test_northern_irish_parties_are_groups() -> None:
    assert ("DUP", "NORP") in entities("The DUP and the SDLP voted against the budget.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The fight was shown live on Fernhill TV.", "Fernhill TV"),
        ("The bill was promoted by Castell Promotions.", "Castell Promotions"),
        (
            "Edward Lyle of Hardcastle Building Products plc was fined.",
            "Hardcastle Building Products plc",
        ),
        ("The Welsh Government paid for it.", "Welsh Government"),
    ],
)
def test_broadcasters_promoters_plcs_and_governments_are_organisations(
    text: str, name: str
) -> None:
    assert (name, "ORG") in entities(text)


def test_a_province_also_given_as_a_first_name_is_a_place_unless_a_name_follows() -> None:
    assert ("Alberta", "GPE") in entities("Most of the money goes to Alberta.")
    assert ("Alberta Hunter", "PERSON") in entities("Alberta Hunter sang the blues.")


def test_an_airport_and_a_numbered_terminal_are_not_annotated() -> None:
    text = "Flights from Manchester Airport were cancelled at Terminal 2 on Friday."
    assert [label for _, label in entities(text)] == ["DATE"]


def test_a_title_after_a_body_with_no_name_after_it_is_no_part_of_the_body() -> None:
    assert entities("The Bank of England Governor said rates would fall.") == [
        ("Bank of England", "ORG")
    ]


def test_a_town_whose_name_is_hyphenated_with_joiners_is_a_place() -> None:
    text = "Buses from Stockton-on-Tees and Southend-on-Sea ran late."
    assert entities(text) == [("Stockton-on-Tees", "GPE"), ("Southend-on-Sea", "GPE")]


def test_a_town_named_with_a_possessive_is_one_place_in_either_apostrophe() -> None:
    text = "Trains from King’s Lynn and Bishop's Stortford were cancelled."
    assert entities(text) == [("King’s Lynn", "GPE"), ("Bishop's Stortford", "GPE")]


def test_a_title_with_a_possessive_that_is_no_place_stays_a_title() -> None:
    text = "The Prime Minister, Daniel Ashworth, backed her at Prime Minister's Questions."
    assert entities(text) == [("Daniel Ashworth", "PERSON")]


def test_a_place_with_an_elided_particle_is_one_name() -> None:
    assert entities("The plant in Coeur d’Alene will close.") == [("Coeur d’Alene", "GPE")]
    assert entities("Valéry Giscard d'Estaing said no.") == [("Valéry Giscard d'Estaing", "PERSON")]


def test_an_abbreviated_saint_or_mount_keeps_its_stop_inside_the_name() -> None:
    text = "Buses to Sault Ste. Marie stopped near Mt. Hood."
    assert entities(text) == [("Sault Ste. Marie", "GPE"), ("Mt. Hood", "LOC")]


def test_coach_firms_and_rescue_teams_are_organisations_by_their_last_word() -> None:
    text = "Boreal Coach Lines said volunteers from Iveragh Mountain Rescue had helped."
    assert entities(text) == [("Boreal Coach Lines", "ORG"), ("Iveragh Mountain Rescue", "ORG")]


def test_a_name_ending_in_an_abstract_noun_is_no_person() -> None:
    text = "Brightline Detection, a rival, disagreed. Brightline said so."
    assert entities(text) == [("Brightline Detection", "ORG"), ("Brightline", "ORG")]


def test_an_abbreviated_legal_form_keeps_its_stop() -> None:
    text = "Tamarack Sensing Inc. unveiled the sensor in Boise."
    assert entities(text, "ORG") == [("Tamarack Sensing Inc.", "ORG")]


def test_a_town_led_name_in_a_fixture_is_a_club_not_a_person() -> None:
    text = (
        "It came after a 4-1 win over Montrose Anchor. Kirkcaldy Thistle host Cowdenbeath "
        "Miners on Saturday. He once played against Chester Smith."
    )
    assert entities(text, "ORG") == [
        ("Montrose Anchor", "ORG"),
        ("Kirkcaldy Thistle", "ORG"),
        ("Cowdenbeath Miners", "ORG"),
    ]
    assert entities(text, "PERSON") == [("Chester Smith", "PERSON")]


def test_a_small_australian_or_canadian_town_is_a_place_where_the_text_places_it() -> None:
    text = "Growers near Temora and Junee lost their crops; buses from Chapleau stopped."
    assert entities(text, "GPE") == [("Temora", "GPE"), ("Junee", "GPE"), ("Chapleau", "GPE")]


def test_a_country_stays_a_country_though_a_village_shares_its_name() -> None:
    # Villages called China and Denmark are in the data; a country opening a sentence, with
    # no "in" to place it, must not be doubted as a small town would be.
    text = "China, which buys more maize than any other country, sent its minister."
    assert entities(text, "GPE") == [("China", "GPE")]


def test_a_firm_named_after_a_village_is_called_by_that_name_alone() -> None:
    # Brightwater is also a village; "of Brightwater's creameries" does not place it.
    text = "Brightwater Dairies plc agreed a deal, and will close none of Brightwater's creameries."
    assert entities(text) == [("Brightwater Dairies plc", "ORG"), ("Brightwater", "ORG")]


def test_a_plural_possessive_inside_an_organisation_name_goes_on() -> None:
    text = "The Canadian Transit Workers’ Union and the National Farmers' Union agreed."
    assert entities(text) == [
        ("Canadian Transit Workers’ Union", "ORG"),
        ("National Farmers' Union", "ORG"),
    ]


def test_an_irish_county_written_co_is_the_county_not_a_company() -> None:
    text = "He was born near Killarney, Co Kerry, and lived in the Pacific Northwest."
    assert entities(text) == [
        ("Killarney", "GPE"),
        ("Co Kerry", "GPE"),
        ("Pacific Northwest", "LOC"),
    ]


def test_a_minister_by_portfolio_is_a_title_not_a_person() -> None:
    text = "The NSW Agriculture Minister, Tara Whitlock, said no."
    assert entities(text) == [("NSW", "GPE"), ("Tara Whitlock", "PERSON")]


def test_a_place_owning_a_named_body_is_a_place_then_the_body() -> None:
    text = "A spokesperson for Ontario's Ministry of Labour said no. Sainsbury's Bank agreed."
    assert entities(text) == [
        ("Ontario", "GPE"),
        ("Ministry of Labour", "ORG"),
        ("Sainsbury's Bank", "ORG"),
    ]


def test_parks_reserves_and_creeks_are_natural_places_not_people() -> None:
    text = "Rhinos in Chitwan National Park and Valmiki Tiger Reserve crossed Lost Horse Creek."
    assert entities(text) == [
        ("Chitwan National Park", "LOC"),
        ("Valmiki Tiger Reserve", "LOC"),
        ("Lost Horse Creek", "LOC"),
    ]


def test_irish_language_national_bodies_and_teams_are_organisations() -> None:
    text = "Uisce Éireann tested the water. Kivu Blue Cycling won; Storm Bay Seafoods paid."
    assert entities(text) == [
        ("Uisce Éireann", "ORG"),
        ("Kivu Blue Cycling", "ORG"),
        ("Storm Bay Seafoods", "ORG"),
    ]


def test_for_the_and_an_area_after_a_body_is_no_part_of_its_name() -> None:
    text = (
        "Leitrim County Council for the Ballinamore area met. The Department for the Economy sat."
    )
    assert entities(text) == [
        ("Leitrim County Council", "ORG"),
        ("Ballinamore", "GPE"),  # "the Ballinamore area" is a place's, since rules-309
        ("Department for the Economy", "ORG"),
    ]


def test_a_village_placed_by_a_preposition_stays_a_place_beside_a_body_named_after_it() -> None:
    text = "The painting was stolen in Kirkcudbright. The Kirkcudbright Galleries said so."
    assert entities(text) == [("Kirkcudbright", "GPE"), ("Kirkcudbright Galleries", "ORG")]


def test_parties_named_whole_or_in_the_plural_are_norp_as_their_members_are() -> None:
    text = "The Liberal Democrats won; the Green Party, the SNP and Te Pāti Māori lost."
    assert entities(text) == [
        ("Liberal Democrats", "NORP"),
        ("Green Party", "NORP"),
        ("SNP", "NORP"),
        ("Te Pāti Māori", "NORP"),
    ]


def test_a_us_state_abbreviated_after_a_town_is_the_state() -> None:
    text = "MADISON, Wis. (AP) — A pharmacy chain in Duluth, Minn., said data was stolen."
    assert [(span, label) for span, label in entities(text) if label == "GPE"] == [
        ("MADISON", "GPE"),
        ("Wis.", "GPE"),
        ("Duluth", "GPE"),
        ("Minn.", "GPE"),
    ]


def test_madam_before_a_name_is_a_form_of_address() -> None:
    text = "Madam Tan Siew Hoon sleeps by a fan. Madam Tan said so."
    assert entities(text) == [("Tan Siew Hoon", "PERSON"), ("Madam Tan", "PERSON")]


def test_a_county_named_after_a_place_is_one_place_and_a_tournament_no_person() -> None:
    text = "The governor of Turkana County flew in. She won the Rheinufer Indoor Open in March."
    assert entities(text) == [("Turkana County", "GPE"), ("March", "DATE")]


def test_a_district_judge_keeps_the_country_alone() -> None:
    text = "U.S. District Judge Helen Marsh threw the case out."
    assert entities(text) == [("U.S.", "GPE"), ("Helen Marsh", "PERSON")]


def test_a_title_word_straight_after_of_is_the_bodys_field() -> None:
    text = "A Ministry of Justice spokesperson spoke. The Bank of England Governor said no."
    assert entities(text) == [("Ministry of Justice", "ORG"), ("Bank of England", "ORG")]


def test_a_prison_is_called_by_its_name_alone_after_hmp() -> None:
    text = "Inmates at HMP Glanmor complained. Glanmor holds 700 men."
    assert entities(text, "ORG") == [("HMP Glanmor", "ORG"), ("Glanmor", "ORG")]


def test_a_place_of_two_words_owning_a_body_is_the_place_then_the_body() -> None:
    assert entities("South Korea's Hanbit Motors gained.") == [
        ("South Korea", "GPE"),
        ("Hanbit Motors", "ORG"),
    ]


def test_a_canadian_province_abbreviated_after_a_town_is_the_province() -> None:
    text = "A wind farm near Lethbridge, Alta., was approved."
    assert entities(text) == [("Lethbridge", "GPE"), ("Alta.", "GPE")]


def test_a_language_and_its_people_are_both_norp_and_never_a_place() -> None:
    # Languages were left out until the gold README settled them as NORP (24 November 2026).
    text = (
        "Universities cap English-taught courses and switch to Dutch from 2027. Dutch "
        "universities agreed. Classes were in English and I speak some Dutch now. "
        "French-speaking communities and Dutch investors welcomed it."
    )
    assert [surface for surface, _ in entities(text, "NORP")] == [
        "Dutch",
        "Dutch",
        "English",
        "Dutch",
        "French",
        "Dutch",
    ]
    assert entities(text, "GPE") == []


def test_languages_listed_after_a_language_are_languages_too() -> None:
    text = (
        "The menu must be in Uzbek, Russian and English, with one price. She speaks French, "
        "German or Italian. French, German and Italian officials met."
    )
    words = "Uzbek Russian English French German Italian French German Italian".split()
    assert entities(text, "NORP") == [(word, "NORP") for word in words]
    assert entities(text, "GPE") == []


def test_horse_races_are_contests_not_people() -> None:
    assert entities("She won the Towy Valley Handicap Chase at Ffos Las.", "PERSON") == []


def test_a_datelines_town_in_capitals_is_a_place_though_the_gazetteer_lacks_it() -> None:
    text = "COTTONWOOD FALLS, Kan. (AP) — The paper will close.\n\nTORY MP, Jo Smith said no."
    assert entities(text, "GPE") == [("COTTONWOOD FALLS", "GPE"), ("Kan.", "GPE")]


def test_an_office_of_a_titled_person_is_one_body() -> None:
    text = "The Office of the Prime Minister said so. The Bank of England Governor said no."
    assert entities(text) == [("Office of the Prime Minister", "ORG"), ("Bank of England", "ORG")]


def test_roman_remains_are_roman_not_the_romanian_town() -> None:
    text = "Work stopped after the discovery of Roman remains beneath the car park."
    assert entities(text) == [("Roman", "NORP")]


def test_mountains_rivers_and_seas_the_gazetteer_lacks_are_locations() -> None:
    text = "Bears come down from the Carpathians to the Vistula. The Andes rise above Chivay."
    found = entities(text)
    assert ("Carpathians", "LOC") in found
    assert ("Vistula", "LOC") in found
    assert ("Andes", "LOC") in found


def test_bodies_named_by_forum_producers_and_the_like_are_organisations() -> None:
    text = (
        "The Pacific Islands Forum and the Quebec Maple Syrup Producers met the Onion "
        "Producers and Marketers Association of Nigeria in Quebec City during El Niño."
    )
    found = entities(text)
    assert ("Pacific Islands Forum", "ORG") in found
    assert ("Quebec Maple Syrup Producers", "ORG") in found
    assert ("Onion Producers and Marketers Association of Nigeria", "ORG") in found
    assert ("Quebec City", "GPE") in found
    assert not any(surface == "El Niño" for surface, _ in found)


def test_an_englishwoman_is_norp() -> None:
    assert ("Englishwoman", "NORP") in entities("The Englishwoman finished third.")


def test_romanian_letters_streets_squares_and_more_bodies_and_regions() -> None:
    text = (
        "Drivers blocked Plaza Independencia. The Ștefan Vodă Growers’ Union met in Chișinău, "
        "Severná Banka closed its branch, the Carabinieri came from Sardinia, and the herds "
        "moved to the Tien Shan."
    )
    found = entities(text)
    assert not any(surface == "Plaza Independencia" for surface, _ in found)
    assert ("Ștefan Vodă Growers’ Union", "ORG") in found
    assert ("Chișinău", "GPE") in found
    assert ("Severná Banka", "ORG") in found
    assert ("Carabinieri", "ORG") in found
    assert ("Sardinia", "GPE") in found
    assert ("Tien Shan", "LOC") in found


@pytest.mark.parametrize("place", ["St George's", "St George’s", "St John’s", "St. George's"])
def test_a_place_whose_name_ends_in_a_possessive_is_whole(place: str) -> None:
    text = f"Marcia Noel sells spices at the market in {place}, the capital."
    assert entities(text, "GPE") == [(place, "GPE")]


def test_a_glottal_stop_typed_as_an_opening_mark_stays_inside_a_place_name() -> None:
    text = (
        "Bakers in Nuku‘alofa raised the price of a loaf, and shops in Kolomotu‘a followed. "
        "One baker called it ‘a disaster’ for families."
    )
    assert entities(text, "GPE") == [("Nuku‘alofa", "GPE"), ("Kolomotu‘a", "GPE")]
    assert quoted(text) == ["‘a disaster’"]


@pytest.mark.parametrize(
    ("place", "label"),
    [
        ("Al Ain", "GPE"),
        ("Umm Al Quwain", "GPE"),
        ("Djibouti City", "GPE"),
        ("Luxembourg City", "GPE"),
        # Leicester is called so, and its "City" is the club, which is at, not in, a place.
        ("Leicester City", "ORG"),
    ],
)
def test_a_city_is_known_with_and_without_the_city_geonames_gives_or_lacks(
    place: str, label: str
) -> None:
    preposition = "in" if label == "GPE" else "at"
    text = f"Officials {preposition} {place} said on Monday that prices had risen."
    assert [entity for entity in entities(text) if entity[1] != "DATE"] == [(place, label)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "In its resolution, the Pohnpei State Legislature asked for a delay.",
            ("Pohnpei State Legislature", "ORG"),
        ),
        ("Queues formed at Algérie Poste branches on Monday.", ("Algérie Poste", "ORG")),
        ("Divers in Curaçao hunt lionfish.", ("Curaçao", "GPE")),
        (
            "The Federated States of Micronesia said it was late.",
            ("Federated States of Micronesia", "GPE"),
        ),
    ],
)
def test_legislatures_la_poste_and_island_states_are_named_whole(
    text: str, entity: tuple[str, str]
) -> None:
    assert entity in entities(text)


def test_a_portuguese_name_with_do_is_one_person() -> None:
    text = (
        "Maria do Carmo Sequeira, 71, was knocked down by a scooter. “I do not want anyone to "
        "lose their job,” she said."
    )
    assert entities(text, "PERSON") == [("Maria do Carmo Sequeira", "PERSON")]
    assert speakers(text) == ["Maria do Carmo Sequeira"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Fertiliser came by road from Dar es Salaam on Monday.", ("Dar es Salaam", "GPE")),
        ("The Caisse des Dépôts said it was late.", ("Caisse des Dépôts", "ORG")),
    ],
)
def test_names_joined_by_es_and_des_are_whole(text: str, entity: tuple[str, str]) -> None:
    assert entity in entities(text)


def test_a_street_named_after_a_town_names_no_place() -> None:
    # There is a commune called Gheorghe Lazăr; "Strada" makes the words a street's name.
    text = "Shops on Strada Gheorghe Lazăr closed early, and cafés on Calle Lima shut."
    assert entities(text, "GPE") == []


def test_a_ministry_whose_last_field_follows_and_the_is_one_body() -> None:
    text = (
        "The Ministry of Sustainability and the Environment said so, and the Department of "
        "Culture and the Arts agreed. The Ministry of Finance and the Treasury did not."
    )
    assert entities(text, "ORG") == [
        ("Ministry of Sustainability and the Environment", "ORG"),
        ("Department of Culture and the Arts", "ORG"),
        ("Ministry of Finance", "ORG"),
        ("Treasury", "ORG"),
    ]


def test_a_town_after_a_word_of_where_is_a_place_though_its_first_word_is_a_given_name() -> None:
    text = (
        "The crop around Gregory Town fell, and farms above Gregory Town dried out. "
        "Gregory Town still holds a festival. Fans at Manchester City cheered."
    )
    assert entities(text) == [
        ("Gregory Town", "GPE"),
        ("Gregory Town", "GPE"),
        ("Gregory Town", "GPE"),
        ("Manchester City", "ORG"),
    ]


def test_a_place_a_body_is_named_after_stays_a_place_where_the_text_places_it() -> None:
    text = (
        "Farmers in north Eleuthera harvested less, according to the Eleuthera Pineapple "
        "Growers Cooperative. Tanks for Eleuthera are planned."
    )
    assert entities(text) == [
        ("Eleuthera", "GPE"),
        ("Eleuthera Pineapple Growers Cooperative", "ORG"),
        ("Eleuthera", "GPE"),
    ]


def test_a_known_town_a_university_is_named_after_stays_the_town() -> None:
    text = (
        "Buses will go the long way round St George's from Sunday. “It is old,” said Dr Nigel "
        "Antoine, a historian at St George's University. The ridge of St George's is steep."
    )
    found = entities(text)
    assert found.count(("St George's", "GPE")) == 2
    assert ("St George's University", "ORG") in found


def test_a_country_s_possessive_is_the_country_though_a_village_has_that_name() -> None:
    text = "Visitors to the mud pools below Saint Lucia's volcanic vents will have to book."
    assert entities(text) == [("Saint Lucia", "GPE")]


def test_a_person_whose_surname_is_a_landscape_word_is_a_person_where_aged_or_speaking() -> None:
    text = (
        "“It was dry,” said Beatrice Sands, 67. Her cousin, Wendell Sands, 54, lost his plants. "
        "Mrs Sands said the cooperative would sell what there was. Walkers crossed Morecambe "
        "Sands."
    )
    found = entities(text)
    assert ("Beatrice Sands", "PERSON") in found
    assert ("Wendell Sands", "PERSON") in found
    assert ("Morecambe Sands", "LOC") in found
    assert canonicals(text, "Mrs Sands") == {"Beatrice Sands"}


def test_a_city_before_a_surname_with_its_particle_is_a_first_name() -> None:
    text = "“No,” said Washington Da Silva. Flights from Washington to Saint-Louis du Sud stopped."
    assert speakers(text) == ["Washington Da Silva"]
    found = entities(text)
    assert ("Washington Da Silva", "PERSON") in found
    assert ("Washington", "GPE") in found


def test_a_utility_for_water_and_electricity_is_one_body() -> None:
    text = "Etihad Water and Electricity said so. Severn Trent Water and Anglian Water did not."
    assert entities(text, "ORG") == [
        ("Etihad Water and Electricity", "ORG"),
        ("Severn Trent Water", "ORG"),
        ("Anglian Water", "ORG"),
    ]


def test_a_body_whose_field_is_joined_by_and_before_its_own_word_is_one_body() -> None:
    text = (
        "The Ulaanbaatar Water Supply and Sewerage Authority, known by its Mongolian initials "
        "USUG, set the price. Severn Trent Water and Bristol Port Company did not."
    )
    assert entities(text, "ORG") == [
        ("Ulaanbaatar Water Supply and Sewerage Authority", "ORG"),
        ("USUG", "ORG"),
        ("Severn Trent Water", "ORG"),
        ("Bristol Port Company", "ORG"),
    ]
    assert canonicals(text, "USUG") == {"Ulaanbaatar Water Supply and Sewerage Authority"}


def test_an_office_whose_field_holds_a_small_towns_name_after_and_is_one_body() -> None:
    text = "The Alishan Forest Railway and Cultural Heritage Office said it would name tickets."
    assert entities(text, "ORG") == [("Alishan Forest Railway and Cultural Heritage Office", "ORG")]


def test_an_aged_name_opening_a_sentence_keeps_a_first_name_the_article_uses_as_a_word() -> None:
    text = "The weather was fine. Fine Pulehetoa, 71, said she had waited. Still Jo, 8, cried."
    assert ("Fine Pulehetoa", "PERSON") in entities(text)
    assert not any(surface.startswith("Still") for surface, _ in entities(text))


@pytest.mark.parametrize(
    ("name", "couple"),
    [("Rose Maeta", " and her husband, Peter Maeta,"), ("Mark Maeta", ", his wife, Ana Maeta,")],
)
def test_a_first_name_the_article_uses_as_a_word_opening_one_of_a_couple_is_kept(
    name: str, couple: str
) -> None:
    text = f"Prices rose, and the mark fell. {name}{couple} run a table at Point Cruz."
    assert (name, "PERSON") in entities(text)


def test_a_small_town_of_several_words_is_found_without_its_accents() -> None:
    # GeoNames has "Wādī Mūsá"; news copy writes "Wadi Musa".
    text = "Dr Layla Nasser treats horses in Wadi Musa, and drivers met in Abu Dis."
    assert entities(text, "GPE") == [("Wadi Musa", "GPE"), ("Abu Dis", "GPE")]


def test_al_and_a_name_after_in_is_an_arabic_place_and_letters_before_a_city_a_body() -> None:
    text = "Water ran out in Al Bithnah. Al Gore spoke. JA Niigata paid more; JK Rowling wrote."
    found = entities(text)
    assert ("Al Bithnah", "GPE") in found
    assert ("Al Gore", "PERSON") in found
    assert ("JA Niigata", "ORG") in found
    assert ("JK Rowling", "PERSON") in found


def test_a_body_called_so_is_a_body_and_its_town_stays_a_town() -> None:
    text = (
        "Output in the Belait district rose. Norhayati runs a small company called Buah "
        "Belait. Students living in Tartu face a rise; Tartu Student Village, the company that "
        "runs the dormitories, said so. A man called Tom Hill agreed."
    )
    found = entities(text)
    assert ("Belait", "GPE") in found
    assert ("Buah Belait", "ORG") in found
    assert ("Tartu", "GPE") in found
    assert ("Tom Hill", "PERSON") in found


def test_a_city_placed_by_in_or_district_of_stays_a_city_beside_a_name_ending_in_it() -> None:
    text = (
        "Obala Zadar said prices would rise. The storm hit the Sea Organ in Zadar, Croatia, "
        "and flooded the old district of Zadar. The government in The Hague said nothing."
    )
    found = entities(text, "GPE")
    assert found.count(("Zadar", "GPE")) == 2
    assert ("The Hague", "GPE") in found


def test_manx_and_romansh_are_peoples_words_not_places() -> None:
    text = "Families with Manx heritage came to the Isle of Man. Lessons are in Romansh heritage."
    found = entities(text)
    assert ("Manx", "NORP") in found
    assert not any(label == "GPE" and surface == "Manx" for surface, label in found)


def test_pointe_a_pitre_and_a_society_for_the_prevention_of_cruelty_to_animals() -> None:
    text = (
        "Fuel ran out in Pointe-à-Pitre. The Bermuda Society for the Prevention of Cruelty to "
        "Animals said so. The Ministry for Health wrote to Parliament."
    )
    found = entities(text)
    assert ("Pointe-à-Pitre", "GPE") in found
    assert ("Bermuda Society for the Prevention of Cruelty to Animals", "ORG") in found
    assert ("Ministry for Health", "ORG") in found


def test_a_county_after_a_word_of_where_and_firms_named_for_their_trade() -> None:
    text = (
        "Rubber grows in Liberia's Bong County, and tappers came from Bong County. Derby "
        "County beat Stoke 2-1. Crane Bay Distillers, Sranan Lotto and Kpatawee Rubber Trading "
        "paid out."
    )
    found = entities(text)
    assert found.count(("Bong County", "GPE")) == 2
    assert ("Derby County", "ORG") in found
    for firm in ("Crane Bay Distillers", "Sranan Lotto", "Kpatawee Rubber Trading"):
        assert (firm, "ORG") in found


def test_beaches_villages_and_firms_named_in_their_own_languages() -> None:
    text = (
        "Surfers met at Playa Jaco and Saga Plage. Houses in Kampung Sungai Rapat cracked. "
        "Redline Sports pulled out of Academia Los Cañeros."
    )
    found = entities(text)
    assert ("Playa Jaco", "LOC") in found
    assert ("Saga Plage", "LOC") in found
    assert ("Kampung Sungai Rapat", "GPE") in found
    assert ("Redline Sports", "ORG") in found
    assert ("Academia Los Cañeros", "ORG") in found


def test_a_small_town_opening_a_sentence_is_a_place_where_the_text_says_it_is_a_town() -> None:
    text = "Sand closed the road.\n\nLüderitz, a town of about 15,000 people, relies on it."
    assert ("Lüderitz", "GPE") in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "A win at Bong County. Rubber grows from Bong County.",
        "Rubber grows from Bong County. A win at Bong County.",
    ],
)
def test_a_name_read_after_one_preposition_is_not_reused_after_another(text: str) -> None:
    # The chunk cache once keyed only whether a preposition stood before a name, so the first
    # mention's reading ("at": the club) was reused after "from" (the county), by text order.
    county = text.index("Bong County", text.index(" from "))
    (after_from,) = [e for e in detect(text).entities if e.start == county]
    assert after_from.label == "GPE"


def test_a_bodys_name_that_goes_on_past_its_run_is_not_reused_where_it_does_not() -> None:
    # The chunk cache once reused the first cut, tail and all, so the second name ran on over
    # "as it was then, about it" and "about it."
    text = (
        "He wrote to the Department for Levelling Up, Housing and Communities and then to the "
        "Department for Levelling Up, as it was then. He wrote to the Society for the "
        "Prevention of Cruelty to Animals and then to the Society for the Prevention of "
        "Cruelty about it."
    )
    assert entities(text, "ORG") == [
        ("Department for Levelling Up, Housing and Communities", "ORG"),
        ("Department for Levelling Up", "ORG"),
        ("Society for the Prevention of Cruelty to Animals", "ORG"),
        ("Society for the Prevention of Cruelty", "ORG"),
    ]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("New Zealand sent ships.", "New Zealand"),
        ("South Africa sent ships.", "South Africa"),
        ("United States officials sent ships.", "United States"),
        ("Northern Ireland sent ships.", "Northern Ireland"),
        ("Officials in Northern Ireland sent ships.", "Northern Ireland"),
    ],
)
def test_a_country_whose_name_opens_with_a_common_word_stays_whole(
    sentence: str, country: str
) -> None:
    # The article writes the first word in lower case too ("a new road", "the south"), which
    # once cut it from the name at a sentence's start ("Zealand") and made "Northern Ireland"
    # a national body, like "Sport England".
    text = f"{sentence} A new road runs south through united northern towns."
    assert entities(text) == [(country, "GPE")]


@pytest.mark.parametrize(
    "agency",
    [
        "Statistics Canada",
        "Infrastructure Malta",
        "Cricket Australia",
        "Tourism New Zealand",
        "Bowls New Zealand",
    ],
)
def test_a_national_agency_named_by_its_field_and_country_is_one_body(agency: str) -> None:
    # Once "Infrastructure" and Malta, "Statistics" as a town, and the country alone.
    field = agency.split()[0].lower()
    for text in (f"Figures from {agency} were out.", f"{agency} said {field} costs rose."):
        assert entities(text) == [(agency, "ORG")]


def test_a_force_is_a_body_that_keeps_its_country() -> None:
    # "Force" once ended no body's name: the country stood alone and the rest was a person.
    text = "The Sierra Leone National Fire Force said so. The Royal Bahamas Defence Force came."
    assert entities(text) == [
        ("Sierra Leone National Fire Force", "ORG"),
        ("Royal Bahamas Defence Force", "ORG"),
    ]


@pytest.mark.parametrize("trade", ["Trader", "Shopkeeper", "Student", "Farmer"])
def test_a_trade_opening_a_sentence_is_no_part_of_the_name_after_it(trade: str) -> None:
    text = f'{trade} Abdullah Al-Enezi said prices rose. "It is bad," he said.'
    assert entities(text) == [("Abdullah Al-Enezi", "PERSON")]
    assert speakers(text) == ["Abdullah Al-Enezi"]


def test_a_trade_word_stays_in_a_bodys_name_and_a_surname() -> None:
    text = (
        "Student Loans Company staff met. Student Union leaders met. Adam Driver came. "
        "Farmer Brothers Ltd closed."
    )
    assert entities(text) == [
        ("Student Loans Company", "ORG"),
        ("Student Union", "ORG"),
        ("Adam Driver", "PERSON"),
        ("Farmer Brothers Ltd", "ORG"),
    ]


def test_a_surname_with_two_particles_or_a_capitalised_one_is_one_name() -> None:
    # Once "Pol" alone for "Gerrit van de Pol, 58," and "Mr Pol", a person apart; and no
    # one at all for "Annelie du Plessis", whom the article calls "Ms Du Plessis".
    text = (
        "Gerrit van de Pol, 58, found the ewes. Mr Van de Pol said so. His daughter, Anouk van "
        "de Pol, 26, agreed. Their lawyer, Annelie du Plessis, spoke. Ms Du Plessis left."
    )
    people = [(e.canonical, text[e.start : e.end]) for e in detect(text).entities]
    assert [item for item in people if not item[0].isdigit()] == [
        ("Gerrit van de Pol", "Gerrit van de Pol"),
        ("Gerrit van de Pol", "Mr Van de Pol"),
        ("Anouk van de Pol", "Anouk van de Pol"),
        ("Annelie du Plessis", "Annelie du Plessis"),
        ("Annelie du Plessis", "Ms Du Plessis"),
    ]


def test_a_tour_firm_is_named_by_its_safaris_or_expeditions() -> None:
    # Once a person called Kibo Summit Safaris, and "Arctic" with a body "Trail Safaris".
    text = (
        "Kibo Summit Safaris hired porters. Arctic Trail Safaris did not; Manyara Expeditions did."
    )
    assert entities(text) == [
        ("Kibo Summit Safaris", "ORG"),
        ("Arctic Trail Safaris", "ORG"),
        ("Manyara Expeditions", "ORG"),
    ]


def test_a_province_of_a_place_is_its_government_and_a_named_province_a_place() -> None:
    # "The Province of Gelderland said" once gave a body called "Gelderland", and "It said"
    # after it had no one to stand for.
    text = (
        "The Province of Gelderland said it would pay. It said a cull was “not an option”. "
        "The Autonomous Province of Trento agreed. Riyadh Province and the Eastern Province "
        "are dry."
    )
    assert entities(text) == [
        ("Province of Gelderland", "ORG"),
        ("Autonomous Province of Trento", "ORG"),
        ("Riyadh Province", "GPE"),
        ("Eastern Province", "GPE"),
    ]
    assert speakers(text) == ["Province of Gelderland"]


def test_a_parish_of_a_place_is_its_body_and_a_named_parish_a_place() -> None:
    text = (
        "The Roman Catholic Parish of Kutna Hora-Sedlec said the ossuary was “a burial place "
        "first”. Farmers in Manchester Parish agreed."
    )
    found = entities(text)
    assert ("Roman Catholic Parish of Kutna Hora-Sedlec", "ORG") in found
    assert ("Manchester Parish", "GPE") in found
    assert speakers(text) == ["Roman Catholic Parish of Kutna Hora-Sedlec"]


def test_a_body_whose_name_lists_its_fields_is_one_body_with_all_of_them() -> None:
    text = (
        "The Forestry, Wildlife and Parks Division said it would plant cuttings “ready for the "
        "knife”. Rangers met the Tourism, Culture and Heritage Board on Monday."
    )
    assert entities(text, "ORG") == [
        ("Forestry, Wildlife and Parks Division", "ORG"),
        ("Tourism, Culture and Heritage Board", "ORG"),
    ]
    assert speakers(text) == ["Forestry, Wildlife and Parks Division"]


def test_a_setswana_chief_s_title_is_no_part_of_the_name_but_a_surname_kgosi_is() -> None:
    text = (
        "Kgosi Lesego Ntshole, the chief of Kazungula, said they had asked. “We wrote "
        "letters,” Kgosi Ntshole said. Thato Kgosi, 30, agreed. “Yes,” said Ms Kgosi."
    )
    people = entities(text, "PERSON")
    assert people[0] == ("Lesego Ntshole", "PERSON")
    assert ("Thato Kgosi", "PERSON") in people
    assert speakers(text) == ["Lesego Ntshole", "Thato Kgosi"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Shire of Broome", "shire"),
        ("Akimat of Astana", "akimat"),
        ("Mayoralty of Baghdad", "mayoralty"),
        ("Superintendence of Transport", "superintendence"),
    ],
)
def test_a_local_government_of_a_place_is_a_body_and_speaks_by_its_kind(
    body: str, kind: str
) -> None:
    text = f"The {body} will allow three strings. The {kind} said they were “the picture”."
    assert (body, "ORG") in entities(text)
    assert speakers(text) == [body]


def test_a_portuguese_name_of_a_given_name_no_list_holds_and_two_surnames_is_whole() -> None:
    text = "Raimunda dos Santos Ferreira, 59, has sold acai for 31 years. “It costs,” she said."
    assert entities(text, "PERSON") == [("Raimunda dos Santos Ferreira", "PERSON")]
    assert speakers(text) == ["Raimunda dos Santos Ferreira"]


def test_a_kazakh_name_closed_by_uly_keeps_it() -> None:
    text = (
        "Marat Serik uly, an engineer, said the doors open. Mr Serik uly said the cabins used "
        "“about as much power as two kettles”."
    )
    assert entities(text, "PERSON") == [
        ("Marat Serik uly", "PERSON"),
        ("Mr Serik uly", "PERSON"),
    ]
    assert speakers(text) == ["Marat Serik uly"]


def test_a_name_may_open_on_two_initials() -> None:
    # Once "P. Sasidharan" and "R. Rahman": the first initial was left out.
    text = "K. P. Sasidharan met A. R. Rahman. Mr Sasidharan left."
    assert entities(text) == [
        ("K. P. Sasidharan", "PERSON"),
        ("A. R. Rahman", "PERSON"),
        ("Mr Sasidharan", "PERSON"),
    ]
    assert canonicals(text, "Mr Sasidharan") == {"K. P. Sasidharan"}


def test_a_place_a_body_is_named_after_stays_a_place_where_something_is_in_it() -> None:
    # Once the body's short form wherever the word stood alone: "a guesthouse in Hallim" was
    # "Hallim Haenyeo School".
    text = (
        "The Hallim Haenyeo School gave out certificates. Boo Eun-hee runs a guesthouse in "
        "Hallim, and many divers live in Hallim."
    )
    assert entities(text) == [
        ("Hallim Haenyeo School", "ORG"),
        ("Boo Eun-hee", "PERSON"),
        ("Hallim", "GPE"),
        ("Hallim", "GPE"),
    ]


def test_a_body_called_by_its_first_word_after_at_stays_the_body() -> None:
    text = "Ashworth Logistics cut jobs. Workers at Ashworth said the cuts were deep."
    assert entities(text) == [("Ashworth Logistics", "ORG"), ("Ashworth", "ORG")]


def test_where_someone_named_lives_is_a_place_and_their_club_is_not() -> None:
    # "of Wibsey" after a name and an age was no entity at all.
    text = (
        "Jean Hall, 72, of Wibsey, said the road was shut. Mr Dunne, of Dominical, agreed. "
        "Ivo Petrov, of Yantra Riders, won."
    )
    found = entities(text)
    assert ("Wibsey", "GPE") in found
    assert ("Dominical", "GPE") in found
    assert ("Yantra Riders", "GPE") not in found


@pytest.mark.parametrize("noun", ["neighbourhood", "area", "suburb", "township"])
def test_the_name_of_a_neighbourhood_or_area_is_a_place(noun: str) -> None:
    # Once no entity: the gazetteer lacks such small places.
    text = f"Water ran out in the Curupi {noun} on Monday."
    assert ("Curupi", "GPE") in entities(text)


def test_places_listed_after_a_place_preposition_are_places() -> None:
    # Once only the first: "Candipuro" and "Wrangle" stood after "and" or a comma, where
    # nothing put a place.
    text = (
        "Homes in Pronojiwo and Candipuro were hit. Fields near Friskney, Wrangle and Sibsey "
        "flooded."
    )
    assert entities(text) == [
        ("Pronojiwo", "GPE"),
        ("Candipuro", "GPE"),
        ("Friskney", "GPE"),
        ("Wrangle", "GPE"),
        ("Sibsey", "GPE"),
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "An agronomist at the Institute for Research in Agriculture, Fisheries and Forests "
            "spoke.",
            "Fisheries",
        ),
        ("The choir sang songs in Garo and Hindi.", "Hindi"),
        ("Jeremy Gimbang scored. Fans in Tuaran and Gimbang cheered.", "Gimbang"),
    ],
)
def test_a_list_inside_a_name_of_languages_or_of_people_names_no_place(
    text: str, word: str
) -> None:
    assert (word, "GPE") not in entities(text)


def test_a_newspaper_or_broadcaster_told_something_is_an_organisation() -> None:
    # Once people called El Colombiano and Zero Hora, and no entity for "Okaz".
    text = (
        "Ismael Ortega told El Colombiano that each day cost money. Ana Lima told Zero Hora: "
        "“It went first.” Mutlaq al-Dosari told Okaz that he was sad."
    )
    found = entities(text)
    for outlet in ("El Colombiano", "Zero Hora", "Okaz"):
        assert (outlet, "ORG") in found


def test_a_person_told_something_stays_a_person() -> None:
    text = "Jane Smith spoke. Mr Brown told Maria Lopez that it was late, and told Smith that too."
    assert entities(text) == [
        ("Jane Smith", "PERSON"),
        ("Mr Brown", "PERSON"),
        ("Maria Lopez", "PERSON"),
        ("Smith", "PERSON"),
    ]


def test_a_name_said_to_be_a_village_or_town_is_a_place() -> None:
    # Once no entity for "Vanto" and a person called "Rocca Pia".
    text = (
        "Vanto, a small town north of the capital, flooded. Buses ran to Rocca Pia, a village "
        "in the hills. Ahmet Kurt, a town planner, agreed."
    )
    assert entities(text) == [
        ("Vanto", "GPE"),
        ("Rocca Pia", "GPE"),
        ("Ahmet Kurt", "PERSON"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Tamil Nadu Health and Family Welfare Department",
        "Grains Research and Development Corporation",
        "Swedish Post and Telecom Authority",
        "Disaster Management and Mitigation Unit",
        "St Christopher Air and Sea Ports Authority",
    ],
)
def test_a_field_of_work_and_a_public_body_word_make_one_body(body: str) -> None:
    assert entities(f"The {body} said 40 donors came on Monday.", "ORG") == [(body, "ORG")]


@pytest.mark.parametrize("kind", ["Program", "Programme"])
def test_a_programme_in_either_spelling_is_a_body_and_speaks_as_the_programme(kind: str) -> None:
    text = (
        f"Owners must move every unit by 30 June, the Jeddah Historic District {kind} said.\n\n"
        f"The {kind.lower()} said in a statement that the units were “the biggest threat”."
    )
    body = f"Jeddah Historic District {kind}"
    assert entities(text, "ORG") == [(body, "ORG")]
    assert speakers(text) == [body]


def test_a_name_opening_on_the_arabic_article_is_a_place_unless_someone_is_so_named() -> None:
    text = (
        "A spokesman said it would watch “how it goes in Al Wakrah” before deciding whether "
        "Al Khor and Al Rayyan should follow. The lieutenant told Al Raya on Saturday that "
        "the road was busy. Al Gore said he had never been."
    )
    found = entities(text)
    assert ("Al Khor", "GPE") in found
    assert ("Al Rayyan", "GPE") in found
    assert ("Al Raya", "ORG") in found
    assert ("Al Gore", "PERSON") in found


def test_a_balinese_name_opening_a_sentence_keeps_its_i() -> None:
    text = (
        "I Nyoman Sukerta, 58, has led the building for 30 years.\n\n"
        "“The ogoh-ogoh is for the young people,” Sukerta said. I think so too."
    )
    assert entities(text, "PERSON") == [("I Nyoman Sukerta", "PERSON"), ("Sukerta", "PERSON")]
    assert speakers(text) == ["I Nyoman Sukerta"]


def test_an_airline_and_another_are_two_bodies() -> None:
    found = entities("Kenya Air and Air France cut their fares on Monday.", "ORG")
    assert found == [("Kenya Air", "ORG"), ("Air France", "ORG")]


def test_a_field_of_work_and_a_hospital_are_two_bodies() -> None:
    found = entities("Staff at Cornwall Health and Treliske Hospital were told on Monday.", "ORG")
    assert found == [("Cornwall Health", "ORG"), ("Treliske Hospital", "ORG")]


def test_a_place_its_own_noun_follows_is_no_short_name_of_a_body_named_after_it() -> None:
    text = (
        "Fishermen at Dunga beach have been unable to take boats out.\n\n"
        "Joseph Odhiambo, chairman of the Dunga Beach Management Unit, said 300 were idle."
    )
    assert ("Dunga", "GPE") in entities(text)
    assert ("Dunga Beach Management Unit", "ORG") in entities(text)


def test_a_word_alone_after_through_is_a_place() -> None:
    text = "The main road through Nyamirambo was closed, as was the route through Kimihurura."
    assert entities(text, "GPE") == [("Nyamirambo", "GPE"), ("Kimihurura", "GPE")]


@pytest.mark.parametrize(
    "text",
    [
        "They held on through COVID, he said.",
        "The visitors led through Fraser Dunlop after 23 minutes.",
    ],
)
def test_through_an_acronym_or_a_scorer_is_no_place(text: str) -> None:
    assert entities(text, "GPE") == []


def test_a_place_after_outside_is_still_a_place() -> None:
    assert entities("He now lives outside Tamboril with his wife.", "GPE") == [("Tamboril", "GPE")]


def test_a_town_outside_which_something_stands_stays_a_town_beside_its_river() -> None:
    text = (
        "A cane train left the tracks on a bridge outside Ba, tipping cane into the river. "
        "Cane floated down the Ba River for hours."
    )
    assert ("Ba", "GPE") in entities(text)


def test_a_shop_named_after_its_town_is_a_firm_and_leaves_the_town_a_place() -> None:
    text = (
        "Kenji Lomae won the Majuro billfish tournament. An engine was donated by a local "
        "hardware store, Majuro Marine Supply. He lives in Majuro."
    )
    found = entities(text)
    assert ("Majuro Marine Supply", "ORG") in found
    assert ("Majuro", "GPE") in found
    assert not any(label == "PERSON" and "Majuro" in name for name, label in found)


@pytest.mark.parametrize(
    ("dateline", "town"),
    [
        ("HRABUSICE, Slovakia —", "Hrabusice"),  # a village no list holds
        ("ZADAR —", "Zadar"),  # a known town, and a body named after it in the article
        ("TARAWA, Kiribati -", "Tarawa"),
        ("HAMA, Syria —", "Hama"),  # not an acronym
    ],
)
def test_a_dateline_in_capitals_is_the_town_the_story_is_filed_from(
    dateline: str, town: str
) -> None:
    text = (
        f"The council voted on Friday.\n\n{dateline} The {town} Tourist Board said the organ "
        "had gone silent."
    )
    assert (dateline.split(",")[0].split(" ")[0], "GPE") in entities(text)


@pytest.mark.parametrize("before", ["the path to", "porters walk to", "a three-day trek to"])
def test_a_name_one_walks_or_climbs_to_is_a_place(before: str) -> None:
    text = f"Loads are weighed on {before} Namche Bazaar before dawn."
    assert entities(text, "GPE") == [("Namche Bazaar", "GPE")]
    assert entities(text, "PERSON") == []


def test_tuvalus_island_council_is_a_body_and_its_head_a_title() -> None:
    text = (
        "The Nukufetau Kaupule has banned jumping from the wharf. About 600 people live on "
        "Nukufetau. The head of the Kaupule, the Pule o Kaupule Sione Talia, said it was a "
        "workplace."
    )
    found = entities(text)
    assert {("Nukufetau Kaupule", "ORG"), ("Nukufetau", "GPE"), ("Kaupule", "ORG")} <= set(found)
    assert entities(text, "PERSON") == [("Sione Talia", "PERSON")]


def test_a_city_whose_name_holds_los_or_las_is_one_place() -> None:
    text = "The team from a school in Santiago de los Caballeros won the title."
    assert entities(text) == [("Santiago de los Caballeros", "GPE")]


def test_a_small_town_opening_a_sentence_is_a_place_where_the_dateline_names_it() -> None:
    text = (
        "FERIZAJ, Kosovo - The municipality has given owners until 31 March.\n\n"
        "Ferizaj grew quickly after the war."
    )
    assert entities(text, "GPE") == [("FERIZAJ", "GPE"), ("Kosovo", "GPE"), ("Ferizaj", "GPE")]


@pytest.mark.parametrize(
    "dateline", ["PUNE -", "ZADAR —", "HRABUSICE, Slovakia –", "JAKARTA (Equator Wire) -"]
)
def test_the_sentence_after_a_dateline_names_a_body_without_its_the(dateline: str) -> None:
    text = (
        f"Fines start next month.\n\n{dateline} The Pune Municipal Corporation will fine "
        "people 500 rupees.\n\nThe corporation said so. The Pune Municipal Corporation agreed."
    )
    bodies = entities(text, "ORG")
    assert ("Pune Municipal Corporation", "ORG") in bodies
    assert not any(name.startswith("The ") for name, _ in bodies)


@pytest.mark.parametrize("before", ["", "JAKARTA (Equator Wire) - "])
def test_a_body_of_a_country_opens_a_sentence(before: str) -> None:
    text = f"Rates fell.\n\n{before}Bank Indonesia cut its benchmark rate."
    assert ("Bank Indonesia", "ORG") in entities(text)
    assert ("Indonesia", "GPE") not in entities(text)


@pytest.mark.parametrize("label", ["BREAKING", "NATO"])
def test_a_shouted_label_or_an_acronym_before_a_dash_is_no_town(label: str) -> None:
    text = f"The council voted on Friday.\n\n{label} — The alliance met in Brussels."
    assert (label, "GPE") not in entities(text)


@pytest.mark.parametrize(
    "before",
    [
        "",
        # the same run before it without a trade: the cut must not be reused
        "Visitors came. Per Mora, who lives in Mora, said it was good.\n\n",
    ],
)
def test_a_first_name_that_is_a_word_the_article_uses_opens_a_name_set_off_with_a_trade(
    before: str,
) -> None:
    text = (
        f"Bookings had risen by 35 per cent since Friday.\n\n{before}Visitors came on Saturday. "
        "Per Mora, a retired ferryman who lives in Mora, said he had seen it himself."
    )
    assert ("Per Mora", "PERSON") in entities(text)


@pytest.mark.parametrize(
    ("called", "found"),
    [
        ("Drivers on the A2 know her as", True),
        ("The vans are painted with names such as", False),  # a van's name, not hers
    ],
)
def test_a_form_of_address_in_marks_after_know_her_as_is_a_name_not_a_title(
    called: str, found: bool
) -> None:
    text = (
        f"Ivy Campbell, 66, sells shrimp. {called} “Miss Ivy”, and her stall has a yellow "
        "umbrella.\n\n“I have cooked shrimp since I was 19,” Miss Ivy said."
    )
    assert (speakers(text) == ["Ivy Campbell"]) == found


@pytest.mark.parametrize(
    ("called", "found"),
    [
        ("Known to her neighbours by the Setswana form", True),
        ("Her grandson took to calling the stone", False),  # a stone's name, not hers
    ],
)
def test_a_form_of_address_and_her_surname_in_marks_is_her_not_a_title(
    called: str, found: bool
) -> None:
    text = (
        f"Boitumelo Kebonang, 71, watched the pipe.\n\n{called} “Mma Kebonang”, and she "
        "did not blame the animals. “They were here before the pipes,” Mma Kebonang said."
    )
    assert (speakers(text) == ["Boitumelo Kebonang"]) == found


@pytest.mark.parametrize(
    "body",
    [
        "Municipal Government of Santa Ana de Cotacachi",
        "Federal University of Rio de Janeiro",
        "Union of Tortilla Makers of San Cristóbal de las Casas",
    ],
)
def test_a_place_with_de_inside_a_bodys_name_stays_in_it(body: str) -> None:
    assert (body, "ORG") in entities(f"The {body} said in a statement that it would pay.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iloilo City will ban videoke from December.", "Iloilo City"),
        ("Police in the south of Davao City seized the fireworks.", "Davao City"),
        ("Snow fell in the mountains of Aomori Prefecture by Tuesday.", "Aomori Prefecture"),
        ("Buyers came from outside Ishikawa Prefecture.", "Ishikawa Prefecture"),
    ],
)
def test_a_city_or_prefecture_outside_football_is_a_place(text: str, place: str) -> None:
    assert (place, "GPE") in entities(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Manchester City beat Leicester City in the league.", "Leicester City"),
        ("Gangneung City said it would pay each boat.", "Gangneung City"),
        ("Visits rose, according to Kanazawa City.", "Kanazawa City"),
        ("The fee was set by the Aswan Governorate, which said so.", "Aswan Governorate"),
    ],
)
def test_a_club_or_a_city_that_acts_is_an_organisation(text: str, body: str) -> None:
    assert (body, "ORG") in entities(text)


@pytest.mark.parametrize(
    ("full", "addressed"),
    [
        ("Antoine Bou Saab", "Mr Bou Saab"),
        ("Rosa Gimenez de Sosa", "Mrs Gimenez de Sosa"),
        ("Ornella Mba Obame", "Dr Mba Obame"),
    ],
)
def test_a_form_of_address_before_a_surname_of_two_words_is_part_of_the_mention(
    full: str, addressed: str
) -> None:
    text = f"{full}, 64, fishes there. “It is ours,” {addressed} said. Mr John Smith left."
    found = entities(text, "PERSON")
    assert (addressed, "PERSON") in found
    assert canonicals(text, addressed) == {full}
    assert ("John Smith", "PERSON") in found  # a full name after "Mr" is still the name alone


def test_a_region_that_owns_a_ministry_is_a_place_and_the_ministry_a_body() -> None:
    text = (
        "The Kurdistan Region’s Ministry of Health said 640 people were treated. "
        "“Stay indoors,” the ministry said."
    )
    found = entities(text)
    assert ("Kurdistan Region", "GPE") in found
    assert ("Ministry of Health", "ORG") in found
    assert speakers(text) == ["Ministry of Health"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it, she laughed and said in Kirundi that it was only fair.",
        "“It is a new toy,” he said, in Creole. “Where do I put my traps now?”",
        "He spoke in Azeri, the language of most of the village.",
        "Volunteers will hand out leaflets in Marathi and Hindi for two weeks.",
        "“My grandmother speaks Maya to the women,” she said.",
    ],
)
def test_a_language_no_list_holds_is_no_place(text: str) -> None:
    assert entities(text, "GPE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mahmoud Al-Halabi, a retired Arabic teacher, read. A storyteller is called in Arabic "
        "a hakawati.",
        "Signs in Dzongkha and English will warn drivers.",
        "Lessons switch to Mandarin after the second year.",
    ],
)
def test_a_language_named_by_no_nationality_word_is_no_place_wherever_it_stands(
    text: str,
) -> None:
    assert entities(text, "GPE") == []


def test_a_place_after_again_in_is_still_a_place() -> None:
    assert ("Idre", "GPE") in entities("“We will see them again in Idre in two weeks.”")


def test_a_territory_named_after_its_people_is_a_place() -> None:
    text = "The council of Dominica’s Kalinago Territory has told weavers to wait."
    assert entities(text) == [("Dominica", "GPE"), ("Kalinago Territory", "GPE")]


def test_a_country_s_tourism_body_is_a_body() -> None:
    text = "Bookings rose, Niue Tourism said. Tourism Fiji agreed. Tourism in Niue is small."
    assert entities(text) == [
        ("Niue Tourism", "ORG"),
        ("Tourism Fiji", "ORG"),
        ("Niue", "GPE"),
    ]


def test_the_dateline_s_town_is_a_place_wherever_the_story_names_it() -> None:
    text = (
        "GRIMSEY, Iceland — Islanders hauled a concrete sphere over the heath of Grimsey on "
        "Saturday.\n\nThe town council has run Grimsey since 2009. Grimsey simply makes the "
        "line visible."
    )
    assert entities(text, "GPE").count(("Grimsey", "GPE")) == 3


def test_a_city_s_metro_is_a_body_that_speaks() -> None:
    text = (
        "In a statement, the Caracas Metro said the escalators had been rebuilt “piece by "
        "piece”. It said 31 more would be repaired “as the parts arrive”."
    )
    assert entities(text, "ORG") == [("Caracas Metro", "ORG")]
    assert speakers(text) == ["Caracas Metro", "Caracas Metro"]


@pytest.mark.parametrize("place", ["Hathi Gaon", "Shastri Nagar"])
def test_a_hindi_village_or_quarter_is_a_place(place: str) -> None:
    text = f"The elephants live at {place}, outside Jaipur. {place} has 63 of them."
    assert entities(text, "GPE") == [(place, "GPE"), ("Jaipur", "GPE"), (place, "GPE")]


def test_a_town_two_people_are_named_after_is_the_town_after_a_preposition_of_place() -> None:
    text = (
        "Marisol Castro, 44, and her sister Yolanda Castro, 47, pick moss. “The office is in "
        "Castro, and the bus to Castro costs 2,000 pesos,” she said. “We have been going to "
        "Castro all our lives.” Castro said so."
    )
    found = entities(text)
    assert found.count(("Castro", "GPE")) == 3
    assert ("Marisol Castro", "PERSON") in found


def test_a_barangay_is_a_place() -> None:
    text = "In Barangay Tabuc Suba in the Jaro district, the machines stay on late."
    assert ("Barangay Tabuc Suba", "GPE") in entities(text)


def test_a_terminal_escape_sequence_in_an_article_is_no_number_and_offsets_still_hold() -> None:
    text = "The mayor, Ben Wallace, said \x1b[31mred\x1b[0m alert was “serious”.\x1b]0;title\x07"
    found = entities(text)
    assert found == [("Ben Wallace", "PERSON")]
    assert speakers(text) == ["Ben Wallace"]
    assert quoted(text) == ["“serious”"]


@pytest.mark.parametrize(
    "text",
    [
        "Snow fell on Aomori Prefecture. Officials think Aomori Prefecture said nothing.",
        # the other order: the cut of the first mention must not be reused for the second
        "Officials think Aomori Prefecture said nothing. Snow fell on Aomori Prefecture.",
    ],
)
def test_a_prefecture_that_speaks_is_its_government_wherever_it_stands(text: str) -> None:
    speaking = text.index("Aomori Prefecture said")
    labels = {
        e.start: e.label
        for e in detect(text).entities
        if text[e.start : e.end].startswith("Aomori")
    }
    assert labels[speaking] == "ORG"
    assert [label for start, label in labels.items() if start != speaking] == ["GPE"]


def test_the_office_known_by_its_number_but_not_inside_a_longer_number() -> None:
    text = "A spokesman for No. 10 said so, and Number 10 agreed. Line No 100 and INo 10 did not."
    assert entities(text, "ORG") == [("No. 10", "ORG"), ("Number 10", "ORG")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("He spoke to Radio Television of Djibouti on Monday.", "Radio Television of Djibouti"),
        ("The fire was shown on Czech Television that night.", "Czech Television"),
    ],
)
def test_a_broadcaster_named_for_television_is_an_organisation_whole(text: str, body: str) -> None:
    assert entities(text, "ORG") == [(body, "ORG")]
    assert entities(text, "GPE") == [] and entities(text, "NORP") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She told the Gleaner that the plan had changed.", [("Gleaner", "ORG")]),
        ("He told The Sowetan on Monday that prices rose.", [("Sowetan", "ORG")]),
        # A title is no newspaper, nor is a body the name goes on after.
        ("She told the President nothing new.", []),
        ("He told the House of Assembly that it would pass.", [("House of Assembly", "ORG")]),
    ],
)
def test_a_newspaper_someone_told_is_an_organisation(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert entities(text, "ORG") == found


@pytest.mark.parametrize(
    "text",
    [
        "said Assistant Superintendent Haji Rosli bin Ahmad of the Royal Brunei Police Force.",
        "said Rosli bin Ahmad of the Royal Brunei Police Force.",
    ],
)
def test_a_name_with_a_fathers_name_before_of_and_a_body_is_a_person_then_the_body(
    text: str,
) -> None:
    assert entities(text) == [
        ("Rosli bin Ahmad", "PERSON"),
        ("Royal Brunei Police Force", "ORG"),
    ]


def test_letters_a_body_is_known_by_after_the_kind_of_body_it_is_are_that_body() -> None:
    text = (
        "The Southern Zone Regional Development Board said on Thursday it would act.\n\n"
        'The board, known by its Spanish acronym JUDESUR, runs the depot. "The card is old," '
        "JUDESUR said in a statement."
    )
    assert canonicals(text, "JUDESUR") == {"Southern Zone Regional Development Board"}
    assert speakers(text) == ["Southern Zone Regional Development Board"]


@pytest.mark.parametrize(
    "body",
    [
        "Royal St Vincent and the Grenadines Police Force",
        "St Vincent and the Grenadines Chamber of Industry and Commerce",
        "Trinidad and Tobago Police Service",
    ],
)
def test_a_body_named_for_a_country_with_and_in_its_name_is_one_body(body: str) -> None:
    text = f"The {body} said in a statement that it would act."
    assert entities(text) == [(body, "ORG")]


def test_and_the_between_two_bodies_still_parts_them() -> None:
    text = "The Herald and the Courier both reported it."
    assert entities(text) == [("Herald", "ORG"), ("Courier", "ORG")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Alhagie Momodou Ceesay, the chairman, said so.", "Momodou Ceesay"),
        ("Aja Fatou Sowe sells fish at the market.", "Fatou Sowe"),
        ("Chairlady Marisol Cho said nobody argued.", "Marisol Cho"),
    ],
)
def test_a_gambian_form_of_address_or_a_chairlady_is_no_part_of_the_name(
    text: str, person: str
) -> None:
    assert entities(text, "PERSON") == [(person, "PERSON")]


@pytest.mark.parametrize("name", ["María José del Cid", "José del Cid", "María del Carmen Ruiz"])
def test_a_given_name_written_with_its_accent_opens_a_name_with_a_particle(name: str) -> None:
    assert entities(f"{name}, who runs a shelter, said so.", "PERSON") == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A box stood near the central market of Comayagüela.", ["Comayagüela"]),
        (
            "The bumps were in the villages of Pigotts, Liberta and Swetes.",
            ["Pigotts", "Liberta", "Swetes"],
        ),
    ],
)
def test_a_place_a_market_or_a_list_of_villages_is_of_is_a_place(
    text: str, places: list[str]
) -> None:
    assert entities(text, "GPE") == [(place, "GPE") for place in places]


@pytest.mark.parametrize("street", ["Rruga Kolë Idromeno", "Jalan Kenari", "Carrer Gran"])
def test_a_street_named_in_albanian_malay_or_catalan_is_no_person(street: str) -> None:
    assert entities(f"The shop on {street} shut on Monday.", "PERSON") == []


@pytest.mark.parametrize("street", ["Livingstone Way", "Kazungula Way", "Mwanawasa Parade"])
def test_a_way_or_a_parade_is_a_street_no_person_or_place(street: str) -> None:
    assert entities(f"The bins along {street} were full on Monday.") == [("Monday", "DATE")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Settlers in the occupied West Bank said so.", [("West Bank", "GPE")]),
        ("Aid reached the Gaza Strip on Monday.", [("Gaza Strip", "GPE")]),
        # A body named after such a place, or after a town inside its name, stays a body.
        ("The West Bank Water Department said no.", [("West Bank Water Department", "ORG")]),
        ("She studies at Dominica State College.", [("Dominica State College", "ORG")]),
    ],
)
def test_a_place_whose_name_ends_in_a_bodys_word_is_a_place(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [item for item in entities(text) if item[1] != "DATE"] == found


def test_a_body_named_without_whose_it_is_is_the_body_named_in_full() -> None:
    text = (
        "Money changers must register with the Central Bank of Liberia, the bank said. "
        '"If the Central Bank wants order, we want it too," a changer said.'
    )
    assert canonicals(text, "Central Bank") == {"Central Bank of Liberia"}


def test_a_short_name_two_bodies_share_stays_as_it_is() -> None:
    text = (
        "The Central Bank of Liberia and the Central Bank of Nigeria met. The Central Bank "
        "said nothing."
    )
    assert canonicals(text, "Central Bank") == {"Central Bank"}


@pytest.mark.parametrize(
    "body",
    [
        "Agricultural and Food Quality Inspection",
        "State Labour Inspection",
        "Gaming Inspection and Coordination Bureau",
    ],
)
def test_an_inspection_that_ends_a_name_names_a_body(body: str) -> None:
    assert entities(f"Bakers were fined, the {body} said.") == [(body, "ORG")]


@pytest.mark.parametrize("opening", ["Brothers", "Twins", "Cousins"])
def test_relatives_named_together_after_a_plural_kin_word_are_people_without_it(
    opening: str,
) -> None:
    text = f"{opening} Avi Ben-Haim and Eli Ben-Haim have played on the beach since 1989."
    assert entities(text, "PERSON") == [("Avi Ben-Haim", "PERSON"), ("Eli Ben-Haim", "PERSON")]


def test_letters_in_brackets_after_a_body_are_that_body_though_a_town_has_them() -> None:
    text = (
        "According to the National Agricultural Technology Institute (INTA), there is “no "
        "solid scientific evidence” that the cannons work. INTA said more."
    )
    assert canonicals(text, "INTA") == {"National Agricultural Technology Institute"}
    assert entities(text, "GPE") == []
    assert speakers(text) == ["National Agricultural Technology Institute"]


@pytest.mark.parametrize("street", ["Širok Sokak", "İstiklal Caddesi"])
def test_a_turkish_or_balkan_street_is_no_person(street: str) -> None:
    assert entities(f"The cafés on {street} must take the glass down.", "PERSON") == []


@pytest.mark.parametrize("street", ["Majeedhee Magu", "Ameenee Magu", "Sosun Hingun"])
def test_a_dhivehi_street_is_no_person(street: str) -> None:
    assert entities(f"Loads left a grey carpet along {street} on Tuesday.", "PERSON") == []


def test_a_beach_named_like_a_person_stays_a_place_when_another_beach_is_said_of() -> None:
    text = (
        "The rule covers Gordon Beach and Frishman Beach. Players have played at Gordon Beach "
        "since 1989. A French tourist, reading under an umbrella at Frishman Beach, said the "
        "clack was part of the city."
    )
    assert ("Gordon Beach", "PERSON") not in entities(text)


def test_a_thai_monk_is_called_by_his_title_and_first_name() -> None:
    text = (
        "Phra Maha Anan Thitavaro, the abbot of a temple, said merit came from the intention. "
        "“Give rice to a monk,” Phra Anan said."
    )
    assert canonicals(text, "Phra Anan") == {"Anan Thitavaro"}
    assert speakers(text) == ["Anan Thitavaro"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A taxi driver waiting at the Manzini bus rank said no.", "GPE"),
        # A club before its attack, or a family, stays what the surname made it.
        ("The Manzini family agreed.", "PERSON"),
    ],
)
def test_a_town_shared_with_a_persons_surname_before_a_thing_of_its_own(
    text: str, label: str
) -> None:
    opening = (
        "Sellers in Manzini must register. The chairman, Councillor Mduduzi Manzini, said "
        "inspectors would check. "
    )
    found = entities(opening + text)
    assert found[-1] == ("Manzini", label)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Signs were put up in Sinhala, Tamil and English at both sites.", "Sinhala"),
        ("Dhows, or uru as they are called in Malayalam, were built there.", "Malayalam"),
        ("A retired Arabic teacher said the signs were wrong.", "Arabic"),
        ("He answered in Dioula, then in French.", "Dioula"),
    ],
)
def test_a_language_is_norp_and_no_place(text: str, language: str) -> None:
    assert (language, "NORP") in entities(text)
    assert entities(text, "GPE") == []


def test_a_peoples_name_that_is_a_surname_stays_one_after_a_given_name() -> None:
    text = "Deputy Superintendent Naomi Zulu said the dealers had no licence."
    assert ("Naomi Zulu", "PERSON") in entities(text)
