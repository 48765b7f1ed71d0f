"""Quotes with their speakers, and named entities with in-article aliases.

``detect(text)`` is the entry point. Nothing here imports Textual, and the word lists and
place names are loaded on the first call, not on import.
"""

from __future__ import annotations

import gc
import re
from typing import Any

from reader.detect.types import ENTITY_LABELS, Detection, EntitySpan, QuoteSpan

# Bump whenever a rule or a data file changes, so cached detections are recomputed.
DETECTOR_VERSION = "rules-662"

__all__ = [
    "DETECTOR_VERSION",
    "ENTITY_LABELS",
    "Detection",
    "EntitySpan",
    "QuoteSpan",
    "detect",
    "detection_to_json",
]


# CSI sequences ("\x1b[31m", "\x1b[2J"), OSC sequences ending in BEL or ST, and two-character
# escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)


def detect(text: str) -> Detection:
    """Every quote (with its speaker) and every entity in ``text``; offsets index ``text``."""
    from reader.detect.attribution import attribute
    from reader.detect.entities import find_entities
    from reader.detect.quotes import find_quotes, is_scare_quote

    if "\x1b" in text:
        # A terminal escape sequence in an article ("\x1b[31m") is no number or name: it is
        # blanked out, each character for a space, so every offset still indexes ``text``.
        text = _ESCAPE_SEQUENCE.sub(lambda match: " " * len(match.group(0)), text)
    # Detection allocates many small objects and makes no reference cycles: the cyclic
    # collector would only rescan them, time that grows with the text (17% on 10 MB). It is
    # turned back on once the working objects are freed, so its next pass meets only the
    # result.
    collecting = gc.isenabled()
    gc.disable()
    try:
        analysis = find_entities(text)
        raw_quotes = find_quotes(text)
        speakers = attribute(text, raw_quotes, analysis)
        quotes = tuple(
            QuoteSpan(
                start=quote.start,
                end=quote.end,
                kind="direct" if quote.kind == "direct" else "partial",
                speaker=speaker.name if speaker else None,
                speaker_span=speaker.span if speaker else None,
            )
            for quote, speaker in zip(raw_quotes, speakers, strict=True)
            if speaker is not None or not is_scare_quote(text, quote)
        )
        detection = Detection(
            quotes=quotes, entities=tuple(analysis.spans), version=DETECTOR_VERSION
        )
        del analysis, raw_quotes, speakers
    finally:
        if collecting:
            gc.enable()
    return detection


def detection_to_json(detection: Detection) -> dict[str, Any]:
    """The "quotes" and "entities" lists of the ``reader detect FILE --json`` contract."""
    return {
        "quotes": [
            {"start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker}
            for q in detection.quotes
        ],
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "canonical": e.canonical}
            for e in detection.entities
        ],
    }
