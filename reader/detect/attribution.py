"""Who said each quote: the speaker named around it, or the person a pronoun points back to.

Shapes handled: “...,” X said / said X / X told the BBC / according to X; X said: “...”;
X warned Russia would be “punished”; dismissed as “deaf” by X; a quote with no attribution
whose speaker is named in the sentence before; and "he"/"she" resolved to the last person
who spoke or was the subject of a sentence, skipping people of the other gender when known.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from reader.detect.candidates import EntityAnalysis
from reader.detect.lexicon import honorifics, org_suffixes, speech_verbs
from reader.detect.pronouns import (
    ANONYMITY_WORDS,
    DESCRIBED_BEFORE_A_PREDICATE,
    DESCRIBED_BEFORE_A_VERB,
    DESCRIBED_SAYING,
    IDENTIFYING_CLAUSE,
    IDENTIFYING_WHO,
    PRONOUNS,
    SPOKESPERSON_FOR,
    described_subject,
    name_given_in,
    of_one_family,
    one_other_of_the_family,
    relative_a_sentence_opens_on,
    resolve_pronoun,
    sentence_subject,
    the_older_or_younger,
)
from reader.detect.quotes import RawQuote
from reader.detect.roles import KIN_SEX, role_map, strip_possessive
from reader.detect.sentences import Sentences, masked_text
from reader.detect.speaker_context import (
    Speaker,
    SpeakerContext,
    entities_within,
    entity_containing,
    person_just_before,
)
from reader.detect.subjects import (
    WINDOW,
    follows_and,
    most_subject_words,
    speech_verbs_in,
    subject_after,
    subject_before,
)
from reader.detect.types import EntitySpan

_WORDS = re.compile(r"\w+")
_IGNORED_PRONOUNS = frozenset({"they", "it", "we", "i", "you", "who", "which", "this", "that"})
_DESCRIPTION_WITH_OWNER = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|spokespeople|source|sources|aide|aides|official"
    r"|officials|friend|friends|ally|allies|lawyer|lawyers|representative|adviser|advisers"
    r"|advisor|insider|colleague|relative|family|member|members|team|office)"
    r"\s+(?:for|of|to|close\s+to|from|at)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|his|her|their|its|one|two|three|some|several|many|another|other)\s+",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:as|called|branded|labelled|labeled|dubbed)\s+(?:an?\s+|the\s+)?[“\"‘']?$"
)

_ATTRIBUTION_ON_NEXT_LINE = re.compile(r"[ \t]*\n\s*(?=[a-z])")
_AFTER_ACCORDING = re.compile(r"^[\s,;—–-]*according\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80})")
_AFTER_BY = re.compile(r"^\s*by\s+(?P<subject>[^.;:!?“”\"]{1,80}?)\s*(?:[.;:!?]|$)")
_CLOSING_ACCORDING = re.compile(
    r"[^.;:!?“”\"]{1,120}?,\s+according\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80})[.;]"
)
_INSERTED_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80}),\s", re.I)
_OPENING_ACCORDING = re.compile(r"[Aa]ccording\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80}),\s")
_BEFORE_ACCORDING = re.compile(
    r"according\s+to\s+(?P<subject>[^,.;:!?“”\"]{1,80}),?\s*$", re.IGNORECASE
)


def _without_commas_inside_bodies(masked: str, spans: list[EntitySpan]) -> str:
    """ "A spokesman for the Ministry of Health, Environment and Nature said": a comma inside
    a body's name ends no clause, so the rules that walk back from a verb read it as a space."""
    commas = [
        position
        for span in spans
        if span.label == "ORG" and "," in masked[span.start : span.end]
        for position in range(span.start, span.end)
        if masked[position] == ","
    ]
    if not commas:
        return masked
    # Slices, not a list of a megabyte's characters: this is a tenth of the time.
    pieces = []
    position = 0
    for comma in sorted(commas):
        pieces.append(masked[position:comma])
        position = comma + 1
    pieces.append(masked[position:])
    return " ".join(pieces)


def attribute(text: str, quotes: list[RawQuote], analysis: EntityAnalysis) -> list[Speaker | None]:
    """A speaker (or None) for every quote, in the order given."""
    masked = _without_commas_inside_bodies(masked_text(text, quotes), analysis.spans)
    context = SpeakerContext(text, masked, Sentences(masked), analysis)
    context.people = [span for span in analysis.spans if span.label == "PERSON"]
    context.person_starts = [span.start for span in context.people]
    context.entity_starts = [span.start for span in analysis.spans]
    context.organisations = frozenset(
        span.canonical for span in analysis.spans if span.label == "ORG"
    )
    context.roles = role_map(text, context.people)
    context.reported = _reported_speakers(context)

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
            if speaker is None:
                speaker = _speaker_named_after(context, quotes[members[-1]])
            if speaker is None:
                speaker = _speaker_introduced_before(context, quote)
            if speaker is None and last_speaker is not None:
                speaker = _recent(context, quote, last_speaker)
            if speaker is None:
                speaker = _speaker_in_standfirst(context, quote)
        if speaker is not None and not speaker.is_person:
            speaker = _earlier_description(speaker, descriptions, text)
        elif speaker is not None:
            speaker = _the_relative_meant(context, quote, speaker)
        for member in members:
            speakers[member] = speaker
            done.add(member)
            if speaker is not None:
                sentence = context.sentences.index_at(quotes[member].start)
                context.spoken.setdefault(sentence, []).append(speaker)
        if speaker is not None:
            last_speaker = (quotes[members[-1]].paragraph_start, speaker)
    _fill_from_repeated_words(text, quotes, speakers)
    _standfirst_from_body(context, quotes, speakers)
    # The closure holds the context: dropping it frees the context, and all it reaches, at
    # once, not at the cyclic collector's next pass.
    context.reported = None
    return [_in_lower_case(speaker) for speaker in speakers]


def _the_relative_meant(context: SpeakerContext, quote: RawQuote, speaker: Speaker) -> Speaker:
    """ "His brother nodded. “...,” Mr Sanneh said": where two of the family share the name the
    speaker is called by, the relative the sentence before opens on."""
    mention = context.text[speaker.span[0] : speaker.span[1]].split()
    if (
        not mention
        or speaker.name.split()[0] in mention
        or not of_one_family(context, speaker.name)
    ):
        return speaker
    sentence = context.sentences.index_at(speaker.span[0])
    verb_after = context.text[speaker.span[1] + 1 : speaker.span[1] + 30].split(" ", 1)[0]
    # "“...,” Mr Sanneh said", "Mr Sanneh said:", "His brother, still in a sling, said"; not
    # "Ms Kila showed the message. “...,” she said", the sentence her sister-in-law's follows.
    named_speaking = (
        speaker.span[0] > quote.start
        or mention[0] in ("His", "Her")
        or verb_after.rstrip(":,") in speech_verbs()
    )
    if sentence != context.sentences.index_at(quote.start) or not named_speaking:
        return speaker
    paragraph_start = quote.paragraph_start
    for opening in (sentence, sentence - 1):
        if opening < 0 or context.sentences.bounds(opening)[0] < paragraph_start:
            break
        relative = relative_a_sentence_opens_on(context, opening)
        if relative is not None and of_one_family(context, speaker.name, relative):
            return Speaker(relative, speaker.span, True)
    return speaker


_ARTICLES_OPENING = ("A ", "An ", "One ", "Another ")


def _in_lower_case(speaker: Speaker | None) -> Speaker | None:
    """ "A senior official" opening a sentence, "a senior official" for the later "the
    official": one description, written one way, so the quotes panel lists it once."""
    if speaker is None or speaker.is_person or not speaker.name.startswith(_ARTICLES_OPENING):
        return speaker
    return Speaker(speaker.name[0].lower() + speaker.name[1:], speaker.span, False)


_BODY_REACH = 30_000
# "The Italian fourth seed", "The 24-year-old Welsh rider": a person described, not named.
_DESCRIBED_PERSON = re.compile(
    r"^The (?:[\w-]+ ){0,3}(?:\d+-year-old|seed|rider|player|champion|winner|runner|star"
    r"|teenager|veteran|youngster|striker|midfielder|winger|goalkeeper|batsman|bowler"
    r"|golfer|boxer|driver|cyclist|swimmer|sprinter)\b"
)


def _first_person_after(context: SpeakerContext, position: int) -> Speaker | None:
    index = bisect_left(context.person_starts, position)
    if index < len(context.people) and context.people[index].start - position < _LEAD_REACH:
        person = context.people[index]
        return Speaker(person.canonical, (person.start, person.end), True)
    return None


_LEAD_REACH = 400


def _standfirst_from_body(
    context: SpeakerContext, quotes: list[RawQuote], speakers: list[Speaker | None]
) -> None:
    """ "Campaigners say the fine is “small change”": the standfirst sums up, and the person
    the body quotes saying the same words is the speaker."""
    text = context.text
    standfirst_end = text.find("\n")
    if standfirst_end < 0:
        return
    lead: Speaker | None = None
    for index, quote in enumerate(quotes):
        if quote.start >= standfirst_end:
            break
        speaker = speakers[index]
        if speaker is not None and speaker.is_person:
            continue
        if _DESCRIBED_PERSON.match(speaker.name if speaker else text[:standfirst_end]):
            # "The 24-year-old Welsh rider called it “the best day of my life”": the story's
            # lead, whom the body names first.
            lead = lead or _first_person_after(context, standfirst_end)
            if lead is not None:
                speakers[index] = lead
                continue
        words = " ".join(_quoted_words(text, quote))
        if not words:
            continue
        for later, later_speaker in zip(quotes[index + 1 :], speakers[index + 1 :], strict=True):
            if later.start > standfirst_end + _BODY_REACH:
                break  # a summing-up is taken from the story's first pages
            if (
                later.start > standfirst_end
                and later_speaker is not None
                and later_speaker.is_person
                and f" {words} " in " " + " ".join(_quoted_words(text, later)) + " "
            ):
                speakers[index] = later_speaker
                break


def _earlier_description(speaker: Speaker, descriptions: dict[str, Speaker], text: str) -> Speaker:
    """ "the source" after "a senior council source": the speaker introduced before."""
    words = speaker.name.split()
    if len(words) < 2 or not words[0][:1].isalpha():
        return speaker
    head = _description_head(words)
    earlier = descriptions.get(head)
    if earlier is None and words[0].lower() == "the" and len(words) == 2 and head in _ANONYMOUS:
        # Introduced in a sentence that quoted nobody: "a senior government source said ...".
        introduced = _introduced_as(text, head, speaker.span[0])
        if introduced is not None:
            earlier = Speaker(introduced, speaker.span, False)
    if earlier is None:
        if words[0].lower() in ("a", "an"):
            descriptions[head] = speaker
        return speaker
    if words[0].lower() == "the" and len(words) <= 3:
        return Speaker(earlier.name, speaker.span, earlier.is_person)
    return speaker


_PREPOSITIONS_AFTER_A_HEAD = frozenset("for of at in from with on to".split())


def _description_head(words: list[str]) -> str:
    """ "spokeswoman" of "a spokeswoman for the Northern Province", "source" of "a senior
    council source": the noun before the first preposition, else the last."""
    for index in range(2, len(words)):
        if words[index] in _PREPOSITIONS_AFTER_A_HEAD:
            return words[index - 1].lower()
    return words[-1].lower()


