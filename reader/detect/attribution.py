"""Who said each quote: the speaker named around it, or the person a pronoun points back to.

Shapes handled: “...,” X said / said X / X told the BBC / according to X; X said: “...”;
X warned Russia would be “punished”; dismissed as “deaf” by X; a quote with no attribution
whose speaker is named in the sentence before; and "he"/"she" resolved to the last person
who spoke or was the subject of a sentence, skipping people of the other gender when known.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from reader.detect.entities import EntityAnalysis
from reader.detect.lexicon import speech_verbs
from reader.detect.quotes import RawQuote
from reader.detect.sentences import Sentences, masked_text
from reader.detect.types import EntitySpan

_WORDS = re.compile(r"\w+")
_PRONOUNS = {"he": "m", "she": "f"}
_IGNORED_PRONOUNS = frozenset({"they", "it", "we", "i", "you", "who", "which", "this", "that"})
_AUXILIARY = (
    r"(?:has|have|had|was|is|were|will|would|also|later|then|previously|earlier|once|again"
    r"|simply|just|recently|had\s+earlier|[a-z]+ly)"
)
_DESCRIPTION_WITH_OWNER = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|spokespeople|source|sources|aide|aides|official"
    r"|officials|friend|friends|ally|allies|lawyer|lawyers|representative|adviser|advisers"
    r"|advisor|insider|colleague|relative|family|member|members|statement|team|office)"
    r"\s+(?:for|of|to|close\s+to|from|at)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|his|her|their|its|one|two|three|some|several|many|another|other)\s+",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"^(?:at|in|on|speaking|asked|after|earlier|however|but|and|later|meanwhile|yesterday"
    r"|during|following|despite|while|when|since|as|ultimately|writing|responding|by|for"
    r"|with|from|under|in\s+a)\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:as|called|branded|labelled|labeled|dubbed)\s+(?:an?\s+|the\s+)?[“\"‘']?$"
)
_MAX_SUBJECT_WORDS = 12
_LOOK_BACK_SENTENCES = 12


@cache
def _verb_pattern() -> str:
    return "|".join(sorted(speech_verbs(), key=len, reverse=True))


_LOWER_WORD = re.compile(r"[A-Za-z]+")


def _speech_verbs_in(masked: str, start: int, end: int) -> list[re.Match[str]]:
    verbs = speech_verbs()
    return [word for word in _LOWER_WORD.finditer(masked, start, end) if word.group(0) in verbs]


_AFTER_ACCORDING = re.compile(r"^[\s,;—–-]*according\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80})")
_AFTER_BY = re.compile(r"^\s*by\s+(?P<subject>[^.;:!?“”\"]{1,80}?)\s*(?:[.;:!?]|$)")
_BEFORE_ACCORDING = re.compile(
    r"according\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80}),?\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    span: tuple[int, int]
    is_person: bool


@dataclass(slots=True)
class _Context:
    text: str
    masked: str
    sentences: Sentences
    analysis: EntityAnalysis
    person_starts: list[int] = field(default_factory=list)
    people: list[EntitySpan] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)
    organisations: set[str] = field(default_factory=set)
    # sentence index -> speakers of quotes in that sentence, filled in text order
    spoken: dict[int, list[Speaker]] = field(default_factory=dict)


def attribute(text: str, quotes: list[RawQuote], analysis: EntityAnalysis) -> list[Speaker | None]:
    """A speaker (or None) for every quote, in the order given."""
    masked = masked_text(text, quotes)
    context = _Context(text, masked, Sentences(masked), analysis)
    context.people = [span for span in analysis.spans if span.label == "PERSON"]
    context.person_starts = [span.start for span in context.people]
    context.entity_starts = [span.start for span in analysis.spans]
    context.organisations = {span.canonical for span in analysis.spans if span.label == "ORG"}

    speakers: list[Speaker | None] = [None] * len(quotes)
    chains: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        chains.setdefault(quote.chain, []).append(index)
    done: set[int] = set()
    last_speaker: tuple[int, Speaker] | None = None  # (paragraph start, speaker)
    descriptions: dict[str, Speaker] = {}  # head noun -> the first speaker described so
    for index, quote in enumerate(quotes):
        if index in done:
            continue
        members = chains.get(quote.chain, [index]) if quote.chain == index else [index]
        speaker = None
        for member in members:
            speaker = _own_speaker(context, quotes[member])
            if speaker is not None:
                break
        if speaker is None and quote.kind == "direct":
            speaker = _speaker_from_sentence_before(context, quote)
            if speaker is None and last_speaker is not None:
                speaker = _recent(context, quote, last_speaker)
        if speaker is not None and not speaker.is_person:
            speaker = _earlier_description(speaker, descriptions)
        for member in members:
            speakers[member] = speaker
            done.add(member)
            if speaker is not None:
                sentence = context.sentences.index_at(quotes[member].start)
                context.spoken.setdefault(sentence, []).append(speaker)
        if speaker is not None:
            last_speaker = (quotes[members[-1]].paragraph_start, speaker)
    _fill_from_repeated_words(text, quotes, speakers)
    return speakers


def _earlier_description(speaker: Speaker, descriptions: dict[str, Speaker]) -> Speaker:
    """ "the source" after "a senior council source": the speaker introduced before."""
    words = speaker.name.split()
    head = words[-1].lower()
    if len(words) < 2 or not words[0][:1].isalpha():
        return speaker
    earlier = descriptions.get(head)
    if earlier is None:
        if words[0].lower() in ("a", "an"):
            descriptions[head] = speaker
        return speaker
    if words[0].lower() == "the" and len(words) <= 3:
        return Speaker(earlier.name, speaker.span, earlier.is_person)
    return speaker


def _quoted_words(text: str, quote: RawQuote) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text[quote.start : quote.end].casefold()))


def _fill_from_repeated_words(
    text: str, quotes: list[RawQuote], speakers: list[Speaker | None]
) -> None:
    """A headline's 'above zero' is the speaker's own “above zero” quoted again further on."""
    wanted: dict[tuple[str, str], list[int]] = {}
    for index, (quote, speaker) in enumerate(zip(quotes, speakers, strict=True)):
        if speaker is None:
            key = _first_two_words(text, quote)
            if key is not None:
                wanted.setdefault(key, []).append(index)
    if not wanted:
        return
    for quote, speaker in zip(quotes, speakers, strict=True):
        if speaker is None:
            continue
        key = _first_two_words(text, quote)
        if key not in wanted:
            continue
        words = _quoted_words(text, quote)
        waiting = wanted[key]
        for index in waiting:
            unresolved = _quoted_words(text, quotes[index])
            if speakers[index] is None and words[: len(unresolved)] == unresolved:
                speakers[index] = speaker
        wanted[key] = [index for index in waiting if speakers[index] is None]
        if not wanted[key]:
            del wanted[key]


_TWO_WORDS = re.compile(r"\W*(\w+)\W+(\w+)")


def _first_two_words(text: str, quote: RawQuote) -> tuple[str, str] | None:
    match = _TWO_WORDS.match(text, quote.start, quote.end)
    return (match.group(1).casefold(), match.group(2).casefold()) if match else None


def _recent(context: _Context, quote: RawQuote, last: tuple[int, Speaker]) -> Speaker | None:
    """The previous quote's speaker, when that quote is in this paragraph or the one before."""
    paragraph_start, speaker = last
    between = context.text[paragraph_start : quote.paragraph_start]
    return speaker if between.count("\n\n") <= 1 and between.count("\n") <= 2 else None


