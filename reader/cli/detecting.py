"""`reader detect FILE --json`: quotes, speakers and entities of any article file.

The JSON is a contract other tools rely on; its shape is fixed:
{"title", "byline", "published", "text", "quotes", "entities", "boilerplate"}.
It reads the file only: the library is not opened, nothing is written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from reader.cli.common import CommandError
from reader.textsafety import one_line


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "detect",
        parents=[db_option],
        help="print the quotes, speakers and entities found in an article file",
        description=(
            "Detect direct quotes with their speakers and named entities in FILE (any article "
            "file; it need not be in the library, and nothing is changed). With --json, print "
            'one JSON object whose offsets index its "text".'
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the JSON contract")
    parser.set_defaults(handler=run)


def detect_file(path: Path) -> dict[str, Any]:
    from reader.detect import detect, detection_to_json
    from reader.library.importer import ArticleImportError, load_article

    try:
        article = load_article(path)
    except ArticleImportError as error:
        raise CommandError(f"{path}: {error.reason}") from None
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror or error}") from None
    found = detection_to_json(detect(article.text))
    return {
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "text": article.text,
        "quotes": found["quotes"],
        "entities": found["entities"],
        # Boilerplate is taken out of the reading text on import, so none is left in it.
        "boilerplate": [],
    }


def run(args: argparse.Namespace) -> int:
    result = detect_file(args.file)
    if args.json:
        # ASCII-only JSON: the same data, with C1 controls and bidi overrides escaped.
        print(json.dumps(result, ensure_ascii=True))
        return 0
    text = result["text"]
    print(one_line(result["title"]))
    print(f"{len(result['quotes'])} quotes, {len(result['entities'])} entity mentions")
    for quote in result["quotes"]:
        speaker = quote["speaker"] or "(unattributed)"
        words = one_line(text[quote["start"] : quote["end"]])
        print(f"  {one_line(speaker)}: {words[:100]}")
    return 0