# People quoted without a name, whom only their first description tells apart.
_ANONYMOUS = frozenset(
    "source insider official aide adviser advisor spokesman spokeswoman spokesperson ally"
    " friend witness neighbour neighbor resident diplomat".split()
)
# Words that end a description rather than describe ("a lot of the source" is none).
_FUNCTION_WORDS = "(?:the|of|and|or|to|in|for|on|at|by|with|who|that|which|is|was|has|had)"


def _introduced_as(text: str, head: str, before: int) -> str | None:
    """The last "a senior government source" before ``before`` whose last word is ``head``."""
    # "a senior government source", "one official in Brussels": where it was, as written.
    pattern = (
        rf"\b(?:[Aa]n? (?:(?!{_FUNCTION_WORDS}\b)[A-Za-z-]+ ){{0,3}}|(?:[Oo]ne|[Aa]nother) "
        rf"(?:(?!{_FUNCTION_WORDS}\b)[A-Za-z-]+ ){{0,3}}){re.escape(head)}\b"
        r"(?: (?:in|at|from|travelling with|traveling with|close to) (?:the )?"
        # "at Senegal's fisheries ministry", "at the port authority"
        r"(?:[A-Z][\w’'.-]+(?: [A-Z][\w’'-]+){0,3}(?:['’]s(?: [a-z]+){1,3})?"
        r"|[a-z]+(?: [a-z]+){0,2})"
        r"(?=,)"
        # "A spokesman for the utility said", "a spokeswoman for the Ministry of Health,"
        r"| for (?:the )?(?:[A-Z][\w’'.-]+(?: (?:of |and |for |the )*[A-Z][\w’'-]+){0,5}"
        # "a spokesman for the Malawi Police Service in Lilongwe"
        r"(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)?"
        # "a spokesman for the governor of Essaouira Province"
        r"|[a-z]+(?: of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}| [a-z]+)?)"
        r"(?= (?:said|says|told|added)\b|[,.]))?"
    )
    matches = list(re.finditer(pattern, text[max(0, before - 3000) : before]))
    found = matches[-1] if matches else None
    return found.group(0)[0].lower() + found.group(0)[1:] if found else None


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


def _recent(context: SpeakerContext, quote: RawQuote, last: tuple[int, Speaker]) -> Speaker | None:
    """The previous quote's speaker, when that quote is in this paragraph or the one before."""
    paragraph_start, speaker = last
    between = context.text[paragraph_start : quote.paragraph_start]
    return speaker if between.count("\n\n") <= 1 and between.count("\n") <= 2 else None


