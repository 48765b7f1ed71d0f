"""Whether a capitalised pair with nothing known about it is really a person.

An unknown pair ("Pale Harbour", "Tern Share") defaults to a person. Invented bands, firms and
works often end in a word the article also writes in lower case as a common noun, and shows
follow "speaking on"; such a pair stays a person only with evidence of one: a known given name
first, a form of address or title on its surname somewhere, an age after it, or a speech verb.
"""

from __future__ import annotations

import re

from reader.detect.candidates import Candidate
from reader.detect.lexicon import given_names
from reader.detect.roles import ANY_KIN

_BROADCAST_BEFORE = re.compile(
    r"\b(?:[Ss]peaking|[Aa]ppearing|appeared|appears|interviewed|aired|broadcast|shown|screened"
    r"|featured|heard) on $"
)
# "the Vision Pro headset": a product's name before the kind of thing it is; "Pale Harbour,
# who played their first gig": a band or a firm, spoken of in the plural.
_NOT_ONE_PERSON_AFTER = re.compile(
    r" (?:headset|phone|smartphone|handset|app|console|device|chip|drug|vaccine|jab|tablet"
    r"|laptop|camera|smartwatch|software|engine|aircraft|jet|vehicle|truck|drone|robot|SUV"
    r"|saloon|hatchback)s?\b"
    r"|, who (?:are|were|have|\w+ their)\b"
    # "Strictly Come Dancing star", "Golden Globe winner": a show, work or award names a role.
    r"| (?:star|winner|nominee|presenter|host|contestant|creator|author|actor|actress|champion"
    r"|finalist|hopeful)s?\b"
)
_KIN_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:{ANY_KIN}), $")
_SPEECH_WORDS = "said says told added explained argued insisted wrote recalled admitted".split()
_SPEECH = rf"(?:{'|'.join(_SPEECH_WORDS)})\b"
_SPEECH_AFTER = re.compile(rf"(?:['’]s)?,? {_SPEECH}")
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH},? $")
_AGE_AFTER = re.compile(r", \d{1,3}\b")


def doubtful_people(
    text: str, placed: list[tuple[int, Candidate]], lower_vocabulary: set[str] | frozenset[str]
) -> set[str]:
    """The names of unadorned two- or three-word PERSON candidates that lack person evidence
    and whose last word the article also uses as a common noun, or that follow "speaking on"."""
    addressed = {
        candidate.words[-1]
        for _, candidate in placed
        if candidate.label == "PERSON" and (candidate.honorific or candidate.title)
    }
    first_names = given_names()
    doubtful: set[str] = set()
    checked: set[str] = set()
    spoken_or_aged: dict[str, bool] = {}
    evidence: _Evidence | None = None
    for offset, candidate in placed:
        words = candidate.words
        if (
            candidate.label != "PERSON"
            or candidate.honorific
            or candidate.title
            or not 2 <= len(words) <= 3
        ):
            continue
        name = " ".join(words)
        start = offset + candidate.start
        # "Speaking on Morning Edition": one appears "on" a programme, not on a person; and a
        # product is named before its kind ("the Vision Pro headset").
        cue = (
            (
                text[start - 4 : start] == " on "
                and bool(_BROADCAST_BEFORE.search(text, max(0, start - 24), start))
            )
            or (
                bool(_NOT_ONE_PERSON_AFTER.match(text, offset + candidate.end))
                # "His wife, Sevinj Aliyeva, who sells their honey": one of a couple
                and not _KIN_BEFORE.search(text, max(0, start - 30), start)
            )
            # "the Hairy Bikers", "the Rolling Stones": a group, never one person.
            or (text[start - 4 : start].lower() == "the " and words[-1].endswith("s"))
        )
        if name in doubtful or (name in checked and not cue):
            continue
        checked.add(name)
        surname = words[-1]
        # "Al Khor and Al Rayyan": the Arabic article opens a place's name; a person's only
        # where it stands for Albert ("Al Gore said").
        arabic_article = opens_on_the_arabic_article(words) and not _A_PERSONS_VERB_AFTER.match(
            text, offset + candidate.end
        )
        if not cue and not arabic_article and not _common_noun(surname, lower_vocabulary):
            continue
        if (words[0] in first_names and not cue and not arabic_article) or surname in addressed:
            continue
        if name not in spoken_or_aged:
            if evidence is None:
                evidence = _Evidence(text)
            spoken_or_aged[name] = evidence.spoken_or_aged(name, surname)
        if not spoken_or_aged[name]:
            doubtful.add(name)
    return doubtful


