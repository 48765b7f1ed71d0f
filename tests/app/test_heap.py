"""Start-up pauses the cycle collector; the library screen's first frame turns it back on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from reader.heap import collection_paused, pause_for_start_up, settle
from reader.screens.library_screen import FRAME_WRITE_SECONDS
from tests.app.conftest import make_app


@pytest.fixture(autouse=True)
def collector_restored():
    yield
    gc.unfreeze()
    gc.enable()


async def test_the_collector_is_back_on_once_the_library_is_on_screen(
    sample_library: Path, tmp_path: Path
) -> None:
    pause_for_start_up()
    assert not gc.isenabled()
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(FRAME_WRITE_SECONDS + 0.2)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # the loaded library is left out of collections


def test_a_paused_collection_resumes_even_when_loading_fails() -> None:
    with pytest.raises(ValueError), collection_paused():
        assert not gc.isenabled()
        raise ValueError("a damaged file")
    assert gc.isenabled()


def test_settling_without_a_pause_leaves_the_collector_on() -> None:
    settle()
    assert gc.isenabled()


def test_cycles_made_after_settling_are_still_collected() -> None:
    settle()

    class Node:
        pass

    first, second = Node(), Node()
    first.other, second.other = second, first
    del first, second
    assert gc.collect() >= 2
