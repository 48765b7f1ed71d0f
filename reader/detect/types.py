"""The spans detection produces, and the Detection that holds them.

Every ``start``/``end`` is a Python ``str`` index into the text given to ``detect``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

QuoteKind = Literal["direct", "partial"]

ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "CARDINAL",
    "QUANTITY",
)


# The spans are named tuples: immutable and hashable as frozen dataclasses are, and made in
# half the time, which counts where a megabyte of text yields tens of thousands of them.
class QuoteSpan(NamedTuple):
    """A quotation, marks included.

    A paragraph of a quote that runs on without a closing mark ends at that paragraph's end.
    """

    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        data = self._asdict()
        data["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteSpan:
        span = data.get("speaker_span")
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data["kind"],
            speaker=data.get("speaker"),
            speaker_span=(int(span[0]), int(span[1])) if span else None,
        )


class EntitySpan(NamedTuple):
    """A named entity or number; ``canonical`` is shared by every mention of one entity."""

    start: int
    end: int
    label: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpan:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            label=str(data["label"]),
            canonical=str(data["canonical"]),
        )


@dataclass(frozen=True, slots=True)
class Detection:
    quotes: tuple[QuoteSpan, ...] = field(default_factory=tuple)
    entities: tuple[EntitySpan, ...] = field(default_factory=tuple)
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "quotes": [quote.to_dict() for quote in self.quotes],
            "entities": [entity.to_dict() for entity in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Detection:
        return cls(
            quotes=tuple(QuoteSpan.from_dict(item) for item in data.get("quotes", ())),
            entities=tuple(EntitySpan.from_dict(item) for item in data.get("entities", ())),
            version=str(data.get("version", "")),
        )
