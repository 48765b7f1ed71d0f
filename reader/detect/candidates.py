"""What entity finding passes between its steps: chunks of runs, and the final analysis."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.detect.types import EntitySpan


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    label: str  # an OntoNotes label, or "NAME" for a lone word to resolve
    canonical: str
    words: list[str] = field(default_factory=list)
    honorific: str | None = None
    title: str | None = None


@dataclass(slots=True)
class EntityAnalysis:
    """Entities with what attribution needs to know about the people among them."""

    spans: list[EntitySpan] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # canonical -> "m" | "f"
    genders_from_first_names: set[str] = field(default_factory=set)  # the weakest evidence
    titled: dict[str, str] = field(default_factory=dict)  # "defence secretary" -> canonical
