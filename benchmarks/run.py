"""Every performance figure of issue 7, as medians, one `name: value unit` line each.

Builds its own synthetic libraries from the bundled sample articles (seeded), in a temporary
folder: 10,000 articles with 50,000 highlights, one of the articles 100,000 words long.
Terminal figures run the real `reader` in tmux; lines starting with '#' say how each
figure was taken.

    python benchmarks/run.py                 # everything (about five minutes)
    python benchmarks/run.py --only save filter --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.synthetic import (  # noqa: E402
    long_article,
    paragraph_pool,
    write_article_files,
    write_library,
)
from benchmarks.terminal import Terminal  # noqa: E402

ARTICLES = 10_000
ANNOTATIONS = 50_000
LONG_WORDS = 100_000
IMPORT_FILES = 2_000
SAVES = 300
FILTER_QUERY = "council vote"
MINIMAL_APP = """
from textual.app import App
from textual.widgets import Footer, Static


class Minimal(App):
    def compose(self):
        yield Static("minimal app ready")
        yield Footer()


Minimal().run()
"""


def report(name: str, value: float, unit: str, how: str) -> None:
    print(f"# {name}: {how}")
    print(f"{name}: {value:.{1 if value < 100 else 0}f} {unit}", flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Workspace:
    """The temporary folder, and the big library built once in it and copied for each use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.master = root / "master" / "library.json"
        self.long_first_line = ""

    def build(self) -> None:
        started = time.perf_counter()
        pool = paragraph_pool()
        long = long_article(LONG_WORDS, pool)
        self.long_first_line = long.text.split("\n")[0][:40]
        if self.master.exists():
            return
        write_library(self.master, ARTICLES - 1, ANNOTATIONS, extra=[long])
        took = time.perf_counter() - started
        print(f"# built a library of {ARTICLES:,} articles and {ANNOTATIONS:,} highlights "
              f"in {took:.1f} s", flush=True)  # fmt: skip

    def library_copy(self) -> Path:
        """A fresh copy of the library file; the texts folder is shared (never written)."""
        folder = Path(tempfile.mkdtemp(prefix="copy-", dir=self.root))
        target = folder / "library.json"
        shutil.copyfile(self.master, target)
        os.symlink(self.master.with_name("library.texts"), folder / "library.texts")
        return target


def terminal_env(workspace: Workspace) -> dict[str, str]:
    return {
        "TERM": "xterm-256color",
        "PYTHONPATH": str(REPO),
        "READER_CONFIG": str(workspace.root / "no-config.toml"),
        "XDG_CONFIG_HOME": str(workspace.root / "config"),
    }


def library_ready(screen: str) -> bool:
    return f"{ARTICLES:,} articles" in screen and "Filter" in screen


def reader_argv(library: Path) -> list[str]:
    return [sys.executable, "-m", "reader", "--db", str(library)]


# -- figures -----------------------------------------------------------------------------


def measure_startup(workspace: Workspace, runs: int) -> None:
    minimal = workspace.root / "minimal_app.py"
    minimal.write_text(MINIMAL_APP)
    env = terminal_env(workspace)
    reader_times: list[float] = []
    minimal_times: list[float] = []
    rss: list[float] = []
    for run in range(runs):
        terminal = Terminal(f"bench-min-{os.getpid()}-{run}", [sys.executable, str(minimal)], env)
        try:
            minimal_times.append(
                terminal.wait_until(lambda s: "minimal app ready" in s and "alette" in s)
            )
        finally:
            terminal.close()
        library = workspace.library_copy()
        terminal = Terminal(f"bench-reader-{os.getpid()}-{run}", reader_argv(library), env)
        try:
            reader_times.append(terminal.wait_until(library_ready))
            if run < 2:
                terminal.wait_until_idle()
                rss.append(terminal.rss_mb())
        finally:
            terminal.close()
    print(f"# startup: reader {median(reader_times) * 1000:.0f} ms, minimal Textual app "
          f"{median(minimal_times) * 1000:.0f} ms (medians of {runs})")  # fmt: skip
    report(
        "startup_ratio",
        median(reader_times) / median(minimal_times),
        "x",
        "tmux 120x40: launch to a frame with the table and status line, over a minimal app's",
    )
    report(
        "rss_mb",
        median(rss),
        "MB",
        "VmRSS of `reader` with the 10,000-article library open, once background work is done",
    )


