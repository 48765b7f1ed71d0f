"""Themes stay readable, persist, can be added by the user; the palette reaches the features."""

from __future__ import annotations

import pytest
from textual.color import Color

from reader.screens.reader_screen import ReaderScreen
from reader.themes import READER_VARIABLES, load_themes
from reader.widgets.article_view import ArticleView

from .conftest import article_id_titled, make_app

BUNDLED = ("reader-dark", "reader-light", "reader-sepia", "reader-high-contrast")
TEXT_COLOURS = [
    v for v in READER_VARIABLES if v not in ("highlight", "highlight-note", "search-match")
]
BACKGROUNDS = ("highlight", "highlight-note", "search-match")


def contrast(a: Color, b: Color) -> float:
    def luminance(colour: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", BUNDLED)
def test_every_label_is_readable_on_its_background(name, tmp_path):
    themes, problems = load_themes(tmp_path)
    assert not problems
    theme = next(t for t in themes if t.name == name)
    background = Color.parse(theme.background)
    foreground = Color.parse(theme.foreground)
    minimum = 4.5 if name == "reader-high-contrast" else 3.0
    for variable in TEXT_COLOURS:
        ratio = contrast(Color.parse(theme.variables[variable]), background)
        assert ratio >= minimum, f"{name}: {variable} on the background is {ratio:.2f}:1"
    for variable in BACKGROUNDS:
        # Highlighted text keeps the theme's text colour (and the label colours) on top.
        ratio = contrast(foreground, Color.parse(theme.variables[variable]))
        assert ratio >= minimum, f"{name}: text on {variable} is {ratio:.2f}:1"


def test_a_user_theme_file_is_loaded_and_a_broken_one_reported(tmp_path):
    (tmp_path / "mine.toml").write_text(
        'name = "my-theme"\ndark = true\nprimary = "#ff0000"\n[variables]\nquote = "#00ff00"\n',
        encoding="utf-8",
    )
    (tmp_path / "broken.toml").write_text('name = "x"\nprimary = "not a colour"\n')
    themes, problems = load_themes(tmp_path)
    mine = next(t for t in themes if t.name == "my-theme")
    assert mine.variables["quote"] == "#00ff00"
    assert set(READER_VARIABLES) <= set(mine.variables), "missing colours come from a bundled theme"
    assert [p.path.name for p in problems] == ["broken.toml"]
    assert "not a colour" in str(problems[0])


async def test_the_chosen_theme_is_remembered(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "reader-sepia"
        await pilot.pause()
    again = make_app(sample_library, tmp_path)
    assert again.theme == "reader-sepia"


async def test_palette_offers_articles_layers_and_export(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(article_id_titled(sample_library, "Aberdeen harbour strike"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert {"Toggle quotes", "Toggle entities", "Toggle highlights"} <= set(titles)
        assert "Export this article" in titles
        assert any("theme" in title.lower() for title in titles)
        view = app.screen.query_one(ArticleView)
        toggle = next(c for c in app.get_system_commands(app.screen) if c.title == "Toggle quotes")
        toggle.callback()
        assert not view.layer_visible("quotes")


async def test_number_keys_switch_layers_off_and_on(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(article_id_titled(sample_library, "Aberdeen harbour strike"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ArticleView)
        for key, layer in (("1", "quotes"), ("2", "entities"), ("3", "highlights")):
            await pilot.press(key)
            assert not view.layer_visible(layer)
            await pilot.press(key)
            assert view.layer_visible(layer)


async def test_palette_exports_the_whole_library(sample_library, tmp_path):
    app = make_app(sample_library, tmp_path)
    app.store.set_setting("export_folder", str(tmp_path / "vault"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        (export_all,) = [
            c for c in app.get_system_commands(app.screen) if c.title == "Export all articles"
        ]
        export_all.callback()
        await pilot.pause()
        written = sorted(p.name for p in (tmp_path / "vault").glob("*.md"))
        assert "index.md" in written
        assert len(written) == app.store.article_count() + 1
