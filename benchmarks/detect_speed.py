"""Throughput of reader.detect on 1 MB and 10 MB of text built from the sample articles.

Target: at least 2 MB/s, and the 10 MB run no more than 11 times as long as the 1 MB run.
Both wall-clock and CPU time are shown: on a machine shared with other jobs the wall clock
also counts the time this process waited for a core. Each size is detected several times and
the median is reported (the fastest run too): single runs on this machine swing by 40%.
Run: python benchmarks/detect_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
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
    results: dict[int, tuple[float, float]] = {}
    for megabytes in (1, 10):
        text = text_of_size(texts, megabytes * MEGABYTE)
        size = len(text.encode("utf-8")) / MEGABYTE
        timings = [timed(text) for _ in range(runs if megabytes == 1 else max(1, runs // 2))]
        wall = statistics.median(wall for wall, _ in timings)
        cpu = statistics.median(cpu for _, cpu in timings)
        fastest = min(wall for wall, _ in timings)
        results[megabytes] = (wall, cpu)
        print(
            f"{megabytes:>2} MB x{len(timings)}: median wall {wall:6.2f} s"
            f" = {size / wall:5.2f} MB/s"
            f"   CPU {cpu:6.2f} s = {size / cpu:5.2f} MB/s   fastest {size / fastest:5.2f} MB/s"
        )
    wall_ratio = results[10][0] / results[1][0]
    cpu_ratio = results[10][1] / results[1][1]
    print(f"10 MB / 1 MB time ratio: wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f} (target <= 11)")
    ok = 10 / results[10][0] >= 2 and 1 / results[1][0] >= 2 and wall_ratio <= 11
    print("target met" if ok else "target NOT met on the wall clock (>= 2 MB/s, ratio <= 11)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
