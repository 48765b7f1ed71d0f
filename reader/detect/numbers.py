"""Dates, times, money, percentages, quantities and plain numbers, found by regular expression."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reader.detect.gazetteer import currency_codes
from reader.detect.runs import word_before
from reader.detect.word_trie import word_trie

NumericSpan = tuple[int, int, str]  # (start, end, label)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_MONTH_UNAMBIGUOUS = r"(?:January|February|April|July|August|September|October|November|December)"
# "until March", "last May", "since June", "moved to June": words after which these three are
# months, not the town, the prime minister or a given name.
_TIME_WORDS_BEFORE_A_MONTH = (
    "in until since till early late last next this moved_to postponed_to delayed_to"
    " pushed_back_to put_back_to brought_forward_to"
).split()
_AFTER_A_TIME_WORD = (
    "(?:"
    + "|".join(
        "(?<=[" + word[0].upper() + word[0] + "]" + word[1:].replace("_", r"\s") + r"\s)"
        for word in _TIME_WORDS_BEFORE_A_MONTH
    )
    + ")"
)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AMPM = r"(?:[ap]m\b|[ap]\.m\.)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]|20)\d{2}"
_NUMBER_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|zero)"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:[\s-](?:thousand|million|billion|trillion|crore|lakh)|(?:bn|m|k)\b)"
_PERIOD = r"(?:days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|seasons?)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_LONG_SPAN = r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|winters|summers|seasons)"
_SHORT_SPAN = r"(?:hours?|minutes?|seconds?|nights)"
_ANY_NUMBER = rf"(?:\d+|(?:a|an|one|{_NUMBER_WORD[3:-1]})(?:[\s-]{_NUMBER_WORD})*)"
# "two years and eight months", "11 years old", "a 40-year-old": one span, the age included.
_SPAN_TAIL = (
    rf"(?:,?\s(?:and\s)?{_ANY_NUMBER}\s(?:months?|weeks?|days?))?"
    r"(?:-old|\sold\b|\sago\b)?"
)
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_UNIT = (
    r"(?:km/h|mph|km|kilometres?|kilometers?|miles?|yards?|metres?|meters?|cm|mm|kg|kilograms?"
    r"|grams?|tonnes?|tons?|lbs?|feet|foot|ft|inches|inch|acres?|hectares?|litres?|liters?"
    r"|gallons?|barrels?|degrees|°C|°F|sq\s?(?:km|miles|ft)|square\s(?:miles|metres|feet|km)"
    r"|[GMkT]Wh?|mg|ml|megawatts?|gigawatts?"
    r"|(?<=\d)C)"  # "29C": a temperature, the degree sign left out
)

# The pound, dollar, euro, yen, peso, rupee, naira, won, lira, hryvnia, dong and shekel.
_CURRENCY_SIGNS = "£$€¥₱₹₦₩₺₴₫₪"
# Short forms of currencies that news writes beside a sum and ISO 4217 lacks: "KD 36.4",
# "QR500", "SR50,000", "BD 20", "RM500", "Rp 15,000", "Rs 1,200", "JD 15", "RMB 3bn".
_CURRENCY_SHORT_FORMS = frozenset({"KD", "QR", "SR", "BD", "RM", "Rp", "Rs", "JD", "RMB"})
# ISO codes that are also English words, written in capitals in headlines ("ALL 12 ABOARD"),
# or a programming language ("PHP 8").
_CODES_THAT_ARE_WORDS = frozenset({"ALL", "BOB", "CUP", "MAD", "MOP", "PEN", "SOS", "TOP", "PHP"})


@cache
def _currency_codes() -> frozenset[str]:
    """Every country's ISO 4217 code, before or after a sum ("DKK 1.2bn", "40m SEK",
    "SRD 380"), and the short forms news uses."""
    return (currency_codes() - _CODES_THAT_ARE_WORDS) | _CURRENCY_SHORT_FORMS


# Currencies named after a sum, in figures ("40 rupees") or words ("twenty rand").
_CURRENCY_WORD = (
    r"(?:pounds|dollars|euros|yen|roubles|rubles|pence|cents|francs|rupees?|rand|shillings"
    r"|naira|pesos|yuan|ringgit|baht|dirhams|riyals|lira|kronor|kroner|krónur|kronur|krona"
    r"|króna|soles|reais|zlotys?|złoty|forints?|lei|leva|dinars?|rials|rupiah|hryvnias?"
    r"|tenge|cedis|kwacha|birr|shekels|taka|dong|denars?|ouguiyas?|tugriks?|somoni|kyats?"
    r"|riels?|afghanis|leks|kuna|drams|dalasis|leones|kwanzas|meticais|lekë|lek|crowns"
    r"|korunas?|koruny|bolivianos?|guaraníes|guaranies|guaranís|colones|córdobas|cordobas"
    r"|quetzales|quetzals|lempiras|gourdes|lari|manats?|som|soms|tala|maloti|loti|fils|pula"
    r"|ngultrum|emalangeni|lilangeni|kina|vatu|paanga|pa'anga)"
)
# Units written out after a number written out: "five kilometres", "ten degrees".
_WORD_UNIT = (
    r"(?:kilometres?|kilometers?|miles?|yards?|metres?|meters?|kilograms?|kilos?|grams?|tonnes?"
    r"|tons?|feet|foot|inches|inch|acres?|hectares?|litres?|liters?|gallons?|barrels?"
    r"|degrees|megawatts?|gigawatts?)"
)


def _digit_led_source(currency_code: str) -> str:
    return rf"""
  (?P<DATE_DM>(?:{_WEEKDAY},?\s)?{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?)
| (?P<DATE_ISO>{_YEAR}-[01]\d-[0-3]\d|[0-3]?\d/[01]?\d/(?:\d{{4}}|\d{{2}}))
| (?P<TIME>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?
    (?:\s?{_AMPM})?(?:\s(?:GMT|BST|UTC|CET|EST|EDT|ET|PT))?
    |(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?\s?{_AMPM}(?:\s(?:GMT|BST|UTC|ET))?)
| (?P<MONEY>[{_CURRENCY_SIGNS}]\s?(?:{_NUMBER}){_SCALE}?
    |(?:{_NUMBER})(?:p|{_SCALE}?(?:\s(?:(?:[A-Z][a-z]+|US|CFA)\s){{0,2}}{_CURRENCY_WORD}
    |\s?{currency_code}\b)))
| (?P<PERCENT>(?:{_NUMBER})\s?(?:%|per\scent|percent|percentage\spoints?))
| (?P<QUANTITY>(?:{_NUMBER}){_SCALE}?(?:\s|-)?{_UNIT}\b)
| (?P<DATE_AGO>\d+\s{_PERIOD}\sago)
| (?P<DATE_SPAN>(?:{_NUMBER})(?:\s|-){_LONG_SPAN}{_SPAN_TAIL})
| (?P<TIME_SPAN>(?:{_NUMBER})(?:\s|-){_SHORT_SPAN})
| (?P<YEAR>{_YEAR}s?)(?![\d,.]\d)
| (?P<CARDINAL>(?:{_NUMBER}){_SCALE}?)
"""


def _either_case(words: str) -> str:
    """ "two|three" -> "[Tt]wo|[Tt]hree": a capital first letter only, which stays fast."""
    return "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in words.split("|"))


_NUMBER_WORD_ANY_CASE = "(?:" + _either_case(_NUMBER_WORD[3:-1]) + ")"
# "two hundred and fifty", "Four thousand two hundred": the words after the first.
_MORE_NUMBER_WORDS = rf"(?:[\s-]{_NUMBER_WORD}|(?<=hundred)\sand\s{_NUMBER_WORD})*"

_CALENDAR_NAMES = rf"""
  (?P<DATE_DM>{_WEEKDAY},?\s{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?)
| (?P<DATE_MD>(?:{_WEEKDAY},?\s)?{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?\b(?!:)|{_MONTH}\s{_YEAR})
| (?P<TIME_DAY>{_WEEKDAY}\s{_PART_OF_DAY}s?)
| (?P<WEEKDAY>{_WEEKDAY})
| (?P<HOLIDAY>(?:Christmas(?:\s(?:Day|Eve))?|Easter)(?!\sIsland)|New\sYear(?:['’]s\s(?:Day|Eve))?)
| (?P<MONTH>{_MONTH_UNAMBIGUOUS}|{_AFTER_A_TIME_WORD}(?:March|May|June))
"""

_COMMON_WORDS = rf"""
  (?P<DATE_REL>(?:(?:[Ee]arlier|[Ll]ater)\sthis|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s(?:past|last|next|coming))
    \s(?:(?:few|couple\sof|several)\s)?(?:{_PERIOD}|{_SEASON}|{_WEEKDAY}|Christmas|Easter)
    |[Tt]hese\sdays|[Ww]eekdays|[Ww]eekends
    |(?:{_NUMBER_WORD_ANY_CASE}|[Aa])\s{_PERIOD}\sago
    |(?:[Mm]ore|[Ll]ess)\sthan\s(?:a|an|{_NUMBER_WORD})\s{_LONG_SPAN}
    |[Aa]nother\s{_LONG_SPAN}
    |[Yy]esterday|[Tt]oday|[Tt]omorrow)
| (?P<TIME_REL>(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast|[Oo]n\s{_WEEKDAY})
    \s(?:morning|afternoon|evening|night)|[Tt]onight|[Oo]vernight|[Mm]idnight|[Mm]idday
    |dawn|dusk|noon|sunrise|sunset|daybreak|nightfall)
| (?P<DATE_SPAN>{_NUMBER_WORD_ANY_CASE}(?:[\s-]{_NUMBER_WORD})*(?:\s|-){_LONG_SPAN}{_SPAN_TAIL})
| (?P<TIME_SPAN>{_NUMBER_WORD_ANY_CASE}(?:[\s-]{_NUMBER_WORD})*(?:\s|-){_SHORT_SPAN}
    |(?:one|{_NUMBER_WORD_ANY_CASE}|eleven|twelve)\so['’]clock)
| (?P<PERCENT_WORD>{_NUMBER_WORD_ANY_CASE}(?:[\s-]{_NUMBER_WORD})?\s(?:per\scent|percent))
| (?P<AGE_DECADE>(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)
| (?P<QUANTITY_WORD>{_NUMBER_WORD_ANY_CASE}(?:[\s-]{_NUMBER_WORD})*-{_WORD_UNIT})
| (?P<CARDINAL_WORD>(?:[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens|[Tt]ens)
    (?:\sof\s(?:thousands|millions))?
    |(?:{_NUMBER_WORD_ANY_CASE}|[Oo]ne(?=\s(?:hundred|thousand|million|billion)\b))
    {_MORE_NUMBER_WORDS}(?:\s(?:thousand|million|billion)
    (?:\s(?:and\s)?{_NUMBER_WORD}{_MORE_NUMBER_WORDS})?)?
    (?:\sor\s{_NUMBER_WORD})?)
"""

_LABELS = {
    "DATE_DM": "DATE",
    "DATE_ISO": "DATE",
    "DATE_MD": "DATE",
    "DATE_REL": "DATE",
    "DATE_AGO": "DATE",
    "DATE_SPAN": "DATE",
    "TIME_SPAN": "TIME",
    "TIME_DAY": "TIME",
    "HOLIDAY": "DATE",
    "DECADE": "DATE",
    "AGE_DECADE": "DATE",
    "WEEKDAY": "DATE",
    "MONTH": "DATE",
    "YEAR": "DATE",
    "TIME": "TIME",
    "TIME_REL": "TIME",
    "MONEY": "MONEY",
    "PERCENT": "PERCENT",
    "PERCENT_WORD": "PERCENT",
    "QUANTITY": "QUANTITY",
    "QUANTITY_WORD": "QUANTITY",
    "CARDINAL": "CARDINAL",
    "CARDINAL_WORD": "CARDINAL",
}

_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|by|from|of|during|before|after|early|late|mid|the|and|to|between)"
    r"\s|[-–(]|^)$",
    re.IGNORECASE,
)


@cache
def _digit_led() -> re.Pattern[str]:
    # "A$1.1 billion", "NZ$380,000": a dollar sign may follow its country's letters.
    dollar_prefix = "|".join(rf"(?<=\b{prefix})" for prefix in _DOLLAR_PREFIXES)
    # "R4.8 million", "Sh1,800", "Tk 5 lakh", "Rs 500": a currency's letters before the sum.
    letter_prefix = "|".join(rf"(?<=\b{prefix})" for prefix in _LETTER_CURRENCIES)
    return re.compile(
        rf"(?=[0-9{_CURRENCY_SIGNS}])(?:(?<![\w{_CURRENCY_SIGNS}.,])|(?=\$)(?:{dollar_prefix})"
        rf"|(?=\d)(?:{letter_prefix}))"
        rf"(?:{_digit_led_source(_currency_alternation())})(?![\w])",
        re.VERBOSE,
    )


# "EC$38,000" (Eastern Caribbean), "BZ$3.2 million" (Belize), "J$150,000" (Jamaica) too.
_DOLLAR_PREFIXES = tuple(
    "A AU NZ US C CA HK S NT EC BZ J TT BD"
    # Cayman Islands, Fiji, Solomon Islands, Namibia, Guyana, Bahamas, Liberia, Tonga, Brazil
    " CI FJ SI SB N G B L T R".split()
)
# Rand, Kenyan shillings, taka, rupees, Qatari riyals: written straight before the sum or with
# a space.
_LETTER_CURRENCIES = ("R", "KSh", "Sh", "Tk ", "Rs ", "QR")
# Cheap tests of the characters just before a sum, so the pattern runs only where one fits.
_LETTER_CURRENCY_ENDS = frozenset(prefix[-1] for prefix in _LETTER_CURRENCIES if prefix[-1] != " ")
_SPACED_CURRENCIES = frozenset(prefix for prefix in _LETTER_CURRENCIES if prefix[-1] == " ")
_LETTER_CURRENCY_BEFORE = re.compile(rf"(?<![\w.])(?:{'|'.join(_LETTER_CURRENCIES)})$")


@cache
def _word_led() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"\b(?:{pattern})(?![\w-])", re.VERBOSE)
        for pattern in (_CALENDAR_NAMES, _COMMON_WORDS)
    )


def find_numeric(text: str) -> list[NumericSpan]:
    """Non-overlapping numeric entity spans, sorted by start."""
    spans = list(_digit_spans(text)) + list(_word_spans(text))
    spans.sort()
    kept: list[NumericSpan] = []
    last_end = -1
    for span in spans:
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
        elif span[1] - span[0] > kept[-1][1] - kept[-1][0] and span[0] == kept[-1][0]:
            kept[-1] = span
            last_end = span[1]
    if "-" in text or "–" in text:
        kept = _scores_joined(text, kept)
    kept = _durations_joined(text, kept)
    return [_with_part_of_period(text, span) if span[2] == "DATE" else span for span in kept]


_DURATION_JOINS = frozenset({", ", " and ", ", and "})
# Each part must be a smaller unit than the one before: "9 hours and 20 minutes, and 41
# minutes later" is two times.
_UNIT_RANK = {"hour": 1, "hours": 1, "minute": 2, "minutes": 2, "second": 3, "seconds": 3}


def _durations_joined(text: str, spans: list[NumericSpan]) -> list[NumericSpan]:
    """ "two hours, 22 minutes and 48 seconds": one time, however many parts it is told in."""
    joined: list[NumericSpan] = []
    for span in spans:
        if (
            joined
            and span[2] == "TIME"
            and joined[-1][2] == "TIME"
            and text[joined[-1][1] : span[0]] in _DURATION_JOINS
            and _UNIT_RANK.get(text[span[0] : span[1]].rsplit(None, 1)[-1], 0)
            > _UNIT_RANK.get(text[joined[-1][0] : joined[-1][1]].rsplit(None, 1)[-1], 3)
        ):
            joined[-1] = (joined[-1][0], span[1], "TIME")
        else:
            joined.append(span)
    return joined


MONTH_NAMES = frozenset(_MONTH_UNAMBIGUOUS[3:-1].split("|")) | {"March", "May", "June"}
# "early 2023", "late June", "mid-2024": the part of the period is part of the date.
_PART_OF_PERIOD = ("early ", "Early ", "late ", "Late ", "mid-", "Mid-")


def _with_part_of_period(text: str, span: NumericSpan) -> NumericSpan:
    if text[span[0] - 1 : span[0]] not in (" ", "-"):
        return span
    if not (text[span[0]].isdigit() or text[span[0] : span[1]] in MONTH_NAMES):
        return span  # "early Tuesday" in a wire story is the Tuesday, early on
    before = text[max(0, span[0] - 6) : span[0]]
    for part in _PART_OF_PERIOD:
        if (
            before.endswith(part)
            and not text[span[0] - len(part) - 1 : span[0] - len(part)].isalnum()
        ):
            return span[0] - len(part), span[1], span[2]
    return span


def _scores_joined(text: str, spans: list[NumericSpan]) -> list[NumericSpan]:
    """ "won 31-29", "263-8", "4-47": a score or a tally is one number. A range ("aged 18-24",
    "10-15 people") runs upwards and stays two, unless a loss is reported ("lost 24-31")."""
    joined: list[NumericSpan] = []
    for span in spans:
        # Most numbers have no dash right before them: one comparison rules them out.
        if joined and span[0] == joined[-1][1] + 1 and _is_score(text, joined[-1], span):
            joined[-1] = (joined[-1][0], span[1], "CARDINAL")
        else:
            joined.append(span)
    return joined


def _is_score(text: str, first: NumericSpan, second: NumericSpan) -> bool:
    if first[2] != "CARDINAL" or second[2] != "CARDINAL" or second[0] != first[1] + 1:
        return False
    if text[first[1]] not in "-–":
        return False
    left, right = text[first[0] : first[1]], text[second[0] : second[1]]
    if not (left.isdigit() and right.isdigit() and len(left) <= 3 and len(right) <= 3):
        return False
    return int(left) >= int(right) or word_before(text, first[0], 12) in _LOSING_WORDS


# "lost 24-31"; "took 4-47", a bowler's wickets and runs.
_LOSING_WORDS = frozenset("lost losing trailed trailing trail down beaten defeat took".split())


@cache
def _currency_alternation() -> str:
    return "(?:" + "|".join(sorted(_currency_codes(), key=lambda code: (-len(code), code))) + ")"


@cache
def _code_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){_currency_alternation()} ?$")


# "the ’80s", "the summer of ’97"; one pattern per mark, as a literal first letter is fast.
_DECADES = tuple(re.compile(mark + r"(?:\d0s|\d\d)\b") for mark in "'’")
_AGE_BEFORE = re.compile(r"[A-Z][\w’'-]+, $")
# "The grandmother of five, 67, covers": an age between commas after a description.
_AGE_AFTER_A_PHRASE = re.compile(r"[a-z]{2,}, $")
_LOWER_WORD_NEXT = re.compile(r", [a-z]")


def _digit_spans(text: str) -> Iterator[NumericSpan]:
    for pattern in _DECADES:
        for match in pattern.finditer(text):
            if not match.start() or not text[match.start() - 1].isalnum():
                yield match.start(), match.end(), "DATE"
    for match in _digit_led().finditer(text):
        kind = match.lastgroup or "CARDINAL"
        start, end = match.span()
        if text[start] == "$" and start and text[start - 1].isalpha():
            while start and text[start - 1].isalpha():
                start -= 1  # "A$", "NZ$": the country's letters are part of the sum
        elif start and (
            text[start - 1] in _LETTER_CURRENCY_ENDS
            or text[start - 3 : start] in _SPACED_CURRENCIES
        ):
            currency = _LETTER_CURRENCY_BEFORE.search(text, max(0, start - 4), start)
            if currency is not None:
                start, kind = currency.start(), "MONEY"  # "R4.8 million", "Tk 5 lakh"
        if kind == "CARDINAL" and text[start - 2 : start - 1].isupper():
            code = _code_before().search(text, max(0, start - 4), start)
            if code is not None:
                yield code.start(), end, "MONEY"  # "DKK 1.2bn"
                continue
        if kind == "YEAR":
            before = text[max(0, start - 12) : start]
            after = text[end : end + 2]
            if not (
                _YEAR_CONTEXT.search(before) or not after[:1].isspace() or after[1:2].isupper()
            ):
                kind = "CARDINAL"
        if kind == "CARDINAL" and text[end : end + 1] == "," and end - start <= 3:
            if _AGE_BEFORE.search(text, max(0, start - 30), start) or (
                _AGE_AFTER_A_PHRASE.search(text, max(0, start - 30), start)
                and _LOWER_WORD_NEXT.match(text, end)
            ):
                yield start, end, "DATE"  # "Ruth Delaney, 78, said": an age is a date
                continue
        if kind == "CARDINAL" and text[end : end + 2] in _KIND_OF_YEAR_STARTS:
            tail = _COUNTED_TAIL.match(text, end)
            if tail is not None and not (tail.group("money") or tail.group("unit")):
                yield start, tail.end(), "DATE"  # "3 fiscal years"
                continue
        if kind == "CARDINAL" and end - start <= 3:
            if _stated_age(text, start, end):
                yield start, end, "DATE"  # "Thorne was 31, and broke": an age
                continue
            if (
                text[start - 2 : start] in _LABEL_ENDINGS
                and word_before(text, start, 12) in _LABEL_WORDS
            ):
                continue  # "type 2 diabetes", "junction 10": a label, not a count
        if kind in _RATE_KINDS and _a_rate(text, start, end):
            continue  # "12 hours a day": a frequency, which the gold leaves out
        # "Radio 4", "Number 10", "Covid 19": the number belongs to a name.
        if (
            kind == "CARDINAL"
            and end - start <= 3
            and _name_just_before(text, start)
            and not _SCORE_AFTER.match(text, end)  # "Gresford Athletic 2-1": a score
            and not _on_a_scoreline(text, start, end)
        ):
            continue
        if kind == "QUANTITY" and text[start - 6 : start] in ("minus ", "Minus "):
            start -= 6  # "minus 4.5C": the sign is part of the temperature
        yield start, end, _LABELS[kind]


_LABEL_ENDINGS = frozenset({"e ", "y ", "l ", "r ", "m ", "n "})
_LABEL_WORDS = frozenset(
    "type stage grade category level phase tier page chapter section clause room gate platform"
    " junction".split()
)
# "I'm seventy,", "she was 31,", "turned 60.": an age stated with a verb, which is a date.
_AGE_VERB_BEFORE = re.compile(
    r"(?:\b(?:I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)(?:['’](?:m|re|s)| am| are| is| was| were)"
    r"|\b[A-Z][a-z]+ (?:is|was)|\b(?:turned|turns|turning|aged)) $"
)
_AGE_END = re.compile(r"[,.;!?]|[ -]years?[ -]old\b| (?:in|on|at|last|this|next|and|but)\b")


def _stated_age(text: str, start: int, end: int) -> bool:
    # Every verb of _AGE_VERB_BEFORE ends in one of these letters: most numbers stop here.
    if text[start - 2 : start] not in _AGE_VERB_ENDINGS:
        return False
    return bool(
        _AGE_END.match(text, end) and _AGE_VERB_BEFORE.search(text, max(0, start - 16), start)
    )


_AGE_VERB_ENDINGS = frozenset({"m ", "e ", "s ", "d ", "g "})


_SCORE_AFTER = re.compile(r"[-–]\d")
# "Ashby Town 2 Corley United 1" on a line of its own: a result, both numbers scores.
_SCORELINE = re.compile(r"[A-Z][\w’'. -]*? \d{1,2} [A-Z][\w’'. -]*? \d{1,2}")


def _on_a_scoreline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    line_end = text.find("\n", end, end + 60)
    line_end = len(text) if line_end < 0 else line_end
    return (line_start > 0 or start < 60) and bool(_SCORELINE.fullmatch(text, line_start, line_end))


def _name_just_before(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = start - 2
    while word_start > 0 and start - word_start < 20 and text[word_start - 1].isalnum():
        word_start -= 1
    return text[word_start].isupper() and text[word_start : start - 1].lower() not in _APPROXIMATORS


# "About 40 vessels": a capitalised word opening a sentence, not a name that owns the number.
_APPROXIMATORS = frozenset(
    "about around nearly almost only over under some just roughly approximately another all"
    " at by in for of with after before since from to more fewer less than".split()
)


_LOWER_CASE_UNLESS_SENTENCE_START = {
    "DATE_REL",
    "TIME_REL",
    "CARDINAL_WORD",
    "PERCENT_WORD",
    "QUANTITY_WORD",
}
# A dateline's dash opens a sentence too: "ROTTERDAM (Reuters) - Two ports ...".
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\n][\"'“”‘’)]*\s*|[“‘\"]\s*|\)?\s[-–—]\s)$")


def _word_spans(text: str) -> Iterator[NumericSpan]:
    yield from _word_matches(_leading_matches(text), text)
    for pattern, label in _ARTICLE_LED:
        for match in pattern.finditer(text):
            if not match.start() or not text[match.start() - 1].isalnum():
                yield match.start(), match.end(), label

    yield from _counted_ones(text)
    for pattern in _A_PERIOD:
        for match in pattern.finditer(text):
            start = match.start()
            if start and text[start - 1].isalnum():
                continue
            before = word_before(text, start, 12).split()  # "yet.\n\nFor": the last word
            if start < 2 or (before and before[-1].lower() in _BEFORE_A_PERIOD):
                yield start, match.end(), "DATE"


# "after a week", "for a decade" are dates; "twice a week", "5m tonnes a year" are rates.
# A literal first letter lets the regex engine skip ahead fast.
_A_PERIOD = tuple(
    re.compile(article + r" (?:week|fortnight|month|year|decade|century)\b(?!-)")
    for article in ("a", "A")
)
_BEFORE_A_PERIOD = frozenset(
    "after for in within than about around over nearly almost just only barely under took"
    " lasted spent least before since take takes taking lose losing lost spend wait waited".split()
)


# "one company", "one Dutch official", "one of the ports": a count of one. Not "this one",
# "a lithium one", "the one who", "no one", "one of them", nor a date ("one year").
# A literal first word lets the regex engine skip ahead fast.
_ONE_BEFORE_A_WORD = tuple(
    re.compile(first + r" (?=(?P<next>[A-Za-z][\w’'-]*)(?P<after> \w+)?)")
    for first in ("one", "One")
)
_NOT_AFTER_ONE = frozenset(
    "on at from for with by about like here there now"
    " who that which whom whose we you they he she it i is was has had will would can could"
    " should may might must does did do and or but to another day days week weeks month"
    " months year years decade century hour hours minute minutes second seconds night"
    " morning afternoon evening time times thing point".split()
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
_NOT_BEFORE_ONE = frozenset("the this that a an any each every no which no-one".split())
_PRONOUNS_AFTER_OF = frozenset("them us you those these its".split())


_ONE_UNIT = re.compile(rf" {_WORD_UNIT}\b")


def _counted_ones(text: str) -> Iterator[NumericSpan]:
    for pattern in _ONE_BEFORE_A_WORD:
        yield from _ones_counting(text, pattern)


def _ones_counting(text: str, pattern: re.Pattern[str]) -> Iterator[NumericSpan]:
    for match in pattern.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # "someone", "no-one"
        following = match.group("next")
        if following.lower() in _NOT_AFTER_ONE or following in _SCALE_WORDS:
            continue
        if following == "of" and (match.group("after") or " them").strip() in _PRONOUNS_AFTER_OF:
            continue
        before = text[max(0, start - 30) : start].split()[-2:]
        if any(word.lower().strip("“”\"‘’'(,") in _NOT_BEFORE_ONE for word in before):
            continue
        unit = _ONE_UNIT.match(text, start + 3)
        if unit is not None:
            yield start, unit.end(), "QUANTITY"  # "one kilometre"
            continue
        yield start, start + 3, "CARDINAL"


def _leading_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of the word-led patterns, tried only where one of their first words stands:
    scanning for a plain word list is many times faster than scanning for a whole pattern."""
    calendar, common = _word_led()
    after_space, after_other = _leads()
    starts = [
        (match.start(1), calendar if match.group(1) in _CALENDAR else common)
        for pattern in (after_space, after_other)
        for match in pattern.finditer(text)
    ]
    opening = _lead_word().match(text)
    if opening is not None:
        starts.append((0, calendar if opening.group(0) in _CALENDAR else common))
    for pattern in _A_PERIOD_AGO:
        for match in pattern.finditer(text):
            if not match.start() or not text[match.start() - 1].isalnum():
                starts.append((match.start(), common))
    starts.sort(key=lambda start: start[0])
    position = 0
    for start, pattern in starts:
        if start < position:
            continue
        match = None
        if text[max(0, start - 4) : start] in ("the ", "The "):
            match = pattern.match(text, start - 4)
        if match is None:
            match = pattern.match(text, start)  # "two of the five designs": "five" alone
        if match is not None:
            yield match
            position = match.end()


# One pattern per case: a literal first letter is found many times faster than a set of two.
_A_PERIOD_AGO = tuple(
    re.compile(article + r" (?:day|week|month|year|decade|fortnight) (?:ago|earlier|later)\b")
    for article in ("a", "A")
)
# Spans led by "a", "an" or "the", words too common to scan for one by one: each pattern has
# a literal start, which the regex engine finds fast.
_ARTICLE_LED = tuple(
    (re.compile(first + rest), label)
    for rest, label in (
        (r" (?:hundred|thousand|million|billion)\b", "CARDINAL"),
        (r"n hour\b", "TIME"),
        (r" minute\b", "TIME"),
        (r"he (?:spring|summer|autumn|winter|\d{1,2}(?:st|nd|rd|th) century)\b", "DATE"),
        (rf"nother {_LONG_SPAN}\b", "DATE"),
    )
    for first in (("a", "A") if not rest.startswith("he") else ("t", "T"))
) + tuple(
    (re.compile(pattern), label)
    for first_word, rest, label in (
        ("more", rf" than (?:a|an|{_NUMBER_WORD}) {_LONG_SPAN}\b", "DATE"),
        ("less", rf" than (?:a|an|{_NUMBER_WORD}) {_LONG_SPAN}\b", "DATE"),
        ("one", r" o['’]clock\b", "TIME"),
        # "one in ten": a count, not a pronoun. Fractions ("a third") are not annotated.
        ("one", rf"(?= in (?:{_NUMBER_WORD}|\d)| (?:extra|more|additional|single)\b)", "CARDINAL"),
    )
    for pattern in (first_word + rest, first_word.capitalize() + rest)
)
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May"
    " June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter New".split()
)


# What may stand before a word other than a space: whitespace, quotation marks, brackets,
# dashes and other punctuation.
_BEFORE_A_WORD = "\n\t\r\f\v\u00a0\u2009\u202f“”„\"‘’‚'«»([{—–‒―/…*#@+=&|~<>.,;:!?-"


@cache
def _lead_word() -> re.Pattern[str]:
    words = (
        "earlier|later|this|these|last|next|past|coming|yesterday|today|tomorrow|tonight|overnight"
        "|midnight|midday|weekdays|weekends|dawn|dusk|noon|sunrise|sunset|daybreak|nightfall"
        "|eleven|twelve|one"
        "|hundreds|thousands|millions|billions|dozens|tens|"
        + _NUMBER_WORD[3:-1]
        + "|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    ).split("|")
    return re.compile(
        rf"(?:{word_trie(_CALENDAR | set(words) | {w.capitalize() for w in words})})\b"
    )


@cache
def _leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first words of the word-led patterns, after a space and after anything else.

    A pattern led by a literal space is found by a fast substring search, where one led by a
    set of first letters was tested at nearly every position: this is three times faster.
    """
    word = _lead_word().pattern
    return (
        re.compile(rf" ({word})"),
        re.compile(rf"[{re.escape(_BEFORE_A_WORD)}]({word})"),
    )


def _word_matches(matches: Iterator[re.Match[str]], text: str) -> Iterator[NumericSpan]:
    for match in matches:
        kind = match.lastgroup or "CARDINAL_WORD"
        if match.start() and text[match.start() - 1] == "-":
            continue
        if kind in _LOWER_CASE_UNLESS_SENTENCE_START and match.group(0)[:1].isupper():
            before = text[max(0, match.start() - 4) : match.start()]
            if not _SENTENCE_START_BEFORE.search(before):
                continue
        if kind == "CARDINAL_WORD" and _between_names(text, match.start(), match.end()):
            continue  # "Erik ten Hag": a particle of a surname
        if kind in _RATE_KINDS and _a_rate(text, match.start(), match.end()):
            continue  # "two nights a week": a frequency, which the gold leaves out
        if kind == "CARDINAL_WORD":
            tail = _COUNTED_TAIL.match(text, match.end())
            if tail is not None:
                label = "MONEY" if tail.group("money") else "DATE"
                yield match.start(), tail.end(), "QUANTITY" if tail.group("unit") else label
                continue
            if _stated_age(text, match.start(), match.end()):
                kind = "DATE_SPAN"  # "I'm seventy, and here I am": an age
        yield match.start(), match.end(), _LABELS[kind]


_KIND_OF_YEAR_STARTS = frozenset({" f", " c", " a", " s", " t"})


_RATE_KINDS = frozenset({"CARDINAL", "CARDINAL_WORD", "DATE_SPAN", "TIME_SPAN"})
_PER_WORDS = (" a ", " per ", " each ", " every ")
_RATE_UNIT = (
    r"(?:times|nights|days|evenings|mornings|afternoons|shifts|sessions|hours|minutes|weeks"
    r"|months|years)"
)
_PER_PERIOD = r" (?:a|per|each|every) (?:day|week|month|year|night|fortnight|season)\b"
_UNIT_THEN_PER_PERIOD = re.compile(rf" {_RATE_UNIT}{_PER_PERIOD}")
_PER_PERIOD_AFTER = re.compile(_PER_PERIOD)
_ENDS_IN_UNIT = re.compile(rf"{_RATE_UNIT}$")
_PER_PERIOD_INSIDE = re.compile(r"(?<! and) (?:a|per|each|every) (?:day|week|month|year|night)$")


def _a_rate(text: str, start: int, end: int) -> bool:
    """ "two nights a week", "12 hours a day", "three days a week": a count per period. A bare
    count per period ("365 a year") is still a count."""
    window = text[start : end + 24]
    if not any(word in window for word in _PER_WORDS):
        return False  # the common case, ruled out without a pattern
    if _PER_PERIOD_INSIDE.search(text, start, end):
        return True  # "three days a week", taken whole by the span's tail
    if text[end : end + 1] != " ":
        return False
    if _ENDS_IN_UNIT.search(text, start, end):
        return _PER_PERIOD_AFTER.match(text, end) is not None
    return _UNIT_THEN_PER_PERIOD.match(text, end) is not None


def _between_names(text: str, start: int, end: int) -> bool:
    return (
        text[start - 1 : start] == " "
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and text[start - 1 - 1 : start - 1].isalpha()
        and _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 24), start) is not None
    )


_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
# Checked only after a count: "four billion dollars" is money, "two financial years" a date.
_COUNTED_TAIL = re.compile(
    # "three crowns" after a word is more often a dentist's or a king's than a currency.
    rf" (?:(?P<money>(?!crowns\b){_CURRENCY_WORD})|(?P<unit>{_WORD_UNIT})"
    r"|(?:financial|fiscal|calendar|academic|school|tax) (?:years?|quarters?))\b"
)
