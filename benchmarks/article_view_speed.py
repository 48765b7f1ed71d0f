"""How fast the article view opens and moves on a 100,000-word article.

Prints medians of:
  - time to first frame: from ``set_article`` until the last row of the first screen is drawn
    (with 20,000 entity spans and 2,000 quote spans set right after, as the reader screen does);
  - CPU time per key (``time.process_time``) for j, space and G/g, through Textual's pilot.

The article is the shared seed articles repeated (../shared/seeds), or generated words when
they are absent. Targets: first frame <= 100 ms, each key <= 16 ms.

    python benchmarks/article_view_speed.py
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

from textual.app import App, ComposeResult

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.widgets.article_view import ArticleView, StyledSpan  # noqa: E402
from reader.widgets.text_layout import TextLayout  # noqa: E402

SEEDS = REPO / ".." / "shared" / "seeds"
WORDS = 100_000
SIZE = (120, 40)
OPENINGS = 7
KEY_PRESSES = 40


def article_text(words: int = WORDS) -> str:
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if paths:
        base = "\n\n".join(path.read_text(encoding="utf-8").strip() for path in paths)
    else:
        generator = random.Random(7)
        vocabulary = ["minister", "said", "the", "council", "would", "vote", "on", "Tuesday"]
        sentences = [
            " ".join(generator.choice(vocabulary) for _ in range(18)).capitalize() + "."
            for _ in range(60)
        ]
        base = "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 60, 4))
    copies = words // len(base.split()) + 1
    return "\n\n".join([base] * copies)


def layer_spans(text: str) -> dict[str, list[StyledSpan]]:
    generator = random.Random(11)
    starts = sorted(generator.sample(range(len(text) - 40), 22_000))
    entities = [StyledSpan(s, s + 8, "entity-person") for s in starts[:20_000]]
    quotes = [StyledSpan(s, s + 30, "quote") for s in starts[20_000:]]
    return {"entities": entities, "quotes": quotes}


class TimedView(ArticleView):
    """Notes when the bottom row of a screen is drawn, which ends a frame."""

    frame_drawn_at: float | None = None

    def render_line(self, y: int):  # type: ignore[no-untyped-def]
        strip = super().render_line(y)
        if y == self.scrollable_content_region.height - 1 and self.frame_drawn_at is None:
            self.frame_drawn_at = time.perf_counter()
        return strip


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield TimedView()


async def measure() -> dict[str, list[float]]:
    texts = [article_text(), article_text(WORDS + 500)]  # alternate, so each open is fresh
    spans = [layer_spans(text) for text in texts]
    results: dict[str, list[float]] = {"first frame": [], "j": [], "space": [], "G/g": []}
    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TimedView)
        view.focus()
        await pilot.pause()
        for attempt in range(OPENINGS):
            text, layers = texts[attempt % 2], spans[attempt % 2]
            view.frame_drawn_at = None
            started = time.perf_counter()
            view.set_article(text)
            for layer, layer_spans_ in layers.items():
                view.set_spans(layer, layer_spans_)
            while view.frame_drawn_at is None:
                await asyncio.sleep(0.001)
            results["first frame"].append((view.frame_drawn_at - started) * 1000)
            await pilot.pause()
        for key, result in (("j", "j"), ("space", "space")):
            for _ in range(KEY_PRESSES):
                started = time.process_time()
                await pilot.press(key)
                results[result].append((time.process_time() - started) * 1000)
        for index in range(KEY_PRESSES):
            started = time.process_time()
            await pilot.press("G" if index % 2 == 0 else "g")
            results["G/g"].append((time.process_time() - started) * 1000)
    return results


def main() -> None:
    text = article_text()
    print(f"article: {len(text.split()):,} words, {len(text):,} characters")
    layouts = []
    for _ in range(5):
        started = time.perf_counter()
        layout = TextLayout(text, 80)
        layouts.append((time.perf_counter() - started) * 1000)
    wrap = statistics.median(layouts)
    print(f"wrap to 80 columns ({layout.height:,} rows): median {wrap:.1f} ms")
    results = asyncio.run(measure())
    for name, values in results.items():
        label = "time to first frame" if name == "first frame" else f"CPU per key {name!r}"
        p90 = statistics.quantiles(values, n=10, method="inclusive")[-1]
        print(
            f"{label:>24}: median {statistics.median(values):6.1f} ms, "
            f"p90 {p90:6.1f} ms, max {max(values):6.1f} ms"
        )


if __name__ == "__main__":
    main()