def _own_speaker(context: _Context, quote: RawQuote) -> Speaker | None:
    masked = context.masked
    sentence_start, _ = context.sentences.around(quote.start)
    # Attribution sits near the quote: bounding the windows keeps run-on text linear.
    sentence_start = max(sentence_start, quote.start - _WINDOW)
    after_end = min(context.sentences.next_start_after(quote.end - 1), quote.end + _WINDOW)
    paragraph_end = masked.find("\n", quote.end, after_end)
    if paragraph_end != -1:
        after_end = paragraph_end
    after = masked[quote.end : after_end]

    if _PASSIVE_BEFORE.search(masked, max(sentence_start, quote.start - 40), quote.start):
        match = _AFTER_BY.match(after)
        if match:
            return _speaker_from_subject(
                context, quote.end + match.start("subject"), quote.end + match.end("subject")
            )
    from_before = None
    if quote.kind == "partial":
        from_before = _from_before(context, sentence_start, quote.start)
        if from_before is not None:
            return from_before
    according = _AFTER_ACCORDING.match(after)
    if according:
        bounds: tuple[int, int] | None = (
            quote.end + according.start("subject"),
            quote.end + according.end("subject"),
        )
    else:
        bounds = _subject_after(masked, quote.end, after_end)
    if bounds is not None:
        speaker = _speaker_from_subject(context, *bounds)
        if speaker is not None:
            return speaker
    if quote.kind == "partial":
        return None
    return _from_before(context, sentence_start, quote.start)