def measure_article(workspace: Workspace, runs: int) -> None:
    env = terminal_env(workspace)
    library = workspace.library_copy()
    terminal = Terminal(f"bench-open-{os.getpid()}", reader_argv(library), env)
    marker = workspace.long_first_line
    opens: list[float] = []
    keys: list[float] = []
    floor: list[float] = []
    try:
        terminal.wait_until(library_ready)
        terminal.wait_until_idle(quiet_for=0.5)
        for _ in range(runs):
            terminal.mark()
            terminal.keys("Enter")
            opens.append(terminal.wait_until(lambda s: marker in s and "articles" not in s))
            terminal.wait_until_idle(quiet_for=0.5)
            terminal.keys("Escape")
            terminal.wait_until(library_ready)
            terminal.wait_until_idle(quiet_for=0.5)
        terminal.keys("Enter")
        terminal.wait_until(lambda s: marker in s)
        terminal.wait_until_idle(quiet_for=0.5)
        moves = ["j", "Space", "k", "C-d", "j", "C-u", "j", "Space"]
        for index in range(48):
            before = terminal.screen(styled=True)
            terminal.mark()
            terminal.keys(moves[index % len(moves)])
            changed = terminal.wait_until(lambda s, before=before: s != before, styled=True)
            keys.append(changed)
            terminal.mark()
            terminal.screen(styled=True)
            floor.append(time.perf_counter() - terminal.started)
            time.sleep(0.05)
    finally:
        terminal.close()
    report(
        "open_100k_ms",
        median(opens) * 1000,
        "ms",
        f"tmux: `enter` on the {LONG_WORDS:,}-word article until its text is on screen",
    )
    report(
        "key_latency_ms",
        median(keys) * 1000,
        "ms",
        f"tmux: j k space ctrl+d ctrl+u, send-keys until capture-pane changes (p90 "
        f"{percentile(keys, 0.9) * 1000:.1f} ms; this includes one capture-pane, "
        f"{median(floor) * 1000:.1f} ms)",
    )


def measure_saves(workspace: Workspace, runs: int) -> None:
    from reader.store import Annotation, LibraryStore
    from reader.store.journaled_db import COMPACT_AFTER_RECORDS

    library = workspace.library_copy()
    times: list[float] = []
    with LibraryStore(library) as store:
        store.load_deferred()  # as the app does after its first frame
        ids = [s.id for s in store.list_articles()][:500]
        texts = {article_id: store.load_article(article_id).text for article_id in ids}
        count = max(SAVES, COMPACT_AFTER_RECORDS + 100) if runs > 1 else SAVES
        for number in range(count):
            article_id = ids[number % len(ids)]
            annotation = Annotation.from_text(article_id, texts[article_id], 10, 40)
            started = time.perf_counter()
            store.add_annotation(annotation)
            times.append(time.perf_counter() - started)
    how = (
        f"store.add_annotation, fsynced, {len(times):,} saves into {ARTICLES:,} articles "
        f"and {ANNOTATIONS:,} highlights (max {max(times) * 1000:.0f} ms)"
    )
    report("save_p50_ms", percentile(times, 0.5) * 1000, "ms", how)
    report("save_p99_ms", percentile(times, 0.99) * 1000, "ms", how)


