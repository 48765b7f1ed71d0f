"""How the article view looks with every layer on (SVG snapshots; update with --snapshot-update).

The text is made up here: snapshots are stored in the repo, so no seed text may appear in them.
"""

from __future__ import annotations

from textual.app import App, ComposeResult

from reader.library.article import BoilerplateBlock
from reader.widgets.article_view import ArticleView, StyledSpan

TEXT = (
    "Mayor Ada Brightwater told the Harbour Council in Port Emery on Tuesday that the pier "
    'would close. "We cannot wait another winter," she said, adding that 40 per cent of the '
    "planks had rotted.\n\n"
    "Critics from the Fishers Guild disagreed. “It is a £2m mistake,” said Tom Reyes, who has "
    "fished there since 1998. Visitors from 東京 sent 🎉 anyway.\n\n"
    "The council meets again in March."
)


def find(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def span(words: str, style: str) -> StyledSpan:
    return StyledSpan(*find(words), style)


LAYERS = {
    "entities": [
        span("Ada Brightwater", "entity-person"),
        span("Harbour Council", "entity-org"),
        span("Port Emery", "entity-gpe"),
        span("Tuesday", "entity-date"),
        span("40 per cent", "entity-percent"),
        span("Fishers Guild", "entity-org"),
        span("£2m", "entity-money"),
        span("Tom Reyes", "entity-person"),
        span("1998", "entity-date"),
        span("東京", "entity-gpe"),
        span("March", "entity-date"),
    ],
    "quotes": [
        span('"We cannot wait another winter,"', "quote"),
        span("“It is a £2m mistake,”", "quote"),
    ],
    "highlights": [span("the pier would close", "highlight"), span("sent 🎉", "highlight-note")],
    "search": [span("council", "search-match")],
}


class SnapshotHost(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        block = BoilerplateBlock(
            offset=TEXT.index("The council"), text="Sign up for news.", kind="n"
        )
        view.set_article(TEXT, [block])
        for layer, spans in LAYERS.items():
            view.set_spans(layer, spans)
        view.show_boilerplate = True
        start, end = find("who has fished")
        view.move_cursor(start)
        view.move_cursor(end - 1, select=True)
        view.focus()


def test_all_layers_on(snap_compare) -> None:
    assert snap_compare(SnapshotHost(), terminal_size=(100, 14))


def test_all_layers_on_a_narrow_terminal(snap_compare) -> None:
    assert snap_compare(SnapshotHost(), terminal_size=(44, 24))