_WINDOW = 400
_LEADING_PUNCTUATION = frozenset(",;—–-")
_CLAUSE_END = frozenset('.;:!?“”"()')


def _subject_after(masked: str, start: int, end: int) -> tuple[int, int] | None:
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
            and not (word[0].isupper() and len(word) <= 5)  # "Dr.", "Gen.", "Sen."
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
        if last == first + 1 or last - first > _MAX_SUBJECT_WORDS:
            return None
        return pieces[first + 1][0], pieces[last - 1][1]
    comma = -1
    for index in range(first, min(len(pieces), first + 25)):
        piece = pieces[index][2]
        if piece in _CLAUSE_END:
            return None
        if piece == "," and comma < 0:
            comma = index
            continue
        if piece not in verbs or index == first:
            continue
        if comma < 0:
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
        # ", Anna Berg, the union leader, said": the name before the first comma
        if pieces[first][2][:1].isupper() and comma - first <= 6:
            return pieces[first][0], pieces[comma - 1][1]
        return None
    return None


def _from_before(context: _Context, sentence_start: int, end: int) -> Speaker | None:
    """The subject of the last speech verb between the sentence start and ``end``."""
    masked = context.masked
    according = (
        _BEFORE_ACCORDING.search(masked, sentence_start, end)
        if "ccording to" in masked[sentence_start:end]
        else None
    )
    if according:
        return _speaker_from_subject(context, according.start("subject"), according.end("subject"))
    verbs = _speech_verbs_in(masked, sentence_start, end)
    coordinated = False
    for verb in reversed(verbs):
        if masked[max(sentence_start, verb.start() - 3) : verb.start()] == "to ":
            continue
        if verb.group(0).endswith("ing"):
            continue  # "..., characterising them as": a participle has no subject before it
        bounds = _subject_before(context, sentence_start, verb.start())
        if bounds is None:
            coordinated = coordinated or _follows_and(masked, sentence_start, verb.start())
            continue
        speaker = _speaker_from_subject(context, *bounds)
        if speaker is not None:
            return speaker
    if coordinated:
        # "X, the chair, welcomed the plan but warned it was “late”": the sentence's subject.
        return _sentence_subject(context, context.sentences.index_at(sentence_start), end)
    return None


def _follows_and(masked: str, sentence_start: int, verb_start: int) -> bool:
    words = masked[max(sentence_start, verb_start - 30) : verb_start].split()
    while words and _is_auxiliary(words[-1]):
        words.pop()
    return bool(words) and words[-1].lower() in ("and", "but")


