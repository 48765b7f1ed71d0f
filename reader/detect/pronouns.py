"""The pronouns "he" and "she" resolved to the last person who spoke or was a subject."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from reader.detect.lexicon import title_heads
from reader.detect.resolution import NAME_GIVEN_BEFORE, PAIR_OF_KIN, YEARS_AFTER_A_NAME
from reader.detect.roles import ANY_KIN, KIN_SEX, KIN_WORDS
from reader.detect.speaker_context import Speaker, SpeakerContext
from reader.detect.subjects import WINDOW, speech_verbs_in
from reader.detect.types import EntitySpan

PRONOUNS = {"he": "m", "she": "f"}
_INTRO = re.compile(
    r"^(?:at|in|on|speaking|asked|after|earlier|however|but|and|later|meanwhile|yesterday"
    r"|during|following|despite|while|when|since|as|ultimately|writing|responding|by|for"
    r"|with|from|under|in\s+a|outside"
    # "Sitting on a bench at the entrance on Saturday, a woman": a participle and where.
    r"|[a-z]+ing (?:on|at|in|by|outside|near|under|beside|against|behind|along|for|over))"
    r"\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
_PRONOUN_START = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
_CONJUNCTION_OPENING = re.compile(r"(?:But|And|Yet) ")
_KIN_WITH_A_CLAUSE_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?P<kin>{'|'.join(sorted(KIN_WORDS))}), who "
    r"[^.;:!?“”\"]{0,120}$"
)
_LOOK_BACK_SENTENCES = 12
_PARAGRAPH_REACH = 3000
_STANDFIRST_REACH = 1500


_OLDER_OR_YOUNGER = re.compile(r"[Tt]he (?P<age>older|elder|younger) (?:man|woman|brother|sister)")
_AGE_REACH = 1500
# "her daughter-in-law, Mirjana Kovač,": in-laws of a generation too.
_ELDER_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:father|mother|uncle|aunt|grandfather|grandmother)"
    r"(?:-in-law)?,? $"
)
_YOUNGER_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:son|daughter|nephew|niece|grandson|granddaughter)"
    r"(?:-in-law)?,? $"
)


def the_older_or_younger(context: SpeakerContext, phrase: str, position: int) -> str | None:
    """ "the older man" after "Everton Alleyne, 64, ... his son, Jamal Alleyne, 35,": of the
    people named with their ages just before, the oldest (or the youngest)."""
    match = _OLDER_OR_YOUNGER.fullmatch(phrase)
    if match is None:
        return None
    aged: list[tuple[int, str]] = []
    younger_kin: dict[str, str] = {}  # family name -> the one brought in as a younger relative
    elder_kin: dict[str, str] = {}  # and as an elder one ("His father, Ali Benmansour,")
    named: list[str] = []
    index = bisect_left(context.person_starts, max(0, position - _AGE_REACH))
    while index < len(context.people) and context.people[index].end <= position:
        person = context.people[index]
        named.append(person.canonical)
        age = YEARS_AFTER_A_NAME.match(context.text, person.end)
        if age is not None:
            aged.append((int(age["years"]), person.canonical))
        if _YOUNGER_KIN_BEFORE.search(context.text, max(0, person.start - 24), person.start):
            younger_kin.setdefault(person.canonical.split()[-1], person.canonical)
        elif _ELDER_KIN_BEFORE.search(context.text, max(0, person.start - 24), person.start):
            elder_kin.setdefault(person.canonical.split()[-1], person.canonical)
        index += 1
    if len({name for _, name in aged}) >= 2:
        return (min(aged) if match["age"] == "younger" else max(aged))[1]
    if len(younger_kin) + len(elder_kin) != 1:
        return None
    # "Hassan al-Lawati, 70, ... His nephew, Murtadha al-Lawati, ... the older man": of two of
    # a family, the one the other was brought in as a son or nephew of is the older, and the
    # one brought in as a father or uncle is the older ("His father, Ali Benmansour,").
    family, kin = next(iter((younger_kin or elder_kin).items()))
    others = {name for name in named if name != kin and name.split()[-1] == family}
    if len(others) != 1:
        return None
    other = next(iter(others))
    kin_is_younger = bool(younger_kin)
    return kin if (match["age"] == "younger") == kin_is_younger else other


# "Known along the road as “Ba Brahim”, the elder brother said ... “...,” he said".
_OLDER_OR_YOUNGER_SPEAKING = re.compile(
    r"\b(?P<one>[Tt]he (?:older|elder|younger) (?:man|woman|brother|sister))"
    r" (?:said|says|told|added)\b"
)


def resolve_pronoun(context: SpeakerContext, pronoun: str, position: int) -> Speaker | None:
    speaker = _resolved(context, pronoun, position)
    if speaker is not None and speaker.is_person:
        # "“You don’t chase Nell,” he tells me": once "he" is Declan, a later "she" is not.
        analysis = context.analysis
        if speaker.name in analysis.genders_from_first_names:
            analysis.genders_from_first_names.discard(speaker.name)
            analysis.genders[speaker.name] = PRONOUNS[pronoun]  # the text outweighs the list
        analysis.genders.setdefault(speaker.name, PRONOUNS[pronoun])
    return speaker


def _resolved(context: SpeakerContext, pronoun: str, position: int) -> Speaker | None:
    gender = PRONOUNS[pronoun]
    genders = context.analysis.genders
    sentences = context.sentences
    sentence = sentences.index_at(position)

    kin_spoken_of = _kin_the_pronoun_speaks_of(context, pronoun, sentence, position)

    def fits(speaker: Speaker | None) -> bool:
        return (
            speaker is not None
            and speaker.is_person
            and genders.get(speaker.name, gender) == gender
            and speaker.name not in kin_spoken_of
        )

    aged = _OLDER_OR_YOUNGER_SPEAKING.search(
        context.masked, context.sentences.bounds(sentence)[0], position
    )
    for earlier in (sentence, sentence - 1) if aged is None and sentence > 0 else ():
        # "The older man nodded. “Ask them who pays the men,” he said."
        aged = _OLDER_OR_YOUNGER_ACTING.match(
            context.masked, context.sentences.bounds(earlier)[0], position
        )
        if aged is not None:
            if "\n" in context.masked[aged.end() : position]:
                aged = None
            break
    if aged is not None:
        holder = the_older_or_younger(context, aged.group("one"), aged.start())
        if holder is not None:
            older_or_younger = Speaker(holder, aged.span("one"), True)
            if fits(older_or_younger):
                return older_or_younger
    kin_described = _KIN_WITH_A_CLAUSE_BEFORE.search(
        context.masked, max(context.sentences.bounds(sentence)[0], position - 160), position
    )
    if kin_described is not None:
        # "with her father, who will sit in the bow and, he said, “...”": the kin the clause
        # is about.
        holder = context.roles.holder(kin_described.group("kin"), position)
        if holder is not None:
            kin = Speaker(holder, kin_described.span("kin"), True)
            if fits(kin):
                return kin
    own = sentence_subject(context, sentence, before=position) or _role_subject(
        context, sentence, before=position
    )
    if own is not None and _owner_in_what_the_pronoun_said(context, sentence, own, position):
        own = None
    if fits(own):
        return own
    if own is not None:
        # "Ms Bain read from a letter Urquhart had written. “...,” he wrote.": the one person
        # of that sex the sentence names, where its subject is not.
        named = _only_person_fitting(context, sentence, fits, before=position)
        if named is not None:
            return named
    else:
        described = _described_speaker(context, sentence, before=position)
        if described is None:
            # "A woman waiting at the door was not convinced. “...,” she said": the quote opens
            # straight after the description, so it outweighs a described speaker before.
            described = _described_before_the_quote(context, sentence, pronoun, position)
        if described is None and sentence > 0:
            described = _described_before_the_quote(context, sentence - 1, pronoun, position)
        if described is None:
            # "The smoke was gone, said a woman who walks her children to school. “...,” she
            # said": the one described after the verb, where the quote opens straight after.
            described = _described_after_said(context, sentence, pronoun, position)
        if described is None:
            # "A German woman who had flown in ... called the move “...” and said she would
            # come back. “...,” she said": the one described who spoke just before.
            described = _described_who_spoke_before(context, sentence, pronoun, position)
        if described is None and sentence > 0:
            described = _described_who_spoke_before(context, sentence - 1, pronoun, position)
        if described is None and sentence > 0:
            # "One organiser, a retired teacher, said ...\n\n“We built this,” she said."
            described = _described_speaker(context, sentence - 1, before=position, paragraphs=2)
        if described is None and sentence > 0:
            # "..., according to a spokeswoman for the State Border Service. She said".
            described = _source_a_sentence_ends_on(context, sentence - 1, pronoun, position)
        if described is None:
            # "..., according to Vo Thanh Long, a spokesman for the committee. “...,” he said".
            described = _person_a_sentence_ends_on(context, sentence, pronoun, position)
        if described is None and sentence > 0:
            described = _person_a_sentence_ends_on(context, sentence - 1, pronoun, position)
        if described is None and sentence > 0:
            # "Asked about it, the spokesman said the firm would pay. He called it ..."
            described = _definite_spokesperson_opening(context, sentence - 1, pronoun, position)
        if described is None and sentence > 1 and _opens_on(context, sentence - 1, pronoun):
            # "A spokesman for Algérie Poste said ... He said ...\n\n“...,” he said."
            described = _described_speaker(context, sentence - 2, before=position, paragraphs=2)
        if described is not None:
            return described
        named = _named_in_the_sentence_the_quote_follows(context, sentence, fits, position)
        if named is None:
            named = _named_before_a_clause_that_he_said(context, sentence, fits, position)
        if named is None:
            named = _reported_before_the_quote(context, sentence, fits, position)
        if named is not None:
            return named
    # Bounded, so text with no line breaks stays linear.
    reach = max(0, position - _PARAGRAPH_REACH)
    paragraph_start = max(reach, context.masked.rfind("\n", reach, position))
    guessed_wrong = None  # the sentence before opens on someone its pronoun's sex was guessed for
    if (
        own is not None
        and own.is_person
        and own.name in context.analysis.genders_from_first_names
        and own.span[0] > paragraph_start
    ):
        # "Karma Tshering Lepcha, said ... “...,” he said": the sentence's own subject, whose
        # sex only a list of first names gave.
        guessed_wrong = own
    only_named = None
    before_the_chain = sentence - 1  # the sentence before any that open on the same pronoun
    # "... came from Jeremy Gimbang, 18. He leapt at a high set. “...,” he said": sentences that
    # open on the same pronoun are about the one person the sentence before them names.
    chained = _opens_on(context, sentence, pronoun)
    for earlier in range(sentence - 1, max(-1, sentence - _LOOK_BACK_SENTENCES), -1):
        if earlier == before_the_chain and _opens_on(context, earlier, pronoun):
            before_the_chain = earlier - 1
            chained = True
            continue
        if guessed_wrong is not None and sentences.bounds(earlier)[0] < paragraph_start:
            # "Jasmin Kovačević, a 41-year-old engineer, said ... He called": in his own
            # paragraph, the pronoun outweighs a sex guessed from a first name, and a man
            # named paragraphs before does not.
            return guessed_wrong
        for speaker in reversed(context.spoken.get(earlier, [])):
            if fits(speaker):
                return speaker
        subject = sentence_subject(context, earlier, before=None) or _role_subject(context, earlier)
        if subject is not None and _owner_in_what_the_pronoun_said(context, earlier, subject):
            continue
        if fits(subject):
            # Not where sentences on the pronoun follow the kin ("His son, X, drives the
            # cattle. He said ... “...,” he said"): they are about the kin.
            owner = None if chained else _speaking_owner_of_kin(context, earlier, pronoun, fits)
            return owner if owner is not None else subject
        partner = _kin_joined_to(context, subject) if subject is not None else None
        if fits(partner):
            # "Maria Detenamo, 62, and her husband, Reuben Detenamo, run a shop. She said ...
            # He said ... “...,” he said": the other of the two the sentence opens on.
            return partner
        if subject is not None and subject.is_person and partner is None:
            # "Saltanat Nurpeisova runs a flower shop with her brother, Daniyar Nurpeisov. She
            # said ... He said ...": the relative the subject's sentence brings in.
            partner = _kin_brought_in_with(context, earlier, subject)
            if fits(partner):
                return partner
        paired = _one_of_a_pair_of_kin(context, earlier, fits)
        if paired is not None:
            # "Two of the owners are a brother and sister, Roberto dela Pena and Marites dela
            # Pena. He said ... She said ...": the one of the two the pronoun fits.
            return paired
        if (
            earlier == sentence - 1
            and subject is not None
            and subject.is_person
            and subject.name in context.analysis.genders_from_first_names
            and subject.span[0] > paragraph_start
        ):
            guessed_wrong = subject
        # "..., whose chair, Dafydd Owen-Roberts, said visitors would park. He said": the one
        # the sentence reports speaking, though it does not open on them.
        reported = context.reported(earlier, None) if context.reported and subject is None else None
        if fits(reported):
            return reported
        if earlier == before_the_chain and (subject is not None or chained):
            named = _only_person_fitting(context, earlier, fits)
            if named is not None:
                return named
        if (
            earlier == sentence - 1
            and subject is None
            and not speech_verbs_in(context.masked, *sentences.bounds(earlier))
        ):
            # "The herd belonged to Nils Anders Somby, 47. “...,” he said": the one person of
            # that sex the sentence before names, though not as its subject, where no
            # sentence further back has a subject who fits. Not where that sentence has a
            # speaker of its own ("A father at the gate said he would ...").
            only_named = _only_person_fitting(context, earlier, fits)
    if guessed_wrong is not None:
        return guessed_wrong  # no one else the pronoun could be
    return _person_named_next(context, position, fits) or only_named


# ", she said." closing a sentence: what it reports is the pronoun's account.
_PRONOUN_TAG_CLOSING = re.compile(r", (?:he|she) (?:said|says|added|argued|insisted)(?:\.|$)")


def _owner_in_what_the_pronoun_said(
    context: SpeakerContext, sentence: int, subject: Speaker, before: int | None = None
) -> bool:
    """ "Nasreen Abro, a spokeswoman, said ... Dr Qureshi’s figures had been sent to the mayor,
    she said. “...,” she said": the one whose figures the pronoun spoke of is not the pronoun,
    who is further back."""
    end = subject.span[1]
    if context.text[end : end + 2] not in ("'s", "’s"):
        return False
    sentence_end = context.sentences.bounds(sentence)[1]
    if before is not None:
        sentence_end = min(sentence_end, before)
    return _PRONOUN_TAG_CLOSING.search(context.masked, end, sentence_end) is not None


# The kin the role map knows a holder of, after the pronoun's possessive ("his son").
_KIN_OF_THE_PRONOUN = {
    pronoun: re.compile(rf"\b{owner} (?P<kin>{'|'.join(sorted(KIN_WORDS))})\b")
    for pronoun, owner in (("he", "[Hh]is"), ("she", "[Hh]er"))
}


def _kin_the_pronoun_speaks_of(
    context: SpeakerContext, pronoun: str, sentence: int, position: int
) -> frozenset[str]:
    """ "His son, Paweł Gąsior, joined him. He said his son now drove a van. “...,” he said":
    the people the pronoun's own sentences call its kin, whom it is not. Read in its sentence
    and the ones before it that open on the same pronoun."""
    start = context.sentences.bounds(sentence)[0]
    earlier = sentence - 1
    while earlier >= 0 and sentence - earlier <= 3 and _opens_on(context, earlier, pronoun):
        start = context.sentences.bounds(earlier)[0]
        earlier -= 1
    kin = _KIN_OF_THE_PRONOUN[pronoun]
    names = {
        holder
        for match in kin.finditer(context.masked, start, position)
        # not "Her daughter said she would rather forget it": the kin who opens a sentence
        # is its subject, not someone it speaks of.
        if match.start() != start
        and not _OPENS_A_SENTENCE.search(context.masked, match.start() - 4, match.start())
        and (holder := context.roles.holder(match.group("kin").lower(), match.start()))
    }
    if names:
        # "His brother, Walt Brunner, said his brother had planned to retire": one named in
        # these sentences speaks of another's kin.
        first = bisect_left(context.person_starts, start)
        last = bisect_left(context.person_starts, position)
        names -= {person.canonical for person in context.people[first:last]}
    return frozenset(names)


# "…. His grandson said", and a paragraph's first words.
_OPENS_A_SENTENCE = re.compile(r"(?:[.!?][”\"’']? |\n)$")
_OPENS_ON_KIN = {
    pronoun: re.compile(rf"[“\"‘']?{owner} (?:{'|'.join(sorted(KIN_WORDS))}), ")
    for pronoun, owner in (("he", "His"), ("she", "Her"))
}


_KIN_ASKING = re.compile(
    r"\b(?:had |has |have )?(?:asked|urged|petitioned|lobbied|campaigned|complained|pleaded)"
    r" (?:the|for|to|against)\b"
)
_NAME_AND_AGE = re.compile(r"[A-Z][^,.;:!?]{0,60}, \d{1,3},")
_A_VIEW_OF_ONES_OWN = re.compile(
    r"\b(?:(?:is|was) (?:less|more|not so|far less|far more) (?:patient|sure|convinced|"
    r"forgiving|optimistic|hopeful|worried|relaxed|blunt|cautious|direct|generous|certain)"
    r"|(?:is|was) blunter|(?:sees|saw) it differently|(?:takes|took) a different view"
    r"|disagreed|disagrees)\b"
)


def _speaking_owner_of_kin(
    context: SpeakerContext, sentence: int, pronoun: str, fits: Callable[[Speaker | None], bool]
) -> Speaker | None:
    """ "Gerald Fraser apologised from the witness box. His son, Kyle Fraser, was the foreman.
    “...,” he said": the son is brought in about his father, who spoke just before; the
    pronoun is the father's."""
    if sentence == 0:
        return None
    start, end = context.sentences.bounds(sentence)
    opening = _OPENS_ON_KIN[pronoun].match(context.masked, start, end)
    if opening is None:
        return None
    if _NAME_AND_AGE.match(context.masked, opening.end(), end) and not (
        _PRONOUN_TAG_CLOSING.search(context.masked, start, end)
    ):
        # "Her daughter, Elsa Lindqvist, 19, was a candidate in 2024": brought in with her
        # age, as someone about to speak is. Not "His son, Mahmoud Sweidan, 40, had sent
        # money home, he said": the father's account of him.
        return None
    before_start, before_end = context.sentences.bounds(sentence - 1)
    if not speech_verbs_in(context.masked, before_start, before_end):
        return None  # "John Brown built the shop. His son, Tom Brown, runs it": the son
    if _A_VIEW_OF_ONES_OWN.search(context.masked, start, end):
        # "His son, Zhao Lei, a nurse, was less patient. “...,” he said": the kin's own view.
        return None
    if _KIN_ASKING.search(context.masked, opening.end(), end):
        # "His brother, Tan Kok Wai, ..., had asked the council for a shuttle in 2019": the
        # kin's own case, which the quote goes on to make.
        return None
    owner = sentence_subject(context, sentence - 1, before=None)
    return owner if fits(owner) else None


