"""How long the app stops answering while it imports a big HTML page in the background.

    python benchmarks/import_responsiveness.py [MEGABYTES]

Prints the import's wall time and the longest gap between ticks of a 20 ms timer on the
app's event loop during it (a gap is time the app could not draw or take a key).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = "The council said the harbour would reopen after repairs to the north pier. " * 20


def write_page(folder: Path, megabytes: float) -> Path:
    count = max(1, int(megabytes * 1_000_000 / (len(PARAGRAPH) + 8)))
    body = "".join(f"<p>{PARAGRAPH}</p>\n" for _ in range(count))
    page = folder / "big.html"
    page.write_text(
        f"<html><head><title>Big page</title></head><body><article><h1>Big page</h1>{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    return page


async def measure(folder: Path, page: Path, run: int) -> tuple[float, float]:
    from reader.app import ReaderApp

    app = ReaderApp(library_path=folder / f"lib{run}" / "library.json", watch_library=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        gaps: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

        app.set_interval(0.02, tick)
        started = time.perf_counter()
        app.screen.import_path(page)
        await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        return time.perf_counter() - started, max(gaps)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        page = write_page(folder, megabytes)
        results = [asyncio.run(measure(folder, page, run)) for run in range(3)]
    print(f"page_mb: {megabytes:.1f}")
    print(f"import_s: {statistics.median(r[0] for r in results):.2f} s")
    print(f"longest_freeze_ms: {statistics.median(r[1] for r in results) * 1000:.0f} ms")


if __name__ == "__main__":  # the import parses in a spawned process, which imports this module
    main()
