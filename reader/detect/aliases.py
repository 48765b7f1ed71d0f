"""One canonical name per person in an article: "Ben Wallace", "Mr Wallace", "Wallace"."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.detect.lexicon import given_names, honorifics_marked

_YOUNGER_KIN = frozenset("son daughter grandson granddaughter nephew niece".split())
_ELDER_KIN = frozenset("father mother grandfather grandmother uncle aunt".split())


def _the_oldest_or_youngest(people: list[_Person], position: int, age: str) -> _Person | None:
    """Of the people named so far, all with their ages given, the oldest (or the youngest)."""
    named = [person for person in people if person.first_seen <= position]
    if len(named) < 2 or any(person.years is None for person in named):
        return None
    ages = sorted(person.years for person in named if person.years is not None)
    if ages[0] == ages[1] or ages[-1] == ages[-2]:
        return None
    wanted = ages[0] if age == "younger" else ages[-1]
    return next(person for person in named if person.years == wanted)


def _the_elder(people: list[_Person]) -> _Person | None:
    """Of people sharing a surname, the one introduced as the others' elder, or the one
    left when the others were introduced as younger kin."""
    elders = [person for person in people if person.kin_age == "elder"]
    if len(elders) == 1:
        return elders[0]
    not_younger = [person for person in people if person.kin_age != "younger"]
    return not_younger[0] if len(not_younger) == 1 and not elders else None


@dataclass(slots=True)
class _Person:
    first: str
    surname: str
    fullest: str
    first_seen: int
    gender: str | None = None
    gender_from_first_name: bool = False
    # "His son, Hamidou Diallo," is "younger"; "His father, Lars Sandberg," is "elder".
    kin_age: str | None = None
    # "Her brother, Wilner Pierre,": the sex of the one whose relative this is.
    kin_of: str | None = None
    # "Elias Shomali, 61,": the age the text gives.
    years: int | None = None


@dataclass(slots=True)
class PersonRegistry:
    """The people named in full in one article, to resolve short mentions against."""

    _people: list[_Person] = field(default_factory=list)
    _by_full: dict[tuple[str, str], _Person] = field(default_factory=dict)
    _by_surname: dict[str, list[_Person]] = field(default_factory=dict)
    _starts_by_surname: dict[str, list[int]] = field(default_factory=dict)
    _by_first: dict[str, list[_Person]] = field(default_factory=dict)
    # People whose fullest name has three words or more, by its first two ("Ana Lucía").
    _by_opening: dict[str, list[_Person]] = field(default_factory=dict)
    # People whose fullest name has three words or more, by its last word but one.
    _by_second_last: dict[str, list[_Person]] = field(default_factory=dict)
    # (surname, form of address) -> the one person so called while no one else had the surname
    _addressed_alone: dict[tuple[str, str], _Person] = field(default_factory=dict)
    # "Abdul Rahim Majhi" after "Abdul Karim Majhi": a second person whose first and last
    # words are another's, by the whole name.
    _by_whole_name: dict[str, _Person] = field(default_factory=dict)
    # People by the last two words of their fullest name, the first of them in lower case
    # ("bou Saab"): who a surname of two words may end, without reading everyone so called.
    _by_ending: dict[str, list[_Person]] = field(default_factory=dict)
    # People whose fullest name has four words or more after a given name, by its second word
    # ("Koh" of "Daniel Koh Wei Jie").
    _by_second_word: dict[str, list[_Person]] = field(default_factory=dict)

    def _named(self, words: list[str]) -> _Person | None:
        if len(words) < 2:
            return None
        if self._by_whole_name:  # rare: most articles have no two such names
            person = self._by_whole_name.get(" ".join(words))
            if person is not None:
                return person
        return self._by_full.get((words[0], words[-1]))

    def add_full_name(self, words: list[str], position: int, as_kin: bool = False) -> None:
        """Record a name of two words or more, in the order the names appear; ``as_kin`` where
        a kin word brings the name in ("His father, Saleh Bin Hamid,")."""
        key = (words[0], words[-1])
        name = " ".join(words)
        person = (self._by_whole_name and self._by_whole_name.get(name)) or self._by_full.get(key)
        if person is not None and _other_middle_names(words, person.fullest.split()):
            # "His younger brother, Abdul Rahim Majhi," after "Abdul Karim Majhi": two men.
            self._by_whole_name[name] = self._new_person(words, name, position)
            return
        if (
            person is None
            and not as_kin  # "His father, Saleh Bin Hamid," after "Mohammed Saleh Bin Hamid"
            and (self._ends_fuller_names(name) or self._fuller_name_starting(name) is not None)
        ):
            # "Ní Fhlatharta" after "Bríd Ní Fhlatharta": a surname of two words (of one person
            # or of several, "Mr Ben Ammar" after Moncef and Lotfi Ben Ammar); "Ana Lucía" after
            # "Ana Lucía Brito": a given name of two
            return
        if person is None:
            self._by_full[key] = self._new_person(words, name, position)
        elif len(name) > len(person.fullest):
            person.fullest = name
            self._index_opening(person)

    def _new_person(self, words: list[str], name: str, position: int) -> _Person:
        person = _Person(words[0], words[-1], name, position)
        self._people.append(person)
        # "Lawrence anak Jimbun": Jimbun is his father's name, not a family name, so no
        # "Tuai Rumah Jimbun" is him.
        if "anak" not in words:
            self._by_surname.setdefault(words[-1], []).append(person)
            self._starts_by_surname.setdefault(words[-1], []).append(position)
        own = _own_name_before_a_fathers(words)
        if own is not None and own != words[-1]:
            # "Mr Yusri" for "Mohd Yusri bin Omar": a Malay is addressed by his own name.
            self._by_surname.setdefault(own, []).append(person)
            self._starts_by_surname.setdefault(own, []).append(position)
        self._by_first.setdefault(words[0], []).append(person)
        self._index_opening(person)
        return person

    def _index_opening(self, person: _Person) -> None:
        words = person.fullest.split()
        ending = _ending_key(words)
        if ending is not None and "anak" not in words:
            people = self._by_ending.setdefault(ending, [])
            if person not in people:
                people.append(person)
        first_surname = _first_of_two_surnames(words)
        if first_surname is not None:
            people = self._by_second_last.setdefault(first_surname, [])
            if person not in people:
                people.append(person)
        if len(words) >= 4 and words[0] in given_names():
            people = self._by_second_word.setdefault(words[1], [])
            if person not in people:
                people.append(person)
        words = person.fullest.split(" ", 2)
        if len(words) == 3:
            people = self._by_opening.setdefault(f"{words[0]} {words[1]}", [])
            if person not in people:
                people.append(person)

    def surnames(self) -> set[str]:
        return set(self._by_surname)

    def knows(self, name: str) -> bool:
        return name in self._by_surname

    def first_named_at(self, surname: str) -> int:
        """Where the first person with this surname is named in full (-1 if no one is)."""
        people = self._by_surname.get(surname, [])
        return min((person.first_seen for person in people), default=-1)

    def canonical_for_first(self, first: str) -> str | None:
        """The one person in the article with this first name, if only one has it."""
        people = self._by_first.get(first, [])
        if len(people) != 1 or len(people[0].surname) < 2:  # "Vestkyst Energi A" is no person
            return None
        return people[0].fullest

    def only_one_called(self, surname: str) -> str | None:
        """The fullest name of the one person in the article with this surname, if only one."""
        people = self._by_surname.get(surname, [])
        return people[0].fullest if len(people) == 1 else None

    def canonical_for(
        self,
        surname: str,
        position: int,
        honorific: str | None = None,
        gender_after: Callable[[], str | None] | None = None,
        title: str | None = None,
        age: str | None = None,
    ) -> str | None:
        """The fullest name of the person with this surname nearest before ``position``.

        "Sir Richard" names a person by first name, when only one person in the article has it.
        Where people of both sexes share the surname, ``gender_after`` tells which is meant
        ("Mema said he would").
        """
        by_first = self._by_first.get(surname, [])
        several = len(by_first) > 1
        if several:
            # "Mr Tan" before "his son, Tan Wei Jie," is named is Tan Ah Huat, and after it too.
            by_first = [person for person in by_first if person.first_seen <= position] or by_first
            # Not one of the other sex ("Ms Goh" is "their daughter, Goh Shu Fen"), nor a son.
            wanted = _gender_of(honorific)
            if wanted is not None:
                by_first = [
                    person for person in by_first if person.gender in (None, wanted)
                ] or by_first
            if age == "younger":
                # "The younger Mr Chen" after "Chen Wen-hsiung, 68, ... his son, Chen Kuan-yu".
                by_first = [p for p in by_first if p.kin_age == "younger"] or by_first
            else:
                by_first = [p for p in by_first if p.kin_age != "younger"] or by_first
        if len(by_first) == 1 and honorific in honorifics_marked("first-name"):
            person = by_first[0]
            gender = _gender_of(honorific)
            if gender and person.gender is None:
                person.gender = gender  # "Gogo Sithembile": a grandmother, so no "Mr Moyo"
            return person.fullest
        people = self._by_surname.get(surname)
        if (
            people
            and all(person.kin_age is not None for person in people)
            and (two := self._called_by_first_of_two(surname)) is not None
            and two not in people
        ):
            # "Mr Bautista" (or "The elder Bautista") after "Aurelio Bautista Ortega ...
            # Bautista's son, Iván Bautista": where everyone so called was brought in as
            # someone's relative, the one called by the first of two surnames may be meant too.
            people = [*people, two]
        if age is not None and people and len(people) > 1:
            # "The younger Ouedraogo" after "His son, Issouf Ouedraogo,"; "the elder Riba".
            of_the_age = [
                person
                for person in people
                if person.first_seen <= position
                and (person.kin_age == "younger") == (age == "younger")
            ]
            if len(of_the_age) == 1:
                return of_the_age[0].fullest
            by_years = _the_oldest_or_youngest(people, position, age)
            if by_years is not None:
                # "The older Mr Shomali" after "Elias Shomali, 61, and his brother Khalil
                # Shomali, 57,".
                return by_years.fullest
        gender = _gender_of(honorific)
        if gender is None and gender_after is not None and people and len(people) > 1:
            if len({person.gender for person in people}) > 1:
                gender = gender_after()
        if not people:
            # "Professor Zhao" for "Zhao Ming" too: a title addresses as a form of address does.
            return (
                _family_name_first(by_first, surname, honorific or title, gender, several)
                or (
                    self._first_of_two_surnames_of_the_sex(surname, gender)
                    if honorific or title
                    else None
                )
                or (self._family_name_after_a_given_name(surname) if honorific else None)
            )
        if gender:
            matching = [person for person in people if person.gender in (None, gender)]
            guessed = [
                person
                for person in people
                if person.first_seen <= position and person.gender_from_first_name
            ]
            if len(guessed) == 1 and all(person.first_seen > position for person in matching):
                # "Mr Thapa" for Krishna Bahadur Thapa before his nephew Suman is named: the
                # sex a first name gave was a guess ("Krishna" is a woman's name in the US
                # lists), and the form, written before any man so called is named, is surer.
                guessed[0].gender, guessed[0].gender_from_first_name = gender, False
                matching = guessed
            if not matching and (
                family_first := _family_name_first(by_first, surname, honorific, gender, several)
            ):
                # "Mr Tan" is Tan Ah Kow, whose family name comes first, not his daughter
                # Serene Tan.
                return family_first
            two = self._called_by_first_of_two(surname) if not matching else None
            if two is not None and two.gender in (None, gender):
                # "Ms Mamani" is Juana Mamani Quispe, not her husband Edwin Mamani.
                return two.fullest
            people = matching or people
        introduced = [person for person in people if person.first_seen <= position]
        if 1 <= len(introduced) < len(people):
            people = introduced  # "Mr Al Ketbi" before his father is named is not the father
        addressed_as = (surname, _form_key(honorific, gender)) if honorific else None
        addressed_alone = self._addressed_alone.get(addressed_as) if addressed_as else None
        if len(people) == 1:
            person = people[0]
            if addressed_as is not None:
                self._addressed_alone.setdefault(addressed_as, person)
        elif addressed_alone is not None and addressed_alone in people:
            # "Ms Kila" for Grace Kila before "her sister-in-law, Miriam Kila," came in: a
            # writer keeps the form for the one it first named, and calls the other otherwise.
            person = addressed_alone
        elif (
            not honorific
            and len(unrelated := [person for person in people if person.kin_age is None]) == 1
        ):
            # "Charalambous said" after "Charalambous's grandmother, Despina Charalambous":
            # a relative brought in later is called by her first name, the subject by surname.
            person = unrelated[0]
        elif (
            honorific
            and (elder := _the_elder(people)) is not None
            # not "Ms Al-Bannay" after "Yusuf Al-Bannay ... His daughter, Mariam Al-Bannay,":
            # the "His" makes the elder a man
            and not (gender and any(person.kin_of not in (None, gender) for person in people))
        ):
            # "Mr Diallo" after "Souleymane Diallo ... His son, Hamidou Diallo,": a writer calls
            # the son by his first name and keeps "Mr" for the father.
            person = elder
        elif (
            honorific
            and len(unrelated := [person for person in people if person.kin_age is None]) == 1
            # not "Mr Pierre" after "Marie-Claude Pierre ... Her brother, Wilner Pierre,"
            and not any(person.kin_of not in (None, gender) for person in people)
        ):
            # "Mr Noori" after "Gul Ahmad Noori ... His brother, Habibullah Noori,": the one
            # the story is about, not the relative brought in.
            person = unrelated[0]
        else:
            starts = [person.first_seen for person in people]
            index = bisect_right(starts, position) - 1
            person = people[max(index, 0)]
        if gender and person.gender is None:
            person.gender = gender
        return person.fullest

    def _family_name_after_a_given_name(self, surname: str) -> str | None:
        """ "Mr Koh" for "Daniel Koh Wei Jie": a Chinese name after an English given name, its
        family name second. Only where one person's name holds the word so."""
        # Looked up, not searched for: a search of everyone named made a long text's
        # detection grow with the square of its people.
        found = {
            person.fullest
            for person in self._by_second_word.get(surname, ())
            if len(words := person.fullest.split()) >= 4
            and words[1] == surname
            and words[0] in given_names()
        }
        return found.pop() if len(found) == 1 else None

    def note_kin(self, words: list[str], kin: str, kin_of: str | None = None) -> None:
        """The person named in full was introduced as someone's relative ("son", "father"),
        of a man or a woman (``kin_of``) where "His" or "Her" says so."""
        person = self._named(words)
        if person is not None and person.kin_age is None:
            person.kin_of = kin_of
            # "his younger brother": a sibling's age; "his eldest son" is still a son.
            age, _, kin = kin.rpartition(" ")
            if kin in _YOUNGER_KIN or (
                kin not in _ELDER_KIN and age.lower() in ("younger", "youngest", "little")
            ):
                person.kin_age = "younger"
            elif kin in _ELDER_KIN or age.lower() in ("elder", "eldest", "older", "oldest", "big"):
                person.kin_age = "elder"
            else:
                person.kin_age = "kin"  # a brother, a wife: of no known age, but brought in

    def note_years(self, words: list[str], years: int) -> None:
        person = self._named(words)
        if person is not None and person.years is None:
            person.years = years

    def note_gender(
        self, words: list[str], honorific: str | None, from_first_name: bool = False
    ) -> None:
        gender = _gender_of(honorific)
        person = self._named(words)
        if gender and person is not None and person.gender is None:
            person.gender = gender
            person.gender_from_first_name = from_first_name

    def fullest(self, words: list[str]) -> str:
        person = self._named(words)
        if person is None:
            name = " ".join(words)
            person = self._fuller_name_ending(name) or self._fuller_name_starting(name)
        return person.fullest if person else " ".join(words)

    def _fuller_name_starting(self, name: str) -> _Person | None:
        """The one person named in full whose name of three words or more starts with
        ``name`` ("Ana Lucía Brito" for "Ana Lucía")."""
        opening = name + " "
        found = [
            person
            for person in self._by_opening.get(" ".join(name.split(" ", 2)[:2]), [])
            if person.fullest.startswith(opening)
        ]
        return found[0] if len(found) == 1 else None

    def _fuller_name_ending(self, name: str) -> _Person | None:
        """The one person named in full whose name ends with ``name`` ("Bríd Ní Fhlatharta"
        for "Ní Fhlatharta", "Ursula von der Leyen" for "von der Leyen")."""
        found = self._fuller_names_ending(name)
        return found[0] if len(found) == 1 else None

    def _ends_fuller_names(self, name: str) -> bool:
        return bool(self._fuller_names_ending(name))

    def _fuller_names_ending(self, name: str) -> list[_Person]:
        # "Van Rooyen" opening a sentence, for "Pieter van Rooyen".
        endings = (" " + name, " " + name[:1].lower() + name[1:])
        ending = _ending_key(name.split())
        if ending is None:
            return []
        return [
            person for person in self._by_ending.get(ending, []) if person.fullest.endswith(endings)
        ]

    def first_of_two_surnames(self, surname: str) -> str | None:
        """ "Mrs Quispe" for "Rosa Quispe Mamani": in Spanish and Portuguese usage the first of
        two surnames is the one a person is called by."""
        person = self._called_by_first_of_two(surname)
        return person.fullest if person is not None else None

    def _first_of_two_surnames_of_the_sex(self, surname: str, gender: str | None) -> str | None:
        """ "Mr Valdes" for Ernesto Valdes Rivero, not his niece Yanelis Valdes Hernandez: of
        several called by that first surname, the one person of the form's sex."""
        called = self.first_of_two_surnames(surname)
        if called is not None or gender is None:
            return called
        people = self._all_called_by_first_of_two(surname)
        # "Mr Quispe" is Victoriano Quispe Huamán, not "His son, Wilber Quispe Condori".
        people = [person for person in people if person.kin_age != "younger"] or people
        for wanted in ({gender}, {gender, None}):
            found = [person for person in people if person.gender in wanted]
            if len(found) == 1:
                return found[0].fullest
        return None

    def _called_by_first_of_two(self, surname: str) -> _Person | None:
        found = self._all_called_by_first_of_two(surname)
        return found[0] if len(found) == 1 else None

    def _all_called_by_first_of_two(self, surname: str) -> list[_Person]:
        return [
            person
            for person in self._by_second_last.get(surname, [])
            # A name that grew since it was indexed may no longer have ``surname`` there.
            if _first_of_two_surnames(person.fullest.split()) == surname
        ]

    def genders_from_first_names(self) -> set[str]:
        """The people whose sex only their first name gave, which lists of one country's names
        can get wrong abroad ("Jasmin" is a Bosnian man's name)."""
        return {person.fullest for person in self._people if person.gender_from_first_name}

    def genders(self) -> dict[str, str]:
        return {person.fullest: person.gender for person in self._people if person.gender}