def _named_in_the_sentence_the_quote_follows(
    context: SpeakerContext,
    sentence: int,
    fits: Callable[[Speaker | None], bool],
    position: int,
) -> Speaker | None:
    """ "The snake was found curled under the desk of Carine de Souza, 10, as her class sat
    down. “...,” she said": the one person of the pronoun's sex named, not as its subject, in
    the sentence the quote opens straight after, where that sentence reports no speech."""
    bounds = _words_before_the_quote(context, sentence, position)
    if bounds is None:
        return None
    start, mark = bounds
    if speech_verbs_in(context.masked, start, mark):
        return None
    if _HE_OR_SHE.search(context.masked, start, mark):
        return None  # "He rode beside Thabo Lebona. “...,” he said": the one "he" already is
    return _only_person_fitting(context, sentence, fits, before=mark)


def _words_before_the_quote(
    context: SpeakerContext, sentence: int, position: int
) -> tuple[int, int] | None:
    """Where the sentence starts and where the quote opens straight after it ("... . “"), in
    the same paragraph as the pronoun at ``position``; None where it opens no such quote."""
    start = context.sentences.bounds(sentence)[0]
    mark = _QUOTE_OPENING_AFTER_A_SENTENCE.search(context.text, start, position)
    if mark is None or "\n" in context.text[start:position]:
        return None
    return start, mark.start()


def _named_before_a_clause_that_he_said(
    context: SpeakerContext,
    sentence: int,
    fits: Callable[[Speaker | None], bool],
    position: int,
) -> Speaker | None:
    """ "The flat belongs to Franc Zupan, 68, and is managed by his son, Matej Zupan, who said
    the heater had passed. “...,” he said": the one the sentence the quote opens after reports
    speaking, in a clause after his name."""
    bounds = _words_before_the_quote(context, sentence, position)
    if bounds is None:
        return None
    clauses = list(_WHO_SAID.finditer(context.masked, *bounds))
    if not clauses:
        return None
    person = _person_ending_at(context, clauses[-1].start())
    if person is None:
        return None
    speaker = Speaker(person.canonical, (person.start, person.end), True)
    return speaker if fits(speaker) else None


