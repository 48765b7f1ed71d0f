"""Recognising web boilerplate (sign-up prompts, appeals, captions...) among paragraphs.

The rules live in ``boilerplate_patterns.txt`` beside this module so they are easy to extend.
Paragraphs given here must already have their whitespace collapsed to single spaces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reader.library.article import PARAGRAPH_SEPARATOR, BoilerplateBlock

PATTERNS_PATH = Path(__file__).with_name("boilerplate_patterns.txt")

# Every rule caps its length well below this, so longer paragraphs are article text.
MAX_BOILERPLATE_CHARS = 600
# How far an "until" rule may reach for its closing paragraph before we stop trusting it.
MAX_BLOCK_PARAGRAPHS = 8
# A caption printed twice may carry an extra credit the second time: "... (PA Wire)".
_MAX_REPEATED_CAPTION_EXTRA = 40
_MIN_REPEATED_CAPTION_CHARS = 20
_QUOTE_MARKS = ("“", "”", '"')

_SOURCE_GROUP = "(?P<source>"


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    kind: str
    pattern: re.Pattern[str]
    # "until": the block runs up to the first paragraph matching ``follow``;
    # "while": it runs on as long as the next paragraphs match ``follow``.
    follow_mode: str | None = None
    follow: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _RuleSet:
    rules: tuple[BoilerplateRule, ...]
    # One alternation of every rule, so a paragraph costs a single regex call.
    combined: re.Pattern[str]


def parse_rules(lines: Sequence[str]) -> tuple[BoilerplateRule, ...]:
    """Rules from the pattern file: ``kind<TAB>regex[<TAB>until|while<TAB>regex]``."""
    rules: list[BoilerplateRule] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 2:
            kind, pattern = fields
            follow_mode, follow = None, None
        elif len(fields) == 4 and fields[2] in ("until", "while"):
            kind, pattern, follow_mode, follow = fields
        else:
            raise ValueError(f"boilerplate pattern line {number} is not 'kind<TAB>regex': {raw!r}")
        rules.append(
            BoilerplateRule(
                kind=kind.strip(),
                pattern=re.compile(pattern, re.IGNORECASE),
                follow_mode=follow_mode,
                follow=re.compile(follow, re.IGNORECASE) if follow else None,
            )
        )
    return tuple(rules)


def _combine(rules: Sequence[BoilerplateRule]) -> re.Pattern[str]:
    alternatives = (
        f"(?P<_r{index}>{rule.pattern.pattern.replace(_SOURCE_GROUP, '(?:')})"
        for index, rule in enumerate(rules)
    )
    return re.compile("|".join(alternatives), re.IGNORECASE)


@cache
def _rule_set(path: Path = PATTERNS_PATH) -> _RuleSet:
    rules = parse_rules(path.read_text(encoding="utf-8").splitlines())
    return _RuleSet(rules=rules, combined=_combine(rules))


# The header rules, the source lookup and the split all ask about the same paragraphs.
@lru_cache(maxsize=4096)
def matching_rule(paragraph: str) -> BoilerplateRule | None:
    """The first rule that matches the whole paragraph, if any."""
    if len(paragraph) > MAX_BOILERPLATE_CHARS:
        return None
    rule_set = _rule_set()
    match = rule_set.combined.fullmatch(paragraph)
    if match is None:
        return None
    for name, value in match.groupdict().items():
        if value is not None and name.startswith("_r"):
            return rule_set.rules[int(name[2:])]
    return None


def boilerplate_kind(paragraph: str) -> str | None:
    """The kind of boilerplate this single paragraph is ("newsletter", "caption"...), or None."""
    rule = matching_rule(paragraph)
    return rule.kind if rule else None


def source_named_in(paragraphs: Sequence[str]) -> str | None:
    """The publication a boilerplate prompt names ("notifications from The Independent")."""
    for paragraph in paragraphs:
        rule = matching_rule(paragraph)
        if rule is None or "source" not in rule.pattern.groupindex:
            continue
        match = rule.pattern.fullmatch(paragraph)
        if match and match.group("source"):
            return match.group("source").strip()
    return None


def is_repeated_caption(first: str, second: str) -> bool:
    """Two consecutive paragraphs that are the same caption, the second perhaps re-credited."""
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) < _MIN_REPEATED_CAPTION_CHARS or not longer.startswith(shorter):
        return False
    if len(longer) - len(shorter) > _MAX_REPEATED_CAPTION_EXTRA:
        return False
    # A quotation printed twice is still a quotation: losing it would lose what someone said.
    return not any(mark in longer for mark in _QUOTE_MARKS)


def classify_paragraphs(paragraphs: Sequence[str]) -> list[str | None]:
    """For each paragraph, the kind of boilerplate it is, or None for article text."""
    kinds: list[str | None] = [None] * len(paragraphs)
    index = 0
    while index < len(paragraphs):
        rule = matching_rule(paragraphs[index])
        if rule is None:
            index += 1
            continue
        kinds[index] = rule.kind
        end = _block_end(paragraphs, index, rule)
        for inside in range(index + 1, end + 1):
            kinds[inside] = rule.kind
        index = end + 1
    for index in range(len(paragraphs) - 1):
        if is_repeated_caption(paragraphs[index], paragraphs[index + 1]):
            kinds[index] = kinds[index + 1] = "caption"
    return kinds


def _block_end(paragraphs: Sequence[str], start: int, rule: BoilerplateRule) -> int:
    """The index of the last paragraph of the block that starts at ``start``."""
    if rule.follow is None:
        return start
    last = min(len(paragraphs) - 1, start + MAX_BLOCK_PARAGRAPHS)
    end = start
    for index in range(start + 1, last + 1):
        matches = rule.follow.fullmatch(paragraphs[index]) is not None
        if rule.follow_mode == "until" and matches:
            return index
        if rule.follow_mode == "while":
            if not matches:
                break
            end = index
    return end


def split_boilerplate(
    paragraphs: Sequence[str], forced_kinds: Mapping[int, str] | None = None
) -> tuple[list[str], list[BoilerplateBlock]]:
    """Article paragraphs, and the boilerplate taken out of them.

    ``forced_kinds`` marks paragraphs the caller already knows are boilerplate (by index),
    such as an image's alt text. Each block's offset is where it stood in the reading text
    ``PARAGRAPH_SEPARATOR.join(kept)``; consecutive paragraphs of one kind make one block.
    """
    kinds = classify_paragraphs(paragraphs)
    for index, kind in (forced_kinds or {}).items():
        kinds[index] = kind
    return place_boilerplate(paragraphs, kinds)


def place_boilerplate(
    paragraphs: Sequence[str], kinds: Sequence[str | None]
) -> tuple[list[str], list[BoilerplateBlock]]:
    """Keep the paragraphs whose kind is None; gather runs of one kind into blocks."""
    kept: list[str] = []
    # Each run is remembered by the index its next kept paragraph will have.
    runs: list[tuple[int, str, list[str]]] = []
    for paragraph, kind in zip(paragraphs, kinds, strict=True):
        if kind is None:
            kept.append(paragraph)
        elif runs and runs[-1][0] == len(kept) and runs[-1][1] == kind:
            runs[-1][2].append(paragraph)
        else:
            runs.append((len(kept), kind, [paragraph]))
    starts = _paragraph_starts(kept)
    blocks = [
        BoilerplateBlock(starts[next_kept], PARAGRAPH_SEPARATOR.join(texts), kind)
        for next_kept, kind, texts in runs
    ]
    return kept, blocks


def _paragraph_starts(kept: Sequence[str]) -> list[int]:
    """Where each kept paragraph starts in the reading text, then the text's length."""
    starts: list[int] = []
    position = 0
    for paragraph in kept:
        starts.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    starts.append(max(0, position - len(PARAGRAPH_SEPARATOR)))
    return starts