def _first_of_two_surnames(words: list[str]) -> str | None:
    """ "Quispe" of "Rosa Quispe Mamani", and of "Ingrid Castañeda de León", where a particle
    opens the second surname."""
    index = len(words) - 2
    while index > 1 and words[index] in _SECOND_SURNAME_PARTICLES:
        index -= 1
    return words[index] if index >= 1 and len(words) >= 3 else None


_SECOND_SURNAME_PARTICLES = frozenset({"de", "del", "la", "y", "e", "i"})


def _family_name_first(
    by_first: list[_Person],
    surname: str,
    honorific: str | None,
    gender: str | None,
    several: bool = False,
) -> str | None:
    """ "Mr Zhao" for "Zhao Mingyu": a family name written first. Where the word is a given
    name in our lists too ("Ms Chong" for "Chong Mei Ling"), only a name of three words or a
    hyphenated one is so read; of two people so named, the form of address picks ("Mr Park"
    is Park Sung-ho, not his daughter Park Ji-yeon)."""
    if not honorific or not by_first:
        return None
    if surname in given_names() and not any(
        len(person.fullest.split()) >= 3 or "-" in person.fullest.split()[-1] for person in by_first
    ):
        return None
    found = by_first
    if len(found) > 1 and gender:
        for wanted in ({gender}, {gender, None}):
            found = [person for person in by_first if person.gender in wanted]
            if len(found) == 1:
                break
    if len(found) != 1:
        return None
    if gender and found[0].gender is None and several:
        # "Mr Goh" of two Gohs is a man, so "Ms Goh" later is the other. Not where one person
        # has the name: "Baba Vesna" is a Macedonian grandmother, though "Baba" is a Shona Mr.
        found[0].gender = gender
    return found[0].fullest