def _reported_before_the_quote(
    context: SpeakerContext,
    sentence: int,
    fits: Callable[[Speaker | None], bool],
    position: int,
) -> Speaker | None:
    """ "A street seller known on the beach as Seu Tião ... said he would switch to plastic
    cups. “...,” he said": the one the words before the quote, in the same paragraph, report
    speaking."""
    bounds = _words_before_the_quote(context, sentence, position)
    if context.reported is None or bounds is None:
        return None
    start, mark = bounds
    if _PRONOUN_SAYING.search(context.masked, start, mark):
        return None  # "Dr Jawad's worries were fair, she said.": a pronoun again, not a name
    if len(speech_verbs_in(context.masked, start, mark)) != 1:
        return None  # "The coroner said she would write to X": whose words, the reading misses
    speaker = context.reported(sentence, mark)
    if speaker is None or not (start <= speaker.span[0] < mark):
        return None
    return speaker if fits(speaker) and _person_starts_at(context, speaker.span[0]) else None


_PRONOUN_SAYING = re.compile(r"\b(?:[Hh]e|[Ss]he) (?:said|says|added|told|warned)\b")


_WHO_SAID = re.compile(r", who (?:said|says|told|added|warned|insisted)\b")
_QUOTE_OPENING_AFTER_A_SENTENCE = re.compile(r"[.!?] [“\"]")
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _opens_on(context: SpeakerContext, sentence: int, pronoun: str) -> bool:
    start = context.sentences.bounds(sentence)[0]
    opening = context.masked[start : start + 8].lstrip(" “\"‘'\n")
    if opening[: len(pronoun) + 1].lower() == pronoun.lower() + " ":
        return True
    # "Asked if he missed school, he shrugged": a question put to him, then him.
    asked = _ASKED_OPENING.match(context.masked, start, start + 120)
    return asked is not None and asked["pronoun"] == pronoun


_ASKED_OPENING = re.compile(
    r"\s*Asked (?:if|whether|why|how|what|when|about) [^,.;]{1,80}, (?P<pronoun>he|she) "
)


def _only_person_fitting(
    context: SpeakerContext,
    sentence: int,
    fits: Callable[[Speaker | None], bool],
    before: int | None = None,
) -> Speaker | None:
    start, end = context.sentences.bounds(sentence)
    if before is not None:
        end = min(end, before)
    found: dict[str, Speaker] = {}
    index = bisect_left(context.person_starts, start)
    while index < len(context.people) and context.people[index].start < end:
        person = context.people[index]
        speaker = Speaker(person.canonical, (person.start, person.end), True)
        if fits(speaker):
            found.setdefault(person.canonical, speaker)
        index += 1
    return next(iter(found.values())) if len(found) == 1 else None


