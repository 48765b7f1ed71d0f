"""Who holds which role in one article, so "the captain said" finds the captain named before.

A role is learnt from the ways news writing introduces people: a title or job word right
before the name ("Captain Jo Smith", "manager Alan Reyes", "the Holt Vale manager Alan Reyes")
and an apposition on either side ("Reyes, the club's manager,", "the club's manager, Alan
Reyes,"). The role's key is its head noun, lower case ("manager").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from reader.detect.lexicon import FORMS_BEFORE_A_FULL_NAME, honorifics, title_heads, titles
from reader.detect.runs import word_before
from reader.detect.types import EntitySpan

# "Reyes, the club's manager," / "Jo Smith, captain of the side," / "Dr Chávez, a seismologist
# at the university,": a description after a name.
_APPOSITION_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<determiner>(?:the|its|their|his|her|an?)\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z]+)"
    # "Abdulrahman al-Sabbagh, 67, the master carpenter who led the work.": a clause may follow.
    r"(?:\s+(?:of|at|for|with)\s+[^,.;:!?“”\"]{1,60})?(?:\s*[,.;]|\s+who\s)"
)
# "the club's manager, Alan Reyes,": a description before a name, set off by a comma.
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[\s“\"(])(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z]+(?:-in-law)?)"
    # "the senior coroner for Dorset, Rachel Fairbairn,": the role, then whose it is.
    r"(?:\s+(?:for|of|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?,\s+$",
    re.IGNORECASE,
)
_JOINED_HEAD = re.compile(r"(?P<head>[a-z]+)\s+and\s+")
# Kin words a role may be: "his wife Antonella" ... "His wife said".
KIN_WORDS = frozenset(
    "wife husband son daughter mother father brother sister partner grandson granddaughter"
    " grandmother grandfather sister-in-law brother-in-law mother-in-law father-in-law"
    " son-in-law daughter-in-law".split()
)
# Every kin word, with the sex it names (None for either): "his son", "her cousin".
KIN_SEX: dict[str, str | None] = {
    **dict.fromkeys(
        "husband son father brother grandson grandfather nephew uncle brother-in-law"
        " father-in-law son-in-law".split(),
        "m",
    ),
    **dict.fromkeys(
        "wife daughter mother sister granddaughter grandmother niece aunt sister-in-law"
        " mother-in-law daughter-in-law".split(),
        "f",
    ),
    "partner": None,
    "cousin": None,
}
# The kin words as a regex alternation, longest first.
ANY_KIN = "|".join(sorted(KIN_SEX, key=len, reverse=True))
# Heads that describe a relation or a place in a sentence, never a role to be named by.
_NOT_ROLES = frozenset(
    "who which that whose and or but said says told added one two three four five six seven"
    " eight nine ten year years old people time day week month".split()
)


@dataclass(frozen=True, slots=True)
class Role:
    position: int
    head: str
    person: str  # the canonical name of the person who holds it
    body: str = ""  # the capitalised name the role was given with: "Rovers" in "Rovers manager"


@dataclass(slots=True)
class RoleMap:
    """Roles in text order; a role names the person who last took it before a mention."""

    roles: list[Role] = field(default_factory=list)
    _positions: dict[str, list[int]] = field(default_factory=dict)
    _holders: dict[str, list[str]] = field(default_factory=dict)
    _bodies: dict[str, list[str]] = field(default_factory=dict)
    _order: dict[str, list[int]] = field(default_factory=dict)  # each role's index in roles

    def add(self, role: Role) -> None:
        self._positions.setdefault(role.head, []).append(role.position)
        self._holders.setdefault(role.head, []).append(role.person)
        self._bodies.setdefault(role.head, []).append(role.body)
        self._order.setdefault(role.head, []).append(len(self.roles))
        self.roles.append(role)

    def holder(
        self, head: str, position: int, body: str = "", organisations: frozenset[str] = frozenset()
    ) -> str | None:
        """The person who last took the role before ``position``; with a ``body`` ("the Holt
        Vale manager"), the last who took it (or its synonym) for that body, and nobody
        taken for another body."""
        if body:
            found = self._last_for_body(head, position, body, organisations)
            if found is not None:
                return found
        positions = self._positions.get(head)
        if not positions:
            return None
        index = bisect_right(positions, position) - 1
        if index < 0:
            return None
        if body and self._bodies[head][index]:
            return None  # "Rovers manager Jo Lund" is not "the Holt Vale manager"
        return self._holders[head][index]

    def _last_for_body(
        self, head: str, position: int, body: str, organisations: frozenset[str]
    ) -> str | None:
        """The last role added, taken before ``position`` for that body under the head or its
        synonym. Only the roles of those heads are read, so an article's cost stays linear."""
        last = -1
        for same in _SAME_ROLE.get(head, (head,)):
            positions = self._positions.get(same)
            if not positions:
                continue
            index = bisect_right(positions, position) - 1
            order = self._order[same]
            while index >= 0 and order[index] > last:
                if _same_body(self._bodies[same][index], body, organisations):
                    last = order[index]
                    break
                index -= 1
        return self.roles[last].person if last >= 0 else None

    def first_holder(
        self, head: str, body: str = "", organisations: frozenset[str] = frozenset()
    ) -> str | None:
        """The first person the article gives the role (for that body, if one is given)."""
        heads = _SAME_ROLE.get(head, frozenset({head}))
        for role in self.roles:
            if role.head in heads and (not body or _same_body(role.body, body, organisations)):
                return role.person
        return None


def role_map(text: str, people: list[EntitySpan]) -> RoleMap:
    """Every role the article gives a person, found around each PERSON mention."""
    found: list[Role] = []
    heads = title_heads()
    for index, person in enumerate(people):
        start = person.start
        spouse = (
            _SPOUSE_BEFORE.search(text, max(0, start - 16), start)
            if text.endswith(_SPOUSE_ENDINGS, max(0, start - 10), start)
            else None
        )
        if spouse is not None:
            # "Petras Jankauskas ... His wife, Aldona Jankauskienė,": he is her husband, so
            # "Her husband was less pleased" names him, whatever their surnames.
            owner = _last_other_person(text, people, index, spouse.start())
            if owner is not None:
                role = "husband" if spouse.group("owner").lower() == "his" else "wife"
                found.append(Role(start, role, owner))
        word = word_before(text, start, 30).lower()
        if text[start - 3 : start] == "Dr " or text[start - 4 : start] == "Dr. ":
            found.append(Role(start, "doctor", person.canonical))  # "Dr Galang" ... "the doctor"
        elif word.rstrip(",") in KIN_WORDS and text[start - 1 : start] == " ":
            # "his wife Antonella" ... "His wife said": the kin word names her later.
            found.append(Role(start, word.rstrip(","), person.canonical))
        elif word in heads:
            body = _body_before(text, start - len(word) - 1)
            found.append(Role(start, word, person.canonical, body))
        described = None
        set_off = start
        form = word_before(text, start, 12)
        if form and (form.rstrip(".") in honorifics() or form in FORMS_BEFORE_A_FULL_NAME):
            # "His daughter, Ma Hnin Ei Phyu,": the role is set off before the form of address.
            set_off -= len(form) + 1
        elif form[:1].isupper():
            # "the headman, Tuai Rumah Jimbun anak Ngelai,": before a title of two words.
            title = _TITLE_OF_TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
            if title is not None and title.group(1).lower() in titles():
                set_off = title.start(1)
        if text[set_off - 2 : set_off] == ", ":
            described = _APPOSITION_BEFORE.search(text, max(0, set_off - 80), set_off)
        if described and _is_role(described.group("head")):
            found.append(Role(start, described.group("head").lower(), person.canonical))
        after = None
        if text[person.end : person.end + 1] == ",":
            after = _APPOSITION_AFTER.match(text, person.end, person.end + 120)
        if (
            after
            and _is_role(after.group("head"))
            and (after.group("determiner") or after.group("head") in heads)
        ):
            found.append(Role(start, after.group("head"), person.canonical))
        if after and after.group("determiner"):
            # "Bramall, the club's captain and top scorer,": each joined role is theirs.
            for joined in _JOINED_HEAD.finditer(text, after.start(), after.start("head")):
                if _is_role(joined.group("head")):
                    found.append(Role(start, joined.group("head"), person.canonical))
    found.sort(key=lambda role: role.position)
    roles = RoleMap()
    for role in found:
        roles.add(role)
    return roles


# "his wife, X": the one "his" stands for is X's husband; "her husband, X": she is his wife.
_SPOUSE_BEFORE = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er) (?:wife|husband),? $")
_SPOUSE_ENDINGS = ("wife, ", "wife ", "husband, ", "husband ")
_SPOUSE_REACH = 400