def _form_key(honorific: str, gender: str | None) -> str:
    """The form a writer keeps for one person: "Mr Pokino" and "Mrs" or "Ms" by the sex, but
    "Papa Pokino", a family's standing, for itself (the father, where "Mr Pokino" was the son)."""
    form = honorific.rstrip(".")
    return form if form in honorifics_marked("kin") else (gender or form)


def _gender_of(honorific: str | None) -> str | None:
    if not honorific:
        return None
    honorific = honorific.rstrip(".")
    if honorific in honorifics_marked("male"):
        return "m"
    if honorific in honorifics_marked("female"):
        return "f"
    return None


def _other_middle_names(words: list[str], known: list[str]) -> bool:
    """Whether two names of three words or more, with the same first and last words, differ
    in a middle word written in full ("Abdul Karim Majhi", "Abdul Rahim Majhi"), not in an
    initial or a particle ("Ana M. Brito", "Ana Brito")."""
    if len(words) < 3 or len(known) < 3 or words == known:
        return False
    middle = [word for word in words[1:-1] if len(word) > 2 and word[:1].isupper()]
    known_middle = [word for word in known[1:-1] if len(word) > 2 and word[:1].isupper()]
    return bool(middle) and bool(known_middle) and not set(middle) & set(known_middle)


_MALAY_PATRONYMICS = frozenset({"bin", "binti", "binte", "anak"})
# "Mohd", "Muhammad", "Nur", "Siti": names that open many Malay names and address no one.
_MALAY_OPENINGS = frozenset(
    "Mohd Muhd Md Mohamad Mohammad Muhammad Mohamed Nur Nurul Siti Wan".split()
)


def _own_name_before_a_fathers(words: list[str]) -> str | None:
    """ "Yusri" of "Mohd Yusri bin Omar", "Aminah" of "Siti Aminah binti Hamid": the last word
    of the person's own names, before "bin" and the father's."""
    for index, word in enumerate(words):
        if word in _MALAY_PATRONYMICS and index >= 2 and words[0] in _MALAY_OPENINGS:
            return words[index - 1]
    if len(words) >= 3 and words[-1] in _MONKS_SUFFIXES:
        # "the Venerable Sumanasiri" for "Kadawatha Sumanasiri Thero": a Sri Lankan monk is
        # called by his name in religion, between his village's and the word for an elder.
        return words[-2]
    return None


_MONKS_SUFFIXES = frozenset(("Thero", "Thera", "Himi"))


def _ending_key(words: list[str]) -> str | None:
    if len(words) < 2:
        return None
    return f"{words[-2][:1].lower()}{words[-2][1:]} {words[-1]}"