# "A neighbour on Trafalgar Street, who did not want to be named, said she had heard ...":
# someone described, not named, who spoke in the sentence before.
# What opens a phrase set off after a description that says where: "ten kilometres down the
# coast", "across the border in Peru".
_WHERE_SET_OFF = (
    r"(?:across|near|outside|beyond|just|about|some|down|up|along|\d+|ten|two|three|four|five"
    r"|six|seven|eight|nine|a few)"
)
_WHERE_AFTER_AN_OPENING = re.compile(rf"{_WHERE_SET_OFF} [^,]{{1,80}},\s*")
_DESCRIBED_HEAD_SAYING = (
    # "One of the herd boys": one of a group, as written.
    r"(?P<who>(?:A|An|One|Another) (?:of (?:the|her|his|their) (?:[a-z]+ ){0,2}[a-z]+s"
    # "A New Zealander who has rented a house in Nikao": a people's name, then its clause.
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?= (?:who|whose) )"
    # "A Ministry of Education spokeswoman": a body's name may come before the noun.
    r"|(?:[A-Z][\w’'&-]*(?: (?:of|for|and) [A-Z][\w’'&-]*"
    # "A guide at a hotel in Chivay": where they work may be described before it is named.
    # "an eight-year-old".
    # "a 29-year-old engineer".
    r"| [A-Z][\w’'&-]*){0,4} )?(?:\d{1,3}-)?[a-z]+(?:-[a-z]+){0,3}"
    # "A diver's son": whose relative they are.
    r"(?:['’]s [a-z]+)?"
    # "A motorcycle taxi driver": up to three nouns, but "A pensioner has been told" is one.
    r"(?: (?!(?:has|have|had|been|was|were|is|are|be|will|would|who|that|which)\b)[a-z]+){0,2})"
    # "A roller in her twenties": an age in decades.
    r"(?: in (?:his|her|their) (?:early |mid-|late )?(?:teens|twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties))?"
    # "a boy of about 12": an age.
    r"(?: of (?:about |around )?(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen))?"
    r"(?: (?:on|in|at|from|for|of|near|outside) (?:the )?"
    # "A student from the University of Otago"
    r"(?:(?:an? [a-z]+ (?:in|at|on|near) )?[A-Z][\w’'-]+(?: (?:of )?[A-Z][\w’'-]+){0,3}"
    # "A teacher at Primary School No 47": a body's number ends its name.
    r"(?: (?:(?:No\.?|Number) )?\d{1,4}\b(?! ?[\d%]))?"
    # "A seller of Christmas lights": a name before what is sold, in the plural.
    r"(?: [a-z]{3,}s(?<!ss)(?= at the ))?"
    # "A traffic policeman on Erbil’s 100 Metre Road": a place's own street.
    r"(?:['’]s (?:\d+ )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})?"
    # "A tourist from San Diego, California, who had just stepped off a bus, said": the
    # state or country after the town, part of the description as written.
    r"(?:, [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?=, (?:who|[a-z]{2,}ing) ))?"
    # "A senior officer at the city's traffic police", "A nurse on the night shift": a place
    # described in lower case.
    r"|[a-z]+['’]s(?: [a-z]+){1,3}"
    # "A receptionist at a hotel near the lagoon", "A carpenter at one of the smaller
    # workshops": a place in lower case, after another.
    # "A teacher at a Catholic school on the Rue du Commerce", "A teacher at a school".
    r"|an? (?:[A-Z][\w’'-]+ )?[a-z]+(?: [a-z]+)?"
    r"(?: (?:in|at|on|near|by) the (?:[A-Z][\w’'-]+ )?[a-z]+(?: [a-z]+)?"
    r"| (?:in|at|on|near|by) the [A-Z][\w’'-]+(?: (?:du|de|des|del|la|of) [A-Z][\w’'-]+"
    r"| [A-Z][\w’'-]+){0,3})?"
    r"|one of the (?:[a-z]+ ){0,3}[a-z]+s"
    # "A spokeswoman for the generator owners’ committee": a body described in lower case.
    # Not into a who-clause: "A neighbour on the same street who was wheeling her bin".
    r"|(?<=the )[a-z]+(?: (?!who\b|whose\b)[a-z]+['’]?){0,2}"
    # "A man at the back of the line": a part of a place in lower case.
    r"|(?<=the )(?:back|front|end|head|edge|side|top|foot|middle|rear) of the [a-z]+"
    # "for the city of Poznań", "for the Lausanne police": a place and a body in lower case.
    # "on the Javier Prado avenue": a named street or market, then its kind.
    r"|(?<=the )[a-z]+ of [A-Z][\w’'-]+"
    r"|(?<=the )[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}(?: [a-z]+['’]?){1,3}))?"
    # "A nurse on her way to Maputo Central Hospital".
    # "A student on her way to class in San Lorenzo".
    r"(?: on (?:her|his|their) way (?:to|from|home)(?: [a-z]+ (?:in|at))?"
    r"(?: [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})?)?"
    # "An Italian tourist on a late holiday with his wife".
    r"(?: on (?:a|an|her|his|their) (?:[a-z]+ )?(?:holiday|visit|trip|break|pilgrimage)"
    r"(?: (?:with|from|to) (?:his|her|their|the) [a-z]+)?)?"
    # "... in Zahle": where they are, part of the description as written; "on the quay at
    # Baie Sainte Anne": a place of three words.
    r"(?: (?:in|at) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})?"
    # "A jeepney driver near the Carbon market on Sunday": the day they were met.
    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    # "A spokesman for the company that runs the supply ship": which body, as written.
    r"(?: (?:that|which) [a-z]+(?:s|ed) [^,.;:!?“”\"]{1,60}?(?= SAYING\b))?"
    # "A fisherman mending nets at the jetty", "a woman with two children in the back seat":
    # what they were doing, or had with them, as written.
    # Not before "told": "A caller claiming to be from the bank told her ... “...,” she said".
    # "A woman buying rye bread and coffee, who has lived on Fejø all her life, said".
    # "a young man in a torn Marshallese flag T-shirt".
    # Never past a speech verb nor into a who-clause: "with the Red Crescent who did not want
    # to be named said volunteers had" ends at "who".
    # "A zémidjan driver parked outside Mr Mensah’s workshop", "A man buying bread ... at
    # 6.30am on Saturday": where they were, with the time.
    r"(?: (?:[a-z]+ing|with|in an?|at one of|at the|parked|seated|stationed|perched|camped)"
    r" (?:(?! (?:said|says|told|added|who)\b)(?:[^,.;:!?“”\"]|(?<=\d)[.:](?=\d\d))){1,120}?"
    r"(?= SAYING_NOT_TOLD\b| who\b"
    rf"|, (?:who|whose|with|[a-z]{{2,}}ing|an? [a-z]+|her|his|still|{_WHERE_SET_OFF}) ))?)"
    # "A tourist from Valladolid, in Spain, who was buying a hammock, said": set off with "in".
    r"(?:, in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?=, (?:who|[a-z]{2,}ing) ))?"
    # "A senior officer, speaking on condition of anonymity, said"; "A midwife who asked not
    # to be named, because she is not allowed to speak to the press, said".
    # A clause's commas end it, but not those inside a number ("which represents 6,000").
    # "A surfer ... at La Paloma, ten kilometres down the coast, said", "A taxi driver from
    # Puno, across the border in Peru, who did not give his name, said": where that place is.
    rf"(?:, {_WHERE_SET_OFF} [^,]{{1,60}}(?:,(?= SAYING\b)|(?=, who\b)))?"
    # "A man selling bananas at the market, whose parrot whistles the national anthem, was".
    r"(?:,? (?:who|whose) (?:[^,]|, ?\d){1,120}(?:, (?:because|as|since) [^,]{1,80})?,"
    # "..., who gave only her first name, Najet, said": the name the clause gives.
    r"(?:(?<=name,) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,)?"
    # "A guide who has led tours since 2011, and who asked not to be named, said".
    # "..., and had waited three years for it, said": the clause going on without "who".
    r"(?:(?: and)? (?:who|whose) [^,]{1,80},| and (?:had|has|have|was|is) [^,]{1,80},)?"
    # "A customer who had stopped his car beside the truck, a retired teacher, said".
    r"(?: an? [a-z][^,]{1,60},)?"
    # "A committee official who spoke on condition of anonymity said": no comma to end it.
    # "A pensioner who ... has been told" is told, not telling.
    # "who had paid 450,000 dong": a number's separator is no clause's comma.
    r"| (?:who|whose) (?:(?! (?:said|says|told|added)\b)(?:[^,.;:!?“”\"]|(?<=\d)[,.](?=\d)))"
    r"{1,120}?"
    r"(?<! been)(?<! was)(?<! were)(?<! is)(?<! are)(?<! be)"
    # Nor "who had" before "worked", nor "who ... and" before "asked".
    r"(?<! had)(?<! has)(?<! have)(?<! and)(?<! but)"
    # "... on the Javier Prado avenue who gave only her first name, Yuleidy, said".
    r"(?:(?<=name), [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,)?"
    r"(?= SAYING\b)"
    r"|, (?:which (?:[^,]|,\d){1,60}|an? [a-z\d][^,]{1,60}|one of the [^,]{1,60}"
    # "A nurse ..., carrying her uniform in a plastic bag, said"; "..., with a jug of sap
    # she had bought at the roadside, said"; "..., her arms grey with mud to the elbows, said".
    # "..., still in his work shirt, said".
    r"|still [^,]{1,60}|[a-z]{2,}ing [^,]{1,90}|with [^,]{1,60}|(?:her|his) [a-z]+ [^,]{1,60}"
    # "A spokeswoman for Transportes Cocora, the drivers' cooperative, said"
    r"|the [a-z][^,]{1,40}),)?"
)
_SAYING = r"(?:said|says|told|added)"
_DESCRIBED_SUBJECT_HEAD = _DESCRIBED_HEAD_SAYING.replace("SAYING_NOT_TOLD", "(?:said|says|added)")
_DESCRIBED_SUBJECT_HEAD = _DESCRIBED_SUBJECT_HEAD.replace("SAYING", _SAYING)
_DESCRIBED_SUBJECT = re.compile(_DESCRIBED_SUBJECT_HEAD + r" (?:said|says|told|added)\b")
# Words of a clause that says only that someone is not named ("who asked not to be named").
ANONYMITY_WORDS = r"(?:named|name|anonymity|identified|authori[sz]ed)"
_IDENTIFYING_WHO_HEAD = (
    # "A baker whose oven is two doors down from the fallen house said".
    rf" (?:who|whose) (?![^,.]{{0,120}}\b{ANONYMITY_WORDS}\b)"
    # The clause ends at the first speech verb: "a herd boy who had brought 15 cattle down
    # from the hills said his father had told him".
    r"(?:(?! (?:said|says|told|added)\b)(?:[^,.;:!?“”\"]|(?<=\d)[,.](?=\d))){1,120}?"
)
# Or at a second who-clause: "A guide who has led tours since 2011, and who asked not to be
# named, said".
IDENTIFYING_WHO = re.compile(
    _IDENTIFYING_WHO_HEAD
    + r"(?= (?:said|says|told|added)\b|,(?: and)? (?:who|whose) |, and (?:had|has|have|was|is) "
    # "A customer who had stopped his car beside the truck, a retired teacher from Nuwaidrat,".
    + r"|, an? [a-z][^,]{1,60}, )"
)
# "At a centre near the port, an official who asked not to be named said": after an opening
# phrase the description starts in lower case.
_DESCRIBED_SUBJECT_AFTER_INTRO = re.compile(
    _DESCRIBED_SUBJECT_HEAD.replace("(?:A|An|One|Another)", "(?:a|an|one|another)", 1)
    + r" (?:said|says|told|added)\b"
)
# "A woman waiting at the door with her pension card was not convinced.", "a woman selling
# grilled maize on the sand laughed": someone described, then what they did or were, in a
# sentence with no speech verb.
# Not any "-ed" word: "a woman selling grilled maize" would end at "grilled".
_PREDICATE = (
    r"(?:was|is|seemed|sounded|looked|felt|went|laughed|shrugged|smiled|sighed|disagreed"
    r"|agreed|nodded|frowned|grinned|scoffed|chuckled|hesitated|paused|pointed|shook|came|stood"
    r"|sat|counted|waited|watched|listened|wondered|worried|leaned"
    # "A tourist from Auckland who had flown in on Monday found the tape across the track".
    r"|found|held|carried|wore|walked|arrived|stopped|picked|turned|climbed|kept"
    # "A taxi driver bought two cigarettes and lit one."
    # Not "took": "a police motorcycle took the boy the rest of the way".
    r"|bought|sold|lit|paid|drank|ate|fed|put it"
    # "A woman from Concordia filled her boot with six crates."
    r"|filled|loaded|packed|showed|lifted|poured|handed|pushed|pulled|wiped"
    # "A swimmer who crosses the lake on summer mornings welcomed the rule."
    r"|welcomed|backed|supported|opposed|criticised|criticized|praised|doubted|disliked"
    r"|liked|loved|hated|feared|dismissed|rejected|questioned|blamed)"
)
# "The older man nodded. “...,” he said": what the older or younger of two did before a quote.
_OLDER_OR_YOUNGER_ACTING = re.compile(
    rf"(?P<one>[Tt]he (?:older|elder|younger) (?:man|woman|brother|sister)) {_PREDICATE}\b"
)
# "A man was arrested": what was done to someone is no sign they speak next.
_DONE_TO = (
    r"(?!(?:was|is|had been) (?:later |also |then |still |not |being )?(?:arrested|killed|injured"
    r"|charged|detained|taken|hurt|treated|rescued|found|held|jailed|fined|sentenced|bitten"
    r"|attacked|hit|struck|shot|stabbed|robbed|questioned|released|named|identified|born"
    r"|admitted|airlifted|flown|pronounced|reported|seen|believed|thought|expected|told"
    r"|asked|given|sent|ordered|banned|barred|refused|evicted|bailed|cautioned|warned)\b)"
)
# "A caller claiming to be from the bank told her that her account had been compromised":
# "had been" is something done, not someone doing.
_HAD = r"(?:had|has)(?! been)"
# "had" may end what someone was doing ("A woman selling snow cones near the terminal had her
# own view"), not a who-clause ("a builder who said he had taken down 14 balconies").
_DESCRIBED_HEAD_BEFORE_A_PREDICATE = _DESCRIBED_HEAD_SAYING.replace(
    "SAYING_NOT_TOLD", rf"(?:{_PREDICATE}|{_HAD})"
).replace("SAYING", _PREDICATE)
_DESCRIBED_BEFORE_A_PREDICATE = {
    opening: re.compile(
        _DESCRIBED_HEAD_BEFORE_A_PREDICATE.replace("(?:A|An|One|Another)", opening, 1)
        + " "
        + _DONE_TO
        # "A tourist from San Salvador had come": "had" ends a description only here, or "a
        # builder who said he had taken down 14 balconies" would end at "had".
        # "A boda boda rider ..., and who did not give his name, charges Sh100": after a clause
        # set off with commas, any verb in the present or the past.
        + rf"(?:{_PREDICATE}|{_HAD}|(?<=, )[a-z]{{3,}}(?:es|ed|[^s]s))"
        + r"\b"
    )
    for opening in ("(?:A|An|One|Another)", "(?:a|an|one|another)")
}
# Keyed by whether the description opens with a capital ("A woman ...") or not ("a woman").
DESCRIBED_BEFORE_A_PREDICATE = {
    True: _DESCRIBED_BEFORE_A_PREDICATE["(?:A|An|One|Another)"],
    False: _DESCRIBED_BEFORE_A_PREDICATE["(?:a|an|one|another)"],
}
DESCRIBED_SAYING = {True: _DESCRIBED_SUBJECT, False: _DESCRIBED_SUBJECT_AFTER_INTRO}
_IDENTIFYING_WHO_BEFORE_A_PREDICATE = re.compile(
    # Not "who had" before "waited": the verb of the clause, not what they did.
    _IDENTIFYING_WHO_HEAD
    + r"(?<! had)(?<! has)(?<! have)(?<! was)(?<! were)"
    + rf"(?= {_DONE_TO}{_PREDICATE}\b|,(?: and)? (?:who|whose) )"
)
# "A few had turned out to be plastic": how many of something, not someone.
_HOW_MANY = frozenset("few lot number couple handful dozen third quarter half fifth".split())
# "One of them, a four-year-old hen, had won": one of whatever was last spoken of.
_ONE_OF_THOSE = (["of", "them"], ["of", "those"], ["of", "these"], ["of", "us"])
_FEMALE_HEADS = frozenset(
    "woman girl mother grandmother wife daughter sister widow aunt lady grandma".split()
)
_MALE_HEADS = frozenset(
    "man boy father grandfather husband son brother widower uncle gentleman grandpa".split()
)

# "A spokeswoman for the Marsaxlokk Local Council welcomed the grants but said": the one
# described, before the first of two verbs.
# "A woman who runs a cookshop bought 20 pounds of fillets and said": a verb in the past that
# does not end in "-ed".
_IRREGULAR_PAST = (
    "bought|sold|took|gave|brought|came|went|sat|stood|held|kept|left|made|put|got|ran|drove"
    "|rode|threw|caught|wore|ate|drank|paid|spent|sent|built|found|heard|saw|met|led|fed"
)
_A_VERB = rf"(?:said|says|told|added|[a-z]+ed|has|had|{_IRREGULAR_PAST})"
DESCRIBED_BEFORE_A_VERB = re.compile(
    _DESCRIBED_HEAD_SAYING.replace("SAYING_NOT_TOLD", _A_VERB).replace("SAYING", _A_VERB)
    + rf" (?P<verb>{_A_VERB})\b"
)
# "who runs a cookshop near the bus terminal": a clause that says who the one described is.
IDENTIFYING_CLAUSE = re.compile(
    rf" (?:who|whose) (?![^,.]{{0,120}}\b{ANONYMITY_WORDS}\b)[^,.;:!?“”\"]{{1,120}}"
)


def described_subject(context: SpeakerContext, sentence: int, verb_end: int) -> Speaker | None:
    """The one described whom a sentence opens on, where the description runs to a speech
    verb ending at ``verb_end``: "A grower from Maniche who had walked since 3am said"."""
    return _described_speaker(context, sentence, before=verb_end)


