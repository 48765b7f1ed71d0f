"""Throughput of reader.detect on 1 MB and 10 MB of text built from the sample articles.

Target: at least 2 MB/s, and the 10 MB run no more than 11 times as long as the 1 MB run.
Run: python benchmarks/detect_speed.py
"""

from __future__ import annotations

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


def timed(text: str) -> float:
    started = time.perf_counter()
    detect(text)
    return time.perf_counter() - started


def main() -> int:
    texts = sample_texts()
    detect(texts[0])  # loads the word lists and the gazetteer, which the app pays once
    results = {}
    for megabytes in (1, 10):
        text = text_of_size(texts, megabytes * MEGABYTE)
        seconds = timed(text)
        size = len(text.encode("utf-8")) / MEGABYTE
        results[megabytes] = seconds
        print(f"{megabytes:>2} MB: {seconds:6.2f} s  {size / seconds:5.2f} MB/s")
    ratio = results[10] / results[1]
    print(f"10 MB / 1 MB time ratio: {ratio:.2f} (target <= 11)")
    slowest = 10 / results[10]
    ok = slowest >= 2 and ratio <= 11 and 1 / results[1] >= 2
    print("target met" if ok else "target NOT met (>= 2 MB/s, ratio <= 11)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
