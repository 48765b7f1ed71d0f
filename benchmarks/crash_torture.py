"""Kill a process that is saving annotations, again and again, and check nothing was lost.

A writer process adds annotations in a loop through the normal store code and records each
one whose save returned. This script SIGKILLs it at random moments, then checks that the
library opens, that every save that returned is present, that nothing is duplicated, and
that no save appears that was never made (each kill can cut short at most one save, which
may or may not have landed).
The writer folds its journal into the TinyDB file every 25 saves, so kills land inside
compactions too. Half the kills come at a random moment after start, which may be while the
library opens; the other half at a random moment after the writer's first save.

    python benchmarks/crash_torture.py            # 300 kills
    python benchmarks/crash_torture.py --long     # 2,000 kills
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXT = "The harbour council voted on Tuesday to close the north pier for repairs. " * 20


@dataclass
class TortureResult:
    kills: int
    saves_acknowledged: int
    saves_found: int
    lost: int
    duplicated: int
    failed_opens: int
    unacknowledged_found: int = 0  # saves cut short by a kill that landed anyway
    phantom: int = 0  # notes no writer ever saved, or more than one unacknowledged per kill
    kills_while_saving: int = 0  # kills that hit a writer already in its save loop


def writer(library: Path, run: int, acks: Path) -> None:
    from reader.library.article import Article
    from reader.store import Annotation, LibraryStore, journaled_db

    journaled_db.COMPACT_AFTER_RECORDS = 25
    store = LibraryStore(library)
    article = Article(title="Torture", text=TEXT, id="torture")
    store.save_article(article)
    with open(acks, "a", encoding="utf-8") as ack:
        for i in range(1_000_000):
            start = (i * 7) % (len(TEXT) - 20)
            store.add_annotation(
                Annotation.from_text("torture", TEXT, start, start + 10, note=f"{run}:{i}")
            )
            ack.write(f"{run}:{i}\n")
            ack.flush()  # in the OS's hands now: a SIGKILL of this process can't lose it


def check(library: Path, acks: Path, kills: int) -> tuple[int, list[str], int, int, int, int, int]:
    from reader.store import LibraryStore

    store = LibraryStore(library)
    notes = (
        [a.note for a in store.annotations_for("torture")] if store.has_article("torture") else []
    )
    store.close()
    acknowledged = set(acks.read_text(encoding="utf-8").split()) if acks.exists() else set()
    found = set(notes)
    lost = len(acknowledged - found)
    duplicated = len(notes) - len(found)
    unacknowledged = found - acknowledged
    per_run: dict[str, list[int]] = {}
    for note in unacknowledged:
        run, _, index = note.partition(":")
        per_run.setdefault(run, []).append(int(index) if index.isdigit() else -1)
    phantom = 0
    for run, indexes in per_run.items():
        # Only the save under way at the kill, the one after the last acknowledged, may land.
        if not run.isdigit() or int(run) >= kills or len(indexes) > 1 or indexes[0] < 0:
            phantom += len(indexes)
        elif f"{run}:{indexes[0] - 1}" not in acknowledged and indexes[0] != 0:
            phantom += 1
    saving_runs = len({note.partition(":")[0] for note in acknowledged | found})
    return len(acknowledged), notes, lost, duplicated, len(unacknowledged), phantom, saving_runs


def _wait_for_a_save(acks: Path, size_before: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if acks.exists() and acks.stat().st_size > size_before:
            return
        time.sleep(0.005)


def torture(kills: int, workdir: Path, seed: int = 7, verbose: bool = False) -> TortureResult:
    rng = random.Random(seed)
    library = workdir / "library.json"
    acks = workdir / "acks.txt"
    failed_opens = 0
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for run in range(kills):
        acked_before = acks.stat().st_size if acks.exists() else 0
        process = subprocess.Popen(
            [sys.executable, __file__, "--writer", str(library), str(run), str(acks)],
            env=env,
            stderr=subprocess.PIPE,
        )
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0.15, 0.45))  # start-up takes ~0.15 s: opening or saving
        else:
            # However slow start-up is on a loaded machine, this kill lands among the saves.
            _wait_for_a_save(acks, acked_before, process)
            time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        _, stderr = process.communicate()
        if process.returncode not in (-signal.SIGKILL,):
            failed_opens += 1
            if verbose:
                print(stderr.decode(errors="replace"), file=sys.stderr)
        if verbose and run % 50 == 0:
            print(f"kill {run}", file=sys.stderr)
    acknowledged, notes, lost, duplicated, unacknowledged, phantom, saving = check(
        library, acks, kills
    )
    return TortureResult(
        kills,
        acknowledged,
        len(notes),
        lost,
        duplicated,
        failed_opens,
        unacknowledged,
        phantom,
        saving,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="2,000 kills instead of 300")
    parser.add_argument("--kills", type=int, default=None)
    parser.add_argument(
        "--writer", nargs=3, metavar=("LIBRARY", "RUN", "ACKS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.writer:
        library, run, acks = args.writer
        writer(Path(library), int(run), Path(acks))
        return 0
    kills = args.kills or (2000 if args.long else 300)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = torture(kills, Path(folder), verbose=True)
        elapsed = time.perf_counter() - started
    print(f"kills: {result.kills}")
    print(f"kills_while_saving: {result.kills_while_saving}")
    print(f"saves_acknowledged: {result.saves_acknowledged}")
    print(f"saves_found: {result.saves_found}")
    print(f"lost: {result.lost}")
    print(f"duplicated: {result.duplicated}")
    print(f"landed_unacknowledged: {result.unacknowledged_found}")
    print(f"phantom: {result.phantom}")
    print(f"writer_failures: {result.failed_opens}")
    print(f"elapsed_s: {elapsed:.1f}")
    clean = result.lost == result.duplicated == result.failed_opens == result.phantom == 0
    return 0 if clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
