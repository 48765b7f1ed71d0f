"""Crashes and concurrent writers lose nothing (short versions of benchmarks/crash_torture.py)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from reader.library.article import Article
from reader.store import LibraryStore

REPO = Path(__file__).resolve().parents[2]


def _load_torture():
    spec = importlib.util.spec_from_file_location(
        "crash_torture", REPO / "benchmarks" / "crash_torture.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["crash_torture"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_sigkill_mid_save_never_loses_or_duplicates_a_returned_save(tmp_path):
    result = _load_torture().torture(kills=12, workdir=tmp_path, seed=3)
    assert result.failed_opens == 0
    assert result.saves_acknowledged > 100, "the writer should get saves done between kills"
    assert result.lost == 0
    assert result.duplicated == 0


WRITER = """
import sys
from reader.store import Annotation, LibraryStore
library, worker = sys.argv[1], sys.argv[2]
store = LibraryStore(library)
text = store.load_article("shared").text
for i in range(25):
    store.add_annotation(Annotation.from_text("shared", text, i, i + 5, note=f"{worker}-{i}"))
store.close()
"""


def test_four_processes_writing_at_once_lose_no_update(tmp_path):
    library = tmp_path / "library.json"
    with LibraryStore(library) as store:
        store.save_article(Article(title="Shared", text="x" * 200, id="shared"))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(library), str(n)], env=env)
        for n in range(4)
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    with LibraryStore(library) as store:
        notes = sorted(a.note for a in store.annotations_for("shared"))
    assert len(notes) == 100
    assert notes == sorted(f"{w}-{i}" for w in range(4) for i in range(25))


def test_open_store_sees_changes_made_by_another_process(tmp_path):
    library = tmp_path / "library.json"
    app_side = LibraryStore(library)
    app_side.save_article(Article(title="Shared", text="y" * 100, id="shared"))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", WRITER, str(library), "cli"], env=env, check=True)
    assert app_side.refresh() is True
    assert len(app_side.annotations_for("shared")) == 25
    assert app_side.refresh() is False
    app_side.close()
