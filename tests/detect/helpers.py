"""Small helpers to read detection results the way a reader sees them."""

from __future__ import annotations

from reader.detect import Detection, detect


def quoted(text: str, detection: Detection | None = None) -> list[str]:
    detection = detection or detect(text)
    return [text[quote.start : quote.end] for quote in detection.quotes]


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in detect(text).quotes]


def entities(text: str, label: str | None = None) -> list[tuple[str, str]]:
    found = [(text[e.start : e.end], e.label) for e in detect(text).entities]
    return [item for item in found if label is None or item[1] == label]


def canonicals(text: str, surface: str) -> set[str]:
    return {e.canonical for e in detect(text).entities if text[e.start : e.end] == surface}
