"""The sample article's Markdown and JSON exports match files a person has read and checked.

Regenerate deliberately with ``UPDATE_GOLDEN=1 python -m pytest tests/export/test_golden.py``,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from export_helpers import Sample

from reader.export.markdown import article_markdown
from reader.export.web_annotation import annotations_to_w3c, dumps_w3c

GOLDEN = Path(__file__).resolve().parent / "golden"
EXPORTED_AT = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)


def _check_golden(name: str, produced: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_bytes(produced.encode("utf-8"))
        pytest.skip(f"rewrote {path.name}; read it before committing")
    assert path.exists(), f"{path} is missing; create it with UPDATE_GOLDEN=1 and review it"
    assert produced == path.read_bytes().decode("utf-8")


def test_markdown_matches_golden(footbridge: Sample) -> None:
    produced = article_markdown(
        footbridge.article, footbridge.annotations, footbridge.detection, EXPORTED_AT
    )
    _check_golden("footbridge.md", produced)


def test_json_matches_golden(footbridge: Sample) -> None:
    produced = dumps_w3c(annotations_to_w3c(footbridge.article, footbridge.annotations))
    _check_golden("footbridge.json", produced)
