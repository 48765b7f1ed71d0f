"""`reader export ...` (Markdown or W3C JSON) and `reader import-notes FILE.json`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import CommandError, open_library, resolve_article
from reader.textsafety import one_line


def register(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[db_option],
        help="export highlights and notes to Markdown (or a JSON backup)",
        description=(
            "Export articles' highlights, notes and tags, with their quotes by speaker and "
            "entities, as Markdown that works as an Obsidian note; or with --format json as a "
            "W3C Web Annotation backup that `reader import-notes` restores. For one article, "
            "-o names a file or an existing folder; for several (--all, --tag) a folder, with "
            "an index.md. Without -o the files go to the export folder in the settings. A file "
            "reader did not write is never overwritten without --force."
        ),
    )
    export.add_argument("ids", nargs="*", metavar="ID", help="article ids (or unique prefixes)")
    export.add_argument("--all", action="store_true", help="every article in the library")
    export.add_argument(
        "--tag", metavar="T", help="every article tagged T, or with a highlight tagged T"
    )
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("-o", "--output", type=Path, metavar="PATH", help="a file or a folder")
    export.add_argument("--force", action="store_true", help="overwrite files reader did not write")
    export.set_defaults(handler=run_export)

    restore = commands.add_parser(
        "import-notes",
        parents=[db_option],
        help="restore highlights and notes from a JSON export",
        description=(
            "Restore the annotations in FILE.json (written by `reader export --format json`) "
            "into the library. Their articles must be in the library (import them first)."
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE.json")
    restore.set_defaults(handler=run_import_notes)


def run_export(args: argparse.Namespace) -> int:
    from reader.exporting import export_from_library

    if not (args.ids or args.all or args.tag):
        raise CommandError("name the articles to export: IDs, --all or --tag T")
    with open_library(args.db) as store:
        if args.all:
            article_ids = [s.id for s in store.list_articles()]
        elif args.tag:
            article_ids = [
                s.id
                for s in store.list_articles()
                if args.tag in s.tags
                or any(args.tag in a.tags for a in store.annotations_for(s.id))
            ]
            if not article_ids:
                raise CommandError(f"no article or highlight is tagged {args.tag!r}")
        else:
            article_ids = [resolve_article(store, given) for given in args.ids]
        article_ids += [resolve_article(store, given) for given in args.ids if args.all or args.tag]
        result = export_from_library(
            store,
            article_ids,
            out=args.output,
            fmt=args.format,
            force=args.force,
            as_collection=bool(args.all or args.tag),
        )
    for refused in result.refused:
        print(f"reader: {one_line(str(refused))}", file=sys.stderr)
    for path in result.written:
        print(f"Wrote {path}")
    return 1 if result.refused else 0


def run_import_notes(args: argparse.Namespace) -> int:
    from reader.export.web_annotation import w3c_to_annotations
    from reader.store.library_store import restore_annotations

    try:
        document = json.loads(args.file.read_text(encoding="utf-8"))
        restored = w3c_to_annotations(document)
    except FileNotFoundError:
        raise CommandError(f"{args.file}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CommandError(f"{args.file}: not a JSON file ({error})") from None
    except (KeyError, TypeError, ValueError) as error:
        raise CommandError(f"{args.file}: not a reader notes export ({error})") from None
    total = 0
    missing = []
    with open_library(args.db) as store:
        for meta, annotations in restored:
            article_id = meta.get("id")
            if not article_id or not store.has_article(article_id):
                missing.append(meta.get("title") or article_id or "?")
                continue
            total += restore_annotations(store, annotations)
            saved_tags = meta.get("tags") or []
            if saved_tags:
                current = store.article_meta(article_id).get("tags", [])
                store.set_article_tags(article_id, set(current) | set(saved_tags))
    print(f"Restored {total} annotation(s) from {args.file}.")
    for title in missing:
        print(
            f"reader: skipped notes for an article not in the library: {one_line(title)}",
            file=sys.stderr,
        )
    return 1 if missing else 0
