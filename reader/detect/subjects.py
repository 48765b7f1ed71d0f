"""Where the speaker's words are: the noun phrase before a speech verb, or after a quote."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from reader.detect.lexicon import speech_verb_bases, speech_verbs
from reader.detect.numbers import MONTH_NAMES
from reader.detect.roles import ANY_KIN
from reader.detect.runs import NAME_PARTICLES
from reader.detect.sentences import ABBREVIATION
from reader.detect.speaker_context import SpeakerContext, entity_containing, has_person
from reader.detect.word_trie import word_trie

MAX_SUBJECT_WORDS = 16
_MAX_DESCRIBED_WORDS = 24
_LOWER_WORD = re.compile(r"[A-Za-z]+")


def most_subject_words(words: list[str]) -> int:
    """How many words a speaker's subject may run to: 16, or 24 for one described with a
    clause ("a man who lives on one of those streets and could not get his own car out of his
    garage"), which runs to the sentence's end."""
    if words[:1] in (["a"], ["an"]) and "who" in words:
        return _MAX_DESCRIBED_WORDS
    return MAX_SUBJECT_WORDS


@cache
def _speech_verb() -> re.Pattern[str]:
    """Any speech verb as a whole word: one scan finds them, where testing every word of a
    sentence against the list took twice as long."""
    return re.compile(rf"(?<![A-Za-z])(?:{word_trie(speech_verbs())})(?![A-Za-z])")


def speech_verbs_in(masked: str, start: int, end: int) -> list[re.Match[str]]:
    return [
        word
        for word in _speech_verb().finditer(masked, start, end)
        if not _is_owned_noun(masked, word.start())
        and not masked.startswith(_VERBS_AFTER_A_SUBJECT, word.end())
        and not (
            word.group(0) == "continue"
            and _AFTER_A_MODAL.search(masked, max(0, word.start() - 7), word.start())
        )
    ]


# "the walkout would continue “until ...”": going on, not speaking ("she continued" is).
_AFTER_A_MODAL = re.compile(r"\b(?:would|will|could|should|may|might|must|can|to) $")


# "the number of collection points was": a word a verb follows is the subject's noun.
_VERBS_AFTER_A_SUBJECT = (" was ", " were ", " is ", " are ")


def _is_owned_noun(masked: str, start: int) -> bool:
    """ "the committee's report said": after a possessive or a determiner, "report" is a noun."""
    before = masked[max(0, start - 16) : start]
    if not before.endswith(" "):
        return False
    if before.endswith(("’s ", "'s ", "s’ ", "s' ")):
        return True  # "the committee's report", "the referees’ report"
    words = before.split()
    if not words:
        return False
    if masked.startswith("point", start) and (
        words[-1] in ("basis", "percentage") or words[-1].replace(".", "").isdigit()
    ):
        return True  # "cut its rate by 25 basis points to 5.5%"
    # "the first call she took", "her latest comment": an ordinal or the like between.
    # "The report was late": a sentence's capital changes nothing; "the September report": a
    # month between the determiner and the noun.
    if words[-1] in _PREPOSITIONS and not masked.startswith("ing", _word_end(masked, start) - 3):
        return True  # "would be on call", "requests for comment"
    if (
        len(words) >= 2
        and words[-2].lower() in _DETERMINERS
        # "the 72-hour rule", "a three-day notice": a compound before the noun too
        and words[-1].replace("-", "").isalnum()
        and words[-1].islower()
        and not words[-1].endswith("s")
        and words[-1] not in _PLURALS_WITHOUT_S  # "the children call them"
        and masked[start : _word_end(masked, start)] in speech_verb_bases()
    ):
        return True  # "at the fish counter", "a sick note": a noun after another
    return words[-1].lower() in _DETERMINERS or (
        len(words) >= 2
        and (
            words[-1] in _NOUN_MODIFIERS
            or words[-1] in MONTH_NAMES
            or words[-1] in _COUNTS  # "than the two points"
            or words[-1].isdigit()
        )
        and words[-2].lower() in _DETERMINERS
    )


_DETERMINERS = frozenset("the a an its their his her this that".split())
_PLURALS_WITHOUT_S = frozenset("children people men women police folk staff".split())


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


_NOUN_MODIFIERS = frozenset("first second third last latest final brief short new".split())
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


WINDOW = 400
_LEADING_PUNCTUATION = frozenset(",;—–-")
_CLAUSE_END = frozenset('.;:!?“”"()')


def subject_after(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker named right after a quote: ", said X", ", X said", ", X, the chair, said".

    Returns the bounds of X, or None when no speech verb comes before the clause ends.
    """
    pieces = []
    for piece in _PIECE.finditer(masked, start, min(end, start + 200)):
        word = piece.group(0)
        if (
            len(word) > 1
            and word.endswith(".")
            and word.count(".") == 1
            and not ABBREVIATION.search(word, 0, len(word) - 1)  # "Dr.", "Gen.", "Sen."
        ):
            # "said." ends the sentence; "U.S." and "Dr." keep their dots
            pieces.append((piece.start(), piece.end() - 1, word[:-1]))
            pieces.append((piece.end() - 1, piece.end(), "."))
        else:
            pieces.append((piece.start(), piece.end(), word))
    first = 0
    while first < len(pieces) and pieces[first][2] in _LEADING_PUNCTUATION:
        first += 1
    if first >= len(pieces):
        return None
    verbs = speech_verbs()
    if pieces[first][2] in verbs:  # ", said Mr Wallace"
        last = first + 1
        while last < len(pieces) and pieces[last][2] not in _CLAUSE_END and pieces[last][2] != ",":
            last += 1
        if last == first + 2 and pieces[first + 1][2] in _ONE_OF_THEM:
            # "said one, a driver from Hyderabad who has lived there since 2011.", "said one,
            # who gave his name only as Dexter."
            return _name_given_after(pieces, last) or _described_after_one(pieces, last)
        words = [word for _, _, word in pieces[first + 1 : last]]
        if last == first + 1 or len(words) > most_subject_words(words):
            return None
        if pieces[first + 1][2] in _ARTICLES and (given := _name_given_after(pieces, last)):
            # "said a tea stall owner near the station, who gave his name only as Babul."
            return given
        named = _name_after_description(pieces, first + 1, last)
        return named or (pieces[first + 1][0], pieces[last - 1][1])
    comma = -1
    for index in range(first, min(len(pieces), first + 25)):
        piece = pieces[index][2]
        if piece in _CLAUSE_END:
            return None
        if piece == "," and comma < 0:
            comma = index
            continue
        if piece not in verbs or index == first or _is_owned_noun(masked, pieces[index][0]):
            continue  # ", the report said": after "the", "report" is the subject's noun
        if comma < 0:
            if index == first + 1 and pieces[first][2] in ("he", "she"):
                # "he said, giving only his first name, Deonarine.": the name he gave.
                given = _name_given_after(pieces, index + 1)
                if given is not None:
                    return given
            # ", he told the BBC", ", the defence secretary has said"
            subject_end = index
            while subject_end > first and _is_auxiliary(pieces[subject_end - 1][2]):
                subject_end -= 1
            words = [word for _, _, word in pieces[first:subject_end]]
            if (
                not words
                or len(words) > 10
                or any(word.lower() in _BOUNDARY_WORDS for word in words)
            ):
                return None
            return pieces[first][0], pieces[subject_end - 1][1]
        # ", Anna Berg, the union leader, said": the name before the first comma;
        # ", Kelly's mother, Brenda, said": the name after the description.
        name = _first_name_part(pieces, first, index)
        if name is not None:
            return name
        if comma == first + 1 and pieces[first][2] in _ONE_OF_THEM:
            return _described_after_one(pieces, comma)  # ", one, a teacher from Leipzig, said"
        if pieces[first][2][:1].isupper() and comma - first <= 6:
            return pieces[first][0], pieces[comma - 1][1]
        return None
    return None


_GIVING_A_NAME = frozenset(("giving", "who"))  # the words _NAME_GIVEN opens on
_NAME_GIVEN = re.compile(
    r"(?:giving|who gave|who would give) (?:only )?(?:his|her) (?:first )?name(?: only)?"
    r"(?: as| ,)$"
)


def _name_given_after(pieces: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """ ", who gave his name only as Dexter.", ", giving only his first name, Deonarine.": the
    name, where the clause ends on it."""
    if (
        comma + 1 >= len(pieces)
        or pieces[comma][2] != ","
        or pieces[comma + 1][2] not in _GIVING_A_NAME
    ):
        return None
    end = comma + 1
    while end < len(pieces) and pieces[end][2] not in _CLAUSE_END and end - comma < 12:
        end += 1
    name_start = end
    while name_start > comma + 1 and pieces[name_start - 1][2][:1].isupper():
        name_start -= 1
    if name_start == end or end - name_start > 3:
        return None
    words = " ".join(word for _, _, word in pieces[comma + 1 : name_start])
    if not _NAME_GIVEN.match(words):
        return None
    return pieces[name_start][0], pieces[end - 1][1]


# "said one", "another said": one of the people the story spoke to, described after a comma.
_ONE_OF_THEM = frozenset(("one", "another"))
_ARTICLES = frozenset(("a", "an"))


def _described_after_one(pieces: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """The description set off after "one": "a driver from Hyderabad", up to the next comma
    or the clause's end."""
    if comma + 1 >= len(pieces) or pieces[comma][2] != "," or pieces[comma + 1][2] not in _ARTICLES:
        return None
    end = comma + 1
    while end < len(pieces) and pieces[end][2] not in _CLAUSE_END and pieces[end][2] != ",":
        end += 1
    if end - comma - 1 > MAX_SUBJECT_WORDS:
        return None
    return pieces[comma + 1][0], pieces[end - 1][1]


def _name_after_description(
    pieces: list[tuple[int, int, str]], start: int, comma: int
) -> tuple[int, int] | None:
    """ ", said Unite's national officer, Sharon Blake.": the name set off after the role."""
    if comma >= len(pieces) or pieces[comma][2] != ",":
        return None
    if not any(word.islower() for _, _, word in pieces[start:comma]):
        return None
    end = comma + 1
    while end < len(pieces) and pieces[end][2] not in _CLAUSE_END and pieces[end][2] != ",":
        end += 1
    words = [word for _, _, word in pieces[comma + 1 : end]]
    # "said its director, Raúl de los Santos": particles inside the name
    if (
        0 < len(words) <= 5
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in NAME_PARTICLES for word in words)
    ):
        return pieces[comma + 1][0], pieces[end - 1][1]
    return None


def _first_name_part(
    pieces: list[tuple[int, int, str]], first: int, verb: int
) -> tuple[int, int] | None:
    """The first comma-separated part made only of capitalised words, before the verb."""
    part_start = first
    for index in range(first, verb + 1):
        if pieces[index][2] != "," and index < verb:
            continue
        words = [word for _, _, word in pieces[part_start:index]]
        if 0 < len(words) <= 4 and all(word[:1].isupper() for word in words):
            return pieces[part_start][0], pieces[index - 1][1]
        part_start = index + 1
    return None


def follows_and(masked: str, sentence_start: int, verb_start: int) -> bool:
    words = masked[max(sentence_start, verb_start - 30) : verb_start].split()
    while words and _is_auxiliary(words[-1]):
        words.pop()
    return bool(words) and words[-1].lower() in ("and", "but")


def _inside_a_body(context: SpeakerContext, position: int) -> bool:
    body = entity_containing(context, position)
    return body is not None and body.label == "ORG"


def subject_before(
    context: SpeakerContext, sentence_start: int, verb_start: int
) -> tuple[int, int] | None:
    """Bounds of the noun phrase that ends just before a verb, or None.

    Walks back word by word over auxiliaries ("has", "also"), then over the phrase until a
    clause boundary: punctuation, or a word such as "that", "after", "and".
    """
    masked = context.masked
    window_start = max(sentence_start, verb_start - 160)
    pieces = [
        (piece.start(), piece.end(), piece.group(0))
        for piece in _PIECE.finditer(masked, window_start, verb_start)
    ]
    if len(pieces) >= 4 and pieces[-1][2] == ")" and pieces[-3][2] == "(":
        del pieces[-3:]  # "The Federation of Small Businesses (FSB) said": the short form
    nearest = pieces[-1][2] if pieces else ""
    while pieces and _is_auxiliary(pieces[-1][2]):
        pieces.pop()
    if not pieces:
        return None
    if _is_passive(masked, nearest, verb_start):
        # "one victim had been told by Coyle": the one told is not the one telling.
        agent = _AGENT.match(masked, verb_start)
        if agent is None and nearest.lower() in ("was", "were", "is", "are"):
            # "was described by one steward as": a teller named in lower case.
            agent = _DESCRIBED_AGENT.match(masked, verb_start)
        return agent.span(1) if agent else None
    if nearest.lower() in ("was", "were", "is", "are"):
        # "was described by one steward as": a passive whose teller is named after "by".
        agent = _DESCRIBED_AGENT.match(masked, verb_start)
        if agent is not None:
            return agent.span(1)
    if pieces[-1][2] == "," and nearest.lower() == "then":
        # "Mrs Gittens thought for a while, then said": one subject, two verbs.
        person = _person_opening_the_part_before(context, sentence_start, pieces[-1][0])
        if person is not None:
            return person
    if pieces[-1][2] == ",":
        return _subject_before_inserted_clause(context, sentence_start, pieces[-1][0])
    if pieces[-1][2] in ("which", "who"):
        return pieces[-1][0], pieces[-1][1]
    end = pieces[-1][1]
    index = len(pieces) - 1
    while index >= 0:
        piece = pieces[index][2]
        if piece == "who" and index > 0 and pieces[index - 1][2].isalpha():
            # "An official at the bureau who asked not to be named said": the clause tells
            # who the speaker is; the speaker is the phrase it follows.
            end = pieces[index - 1][1]
            index -= 1
            continue
        if piece in _BOUNDARY_PUNCTUATION or piece.lower() in _BOUNDARY_WORDS:
            # "A person familiar with the plans said": "with" inside the description.
            familiar = piece == "with" and index > 0 and pieces[index - 1][2] == "familiar"
            # "A forest ranger with Staatsbosbeheer said": where the one described works.
            familiar = familiar or (piece == "with" and _someone_described_before(pieces, index))
            if (
                not familiar
                and not _and_inside_a_name(pieces, index)
                and not _and_inside_a_spokespersons_body(pieces, index)
                and not _clause_on_a_spokespersons_body(pieces, index)
                # "for the Commission for Equal Rights of Persons with Disabilities said"
                and not _inside_a_body(context, pieces[index][0])
            ):
                break
        index -= 1
    if index < 0 and window_start > sentence_start:
        return None
    # Not the words of a who-clause cut from the end ("A driver who would not give his name
    # called": "his name" is no subject).
    kept = [piece for piece in pieces[index + 1 :] if piece[1] <= end]
    while kept and kept[0][2].lower() in _FILLER_WORDS:
        kept = kept[1:]
    # "a shift the Japanese carmaker called": a noun, then a clause whose subject has its own
    # determiner; the speaker is that subject.
    for position in range(len(kept) - 1, 1, -1):
        if (
            kept[position][2] in _SECOND_DETERMINERS
            and kept[0][2].lower() in _DETERMINERS
            and kept[position - 1][2].isalpha()
            and kept[position - 1][2].islower()
            and kept[position - 1][2] not in _PREPOSITIONS
            # "A woman waiting outside the ward": the place the one described is
            and kept[position - 1][2] not in _PLACE_PREPOSITIONS
            # "the company that runs the supply ship": the object of a clause's verb
            and kept[position - 2][2] not in ("that", "which")
            # "A police officer directing the queue": the object of a participle ("a
            # meeting the minister called" has a noun there, after its article)
            and not (
                kept[position - 1][2].endswith("ing")
                and kept[position - 2][2].lower() not in _DETERMINERS
            )
        ):
            kept = kept[position:]
            break
    if not kept or len(kept) > MAX_SUBJECT_WORDS:
        return None
    if len(kept) > 1 and kept[-1][2].lower() in _SUBJECT_PRONOUNS:
        kept = kept[-1:]  # "In an interview in 2009 she said": the phrase before is no name
    return kept[0][0], end


def _someone_described_before(pieces: list[tuple[int, int, str]], index: int) -> bool:
    """ "A forest ranger", "an official": an article and up to two lower-case words."""
    for article in range(index - 2, max(-1, index - 4), -1):
        if pieces[article][2] in ("A", "An", "a", "an"):
            return all(
                piece.isalpha() and piece.islower() for _, _, piece in pieces[article + 1 : index]
            )
    return False


def _person_opening_the_part_before(
    context: SpeakerContext, sentence_start: int, comma: int
) -> tuple[int, int] | None:
    part_start = context.masked.rfind(",", max(sentence_start, comma - 160), comma) + 1
    part_start = max(part_start, sentence_start)
    if not has_person(context, part_start, comma, leading_only=True):
        return None
    person = context.people[bisect_left(context.person_starts, part_start)]
    return person.start, person.end


def _and_inside_a_name(pieces: list[tuple[int, int, str]], index: int) -> bool:
    """ "a Department of Health and Social Care spokesman": "and" between capitalised words."""
    return (
        pieces[index][2] == "and"
        and 0 < index < len(pieces) - 1
        and pieces[index - 1][2][:1].isupper()
        and pieces[index + 1][2][:1].isupper()
    )


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _and_inside_a_spokespersons_body(pieces: list[tuple[int, int, str]], index: int) -> bool:
    """ "A spokeswoman for the Amhara regional bureau of culture and sports said": "and"
    inside the body a spokesperson speaks for, named in lower case."""
    return (
        pieces[index][2] == "and"
        # "A spokesman for X said the company welcomed the scheme and would add": "and" with
        # no word after it before the verb joins two verbs, not two words of a name.
        and index < len(pieces) - 1
        and _speaks_for_the_body_before(pieces, index)
    )


def _clause_on_a_spokespersons_body(pieces: list[tuple[int, int, str]], index: int) -> bool:
    """ "A spokesman for the company that runs the supply ship said": a clause telling which
    body the spokesperson speaks for is part of the description."""
    if pieces[index][2] not in ("that", "which") or index + 1 >= len(pieces):
        return False
    verb = pieces[index + 1][2]
    return (
        verb.isalpha()
        and verb.islower()
        and verb.endswith(("s", "ed"))
        and _speaks_for_the_body_before(pieces, index)
    )


def _speaks_for_the_body_before(pieces: list[tuple[int, int, str]], index: int) -> bool:
    for earlier in range(index - 1, max(-1, index - 12), -1):
        piece = pieces[earlier][2]
        if piece in _BOUNDARY_PUNCTUATION:
            return False
        if piece == "for" and earlier > 0 and pieces[earlier - 1][2].lower() in _SPOKESPEOPLE:
            return True
    return False


def _is_passive(masked: str, word_before: str, verb_start: int) -> bool:
    """ "had been told", "was told": a form of "be" right before a participle."""
    verb = _LOWER_WORD.match(masked, verb_start)
    if verb is None:
        return False
    word, verb_word = word_before.lower(), verb.group(0)
    if word in ("been", "being", "be"):
        # "had been told", "would be asked for “a full account”"
        return verb_word.endswith("ed") or verb_word in _PARTICIPLES
    # "since the route was announced", "was warned": not the subject's own words.
    return word in ("was", "were", "is", "are") and (
        verb_word.endswith("ed") or verb_word in _PARTICIPLES
    )


_KIN_ENDS_A_CLAUSE = re.compile(
    rf"\b(?:who|whose)\b.*\b(?:his|her|their) (?:[a-z]+ )?(?:{ANY_KIN})$"
)


def _subject_before_inserted_clause(
    context: SpeakerContext, sentence_start: int, comma: int
) -> tuple[int, int] | None:
    """The subject when commas come between it and the verb.

    "The firm's chief executive, Ingrid Solberg, said": the part naming a person.
    "Ruth Delaney, 78, who uses the bus, said": the same. "A spokeswoman for X, which runs the
    buses, said": with no person named, the first part that is not an opening phrase.
    """
    masked = context.masked
    parts: list[tuple[int, int]] = []
    part_end = comma
    limit = max(sentence_start, comma - 240)
    # "Dona Fernanda Matos Ribeiro, 72, whose family has grown grapes at Boa Vista, a hamlet
    # outside Leiria, since 1911, called": five parts back to the name.
    for _ in range(6):
        previous = masked.rfind(",", limit, part_end)
        part_start = previous + 1 if previous >= 0 else limit
        parts.append((part_start, part_end))
        if previous < 0:
            break
        part_end = previous
    # "The Bank of England, London, said", "Officials in Kyiv, Ukraine, said": a place set off
    # after a name or place locates it; it is not the one speaking.
    while len(parts) > 1 and _locates_the_part_before(context, parts[0], parts[1]):
        del parts[0]
    if len(parts) > 1 and _opens_a_who_clause(masked[parts[0][0] : parts[0][1]].split()):
        # "A man from Riga who had driven 220 kilometres through the night, and who asked
        # not to be named, said": the first clause tells who he is, and stays with him.
        described = _DESCRIBED_WITH_ITS_CLAUSE.match(masked, *parts[1])
        # "A woman buying rye bread and coffee, who has lived on Fejø all her life, said":
        # the whole part before the clause, "and" and all.
        described = described or _DESCRIBED_BEFORE_ITS_CLAUSE.fullmatch(masked, *parts[1])
        # "..., and a boy of about ten on the ninth floor, whose parents asked that he not be
        # named, said": a description of a few plain words, set off before the clause.
        described = described or _DESCRIBED_SET_OFF.fullmatch(masked, *parts[1])
        if described is not None:
            return described.span(1)
    for leading_only in (True, False):
        for index, (part_start, part_end) in enumerate(parts):
            # "Chanda Mwale, 34, who owns the firm with his younger brother, Mutale Mwale,
            # said": the relative named at the end of the clause, with someone named before
            # it, is not the one speaking.
            if index + 2 < len(parts) and _KIN_ENDS_A_CLAUSE.search(masked, *parts[index + 1]):
                continue
            if has_person(context, part_start, part_end, leading_only):
                return subject_before(context, part_start, part_end)
    for part_start, part_end in parts:
        # "The manufacturer, Agrovia, said": the part that is a name, not the description.
        name = named_entity_part(context, part_start, part_end)
        if name is not None:
            return name
    for part_start, part_end in reversed(parts):
        words = masked[part_start:part_end].split()
        if not words or words[0].lower() in _OPENING_WORDS:
            continue
        if words[0].lower() in ("who", "which", "whose") or not words[0][:1].isalpha():
            continue
        return subject_before(context, part_start, part_end)
    return None


def _opens_a_who_clause(words: list[str]) -> bool:
    """ "who asked not to be named", "and who did not want to be named", "and whose own
    daughters learned at the school": a clause set off after the one described."""
    return words[:1] in (["who"], ["whose"]) or words[:2] in (["and", "who"], ["and", "whose"])


_DESCRIBED_WITH_ITS_CLAUSE = re.compile(
    r"\s*(?:and )?((?:[Aa]n?|[Oo]ne|[Aa]nother) [a-z][\w-]*(?: [\w’'-]+){0,4}? who [^,]*?)\s*$"
)


_DESCRIBED_BEFORE_ITS_CLAUSE = re.compile(
    r"\s*(?:and )?((?:[Aa]n?|[Oo]ne|[Aa]nother) [a-z][\w-]* [a-z]+ing(?: [\w’'-]+){1,6})\s*"
)


_DESCRIBED_SET_OFF = re.compile(
    r"\s*(?:and )?((?:[Aa]n?|[Oo]ne|[Aa]nother) [a-z][\w-]*(?: [a-z][\w’'-]*){0,8})\s*"
)


def _locates_the_part_before(
    context: SpeakerContext, part: tuple[int, int], before: tuple[int, int]
) -> bool:
    place = named_entity_part(context, *part)
    if (
        place is None
        or context.analysis.spans[bisect_left(context.entity_starts, place[0])].label != "GPE"
    ):
        return False
    named = entity_containing(context, before[1] - 1)
    return named is not None and named.end == before[1] and named.label in ("ORG", "GPE")


def named_entity_part(context: SpeakerContext, start: int, end: int) -> tuple[int, int] | None:
    """Bounds of an organisation or place that makes up the whole of masked[start:end]."""
    text = context.masked[start:end]
    stripped = text.strip()
    if not stripped[:1].isupper():
        return None
    first = start + text.find(stripped)
    index = bisect_left(context.entity_starts, first)
    spans = context.analysis.spans
    if index < len(spans) and spans[index].start == first:
        span = spans[index]
        if span.end == first + len(stripped) and span.label in ("ORG", "GPE", "NORP"):
            return span.start, span.end
    return None


_OPENING_WORDS = frozenset(
    "in at on by for after before during speaking asked earlier later however meanwhile"
    " yesterday today following despite while when since as writing responding from under"
    " with".split()
)


def _is_auxiliary(word: str) -> bool:
    lowered = word.lower()
    return lowered in _AUXILIARY_WORDS or (
        word.islower() and word.endswith("ly") and lowered not in _NOUNS_IN_LY
    )


# Nouns that end like adverbs: "Mr Tattersall's family said" has no adverb before its verb;
# nor "Mr Serik uly said", where the Kazakh "son of" closes a name.
_NOUNS_IN_LY = frozenset(
    "family ally rally assembly supply reply anomaly monopoly bully belly fly july uly".split()
)


_PIECE = re.compile(r"[\w’'.&-]+|[^\w\s]")
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_DESCRIBED_AGENT = re.compile(
    r"[a-z]+ed by ((?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}"
    r"|(?:one|a|an|the|another) [a-z]+(?: [a-z]+)?) (?:as|that)\b"
)
_AGENT = re.compile(r"[a-z]+ by ((?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})")
_PARTICIPLES = frozenset("told written spoken said".split())
_AUXILIARY_WORDS = frozenset(
    "has have had was is were will would also later then previously earlier once again simply"
    " just recently already still never often always".split()
)
_BOUNDARY_PUNCTUATION = frozenset(",;:()—–“”\"-‘’'")
_BOUNDARY_WORDS = frozenset(
    "that after as if when while because but and which who whom what where since before"
    " although though so than then until once however meanwhile whether amid despite with"
    " without adding saying".split()
)
_SECOND_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
_PLACE_PREPOSITIONS = frozenset(
    "outside inside behind beside across along through around past beyond".split()
)
_PREPOSITIONS = frozenset(
    "of for at in on by to from with about over under into near against among between".split()
)
_FILLER_WORDS = frozenset(
    "earlier later also now today yesterday however meanwhile ultimately separately then"
    " instead indeed but and so".split()
)