def _own_speaker(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    masked = context.masked
    sentence_start, _ = context.sentences.around(quote.start)
    # Attribution sits near the quote: bounding the windows keeps run-on text linear.
    sentence_start = max(sentence_start, quote.start - WINDOW)
    after_end = min(context.sentences.next_start_after(quote.end - 1), quote.end + WINDOW)
    if after_end - quote.end <= 1 and context.text[quote.end - 2 : quote.end - 1] in ("?", "!"):
        # "“Where do we go?” Teboho Ramakau asked.": the question mark ends the quote, and the
        # sentence goes on to say who asked it.
        after_end = min(context.sentences.next_start_after(after_end), quote.end + WINDOW)
    paragraph_end = masked.find("\n", quote.end, after_end)
    if paragraph_end != -1:
        after_end = paragraph_end
        broken = _ATTRIBUTION_ON_NEXT_LINE.match(masked, quote.end)
        if broken is not None and context.text[quote.end - 2 : quote.end - 1] == ",":
            # A quote ending in a comma, its "said X" pushed to the next line by the layout.
            line_end = masked.find("\n", broken.end())
            after_end = min(line_end if line_end != -1 else len(masked), broken.end() + WINDOW)
    after = masked[quote.end : after_end]

    if _PASSIVE_BEFORE.search(masked, max(sentence_start, quote.start - 40), quote.start):
        match = _AFTER_BY.match(after)
        if match:
            return _speaker_from_subject(
                context, quote.end + match.start("subject"), quote.end + match.end("subject")
            )
    from_before = None
    if quote.kind == "partial":
        closing = _CLOSING_ACCORDING.match(after)
        if closing is not None:
            # "... looking at the screen for “at least four seconds” before the impact,
            # according to a collision investigator.": the source named last is the speaker.
            speaker = _speaker_from_subject(
                context, quote.end + closing.start("subject"), quote.end + closing.end("subject")
            )
            if speaker is not None:
                return speaker
        if context.text[quote.end - 2 : quote.end - 1] == ",":
            # "the sensor can warn people “hours before you can smell it,” Ms Finch said": a
            # quote closed on a comma is the words of whoever is named speaking after it.
            bounds = subject_after(masked, quote.end, after_end)
            speaker = _speaker_from_subject(context, *bounds) if bounds else None
            if speaker is not None:
                return speaker
        from_before = _from_before(context, sentence_start, quote.start)
        if from_before is not None:
            if _inside_a_thing_described(context, sentence_start, quote.start):
                return None
            return from_before
    document = _DOCUMENT_READ.match(after)
    if document:
        return _issuer(context, quote.start) or Speaker(
            document.group("document"),
            (quote.end + document.start(), quote.end + document.end()),
            False,
        )
    according = _AFTER_ACCORDING.match(after)
    if according:
        named = _person_in_apposition(context, quote.end + according.end("subject"))
        if named is not None and according.group("subject").rstrip()[-1:].islower():
            return named  # "according to the firm's land director, Julian Pask": the person
        bounds: tuple[int, int] | None = (
            quote.end + according.start("subject"),
            quote.end + according.end("subject"),
        )
    else:
        bounds = subject_after(masked, quote.end, after_end)
    if bounds is not None:
        speaker = _speaker_from_subject(context, *bounds)
        if speaker is not None:
            return speaker
    if quote.kind == "partial":
        return None
    continued = _quote_going_on(context, sentence_start, quote.start)
    if continued is not None:
        return continued
    return _from_before(context, sentence_start, quote.start)


def _person_in_apposition(context: SpeakerContext, position: int) -> Speaker | None:
    """The person named right after ", " at ``position``."""
    if context.text[position : position + 2] != ", ":
        return None
    index = bisect_left(context.person_starts, position + 2)
    if index < len(context.people) and context.people[index].start == position + 2:
        person = context.people[index]
        return Speaker(person.canonical, (person.start, person.end), True)
    return None


def _quote_going_on(context: SpeakerContext, sentence_start: int, start: int) -> Speaker | None:
    """“We lost,” said Jo Lund, the coach. “Again.”: a quote opening a sentence after an
    attributed quote goes on with that quote's speaker, not a speaker named before it."""
    spoken = context.spoken.get(context.sentences.index_at(start))
    if not spoken or not context.masked[sentence_start:start].rstrip(" “\"‘'").endswith(
        (".", "!", "?")
    ):
        return None
    return spoken[-1]


_FOUND = re.compile(r"\b(?:found|finds|concluded|concludes)\b")
_TITLED_BEFORE = re.compile(r"\s*,\s+(?:titled|entitled|called|named)\s+[“\"][^”\"]*[”\"],?\s*$")
_STUDY_WORDS = frozenset("report study review inquiry survey investigation audit analysis".split())


def _study_finding(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    """ "The committee's report found that the books had “real merit”": the report speaks."""
    findings = list(_FOUND.finditer(context.masked, start, end))
    if not findings:
        return None
    verb_start = findings[-1].start()
    titled = _TITLED_BEFORE.search(context.masked, start, verb_start)
    if titled is not None:
        verb_start = titled.start() + 1  # "the report, titled “Reading Well,” found"
    bounds = subject_before(context, start, verb_start)
    if bounds is None:
        return None
    words = context.text[bounds[0] : bounds[1]].split()
    if not words or words[-1].lower().strip(",") not in _STUDY_WORDS:
        return None
    return _speaker_from_subject(context, *bounds)


def _inside_a_thing_described(context: SpeakerContext, start: int, end: int) -> bool:
    """ "She said the vote broke a policy, which allows it only for “clear reasons”": the
    words quoted belong to the policy the open which-clause describes, not to her."""
    masked = context.masked
    verbs = speech_verbs_in(masked, start, end)
    if not verbs:
        return False
    which = masked.rfind(", which ", verbs[-1].end(), end)
    return (
        which >= 0
        and "," not in masked[which + 1 : end]
        and not speech_verbs_in(masked, which, end)
        # "a policy adopted in 2021, which allows it": a text can say things; "the first year,
        # which would go to" cannot, and the words stay the speaker's.
        and any(word.lower() in _TEXTS for word in masked[max(0, which - 40) : which].split()[-5:])
    )


_TEXTS = frozenset(
    "policy policies rule rules law laws act bill report plan plans guidance code charter"
    " contract agreement treaty document letter statement strategy framework manifesto licence"
    " license regulation regulations constitution order orders decree ruling judgment judgement"
    " notice warning advice review study survey memo email post message sign".split()
)


# A reported speaker may be a pronoun resolved through the sentence before, and so on back:
# "He said ... He said ..." thousands of times must not exhaust the stack.
_MAX_REPORTED_DEPTH = 8


def _reported_speakers(context: SpeakerContext) -> Callable[[int], Speaker | None]:
    """Who a sentence reports as speaking, each sentence worked out once, and looked back
    through at most a few sentences."""
    depth = 0
    found: dict[tuple[int, int | None], Speaker | None] = {}

    def reported(sentence: int, end: int | None = None) -> Speaker | None:
        """The speaker the sentence reports, or its part before ``end`` does."""
        nonlocal depth
        key = (sentence, end)
        if key in found:
            return found[key]
        if depth >= _MAX_REPORTED_DEPTH:
            return None
        depth += 1
        try:
            start, sentence_end = context.sentences.bounds(sentence)
            speaker = _from_before(context, start, sentence_end if end is None else end)
        finally:
            depth -= 1
        found[key] = speaker
        return speaker

    return reported


def _according_source(context: SpeakerContext, according: re.Match[str]) -> Speaker | None:
    """ "According to the Government Statistician, Dr Kwabena Adu-Gyamfi, vegetables ...": the
    person named after the office, else whoever the words after "according to" name."""
    end = according.end("subject")
    if context.masked[end : end + 2] == ", ":
        holder = _person_named_at(context, end + 2)
        if holder is not None and context.masked[holder.span[1] : holder.span[1] + 1] == ",":
            return holder
    return _speaker_from_subject(context, according.start("subject"), end)


def _person_straight_after(context: SpeakerContext, verb: re.Match[str]) -> Speaker | None:
    """The person named right after ", said" (the writer's inverted order), or after a
    quote: "“We met after church,” said Mami Odile, “and then ...”"."""
    if context.masked[verb.start() - 2 : verb.start()] not in _BEFORE_AN_INVERTED_VERB:
        return None
    person = _person_named_at(context, verb.end() + 1)
    # "The coroner, Dr Fairbrother, said Mrs Lowther would": a name the verb's clause goes on
    # after is what was said, not who said it.
    if person is None or context.masked[person.span[1] : person.span[1] + 1] not in _NAME_ENDS:
        return None
    return person


def _person_after_a_role(context: SpeakerContext, verb: re.Match[str]) -> Speaker | None:
    """ "..., and was released shortly after 8am, said the boat’s owner, Abdullah Bamatraf,
    52.": the person named after the role the inverted verb's speaker is given."""
    if context.masked[verb.start() - 2 : verb.start()] != ", ":
        return None
    role = _ROLE_AFTER_AN_INVERTED_VERB.match(context.masked, verb.end())
    if role is None:
        return None
    person = _person_named_at(context, role.end())
    if person is None or context.masked[person.span[1] : person.span[1] + 1] not in _NAME_ENDS:
        return None
    return person


_ROLE_AFTER_AN_INVERTED_VERB = re.compile(r" (?:the|its|their|his|her) [a-z][\w’'\- ]{1,40}?, ")
_BEFORE_AN_INVERTED_VERB = frozenset((", ", "” ", '" '))
# What may follow an inverted speaker's name: punctuation or the end of the text.
_NAME_ENDS = frozenset({",", ".", ";", ":", ""})


def _person_named_at(context: SpeakerContext, position: int) -> Speaker | None:
    """The person whose name starts at ``position``, after a form of address if one stands
    there ("Dr Kwabena Adu-Gyamfi", "Mrs Ama Diagne")."""
    index = bisect_left(context.person_starts, position)
    if index == len(context.people):
        return None
    person = context.people[index]
    between = context.masked[position : person.start]
    if between and not (between.endswith(" ") and between[:-1].rstrip(".") in honorifics()):
        return None
    return Speaker(person.canonical, (person.start, person.end), True)


def _from_before(context: SpeakerContext, sentence_start: int, end: int) -> Speaker | None:
    """The subject of the last speech verb between the sentence start and ``end``."""
    masked = context.masked
    according = (
        _BEFORE_ACCORDING.search(masked, sentence_start, end)
        if "ccording to" in masked[sentence_start:end]
        else None
    )
    if according:
        return _speaker_from_subject(context, according.start("subject"), according.end("subject"))
    verbs = speech_verbs_in(masked, sentence_start, end)
    if "ccording to" in masked[sentence_start:end]:
        # "where, according to Ms Dyce, managers had “already been ringing round”": the source
        # named last, unless someone is said to speak after it.
        inserted = list(_INSERTED_ACCORDING.finditer(masked, sentence_start, end))
        if inserted and not any(verb.start() > inserted[-1].end() for verb in verbs):
            return _according_source(context, inserted[-1])
    if not verbs:
        opening = _OPENING_ACCORDING.match(masked, sentence_start, end)
        if opening is not None:
            # "According to Varley, the umpires had taken them off “for a bit of drizzle”".
            return _according_source(context, opening)
        return _study_finding(context, sentence_start, end)
    coordinated = False
    for verb in reversed(verbs):
        if masked[max(sentence_start, verb.start() - 3) : verb.start()] == "to " and not (
            masked[verb.start() - 4 : verb.start() - 3].isalpha()  # "El Alto said"
        ):
            continue
        if len(verbs) > 1 and _inside_a_closed_clause(masked, sentence_start, verb, end):
            continue  # "Sheriff Kincaid said an order, which the defence had asked for, “...”"
        if len(verbs) > 1 and _A_REQUEST.match(masked, verb.start()):
            # "The council said 212 residents had asked to take part, “...”": asked for, not
            # said; the one saying it is the subject of the verb before.
            continue
        if verb.group(0).endswith("ing"):
            if (
                verb.group(0) in _REPORTING_PARTICIPLES
                and masked[verb.start() - 2 : verb.start()] == ", "
            ):
                # "X apologised, writing that it was “...”": the sentence's subject speaks.
                subject = sentence_subject(
                    context, context.sentences.index_at(sentence_start), end
                ) or _body_opening(context, sentence_start, verb.start())
                if subject is not None:
                    return subject
            continue  # "..., characterising them as": a participle has no subject before it
        named_after = _person_straight_after(context, verb) or _person_after_a_role(context, verb)
        if named_after is not None:
            return named_after  # "His words, said Mrs Diagne, had come too late:"
        bounds = subject_before(context, sentence_start, verb.start())
        cut_clause = bounds is not None and masked.startswith(" who ", bounds[1])
        if bounds is not None and (cut_clause or " who " in masked[sentence_start : bounds[0]]):
            described = described_subject(
                context, context.sentences.index_at(sentence_start), verb.end()
            )
            if described is not None and (
                # "A grower from Maniche who had walked since 3am said": the walk back
                # stopped inside the clause that says who the one described is;
                described.span[0] < bounds[0] < described.span[1]
                # "A tea seller who has carried his tray along the Corniche for 30 years said":
                # or cut the clause off.
                or (
                    cut_clause
                    and described.span[0] == bounds[0]
                    and described.span[1] > bounds[1]
                    and not _ANONYMOUS_CLAUSE.search(context.text, bounds[1], described.span[1])
                )
            ):
                return described
            if described is None and cut_clause:
                described = _described_with_a_clause_before(context, bounds, verb.start())
                if described is not None:
                    return described
        if bounds is None:
            coordinated = coordinated or follows_and(masked, sentence_start, verb.start())
            continue
        reporter = _reporter_of(context, sentence_start, verbs, bounds)
        if reporter is not None:
            return reporter
        given = name_given_in(context, bounds[1], verb.start())
        if given is not None:
            # "A man who shines shoes ..., and who gave his name only as Odhiambo, said"
            return given
        if masked.startswith(" where ", bounds[0] - 7):
            # "A woman waiting at the tram stop where the trolley came to rest said": the one
            # described, not the clause that says where.
            described = described_subject(
                context, context.sentences.index_at(sentence_start), verb.end()
            )
            if described is not None and described.span[0] < bounds[0] <= described.span[1]:
                return described
        speaker = _speaker_from_subject(context, *bounds)
        if speaker is not None:
            return speaker
    if coordinated:
        # "X, the chair, welcomed the plan but warned it was “late”": the sentence's subject.
        subject = sentence_subject(context, context.sentences.index_at(sentence_start), end)
        if subject is None:
            # "A spokeswoman for X welcomed the grants but said": the one described.
            sentence = masked[sentence_start:end]
            opening = sentence_start + len(sentence) - len(sentence.lstrip())
            described = DESCRIBED_BEFORE_A_VERB.match(context.text, opening, end)
            if described is not None:
                who_start, who_end = described.span("who")
                verb_start = described.start("verb") - 1
                if IDENTIFYING_CLAUSE.fullmatch(context.text, who_end, verb_start):
                    # "A woman who runs a cookshop near the bus terminal bought ... and said"
                    return Speaker(
                        context.text[who_start:verb_start], (who_start, verb_start), False
                    )
                return _speaker_from_subject(context, who_start, who_end)
            # "The Ministry of Culture closed the site and said it would ...": the body.
            return _body_opening_at(context, opening)
        return subject
    return None


_A_REQUEST = re.compile(r"ask(?:ed|s)? (?:to [a-z]+|for)\b")
_DESCRIPTION_SET_OFF = re.compile(r", (?:a|an|the|its|his|her) [^,“”\"\n]{1,100}, ")


def _person_before_a_description(context: SpeakerContext, position: int) -> Speaker | None:
    index = bisect_left(context.person_starts, position) - 1
    if index < 0:
        return None
    person = context.people[index]
    if not _DESCRIPTION_SET_OFF.fullmatch(context.text, person.end, position):
        return None
    return Speaker(person.canonical, (person.start, person.end), True)


def _body_opening_at(context: SpeakerContext, opening: int) -> Speaker | None:
    index = bisect_left(context.entity_starts, opening)
    if index == len(context.entity_starts):
        return None
    span = context.analysis.spans[index]
    if span.label != "ORG" or context.text[opening : span.start] not in ("", "The "):
        return None
    return Speaker(span.canonical, (span.start, span.end), False)


def _reporter_of(
    context: SpeakerContext,
    sentence_start: int,
    verbs: list[re.Match[str]],
    bounds: tuple[int, int],
) -> Speaker | None:
    """ "A spokeswoman for X said the government had asked for “...”": where the subject of the
    last verb opens the clause a described speaker's "said" reports, the words are the
    described speaker's. So are they where a person "told" an outlet so: "Its deputy
    chairman, Annamyrat Gurbanov, told Neutral Turkmenistan that the association had asked
    for it after “three bad years”"."""
    earlier = [found for found in verbs if found.end() < bounds[0]]
    if not earlier or earlier[-1].group(0) not in ("said", "says", "told"):
        return None
    between = context.masked[earlier[-1].end() : bounds[0]].strip()
    told = earlier[-1].group(0) == "told"
    if not (_TOLD_WHOM_THAT.fullmatch(between) if told else between in ("", "that")):
        return None
    if not context.masked.startswith(("the ", "its ", "their "), bounds[0]):
        return None  # "said Mr Ncube had told them": a person named is a speaker of his own
    reporting = subject_before(context, sentence_start, earlier[-1].start())
    if reporting is None:
        return None
    if SPOKESPERSON_FOR.match(context.text, *reporting) is None:
        if not told:
            return None
        person = _speaker_from_subject(context, *reporting)
        return person if person is not None and person.is_person else None
    return _speaker_from_subject(context, *reporting)


# "told Neutral Turkmenistan that", "told reporters that": whom, then "that".
_TOLD_WHOM_THAT = re.compile(r"[^,;:.!?“”\"]{1,60} that")


def _inside_a_closed_clause(
    masked: str, sentence_start: int, verb: re.Match[str], end: int
) -> bool:
    """Whether the verb stands in a ", which ...," or ", who ...," clause closed before ``end``."""
    opening = max(
        masked.rfind(", which ", sentence_start, verb.start()),
        masked.rfind(", who ", sentence_start, verb.start()),
    )
    if opening < 0 or "," in masked[opening + 2 : verb.start()]:
        return False
    closing = masked.find(",", verb.end(), end)
    return closing >= 0


# "who asked not to be named": a clause that says nothing of who the one described is.
_ANONYMOUS_CLAUSE = re.compile(rf"\b{ANONYMITY_WORDS}\b")
# "A German woman who had flown in for the day on Saturday": someone described, then a clause
# that says who, before any verb.
_DESCRIBED_WITH_A_CLAUSE = re.compile(
    r"(?:A|An|One|a|an|one) [A-Za-z][\w’'-]*(?: [\w’'-]+){0,5} who [^,.;:!?“”\"]{1,120}"
)


def _described_with_a_clause_before(
    context: SpeakerContext, bounds: tuple[int, int], verb_start: int
) -> Speaker | None:
    """ "A German woman who had flown in for the day on Saturday called the move “...”": the
    one described, with the clause that tells who she is, before a verb of any kind."""
    end = verb_start - 1
    if not _DESCRIBED_WITH_A_CLAUSE.fullmatch(context.text, bounds[0], end):
        return None
    if _ANONYMOUS_CLAUSE.search(context.text, bounds[1], end):
        return None  # "An official who asked not to be named": the official, as written
    return Speaker(context.text[bounds[0] : end], (bounds[0], end), False)


_REPORTING_PARTICIPLES = frozenset(
    "saying writing adding telling insisting warning arguing claiming noting explaining".split()
)


def _body_opening(context: SpeakerContext, sentence_start: int, end: int) -> Speaker | None:
    """ "Bank Indonesia lowered its rate, saying": an organisation the sentence opens on."""
    head = context.masked[sentence_start:end]
    body = _body_opening_at(context, sentence_start + len(head) - len(head.lstrip(" “\"‘'")))
    return body if body is not None and body.span[1] <= end else None


_LETTERS_IN_BRACKETS_AFTER = re.compile(r" \([A-Z][A-Za-z]{1,8}\)$")
# What a body decides, which answers or meets a need but says nothing itself.
_RULES = frozenset(
    "restriction restrictions rule rules ban bans law limit limits order decision measure"
    " measures policy bylaw by-law regulation regulations curfew fine fines fee permit permits"
    " licence license scheme plan change changes move amendment reform exemption".split()
)


def _speaker_from_subject(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    text = context.text
    phrase = text[start:end].strip(" ,")
    start = text.find(phrase, start) if phrase else start
    letters = _LETTERS_IN_BRACKETS_AFTER.search(phrase)
    if letters is not None:
        # "the National Agricultural Technology Institute (INTA)": the body, not its letters
        phrase = phrase[: letters.start()]
    end = start + len(phrase)
    words = phrase.split()
    if not words or len(words) > most_subject_words(words):
        return None  # blank ("According to\n\n“...") or too long to be a name
    opening = _OPENING_ADVERBIAL.match(phrase)
    if opening is not None:
        # "By 7am on Tuesday the fire service said": the noun phrase after the time.
        start += opening.end()
        phrase = phrase[opening.end() :]
    issued = _ISSUED_BY.match(phrase) if " " in phrase and phrase[-1:].isalpha() else None
    if issued:
        # "a statement from the band": the band speaks, not its statement.
        return _speaker_from_subject(context, start + issued.start("who"), end)
    if phrase.rsplit(None, 1)[-1].lower() in _DOCUMENT_WORDS and _A_DOCUMENT.match(phrase):
        return _issuer(context, start) or Speaker(phrase, (start, end), False)
    words = phrase.split()
    last = words[-1].lower()
    if len(words) == 2 and words[0].lower() in ("the", "this", "that") and last in _RULES:
        # "said that the restriction answered “years of requests”": a rule speaks for no one
        return None
    if words[0].lower() in ("his", "her") and len(words) <= 3:
        # "Marsh and her colleagues said": the person named before "and".
        leader = _person_before_and(context, start)
        if leader is not None:
            return leader
    if last in PRONOUNS and (len(words) <= 2 or words[0].lower() in PRONOUNS):
        pronoun_start = start + phrase.rfind(words[-1])
        return resolve_pronoun(context, last, pronoun_start)
    if words[0].lower() in PRONOUNS or any(_is_finite_speech_verb(word) for word in words):
        return None  # "He said he": a clause, never a name
    if _is_a_clause_with_a_modal(words):
        # "said the city would publish data from the Rio Grande do Sul state tax authority":
        # "state" is no verb there, and what stands before it is a clause.
        return None
    if len(words) == 1 and last in ("which", "who"):
        body = entity_containing(context, start - 3) if last == "which" else None
        if (
            body is not None
            and body.label == "GPE"
            and body.end == start - 2
            and text[body.start - 4 : body.start] == " in "
        ):
            # "by the District Mining Office in Ostrava, which said": the body, placed.
            placed = entity_containing(context, body.start - 5)
            if placed is not None and placed.label == "ORG" and placed.end == body.start - 4:
                return Speaker(placed.canonical, (placed.start, placed.end), False)
        if body is not None and body.label == "ORG" and body.end == start - 2:
            # "registered with the iTaukei Land Trust Board, which said": the body.
            return Speaker(body.canonical, (body.start, body.end), False)
        # "a report by the finance director, Neil Sutton, which says": the one named before.
        named = person_just_before(context, start)
        if named is None and last == "who":
            # "according to Dr Ama Owusu, a researcher at the Noguchi Memorial Institute for
            # Medical Research, who said": the one named before the description.
            named = _person_before_a_description(context, start)
        if named is None and last == "who":
            # "challenged by a parent who called them “graphic”": the one described before.
            described = _DESCRIBED_BEFORE_WHO.search(text, max(0, start - 40), start)
            # "Two boys from Bab al-Tabbaneh, who said they had come “to see ...”": the same,
            # set off by a comma, where the one described may be placed.
            described = described or _DESCRIBED_BEFORE_COMMA_WHO.search(
                text, max(0, start - 80), start
            )
            if described is not None:
                return Speaker(described.group("who"), described.span("who"), False)
        if named is None and last == "which":
            # "a statement from the band, which thanked “everyone”": the band.
            body = _BODY_BEFORE_WHICH.search(text, max(0, start - 40), start)
            if body is not None:
                return _speaker_from_subject(context, *body.span("who"))
        return named
    if phrase in ("they", "They"):
        # "Mr Tattersall's family described him ... In a statement, they said:".
        return _group_speaking_before(context, start)
    if last == "it" or phrase == "It":
        # "The environmental group Landvernd welcomed the decision. “...,” it said"; "On
        # Friday it said".
        return _body_a_sentence_opens_on(context, start + phrase.rfind(words[-1]))
    if last in _IGNORED_PRONOUNS or words[0].lower() in _IGNORED_PRONOUNS:
        return None
    if _OWNED_GROUP.match(phrase):
        return Speaker(phrase, (start, end), False)  # "Mr Tattersall's family": as written
    containing = entity_containing(context, start)
    if containing is not None and containing.end >= end:
        # The walk back stopped inside a name ("..., Housing and Communities said").
        start, end = containing.start, containing.end
        phrase = text[start:end]
    inside = entities_within(context, start, end)
    people = [span for span in inside if span.label == "PERSON"]
    if people and phrase.startswith(("A ", "An ", "a ", "an ")):
        # "A taxi driver waiting in Mr Orazov’s queue said": the one whose queue it is
        # does not speak.
        people = [span for span in people if text[span.end : span.end + 2] not in ("’s", "'s")]
    if people and not _DESCRIPTION_WITH_OWNER.search(phrase):
        person = people[-1]
        if text.startswith((" of ", ", of "), people[0].end):
            person = people[0]  # "Hannah Pritchard of Clean Teme Now": the one named first
        return Speaker(person.canonical, (person.start, person.end), True)
    bare = _DETERMINER.sub("", phrase)
    if _ONE_PERSON_DESCRIBED.match(phrase) and (
        (not inside and not bare.endswith(_BODY_ENDINGS) and bare not in org_suffixes())
        or (inside and inside[0].label == "DATE")
        or (inside and inside[0].label == "NORP" and not bare.endswith("s"))
    ):
        # "the Belgian said", "the 31-year-old said": the person the story is on.
        described = _person_spoken_of_before(context, start)
        if described is not None:
            return Speaker(described.name, (start, end), True)
    if len(inside) == 1 and text[inside[0].start : inside[0].end] == bare:
        entity = inside[0]
        if entity.label in ("ORG", "GPE", "NORP"):
            return Speaker(entity.canonical, (start, end), False)
    if (
        len(inside) == 2
        and inside[0].label in ("ORG", "NORP")
        and inside[1].label in ("GPE", "LOC")
        and text[inside[0].end : inside[1].start] == " in "
        and bare.startswith(text[inside[0].start : inside[0].end])
        and inside[1].end == end
    ):
        # "The Swiss People’s Party in Graubünden said": the body, in one place.
        return Speaker(inside[0].canonical, (start, end), False)
    if (
        len(inside) == 2
        and inside[0].label in ("GPE", "ORG")
        and inside[1].label == "ORG"
        and text[inside[0].end : inside[1].start] in ("'s ", "’s ")
        and text[start : inside[0].start] in ("", "The ", "the ")
        and inside[1].end == end
    ):
        # "Chile's Ministry of Public Works said", "The Northern Cape's Department of
        # Agriculture said", "Kurdistan Regional Government's Ministry of Health said": the
        # ministry, whose country, province or government is said.
        return Speaker(inside[1].canonical, (inside[1].start, end), False)
    if (
        len(inside) == 1
        and inside[0].label == "ORG"
        and inside[0].end == end
        and (
            _LOWER_CASE_OWNER.fullmatch(text, start, inside[0].start)
            or _PLACE_OWNER.fullmatch(text, start, inside[0].start)
        )
    ):
        # "The government’s Department of Primary Industries said": the department; and
        # "Chubut's Ministry of Tourism said", of a province the entities missed.
        return Speaker(inside[0].canonical, (inside[0].start, end), False)
    if len(inside) == 1 and inside[0].label == "ORG" and words[-1].lower() in _GROUP_NOUNS:
        named_part = text[inside[0].start : inside[0].end]
        if bare[: -len(words[-1])].rstrip() == named_part:
            # "The Save Highfield Meadow group said": the group is the one it names.
            return Speaker(inside[0].canonical, (start, end), False)
    if not any(char.isalpha() for char in phrase) or (
        phrase[0].islower() and not _DETERMINER.match(phrase) and not _is_plural_group(words)
    ):
        return None
    described = _DESCRIBED_NAME.match(phrase) or _NAME_THEN_KIND.match(phrase)
    if described is not None:
        # "The consumer group Fairpay Watch said", "The FuelWay chain said": the body named.
        name_start = start + described.start("name")
        named = _organisation_at(context, name_start)
        name = named.canonical if named is not None else described.group("name")
        return Speaker(name, (name_start, end), False)
    holder = _role_holder(context, phrase, start) or the_older_or_younger(context, phrase, start)
    if holder is None and (kin := _KIN_OF_SOMEONE.match(phrase)) is not None:
        # "His wife said" after "the shop he runs with his wife Antonella"; "his father said"
        # after "His son, Ibrahima Ndiaye,".
        kin_word = kin.group("kin").lower()
        holder = context.roles.holder(kin_word, start) or _relative_of_the_one_named(
            context, kin_word, start
        )
    if holder is not None:
        return Speaker(holder, (start, end), True)
    titled = context.analysis.titled.get(bare.lower())
    if titled is not None:
        return Speaker(titled, (start, end), True)
    body = (
        _organisation_by_its_last_word(context, phrase, start)
        or _organisation_of_its_kind(context, phrase, start)
        or _place_of_its_kind(context, phrase, start)
    )
    if body is not None:
        return Speaker(body, (start, end), False)
    if _BARE_SPOKESPERSON.match(phrase):
        body = _organisation_in_sentence_before(context, start)
        if body is not None:
            return body
    clause = _PARTICIPLE_CLAUSE.search(phrase)
    if clause is not None:
        # "A Commission briefing note seen by this newspaper": the note, not how it was seen.
        phrase = phrase[: clause.start()]
        end = start + len(phrase)
    the_one = _THE_ONE.fullmatch(phrase)
    if (
        the_one is not None
        and the_one.group("noun") not in _PLURALS_WITHOUT_S
        # "the spokesman" is matched to "a spokesman for the governor" once all are attributed
        and not _BARE_SPOKESPERSON.match(phrase)
    ):
        earlier = _described_before_as(context, the_one.group("noun"), start)
        if earlier is not None:
            return Speaker(earlier, (start, end), False)
    return Speaker(phrase, (start, end), False)


# "the worker", "the woman": one person, by a noun no role or body list holds.
_THE_ONE = re.compile(r"[Tt]he (?P<noun>[a-z]{3,}(?<!s))")
_PLURALS_WITHOUT_S = frozenset({"children", "people", "men", "women", "police", "staff"})
_DESCRIBED_REACH = 1500
_SPEECH_VERB_INSIDE = re.compile(r" (?:said|says|told|added) ")


def _described_before_as(context: SpeakerContext, noun: str, position: int) -> str | None:
    """ "the worker said" after "a station worker in an orange vest stood at the foot of the
    escalator": the one the article described with that noun, as it first did."""
    text = context.text
    reach = max(0, position - _DESCRIBED_REACH)
    if text.find(noun, reach, position) < 0:
        return None
    pattern = re.compile(rf"\b[Aa]n? (?:[a-z-]+ ){{0,3}}{noun}\b")
    # Not inside a quote: "“A library card is the only card ...”" describes no one.
    found = list(pattern.finditer(context.masked, reach, position))
    if not found:
        return None
    opening = found[-1].start()
    capital = text[opening].isupper()
    head = DESCRIBED_BEFORE_A_PREDICATE[capital].match(text, opening, position)
    if head is not None and _SPEECH_VERB_INSIDE.search(text, head.start("who"), head.end("who")):
        head = None  # "A taxi driver waiting outside the station said the grey air had": no
    if head is None or head.start("who") != opening:
        # "A woman who sells kimbap from a stall ... said she had watched": one who spoke.
        head = DESCRIBED_SAYING[capital].match(text, opening, position)
    if head is None or head.start("who") != opening:
        return None  # described only in passing ("an open-ended strike", "a report")
    who = text[head.start("who") : head.end("who")]
    clause = IDENTIFYING_WHO.match(text, head.end("who"), head.end())
    if clause is not None:
        who = text[head.start("who") : clause.end()]  # the clause tells who she is
    return who[:1].lower() + who[1:]


_LOWER_CASE_OWNER = re.compile(r"(?:[Tt]he |[Ii]ts |[Tt]heir )?[a-z]+['’]s ")
_PLACE_OWNER = re.compile(r"(?:[Tt]he )?[A-Z][\w-]+['’]s ")
_MODALS = frozenset("would will could should might must can cannot shall".split())
_RELATIVE_WORDS = frozenset("who that which whose whom".split())


def _is_a_clause_with_a_modal(words: list[str]) -> bool:
    """A modal verb outside a relative clause: "the city would publish", not "a man who would
    not give his name"."""
    for word in words:
        if word in _RELATIVE_WORDS:
            return False
        if word in _MODALS:
            return True
    return False


_KIN_OF_SOMEONE = re.compile(
    r"^(?:[Hh]is|[Hh]er|[Tt]heir) (?P<kin>wife|husband|son|daughter|mother|father|brother"
    r"|sister|partner|grandson|granddaughter|grandmother|grandfather)$"
)


_PARTICIPLE_CLAUSE = re.compile(
    r"(?<=\w) (?:seen|obtained|published|released|leaked|shared|sent|issued|circulated)"
    r" (?:by|to|on|in|last|this)\b.*$"
)


_DESCRIBED_NAME = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?) )?(?:[A-Za-z][a-z-]+ ){0,2}(?:group|firm|company|charity|campaign"
    r"|union|watchdog|regulator|agency|body|association|organisation|organization|developer"
    r"|operator|airline|bank|insurer|retailer|lender|publisher|consultancy|broadcaster)"
    r" (?P<name>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})$"
)
_NAME_THEN_KIND = re.compile(
    r"^[Tt]he (?P<name>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,3}) (?:chain|group|firm|company"
    r"|brand|band|club|charity|airline|bank|retailer|network)$"
)


def _organisation_at(context: SpeakerContext, position: int) -> EntitySpan | None:
    """The entity starting at, or containing, ``position``."""
    index = bisect_left(context.entity_starts, position)
    if index < len(context.entity_starts) and context.entity_starts[index] == position:
        return context.analysis.spans[index]
    return entity_containing(context, position)


_DESCRIBED_BEFORE_WHO = re.compile(r"\b(?P<who>(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+)\s+$")
_PLACE_NAME = r"[A-Z][\w’'-]*(?:\s+(?:al-|el-)?[A-Z][\w’'-]*|\s+(?:al|el)-[A-Z][\w’'-]*){0,3}"
_DESCRIBED_BEFORE_COMMA_WHO = re.compile(
    r"(?<![\w’'-])(?P<who>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}[a-z]+(?:\s+(?:from|in|at|near|on)\s+{_PLACE_NAME})?),\s+$"
)
_BODY_BEFORE_WHICH = re.compile(r"\b(?P<who>the\s+[a-z]+),\s+$")
_ISSUED_BY = re.compile(
    r"^(?:an?|the|its|their|his|her)\s+(?:[a-z]+\s+)?(?:statement|letter|post|message|email"
    r"|release|note|notice)\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)


# "Mr Tattersall's family", "the minister's spokesman": someone described by whose they are.
_OWNED_GROUP = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){1,3}?[A-Z][\w’'-]*['’]s\s+(?:[a-z]+\s+)?(?:family|relatives|parents"
    r"|friends|colleagues|lawyers?|solicitors?|representatives?|spokes(?:man|woman|person)"
    r"|widow|widower|wife|husband|partner|mother|father|son|daughter|children|sister|brother)$"
)


def _group_speaking_before(context: SpeakerContext, position: int) -> Speaker | None:
    """The group, body or described speaker the last two sentences had speak."""
    return _spoken_before(context, context.sentences.index_at(position), 2, person=False)


def _spoken_before(
    context: SpeakerContext, sentence: int, sentences: int, person: bool, subjects: bool = False
) -> Speaker | None:
    """The last speaker (a person or not, as asked) of the ``sentences`` before ``sentence``;
    with ``subjects``, a sentence's subject counts as well as its quotes' speakers."""
    for earlier in range(sentence - 1, max(-1, sentence - 1 - sentences), -1):
        for speaker in reversed(context.spoken.get(earlier, [])):
            if speaker.is_person == person:
                return speaker
        if subjects:
            subject = sentence_subject(context, earlier, before=None)
            if subject is not None and subject.is_person == person:
                return subject
    return None


# "the Belgian", "the Welshman", "the 31-year-old": one person, named before.
# "The Gendarmerie", "The Ministry": a body, not one person described by where they are from.
_BODY_ENDINGS = ("erie", "ion", "ry", "ment", "ate", "cil", "ty", "ure", "ice")
_ONE_PERSON_DESCRIBED = re.compile(
    r"^[Tt]he (?:\d+-year-old|(?:\d+-year-old )?[A-Z][a-z]+(?:man|woman)?)$"
)


def _person_spoken_of_before(context: SpeakerContext, position: int) -> Speaker | None:
    """The person who spoke in, or was the subject of, one of the last few sentences."""
    sentence = context.sentences.index_at(position)
    own = sentence_subject(context, sentence, before=position)
    if own is not None and own.is_person:
        return own
    return _spoken_before(context, sentence, 3, person=True, subjects=True)


def _person_before_and(context: SpeakerContext, start: int) -> Speaker | None:
    before = context.text[max(0, start - 5) : start]
    if before != " and ":
        return None
    return person_just_before(context, start - 4) if start >= 5 else None


def _is_plural_group(words: list[str]) -> bool:
    """ "security researchers", "local parents": a group named by a plural noun."""
    last = words[-1]
    return (
        len(words) <= 3
        and all(word.isalpha() and word.islower() for word in words)
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and not any(word in _IGNORED_PRONOUNS or word in _NOT_GROUP_WORDS for word in words)
    )


def _is_finite_speech_verb(word: str) -> bool:
    return word in speech_verbs() and (word.endswith("ed") or word in _FINITE_IRREGULAR)


_FINITE_IRREGULAR = frozenset("said says told tells wrote writes spoke adds warns insists".split())
_NOT_GROUP_WORDS = frozenset("this that these those was is has does as its his hers yes".split())


_DEFINITE_ROLE = re.compile(
    r"^(?P<determiner>[Tt]he|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+)"
    r"(?:\s+of\s+[a-z]+)?$"  # "their director of rugby"
)


def _role_holder(context: SpeakerContext, phrase: str, position: int) -> str | None:
    """ "the captain", "the Holt Vale manager", "their coach": the person given that role
    earlier; in the standfirst, which sums up the story, the one the body names later."""
    match = _DEFINITE_ROLE.match(phrase) if phrase[:1] in "TtIi" else None
    if match is None:
        return None
    described = phrase[match.end("determiner") : match.start("head")].split()
    body = strip_possessive(" ".join(word for word in described if word[:1].isupper()))
    head = match.group("head")
    if head in _SPOUSES and _unnamed_couple_before(context, position):
        return None  # "A British couple renting a villa said ... “...,” the husband said"
    holder = context.roles.holder(head, position, body, context.organisations)
    if holder is None and context.text.find("\n", 0, position) < 0:
        holder = context.roles.first_holder(head, body, context.organisations)
    if holder is None and not body:
        holder = _relative_of_the_one_named(context, head, position)
    return holder


_SPOUSES = frozenset(("husband", "wife"))
_COUPLE = re.compile(r"\b[Aa]n? (?:[\w’'-]+ ){0,3}couple\b")


def _unnamed_couple_before(context: SpeakerContext, position: int) -> bool:
    """Whether the paragraph brings in a couple no one is named in after, before ``position``."""
    paragraph_start = context.text.rfind("\n", 0, position) + 1
    if context.text.find("couple", paragraph_start, position) < 0:
        return False
    couples = list(_COUPLE.finditer(context.text, paragraph_start, position))
    if not couples:
        return False
    couple = couples[-1]
    index = bisect_left(context.person_starts, couple.end())
    return index == len(context.people) or context.people[index].start >= position


def _relative_of_the_one_named(context: SpeakerContext, kin: str, position: int) -> str | None:
    """ "X and her daughter, Ramatou Njoya, now take their goods. “...,” the mother said": where
    no one was given a kin role, the one other of the family of the one given its converse."""
    for converse in _RELATIVES_OF.get(kin, ()):
        relative = context.roles.holder(converse, position)
        other = one_other_of_the_family(context, relative) if relative else None
        if other is not None and context.analysis.genders.get(other) in (None, KIN_SEX[kin]):
            return other
    return None


_RELATIVES_OF = {
    "mother": ("daughter", "son"),
    "father": ("son", "daughter"),
    "daughter": ("mother", "father"),
    "son": ("father", "mother"),
    "wife": ("husband",),
    "husband": ("wife",),
    "grandmother": ("granddaughter", "grandson"),
    "grandfather": ("grandson", "granddaughter"),
    "granddaughter": ("grandmother", "grandfather"),
    "grandson": ("grandfather", "grandmother"),
    "aunt": ("niece", "nephew"),
    "uncle": ("nephew", "niece"),
    "niece": ("aunt", "uncle"),
    "nephew": ("uncle", "aunt"),
}


_OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:and|but)\s)?(?:[Bb]y|[Oo]n|[Ii]n|[Aa]t|[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]rom"
    r"|[Dd]uring|[Ll]ater|[Ee]arlier|[Oo]vernight)\s.*?\s"
    r"(?=the\s(?:[a-z]+\s)?[a-z]+$)"
)
# "the fire service"
_THE_NOUN = re.compile(r"^[Tt]he\s+(?:(?P<modifier>[a-z]+)\s+)?(?P<noun>[a-z]{3,})$")
# "the Thromde said" after "Thimphu Thromde": a body's kind, capitalised as its name writes it
_THE_CAPITALISED_KIND = re.compile(r"^[Tt]he\s+(?P<noun>[A-Z][a-z]{2,})$")