def _described_who_spoke_before(
    context: SpeakerContext, sentence: int, pronoun: str, position: int
) -> Speaker | None:
    """The one described (not named) who last spoke in ``sentence``, in the same paragraph as
    ``position`` and with no one named since."""
    spoken = context.spoken.get(sentence)
    if not spoken or spoken[-1].is_person:
        return None
    speaker = spoken[-1]
    words = speaker.name.split()
    if words[0].lower() not in ("a", "an", "one") or len(words) < 2:
        return None
    if _of_the_other_sex([word.lower() for word in words[1:4]], pronoun):
        return None
    if "\n" in context.masked[speaker.span[1] : position]:
        return None
    if bisect_left(context.person_starts, speaker.span[1]) < bisect_left(
        context.person_starts, position
    ):
        return None
    return speaker


def _described_speaker(
    context: SpeakerContext, sentence: int, before: int, paragraphs: int = 1
) -> Speaker | None:
    """The described speaker a sentence opens on, when no one is named after that sentence and
    before the pronoun, within ``paragraphs`` paragraphs."""
    start, sentence_end = context.sentences.bounds(sentence)
    end = before
    if end <= start or context.masked.count("\n\n", start, end) >= paragraphs:
        return None
    match = _DESCRIBED_SUBJECT.match(context.text, start, end)
    if match is None:
        opened = _after_an_opening(context, start, end)
        if opened is not None:
            match = _DESCRIBED_SUBJECT_AFTER_INTRO.match(context.text, opened, end)
    if match is None:
        # "On the promenade on Saturday evening a backpacker from Seoul ... said"
        match = _described_after_an_opening_without_a_comma(
            context, start, end, _DESCRIBED_SUBJECT_AFTER_INTRO
        )
    who = match.span("who") if match is not None else _spokesperson_for_a_body(context, start, end)
    if who is None:
        return None
    if match is not None:
        given = name_given_in(context, who[1], match.end())
        if given is not None:
            return given  # "A nurse, who gave her name only as Awa, said"
        clause = IDENTIFYING_WHO.match(context.text, who[1], match.end())
        if clause is not None:
            # "a woman who had come with three granddaughters from Mansehra said": the clause
            # tells who she is ("who asked not to be named" does not).
            who = (who[0], clause.end())
    # "A spokeswoman for the federation said the league would look at a hit on Gál. She
    # said": a person named in what the described speaker said is no one the pronoun can be
    # instead; one named after that sentence is.
    between_start = max(who[1], min(sentence_end, end))
    if any(
        # not one named inside a quote ("“Everyone buys from Rameshwar Kaka,” she said")
        _named_outside_quotes(context, person)
        for person in context.people[
            bisect_left(context.person_starts, between_start) : bisect_left(
                context.person_starts, end
            )
        ]
    ):
        return None
    return Speaker(context.text[who[0] : who[1]], who, False)


_ACCORDING_TO_SOMEONE = re.compile(
    r"according to (?P<who>(?:a|an|one) (?:[a-z]+ )?(?P<noun>[a-z]+)"
    r"(?: (?:for|at|from|of|with|in) [^,.;:!?“”\"]{1,80})?)\.[”’\"']?\s*$"
)
_SOURCE_NOUNS = {
    "spokeswoman": "f",
    "spokesman": "m",
    "spokesperson": None,
    "official": None,
    "source": None,
    "representative": None,
    "officer": None,
}


def _named_outside_quotes(context: SpeakerContext, person: EntitySpan) -> bool:
    """Whether a person is named in the writer's words: inside a quote the masked text is
    blank."""
    return context.masked[person.start] != " "


def _described_before_the_quote(
    context: SpeakerContext, sentence: int, pronoun: str, position: int
) -> Speaker | None:
    """ "A woman waiting at the door was not convinced. “...,” she said": the one described in
    the sentence the quote opens straight after, in the same paragraph or at the start of the
    next, though that sentence has no speech verb."""
    start = context.sentences.bounds(sentence)[0]
    breaks = context.text.count("\n", start, position)
    if breaks and not (
        breaks == 2 and _QUOTE_OPENS_THE_NEXT_PARAGRAPH.search(context.text, start, position)
    ):
        return None  # the quote may open the paragraph after the one the description ends
    end = position + len(pronoun)
    match = _DESCRIBED_BEFORE_A_PREDICATE["(?:A|An|One|Another)"].match(context.text, start, end)
    lower = _DESCRIBED_BEFORE_A_PREDICATE["(?:a|an|one|another)"]
    if match is None:
        # "Near the opera house, a taxi driver ...": here the described one follows, so "near"
        # opens no list of names ("Among those who signed was Rosa Quintero").
        opened = _after_an_opening(context, start, end, _PLACE_OPENING)
        if opened is not None:
            match = lower.match(context.text, opened, end)
    if match is None:
        # "On Saturday night a 29-year-old engineer from Vienna ... was philosophical."
        match = _described_after_an_opening_without_a_comma(context, start, end, lower)
    if match is None:
        # "Two boys swam out, and a woman selling maize on the sand laughed".
        joined = context.masked.rfind(", and ", start, position)
        if joined >= 0:
            match = lower.match(context.text, joined + 6, end)
    if match is None or not _THE_QUOTE_NEXT.fullmatch(context.text, match.end(), end):
        return None
    who = match.span("who")
    clause = _IDENTIFYING_WHO_BEFORE_A_PREDICATE.match(context.text, who[1], end)
    if clause is not None:
        # "A photographer who sets up a backdrop of painted clouds in the park was more
        # hopeful": the clause tells who he is.
        who = (who[0], clause.end())
    head = context.text[who[0] : who[1]].lower().split()[1:4]
    if head[0] in _HOW_MANY or head[:2] in _ONE_OF_THOSE or _of_the_other_sex(head, pronoun):
        return None
    first, last = (
        bisect_left(context.person_starts, who[1]),
        bisect_left(context.person_starts, position),
    )
    if any(
        context.text[person.end : person.end + 2] not in ("’s", "'s")
        and _named_outside_quotes(context, person)
        for person in context.people[first:last]
    ):
        # someone named since is likelier; not one whose basket it was ("a chipa from Mrs
        # Benitez’s basket")
        return None
    return Speaker(context.text[who[0] : who[1]], who, False)