def people_named_like_places(
    text: str, placed: list[tuple[int, Candidate]]
) -> list[tuple[int, Candidate]]:
    """ "said Beatrice Sands, 67", "Wendell Sands said": a given name and a surname that is
    also a landscape's word ("Sands", "Heath", "Hills") is a person where one speaks or is aged.
    A candidate may be shared by several mentions, so it is replaced, never changed."""
    first_names = given_names()
    evidence: _Evidence | None = None
    people: list[tuple[int, Candidate]] | None = None
    for index, (offset, candidate) in enumerate(placed):
        if candidate.label != "LOC":
            continue
        words = candidate.canonical.split()
        if len(words) != 2 or words[0] not in first_names:
            continue
        if evidence is None:
            evidence = _Evidence(text)
        if evidence.spoken_or_aged(candidate.canonical, words[1], in_full=True):
            if people is None:
                people = list(placed)
            person = Candidate(candidate.start, candidate.end, "PERSON", "", words)
            people[index] = (offset, person)
    return placed if people is None else people


def opens_on_the_arabic_article(words: list[str]) -> bool:
    """ "Al Khor", "Al Raya": two words on the Arabic article name a place or a newspaper far
    more often than a person ("Al" for Albert, "Al Gore")."""
    return len(words) == 2 and words[0] == "Al"


# "Al Gore spoke": what a person does, not a place.
_A_PERSONS_VERB_AFTER = re.compile(
    r" (?:spoke|said|says|told|wrote|writes|added|argued|replied|asked|smiled|laughed|thinks"
    r"|believes|warned|insisted)\b"
)


def _common_noun(word: str, lower_vocabulary: set[str] | frozenset[str]) -> bool:
    lower = word.lower()
    if lower in lower_vocabulary:
        return True
    if lower.endswith("ies") and lower[:-3] + "y" in lower_vocabulary:
        return True
    return lower.endswith("s") and lower[:-1] in lower_vocabulary