def _organisation_by_its_last_word(
    context: SpeakerContext, phrase: str, position: int
) -> str | None:
    """ "the authority" after "the Nova Scotia Health Authority": the one organisation of
    the article named before ``position`` whose name ends in that word."""
    match = _THE_NOUN.match(phrase) or _THE_CAPITALISED_KIND.match(phrase)
    if match is None or (
        match.group("noun")[0].isupper() and match.group("noun") not in org_suffixes()
    ):
        return None
    if context.organisations_by_last_word is None:
        by_last_word: dict[str, list[str]] = {}
        by_inner_word: dict[str, list[str]] = {}
        for name in context.organisations:
            words = name.split()
            by_last_word.setdefault(words[-1], []).append(name)
            for word, following in pairwise(words):
                if following in ("of", "for") and word != words[-1]:
                    # "the authority" for the "Public Authority for Manpower"
                    by_inner_word.setdefault(word, []).append(name)
                    break
            for word in _KINDS_INSIDE_A_NAME.intersection(words[:-1]):
                # "Police Scotland", "Kiribati Copra Cooperative Society" too; "the district"
                # of "Beilin District People’s Government"
                by_inner_word.setdefault(word, []).append(name)
            if name.endswith(_CITY_GOVERNMENTS):
                by_inner_word.setdefault("City", []).append(name)  # "the city" of "Belém City Hall"
        # "the province" of "Loyalty Islands Province", "the region" of "Region of Epirus":
        # a place that governs itself, speaking through its government.
        for name in {span.canonical for span in context.analysis.spans if span.label == "GPE"}:
            words = name.split()
            if len(words) >= 2 and words[-1] in _GOVERNED_PLACES:
                by_last_word.setdefault(words[-1], []).append(name)
            elif len(words) >= 3 and words[0] in _GOVERNED_PLACES and words[1] == "of":
                by_inner_word.setdefault(words[0], []).append(name)
        context.organisations_by_last_word = (by_last_word, by_inner_word)
    by_last_word, by_inner_word = context.organisations_by_last_word
    noun = match.group("noun").capitalize()
    if context.first_named is None:
        context.first_named = {}
        for span in context.analysis.spans:
            context.first_named.setdefault(span.canonical, span.start)
    first_named = context.first_named

    # "The district said" after "the Beilin District People’s Government said": of the bodies
    # so called, those named before, and only where none is, one the article names later.
    def named_before(names: list[str], before: int) -> list[str]:
        return [name for name in dict.fromkeys(names) if first_named.get(name, 0) < before]

    for before in (position, len(context.text)):
        # "The fund" is the "Hadramout Heritage Fund" before the "Social Fund for Development";
        # of several ministries named "Ministry of X", "the ministry" is none.
        inner = named_before(by_inner_word.get(noun, []), before)
        last = named_before(by_last_word.get(noun, []), before)
        bodies = (last if len(inner) <= 1 else []) or inner
        if not bodies:
            # "... Railways"; "the library" of "Halifax Public Libraries"
            consonant_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
            plural = noun[:-1] + "ies" if consonant_y else noun + "s"
            bodies = named_before(by_last_word.get(plural, []), before)
        if bodies:
            return bodies[0] if len(bodies) == 1 and " " in bodies[0] else None
    return None


