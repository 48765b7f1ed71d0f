"""Command palette: open any article by its title."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.textsafety import one_line


class ArticleCommands(Provider):
    def _articles(self) -> list[tuple[str, str]]:
        store = self.app.store  # type: ignore[attr-defined]
        return [(summary.id, one_line(summary.title)) for summary in store.list_articles()]

    async def discover(self) -> Hits:
        for article_id, title in self._articles()[:10]:
            yield DiscoveryHit(
                f"Open: {title}",
                partial(self.app.open_article, article_id),  # type: ignore[attr-defined]
                help="Read this article",
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for article_id, title in self._articles():
            command = f"Open: {title}"
            score = matcher.match(command)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command),
                    partial(self.app.open_article, article_id),  # type: ignore[attr-defined]
                    help="Read this article",
                )
