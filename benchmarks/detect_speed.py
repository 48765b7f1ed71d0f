"""Throughput of reader.detect on 1 MB and 10 MB of text built from the sample articles.

Target: at least 2 MB/s, and the 10 MB run no more than 11 times as long as the 1 MB run.
Both wall-clock and CPU time are shown: on a machine shared with other jobs the wall clock
also counts the time this process waited for a core. Each size is detected several times and
the median is reported (the fastest run too): single runs on this machine swing by 40%.

The text built by repeating the samples repeats their names too, which a detector can reuse
within one call. A library of different articles names different people, so the same sizes
are also timed on "distinct" text: each copy of the samples has its capitalised words made
its own ("Wallace" -> "Wallacebk"), so no name of one copy is met again in another.
Run: python benchmarks/detect_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.detect import detect  # noqa: E402

MEGABYTE = 1_000_000
SEEDS = REPO / ".." / "shared" / "seeds"


def sample_texts() -> list[str]:
    folders = [REPO / "sample_articles", SEEDS]
    for folder in folders:
        files = sorted(path for path in folder.glob("*") if path.suffix in (".txt", ".md"))
        if files:
            return [path.read_text(encoding="utf-8") for path in files]
    raise SystemExit("no sample articles found in sample_articles/ or ../shared/seeds/")


def text_of_size(texts: list[str], size: int) -> str:
    pieces: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            pieces.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(pieces)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _copy_tag(copy: int) -> str:
    letters = "bcdfghklmnprstvz"
    tag = ""
    while True:
        tag += letters[copy % len(letters)]
        copy //= len(letters)
        if not copy:
            return tag


def distinct_text_of_size(texts: list[str], size: int) -> str:
    """Copies of ``texts`` up to ``size`` bytes, each copy's capitalised words given a suffix
    of their own, so names do not repeat from one copy to the next."""
    pieces: list[str] = []
    total = 0
    copy = 0
    while total < size:
        for text in texts:
            if copy:
                tag = _copy_tag(copy)
                text = _CAPITALISED.sub(rf"\g<0>{tag}", text)
            pieces.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
        copy += 1
    return "\n\n".join(pieces)


def timed(text: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) for one detect call."""
    started, started_cpu = time.perf_counter(), time.process_time()
    detect(text)
    return time.perf_counter() - started, time.process_time() - started_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per size (default 5)")
    runs = max(1, parser.parse_args().runs)
    texts = sample_texts()
    detect(texts[0])  # loads the word lists and the gazetteer, which the app pays once
    verdicts = []
    for kind, build in (("repeated", text_of_size), ("distinct", distinct_text_of_size)):
        print(f"{kind} text:")
        results: dict[int, tuple[float, float]] = {}
        for megabytes in (1, 10):
            text = build(texts, megabytes * MEGABYTE)
            results[megabytes] = _report(text, megabytes, runs if megabytes == 1 else runs // 2)
        wall_ratio = results[10][0] / results[1][0]
        cpu_ratio = results[10][1] / results[1][1]
        print(f"  10 MB / 1 MB time ratio: wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f} (<= 11)")
        ok = 10 / results[10][0] >= 2 and 1 / results[1][0] >= 2 and wall_ratio <= 11
        verdicts.append(ok)
        print("  target met" if ok else "  target NOT met on the wall clock (>= 2 MB/s, <= 11)")
    return 0 if all(verdicts) else 1


def _report(text: str, megabytes: int, runs: int) -> tuple[float, float]:
    """Times ``runs`` detections of ``text``; prints and returns the median wall and CPU."""
    size = len(text.encode("utf-8")) / MEGABYTE
    timings = [timed(text) for _ in range(max(1, runs))]
    wall = statistics.median(wall for wall, _ in timings)
    cpu = statistics.median(cpu for _, cpu in timings)
    fastest = min(wall for wall, _ in timings)
    print(
        f"  {megabytes:>2} MB x{len(timings)}: median wall {wall:6.2f} s = {size / wall:5.2f} MB/s"
        f"   CPU {cpu:6.2f} s = {size / cpu:5.2f} MB/s   fastest {size / fastest:5.2f} MB/s"
    )
    return wall, cpu


if __name__ == "__main__":
    raise SystemExit(main())