def _subject_before(
    context: _Context, sentence_start: int, verb_start: int
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
    while pieces and _is_auxiliary(pieces[-1][2]):
        pieces.pop()
    if not pieces:
        return None
    if pieces[-1][2] == ",":
        return _subject_before_inserted_clause(context, sentence_start, pieces[-1][0])
    if pieces[-1][2] in ("which", "who"):
        return pieces[-1][0], pieces[-1][1]
    end = pieces[-1][1]
    index = len(pieces) - 1
    while index >= 0:
        piece = pieces[index][2]
        if piece in _BOUNDARY_PUNCTUATION or piece.lower() in _BOUNDARY_WORDS:
            break
        index -= 1
    if index < 0 and window_start > sentence_start:
        return None
    kept = pieces[index + 1 :]
    while kept and kept[0][2].lower() in _FILLER_WORDS:
        kept = kept[1:]
    if not kept or len(kept) > _MAX_SUBJECT_WORDS:
        return None
    return kept[0][0], end


def _subject_before_inserted_clause(
    context: _Context, sentence_start: int, comma: int
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
    for _ in range(4):
        previous = masked.rfind(",", limit, part_end)
        part_start = previous + 1 if previous >= 0 else limit
        parts.append((part_start, part_end))
        if previous < 0:
            break
        part_end = previous
    for leading_only in (True, False):
        for part_start, part_end in parts:
            if _has_person(context, part_start, part_end, leading_only):
                return _subject_before(context, part_start, part_end)
    for part_start, part_end in reversed(parts):
        words = masked[part_start:part_end].split()
        if not words or words[0].lower() in _OPENING_WORDS:
            continue
        if words[0].lower() in ("who", "which", "whose") or not words[0][:1].isalpha():
            continue
        return _subject_before(context, part_start, part_end)
    return None


def _has_person(context: _Context, start: int, end: int, leading_only: bool = False) -> bool:
    """Whether a person is named between start and end (at its very start, if leading_only)."""
    index = bisect_left(context.person_starts, start)
    if index >= len(context.people) or context.people[index].end > end:
        return False
    before = context.text[start : context.people[index].start]
    return not leading_only or _ONLY_TITLES.match(before) is not None


_ONLY_TITLES = re.compile(r"^\s*(?:[A-Z][\w.]*\s+)*$")


_OPENING_WORDS = frozenset(
    "in at on by for after before during speaking asked earlier later however meanwhile"
    " yesterday today following despite while when since as writing responding from under"
    " with".split()
)


def _is_auxiliary(word: str) -> bool:
    lowered = word.lower()
    return lowered in _AUXILIARY_WORDS or (word.islower() and word.endswith("ly"))


_PIECE = re.compile(r"[\w’'.&-]+|[^\w\s]")
_AUXILIARY_WORDS = frozenset(
    "has have had was is were will would also later then previously earlier once again simply"
    " just recently".split()
)
_BOUNDARY_PUNCTUATION = frozenset(",;:()—–“”\"-‘’'")
_BOUNDARY_WORDS = frozenset(
    "that after as if when while because but and which who whom what where since before"
    " although though so than then until once however meanwhile whether amid despite with"
    " without adding saying".split()
)
_FILLER_WORDS = frozenset(
    "earlier later also now today yesterday however meanwhile ultimately separately then"
    " instead indeed but and so".split()
)


def _speaker_from_subject(context: _Context, start: int, end: int) -> Speaker | None:
    text = context.text
    phrase = text[start:end].strip(" ,")
    start = text.find(phrase, start) if phrase else start
    end = start + len(phrase)
    if not phrase or len(phrase.split()) > _MAX_SUBJECT_WORDS:
        return None
    words = phrase.split()
    last = words[-1].lower()
    if last in _PRONOUNS and len(words) <= 2:
        pronoun_start = start + phrase.rfind(words[-1])
        return _resolve_pronoun(context, last, pronoun_start)
    if len(words) == 1 and last in ("which", "who"):
        # "a report by the finance director, Neil Sutton, which says": the one named before.
        return _person_just_before(context, start)
    if last in _IGNORED_PRONOUNS or words[0].lower() in _IGNORED_PRONOUNS:
        return None
    containing = _entity_containing(context, start)
    if containing is not None and containing.end >= end:
        # The walk back stopped inside a name ("..., Housing and Communities said").
        start, end = containing.start, containing.end
        phrase = text[start:end]
    inside = _entities_within(context, start, end)
    people = [span for span in inside if span.label == "PERSON"]
    if people and not _DESCRIPTION_WITH_OWNER.search(phrase):
        person = people[-1]
        return Speaker(person.canonical, (person.start, person.end), True)
    bare = _DETERMINER.sub("", phrase)
    if len(inside) == 1 and text[inside[0].start : inside[0].end] == bare:
        entity = inside[0]
        if entity.label in ("ORG", "GPE", "NORP"):
            return Speaker(entity.canonical, (start, end), False)
    if not any(char.isalpha() for char in phrase) or (
        phrase[0].islower() and not _DETERMINER.match(phrase)
    ):
        return None
    titled = context.analysis.titled.get(bare.lower())
    if titled is not None:
        return Speaker(titled, (start, end), True)
    if _BARE_SPOKESPERSON.match(phrase):
        body = _organisation_in_sentence_before(context, start)
        if body is not None:
            return body
    return Speaker(phrase, (start, end), False)


_BARE_SPOKESPERSON = re.compile(r"^(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson)$", re.I)


def _organisation_in_sentence_before(context: _Context, position: int) -> Speaker | None:
    """ "The Department said ... A spokesman claimed": the spokesman speaks for it."""
    sentence = context.sentences.index_at(position)
    if sentence == 0:
        return None
    start, end = context.sentences.bounds(sentence - 1)
    speaker = _from_before(context, max(start, end - _WINDOW), end)
    if speaker is not None and not speaker.is_person and speaker.name in context.organisations:
        return speaker
    return None


def _entity_containing(context: _Context, position: int) -> EntitySpan | None:
    index = bisect_left(context.entity_starts, position + 1) - 1
    if index >= 0:
        entity = context.analysis.spans[index]
        if entity.start < position < entity.end:
            return entity
    return None


def _person_just_before(context: _Context, position: int) -> Speaker | None:
    index = bisect_left(context.person_starts, position) - 1
    if index >= 0:
        person = context.people[index]
        if 0 <= position - person.end <= 40:
            return Speaker(person.canonical, (person.start, person.end), True)
    return None


def _entities_within(context: _Context, start: int, end: int) -> list[EntitySpan]:
    spans = context.analysis.spans
    index = bisect_left(context.entity_starts, start)
    found = []
    while index < len(spans) and spans[index].start < end:
        if spans[index].end <= end:
            found.append(spans[index])
        index += 1
    return found


def _resolve_pronoun(context: _Context, pronoun: str, position: int) -> Speaker | None:
    gender = _PRONOUNS[pronoun]
    genders = context.analysis.genders
    sentences = context.sentences
    sentence = sentences.index_at(position)

    def fits(speaker: Speaker | None) -> bool:
        return (
            speaker is not None
            and speaker.is_person
            and genders.get(speaker.name, gender) == gender
        )

    own = _sentence_subject(context, sentence, before=position)
    if fits(own):
        return own
    for earlier in range(sentence - 1, max(-1, sentence - _LOOK_BACK_SENTENCES), -1):
        for speaker in reversed(context.spoken.get(earlier, [])):
            if fits(speaker):
                return speaker
        subject = _sentence_subject(context, earlier, before=None)
        if fits(subject):
            return subject
    return None


def _sentence_subject(context: _Context, sentence: int, before: int | None) -> Speaker | None:
    """The person a sentence is about: the first person named at its start, after any
    introductory phrase ("At a frosty briefing, Mr Lavrov said ...")."""
    start, end = context.sentences.bounds(sentence)
    if before is not None:
        end = min(end, before)
    head = context.masked[start : min(end, start + _WINDOW)]
    stripped = head.lstrip(" “\"‘'")
    offset = start + len(head) - len(stripped)
    intro = _INTRO.match(stripped)
    if intro:
        offset += intro.end()
        stripped = stripped[intro.end() :]
    if _PRONOUN_START.match(stripped):
        return None
    index = bisect_left(context.person_starts, offset)
    if index < len(context.people):
        person = context.people[index]
        if person.end <= end and person.start - offset <= 70:
            between = context.text[offset : person.start]
            if "“" not in between and not _speech_verbs_in(between, 0, len(between)):
                return Speaker(person.canonical, (person.start, person.end), True)
    return None


def _speaker_from_sentence_before(context: _Context, quote: RawQuote) -> Speaker | None:
    """A quote standing alone after "Tom Tugendhat told BBC Breakfast that ...": that speaker."""
    sentence = context.sentences.index_at(quote.start)
    start, _ = context.sentences.bounds(sentence)
    if quote.start - start > 8 or context.masked[start : quote.start].strip(" “\"‘'"):
        return None
    if sentence == 0:
        return None
    previous_start, previous_end = context.sentences.bounds(sentence - 1)
    previous_start = max(previous_start, previous_end - _WINDOW)
    if context.masked.count("\n", previous_start, start) > 2:
        return None
    spoken = context.spoken.get(sentence - 1)
    if spoken:
        return spoken[-1]
    return _from_before(context, previous_start, previous_end)
