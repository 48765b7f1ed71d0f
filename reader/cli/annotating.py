"""`reader annotate ID --exact TEXT ...` and `reader tag ID TAG ...`: scripting annotations."""

from __future__ import annotations

import argparse

from reader.cli.common import CommandError, open_library, resolve_article
from reader.textsafety import one_line


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    annotate = commands.add_parser(
        "annotate",
        parents=[db_option],
        help="highlight a passage of an article, with an optional note and tags",
        description=(
            "Highlight the passage TEXT of article ID (an id or a unique prefix of one, as "
            "`reader list` shows). When TEXT occurs more than once, choose one with --occurrence."
        ),
    )
    annotate.add_argument("article_id", metavar="ID")
    annotate.add_argument("--exact", required=True, metavar="TEXT", help="the exact words")
    annotate.add_argument(
        "--occurrence", type=int, metavar="N", help="which occurrence of TEXT, counting from 1"
    )
    annotate.add_argument("--note", default="", metavar="TEXT", help="a note on the highlight")
    annotate.add_argument(
        "--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)"
    )
    annotate.set_defaults(handler=run_annotate)

    tag = commands.add_parser(
        "tag",
        parents=[db_option],
        help="add tags to an article (or remove them with --remove)",
        description="Add TAGs to article ID, or remove them with --remove.",
    )
    tag.add_argument("article_id", metavar="ID")
    tag.add_argument("tags", nargs="+", metavar="TAG")
    tag.add_argument("--remove", action="store_true", help="remove the tags instead")
    tag.set_defaults(handler=run_tag)


def find_occurrence(text: str, exact: str, occurrence: int | None) -> int:
    """Where the chosen occurrence of ``exact`` starts; a clear error when it is ambiguous."""
    if not exact:
        raise CommandError("--exact needs some text")
    starts = []
    index = text.find(exact)
    while index >= 0:
        starts.append(index)
        index = text.find(exact, index + 1)
    shown = one_line(exact if len(exact) <= 60 else exact[:57] + "...")
    if not starts:
        raise CommandError(f'the text "{shown}" is not in the article')
    if occurrence is None:
        if len(starts) > 1:
            raise CommandError(
                f'the text "{shown}" occurs {len(starts)} times in the article; '
                f"choose one with --occurrence 1..{len(starts)}"
            )
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise CommandError(
            f'--occurrence {occurrence} is out of range: "{shown}" occurs {len(starts)} time(s)'
        )
    return starts[occurrence - 1]


def run_annotate(args: argparse.Namespace) -> int:
    from reader.store import Annotation

    with open_library(args.db) as store:
        article_id = resolve_article(store, args.article_id)
        text = store.load_article(article_id).text
        start = find_occurrence(text, args.exact, args.occurrence)
        tags = sorted({t.strip() for t in args.tag if t.strip()})
        annotation = Annotation.from_text(
            article_id, text, start, start + len(args.exact), note=args.note, tags=tags
        )
        store.add_annotation(annotation)
    print(annotation.id)
    return 0


def run_tag(args: argparse.Namespace) -> int:
    with open_library(args.db) as store:
        article_id = resolve_article(store, args.article_id)
        current = set(store.article_meta(article_id).get("tags", []))
        given = {t.strip() for t in args.tags if t.strip()}
        tags = store.set_article_tags(
            article_id, current - given if args.remove else current | given
        )
    print(f"{article_id}: {one_line(', '.join(tags)) if tags else '(no tags)'}")
    return 0
