"""The `reader` command: open the app, or run one of the subcommands.

Imports are kept inside the functions: `reader --version` or `reader list` should not pay
for Textual, and the app should not pay for the HTML extractor until it imports a page.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import __version__
from reader.cli.common import CommandError, fail

_HELP_FLAGS = frozenset({"-h", "--help", "--version"})
SUBCOMMANDS = (
    "import",
    "list",
    "detect",
    "annotate",
    "tag",
    "export",
    "import-notes",
    "restore",
    "open",
)


def build_parser(only_open: bool = False) -> argparse.ArgumentParser:
    """The whole parser; with ``only_open``, just what opening the app needs (the other
    commands' parsers took 12 ms of every start-up)."""

    db_help = "the library file to use (default: $READER_DB, else the user data folder)"
    # `--db` may come before or after the command; after it, it must not reset the value
    # given before it to None, hence SUPPRESS in the subcommands' copy.
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    top_db_option = argparse.ArgumentParser(add_help=False)
    top_db_option.add_argument("--db", metavar="PATH", help=db_help)
    parser = argparse.ArgumentParser(
        prog="reader",
        description=(
            "A terminal reader that sees who said what. Run `reader` to open your library, "
            "`reader FILE` to import and read one article, or a subcommand below."
        ),
        epilog="Run `reader COMMAND --help` for a command's options.",
        parents=[top_db_option],
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = commands.add_parser(
        "open",
        parents=[db_option],
        help="open the app (the default), or import FILE and open it in the reader",
        description="Open the app on the library; with FILE, import it if needed and read it.",
    )
    opener.add_argument("file", nargs="?", help="an article file to import and read")
    opener.set_defaults(handler=run_app)
    if only_open:
        return parser

    from reader.cli import annotating, detecting, exporting, importing, listing, restoring

    importing.register(commands, db_option)
    listing.register(commands, db_option)
    detecting.register(commands, db_option)
    annotating.register(commands, db_option)
    exporting.register(commands, db_option)
    restoring.register(commands, db_option)
    return parser


def run_app(args: argparse.Namespace) -> int:
    from reader.cli.launch import launch_app

    return launch_app(args.db, args.file)


def _first_positional(argv: list[str]) -> int | None:
    """Where the command (or FILE) is in ``argv``: the first word that is not an option
    or the value of ``--db``."""
    first_positional = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if (
        first_positional is not None
        and first_positional > 0
        and argv[first_positional - 1] == "--db"
    ):
        rest = argv[first_positional + 1 :]
        first_positional = next(
            (first_positional + 1 + i for i, a in enumerate(rest) if not a.startswith("-")), None
        )
    return first_positional


def _normalise_argv(argv: list[str]) -> list[str]:
    """`reader FILE` means `reader open FILE`; bare `reader` means `reader open`."""
    positional = [a for a in argv if not a.startswith("-")]
    if _HELP_FLAGS & set(argv) and not positional:
        return argv
    first_positional = _first_positional(argv)
    if first_positional is None:
        return [*argv, "open"]
    if argv[first_positional] in SUBCOMMANDS:
        return argv
    return [*argv[:first_positional], "open", *argv[first_positional:]]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _normalise_argv(list(sys.argv[1:] if argv is None else argv))
    command = _first_positional(arguments)
    opening = (
        command is not None and arguments[command] == "open" and not _HELP_FLAGS & set(arguments)
    )
    args = build_parser(only_open=opening).parse_args(arguments)
    try:
        return int(args.handler(args) or 0)
    except CommandError as error:
        return fail(str(error), error.status)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as error:  # a last guard: one clear line, never a traceback
        from reader.store import StoreError

        if isinstance(error, StoreError):
            return fail(str(error))
        return fail(f"unexpected error: {type(error).__name__}: {error}")