# "On the lagoon road on Saturday", "On Saturday night", "At a stall near the market".
_OPENING_WITHOUT_A_COMMA = re.compile(
    r"(?:On|In|At|Outside|Near|Along|Beside|By)"
    r" (?:[a-z]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# "a German tourist", "a 29-year-old engineer", "a taxi driver".
_ARTICLE_AFTER_AN_OPENING = re.compile(r" (?=(?:a|an) [a-zA-Z\d])")
_OPENING_REACH = 80


def _described_after_an_opening_without_a_comma(
    context: SpeakerContext, start: int, end: int, described: re.Pattern[str]
) -> re.Match[str] | None:
    """ "On the beach on Sunday a Ghanaian trader ...": the one described after an opening
    phrase with no comma to end it, found by the article that opens the description."""
    if not _OPENING_WITHOUT_A_COMMA.match(context.text, start, end):
        return None
    reach = min(end, start + _OPENING_REACH)
    comma = context.text.find(",", start, reach)
    # "At the fish market, Maria Évora sells from a concrete counter": a comma ends the opening.
    for article in _ARTICLE_AFTER_AN_OPENING.finditer(
        context.text, start, reach if comma < 0 else comma
    ):
        match = described.match(context.text, article.end(), end)
        if match is not None:
            return match
    return None


def _after_an_opening(
    context: SpeakerContext, start: int, end: int, wider: re.Pattern[str] | None = None
) -> int | None:
    """Where a sentence's subject starts after its opening phrase ("At a centre near the
    port, "), and any clause set off after that ("where sacks were being unloaded, ")."""
    head = context.masked[start : min(end, start + WINDOW)]
    intro = _INTRO.match(head) or (wider.match(head) if wider is not None else None)
    if intro is None:
        return None
    opened = start + intro.end()
    # "At a shop in Jahra selling tent poles, carpets and coal, a salesman said": the rest of a
    # list the opening phrase ended in.
    listed = _REST_OF_A_LIST.match(context.masked, opened, end)
    if listed is not None:
        opened = listed.end()
    clause = _CLAUSE_AFTER_AN_OPENING.match(context.masked, opened, end)
    return clause.end() if clause is not None else opened


_REST_OF_A_LIST = re.compile(
    r"(?!(?:a|an|one|the|another)\b)(?:[a-z][a-z’' -]{0,30}, )*[a-z][a-z’' -]{0,30}? and "
    r"[a-z][a-z’' -]{0,30},\s*"
)


_PLACE_OPENING = re.compile(
    r"^(?:near|beside|behind|inside|opposite|across|among|along|down|up)\b[^,]{0,80},\s*",
    re.IGNORECASE,
)
_QUOTE_OPENS_THE_NEXT_PARAGRAPH = re.compile(r"[.!?]\n\n[“\"]")
_CLAUSE_AFTER_AN_OPENING = re.compile(
    r"(?:where|when|as) [^,.;:!?“”\"]{1,160},\s*"
    # "In Lahijan, 40 kilometres east of Rasht, a schoolteacher": how far the place is.
    r"|(?:\d+|[a-z]+) (?:kilometres|kilometers|miles|km) [^,.;:!?“”\"]{1,60},\s*"
)
# The rest of the sentence, then the quote and the pronoun after it.
_THE_QUOTE_NEXT = re.compile(
    r"[^“”\"\n]{0,240}?[.!?:](?: |\n\n)?[“\"][^“”\"\n]{1,600}?[”\"],? ?(?:he|she|He|She)"
)


def _of_the_other_sex(head: list[str], pronoun: str) -> bool:
    """Whether the words of a description ("a woman selling maize") name someone the pronoun
    cannot be."""
    return bool(set(head) & (_MALE_HEADS if pronoun == "she" else _FEMALE_HEADS))


def _described_after_said(
    context: SpeakerContext, sentence: int, pronoun: str, position: int
) -> Speaker | None:
    """ "The smoke was gone, said a woman who walks her children to school. “...,” she said":
    the one described after the verb that ends the sentence the quote opens straight after."""
    start = context.sentences.bounds(sentence)[0]
    if "\n" in context.text[start:position]:
        return None
    match = _SAID_BY_SOMEONE_DESCRIBED.search(context.text, start, position)
    if match is None or not _THE_QUOTE_NEXT.fullmatch(
        context.text, match.end("who"), position + len(pronoun)
    ):
        return None
    who = match.span("who")
    if _of_the_other_sex(context.text[who[0] : who[1]].lower().split()[1:4], pronoun):
        return None
    return Speaker(context.text[who[0] : who[1]], who, False)


_SAID_BY_SOMEONE_DESCRIBED = re.compile(
    r", (?:said|says|added) (?P<who>(?:a|an|one|another) [a-z][^.,;:!?“”\"]{1,120})(?=\. [“\"])"
)


def _source_a_sentence_ends_on(
    context: SpeakerContext, sentence: int, pronoun: str, before: int
) -> Speaker | None:
    """The described source a sentence ends on ("..., according to a spokeswoman for the
    State Border Service."), where the pronoun fits and no one is named after it."""
    start, end = context.sentences.bounds(sentence)
    match = _ACCORDING_TO_SOMEONE.search(context.masked, max(start, end - 160), end)
    if match is None or match.group("noun") not in _SOURCE_NOUNS:
        return None
    if _SOURCE_NOUNS[match.group("noun")] not in (None, PRONOUNS[pronoun]):
        return None
    if bisect_left(context.person_starts, match.end("who")) < bisect_left(
        context.person_starts, before
    ):
        return None
    return Speaker(context.text[match.start("who") : match.end("who")], match.span("who"), False)


def _person_a_sentence_ends_on(
    context: SpeakerContext, sentence: int, pronoun: str, before: int
) -> Speaker | None:
    """The person named after "according to" at the end of a sentence, with at most a
    description set off after the name, where the pronoun fits and no one is named since."""
    start, end = context.sentences.bounds(sentence)
    end = min(end, before)
    according = context.masked.rfind(_ACCORDING_TO, max(start, end - 300), end)
    if according < 0:
        return None
    named_at = according + len(_ACCORDING_TO)
    index = bisect_left(context.person_starts, named_at)
    if index >= len(context.people) or context.people[index].start != named_at:
        return None
    person = context.people[index]
    if not _SET_OFF_TO_THE_END.match(context.masked, person.end, end):
        return None
    if bisect_left(context.person_starts, person.end) < bisect_left(context.person_starts, before):
        return None
    if context.analysis.genders.get(person.canonical, PRONOUNS[pronoun]) != PRONOUNS[pronoun]:
        return None
    return Speaker(person.canonical, (person.start, person.end), True)


_ACCORDING_TO = "according to "
_SET_OFF_TO_THE_END = re.compile(r"(?:, [^,.;:!?“”\"]{1,80})?\.(?:\s+[“\"]|\s*$)")


def name_given_in(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    """The person a clause gives the name of ("who gave only her first name, Awa,")."""
    index = bisect_left(context.person_starts, start)
    while index < len(context.people) and context.people[index].start < end:
        person = context.people[index]
        if NAME_GIVEN_BEFORE.search(context.text, max(0, person.start - 24), person.start):
            return Speaker(person.canonical, (person.start, person.end), True)
        index += 1
    return None


# "A spokesman for the Ministry of Blue Economy, Marine Resources, Fisheries and Shipping said":
# a body's name with commas in it, which the pattern above cannot take, found as an entity.
SPOKESPERSON_FOR = re.compile(
    r"(?:[Aa]n?|One) (?:[a-z]+ )?spokes(?:man|woman|person) for (?:the )?"
)
_SAID_AFTER_THE_BODY = re.compile(
    r"(?:, (?:which|who) (?:[^,]|,\d){1,100},)? (?:said|says|told|added)\b"
)


def _spokesperson_for_a_body(
    context: SpeakerContext, start: int, end: int
) -> tuple[int, int] | None:
    """Bounds of "a spokesman for <a body the entities found>" opening a sentence that says."""
    opening = SPOKESPERSON_FOR.match(context.text, start, end)
    if opening is None:
        return None
    index = bisect_left(context.entity_starts, opening.end())
    spans = context.analysis.spans
    if index == len(spans) or spans[index].start != opening.end():
        return None
    body_end = spans[index].end
    if (
        spans[index].label == "GPE"
        and context.text[body_end : body_end + 3] in ("’s ", "'s ")
        and index + 1 < len(spans)
        and spans[index + 1].start == body_end + 3
        and spans[index + 1].label == "ORG"
    ):
        body_end = spans[index + 1].end  # "a spokeswoman for Albania’s Ministry of Energy"
    if not _SAID_AFTER_THE_BODY.match(context.text, body_end, end):
        return None
    return start, body_end


_DEFINITE_SPOKESPERSON = re.compile(
    r"[Tt]he (?P<noun>spokes(?:man|woman|person)) (?:said|says|told|added)\b"
)


def _definite_spokesperson_opening(
    context: SpeakerContext, sentence: int, pronoun: str, before: int
) -> Speaker | None:
    """ "the spokesman" opening a sentence that says (after any introductory phrase), where
    the pronoun fits and no one is named after it. Attribution then reads "the spokesman" as
    the "a spokesman for X" described before."""
    start, end = context.sentences.bounds(sentence)
    intro = _INTRO.match(context.masked[start : min(end, start + WINDOW)])
    opening = _DEFINITE_SPOKESPERSON.match(context.text, start + (intro.end() if intro else 0))
    if opening is None or _SOURCE_NOUNS[opening.group("noun")] not in (None, PRONOUNS[pronoun]):
        return None
    if bisect_left(context.person_starts, opening.end()) < bisect_left(
        context.person_starts, before
    ):
        return None
    return Speaker(context.text[opening.start() : opening.end("noun")], opening.span(), False)


def _person_named_next(
    context: SpeakerContext, position: int, fits: Callable[[Speaker | None], bool]
) -> Speaker | None:
    """ "A pensioner ... says she will “fight on”." then "Jo Smith has vowed ...": a he or
    she in a standfirst, before anyone is named, is the first person the story names."""
    if position > _STANDFIRST_REACH or not context.people:
        return None
    for person in context.people:
        if person.start < position or person.start > position + _STANDFIRST_REACH:
            return None
        if context.text[person.start - 3 : person.start].lower() != "by ":  # a byline's writer
            speaker = Speaker(person.canonical, (person.start, person.end), True)
            return speaker if fits(speaker) else None
    return None


def sentence_subject(context: SpeakerContext, sentence: int, before: int | None) -> Speaker | None:
    """The person a sentence is about: the first person named at its start, after any
    introductory phrase ("At a frosty briefing, Mr Lavrov said ...")."""
    start, end = context.sentences.bounds(sentence)
    if before is not None:
        end = min(end, before)
    head = context.masked[start : min(end, start + WINDOW)]
    stripped = head.lstrip(" “\"‘'")
    offset = start + len(head) - len(stripped)
    if stripped[:13] == "According to ":
        # "According to DC Qureshi, one victim had been told ...": the sentence is her account.
        index = bisect_left(context.person_starts, offset + 13)
        if index < len(context.people) and context.people[index].start == offset + 13:
            person = context.people[index]
            if context.text[person.end : person.end + 1] == ",":
                return Speaker(person.canonical, (person.start, person.end), True)
    conjunction = _CONJUNCTION_OPENING.match(stripped)
    if conjunction is not None and _person_starts_at(context, offset + conjunction.end()):
        # "But Khalid Al Shamsi, an Emirati father of four, said": the name after "But" is
        # the subject, not part of an opening phrase.
        offset += conjunction.end()
        stripped = stripped[conjunction.end() :]
    intro = _INTRO.match(stripped)
    if intro:
        after_a_time = _named_after_a_time(context, offset, offset + intro.end())
        if after_a_time is not None:
            return after_a_time
        if stripped[:4] == "For ":
            # "For Okafor, the night had a twist": the sentence is about Okafor.
            index = bisect_left(context.person_starts, offset + 4)
            if index < len(context.people) and context.people[index].start == offset + 4:
                person = context.people[index]
                if stripped[person.end - offset : person.end - offset + 1] == ",":
                    return Speaker(person.canonical, (person.start, person.end), True)
        offset += intro.end()
        stripped = stripped[intro.end() :]
        where = _WHERE_AFTER_AN_OPENING.match(stripped)
        if where is not None:
            # "In Tozeur, 60 kilometres to the south-west across the salt flats, Leila Mejri"
            offset += where.end()
            stripped = stripped[where.end() :]
    if _PRONOUN_START.match(stripped):
        return None
    kin_of_someone_described = _KIN_OF_SOMEONE_DESCRIBED.match(stripped)
    if kin_of_someone_described is not None:
        # "The boy’s mother, who asked that her name not be used, said": kin of someone the
        # story describes, not names, as written.
        span = (offset, offset + kin_of_someone_described.end())
        given = name_given_in(context, span[1], min(end, span[1] + _NAME_GIVEN_REACH))
        if given is not None:
            return given  # "..., a Georgian teacher who gave her name only as Nino, said"
        return _kin_as_written(
            context, context.text[span[0] : span[1]], span, kin_of_someone_described["kin"]
        )
    index = bisect_left(context.person_starts, offset)
    if index < len(context.people):
        person = context.people[index]
        if person.end <= end and person.start - offset <= 70:
            between = context.text[offset : person.start]
            words_between = between.split()
            if (
                words_between
                and words_between[-1] in _OBJECT_BEFORE
                and not _AGENT_OF_A_PASSIVE.search(between)
            ):
                return None  # "The Italian seed came back against Astrid Lindqvist": no subject
            if _DESCRIBED_BEFORE_A_NAME.match(between):
                return None  # "A woman selling chestnuts by the Trinkhalle said": the woman
            if _KIN_WITH_A_CLAUSE_BEFORE_A_NAME.match(between):
                # "His brother, who steers the boat while Said talks, was blunter": the brother
                return None
            if _KNOWN_AS_BEFORE_A_NAME.search(between):
                # "An old hand known on the beach as “Ti-Paul” said": the one so called.
                return Speaker(person.canonical, (person.start, person.end), True)
            if "“" not in between and not speech_verbs_in(between, 0, len(between)):
                kin = _KIN_OF_THE_PERSON.match(context.text, person.end)
                if (
                    kin is not None
                    and not between.strip()
                    # "Nguema's mother, Felicidad Obono,": she is named after it.
                    and not context.text[kin.end() + 2 : kin.end() + 3].isupper()
                ):
                    other = one_other_of_the_family(context, person.canonical)
                    sex = KIN_SEX.get(kin["kin"])
                    if other is not None and sex and context.analysis.genders.get(other) == sex:
                        # "Rina Kalo, 19, sells flowers beside her mother, Serah Kalo ... Mrs
                        # Kalo’s daughter said": the one other of the family.
                        return Speaker(other, (person.start, kin.end()), True)
                    # "Sultani’s mother, reached by phone, said": the mother, as written.
                    return Speaker(
                        context.text[person.start : kin.end()], (person.start, kin.end()), True
                    )
                named = _named_in_apposition_to_owner(context, person, index)
                if named is not None:
                    person = named
                if context.text[person.end : person.end + 2] in ("’s", "'s"):
                    agent = _agent_of_a_passive_after(context, person.end, end)
                    if agent is not None:
                        return agent
                return Speaker(person.canonical, (person.start, person.end), True)
    return None


# "Mr Temuulen’s point was made in almost the same words by Baasanjav Ganzorig": the
# sentence's doer is the one after "by".
_PASSIVE_THEN_BY = re.compile(r" (?:was|were|has been|had been) [^.;:!?“”\"]{1,80}? by (?=[A-Z])")


def _agent_of_a_passive_after(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    passive = _PASSIVE_THEN_BY.search(context.masked, start, end)
    agent = _person_at(context, passive.end()) if passive is not None else None
    return Speaker(agent.canonical, (agent.start, agent.end), True) if agent else None


_TIME_OPENING = re.compile(
    r"(?:(?:Early |Late |Later )?[Oo]n (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)|(?:Later|Earlier|Early|Late) that|This|Last)"
    r"(?: (?:morning|afternoon|evening|night|day|week))? "
)


def _named_after_a_time(context: SpeakerContext, start: int, end: int) -> Speaker | None:
    """ "On Sunday morning Benjamin Setik took his boat out ..., with": the one named straight
    after a time that opens the sentence with no comma, whom the opening phrase ran into."""
    opening = _TIME_OPENING.match(context.text, start, end)
    person = _person_at(context, opening.end()) if opening is not None else None
    if person is None or not _VERB_AFTER_A_NAME.match(context.text, person.end, end):
        return None
    return Speaker(person.canonical, (person.start, person.end), True)


# "Benjamin Setik took", not "Benjamin Setik's boat".
_VERB_AFTER_A_NAME = re.compile(r" [a-z]+ ")


# An opening on someone described, with a name inside the description but not set off after
# it ("A spokesman for the council, Jo Smith, said" names the spokesman).
# Not "One of them was Aviaja Petersen", where the name is what the one described is.
# Not "An old hand known on the beach as “Ti-Paul”": the name is what the one described is
# called.
_DESCRIBED_BEFORE_A_NAME = re.compile(r"(?:A|An|Another) [a-z][^,]*(?<! as “)(?<! as \")$")


_NAME_GIVEN_REACH = 120
_KIN_OF_SOMEONE_DESCRIBED = re.compile(
    # Not "The driver's wife, Claudette Samuel, said": the one named after.
    rf"[Tt]he (?:[a-z]+ )?[a-z]+['’]s (?P<kin>{ANY_KIN})(?= said\b|, (?![A-Z])| [a-z]+ed\b)"
)
_KIN_OF_THE_PERSON = re.compile(
    r"['’]s (?P<kin>mother|father|wife|husband|son|daughter|brother|sister|grandmother"
    r"|grandfather|widow|widower|partner|aunt|uncle)(?=,| said\b)"
)


# Someone who is not there to speak: "His son had gone to mend the boat", "His brother had
# gone home".
_GONE_AFTER = re.compile(
    r" (?:had (?:already )?(?:gone|left)|has (?:gone|left)|went (?:home|out|away|off)"
    r"|was (?:away|asleep|out))\b"
)
# "Mr da Rosa’s daughter Lucía, 12,": a parent, then the child's given name.
_PARENTS_CHILD = re.compile(r"[’']s (?P<kin>daughter|son) (?P<child>[A-Z][\w’'-]+)\b")


def _parent_named_with_a_possessive(
    context: SpeakerContext, owner: str | None, gender: str, head: str, position: int
) -> str | None:
    """ "Her father held up a tangerine. “...,” he said" after "Mr da Rosa’s daughter Lucía":
    the one the article named as the parent of the child "Her" is, in a possessive before it.
    The child is ``owner`` where the pronoun's sex found one, else the last person named."""
    if head not in ("father", "mother"):
        return None
    if owner is None:
        index = bisect_left(context.person_starts, position) - 1
        owner = context.people[index].canonical if index >= 0 else None
    kin = "daughter" if gender == "f" else "son"
    found = [
        match
        for match in _PARENTS_CHILD.finditer(context.masked, max(0, position - 600), position)
        if match.group("child") == owner and match.group("kin") == kin
    ]
    if not found:
        return None
    index = bisect_left(context.person_starts, found[-1].start()) - 1
    if index < 0 or context.people[index].end != found[-1].start():
        return None
    return context.people[index].canonical


# "Her husband, a carpenter, described ...": a sentence opening on a role the article gave.
_ROLE_OPENING = re.compile(
    r"(?:His|Her|Their|The) (?:[\w’'-]+ ){0,2}?(?P<head>[a-z]+(?:-in-law)?)(?=[ ,])"
)


def _role_subject(
    context: SpeakerContext, sentence: int, before: int | None = None
) -> Speaker | None:
    start, end = context.sentences.bounds(sentence)
    match = _ROLE_OPENING.match(context.text, start, end if before is None else before)
    if match is None:
        return None
    head = match.group("head")
    if _GONE_AFTER.match(context.text, match.end()):
        return None  # "His son had gone to mend the boat. “...,” he said": not the son
    holder = context.roles.holder(head, start)
    if holder and head in KIN_WORDS and sentence > 0:
        holder = _kin_of_the_one_before(context, sentence, holder, head)
    elif (
        holder is None
        and head in _FAMILY_WORDS
        and sentence > 0
        # Not "Her daughter, she said, “...”": the pronoun speaks of the kin; but "His
        # brother, who runs the kitchen, said" is the kin speaking.
        and (
            context.text[match.end() : match.end() + 1] == " "
            or context.text.startswith(", who ", match.end())
        )
    ):
        # "“In my day we did not wait,” he said. His son was less nostalgic": the one other
        # person of the family name of the one "His" is, where nothing says they are not of
        # the kin word's sex.
        gender = _POSSESSIVE_GENDERS.get(context.text[start : start + 4])
        owner = _last_of_the_sex(context, sentence, gender) if gender else None
        holder = one_other_of_the_family(context, owner) if owner else None
        if owner and holder is None:
            holder = _one_other_not_brought_in_as_other_kin(context, owner, head)
        if holder is None and gender:
            holder = _parent_named_with_a_possessive(context, owner, gender, head, start)
        kin_gender = _KIN_GENDERS.get(head)
        if holder and kin_gender and context.analysis.genders.get(holder, kin_gender) != kin_gender:
            holder = None
    if holder:
        return Speaker(holder, match.span(), True)
    present = _KIN_PRESENT.match(context.text, start, end if before is None else before)
    if (
        present is not None
        and head == present.group("kin")
        and context.roles.holder(head, start) is None
        and _no_one_else_of_the_family(context, sentence, start)
    ):
        # "Her husband, sitting beside her, shook his head": kin no one names, there and
        # doing something, as written.
        words = context.text[start : match.end()]
        return _kin_as_written(context, words[:1].lower() + words[1:], match.span(), head)
    if (
        head in _COMPANIONS
        and context.text[start : start + 4] in _POSSESSIVE_GENDERS
        # not "Her neighbour at the fish counter, Erwan Le Goff, 41, was calmer": named
        and bisect_left(context.person_starts, match.end())
        == bisect_left(context.person_starts, end)
        # nor "His neighbour had lost a terrace of chillies, he said": spoken of
        and not _SAID_BY_A_PRONOUN.search(
            context.masked, start, _before_a_quote(context, start, end)
        )
    ):
        # "Her friend, who would not give her name, disagreed. “...,” she said": someone
        # described by whose companion they are, as written.
        words = context.text[start : match.end()]
        return Speaker(words[:1].lower() + words[1:], match.span(), True)
    described = _OFFICE_OF_A_PLACE.match(context.text, start, end if before is None else before)
    if (
        described is not None
        and described.group("head") in title_heads()
        and not _person_starts_at(context, described.end() + 2)  # "..., Tamás Baranyi,"
    ):
        # "The governor of Kairouan, who visited ..., told the weavers": named by the office.
        office = "the " + context.text[described.start() + 4 : described.end()]
        return Speaker(office, described.span(), True)
    return None


def _kin_as_written(context: SpeakerContext, name: str, span: tuple[int, int], kin: str) -> Speaker:
    """Kin no name is given for, as written ("The boy’s mother", "her husband"), with the sex
    the kin word gives, so a pronoun of the other sex is not theirs."""
    sex = KIN_SEX[kin]
    if sex is not None:
        context.analysis.genders.setdefault(name, sex)
    return Speaker(name, span, True)


def _no_one_else_of_the_family(context: SpeakerContext, sentence: int, start: int) -> bool:
    """Whether the one "His" or "Her" stands for has no one of the family named besides."""
    gender = _POSSESSIVE_GENDERS.get(context.text[start : start + 4])
    if gender is None:
        return False
    owner = _last_of_the_sex(context, sentence, gender)
    # "“...,” the husband said. His wife was looking at the animal": no one named is meant.
    return owner is None or not _others_of_the_family(context, owner)


def _kin_of_the_one_before(
    context: SpeakerContext, sentence: int, holder: str, kin: str
) -> str | None:
    """ "His brother, Kishore Persaud, ... Kishore Persaud left before noon. His brother
    stayed": the brother of the one the sentence before is about is not that one, but the one
    other person of the family name."""
    owner = sentence_subject(context, sentence - 1, before=None)
    if owner is None:
        # "“Ten years ago everybody cut,” said Besnik. His brother shook his head": the one
        # who spoke in the sentence before, where it opens on the quote.
        # Only one named there: "he said" may have been taken for the wrong one of the family.
        spoken = context.spoken.get(sentence - 1)
        owner = spoken[-1] if spoken and spoken[-1].is_person else None
        before_start, before_end = context.sentences.bounds(sentence - 1)
        if (
            owner is not None
            and owner.name == holder
            and before_start <= owner.span[0] < before_end
        ):
            return one_other_of_the_family(context, holder) or holder
        return holder
    spoken = context.spoken.get(sentence - 1)
    last = spoken[-1] if spoken and spoken[-1].is_person else None
    if (
        last is not None
        and last.name == holder
        and owner.span[0] < last.span[0] < context.sentences.bounds(sentence - 1)[1]
    ):
        # "Rita Ellul, 80, and her sister, Doris Ellul, ... “...,” said Doris. Her sister was
        # less worried": the sister of the one who spoke last, named there.
        return one_other_of_the_family(context, holder) or holder
    if owner.name != holder:
        return holder
    if context.text[max(0, owner.span[0] - len(kin) - 6) : owner.span[0]].endswith(f" {kin}, "):
        # "Her daughter, Mary Jorkan, will handle the permit. ... Her daughter smiled": the
        # sentence before brought her in as that kin, so it is her again.
        return holder
    if context.text[owner.span[1] : owner.span[1] + 2] in ("’s", "'s"):
        # "By 11am Mrs Jallow’s first trays had turned the colour of honey. Her daughter-in-law
        # watched": the sentence is about her trays, and the kin is hers, whoever "Mrs
        # Jallow" was taken for.
        return holder
    return one_other_of_the_family(context, holder)


def relative_a_sentence_opens_on(context: SpeakerContext, sentence: int) -> str | None:
    """ "His brother nodded.": who the kin word opening the sentence stands for, or None."""
    kin = _role_subject(context, sentence)
    return kin.name if kin is not None and kin.is_person else None


def of_one_family(context: SpeakerContext, name: str, other: str | None = None) -> bool:
    """Whether ``other`` (or, with None, anyone else) shares ``name``'s family name: a look-up,
    where ``_others_of_the_family`` copies the family, which may be large."""
    _read_families(context)
    words = name.split()
    family = context.families.get(_family_name(words[-1]), set())
    if len(family) < 2 and len(words) > 1:
        family = context.families_by_first_word.get(words[0], set())
    if other is None:
        return len(family) > 1 and name in family
    return other != name and other in family and name in family


def one_other_of_the_family(context: SpeakerContext, name: str) -> str | None:
    others = _others_of_the_family(context, name)
    return next(iter(others)) if len(others) == 1 else None


def _others_of_the_family(context: SpeakerContext, name: str) -> set[str]:
    """The other people of ``name``'s family name: its last word, or, where no one else has
    that, its first ("Chen Wen-hsiung" and "Chen Kuan-yu", whose family name comes first)."""
    _read_families(context)
    words = name.split()
    others = context.families.get(_family_name(words[-1]), set()) - {name}
    if not others and len(words) > 1:
        others = context.families_by_first_word.get(words[0], set()) - {name}
    return others


def _read_families(context: SpeakerContext) -> None:
    if context.families is None:  # read once, and only where a relative is asked for
        context.families, context.families_by_first_word = {}, {}
        for person in context.people:
            words = person.canonical.split()
            context.families.setdefault(_family_name(words[-1]), set()).add(person.canonical)
            if len(words) > 1:
                context.families_by_first_word.setdefault(words[0], set()).add(person.canonical)


def _one_other_not_brought_in_as_other_kin(
    context: SpeakerContext, owner: str, head: str
) -> str | None:
    """ "Her brother" after "Ernesto Bacalso ... His son, Jerome Bacalso ... Lorna Bacalso,
    his sister,": the one of her family name she was brought in as kin of; or, of the others of
    that name, the one no other kin word brought in."""
    others = _others_of_the_family(context, owner)
    sex = _KIN_GENDERS.get(head)
    genders = context.analysis.genders
    if sex:
        others = {name for name in others if genders.get(name, sex) == sex}
    kin_roles = [role for role in context.roles.roles if role.head in KIN_WORDS]
    brought_in = next((role for role in kin_roles if role.person == owner), None)
    if brought_in is not None:
        index = bisect_left(context.person_starts, brought_in.position) - 1
        while index >= 0 and context.people[index].canonical == owner:
            index -= 1
        if index >= 0 and context.people[index].canonical in others:
            # "Stoyan Kirov, 58, and his sister, Radka Kirova": her brother is Stoyan.
            return context.people[index].canonical
    if len(others) > 1:
        others -= {role.person for role in kin_roles if role.head != head}
    return next(iter(others)) if len(others) == 1 else None


def _family_name(surname: str) -> str:
    """ "Kirov" for "Kirova", "Trajkovsk" for "Trajkovska" and "Trajkovski": a Slavic family
    name is one family's, whether a man or a woman bears it."""
    if surname.endswith(("ova", "eva", "ina", "ska", "ski", "cka", "cki", "zka", "zki")):
        return surname[:-1]
    return surname


_FAMILY_WORDS = frozenset(KIN_SEX)
_KIN_PRESENT = re.compile(
    rf"(?:His|Her) (?P<kin>{ANY_KIN})(?:, [a-z]+ing [^,]{{1,60}},)? {_PREDICATE}\b"
)
_POSSESSIVE_GENDERS = {"His ": "m", "Her ": "f"}
_COMPANIONS = frozenset("friend neighbour neighbor colleague companion".split())
_SAID_BY_A_PRONOUN = re.compile(r"\b(?:he|she|they) (?:said|says|added|told)\b")
_OPENING_MARK = re.compile(r"[“\"]")


def _before_a_quote(context: SpeakerContext, start: int, end: int) -> int:
    """Where the first quote mark stands in ``start:end``, or ``end``."""
    mark = _OPENING_MARK.search(context.text, start, end)
    return mark.start() if mark else end


_KIN_GENDERS = {kin: sex for kin, sex in KIN_SEX.items() if sex}
_OWNER_REACH = 3  # sentences


def _last_of_the_sex(context: SpeakerContext, sentence: int, gender: str) -> str | None:
    """The person of that sex who last spoke, or whom a sentence last opened on, within a few
    sentences before ``sentence``: the one a "His" or "Her" opening it is likely to mean."""
    genders = context.analysis.genders
    for earlier in range(sentence - 1, max(-1, sentence - 1 - _OWNER_REACH), -1):
        for speaker in reversed(context.spoken.get(earlier, [])):
            # "“...,” Samir Hallaq said. His brother": one who just spoke, of no known sex.
            if speaker.is_person and genders.get(speaker.name, gender) == gender:
                return speaker.name
        subject = sentence_subject(context, earlier, before=None)
        # "Jean-Pierre Kabeya said the ban was fair. His brother": the one the sentence just
        # before is about, of no known sex.
        unknown = gender if earlier == sentence - 1 else None
        if (
            subject is not None
            and subject.is_person
            and genders.get(subject.name, unknown) == gender
        ):
            return subject.name
    return None


# ", 62, and her husband, ": the kin of one named, named next as a second subject.
_AND_THEIR_KIN = re.compile(rf"(?:, \d{{1,3}},)? and (?:his|her) (?:{ANY_KIN}), ")


def _kin_brought_in_with(
    context: SpeakerContext, sentence: int, subject: Speaker
) -> Speaker | None:
    end = context.sentences.bounds(sentence)[1]
    if context.masked.find(" with ", subject.span[1], end) < 0:
        return None
    joined = _WITH_THEIR_KIN.search(context.masked, subject.span[1], end)
    if joined is None:
        return None
    person = _person_at(context, joined.end())
    if person is None:
        return None
    return Speaker(person.canonical, (person.start, person.end), True)


_WITH_THEIR_KIN = re.compile(rf" with (?:his|her) (?:{ANY_KIN}), ")


def _one_of_a_pair_of_kin(
    context: SpeakerContext, sentence: int, fits: Callable[[Speaker | None], bool]
) -> Speaker | None:
    """Of "a father and daughter, X and Y" in the sentence, the one of the two that fits."""
    start, end = context.sentences.bounds(sentence)
    if context.masked.find(" and ", start, end) < 0:
        return None
    pair = _PAIR_OF_KIN.search(context.masked, start, end)
    if pair is None:
        return None
    first = _person_at(context, pair.end())
    if first is None or not context.masked.startswith(" and ", first.end):
        return None
    second = _person_at(context, first.end + 5)
    if second is None:
        return None
    fitting = [
        speaker
        for person in (first, second)
        if fits(speaker := Speaker(person.canonical, (person.start, person.end), True))
    ]
    return fitting[0] if len(fitting) == 1 else None


_PAIR_OF_KIN = re.compile(PAIR_OF_KIN)


def _kin_joined_to(context: SpeakerContext, subject: Speaker) -> Speaker | None:
    joined = _AND_THEIR_KIN.match(context.text, subject.span[1])
    if joined is None:
        return None
    index = bisect_left(context.person_starts, joined.end())
    if index < len(context.people) and context.people[index].start == joined.end():
        person = context.people[index]
        return Speaker(person.canonical, (person.start, person.end), True)
    return None


_KIN_WITH_A_CLAUSE_BEFORE_A_NAME = re.compile(
    rf"(?:His|Her|Their) (?:[a-z-]+ )?(?:{ANY_KIN}), (?:who|whose) [^,]*$"
)


def _person_ending_at(context: SpeakerContext, position: int) -> EntitySpan | None:
    index = bisect_left(context.person_starts, position) - 1
    if index >= 0 and context.people[index].end == position:
        return context.people[index]
    return None


def _person_starts_at(context: SpeakerContext, position: int) -> bool:
    return _person_at(context, position) is not None


def _person_at(context: SpeakerContext, position: int) -> EntitySpan | None:
    """The person named starting at ``position``, if one is."""
    index = bisect_left(context.person_starts, position)
    if index < len(context.people) and context.people[index].start == position:
        return context.people[index]
    return None


_OFFICE_OF_A_PLACE = re.compile(
    r"The (?:[a-z-]+ ){0,2}(?P<head>[a-z]+) of [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}(?=,)"
)


# Words after which a name is an object, never the sentence's subject.
_KNOWN_AS_BEFORE_A_NAME = re.compile(r"\bknown(?: [a-z]+){0,4} as [“\"]$")
_OBJECT_BEFORE = frozenset("against with over to by for from beat beating defeated".split())
# But "The project is led by Mariyam Nasheeda": the one it is done by is what it is about.
_AGENT_OF_A_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been) (?:[a-z]+ )?(?:led|run|headed|chaired"
    r"|founded|organised|organized|managed|coached|owned|directed) by $"
)


# "Mr Pinchbeck’s neighbour, Sandra Kettle,": a description owned by one person, then the name.
_OWNED_DESCRIPTION = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*,\s+")


def _named_in_apposition_to_owner(
    context: SpeakerContext, owner: EntitySpan, index: int
) -> EntitySpan | None:
    described = _OWNED_DESCRIPTION.match(context.text, owner.end)
    if described is None or index + 1 >= len(context.people):
        return None
    following = context.people[index + 1]
    # "Bhutta's lawyer, Barrister Usman Lodhi,": a title may stand before the name.
    between = context.text[described.end() : following.start]
    return following if not between or _TITLES_ONLY.match(between) else None


_TITLES_ONLY = re.compile(r"(?:[A-Z][a-z]+\.? ){1,2}$")
