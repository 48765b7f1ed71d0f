"""SIGKILL at random moments: the library always opens, every save that returned is there
once, and no highlight ends up on words it was not made on."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from reader.library.article import Article
from reader.store import Annotation, LibraryStore
from tests.conftest import REPO


def load_torture():
    spec = importlib.util.spec_from_file_location(
        "crash_torture", REPO / "benchmarks" / "crash_torture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_torture"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_killed_saves_never_come_back_as_phantoms_or_doubles(tmp_path):
    result = load_torture().torture(kills=10, workdir=tmp_path, seed=11)
    assert result.kills_while_saving >= 5, "most kills should land inside the save loop"
    assert (result.lost, result.duplicated, result.phantom, result.failed_opens) == (0, 0, 0, 0)
    assert result.unacknowledged_found <= result.kills


# A writer that re-imports an edited version of its article again and again (which moves
# every highlight) while adding highlights, acknowledging each save that returned.
REIMPORT_WRITER = """
import sys
from reader.library.article import Article
from reader.store import Annotation, LibraryStore
library, run, acks = sys.argv[1], sys.argv[2], sys.argv[3]
BODY = "The harbour board voted to close the north pier for repairs this winter. " * 8
store = LibraryStore(library)
with open(acks, "a", encoding="utf-8") as ack:
    for i in range(1_000_000):
        lead = "Update number %d of the story. " % i * (i % 3)
        article = Article(title="Pier", text=lead + BODY, source_path="/pier.txt")
        outcome = store.save_article(article)
        text = store.load_article(outcome.article_id).text
        start = len(lead) + (i * 11) % 400
        store.add_annotation(
            Annotation.from_text(outcome.article_id, text, start, start + 12, note=f"{run}:{i}")
        )
        ack.write(f"{run}:{i}\\n")
        ack.flush()
"""


def test_kills_during_reimports_lose_no_highlight(tmp_path):
    library = tmp_path / "library.json"
    acks = tmp_path / "acks.txt"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(5)
    for run in range(12):
        writer = subprocess.Popen(
            [sys.executable, "-c", REIMPORT_WRITER, str(library), str(run), str(acks)],
            env=env,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.3, 0.7))
        writer.send_signal(signal.SIGKILL)
        _, stderr = writer.communicate()
        assert writer.returncode == -signal.SIGKILL, stderr.decode(errors="replace")
    acknowledged = set(acks.read_text(encoding="utf-8").split())
    assert len(acknowledged) > 20, "the writer should get saves done between kills"
    with LibraryStore(library) as store:
        (summary,) = store.list_articles()
        text = store.load_article(summary.id).text
        annotations = store.annotations_for(summary.id)
    notes = [a.note for a in annotations]
    assert acknowledged <= set(notes) and len(notes) == len(set(notes))
    assert all(0 <= a.start < a.end <= len(text) for a in annotations if not a.orphan)
    # Whether each stands on its own words is checked without timing luck below.


class Killed(BaseException):
    """Stands for a SIGKILL: nothing after it in the process runs."""


def test_a_crash_mid_reimport_leaves_no_highlight_on_other_words(tmp_path, monkeypatch):
    library = tmp_path / "library.json"
    body = "The harbour board voted to close the north pier for repairs this winter."
    with LibraryStore(library) as store:
        first = store.save_article(Article(title="Pier", text=body, source_path="/pier.txt"))
        start = body.index("north pier")
        store.add_annotation(Annotation.from_text(first.article_id, body, start, start + 10))
    edited = "Correction: the vote was on Monday. " + body

    def killed(*_args, **_kwargs):
        raise Killed

    store = LibraryStore(library)
    monkeypatch.setattr(store.db, "apply", killed)
    with pytest.raises(Killed):
        store.save_article(Article(title="Pier", text=edited, source_path="/pier.txt"))
    monkeypatch.undo()  # the process is gone: its store is never closed

    with LibraryStore(library) as reopened:
        text = reopened.load_article(first.article_id).text
        (highlight,) = reopened.annotations_for(first.article_id)
    assert highlight.orphan or text[highlight.start : highlight.end] == "north pier"
