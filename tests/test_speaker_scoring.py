"""The quality benchmark compares speakers as a reader would: who spoke, not how it is spelt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "detect_quality", Path(__file__).resolve().parents[1] / "benchmarks" / "detect_quality.py"
)
assert _SPEC is not None and _SPEC.loader is not None
detect_quality = importlib.util.module_from_spec(_SPEC)
sys.modules["detect_quality"] = detect_quality  # its dataclasses look their module up
_SPEC.loader.exec_module(detect_quality)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        (
            "a woman buying mint at the Dembé market on Sunday afternoon",
            "A woman buying mint at the Dembé market",
        ),
        ("a taxi driver in Delap on Saturday", "a taxi driver in Delap"),
        ("a nurse there", "A nurse there, who asked not to be named"),
        ("a waiter in Al Wakrah", "A waiter in Al Wakrah, who did not give his name"),
        (
            "a coordinator who has taken groups to the city for 12 winters",
            "A coordinator who has taken groups to the city for 12 winters, and who asked not to "
            "be named",
        ),
        (
            "A man at the front of the queue",
            "A man at the front of the queue, who said he had been there since 5am",
        ),
        ("their cousin", "Their cousin, whose stall is at the rank"),
        ("The spokesman", "spokesman"),
    ],
)
def test_the_same_speaker_written_two_ways_is_one(predicted: str, gold: str) -> None:
    assert detect_quality.same_speaker(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("a woman selling mint on Sunday", "a man selling mint on Sunday"),
        ("a woman on the Sunday market", "a woman"),
        ("Tesfay Gebremedhin", "Senait Tesfay"),
        ("a nurse", "a doctor who asked not to be named"),
        ("a woman at the front", "A man at the front, who said he had been there since 5am"),
        ("a woman", "a woman who runs the shop"),
        (None, "Sunday Adebayo"),
    ],
)
def test_different_speakers_stay_different(predicted: str | None, gold: str) -> None:
    assert not detect_quality.same_speaker(predicted, gold)
