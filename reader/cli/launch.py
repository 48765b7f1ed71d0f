"""Opening the app: the first run imports the bundled samples; `reader FILE` opens one article."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.cli.common import CommandError, library_path, open_library

SAMPLES_OFFERED = "samples_offered"


def import_samples_on_first_run(store) -> int:
    """On the very first run with an empty library, bring in the bundled sample articles."""
    if store.setting(SAMPLES_OFFERED) or store.article_count():
        return 0
    # Imported here, not above: the importer's modules are 40 ms of every start-up otherwise.
    from reader.ingest import import_paths
    from reader.resources import sample_articles_dir

    report = import_paths(store, [sample_articles_dir()])
    store.set_setting(SAMPLES_OFFERED, True)
    return report.count("added")


def launch_app(db_option: str | None, file: str | None) -> int:
    from reader.heap import pause_for_start_up

    path = library_path(db_option)
    open_article: str | None = None
    pause_for_start_up()  # until the library screen's first frame is up
    # The app takes over the store opened here: loading a big library twice doubled start-up.
    with open_library(db_option) as store:
        if file is not None:
            open_article = _import_one(store, Path(file))
        else:
            import_samples_on_first_run(store)
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            raise CommandError(
                "the app needs a terminal; see `reader --help` for commands that don't"
            )
        from reader.app import ReaderApp

        app = ReaderApp(library_path=path, open_article=open_article, store=store)
        app.run()
    return app.return_code or 0


def _import_one(store, path: Path) -> str:
    from reader.ingest import import_paths

    if path.is_dir():
        raise CommandError(f"{path} is a folder: use `reader import {path}` to import folders")
    report = import_paths(store, [path])
    if report.failures:
        raise CommandError(str(report.failures[0]))
    return report.saved[0].article_id
