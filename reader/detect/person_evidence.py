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
_SPEECH = r"(?:said|says|told|added|explained|argued|insisted|wrote|recalled|admitted)\b"
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
            or bool(_NOT_ONE_PERSON_AFTER.match(text, offset + candidate.end))
            # "the Hairy Bikers", "the Rolling Stones": a group, never one person.
            or (text[start - 4 : start].lower() == "the " and words[-1].endswith("s"))
        )
        if name in doubtful or (name in checked and not cue):
            continue
        checked.add(name)
        surname = words[-1]
        if not cue and not _common_noun(surname, lower_vocabulary):
            continue
        if (words[0] in first_names and not cue) or surname in addressed:
            continue
        if name not in spoken_or_aged:
            spoken_or_aged[name] = _spoken_or_aged(text, name, surname)
        if not spoken_or_aged[name]:
            doubtful.add(name)
    return doubtful


def _common_noun(word: str, lower_vocabulary: set[str] | frozenset[str]) -> bool:
    lower = word.lower()
    if lower in lower_vocabulary:
        return True
    if lower.endswith("ies") and lower[:-3] + "y" in lower_vocabulary:
        return True
    return lower.endswith("s") and lower[:-1] in lower_vocabulary


def _spoken_or_aged(text: str, name: str, surname: str) -> bool:
    """ "Marsh said", "said Jo Marsh", "Jo Marsh, 34": found by looking only where the
    surname stands, so the cost follows its mentions, not the length of the text."""
    position = text.find(surname)
    while position >= 0:
        end = position + len(surname)
        if _SPEECH_AFTER.match(text, end):
            return True
        name_start = end - len(name)
        if name_start >= 0 and text.startswith(name, name_start):
            if _AGE_AFTER.match(text, end) or _SPEECH_BEFORE.search(
                text, max(0, name_start - 12), name_start
            ):
                return True
        position = text.find(surname, end)
    return False
