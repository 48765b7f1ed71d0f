"""Words around a name that show it is an organisation: "shares in X", "X's chief executive"."""

from __future__ import annotations

import re

from reader.detect.lexicon import given_names
from reader.detect.runs import word_before

_BODY_NOUNS = (
    r"firm|company|club|band|group|charity|brand|retailer|chain|carmaker|airline|newspaper"
    r"|paper|label|start-?up|bank|insurer|developer|operator|supplier|manufacturer|broadcaster"
    r"|publisher|orchestra|choir|church|business|agency|outlet|magazine|website|app|platform"
    r"|journal|manufacturer|maker|producer|studio|restaurant|pub|brewery|team|union|workshop"
)
# Contexts a person's name can stand in too are weak: they make an unknown word an
# organisation, but never overrule a name already taken for a person.
_BEFORE = re.compile(
    # "the research firm X", "the artificial intelligence company X": up to two lower-case
    # words may describe the body.
    # "The head of the rescue team, Senad Mehmedović,": set off after "of the team", the name
    # is the head's.
    rf"(?:(?P<strong>[Ss]hares[ ](?:in|of)|\b[Tt]he[ ](?:[a-z-]+[ ]){{0,2}}(?:{_BODY_NOUNS})"
    # "a local company, Bombali Agro Processing,": a body set off after its noun.
    # Not "Back at the workshop, Eirik Haugland was": a place where someone is.
    rf"|(?<!of[ ])(?<!\bat[ ])(?<!\bin[ ])\b(?:[Tt]he|[Aa]n?)[ ](?:[a-z-]+[ ]){{0,2}}"
    rf"(?P<set_off>{_BODY_NOUNS}),"
    r"|\bchief[ ]executive[ ]of"
    # "a small company called Buah Belait": the body named by its noun.
    rf"|\b(?:[Aa]n?|[Tt]he)[ ](?:[a-z-]+[ ]){{0,2}}(?:{_BODY_NOUNS})[ ](?:called|named)"
    r"|\bsigned[ ](?:for|with))"
    r"|\b(?:spokes(?:man|woman|person)[ ]for|statement[ ]from|(?:founder|boss|owner|chairman"
    r"|director)[ ]of|(?<!treatment[ ])(?<!sewage[ ])(?<!its[ ])(?<!the[ ])(?:works?|worked"
    r"|working)[ ](?:for|at)|employees[ ]of"
    r"|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)[ ]at"
    # "a 4-1 win over Montrose Anchor", "host Cowdenbeath Miners": a team in a fixture.
    r"|(?:win|victory|defeat|draw|loss)[ ](?:over|to|by|with|against)|hosts?|hosted|against))"
    r"[ ](?=[A-Z])"
)
_AFTER = re.compile(
    r"(?<=[A-Za-z])(?:(?P<strong>['’]s?[ ](?:chief[ ]executive|shares|board|headquarters"
    r"|profits?|revenues?|share[ ]price|employees|staff|customers|shareholders)\b"
    # "Kellaway, the club's captain": the body's possessive describes a person.
    rf"|,[ ](?:the|a|an)[ ](?:[a-z-]+[ ])?(?:{_BODY_NOUNS})\b(?![’']s\b)"
    # "Patitas Libres, an animal welfare group that had asked": two words before the noun,
    # where the noun ends the phrase (not "a local church group member").
    rf"|,[ ](?:the|a|an)[ ](?:[a-z-]+[ ]|[A-Z][a-z]+[ ]){{2}}(?:{_BODY_NOUNS})"
    r"(?=[,.;]|[ ](?:that|which|based|in|of|from|with|founded|run|for|set)\b)"
    # "Cormetur, the state's tourism corporation,": a public body set off after its name.
    r"|,[ ](?:the|a|an)[ ](?:[a-z-]+(?:['’]s)?[ ]){0,2}(?:corporation|cooperative"
    r"|co-operative|utility|lottery)(?=,)"
    r"|[ ]shares\b|,[ ]which[ ](?:makes|runs|owns|operates|employs|sells|publishes|builds)\b"
    # "Aston Villa beat Crystal Palace 2-1": a single score is a team's (a tennis player's
    # has sets: "6-4, 6-3").
    r"|(?:[ ](?:beat|drew[ ]with|lost[ ]to|thrashed|edged|hammered)[ ][A-Z][\w’' ]{0,40}?)?"
    r"[ ]\d{1,2}-\d{1,2}\b(?!,?[ ]\d))"
    r"|[ ]said[ ]in[ ]a[ ]statement\b"
    r"|[ ](?:manager|boss|captain|striker|goalkeeper|midfielder|defender|winger|head[ ]coach"
    r"|chairman|owner|squad|fans|supporters)\b)"
)


def has_org_context(text: str, start: int, end: int, strong_only: bool = False) -> bool:
    """Whether the words just around text[start:end] treat it as an organisation."""
    # Most names have none of these cues: the end of the word before and the character after
    # rule them out before any pattern runs.
    if text[start - 3 : start - 1] in CUE_WORD_ENDINGS_BEFORE and (
        word_before(text, start).rstrip(",") in _WORDS_BEFORE
    ):
        before = _BEFORE.search(text, max(0, start - 40), start + 1)
        if (
            before
            and before.end() == start
            and (before.group("strong") or not strong_only)
            and not (strong_only and _a_person_doing_the_job(text, before, start))
        ):
            return True
    if text[end : end + 1] in CUE_CHARACTERS_AFTER or text.startswith(CUE_WORDS_AFTER, end):
        after = _AFTER.match(text, end, end + 60)
        if after and (after.group("strong") or not strong_only):
            return True
    return False


def _a_person_doing_the_job(text: str, before: re.Match[str], start: int) -> bool:
    """ "The operator, Luis Arancibia, 52,": a body's noun that is a person's job too, set off
    before a name that opens on a given name, or after "a"."""
    if before.group("set_off") not in _PEOPLES_JOBS:
        return False
    if before.group(0)[:1] in "aA":
        return True  # "A rival operator, Houmed Daoud,": one of many is a person
    first = text[start : text.find(" ", start, start + 40)]
    return first in given_names()


_PEOPLES_JOBS = frozenset("operator developer producer publisher maker broadcaster".split())
_WORDS_BEFORE = frozenset(
    "in of for with from at over to by host hosts hosted against called named".split()
) | frozenset(_BODY_NOUNS.replace("start-?up", "start-up|startup").split("|"))
# "the manufacturer, Agrovia,": an apposition puts a comma after the body's noun.
CUE_WORD_ENDINGS_BEFORE = frozenset(word[-2:] for word in _WORDS_BEFORE) | frozenset(
    word[-1] + "," for word in _WORDS_BEFORE
)
CUE_CHARACTERS_AFTER = frozenset("’',")
CUE_WORDS_AFTER = (
    " shares",
    " beat ",
    " drew with",
    " lost to",
    " thrashed",
    " edged",
    " hammered",
    *(f" {digit}" for digit in "0123456789"),
    " said in a",
    " manager",
    " boss",
    " captain",
    " striker",
    " goalkeeper",
    " midfielder",
    " defender",
    " winger",
    " head coach",
    " chairman",
    " owner",
    " squad",
    " fans",
    " supporters",
)
