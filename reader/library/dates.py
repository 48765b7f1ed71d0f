"""Publication dates as news pages print them, turned into ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# Only zones whose abbreviation is unambiguous in English-language news.
_ZONE_OFFSETS = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "aest": 600,
    "aedt": 660,
}

_PREFIX = r"(?:(?:first |last )?(?:published|updated|posted)(?: on| at)?:?\s+|on\s+)?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_YEAR = r"(?P<year>\d{4})"
_TIME = (
    r"(?:(?:,|\s)\s*(?:at\s+|-\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>[a-z]{1,4}|[+-]\d{2}:?\d{2})?)?"
)

_DATE_LINES = tuple(
    re.compile(_PREFIX + _WEEKDAY + body + _TIME + r"\s*", re.IGNORECASE)
    for body in (
        rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",  # 22 January 2022
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # January 22, 2022
        r"(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})",  # 2022-01-22
    )
)
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)


def parse_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date, e.g. "Saturday 22 January 2022 12:40 GMT".

    Gives "2022-01-22T12:40:00+00:00" with a known zone, "2022-01-22T12:40:00" with a time
    but no zone, "2022-01-22" without a time, and None when the line is not just a date.
    """
    text = line.strip()
    if len(text) > 80:
        return None
    if _ISO_DATETIME.fullmatch(text):
        return _from_iso(text)
    for pattern in _DATE_LINES:
        match = pattern.fullmatch(text)
        if match:
            return _from_match(match)
    return None


def normalise_date(value: object) -> str | None:
    """A front-matter or metadata date (a ``date``, ``datetime`` or text) as ISO 8601."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return parse_date_line(value)
    return None


def _from_iso(text: str) -> str | None:
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1)).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = _MONTHS.get(parts["month"].lower()) if parts.get("month") else None
    if parts.get("nmonth"):
        month = int(parts["nmonth"])
    if month is None:
        return None
    try:
        day = date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
    if parts["hour"] is None:
        return day.isoformat()
    hour = int(parts["hour"])
    if parts["ampm"]:
        hour = hour % 12 + (12 if parts["ampm"].lower().startswith("p") else 0)
    zone = _zone(parts["zone"])
    if parts["zone"] and zone is None:
        return None
    try:
        moment = datetime(
            day.year,
            day.month,
            day.day,
            hour,
            int(parts["minute"]),
            int(parts["second"] or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None
    return moment.isoformat()


def _zone(name: str | None) -> timezone | None:
    if not name:
        return None
    if name[0] in "+-":
        digits = name[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        return timezone(timedelta(minutes=minutes if name[0] == "+" else -minutes))
    offset = _ZONE_OFFSETS.get(name.lower())
    return None if offset is None else timezone(timedelta(minutes=offset))
