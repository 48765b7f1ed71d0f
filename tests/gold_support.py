"""What the checks on our gold sets (sample_articles/, benchmarks/heldout*/) share."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO / ".." / "shared" / "seeds"

# The labels the gold format allows (OntoNotes); spelled out here rather than taken from the
# detector, so that the gold's rules don't move when the detector's code does.
GOLD_LABELS = {
    "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
    "QUANTITY",
}  # fmt: skip
SHARED_RUN_LENGTH = 12  # words in a row that would mean a text was copied from a seed

DATE_LINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? .*\d{4}", re.MULTILINE
)
_WORD = re.compile(r"\w+(?:'\w+)*")


def mentions_of(surface: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text))


def word_runs(text: str, length: int) -> set[tuple[str, ...]]:
    folded = text.replace("’", "'").replace("‘", "'").casefold()
    words = _WORD.findall(folded)
    return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}