_GOVERNED_PLACES = frozenset(
    {"Province", "Region", "County", "Prefecture", "Governorate", "District"}
)
_KINDS_INSIDE_A_NAME = frozenset({"Police", "Cooperative"}) | _GOVERNED_PLACES
_CITY_GOVERNMENTS = (" City Hall", " City Council", " City Government")
_BODY_KINDS = frozenset(
    "company firm regulator watchdog agency bank council union charity ministry department"
    " university trust insurer retailer developer operator airline club board commission"
    " court group lender supplier municipality directorate wilaya prefecture inspectorate league"
    " federation association authority cooperative co-operative institute corporation"
    " foundation society bureau office commune shire akimat mayoralty secretariat"
    " superintendence city town".split()
)
# Kinds a body's name says it is: their stem, as it stands in the lower-cased name.
_KINDS_NAMED_IN_FULL = {
    "authority": "authorit",
    "cooperative": "cooperativ",
    "co-operative": "cooperativ",
    "ministry": "minist",
}
_A_TOWNS_GOVERNMENT = frozenset({"city", "town"})
_TOWN_GOVERNMENT_NAME = re.compile(
    r"\b(?:Municipality|Municipal|City Council|City Hall|Town Council|Town Hall|Mayoralty)\b"
)
_KIND_REACH = 2000
_MODIFIED_KIND_REACH = 6000
_COMMERCIAL_KINDS = frozenset(
    "company firm bank insurer retailer developer operator airline lender supplier".split()
)
# Words that make a name a public body or a union, never "the company".
_PUBLIC_WORDS = frozenset(
    "Treasury Department Ministry Council Agency Authority Commission Office Administration"
    " Police Government Parliament Court Service Executive Inspectorate Ombudsman Union"
    " Committee Assembly Senate House".split()
)
_COMMERCIAL_WORDS = frozenset("plc Ltd PLC Inc LLP Bank Holdings Homes Logistics Capital".split())


