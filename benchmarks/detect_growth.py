"""How detection time grows on texts shaped to reach rules that look across the whole text.

`python benchmarks/detect_growth.py` times `detect` on each shape at three sizes, doubling, and
prints the time each doubling takes against the one before. Linear growth is a ratio near 2;
a rule that searches the whole text once per name or per mark shows as 3 or more. The shapes
are the ones where such a rule was once written: a text with no line breaks and many dashes
(the dateline check), one article with a nickname repeated (the nickname rule), many people
addressed by a surname of two words (the "Mr Bou Saab" rule), forms of address with a name no
one in the text has (the "Mr Koh" rule), and long descriptions of unnamed speakers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.detect import detect  # noqa: E402


def _dashes(copies: int) -> str:
    return "The plan - The Pune Municipal Corporation agreed - was fine. " * copies


def _nicknames(copies: int) -> str:
    article = (
        "Abdul Karim Majhi, 52, fishes the Meghna. Along the bank he is known as “Karim Bhai”, "
        "and his nets are folded. “We obeyed,” Karim Bhai said.\n\n"
    )
    return article * copies


def _surnames_of_two_words(copies: int) -> str:
    return "".join(
        f"Antoine Bou{index} Saab, 64, fishes there. “It is ours,” Mr Bou{index} Saab said.\n\n"
        for index in range(copies)
    )


def _forms_of_address_for_no_one(copies: int) -> str:
    # "Mr Zedek" where no one is named Zedek: every such form once read everyone named.
    return "".join(
        f"Antoine Bou{index} Saab said the boats were late. Mr Zedek{index} agreed.\n\n"
        for index in range(copies)
    )


def _long_descriptions(copies: int) -> str:
    article = (
        "Mr Julio Leon agreed.\n\nA surfer from Montevideo loading his board onto a car at La "
        "Paloma, ten kilometres down the coast, who did not give his name, said the waves "
        "were good. “For two days the sea was brown,” he said.\n\n"
    )
    return article * copies


SHAPES: dict[str, Callable[[int], str]] = {
    "dashes, no line breaks": _dashes,
    "a nickname, repeated": _nicknames,
    "surnames of two words": _surnames_of_two_words,
    "Mr and a name no one has": _forms_of_address_for_no_one,
    "long descriptions": _long_descriptions,
}


def _cpu_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        detect(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=4000, help="copies at the smallest size")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median CPU time)")
    args = parser.parse_args()
    detect("Warm up. Mr Smith said “hello”.")
    for name, shape in SHAPES.items():
        sizes = [args.copies, args.copies * 2, args.copies * 4]
        seconds = [_cpu_seconds(shape(copies), args.runs) for copies in sizes]
        ratios = [later / earlier for earlier, later in zip(seconds, seconds[1:], strict=False)]
        worst = max(ratios)
        verdict = "linear" if worst < 2.6 else "GROWS FASTER THAN LINEAR"
        times = ", ".join(
            f"{len(shape(c)) / 1e6:.1f} MB {s:.2f} s" for c, s in zip(sizes, seconds, strict=True)
        )
        print(
            f"{name:24} {times}; doubling ratios {', '.join(f'{r:.2f}' for r in ratios)}: {verdict}"
        )


if __name__ == "__main__":
    main()