def _last_other_person(text: str, people: list[EntitySpan], index: int, before: int) -> str | None:
    """The person named last before ``before`` in the same paragraph, other than people[index]."""
    name = people[index].canonical
    for earlier_index in range(index - 1, -1, -1):  # not a copy of the list: it may be long
        earlier = people[earlier_index]
        if before - earlier.end > _SPOUSE_REACH or text.find("\n", earlier.end, before) != -1:
            return None
        if earlier.canonical != name:
            return earlier.canonical
    return None


_TITLE_OF_TWO_WORDS_BEFORE = re.compile(r", ([A-Z][\w’'-]+ [A-Z][\w’'-]+) $")


_SAME_ROLE = {
    "manager": frozenset({"manager", "boss"}),
    "boss": frozenset({"manager", "boss"}),
    "chairman": frozenset({"chairman", "chair"}),
    "chair": frozenset({"chairman", "chair", "chairwoman"}),
    "chairwoman": frozenset({"chairwoman", "chair"}),
}
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w-]*(?:[’']s)? ){1,3})$")


def _body_before(text: str, end: int) -> str:
    """ "Holt Vale" in "Holt Vale manager Jo Lund": the body a title word is held for."""
    match = _CAPITALISED_BEFORE.search(text, max(0, end - 40), end)
    return strip_possessive(match.group(1).strip()) if match else ""


def strip_possessive(name: str) -> str:
    return name.removesuffix("’s").removesuffix("'s")


def _same_body(given: str, asked: str, organisations: frozenset[str]) -> bool:
    """Whether "Athletic" and "Holt Vale" name one body: a shared word, or one organisation
    of the article ("Holt Vale Athletic") whose name holds both."""
    if not given:
        return False
    if set(given.split()) & set(asked.split()):
        return True
    return any(given in name and asked in name for name in organisations)


def _is_role(head: str) -> bool:
    lowered = head.lower()
    # "The Mayor of San Fernando, Rohan Sookdeo,": a title's head may be written capitalised.
    written_as_a_role = lowered == head or lowered in title_heads()
    return written_as_a_role and lowered not in _NOT_ROLES and len(lowered) > 2