def _organisation_in_apposition(context: SpeakerContext, position: int) -> str | None:
    text = context.text
    if text[position : position + 2] != ", ":
        return None
    start = position + 2
    if text.startswith(("the ", "The "), start):
        start += 4
    index = bisect_left(context.entity_starts, start)
    if index < len(context.entity_starts) and context.entity_starts[index] == start:
        span = context.analysis.spans[index]
        if span.label == "ORG" and text[span.end : span.end + 1] == ",":
            return span.canonical
    return None


def _of_the_kind(name: str, kind: str) -> bool:
    if kind in _A_TOWNS_GOVERNMENT:
        # "The city said" after "The Municipality of Szeged will require": its government.
        return _TOWN_GOVERNMENT_NAME.search(name) is not None
    stem = _KINDS_NAMED_IN_FULL.get(kind)
    if stem is not None:
        # "the cooperative" is the Cooperativa Sur Unido, not any body named before it.
        return stem in name.lower().replace("-", "")
    words = set(name.split())
    if kind in _COMMERCIAL_KINDS:
        return not words & _PUBLIC_WORDS
    return not words & _COMMERCIAL_WORDS


_GOVERNED_KINDS = frozenset("borough district municipality commune parish canton".split())


def _place_of_its_kind(context: SpeakerContext, phrase: str, position: int) -> str | None:
    """ "the borough said" after "The borough of Rosemont-La Petite-Patrie will ban": the
    place the article named as one of that kind, which governs itself and speaks."""
    match = _THE_NOUN.match(phrase)
    if match is None or match.group("modifier") or match.group("noun") not in _GOVERNED_KINDS:
        return None
    found = None
    spans = context.analysis.spans
    window_start = max(0, position - _MODIFIED_KIND_REACH)
    for named in _named_of_kind(match.group("noun")).finditer(context.text, window_start, position):
        index = bisect_left(context.entity_starts, named.end())
        if index == len(spans) or spans[index].start != named.end():
            continue
        if spans[index].label not in ("GPE", "PERSON", "ORG"):
            continue
        if found is not None and found != spans[index].canonical:
            return None  # two places of that kind: no telling which
        found = spans[index].canonical
    return found