class _Evidence:
    """Whether the text has "X said", "said X" or "X, 34". The first few names are looked for
    one by one; past them, the speech verbs and ages are indexed in one pass over the text, so
    checking a thousand names (a long text of many articles) costs about what a few do."""

    # Each name looked for by itself reads the text from its first mention to the end. Past 8
    # such reads the index costs less: on 1 MB of names met once, 32 reads cost 3% of a
    # detect, and on 10 MB, which no longer fits the processor's cache, each read costs more.
    def __init__(self, text: str, checks_before_indexing: int = 8) -> None:
        self._text = text
        self._checks_left = checks_before_indexing
        self._indexed = False
        # The word before each speech verb and each age, with every ending of that word: the
        # surname is looked up among them, as "Marsh" is the end of "McMarsh".
        self._before_speech: dict[str, list[int]] = {}
        self._before_age: dict[str, list[int]] = {}
        # Where a word starts straight after a speech verb ("said Jo Marsh"), by that word.
        self._after_speech: dict[str, list[int]] = {}

    def _index(self) -> None:
        self._indexed = True
        text = self._text
        for start, end in _speech_words(text):
            if text[start - 1 : start] == " " and start:
                for ending in _ends_before_speech(text, start - 1):
                    self._index_ending(self._before_speech, ending)
            after = end + 1 if text[end : end + 1] == "," else end
            if text[after : after + 1] == " ":
                self._index_word_at(after + 1)
                if text[after + 1 : after + 2] == "\n":
                    self._index_word_at(after + 2)  # "$" also stands before a last newline
        for match in _AGE_AFTER.finditer(text):
            self._index_ending(self._before_age, match.start())

    def _index_ending(self, index: dict[str, list[int]], end: int) -> None:
        text = self._text
        start = end
        while start > 0 and end - start < _LONGEST_WORD and not text[start - 1].isspace():
            start -= 1
            index.setdefault(text[start:end], []).append(end)

    def _index_word_at(self, start: int) -> None:
        text = self._text
        end = start
        while end < len(text) and end - start < _LONGEST_WORD and not text[end].isspace():
            end += 1
        if end > start:
            self._after_speech.setdefault(text[start:end], []).append(start)

    def spoken_or_aged(self, name: str, surname: str, in_full: bool = False) -> bool:
        """ "Marsh said", "said Jo Marsh", "Jo Marsh, 34". ``in_full``: only "Jo Marsh said"
        counts, as "Frishman Beach, said" says nothing of "Gordon Beach"."""
        if (
            len(name) >= _LONGEST_WORD
            or any(character.isspace() for character in surname)
            or " " not in name
        ):
            return _spoken_or_aged(self._text, name, surname, in_full)
        if not self._indexed:
            if self._checks_left > 0:
                self._checks_left -= 1
                return _spoken_or_aged(self._text, name, surname, in_full)
            self._index()
        text = self._text
        if any(
            not in_full or (end >= len(name) and text.startswith(name, end - len(name)))
            for end in self._before_speech.get(surname, ())
        ):
            return True
        for end in self._before_age.get(surname, ()):
            if end >= len(name) and text.startswith(name, end - len(name)):
                return True
        first = name.split(" ", 1)[0]
        return any(text.startswith(name, start) for start in self._after_speech.get(first, ()))


_LONGEST_WORD = 40
# One pattern per word: each opens on its literal, which the regex engine finds by a fast
# search, where one pattern for all ten was tried at every position (five times as long).
_SPEECH_WORD_SCANS = tuple(re.compile(rf"{word}\b") for word in _SPEECH_WORDS)


def _speech_words(text: str) -> list[tuple[int, int]]:
    """Where a speech word stands as a whole word, in text order."""
    found = [
        match.span()
        for pattern in _SPEECH_WORD_SCANS
        for match in pattern.finditer(text)
        if not match.start() or not _is_word_character(text[match.start() - 1])
    ]
    found.sort()
    return found


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _ends_before_speech(text: str, space: int) -> list[int]:
    """The ends a surname may have for _SPEECH_AFTER to match at them: "Marsh said",
    "Marsh, said", "Marsh’s, said"."""
    ends = [space]
    if text[space - 1 : space] == ",":
        ends.append(space - 1)
    for end in list(ends):
        if text[end - 2 : end] in ("'s", "’s"):
            ends.append(end - 2)
    return ends


def _spoken_or_aged(text: str, name: str, surname: str, in_full: bool = False) -> bool:
    """ "Marsh said", "said Jo Marsh", "Jo Marsh, 34": found by looking only where the
    surname stands, so the cost follows its mentions, not the length of the text."""
    position = text.find(surname)
    while position >= 0:
        end = position + len(surname)
        name_start = end - len(name)
        in_full_here = name_start >= 0 and text.startswith(name, name_start)
        if _SPEECH_AFTER.match(text, end) and (in_full_here or not in_full):
            return True
        if in_full_here:
            if _AGE_AFTER.match(text, end) or _SPEECH_BEFORE.search(
                text, max(0, name_start - 12), name_start
            ):
                return True
        position = text.find(surname, end)
    return False