def measure_filter(workspace: Workspace, runs: int) -> None:
    env = terminal_env(workspace)
    terminal = Terminal(f"bench-filter-{os.getpid()}", reader_argv(workspace.library_copy()), env)
    times: list[float] = []
    try:
        terminal.wait_until(library_ready)
        terminal.wait_until_idle()
        terminal.keys("/")
        terminal.wait_until(lambda s: "Filter by title" in s)
        for _ in range(runs):
            for length in range(1, len(FILTER_QUERY) + 1):
                typed = FILTER_QUERY[:length]
                terminal.mark()
                terminal.keys("-l", typed[-1])
                times.append(terminal.wait_until(lambda s, t=typed: f"filter: {t}  ·" in s))
                time.sleep(0.1)
            terminal.keys(*["BSpace"] * len(FILTER_QUERY))
            terminal.wait_until(lambda s: "filter:" not in s)
            terminal.wait_until_idle(quiet_for=0.5)
    finally:
        terminal.close()
    report(
        "filter_ms",
        median(times) * 1000,
        "ms",
        f"tmux: each keystroke of {FILTER_QUERY!r} after `/` over {ARTICLES:,} articles, "
        f"until the table and status line show it (p90 {percentile(times, 0.9) * 1000:.0f} ms)",
    )


def measure_filter_cpu(workspace: Workspace, runs: int) -> None:
    times = asyncio.run(_filter_cpu_times(workspace.library_copy(), workspace.root, runs))
    report(
        "filter_cpu_ms",
        median(times),
        "ms",
        f"pilot: CPU time of the app per keystroke of {FILTER_QUERY!r}, filtering and "
        f"drawing, which other jobs on the machine do not inflate (p90 "
        f"{percentile(times, 0.9):.1f} ms)",
    )


async def _filter_cpu_times(library: Path, root: Path, runs: int) -> list[float]:
    from reader.app import ReaderApp

    themes = root / "themes"
    themes.mkdir(exist_ok=True)
    app = ReaderApp(library_path=library, user_themes_dir=themes, watch_library=False)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        await pilot.pause()
        for _ in range(runs):
            for character in FILTER_QUERY:
                started = time.process_time()
                await pilot.press("space" if character == " " else character)
                await pilot.pause()
                times.append((time.process_time() - started) * 1000)
            await pilot.press(*["backspace"] * len(FILTER_QUERY))
            await pilot.pause()
    return times


def measure_import(workspace: Workspace, runs: int) -> None:
    files = workspace.root / "import-files"
    if not files.exists():
        write_article_files(files, IMPORT_FILES)
    rates: list[float] = []
    for run in range(max(1, runs // 2)):
        library = workspace.root / f"import{run}" / "library.json"
        started = time.perf_counter()
        subprocess.run(
            [*reader_argv(library), "import", str(files)],
            check=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        rates.append(IMPORT_FILES / (time.perf_counter() - started))
    report(
        "import_rate",
        median(rates),
        "/s",
        f"`reader import DIR` of {IMPORT_FILES:,} plain-text files into a new library, "
        "progress bar on, wall clock of the whole command",
    )


FIGURES: dict[str, Callable[[Workspace, int], None]] = {
    "startup": measure_startup,
    "article": measure_article,
    "save": measure_saves,
    "filter": measure_filter,
    "filter_cpu": measure_filter_cpu,
    "import": measure_import,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", choices=list(FIGURES), default=list(FIGURES))
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    needs_tmux = {"startup", "article"} & set(args.only)
    if needs_tmux and shutil.which("tmux") is None:
        sys.exit("benchmarks/run.py: the startup, rss and article figures need tmux")
    # An installed `reader` runs from bytecode that pip compiled at install time, as the minimal
    # app's Textual does. Without this, PYTHONDONTWRITEBYTECODE (set on some machines) makes
    # every run compile our 60 modules again: about 50 ms of start-up no user pays.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "reader")], check=True)
    root = args.keep or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        workspace = Workspace(root)
        workspace.build()
        for name in args.only:
            FIGURES[name](workspace, args.runs)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