@cache
def _named_of_kind(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he {kind} of ")


def _organisation_of_its_kind(context: SpeakerContext, phrase: str, position: int) -> str | None:
    """ "the company", "the regulator": an organisation of that kind the last sentences were
    about. In this sentence or the one before, the one a sentence opens on ("OSHA fined
    Tri-River ... what the agency called"), else the last named ("the scheme from Brackenbury
    Homes plc ... The developer has promised"); further back, only one a sentence opens on."""
    match = _THE_NOUN.match(phrase)
    if match is None or match.group("noun") not in _BODY_KINDS:
        return None
    named = _organisation_in_apposition(context, position + len(phrase))
    if named is not None:
        return named  # "The regulator, the Financial Conduct Authority, has told banks"
    kind = match.group("noun")
    declared = _declared_of_its_kind(context, kind, position)
    if declared is not None:
        return declared
    modifier = match.group("modifier") or _modifier_just_before(context.text, kind, position)
    if modifier is not None and len(modifier) >= 4:
        # "The transport ministry said ... the ministry said", where the Ministry of Education
        # was named later than the Ministry of Transportation.
        named = _organisation_its_modifier_names(context, kind, modifier, position)
        if named is not None:
            return named
    spans = context.analysis.spans
    sentences = context.sentences
    index = bisect_left(context.entity_starts, position) - 1
    sentence = sentences.index_at(position)
    near = sentences.bounds(sentence - 1)[0] if sentence else 0
    last_named = None
    # A body whose name says its kind is looked for further back: nothing else is taken for it.
    reach = _MODIFIED_KIND_REACH if kind in _KINDS_NAMED_IN_FULL else _KIND_REACH
    of_the_kind: set[str] = set()
    while index >= 0 and spans[index].start > position - reach:
        span = spans[index]
        index -= 1
        if span.label != "ORG" or not _of_the_kind(span.canonical, kind):
            continue
        of_the_kind.add(span.canonical)
        if span.start < near and last_named is not None:
            return last_named  # one named in the last two sentences, before any further back
        opening = context.text[sentences.around(span.start)[0] : span.start]
        if opening.strip(" “\"‘'") in ("", "The", "the"):
            return span.canonical
        if span.start >= near and last_named is None:
            last_named = span.canonical
        if kind in _KINDS_NAMED_IN_FULL and last_named is None:
            # The name says what it is: the last one named, however far back.
            last_named = span.canonical
    if last_named is None and len(of_the_kind) == 1:
        # "Weavers supplying Casa Tejida ... It is ... The company said": the one body there is.
        return next(iter(of_the_kind))
    return last_named


def _modifier_just_before(text: str, kind: str, position: int) -> str | None:
    """ "transport" of "The transport ministry said ..." in the sentences just before."""
    matches = list(_modified_kind(kind).finditer(text, max(0, position - 400), position))
    return matches[-1].group(1) if matches else None


@cache
def _modified_kind(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he ([a-z]{{4,}}) {kind}\b")


def _organisation_its_modifier_names(
    context: SpeakerContext, kind: str, modifier: str, position: int
) -> str | None:
    """The one organisation of the kind, in the last ``_MODIFIED_KIND_REACH`` characters, with
    a word that starts like the modifier ("Transportation" for "the transport ministry"): the
    modifier says which, so it may be named further back than a bare kind's body."""
    opening = modifier.capitalize()
    found = None
    index = bisect_left(context.entity_starts, position) - 1
    spans = context.analysis.spans
    while index >= 0 and spans[index].start > position - _MODIFIED_KIND_REACH:
        span = spans[index]
        index -= 1
        if span.label != "ORG" or kind.capitalize() not in span.canonical.split():
            continue
        if any(word.startswith(opening) for word in span.canonical.split()):
            if found is not None and found != span.canonical:
                return None
            found = span.canonical
    return found


def _declared_of_its_kind(context: SpeakerContext, kind: str, position: int) -> str | None:
    """ "Lumière Partout, a charity based in Lomé, ... The charity said": the one organisation
    the article set off as one of that kind, in the last ``_KIND_REACH`` characters."""
    found = None
    window_start = max(0, position - _KIND_REACH)
    spans = context.analysis.spans
    for match in _declared_kind(kind).finditer(context.text, window_start, position):
        if match.group("before") is not None:
            # "a local company, Bombali Agro Processing,": the kind, then the name
            index = bisect_left(context.entity_starts, match.end())
            span = spans[index] if index < len(spans) else None
            if span is None or span.start != match.end():
                continue
        else:
            index = bisect_left(context.entity_starts, match.start()) - 1
            span = spans[index] if index >= 0 else None
            if span is None or span.end != match.start():
                continue
        if span.label != "ORG":
            continue
        if found is not None and found != span.canonical:
            return None  # two bodies of that kind: no telling which
        found = span.canonical
    return found


@cache
def _declared_kind(kind: str) -> re.Pattern[str]:
    return re.compile(
        rf", (?:a|an|the) (?:[a-z-]+ ){{0,2}}{kind}\b"
        rf"|(?P<before>\b(?:a|an) (?:[a-z-]+ ){{0,2}}{kind}, )"
    )


_GROUP_NOUNS = frozenset(
    "group campaign firm company charity club band coalition network association".split()
)
_BARE_SPOKESPERSON = re.compile(r"^(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson)$", re.I)


_BEFORE_AN_OPENING_BODY = re.compile(r"(?:[Tt]he (?:[a-z-]+ ){0,3})?")
_OWNER_BEFORE_AN_OPENING_BODY = re.compile(r"[Tt]he [a-z]+['’]s ")
_ACCORDING_TO = "According to "


def _source_according_to(context: SpeakerContext, start: int, position: int) -> Speaker | None:
    """The body named after a sentence's opening "According to", up to its comma, where no
    list of names knows it ("According to the Telecommunications Superintendency, ...")."""
    comma = context.masked.find(",", start, position)
    if comma < 0:
        return None
    end = comma
    if context.masked[end - 1 : end] == ")":
        # "the Telecommunications Superintendency (SUTEL)": the name before its letters.
        end = context.masked.rfind(" (", start, end)
        if end < 0:
            return None
    if context.masked.startswith(("the ", "The "), start):
        start += 4
    source = _speaker_from_subject(context, start, end)
    if source is None or source.is_person:
        return None
    if source.name in context.organisations or _NAMED_AS_WRITTEN.match(source.name):
        return source
    return None


def _body_a_sentence_opens_on(context: SpeakerContext, position: int) -> Speaker | None:
    """The organisation that opens the sentence holding ``position``, or the sentence before
    (or spoke in it), where no person is named between it and ``position``."""
    sentence = context.sentences.index_at(position)
    for index in (sentence, sentence - 1):
        if index < 0:
            return None
        start, _ = context.sentences.bounds(index)
        start += len(context.masked[start:position]) - len(
            context.masked[start:position].lstrip(" “\"‘'")
        )
        if context.masked.startswith(_ACCORDING_TO, start):
            # "According to the Fisheries Authority, no traps will be allowed. It said": the
            # body the sentence reports.
            start += len(_ACCORDING_TO)
            source = _source_according_to(context, start, position)
            if source is not None:
                return source
        document = _OPENING_DOCUMENT.match(context.masked, start, position)
        if document is not None and index < sentence:
            # "... under a circular the Ministry of Education sent to principals. ... The
            # circular does not set a fine. It said": the body that sent it.
            sender = _sender_of(context, document.group("document"), start)
            if sender is not None:
                return sender
        set_off = _OPENING_KIND_SET_OFF.match(context.masked, start, position)
        if set_off is not None:
            # "The railway, the Société Nationale des Chemins de Fer Luxembourgeois (CFL), said
            # ... It said": the body named in apposition to its kind.
            entity = bisect_left(context.entity_starts, set_off.end())
            spans = context.analysis.spans
            if (
                entity < len(spans)
                and spans[entity].start == set_off.end()
                and spans[entity].label == "ORG"
            ):
                return Speaker(
                    spans[entity].canonical, (spans[entity].start, spans[entity].end), False
                )
        described = _OPENING_BODY_KIND.match(context.masked, start, position)
        if described is not None and described.group("noun") not in _BODY_KINDS:
            # "The directorate said": the verb read as the noun after a modifier.
            described = _OPENING_BODY_NOUN.match(context.masked, start, position)
        if described is not None and described.group("noun") in _BODY_KINDS:
            # "The postal company had printed 120,000 sets. It said": the company named before.
            body = _speaker_from_subject(context, start, described.end("noun"))
            if body is not None and body.name in context.organisations:
                return body
            if (
                body is not None
                and not body.is_person
                and index < sentence
                and context.masked.startswith(_SAYS, described.end("noun"))
            ):
                # "The directorate said in a statement ... It blamed “...”": the body as
                # written, where the article gives it no name.
                return body
        entity = bisect_left(context.entity_starts, start)
        span = context.analysis.spans[entity] if entity < len(context.entity_starts) else None
        if (
            span is not None
            and span.label == "GPE"
            and context.text[span.end : span.end + 3] in ("’s ", "'s ")
            and entity + 1 < len(context.entity_starts)
            and context.entity_starts[entity + 1] == span.end + 3
        ):
            # "Laos’s Ministry of Health said ... It said": the country's body opens it.
            start, span = span.end + 3, context.analysis.spans[entity + 1]
        opening = (
            _BEFORE_AN_OPENING_BODY.match(context.masked, start, span.start)
            if span is not None and span.start < position
            else None
        )
        if (
            span is not None
            and span.label == "ORG"
            and (opening is None or opening.end() != span.start)
            and span.start < position
        ):
            # "The state’s Secretariat of Rural Development said ... It said": a body whose
            # owner is said before it.
            opening = _OWNER_BEFORE_AN_OPENING_BODY.match(context.masked, start, span.start)
        if (
            span is None
            or opening is None
            or opening.end() != span.start
            or span.label in _AMOUNT_LABELS  # "The fare will be 100 pesos, the council said."
        ):
            if index < sentence and context.reported is not None:
                # "The zoo said in a statement that ... It asked visitors": the body that spoke.
                reported = context.reported(index, None)
                if reported is not None and (
                    reported.name in context.organisations
                    # "The Generalitat Valenciana said in a statement ... It said": a body
                    # the entities missed, named as written.
                    or (not reported.is_person and _NAMED_AS_WRITTEN.match(reported.name))
                ):
                    return reported
            continue
        # "The Tonga Athletics Association said that Fifita's time would stand. It called her
        # run “...”": a person named in what the body said is no one "it" could be.
        after_its_sentence = (
            span.end if index == sentence else context.sentences.bounds(sentence)[0]
        )
        if (
            span.label == "PERSON"
            and index < sentence
            and context.masked.startswith(_IN_A_STATEMENT, span.end)
            and (
                span.canonical not in context.analysis.genders
                or span.canonical in context.analysis.genders_from_first_names
            )
            and context.text[span.start : span.end].split(" ", 1)[0].rstrip(".") not in honorifics()
        ):
            # "Wasi Mikuna said in a statement that ... It said": a body, though its name
            # reads like a person's of no known sex, or of one only a first name gave ("Mi
            # Teleférico").
            return Speaker(span.canonical, (span.start, span.end), False)
        if span.label != "ORG" or bisect_left(
            context.person_starts, after_its_sentence
        ) < bisect_left(context.person_starts, position):
            return None
        return Speaker(span.canonical, (span.start, span.end), False)
    return None


_DOCUMENTS = r"circular|letter|notice|statement|directive|memo|order|decree|guidance|report"
_OPENING_DOCUMENT = re.compile(rf"[Tt]he (?:new )?(?P<document>{_DOCUMENTS})\b")
_SENDING = re.compile(r" (?:sent|issued|published|released|posted|wrote|circulated)\b")


def _sender_of(context: SpeakerContext, document: str, before: int) -> Speaker | None:
    """The body named sending ``document`` before ``before``: "a circular the Ministry of
    Education sent", "the notice the council posted"."""
    found = context.masked.rfind(f" {document} ", max(0, before - 1500), before)
    if found < 0:
        return None
    start = found + len(document) + 2
    if context.masked.startswith("that ", start):
        start += 5
    if context.masked.startswith("the ", start):
        start += 4
    entity = bisect_left(context.entity_starts, start)
    spans = context.analysis.spans
    if entity == len(spans) or spans[entity].start != start or spans[entity].label != "ORG":
        return None
    if not _SENDING.match(context.masked, spans[entity].end):
        return None
    return Speaker(spans[entity].canonical, (spans[entity].start, spans[entity].end), False)


_SAYS = (" said", " says", " told", " added")
_NAMED_AS_WRITTEN = re.compile(r"(?:The )?[A-Z][\w’'-]+ [A-Z]")
_IN_A_STATEMENT = (" said in a statement", " says in a statement")
_OPENING_KIND_SET_OFF = re.compile(r"[Tt]he (?:[a-z]+ )?[a-z]{3,}, (?:the )?")
_OPENING_BODY_NOUN = re.compile(r"[Tt]he (?P<noun>[a-z]{3,})(?= [a-z])")
_OPENING_BODY_KIND = re.compile(r"[Tt]he (?:[a-z]+ )?(?P<noun>[a-z]{3,})(?= [a-z])")
_AMOUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _organisation_in_sentence_before(context: SpeakerContext, position: int) -> Speaker | None:
    """ "The Department said ... A spokesman claimed": the spokesman speaks for it."""
    sentence = context.sentences.index_at(position)
    if sentence == 0:
        return None
    start, end = context.sentences.bounds(sentence - 1)
    speaker = _from_before(context, max(start, end - WINDOW), end)
    if speaker is not None and not speaker.is_person and speaker.name in context.organisations:
        return speaker
    return None


def _speaker_before_a_colon(
    context: SpeakerContext, sentence: int, start: int, end: int
) -> Speaker | None:
    """ "Her coach, Pieter van Wyk, was blunter:": whom the sentence before a colon is about."""
    subject = sentence_subject(context, sentence, before=end)
    if subject is not None and subject.is_person:
        return subject
    if subject is None:
        # "He was blunter on local radio:", "Asked what she would do, she did not hesitate:":
        # the pronoun the clause before the colon opens on.
        pronouns = list(_CLAUSE_PRONOUN.finditer(context.masked, start, end))
        if pronouns:
            found = pronouns[-1]
            return resolve_pronoun(context, found.group(1).lower(), found.start(1))
    if subject is None or not subject.is_person:
        # "Her advice to the ministry was simple:": the one whose words they are.
        owner = _CLAUSE_OWNER.match(context.masked, start, end)
        if owner is not None and not speech_verbs_in(context.masked, owner.end(), end):
            # Not "His words, said Mrs Diagne, had come too late:", which names its speaker.
            pronoun = "he" if owner.group(1) == "His" else "she"
            return resolve_pronoun(context, pronoun, owner.start(1))
    return None


def _speaker_from_sentence_before(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    """A quote standing alone after "Tom Tugendhat told BBC Breakfast that ...": that speaker."""
    sentence = context.sentences.index_at(quote.start)
    start, _ = context.sentences.bounds(sentence)
    lead = context.masked[start : quote.start].strip(" “\"‘'")
    if lead.endswith((".", "!", "?")):
        # The quote opens a sentence the boundaries missed (its words are masked):
        # "Alan Reyes then stood up. “We have no money left.”"
        return (
            _author_of_statement_read(context, start, quote.start)
            or _from_before(context, start, quote.start)
            or sentence_subject(context, sentence, before=quote.start)
        )
    if lead.endswith(":"):
        return _speaker_before_a_colon(context, sentence, start, quote.start)
    if quote.start - start > 8 or lead:
        return None
    if sentence == 0:
        return None
    previous_start, previous_end = context.sentences.bounds(sentence - 1)
    previous_start = max(previous_start, previous_end - WINDOW)
    if context.masked.count("\n", previous_start, start) > 2:
        return None
    spoken = context.spoken.get(sentence - 1)
    if spoken:
        return spoken[-1]
    if context.masked[previous_start:start].rstrip().endswith(":"):
        # "Asked about his reserve, he was brief:" and the quote alone in the next paragraph.
        sentence_start, _ = context.sentences.bounds(sentence - 1)
        colon_speaker = _speaker_before_a_colon(context, sentence - 1, sentence_start, start)
        if colon_speaker is not None:
            return colon_speaker
    author = _author_of_statement_read(context, previous_start, previous_end)
    if author is not None:
        return author
    speaker = _from_before(context, previous_start, previous_end)
    if speaker is None and "\n" not in context.masked[previous_start:start]:
        # "Alan Reyes then stood up. “We have no money left.”": the one the paragraph is about.
        speaker = sentence_subject(context, sentence - 1, before=None)
    return speaker


_CLAUSE_OWNER = re.compile(
    r"[ “\"‘']*(His|Her) (?:[a-z]+ ){0,2}(?:advice|message|answer|reply|response|verdict|view"
    r"|point|warning|plea|request|explanation|summary|conclusion|words)\b"
)
# A pronoun opening the clause: at a line's or a sentence's start, after a comma or a mark.
_CLAUSE_PRONOUN = re.compile(
    r"(?:^|(?<=, )|(?<=\n)|(?<=[“\"] )|(?<=[.!?] ))"
    # "At the top she stepped out ... and said:": a short opening phrase with no comma.
    r"(?:(?:At|In|On|Then|Later|Finally|There|Afterwards)(?: [a-z]+){0,3} )?"
    r"([Hh]e|[Ss]he) (?=[a-z])",
    re.M,
)


# "Ms Ilesanmi read a statement from Mr Caddick’s wife, Judith, who sat ...": Judith's words.
_STATEMENT_READ = re.compile(
    r"\bread(?: out)? (?:a|the|an) (?:[a-z]+ )?statement (?:from|by|written by|on behalf of) "
    r"(?P<who>[^,.;:!?“”\"]{1,60})(?P<apposition>, )?"
)


def _author_of_statement_read(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    match = _STATEMENT_READ.search(context.masked, start, end)
    if match is None:
        return None
    if match.group("apposition"):
        named = _person_in_apposition(context, match.end("who"))
        if named is not None:
            return named
    return _speaker_from_subject(context, *match.span("who"))


def _speaker_introduced_before(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    """A quote standing alone as a paragraph's opening: the person the paragraph before ends
    on introducing, when it names that person near its last sentence's start."""
    sentence = context.sentences.index_at(quote.start)
    if sentence == 0 or not _stands_alone(context, quote):
        return None
    start, _ = context.sentences.bounds(sentence)
    previous_start, _ = context.sentences.bounds(sentence - 1)
    if context.masked.count("\n", previous_start, start) > 2:
        return None
    introduced = _person_introduced(context, sentence - 1)
    if introduced is not None:
        return introduced
    # "Among them was Grace Adeyemi, 64. She was not persuaded.\n\n“They'll be agency jobs.”":
    # the paragraph before ends on a sentence about her.
    pronoun = _PRONOUN_SUBJECT.match(context.text, previous_start)
    if pronoun is None:
        return None
    return resolve_pronoun(context, pronoun.group(0).lower(), previous_start)


_PRONOUN_SUBJECT = re.compile(r"(?:He|She)(?= [a-z])")


def _stands_alone(context: SpeakerContext, quote: RawQuote) -> bool:
    """A quote that opens its paragraph, with no other quote or speech verb in that paragraph."""
    masked = context.masked
    paragraph_end = masked.find("\n", quote.end)
    paragraph_end = len(masked) if paragraph_end < 0 else paragraph_end
    rest = masked[quote.end : paragraph_end]
    return (
        quote.paragraph_start == quote.start
        and "“" not in rest
        and '"' not in rest
        and not speech_verbs_in(masked, quote.end, paragraph_end)
    )


def _person_introduced(context: SpeakerContext, sentence: int) -> Speaker | None:
    """ "Her daughter Kelly Lund, 42, has set up a petition." then “Mum has done more.”: the
    person the paragraph before ends on introducing, not the one whose daughter she is."""
    start, end = context.sentences.bounds(sentence)
    index = bisect_left(context.person_starts, start)
    while index < len(context.people) and context.people[index].start < min(end, start + 70):
        person = context.people[index]
        lead_text = context.text[start : person.start]
        lead = _WORDS.findall(lead_text)
        if not _APPOSITION_LEAD.match(lead_text) and any(
            word.islower() and word not in _INTRODUCING_WORDS for word in lead
        ):
            return None  # "Tributes were paid to Jo Smith": Jo Smith is no subject
        if context.text[person.end : person.end + 1] not in ("’", "'"):
            return Speaker(person.canonical, (person.start, person.end), True)
        index += 1
    return None


# Words that may stand before the subject's name: "Her daughter Kelly", "Fellow neighbour Jo".
_INTRODUCING_WORDS = frozenset(
    "s the a his her their daughter son wife husband mother father sister brother partner"
    " friend neighbour neighbor colleague grandson granddaughter niece nephew widow widower"
    " mum dad fellow".split()
)


# "Their singer, Morven Kerr, 23, was frank": a role and a comma before the name introduce it.
_APPOSITION_LEAD = re.compile(r"(?:The|Their|His|Her|Its|Our|A|An) [a-z][a-z -]{1,40}, $")


_DOCUMENT_WORDS = frozenset(
    "statement letter post message email note notice release tweet report".split()
)
_DOCUMENT = rf"(?:{'|'.join(sorted(_DOCUMENT_WORDS))})"
_A_DOCUMENT = re.compile(rf"^(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?{_DOCUMENT}$", re.I)
_DOCUMENT_READ = re.compile(
    rf"^[\s,]*(?P<document>(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?{_DOCUMENT})"
    r"\s+(?:read|reads|went\s+on|continued|concluded)\b"
)
_ISSUER_AFTER = re.compile(rf"{_DOCUMENT}\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+")
_ISSUING_VERB = re.compile(
    r"\b(?:said|says|added|issued|released|published|posted|put\s+out|sent|wrote)\b"
)


def _issuer(context: SpeakerContext, position: int) -> Speaker | None:
    """Whoever issued the statement (letter, post) an article quotes from, named before."""
    masked = context.masked
    for word in ("statement", "letter", "post", "message", "email", "note", "release", "report"):
        found = masked.rfind(word, max(0, position - 1500), position)
        if found < 0 or masked[found - 1 : found] != " ":
            continue
        sentence_start, sentence_end = context.sentences.around(found)
        issuer = _ISSUER_AFTER.match(masked, found, sentence_end)
        if issuer:
            bounds = _name_at(masked, issuer.end(), sentence_end)
            if bounds is not None:
                return _non_document_speaker(context, *bounds)
        verbs = list(_ISSUING_VERB.finditer(masked, sentence_start, found))
        if verbs:
            bounds = subject_before(context, sentence_start, verbs[-1].start())
            if bounds is not None:
                return _non_document_speaker(context, *bounds)
        # "In a statement released through police, Mr Sandhu's family said": who speaks after.
        for after in _ISSUING_VERB.finditer(masked, found, sentence_end):
            bounds = subject_before(context, found, after.start())
            speaker = _non_document_speaker(context, *bounds) if bounds is not None else None
            if speaker is not None:
                return speaker
    # "Hollybrook Homes ... wrote to tenants last week. The letter said ...": who wrote.
    sentence = context.sentences.index_at(position)
    if sentence:
        start, end = context.sentences.bounds(sentence - 1)
        written = list(_WRITING_VERB.finditer(masked, start, end))
        if written:
            bounds = subject_before(context, start, written[-1].start())
            if bounds is not None:
                return _non_document_speaker(context, *bounds)
    return None


_WRITING_VERB = re.compile(r"\b(?:wrote|writes|emailed|posted)\b")


def _name_at(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start``: up to punctuation or the next verb."""
    match = _UP_TO_CLAUSE_END.match(masked, start, end)
    if match is None:
        return None
    phrase_end = start
    for word in _WORDS_AND_SPACES.finditer(masked, start, match.end()):
        lowered = word.group(1)
        if lowered in _PHRASE_STOPS or (lowered.islower() and lowered.endswith("ed")):
            break
        phrase_end = word.end(1)
    return (start, phrase_end) if phrase_end > start else None


_UP_TO_CLAUSE_END = re.compile(r"[^,.;:!?“”\"()]{1,80}")
_WORDS_AND_SPACES = re.compile(r"\s*([\w’'&-]+)")
_PHRASE_STOPS = frozenset(
    "said says told tells wrote writes on in that which who has had have was is were will would"
    " to after before as".split()
)


def _non_document_speaker(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    phrase = context.text[start:end].strip(" ,")
    if not phrase or _A_DOCUMENT.match(phrase) or _ISSUED_BY.match(phrase):
        return None
    return _speaker_from_subject(context, start, end)


_VIEW_OF = re.compile(
    r"[\s“”\"]*(?:That|This|Such|Those|These)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:view|verdict|message|words?|assessment|warning|opinion|reaction|response|feeling)"
    r"\s+(?:of|from)\s+(?P<who>[^,.;:!?“”\"]{1,80})"
)


def _speaker_named_after(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    """“We cannot go on.” That was the view of Rita Holm: a speaker named just after."""
    view = _VIEW_OF.match(context.masked, quote.end, quote.end + 200)
    if view is not None:
        return _speaker_from_subject(context, view.start("who"), view.end("who"))
    return _person_opening_next_sentence(context, quote)


def _person_opening_next_sentence(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    """“We have no money left.” Alan Reyes, the treasurer, did not hold back: the person the
    rest of the paragraph goes on about, when no other quote is in that sentence."""
    masked = context.masked
    sentence = context.sentences.index_at(quote.end)
    if context.sentences.bounds(sentence)[0] < quote.end:
        sentence += 1  # the quote ends inside its sentence: look at the one after
        if sentence >= len(context.sentences.starts):
            return None
    start, end = context.sentences.bounds(sentence)
    if "\n" in masked[quote.end : start] or "“" in masked[start:end] or '"' in masked[start:end]:
        return None
    index = bisect_left(context.person_starts, start)
    if index < len(context.people) and context.people[index].start == start:
        person = context.people[index]
        if context.text[person.end : person.end + 1] not in ("’", "'"):  # "Smith's family"
            return Speaker(person.canonical, (person.start, person.end), True)
        return None
    return _pronoun_speaking_soon_after(context, sentence)


_PRONOUN_SPEAKS = re.compile(r"(?P<pronoun>He|She)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")


def _pronoun_speaking_soon_after(context: SpeakerContext, sentence: int) -> Speaker | None:
    """“We lost.” It was a third defeat. She said the squad was tired: the pronoun that
    speaks within two sentences, in the same paragraph, is the quote's speaker."""
    masked = context.masked
    for index in range(sentence, min(sentence + 2, len(context.sentences.starts))):
        start, end = context.sentences.bounds(index)
        if "“" in masked[start:end] or '"' in masked[start:end]:
            return None
        spoke = _PRONOUN_SPEAKS.match(masked, start, end)
        if spoke and spoke.group("verb") in speech_verbs():
            pronoun = spoke.group("pronoun").lower()
            return resolve_pronoun(context, pronoun, start)
        if "\n" in masked[start:end]:
            return None
    return None


def _speaker_in_standfirst(context: SpeakerContext, quote: RawQuote) -> Speaker | None:
    """A quote early in the article, with nobody named since the standfirst named its person."""
    text = context.text
    first_break = text.find("\n", 0, 2000)
    if (
        first_break < 0
        or not first_break < quote.start < first_break + 2000
        or text.count("\n\n", 0, quote.start) > 2
    ):
        return None
    # Only a person the standfirst has speak ("Manager Alan Reyes says ..."), not one it is
    # about ("Tributes have been paid to Jo Smith").
    speaker = _from_before(context, 0, first_break)
    if speaker is None or not speaker.is_person:
        return None
    later = bisect_left(context.person_starts, first_break)
    if later < len(context.people) and context.people[later].start < quote.start:
        if context.people[later].canonical != speaker.name:
            return None
    return speaker
