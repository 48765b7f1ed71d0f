"""Scores reader.detect against hand-written gold: the samples' (benchmarks/gold/) by default.

Quotes: a predicted quote matches a gold one when its span covers the gold text's place and
runs at most 3 characters past it on either side (marks, punctuation); matching is one to one.
Speakers are compared case-insensitively, without a leading article, and without the time a
described speaker was met at its end ("on Sunday afternoon") or a clause saying they were not
named (", who asked not to be named"), which golds written apart keep or leave out.
Entities are compared as multisets of (surface text, label).

Run: python benchmarks/detect_quality.py [-v] [--set samples|heldout|heldout2|...|all]
Each held-out set (benchmarks/heldout*/) was written by someone who had not seen the rules and
committed before the detector ran on it; its README records that first, blind score. After it,
the set is tuned on, and only a newer set says how the detector does on unseen articles.
Targets: quotes F1 >= 0.95, speaker accuracy >= 0.90, PERSON/GPE F1 >= 0.90, ORG F1 >= 0.75.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.detect import Detection, detect  # noqa: E402
from reader.detect.types import ENTITY_LABELS  # noqa: E402

GOLD = REPO / "benchmarks" / "gold"
SAMPLES = REPO / "sample_articles"


def _held_out_sets() -> dict[str, tuple[str, Path, Path]]:
    """Every benchmarks/heldout*/ folder, in the order the sets were written: a new set needs
    no edit here."""
    folders = [folder for folder in (REPO / "benchmarks").glob("heldout*") if folder.is_dir()]
    folders.sort(key=lambda folder: int(folder.name.removeprefix("heldout") or 1))
    return {
        folder.name: (
            f"{folder.name} (its first, blind score is in its README)",
            folder / "gold",
            folder,
        )
        for folder in folders
    }


# name: (heading, gold folder, articles folder)
SETS = {"samples": ("samples (rules tuned on these)", GOLD, SAMPLES), **_held_out_sets()}
SLACK = 3
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")
# "a woman buying mint at the market on Sunday afternoon": when someone described was met.
# Golds written apart keep it or leave it out (61 and 16 of them by heldout176); it does not
# change who spoke, so it is not compared.
_WHEN_MET = re.compile(
    r",? (?:early |late )?(?:on|last|this) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: (?:morning|afternoon|evening|night))?|morning|afternoon|evening|night)$"
)


@dataclass
class Tally:
    quote_predicted: int = 0
    quote_gold: int = 0
    quote_matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    entity_true: Counter[str] = field(default_factory=Counter)
    entity_predicted: Counter[str] = field(default_factory=Counter)
    entity_gold: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def reading_text(path: Path) -> str:
    try:
        from reader.library.importer import load_article
    except ImportError:
        return path.read_text(encoding="utf-8")
    return load_article(path).text


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is gold
    return _normal(predicted) == _normal(gold)


# "a nurse there, who asked not to be named", "a waiter, who did not give his name": that
# someone was not named. Golds written apart keep it or leave it out (by heldout227, 20
# speakers kept it and about 225 left it); it does not change who spoke, so it is not compared.
_NOT_NAMED = re.compile(r",?(?: and)? who [^,]{0,50}\b(?:named|name|anonymity|identified)$")
# "A man at the front, who said he had been there since 5am": a clause set off after a
# description adds to who they are; the description already says who spoke. Up to heldout225,
# 44 gold speakers left it out; from heldout223 on, 47 kept it. Since 24 November 2026 golds
# leave it out (gold README) and it is not compared, so the sets that kept it read the same.
_SET_OFF_CLAUSE = re.compile(r", who(?:se)? .*$")


def _normal(name: str) -> str:
    name = _WHEN_MET.sub("", name.casefold().strip())
    name = _WHEN_MET.sub("", _NOT_NAMED.sub("", _SET_OFF_CLAUSE.sub("", name)))
    return _PUNCTUATION.sub("", _ARTICLE.sub("", name)).strip()


def gold_place(text: str, quoted: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(quoted, start + 1)
        if start < 0:
            return None
    return start, start + len(quoted)


def score_quotes(text: str, gold: dict, detection: Detection, tally: Tally, name: str) -> None:
    predicted = list(detection.quotes)
    tally.quote_predicted += len(predicted)
    used: set[int] = set()
    for item in gold["quotes"]:
        tally.quote_gold += 1
        place = gold_place(text, item["text"], int(item.get("occurrence", 1)))
        if place is None:
            tally.misses.append(f"{name}: gold quote not in reading text: {item['text'][:50]!r}")
            continue
        start, end = place
        match = next(
            (
                index
                for index, quote in enumerate(predicted)
                if index not in used
                and quote.start <= start
                and quote.end >= end
                and start - quote.start <= SLACK
                and quote.end - end <= SLACK
            ),
            None,
        )
        if match is None:
            tally.misses.append(f"{name}: missed quote {item['text'][:60]!r}")
            continue
        used.add(match)
        tally.quote_matched += 1
        quote = predicted[match]
        if same_speaker(quote.speaker, item.get("speaker")):
            tally.speaker_right += 1
        else:
            tally.misses.append(
                f"{name}: speaker {quote.speaker!r}, gold {item.get('speaker')!r} "
                f"for {item['text'][:40]!r}"
            )
        if quote.kind == item.get("kind"):
            tally.kind_right += 1
        else:
            tally.misses.append(
                f"{name}: kind {quote.kind}, gold {item.get('kind')} for {item['text'][:40]!r}"
            )
    for index, quote in enumerate(predicted):
        if index not in used:
            tally.misses.append(f"{name}: extra quote {text[quote.start : quote.end][:60]!r}")


def score_entities(text: str, gold: dict, detection: Detection, tally: Tally, name: str) -> None:
    expected: Counter[tuple[str, str]] = Counter()
    for item in gold["entities"]:
        expected[(item["text"], item["label"])] += int(item.get("count", 1))
    found = Counter((text[e.start : e.end], e.label) for e in detection.entities)
    for (surface, label), count in expected.items():
        tally.entity_gold[label] += count
        hits = min(count, found.get((surface, label), 0))
        tally.entity_true[label] += hits
        if hits < count:
            tally.misses.append(f"{name}: entity missed {count - hits}x {surface!r} {label}")
    for (surface, label), count in found.items():
        tally.entity_predicted[label] += count
        extra = count - expected.get((surface, label), 0)
        if extra > 0:
            tally.misses.append(f"{name}: entity extra {extra}x {surface!r} {label}")


def f1(true: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true / predicted if predicted else (1.0 if not gold else 0.0)
    recall = true / gold if gold else (1.0 if not predicted else 0.0)
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def chosen_sets(argv: list[str]) -> list[str]:
    """The set names asked for by ``--set NAME`` or ``--set=NAME``; "all" is every set."""
    name = "samples"
    for index, arg in enumerate(argv):
        if arg == "--set" and index + 1 < len(argv):
            name = argv[index + 1]
        elif arg.startswith("--set="):
            name = arg.partition("=")[2]
    if name == "all":
        return list(SETS)
    if name not in SETS:
        raise SystemExit(f"unknown set {name!r}: choose one of {', '.join(SETS)} or all")
    return [name]


def main(argv: list[str]) -> int:
    names = chosen_sets(argv)
    met = [score_set(name, "-v" in argv) for name in names]
    return 0 if all(met) else 1


def score_set(name: str, verbose: bool) -> bool:
    heading, gold_dir, articles_dir = SETS[name]
    print(f"== {heading} ==")
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        print(f"no gold files in {gold_dir}")
        return False
    tally = Tally()
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = articles_dir / gold["article"]
        text = reading_text(article)
        detection = detect(text)
        score_quotes(text, gold, detection, tally, gold["article"])
        score_entities(text, gold, detection, tally, gold["article"])

    precision, recall, quote_f1 = f1(tally.quote_matched, tally.quote_predicted, tally.quote_gold)
    matched = tally.quote_matched or 1
    print(f"articles: {len(gold_files)}")
    print(
        f"quotes   P {precision:.3f}  R {recall:.3f}  F1 {quote_f1:.3f}  "
        f"(gold {tally.quote_gold}, predicted {tally.quote_predicted})"
    )
    print(
        f"speaker accuracy {tally.speaker_right / matched:.3f}  "
        f"kind accuracy {tally.kind_right / matched:.3f}  (over {tally.quote_matched} matched)"
    )
    print("entities       P      R      F1    gold  predicted")
    scores: dict[str, float] = {}
    for label in ENTITY_LABELS:
        gold_count = tally.entity_gold[label]
        predicted_count = tally.entity_predicted[label]
        if not gold_count and not predicted_count:
            continue
        p, r, score = f1(tally.entity_true[label], predicted_count, gold_count)
        scores[label] = score
        print(f"  {label:<9} {p:6.3f} {r:6.3f} {score:6.3f} {gold_count:6d} {predicted_count:6d}")
    if verbose:
        print("\n".join(tally.misses))
    met = (
        quote_f1 >= 0.95
        and tally.speaker_right / matched >= 0.90
        and scores.get("PERSON", 0) >= 0.90
        and scores.get("GPE", 0) >= 0.90
        and scores.get("ORG", 0) >= 0.75
    )
    print("targets met" if met else "targets NOT met")
    return met


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
