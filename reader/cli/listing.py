"""`reader list [--json] [--tag T]`"""

from __future__ import annotations

import argparse
import json

from reader.cli.common import open_library
from reader.textsafety import one_line


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "list",
        parents=[db_option],
        help="list the articles in the library",
        description="List the library's articles, newest first.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--tag", metavar="T", help="only articles tagged T")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_library(args.db) as store:
        summaries = store.list_articles(tag=args.tag)
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "byline": s.byline,
                "source": s.source,
                "published": s.published,
                "url": s.url,
                "words": s.word_count,
                "reading_minutes": s.reading_minutes,
                "progress": round(s.progress, 4),
                "highlights": s.highlight_count,
                "tags": list(s.tags),
                "added": s.added,
            }
            for s in summaries
        ]
        print(json.dumps(rows, ensure_ascii=True, indent=2))
        return 0
    if not summaries:
        print(
            "The library is empty." if args.tag is None else f"No article is tagged {args.tag!r}."
        )
        return 0
    for s in summaries:
        tags = f"  [{one_line(', '.join(s.tags))}]" if s.tags else ""
        date = (s.published or "")[:10]
        counts = f"{s.word_count:6} words  {s.highlight_count:3} hl"
        print(f"{s.id}  {date:10}  {counts}  {one_line(s.title)}{tags}")
    return 0
